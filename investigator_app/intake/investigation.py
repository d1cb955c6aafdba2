"""The investigation on the service: applying its operations (allegations, findings, tasks)
and the checks only the service can make.

The rule of each operation is the one the desktop runs too (``InvestigationOp.investigate``
over domain.investigation): it is run on the case's current investigation as the actor's
department recorded it, and what it changed is written as rows (an edit or a new finding
adds a version and keeps the earlier one). Before that, what the desktop cannot know for
sure is checked here: that the actor is the case team (the assignee or a manager of the
department), that a task's owner is an active member of the department who did not recuse,
and that the pieces a finding cites are on this case. Nothing here logs or audits a text:
ids, versions and codes only.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any
from uuid import UUID

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from investigator_app.domain.investigation import (
    Allegation as AllegationValue,
    Investigation,
    SourceKind,
    SourceRef,
    TaskState,
)
from investigator_app.domain.lifecycle import TransitionError
from investigator_app.domain.vocabulary import DEPARTMENT_ROLES, Role
from investigator_app.intake import audit
from investigator_app.intake.actors import Actor
from investigator_app.intake.cases import has_recused, touch
from investigator_app.intake.db import Base
from investigator_app.intake.feed import publish
from investigator_app.intake.investigation_reads import load_investigation, sources_json
from investigator_app.intake.models import (
    Allegation,
    AllegationVersion,
    Case,
    CaseAttachment,
    Finding,
    InvestigationTask,
    Message,
    MessageAttachment,
    PieceRow,
    User,
)
from investigator_app.operations import (
    AddAllegationOp,
    AddTaskOp,
    EditAllegationOp,
    EditTaskOp,
    InvestigationOp,
    InvestigationOps,
    RecordFindingOp,
    SetTaskStateOp,
    TaskIn,
    WithdrawAllegationOp,
)

NOT_CASE_TEAM = "only the case team (the assignee and the department's managers) may do this"
OWNER_NOT_MEMBER = "the task owner is not an active member of the department on this case"
SOURCE_NOT_ON_CASE = "a piece the finding cites is not on this case"
ALLEGATION_EXISTS = "this allegation exists already"  # the words of the domain's rule
TASK_EXISTS = "this task exists already"


def apply_investigation_op(
    session: Session,
    actor: Actor,
    case: Case,
    op: InvestigationOps,
    at: datetime,
    now: datetime,
) -> None:
    """Check and record ``op`` on ``case`` (locked, the actor's department's) at ``at``;
    raises TransitionError before writing anything when refused."""
    assert actor.user_id is not None and actor.department_id is not None
    if not is_case_team(actor, case):
        raise TransitionError(NOT_CASE_TEAM)
    names: dict[str, str] = {}
    if isinstance(op, AddTaskOp | EditTaskOp) and op.task.owner_id is not None:
        names[op.task.owner_id] = _check_owner(session, case, op.task.owner_id)
    if isinstance(op, RecordFindingOp):
        check_sources(session, case, op.finding.facts().sources)
    _check_new_id(session, op)
    before = load_investigation(session, case.id, actor.department_id)
    after = op.investigate(before, actor.name, at, names)
    item = _write(session, actor, case, op, after, at)
    recorded(session, actor, case, op, item, now)


def recorded(
    session: Session,
    actor: Actor,
    case: Case,
    op: InvestigationOp,
    item: dict[str, Any],
    now: datetime,
) -> None:
    """What follows every written change of the investigation's record (allegations,
    tasks, pieces, interview records): desktops take the new snapshot, and the audit
    trail names the item (``item``: ids, numbers, versions, never text)."""
    touch(case)  # no timeline entry, but desktops must take the new snapshot
    publish(session, case)
    audit.record(
        session,
        actor,
        f"case.{op.action}",
        now,
        case_id=case.id,
        detail={"reference": case.reference, "op_id": str(op.op_id), **item},
    )


def is_case_team(actor: Actor, case: Case) -> bool:
    """The case's assignee and the department's managers change its investigation."""
    return actor.user_id is not None and (
        actor.user_id == case.assignee_id or actor.role is Role.MANAGER
    )


# --- the checks only the service can make ---------------------------------------------------


def _check_owner(session: Session, case: Case, owner_id: str) -> str:
    """The owner's display name, if they may own a task on the case (one answer for an
    unknown id, someone of another department, inactive or recused)."""
    user = session.get(User, owner_id) if len(owner_id) <= 64 else None
    if (
        user is None
        or not user.active
        or user.department_id != case.department_id
        or user.role not in DEPARTMENT_ROLES
        or has_recused(session, case.id, user.id)
    ):
        raise TransitionError(OWNER_NOT_MEMBER)
    return user.display_name


def check_sources(session: Session, case: Case, sources: Sequence[SourceRef]) -> None:
    """Every piece a finding cites exists on the case, in its department's conversation:
    a file 1700 attached, an answered message, a file sent with an answered message, an
    evidence piece the department added."""
    by_kind = {kind: [s for s in sources if s.kind is kind] for kind in SourceKind}
    if any(s.message_id is not None for s in sources if s.kind is not SourceKind.ANSWER_FILE):
        raise TransitionError("only a file sent with an answer names its message")
    answered = (
        select(Message.id)
        .where(Message.case_id == case.id)
        .where(Message.department_id == case.department_id)
        .where(Message.answered_at.is_not(None))
    )
    wanted_files = {s.ref for s in by_kind[SourceKind.CASE_FILE]}
    if wanted_files:
        found = set(
            session.scalars(
                select(CaseAttachment.sha256).where(
                    CaseAttachment.case_id == case.id, CaseAttachment.sha256.in_(wanted_files)
                )
            )
        )
        if found != wanted_files:
            raise TransitionError(SOURCE_NOT_ON_CASE)
    wanted_answers = {s.ref for s in by_kind[SourceKind.ANSWER]}
    if wanted_answers:
        found = set(session.scalars(answered.where(Message.id.in_(wanted_answers))))
        if found != wanted_answers:
            raise TransitionError(SOURCE_NOT_ON_CASE)
    wanted_pieces = {s.ref for s in by_kind[SourceKind.PIECE]}
    if wanted_pieces:
        # The department's pieces of the case (a withdrawn one is still on it).
        found = set(
            session.scalars(
                select(PieceRow.id).where(
                    PieceRow.case_id == case.id,
                    PieceRow.department_id == case.department_id,
                    PieceRow.id.in_(wanted_pieces),
                )
            )
        )
        if found != wanted_pieces:
            raise TransitionError(SOURCE_NOT_ON_CASE)
    wanted_pairs = {(s.message_id, s.ref) for s in by_kind[SourceKind.ANSWER_FILE]}
    if wanted_pairs:
        if any(message_id is None for message_id, _ in wanted_pairs):
            raise TransitionError("a file sent with an answer names its message")
        rows = session.execute(
            select(MessageAttachment.message_id, MessageAttachment.sha256).where(
                MessageAttachment.message_id.in_(
                    answered.where(Message.id.in_({m for m, _ in wanted_pairs}))
                ),
                MessageAttachment.sha256.in_({ref for _, ref in wanted_pairs}),
            )
        )
        if not wanted_pairs <= {(row.message_id, row.sha256) for row in rows}:
            raise TransitionError(SOURCE_NOT_ON_CASE)


def check_new_id(session: Session, model: type[Base], item_id: UUID, words: str) -> None:
    """A new item's id is not taken anywhere (another case, another department): the same
    words as for one on this case, so a caller learns nothing of others' items."""
    if session.get(model, str(item_id)) is not None:
        raise TransitionError(words)


def _check_new_id(session: Session, op: InvestigationOps) -> None:
    if isinstance(op, AddAllegationOp):
        check_new_id(session, Allegation, op.allegation.allegation_id, ALLEGATION_EXISTS)
    if isinstance(op, AddTaskOp):
        check_new_id(session, InvestigationTask, op.task.task_id, TASK_EXISTS)


# --- writing what the rule changed ----------------------------------------------------------


def _write(
    session: Session,
    actor: Actor,
    case: Case,
    op: InvestigationOps,
    after: Investigation,
    at: datetime,
) -> dict[str, Any]:
    """Write the item ``op`` changed as ``after`` has it; the audit detail naming it."""
    assert actor.user_id is not None and actor.department_id is not None
    match op:
        case AddAllegationOp() | EditAllegationOp() | WithdrawAllegationOp() | RecordFindingOp():
            allegation_id = (
                str(op.allegation.allegation_id)
                if isinstance(op, AddAllegationOp | EditAllegationOp)
                else str(op.allegation_id)
            )
            value = after.allegation(allegation_id)
            assert value is not None  # the rule refuses an unknown one
            version = _write_allegation(session, actor, case, op, value, at)
            return {"allegation_id": allegation_id, "number": value.number, **version}
        case AddTaskOp() | EditTaskOp() | SetTaskStateOp():
            task_id = str(op.task_id if isinstance(op, SetTaskStateOp) else op.task.task_id)
            number = _write_task(session, actor, case, op, task_id, at)
            task = after.task(task_id)
            assert task is not None
            return {"task_id": task_id, "task_number": number, "state": task.state.value}
    raise AssertionError(f"not an investigation operation: {op.action}")  # pragma: no cover


def _write_allegation(
    session: Session,
    actor: Actor,
    case: Case,
    op: AddAllegationOp | EditAllegationOp | WithdrawAllegationOp | RecordFindingOp,
    value: AllegationValue,
    at: datetime,
) -> dict[str, Any]:
    assert actor.user_id is not None and actor.department_id is not None
    facts = value.facts
    if isinstance(op, AddAllegationOp):
        session.add(
            Allegation(
                id=value.id,
                case_id=case.id,
                department_id=actor.department_id,
                number=value.number,
                version=value.version,
                text=facts.text,
                persons=list(facts.persons),
                category=facts.category,
                period_start=facts.period_start,
                period_end=facts.period_end,
                created_by_id=actor.user_id,
                created_at=at,
                edited_by_id=actor.user_id,
                edited_at=at,
            )
        )
        return {"version": value.version}
    row = session.get(Allegation, value.id)
    assert row is not None and row.case_id == case.id  # it was in the case's investigation
    if isinstance(op, EditAllegationOp):
        session.add(
            AllegationVersion(
                allegation_id=row.id,
                version=row.version,
                text=row.text,
                persons=list(row.persons),
                category=row.category,
                period_start=row.period_start,
                period_end=row.period_end,
                edited_by_id=row.edited_by_id,
                edited_at=row.edited_at,
            )
        )
        row.version = value.version
        row.text = facts.text
        row.persons = list(facts.persons)
        row.category = facts.category
        row.period_start = facts.period_start
        row.period_end = facts.period_end
        row.edited_by_id = actor.user_id
        row.edited_at = max(at, row.edited_at)  # versions stay in order
        return {"version": value.version}
    if isinstance(op, WithdrawAllegationOp):
        assert value.withdrawn is not None
        row.withdrawn_by_id = actor.user_id
        row.withdrawn_at = at
        row.withdraw_reason = value.withdrawn.reason
        return {"version": value.version}
    finding = value.finding
    assert finding is not None
    previous = finding.earlier[-1].at if finding.earlier else at
    session.add(
        Finding(
            allegation_id=row.id,
            version=finding.version,
            conclusion=finding.facts.conclusion,
            motivation=finding.facts.motivation,
            sources=sources_json(finding.facts.sources),
            follow_up=finding.facts.follow_up,
            follow_up_text=finding.facts.follow_up_text,
            recorded_by_id=actor.user_id,
            recorded_at=max(at, previous),  # versions stay in order
        )
    )
    return {"finding_version": finding.version, "conclusion": finding.facts.conclusion.value}


def _write_task(
    session: Session,
    actor: Actor,
    case: Case,
    op: AddTaskOp | EditTaskOp | SetTaskStateOp,
    task_id: str,
    at: datetime,
) -> int:
    """Write the task; its number in the plan (1, 2, … in the order they were added)."""
    assert actor.user_id is not None and actor.department_id is not None
    if isinstance(op, AddTaskOp):
        last = session.scalar(
            select(func.max(InvestigationTask.number)).where(
                InvestigationTask.case_id == case.id,
                InvestigationTask.department_id == actor.department_id,
            )
        )
        number = (last or 0) + 1
        session.add(
            InvestigationTask(
                id=task_id,
                case_id=case.id,
                department_id=actor.department_id,
                number=number,
                state=TaskState.OPEN,
                created_by_id=actor.user_id,
                created_at=at,
                **_task_fields(op.task),
            )
        )
        return number
    row = session.get(InvestigationTask, task_id)
    assert row is not None and row.case_id == case.id  # it was in the case's investigation
    if isinstance(op, EditTaskOp):
        for name, value in _task_fields(op.task).items():
            setattr(row, name, value)
    else:
        row.state = op.state
        row.state_by_id = actor.user_id
        row.state_at = at
    return row.number


def _task_fields(task: TaskIn) -> dict[str, Any]:
    return {"description": task.description, "owner_id": task.owner_id, "due": task.due}
