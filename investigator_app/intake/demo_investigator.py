"""Plays a demo case's investigation (demo_investigations.py) through the real operations,
as the case team would: the assignee writes the allegations, findings and most tasks, the
department's manager (where it has one) withdraws and adds the tasks she carries out. So
the demo's investigations obey the service's rules: the case team only, owners from the
department, cited pieces that are on the case, a finding on every standing allegation
before the closing."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any, Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from investigator_app.domain.deadlines import BRUSSELS
from investigator_app.domain.investigation import SourceKind, TaskState
from investigator_app.domain.lifecycle import Action
from investigator_app.domain.vocabulary import Role
from investigator_app.intake.actors import Actor
from investigator_app.intake.blobs import Upload
from investigator_app.intake.demo_investigations import (
    FILE_TEXTS,
    DemoAllegation,
    DemoInvestigation,
    DemoTask,
)
from investigator_app.intake.demo_messages import tiny_png
from investigator_app.intake.models import Case, CaseAttachment, Message, MessageAttachment
from investigator_app.intake.operator_relay import attach_to_report
from investigator_app.intake.settings import RelayPolicy

PlayOp = Callable[..., None]
"""demo._Player._op: (actor, case, action, at, **fields) through apply_in_session."""


class Steps(Protocol):
    def step(self, hours: float) -> datetime: ...


def attach_files(
    session: Session, desk: Actor, case: Case, plan: DemoInvestigation, at: datetime
) -> None:
    """The files 1700 kept with the report at registration (a finding may cite them)."""
    if not plan.files:
        return
    uploads = [
        Upload(name, FILE_TEXTS[name].encode() if name.endswith(".txt") else tiny_png())
        for name in plan.files
    ]
    attach_to_report(session, desk, case.id, uploads, RelayPolicy(), at)


def _pieces(session: Session, case: Case) -> dict[SourceKind, dict[str, str | None]]:
    """What a demo finding may cite on ``case``, as the operation's ``sources`` items."""
    found: dict[SourceKind, dict[str, str | None]] = {}
    attached = session.scalars(
        select(CaseAttachment.sha256).where(CaseAttachment.case_id == case.id)
    ).first()
    if attached is not None:
        found[SourceKind.CASE_FILE] = {"kind": SourceKind.CASE_FILE, "ref": attached}
    answered = session.scalars(
        select(Message.id).where(Message.case_id == case.id, Message.answered_at.is_not(None))
    ).first()
    if answered is not None:
        found[SourceKind.ANSWER] = {"kind": SourceKind.ANSWER, "ref": answered}
        photo = session.scalars(
            select(MessageAttachment.sha256).where(MessageAttachment.message_id == answered)
        ).first()
        if photo is not None:
            found[SourceKind.ANSWER_FILE] = {
                "kind": SourceKind.ANSWER_FILE,
                "ref": photo,
                "message_id": answered,
            }
    return found


class InvestigationPlayer:
    def __init__(
        self, session: Session, now: datetime, actors: dict[str, Actor], play_op: PlayOp
    ) -> None:
        self.session = session
        self.now = now
        self.actors = actors
        self.op = play_op

    def _manager(self, member: Actor) -> Actor:
        """The manager of the assignee's department, or the assignee where it has none."""
        for actor in self.actors.values():
            if actor.role is Role.MANAGER and actor.department_id == member.department_id:
                return actor
        return member

    def play(self, plan: DemoInvestigation, member: Actor, case: Case, clock: Steps) -> None:
        """Allegations (one edited), tasks, their states, findings, withdrawals, in that
        order, hours apart."""
        manager = self._manager(member)
        ids = [self._add_allegation(member, case, item, clock) for item in plan.allegations]
        for allegation_id, item in zip(ids, plan.allegations, strict=True):
            if item.first_text:
                self._allegation_op(
                    member,
                    case,
                    Action.EDIT_ALLEGATION,
                    allegation_id,
                    item,
                    item.text,
                    clock.step(20),
                )
        tasks = [(self._add_task(member, manager, case, task, clock), task) for task in plan.tasks]
        for (task_id, at), task in tasks:
            if task.state is not TaskState.OPEN:
                actor = manager if task.owner == manager.username else member
                done = max(clock.step(10), at + timedelta(hours=1))
                self.op(actor, case, Action.SET_TASK_STATE, done, task_id=task_id, state=task.state)
        pieces = _pieces(self.session, case)
        for allegation_id, item in zip(ids, plan.allegations, strict=True):
            if item.finding is None:
                continue
            missing = [kind for kind in item.finding.cites if kind not in pieces]
            if missing:  # a bug in the demo data: a piece the case does not have
                raise RuntimeError(f"demo {case.reference}: no {missing} to cite")
            finding = {
                "conclusion": item.finding.conclusion,
                "motivation": item.finding.motivation,
                "sources": [pieces[kind] for kind in item.finding.cites],
                "follow_up": item.finding.follow_up,
                "follow_up_text": item.finding.follow_up_text,
            }
            self.op(
                member,
                case,
                Action.RECORD_FINDING,
                clock.step(24),
                allegation_id=allegation_id,
                finding=finding,
            )
        for allegation_id, item in zip(ids, plan.allegations, strict=True):
            if item.withdrawn:
                self.op(
                    manager,
                    case,
                    Action.WITHDRAW_ALLEGATION,
                    clock.step(12),
                    allegation_id=allegation_id,
                    reason=item.withdrawn,
                )

    def _add_allegation(self, member: Actor, case: Case, item: DemoAllegation, clock: Steps) -> str:
        allegation_id = str(uuid.uuid4())
        text = item.first_text or item.text
        self._allegation_op(
            member, case, Action.ADD_ALLEGATION, allegation_id, item, text, clock.step(3)
        )
        return allegation_id

    def _allegation_op(
        self,
        actor: Actor,
        case: Case,
        action: Action,
        allegation_id: str,
        item: DemoAllegation,
        text: str,
        at: datetime,
    ) -> None:
        start, end = (
            (self.now - timedelta(days=days)).astimezone(BRUSSELS).date()
            if days is not None
            else None
            for days in item.period_days_ago
        )
        allegation: dict[str, Any] = {
            "allegation_id": allegation_id,
            "text": text,
            "persons": list(item.persons),
            "category": item.category,
            "period_start": start,
            "period_end": end,
        }
        self.op(actor, case, action, at, allegation=allegation)

    def _add_task(
        self, member: Actor, manager: Actor, case: Case, task: DemoTask, clock: Steps
    ) -> tuple[str, datetime]:
        task_id = str(uuid.uuid4())
        at = clock.step(1)
        owner = self.actors[task.owner] if task.owner is not None else None
        if task.due_days is None:
            due = None
        elif task.state is TaskState.OPEN:
            due = self.now.astimezone(BRUSSELS).date() + timedelta(days=task.due_days)
        else:
            due = at.astimezone(BRUSSELS).date() + timedelta(days=task.due_days)
        actor = manager if owner is not None and owner.user_id == manager.user_id else member
        fields = {
            "task_id": task_id,
            "description": task.description,
            "owner_id": owner.user_id if owner is not None else None,
            "due": due,
        }
        self.op(actor, case, Action.ADD_TASK, at, task=fields)
        return task_id, at
