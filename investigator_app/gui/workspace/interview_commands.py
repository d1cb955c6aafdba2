"""The case controller's commands for interview records (mixed into ``CaseController``):
each builds its operation and queues it like every other action (offline too, shown at
once), with the Dutch words of the interview rules when the store refuses.

Signing takes the scan of the signed paper: imported into the store (``import_piece_file``,
off the GUI thread: up to the department's limit), added as a piece of type interview
record, and linked to the record by ``sign_interview``.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from investigator_app.domain.deadlines import BRUSSELS
from investigator_app.domain.evidence import PieceFacts, PieceFile, PieceType
from investigator_app.domain.interviews import InterviewFacts
from investigator_app.export.interview_record import RenderedRecord, record_copy_op
from investigator_app.gui.workspace.interview_texts import interview_refused
from investigator_app.operations import (
    AddInterviewOp,
    AddPieceOp,
    CorrectInterviewOp,
    EditInterviewOp,
    InterviewIn,
    Operation,
    PieceIn,
    SignInterviewOp,
)
from investigator_app.protocol_audit import CopyKind
from investigator_app.store.local_store import LocalStore


def interview_in(interview_id: uuid.UUID | str, facts: InterviewFacts) -> InterviewIn:
    return InterviewIn.model_validate(
        {
            "interview_id": interview_id,
            "person_heard": facts.person_heard,
            "capacity": facts.capacity,
            "held_on": facts.held_on,
            "place": facts.place,
            "start": facts.start,
            "end": facts.end,
            "present": list(facts.present),
            "assistance": facts.assistance,
            "notice": facts.notice,
            "notice_read": facts.notice_read,
            "statements": [{"kind": s.kind, "text": s.text} for s in facts.statements],
            "remarks": facts.remarks,
        }
    )


class InterviewCommands:
    """Interview records in ``CaseController``, which defines the store, the clock and the
    three methods declared here for the type checker."""

    _store: LocalStore
    _clock: Callable[[], datetime]

    if TYPE_CHECKING:  # CaseController defines them

        def _queue(
            self,
            case_id: str,
            build: Callable[[dict[str, Any]], Operation],
            refusal: str | None = None,
        ) -> bool: ...

        def _record(self, case_id: str, record: Callable[[], object], refusal: str) -> bool: ...

        def import_piece_file(
            self, path: Path, on_progress: Callable[[int, int], None] | None = None
        ) -> PieceFile: ...

    # --- the commands -----------------------------------------------------------------------

    def add_interview(self, case_id: str, facts: InterviewFacts) -> bool:
        """A new interview record (a draft until its signed copy is added)."""
        interview_id = uuid.uuid4()
        return self._queue(
            case_id,
            lambda fields: AddInterviewOp(**fields, interview=interview_in(interview_id, facts)),
            interview_refused(),
        )

    def edit_interview(self, case_id: str, interview_id: str, facts: InterviewFacts) -> bool:
        """A draft's new wording (refused once it is signed: see ``correct_interview``)."""
        return self._queue(
            case_id,
            lambda fields: EditInterviewOp(**fields, interview=interview_in(interview_id, facts)),
            interview_refused(),
        )

    def correct_interview(
        self, case_id: str, interview_id: str, facts: InterviewFacts, reason: str
    ) -> bool:
        """A correction of a signed record: a new version with ``reason``; the signed one
        is kept."""
        return self._queue(
            case_id,
            lambda fields: CorrectInterviewOp(
                **fields, interview=interview_in(interview_id, facts), reason=reason
            ),
            interview_refused(),
        )

    def sign_interview(self, case_id: str, interview_id: str, piece_id: str) -> bool:
        """Link the signed scan (a piece of type interview record on the case): the record's
        current version is read-only from then on."""
        return self._queue(
            case_id,
            lambda fields: SignInterviewOp.model_validate(
                {**fields, "interview_id": interview_id, "piece_id": piece_id}
            ),
            interview_refused(),
        )

    def add_signed_copy(
        self, case_id: str, interview_id: str, file: PieceFile, facts: PieceFacts
    ) -> str | None:
        """Add the imported scan as a piece of type interview record and link it to the
        record; the new piece's id, or None when the piece was not queued. (When the piece
        is queued but the link is refused, the piece stays: it can be linked later.)"""
        piece_id = uuid.uuid4()
        piece = PieceIn.model_validate(
            {
                "piece_id": piece_id,
                "title": facts.title,
                "description": facts.description,
                "source": facts.source,
                "obtained_on": facts.obtained_on,
                "type": PieceType.INTERVIEW_RECORD,  # whatever ``facts`` says
                "file": {
                    "sha256": file.sha256,
                    "size": file.size,
                    "name": file.name,
                    "media_type": file.media_type,
                },
            }
        )
        if not self._queue(
            case_id, lambda fields: AddPieceOp(**fields, piece=piece), interview_refused()
        ):
            return None
        self.sign_interview(case_id, interview_id, str(piece_id))
        return str(piece_id)

    def record_interview_copy(self, case_id: str, rendered: RenderedRecord, kind: CopyKind) -> bool:
        """Put a saved or printed copy of a record on the case's audit trail (queued)."""
        op = record_copy_op(case_id, rendered, kind)
        return self._record(case_id, lambda: self._store.queue(op), interview_refused())

    def interview_notice(self) -> str:
        """The notice the department reads at the start of an interview ("" for none)."""
        return self._store.interview_notice()

    def user_name(self) -> str:
        me = self._store.identity()
        return me.user.display_name if me is not None else ""

    def today(self) -> date:
        """Today in Brussels (a record's default date, a scan's date obtained)."""
        return self._clock().astimezone(BRUSSELS).date()
