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

from abc import abstractmethod
from collections.abc import Mapping
from datetime import date, datetime
from typing import Annotated, Literal
from uuid import UUID

from pydantic import AwareDatetime, Field, StringConstraints, TypeAdapter

from investigator_app.domain import case_effects
from investigator_app.domain import investigation as inv_rules
from investigator_app.domain.case_effects import CaseState
from investigator_app.domain.investigation import (
    MAX_ALLEGATION_LENGTH,
    MAX_MOTIVATION_LENGTH,
    MAX_PERSON_LENGTH,
    MAX_PERSONS,
    MAX_SOURCES,
    MAX_TASK_LENGTH,
    AllegationFacts,
    ClosingGround,
    Conclusion,
    FindingFacts,
    FollowUp,
    Investigation,
    SourceKind,
    SourceRef,
    TaskState,
)
from investigator_app.domain.lifecycle import (
    INVESTIGATION_ACTIONS,
    MESSAGE_ACTIONS,
    PERSONAL_ACTIONS,
    Action,
)
from investigator_app.domain.notes import MAX_NOTE_LENGTH, NoteVisibility
from investigator_app.domain.vocabulary import Category, Outcome
from investigator_app.protocol import MAX_MESSAGE_LENGTH, CaseOut, Reason, Sha256, Strict
from investigator_app.protocol_audit import CopyKind, ProfileCode

INDEPENDENT_ACTIONS = MESSAGE_ACTIONS | PERSONAL_ACTIONS | INVESTIGATION_ACTIONS
"""Actions that never conflict with a colleague's change and build on no earlier action of
ours: messages to the reporter, notes, declarations, copy records, the investigation's
record (checked against the status, and the investigation's own rules, only)."""

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


# --- the investigation -----------------------------------------------------------------

RequiredReason = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=10_000)
]
Person = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=MAX_PERSON_LENGTH)
]


class AllegationIn(Strict):
    """add_allegation and edit_allegation: the whole allegation (an edit keeps the earlier
    wording as a version)."""

    allegation_id: UUID  # client-made (add); the allegation to edit (edit)
    text: Annotated[str, StringConstraints(min_length=1, max_length=MAX_ALLEGATION_LENGTH)]
    persons: Annotated[list[Person], Field(max_length=MAX_PERSONS, default_factory=list)]
    category: Category
    period_start: date | None = None
    period_end: date | None = None

    def facts(self) -> AllegationFacts:
        return AllegationFacts(
            self.text, tuple(self.persons), self.category, self.period_start, self.period_end
        )


class SourceIn(Strict):
    """A piece a finding rests on (domain.investigation.SourceRef)."""

    kind: SourceKind
    ref: Annotated[str, StringConstraints(min_length=1, max_length=64)]
    message_id: Annotated[str, StringConstraints(max_length=64)] | None = None


class FindingIn(Strict):
    conclusion: Conclusion
    motivation: Annotated[str, StringConstraints(min_length=1, max_length=MAX_MOTIVATION_LENGTH)]
    sources: Annotated[list[SourceIn], Field(max_length=MAX_SOURCES, default_factory=list)]
    follow_up: FollowUp | None = None  # for a (partly) founded allegation
    follow_up_text: Annotated[str, StringConstraints(max_length=MAX_TASK_LENGTH)] = ""

    def facts(self) -> FindingFacts:
        return FindingFacts(
            self.conclusion,
            self.motivation,
            tuple(SourceRef(s.kind, s.ref, s.message_id) for s in self.sources),
            self.follow_up,
            self.follow_up_text,
        )


class TaskIn(Strict):
    """add_task and edit_task: the whole task."""

    task_id: UUID  # client-made (add); the task to change (edit)
    description: Annotated[str, StringConstraints(min_length=1, max_length=MAX_TASK_LENGTH)]
    owner_id: PersonId | None = None  # a member of the department, or nobody yet
    due: date | None = None


class InvestigationOp(OperationBase):
    """An operation on the investigation's record. ``investigate`` is what it does to the
    case's ``Investigation`` (the service checks and records with it, the desktop shows its
    queued operations with it); ``names`` gives display names of person ids."""

    @abstractmethod
    def investigate(
        self, inv: Investigation, by: str, at: datetime, names: Mapping[str, str]
    ) -> Investigation:
        """What this operation does to the case's investigation (TransitionError when the
        investigation's rules refuse it)."""


class AddAllegationOp(InvestigationOp):
    action: Literal[Action.ADD_ALLEGATION] = Action.ADD_ALLEGATION
    allegation: AllegationIn

    def investigate(
        self, inv: Investigation, by: str, at: datetime, names: Mapping[str, str]
    ) -> Investigation:
        a = self.allegation
        return inv_rules.add_allegation(inv, str(a.allegation_id), a.facts(), by, at)


class EditAllegationOp(InvestigationOp):
    action: Literal[Action.EDIT_ALLEGATION] = Action.EDIT_ALLEGATION
    allegation: AllegationIn

    def investigate(
        self, inv: Investigation, by: str, at: datetime, names: Mapping[str, str]
    ) -> Investigation:
        a = self.allegation
        return inv_rules.edit_allegation(inv, str(a.allegation_id), a.facts(), by, at)


class WithdrawAllegationOp(InvestigationOp):
    action: Literal[Action.WITHDRAW_ALLEGATION] = Action.WITHDRAW_ALLEGATION
    allegation_id: UUID
    reason: RequiredReason

    def investigate(
        self, inv: Investigation, by: str, at: datetime, names: Mapping[str, str]
    ) -> Investigation:
        return inv_rules.withdraw_allegation(inv, str(self.allegation_id), self.reason, by, at)


class RecordFindingOp(InvestigationOp):
    action: Literal[Action.RECORD_FINDING] = Action.RECORD_FINDING
    allegation_id: UUID
    finding: FindingIn

    def investigate(
        self, inv: Investigation, by: str, at: datetime, names: Mapping[str, str]
    ) -> Investigation:
        facts = self.finding.facts()
        return inv_rules.record_finding(inv, str(self.allegation_id), facts, by, at)


def _owner(task: TaskIn, names: Mapping[str, str]) -> tuple[str | None, str | None]:
    if task.owner_id is None:
        return (None, None)
    return (task.owner_id, names.get(task.owner_id, task.owner_id))


class AddTaskOp(InvestigationOp):
    action: Literal[Action.ADD_TASK] = Action.ADD_TASK
    task: TaskIn

    def investigate(
        self, inv: Investigation, by: str, at: datetime, names: Mapping[str, str]
    ) -> Investigation:
        t = self.task
        owner = _owner(t, names)
        return inv_rules.add_task(inv, str(t.task_id), t.description, owner, t.due, by, at)


class EditTaskOp(InvestigationOp):
    action: Literal[Action.EDIT_TASK] = Action.EDIT_TASK
    task: TaskIn

    def investigate(
        self, inv: Investigation, by: str, at: datetime, names: Mapping[str, str]
    ) -> Investigation:
        t = self.task
        return inv_rules.edit_task(inv, str(t.task_id), t.description, _owner(t, names), t.due)


class SetTaskStateOp(InvestigationOp):
    action: Literal[Action.SET_TASK_STATE] = Action.SET_TASK_STATE
    task_id: UUID
    state: TaskState

    def investigate(
        self, inv: Investigation, by: str, at: datetime, names: Mapping[str, str]
    ) -> Investigation:
        return inv_rules.set_task_state(inv, str(self.task_id), self.state, by, at)


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
    | SetTaskStateOp,
    Field(discriminator="action"),
]
OPERATION: TypeAdapter[Operation] = TypeAdapter(Operation)

MessageOp = AcknowledgeOp | RequestInfoOp | SendFeedbackOp
"""Operations that may carry a message to the reporter (``message``)."""
RequestOp = RemindOp | CancelRequestOp
"""Operations on one open information request (``target_message_id``)."""
NoteOp = AddNoteOp | EditNoteOp
InvestigationOps = (
    AddAllegationOp
    | EditAllegationOp
    | WithdrawAllegationOp
    | RecordFindingOp
    | AddTaskOp
    | EditTaskOp
    | SetTaskStateOp
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
