"""The operations on the investigation's allegations, findings and tasks (see
operations.py for what an operation is; each applies a rule of domain.investigation)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from typing import Annotated, Literal
from uuid import UUID

from pydantic import Field, StringConstraints

from investigator_app.domain import investigation as inv_rules
from investigator_app.domain.investigation import (
    MAX_ALLEGATION_LENGTH,
    MAX_MOTIVATION_LENGTH,
    MAX_PERSONS,
    MAX_SOURCES,
    MAX_TASK_LENGTH,
    AllegationFacts,
    Conclusion,
    FindingFacts,
    FollowUp,
    Investigation,
    SourceKind,
    SourceRef,
    TaskState,
)
from investigator_app.domain.lifecycle import Action
from investigator_app.domain.vocabulary import Category
from investigator_app.operations_base import InvestigationOp, Person, PersonId, RequiredReason
from investigator_app.protocol import Strict


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
