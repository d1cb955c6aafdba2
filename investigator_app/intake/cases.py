"""Small helpers every case-changing service function shares."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import exists, or_, select
from sqlalchemy.orm import Session

from investigator_app.domain.events import EventKind
from investigator_app.domain.vocabulary import Outcome, Status
from investigator_app.intake.actors import Actor
from investigator_app.intake.errors import not_found
from investigator_app.intake.feed import visible_department
from investigator_app.intake.models import (
    Case,
    CaseEvent,
    ConflictDeclaration,
    DeclarationKind,
    Department,
)


def lock_case(session: Session, key: str) -> Case | None:
    """The case with this id or reference, locked until the transaction ends, so that
    concurrent changes to one case apply one after the other."""
    if len(key) > 64:
        return None
    return session.scalars(
        select(Case).where(or_(Case.id == key, Case.reference == key)).with_for_update()
    ).one_or_none()


def has_recused(session: Session, case_id: str, user_id: str | None) -> bool:
    """Whether ``user_id`` recused themself from the case (it is hidden from them)."""
    if user_id is None:
        return False
    return bool(
        session.scalar(
            select(
                exists().where(
                    ConflictDeclaration.case_id == case_id,
                    ConflictDeclaration.user_id == user_id,
                    ConflictDeclaration.kind == DeclarationKind.RECUSED,
                )
            )
        )
    )


def department_case(session: Session, actor: Actor, key: str) -> Case:
    """The case with this id or reference if the caller's department has it now and the
    caller did not recuse from it; else the 404 that a case that does not exist gets too
    (purged cases are nobody's)."""
    case = (
        None
        if len(key) > 64
        else session.scalars(
            select(Case).where(or_(Case.id == key, Case.reference == key))
        ).one_or_none()
    )
    if (
        case is None
        or visible_department(case) != actor.department_id
        or has_recused(session, case.id, actor.user_id)
    ):
        raise not_found("case")
    return case


def department_by_code(session: Session, code: str) -> Department | None:
    return session.scalars(select(Department).where(Department.code == code)).one_or_none()


def event_time(case: Case, wanted: datetime, now: datetime) -> datetime:
    """When a change is recorded: as the user says (offline actions arrive late), never in
    the future, never before the case's previous change (the timeline stays ordered)."""
    return max(min(wanted, now), case.updated_at)


def add_event(
    session: Session,
    case: Case,
    actor: Actor,
    kind: EventKind,
    at: datetime,
    *,
    from_status: Status | None,
    outcome: Outcome | None = None,
    reason: str | None = None,
    assignee_id: str | None = None,
    actor_label: str | None = None,
) -> CaseEvent:
    """Bump the case's version and add the event that explains the change."""
    case.version += 1
    case.updated_at = at
    event = CaseEvent(
        case_id=case.id,
        case_version=case.version,
        at=at,
        actor_id=actor.user_id,
        actor_department_id=actor.department_id,
        kind=kind,
        from_status=from_status,
        to_status=case.status,
        outcome=outcome,
        reason=reason or None,
        assignee_id=assignee_id,
        actor_label=actor_label,
    )
    session.add(event)
    return event


def touch(case: Case) -> None:
    """A change the snapshot shows but the timeline does not (a mail was delivered, a file
    attached): a new version, so desktops take the new snapshot."""
    case.version += 1
