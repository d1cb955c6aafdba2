"""The operations a desktop queues and the service applies: one typed model per action.

An operation is a pydantic model tagged by ``action``; each carries exactly the fields its
action takes, with their bounds, so a field an action does not take is refused where the
operation is read (a 422 on the service, an error on the desktop before anything is
queued). ``Operation`` is the union of them all; ``OPERATION`` reads one from JSON.

``effect`` is what the operation does to the case itself (domain.case_effects): the
service applies it to the case it stores, the desktop to its snapshot while the operation
waits in the outbox, so both show the same case. How to add an action is described in
docs/architecture.md.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Literal
from uuid import UUID

from pydantic import AwareDatetime, Field, StringConstraints, TypeAdapter

from investigator_app.domain import case_effects
from investigator_app.domain.case_effects import CaseState
from investigator_app.domain.lifecycle import MESSAGE_ACTIONS, PERSONAL_ACTIONS, Action
from investigator_app.domain.notes import MAX_NOTE_LENGTH, NoteVisibility
from investigator_app.domain.vocabulary import Outcome
from investigator_app.protocol import MAX_MESSAGE_LENGTH, CaseOut, Reason, Sha256, Strict
from investigator_app.protocol_audit import CopyKind, ProfileCode

INDEPENDENT_ACTIONS = MESSAGE_ACTIONS | PERSONAL_ACTIONS
"""Actions that never conflict with a colleague's change and build on no earlier action of
ours: messages to the reporter, notes, declarations, copy records (checked against the
status only)."""

CaseId = Annotated[str, StringConstraints(max_length=64)]
PersonId = Annotated[str, StringConstraints(max_length=64)]
MessageBody = Annotated[str, StringConstraints(min_length=1, max_length=MAX_MESSAGE_LENGTH)]


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


class OperationBase(Strict):
    """What every operation carries. ``base_version`` is the case version the user saw when
    acting: a life-cycle operation based on a version older than the last change to status,
    outcome or assignee is a conflict; message and personal operations never conflict."""

    op_id: UUID  # client-made; the idempotency key
    case_id: CaseId
    action: Action
    base_version: int = Field(ge=0)
    made_at: AwareDatetime  # when the user acted (offline actions arrive later)

    def effect(self, state: CaseState, actor_id: str, at: datetime) -> CaseState:
        """The case after this operation by ``actor_id`` at ``at`` (TransitionError when
        the case's state does not allow it). Default: allowed by status, changes nothing."""
        return case_effects.allowed(state, self.action)

    @property
    def conflicts(self) -> bool:
        """Whether a colleague's change to the life cycle makes this operation stale (and a
        refusal of it refuses the later such operations on the case)."""
        return self.action not in INDEPENDENT_ACTIONS


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

    def effect(self, state: CaseState, actor_id: str, at: datetime) -> CaseState:
        return case_effects.start_assessment(state)


class StartInvestigationOp(OperationBase):
    action: Literal[Action.START_INVESTIGATION] = Action.START_INVESTIGATION

    def effect(self, state: CaseState, actor_id: str, at: datetime) -> CaseState:
        return case_effects.start_investigation(state)


class CloseOp(OperationBase):
    action: Literal[Action.CLOSE] = Action.CLOSE
    outcome: Outcome
    reason: Reason  # the motivation; an empty one is refused by the life cycle

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
    | RecordCopyOp,
    Field(discriminator="action"),
]
OPERATION: TypeAdapter[Operation] = TypeAdapter(Operation)

MessageOp = AcknowledgeOp | RequestInfoOp | SendFeedbackOp
"""Operations that may carry a message to the reporter (``message``)."""
RequestOp = RemindOp | CancelRequestOp
"""Operations on one open information request (``target_message_id``)."""
NoteOp = AddNoteOp | EditNoteOp


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
