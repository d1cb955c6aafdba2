"""Between the GUI and the local store + sync runner: actions, refusals, change notices."""

from __future__ import annotations

import gc
import logging
import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, Signal

from investigator_app.domain.evidence import CustodyKind, PieceFacts, PieceFile
from investigator_app.domain.investigation import (
    AllegationFacts,
    ClosingGround,
    FindingFacts,
    TaskState,
)
from investigator_app.domain.lifecycle import TransitionError
from investigator_app.domain.notes import NoteVisibility
from investigator_app.domain.vocabulary import Outcome
from investigator_app.gui.common.background import BackgroundCall
from investigator_app.gui.common.messages import describe_error
from investigator_app.gui.conversation import attachment_opener
from investigator_app.gui.workspace.interview_commands import InterviewCommands
from investigator_app.gui.workspace.piece_status import PieceStatus, piece_statuses
from investigator_app.gui.workspace.queue_refusals import (
    investigation_refused,
    not_possible,
    note_refused,
    refusal_text,
    undo_refused,
)
from investigator_app.operations import (
    AcknowledgeOp,
    AddAllegationOp,
    AddTaskOp,
    AllegationIn,
    AssignOp,
    CancelRequestOp,
    CloseOp,
    DeclareNoConflictOp,
    EditAllegationOp,
    EditTaskOp,
    FindingIn,
    LetterIn,
    Operation,
    QuestionIn,
    RecordFindingOp,
    RecuseOp,
    RemindOp,
    RequestInfoOp,
    ReturnTo1700Op,
    SendFeedbackOp,
    SetTaskStateOp,
    SourceIn,
    StartAssessmentOp,
    StartInvestigationOp,
    TaskIn,
    WithdrawAllegationOp,
)
from investigator_app.store.evidence import PieceMissing
from investigator_app.store.local_store import LocalStore
from investigator_app.store.undo import UndoRefused
from investigator_app.store.views import (
    CaseDetail,
    CaseSummary,
    MyTask,
    QueuedAction,
    RefusedAction,
)
from investigator_app.sync.runner import SyncRunner

log = logging.getLogger("investigator_app.gui.workspace.case_controller")

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC)


class CaseController(QObject, InterviewCommands):  # the Verhoren tab's commands: mixin
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
            if ids is None:
                # Every row of the list lives as long as the workspace, like what the
                # composition root froze: no collection walks them again (with 100,000
                # cases a full one stopped every thread for a third of a second).
                gc.freeze()

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

    def start_assessment(self, case_id: str, motivation: str = "") -> bool:
        """Start the assessment, with an optional motivation (shown on the timeline)."""
        return self._queue(case_id, lambda fields: StartAssessmentOp(**fields, reason=motivation))

    def start_investigation(self, case_id: str, motivation: str = "") -> bool:
        """Start the investigation, with an optional motivation (shown on the timeline)."""
        return self._queue(
            case_id, lambda fields: StartInvestigationOp(**fields, reason=motivation)
        )

    def close(
        self,
        case_id: str,
        outcome: Outcome,
        motivation: str,
        ground: ClosingGround | None = None,
    ) -> bool:
        """Close: from the assessment on a ``ground`` (without investigation), from the
        investigation on its findings (``outcome``: the one they give, as confirmed)."""
        return self._queue(
            case_id,
            lambda fields: CloseOp(**fields, outcome=outcome, reason=motivation, ground=ground),
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

    # --- the investigation: allegations, findings, tasks (the case team only) -------------

    def add_allegation(self, case_id: str, facts: AllegationFacts) -> bool:
        allegation_id = uuid.uuid4()
        return self._queue(
            case_id,
            lambda fields: AddAllegationOp(**fields, allegation=_allegation(allegation_id, facts)),
            investigation_refused(),
        )

    def edit_allegation(self, case_id: str, allegation_id: str, facts: AllegationFacts) -> bool:
        """A new wording of the allegation (the earlier one is kept as a version)."""
        return self._queue(
            case_id,
            lambda fields: EditAllegationOp(**fields, allegation=_allegation(allegation_id, facts)),
            investigation_refused(),
        )

    def withdraw_allegation(self, case_id: str, allegation_id: str, reason: str) -> bool:
        return self._queue(
            case_id,
            lambda fields: WithdrawAllegationOp(
                **fields, allegation_id=allegation_id, reason=reason
            ),
            investigation_refused(),
        )

    def record_finding(self, case_id: str, allegation_id: str, facts: FindingFacts) -> bool:
        """The finding on an allegation (a new one keeps the earlier as a version)."""
        return self._queue(
            case_id,
            lambda fields: RecordFindingOp(
                **fields, allegation_id=allegation_id, finding=_finding(facts)
            ),
            investigation_refused(),
        )

    def add_task(
        self, case_id: str, description: str, owner_id: str | None, due: date | None
    ) -> bool:
        """A task of the investigation plan, owned by a member of the department (or
        nobody yet), due by ``due`` (or no date)."""
        task_id = uuid.uuid4()
        return self._queue(
            case_id,
            lambda fields: AddTaskOp(
                **fields,
                task=TaskIn(task_id=task_id, description=description, owner_id=owner_id, due=due),
            ),
            investigation_refused(),
        )

    def edit_task(
        self,
        case_id: str,
        task_id: str,
        description: str,
        owner_id: str | None,
        due: date | None,
    ) -> bool:
        return self._queue(
            case_id,
            lambda fields: EditTaskOp(
                **fields,
                task=TaskIn.model_validate(
                    {
                        "task_id": task_id,
                        "description": description,
                        "owner_id": owner_id,
                        "due": due,
                    }
                ),
            ),
            investigation_refused(),
        )

    def set_task_state(self, case_id: str, task_id: str, state: TaskState) -> bool:
        """Tick a task off (done), cancel it, or open it again."""
        return self._queue(
            case_id,
            lambda fields: SetTaskStateOp.model_validate(
                {**fields, "task_id": task_id, "state": state}
            ),
            investigation_refused(),
        )

    # --- evidence (stukken): pieces of the case team, custody by any member -------------

    def max_piece_bytes(self) -> int:
        """The department's limit for a piece's file (refused before anything is copied)."""
        return self._store.max_piece_bytes()

    def import_piece_file(
        self, path: Path, on_progress: Callable[[int, int], None] | None = None
    ) -> PieceFile:
        """Copy a file into the sealed store (streaming; call it off the GUI thread);
        PieceTooLarge, PieceFileUnreadable, PieceFileEmpty when it cannot be taken."""
        return self._store.import_piece_file(path, on_progress=on_progress)

    def add_piece(self, case_id: str, facts: PieceFacts, file: PieceFile) -> bool:
        """Queue a new piece whose file was imported (sent after its upload)."""
        return self._record(
            case_id,
            lambda: self._store.add_piece(case_id, facts, file, self._clock()),
            investigation_refused(),
        )

    def replace_piece(self, case_id: str, piece_id: str, file: PieceFile, reason: str) -> bool:
        """A new version of a piece (the old one stays), its file imported first."""
        return self._record(
            case_id,
            lambda: self._store.replace_piece(case_id, piece_id, file, reason, self._clock()),
            investigation_refused(),
        )

    def withdraw_piece(self, case_id: str, piece_id: str, reason: str) -> bool:
        return self._record(
            case_id,
            lambda: self._store.withdraw_piece(case_id, piece_id, reason, self._clock()),
            investigation_refused(),
        )

    def record_piece_opened(self, case_id: str, piece_id: str, version: int) -> bool:
        """The chain of custody: the user opened this version of the piece."""
        return self._record(
            case_id,
            lambda: self._store.record_piece_custody(
                case_id, piece_id, CustodyKind.OPENED, version, None, self._clock()
            ),
            not_possible(),
        )

    def piece_statuses(self, case: CaseDetail) -> dict[str, PieceStatus]:
        """Where each file of the case's pieces is (by sha256): waiting or being sent,
        here, not fetched yet, being fetched, damaged."""
        pieces = case.investigation.pieces
        if not pieces:
            return {}
        shas = [f.sha256 for p in pieces for f in p.files]
        store = self._store
        return piece_statuses(
            pieces,
            store.piece_uploads(case.id),
            store.piece_availability(shas),
            store.piece_download_progress,
        )

    def write_piece_copy(self, sha256: str, name: str) -> Path:
        """A verified plaintext copy for the system's viewer in this session's folder
        (PieceDamaged: nothing written; PieceMissing: asked for, not here yet)."""
        try:
            return self._store.write_piece_copy(sha256, attachment_opener.session_folder(), name)
        except PieceMissing:
            self._runner.request_attachments()
            raise

    def _queue(
        self,
        case_id: str,
        build: Callable[[dict[str, Any]], Operation],
        refusal: str | None = None,
    ) -> bool:
        """Build the operation, record it locally and have it sent; False if refused
        (``refusal``: what to say when the store gives no reason of its own)."""
        fields = {
            "op_id": uuid.uuid4(),
            "case_id": case_id,
            "base_version": 0,  # the store sets the version the user saw
            "made_at": self._clock(),
        }
        return self._record(
            case_id, lambda: self._store.queue(build(fields)), refusal or not_possible()
        )

    def add_note(self, case_id: str, body: str, visibility: NoteVisibility) -> bool:
        """Queue a new confidential note (works offline; shown at once); False if refused."""
        return self._record(
            case_id,
            lambda: self._store.add_note(case_id, body, visibility, self._clock()),
            note_refused(),
        )

    def edit_note(self, case_id: str, note_id: str, body: str, visibility: NoteVisibility) -> bool:
        """Queue a new text of one of the user's own notes; False if refused."""
        return self._record(
            case_id,
            lambda: self._store.edit_note(case_id, note_id, body, visibility, self._clock()),
            note_refused(),
        )

    def _record(self, case_id: str, record: Callable[[], object], refusal: str) -> bool:
        """Record an action in the store and have it sent; False (and ``refusal`` or the
        environment's error told) when it was not recorded."""
        try:
            record()
        except (TransitionError, ValidationError) as refused:
            self.action_failed.emit(refusal_text(refused, refusal))
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

    def undo(self, op_id: str) -> bool:
        """Take back a queued action not yet sent ("Ongedaan maken"): it never reaches the
        service. False, with the reason told, when it was sent already (or is being
        sent), when a later queued action on the case builds on it, or when it no longer
        waits."""
        try:
            case_id = self._store.undo(op_id)
        except UndoRefused as refused:
            self.action_failed.emit(undo_refused(refused.refusal))
            return False
        except Exception as error:  # a locked or full store: tell the user, lose nothing
            log.exception("undoing an action failed")
            self.action_failed.emit(describe_error(error))
            return False
        self.cases_changed.emit([case_id])
        return True

    def queued_actions(self, case_id: str) -> list[QueuedAction]:
        """Our actions on the case still waiting in the outbox, oldest first."""
        return self._store.queued_actions(case_id)

    def my_tasks(self) -> list[MyTask]:
        """The signed-in user's open tasks across cases, overdue first, then by due date."""
        return self._store.my_tasks(self._clock())

    def mark_opened(self, case_id: str) -> None:
        """The user opened the case on this workstation: it is no longer new."""
        try:
            changed = self._store.mark_opened(case_id)
        except Exception:  # a locked or full store: the "new" mark is a small matter
            log.exception("marking a case opened failed")
            return
        if changed:
            self.cases_changed.emit([case_id])

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


def _allegation(allegation_id: uuid.UUID | str, facts: AllegationFacts) -> AllegationIn:
    return AllegationIn.model_validate(
        {
            "allegation_id": allegation_id,
            "text": facts.text,
            "persons": list(facts.persons),
            "category": facts.category,
            "period_start": facts.period_start,
            "period_end": facts.period_end,
        }
    )


def _finding(facts: FindingFacts) -> FindingIn:
    return FindingIn(
        conclusion=facts.conclusion,
        motivation=facts.motivation,
        sources=[SourceIn(kind=s.kind, ref=s.ref, message_id=s.message_id) for s in facts.sources],
        follow_up=facts.follow_up,
        follow_up_text=facts.follow_up_text,
    )
