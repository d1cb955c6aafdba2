"""Between the GUI and the local store + sync runner: actions, refusals, change notices."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, Signal

from investigator_app.domain.lifecycle import TransitionError
from investigator_app.domain.notes import NoteVisibility
from investigator_app.domain.vocabulary import Outcome
from investigator_app.gui.common.background import BackgroundCall
from investigator_app.gui.common.messages import describe_error
from investigator_app.gui.conversation import attachment_opener
from investigator_app.operations import (
    AcknowledgeOp,
    AssignOp,
    CancelRequestOp,
    CloseOp,
    DeclareNoConflictOp,
    LetterIn,
    Operation,
    QuestionIn,
    RecuseOp,
    RemindOp,
    RequestInfoOp,
    ReturnTo1700Op,
    SendFeedbackOp,
    StartAssessmentOp,
    StartInvestigationOp,
)
from investigator_app.store.local_store import LocalStore
from investigator_app.store.views import CaseDetail, CaseSummary, RefusedAction
from investigator_app.sync.runner import SyncRunner

log = logging.getLogger("investigator_app.gui.workspace.case_controller")

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC)


class CaseController(QObject):
    cases_changed = Signal(list)  # ids of cases whose row or detail may have changed or gone
    rows_changed = Signal(list, list)  # CaseSummary rows to show, ids of cases that are gone
    action_failed = Signal(str)  # a Dutch message for the user
    actions_refused = Signal(int)  # how many of our actions the service did not apply

    def __init__(self, store: LocalStore, runner: SyncRunner, clock: Clock = utc_now) -> None:
        super().__init__()
        self._store = store
        self._runner = runner
        self._clock = clock
        # List rows are read off the GUI thread (a sync page touches a thousand cases); one
        # reader thread keeps the answers in the order the changes happened.
        self._reader = QThreadPool(self)
        self._reader.setMaxThreadCount(1)
        self._reads: set[BackgroundCall] = set()
        self.cases_changed.connect(self._read_rows)
        runner.cases_changed.connect(self.on_runner_cases_changed)
        runner.actions_refused.connect(self.on_runner_actions_refused)

    def now(self) -> datetime:
        return self._clock()

    def detail(self, case_id: str) -> CaseDetail | None:
        return self._store.detail(case_id, self._clock())

    def refused_for(self, case_id: str) -> list[RefusedAction]:
        return [r for r in self._store.refused_actions() if r.case_id == case_id]

    def load_all_rows(self) -> None:
        """Read every list row off the GUI thread; they arrive through rows_changed."""
        self._read_rows(None)

    def _read_rows(self, case_ids: list[str] | None) -> None:
        ids = None if case_ids is None else list(case_ids)

        def read() -> list[CaseSummary]:
            if ids is None:
                return self._store.list_summaries(self._clock())
            return self._store.summaries(ids, self._clock())

        def done(rows: object) -> None:
            self._reads.discard(call)
            assert isinstance(rows, list)
            gone = [] if ids is None else sorted(set(ids) - {row.id for row in rows})
            self.rows_changed.emit(rows, gone)

        def failed(error: Exception) -> None:
            self._reads.discard(call)
            log.error("reading list rows failed: %s", type(error).__name__)

        call = BackgroundCall(read, done, failed, self, self._reader)
        self._reads.add(call)
        call.start()

    def wait_for_reads(self) -> None:
        """Block until pending row reads ran (shutdown, tests)."""
        self._reader.waitForDone()

    # --- actions: one method each, recorded locally (offline too) and sent ----------------

    def acknowledge(self, case_id: str, letter: str | None = None) -> bool:
        """Acknowledge receipt, with the acknowledgement letter to the reporter if given."""
        message = None if letter is None else LetterIn(message_id=uuid.uuid4(), body=letter)
        return self._queue(case_id, lambda fields: AcknowledgeOp(**fields, message=message))

    def assign(self, case_id: str, assignee_id: str | None) -> bool:
        """Assign to a member of the department (None unassigns)."""
        return self._queue(case_id, lambda fields: AssignOp(**fields, assignee_id=assignee_id))

    def start_assessment(self, case_id: str) -> bool:
        return self._queue(case_id, lambda fields: StartAssessmentOp(**fields))

    def start_investigation(self, case_id: str) -> bool:
        return self._queue(case_id, lambda fields: StartInvestigationOp(**fields))

    def close(self, case_id: str, outcome: Outcome, motivation: str) -> bool:
        return self._queue(
            case_id, lambda fields: CloseOp(**fields, outcome=outcome, reason=motivation)
        )

    def return_to_1700(self, case_id: str, reason: str) -> bool:
        return self._queue(case_id, lambda fields: ReturnTo1700Op(**fields, reason=reason))

    def request_info(self, case_id: str, question: str, answer_due: date) -> bool:
        """Ask the reporter ``question``, to be answered by ``answer_due`` (Brussels)."""
        message = QuestionIn(message_id=uuid.uuid4(), body=question, answer_due=answer_due)
        return self._queue(case_id, lambda fields: RequestInfoOp(**fields, message=message))

    def send_feedback(self, case_id: str, letter: str) -> bool:
        message = LetterIn(message_id=uuid.uuid4(), body=letter)
        return self._queue(case_id, lambda fields: SendFeedbackOp(**fields, message=message))

    def remind(self, case_id: str, request_id: str) -> bool:
        """Send a reminder for the open information request ``request_id``."""
        target = uuid.UUID(request_id)
        return self._queue(case_id, lambda fields: RemindOp(**fields, target_message_id=target))

    def cancel_request(self, case_id: str, request_id: str) -> bool:
        target = uuid.UUID(request_id)
        return self._queue(
            case_id, lambda fields: CancelRequestOp(**fields, target_message_id=target)
        )

    def declare_no_conflict(self, case_id: str) -> bool:
        return self._queue(case_id, lambda fields: DeclareNoConflictOp(**fields))

    def recuse(self, case_id: str, reason: str = "") -> bool:
        """Step aside for a conflict of interest (the reason is for the managers only)."""
        return self._queue(case_id, lambda fields: RecuseOp(**fields, reason=reason))

    def _queue(self, case_id: str, build: Callable[[dict[str, Any]], Operation]) -> bool:
        """Build the operation, record it locally and have it sent; False if refused."""
        fields = {
            "op_id": uuid.uuid4(),
            "case_id": case_id,
            "base_version": 0,  # the store sets the version the user saw
            "made_at": self._clock(),
        }
        return self._record(case_id, lambda: self._store.queue(build(fields)), _not_possible())

    def add_note(self, case_id: str, body: str, visibility: NoteVisibility) -> bool:
        """Queue a new confidential note (works offline; shown at once); False if refused."""
        return self._record(
            case_id,
            lambda: self._store.add_note(case_id, body, visibility, self._clock()),
            _note_refused(),
        )

    def edit_note(self, case_id: str, note_id: str, body: str, visibility: NoteVisibility) -> bool:
        """Queue a new text of one of the user's own notes; False if refused."""
        return self._record(
            case_id,
            lambda: self._store.edit_note(case_id, note_id, body, visibility, self._clock()),
            _note_refused(),
        )

    def _record(self, case_id: str, record: Callable[[], object], refusal: str) -> bool:
        """Record an action in the store and have it sent; False (and ``refusal`` or the
        environment's error told) when it was not recorded."""
        try:
            record()
        except (TransitionError, ValidationError):
            self.action_failed.emit(refusal)
            self.cases_changed.emit([case_id])
            return False
        except Exception as error:  # disk full, locked store: tell the user, lose nothing
            log.exception("recording an action failed")
            self.action_failed.emit(describe_error(error))
            return False
        self.cases_changed.emit([case_id])
        self._runner.request_push()
        return True

    def retry(self, op_id: str) -> None:
        refused = {r.op_id: r for r in self._store.refused_actions()}.get(op_id)
        try:
            self._store.retry_refused(op_id, self._clock())
        except TransitionError:
            self.action_failed.emit(
                QCoreApplication.translate(
                    "CaseController",
                    "Deze actie is in de huidige status niet meer mogelijk; verwerp ze.",
                )
            )
            return
        if refused is not None:
            self.cases_changed.emit([refused.case_id])
        self._runner.request_push()

    def discard(self, op_id: str) -> None:
        refused = {r.op_id: r for r in self._store.refused_actions()}.get(op_id)
        self._store.discard_refused(op_id)
        if refused is not None:
            self.cases_changed.emit([refused.case_id])

    def mark_read(self, case_id: str) -> None:
        """The user opened the case: a new answer is no longer news."""
        try:
            changed = self._store.mark_read(case_id)
        except Exception:  # a locked or full store: the bold row is a small matter
            log.exception("marking a case read failed")
            return
        if changed:
            self.cases_changed.emit([case_id])

    def attachment_bytes(self, sha256: str) -> bytes | None:
        """Verified bytes of an attachment, None when not fetched yet (then ask for it)."""
        data = self._store.attachment(sha256)
        if data is None:
            self._runner.request_attachments()
        return data

    def opened_attachments_folder(self) -> Path:
        """Where plaintext copies for the system viewer go: this session's folder under the
        system's temporary folder, never the data folder (which holds sealed content only)."""
        return attachment_opener.session_folder()

    def on_runner_cases_changed(self, case_ids: list[str]) -> None:
        self.cases_changed.emit(case_ids)

    def on_runner_actions_refused(self, refused: list[RefusedAction]) -> None:
        self.cases_changed.emit(sorted({r.case_id for r in refused}))
        self.actions_refused.emit(len(refused))


def _not_possible() -> str:
    return QCoreApplication.translate(
        "CaseController",
        "Deze actie is niet (meer) mogelijk in de huidige status van de melding.",
    )


def _note_refused() -> str:
    return QCoreApplication.translate(
        "CaseController",
        "De notitie werd niet bewaard: ze moet tekst bevatten (niet te lang), en "
        "alleen eigen notities kunnen bewerkt worden.",
    )
