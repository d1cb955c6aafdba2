"""The operations a desktop queues and the service applies: one typed model per action.

An operation is a pydantic model tagged by ``action``; each carries exactly the fields its
action takes, with their bounds, so a field an action does not take is refused where the
operation is read (a 422 on the service, an error on the desktop before anything is
queued). ``Operation`` is the union of them all; ``OPERATION`` reads one from JSON.

``effect`` is what the operation does to the case itself (domain.case_effects): the
service applies it to the case it stores, the desktop to its snapshot while the operation
waits in the outbox, so both show the same case. How to add an action is described in
docs/architecture.md.

The investigation's operations are in operations_investigation.py and operations_evidence.py
and their common base in operations_base.py; this module gathers them all (import them
from here).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Literal
from uuid import UUID

from pydantic import Field, StringConstraints, TypeAdapter

from investigator_app.domain import case_effects
from investigator_app.domain.case_effects import CaseState
from investigator_app.domain.investigation import ClosingGround
from investigator_app.domain.lifecycle import Action
from investigator_app.domain.notes import MAX_NOTE_LENGTH, NoteVisibility
from investigator_app.domain.vocabulary import Outcome
from investigator_app.operations_base import (
    INDEPENDENT_ACTIONS as INDEPENDENT_ACTIONS,
    CaseId as CaseId,
    InvestigationOp as InvestigationOp,
    MessageBody as MessageBody,
    OperationBase as OperationBase,
    Person as Person,
    PersonId as PersonId,
    RequiredReason as RequiredReason,
)
from investigator_app.operations_evidence import (
    AddInterviewOp as AddInterviewOp,
    AddPieceOp as AddPieceOp,
    CorrectInterviewOp as CorrectInterviewOp,
    EditInterviewOp as EditInterviewOp,
    FileIn as FileIn,
    InterviewIn as InterviewIn,
    PieceIn as PieceIn,
    RecordCustodyOp as RecordCustodyOp,
    ReplacePieceOp as ReplacePieceOp,
    SignInterviewOp as SignInterviewOp,
    StatementIn as StatementIn,
    WithdrawPieceOp as WithdrawPieceOp,
)
from investigator_app.operations_investigation import (
    AddAllegationOp as AddAllegationOp,
    AddTaskOp as AddTaskOp,
    AllegationIn as AllegationIn,
    EditAllegationOp as EditAllegationOp,
    EditTaskOp as EditTaskOp,
    FindingIn as FindingIn,
    RecordFindingOp as RecordFindingOp,
    SetTaskStateOp as SetTaskStateOp,
    SourceIn as SourceIn,
    TaskIn as TaskIn,
    WithdrawAllegationOp as WithdrawAllegationOp,
)
from investigator_app.protocol import CaseOut, Reason, Sha256, Strict
from investigator_app.protocol_audit import CopyKind, ProfileCode


class LetterIn(Strict):
    """A letter to the reporter: feedback, or the acknowledgement letter."""

    message_id: UUID  # client-made, so the desktop can show it before the service has it
    body: MessageBody


class QuestionIn(Strict):
    """The question of an information request and the last day to answer it (Brussels)."""

    message_id: UUID
    body: MessageBody
    answer_due: date


class NoteIn(Strict):
    """add_note and edit_note: the whole new text and who may read it."""

    note_id: UUID  # client-made (add_note); the note to edit (edit_note)
    body: Annotated[str, StringConstraints(min_length=1, max_length=MAX_NOTE_LENGTH)]
    visibility: NoteVisibility


# --- the life cycle -------------------------------------------------------------------


class AcknowledgeOp(OperationBase):
    action: Literal[Action.ACKNOWLEDGE] = Action.ACKNOWLEDGE
    message: LetterIn | None = None  # the acknowledgement letter, optional

    def effect(self, state: CaseState, actor_id: str, at: datetime) -> CaseState:
        return case_effects.acknowledge(state, at)


class AssignOp(OperationBase):
    action: Literal[Action.ASSIGN] = Action.ASSIGN
    assignee_id: PersonId | None = None  # None unassigns

    def effect(self, state: CaseState, actor_id: str, at: datetime) -> CaseState:
        return case_effects.assign(state, self.assignee_id)


class StartAssessmentOp(OperationBase):
    action: Literal[Action.START_ASSESSMENT] = Action.START_ASSESSMENT
    reason: Reason = ""  # an optional motivation, shown on the timeline

    def effect(self, state: CaseState, actor_id: str, at: datetime) -> CaseState:
        return case_effects.start_assessment(state)


class StartInvestigationOp(OperationBase):
    action: Literal[Action.START_INVESTIGATION] = Action.START_INVESTIGATION
    reason: Reason = ""  # an optional motivation, shown on the timeline

    def effect(self, state: CaseState, actor_id: str, at: datetime) -> CaseState:
        return case_effects.start_investigation(state)


class CloseOp(OperationBase):
    """Closing: from the assessment with a ``ground`` (closed without investigation), from
    the investigation on its findings. ``outcome`` is the one the user confirmed; the
    service refuses the closing when the findings (or the ground) give another
    (domain.investigation.check_close)."""

    action: Literal[Action.CLOSE] = Action.CLOSE
    outcome: Outcome
    reason: Reason  # the motivation; an empty one is refused by the life cycle
    ground: ClosingGround | None = None

    def effect(self, state: CaseState, actor_id: str, at: datetime) -> CaseState:
        return case_effects.close(state, self.outcome, self.reason, at)


class ReturnTo1700Op(OperationBase):
    action: Literal[Action.RETURN_TO_1700] = Action.RETURN_TO_1700
    reason: Reason  # why the department is not competent; an empty one is refused

    def effect(self, state: CaseState, actor_id: str, at: datetime) -> CaseState:
        return case_effects.return_to_1700(state, self.reason)


# --- the conversation with the reporter -------------------------------------------------


class RequestInfoOp(OperationBase):
    action: Literal[Action.REQUEST_INFO] = Action.REQUEST_INFO
    message: QuestionIn


class SendFeedbackOp(OperationBase):
    action: Literal[Action.SEND_FEEDBACK] = Action.SEND_FEEDBACK
    message: LetterIn

    def effect(self, state: CaseState, actor_id: str, at: datetime) -> CaseState:
        return case_effects.send_feedback(state, at)


class RemindOp(OperationBase):
    action: Literal[Action.REMIND] = Action.REMIND
    target_message_id: UUID  # the open information request


class CancelRequestOp(OperationBase):
    action: Literal[Action.CANCEL_REQUEST] = Action.CANCEL_REQUEST
    target_message_id: UUID


# --- the user's own business with the case ---------------------------------------------


class AddNoteOp(OperationBase):
    action: Literal[Action.ADD_NOTE] = Action.ADD_NOTE
    note: NoteIn


class EditNoteOp(OperationBase):
    action: Literal[Action.EDIT_NOTE] = Action.EDIT_NOTE
    note: NoteIn  # only the author's own note; the earlier text stays as a version


class DeclareNoConflictOp(OperationBase):
    action: Literal[Action.DECLARE_NO_CONFLICT] = Action.DECLARE_NO_CONFLICT


class RecuseOp(OperationBase):
    action: Literal[Action.RECUSE] = Action.RECUSE
    reason: Reason = ""  # optional; sealed, read by the department's managers only

    def effect(self, state: CaseState, actor_id: str, at: datetime) -> CaseState:
        return case_effects.recuse(state, actor_id)


class RecordCopyOp(OperationBase):
    """A copy of the dossier the user exported or printed: who (the caller) made it for
    whom, which profile, which file. Recorded on the case's audit trail once per copy id,
    also when it arrives late (made offline) or twice."""

    action: Literal[Action.RECORD_COPY] = Action.RECORD_COPY
    copy_id: UUID  # printed on every page of the copy
    profile: ProfileCode
    reader: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
    kind: CopyKind
    sha256: Sha256  # of the PDF file as saved or printed
    pages: int = Field(ge=1, le=1_000_000)


Operation = Annotated[
    AcknowledgeOp
    | AssignOp
    | StartAssessmentOp
    | StartInvestigationOp
    | CloseOp
    | ReturnTo1700Op
    | RequestInfoOp
    | SendFeedbackOp
    | RemindOp
    | CancelRequestOp
    | AddNoteOp
    | EditNoteOp
    | DeclareNoConflictOp
    | RecuseOp
    | RecordCopyOp
    | AddAllegationOp
    | EditAllegationOp
    | WithdrawAllegationOp
    | RecordFindingOp
    | AddTaskOp
    | EditTaskOp
    | SetTaskStateOp
    | AddPieceOp
    | ReplacePieceOp
    | WithdrawPieceOp
    | RecordCustodyOp
    | AddInterviewOp
    | EditInterviewOp
    | SignInterviewOp
    | CorrectInterviewOp,
    Field(discriminator="action"),
]
OPERATION: TypeAdapter[Operation] = TypeAdapter(Operation)

MessageOp = AcknowledgeOp | RequestInfoOp | SendFeedbackOp
"""Operations that may carry a message to the reporter (``message``)."""
RequestOp = RemindOp | CancelRequestOp
"""Operations on one open information request (``target_message_id``)."""
NoteOp = AddNoteOp | EditNoteOp
PieceFileOp = AddPieceOp | ReplacePieceOp
"""Operations that carry a file (``piece.file`` / ``file``): sent only after its upload."""
EvidenceOps = (
    AddPieceOp
    | ReplacePieceOp
    | WithdrawPieceOp
    | RecordCustodyOp
    | AddInterviewOp
    | EditInterviewOp
    | SignInterviewOp
    | CorrectInterviewOp
)
"""Operations on the evidence and the interview records (InvestigationOps too)."""
InvestigationOps = (
    AddAllegationOp
    | EditAllegationOp
    | WithdrawAllegationOp
    | RecordFindingOp
    | AddTaskOp
    | EditTaskOp
    | SetTaskStateOp
    | EvidenceOps
)
"""Operations on the investigation's record (all subclasses of InvestigationOp)."""


# --- pushing operations ---------------------------------------------------------------

MAX_BATCH = 200


class OperationsRequest(Strict):
    operations: Annotated[list[Operation], Field(min_length=1, max_length=MAX_BATCH)]


OperationStatus = Literal["applied", "conflict", "rejected"]


class OperationResult(Strict):
    op_id: UUID
    status: OperationStatus
    message: str = ""
    case: CaseOut | None = None  # the current state, for applied and conflict


class OperationsResponse(Strict):
    results: list[OperationResult]
