"""A case as a department sees it (protocol.CaseOut), built in bulk.

A page of the feed needs up to 1000 cases with their timelines: they are loaded with a
fixed number of queries (cases, events, people, departments), never one per case.
The reporter appears only as a kind; what happened while the case was in another
department shows that department (or 1700) as actor, not the person.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from investigator_app.intake.actors import CENTRAL_DESK_NAME
from investigator_app.intake.models import Case, CaseEvent, Department, Reporter, User
from investigator_app.protocol import CaseEventOut, CaseOut, PersonOut

CaseIds = Select[str] | Collection[str]


def build_snapshots(
    session: Session, viewer_department_id: int, case_ids: CaseIds
) -> dict[str, CaseOut]:
    """CaseOut per case id, as seen from ``viewer_department_id``.

    ``case_ids`` is a list or, for large pages, a SELECT of ids (kept in the database).
    Cases that were never forwarded are left out: departments never see them.
    """
    if isinstance(case_ids, Collection) and not case_ids:
        return {}
    departments = {
        row.id: row
        for row in session.execute(select(Department.id, Department.code, Department.name))
    }
    cases = session.execute(
        select(
            Case.id,
            Case.reference,
            Case.version,
            Case.department_id,
            Case.status,
            Case.outcome,
            Case.channel,
            Case.category,
            Case.received_at,
            Case.forwarded_at,
            Case.acknowledged_at,
            Case.closed_at,
            Case.summary,
            Case.description,
            Case.involved_entity,
            Case.involved_persons,
            Case.assignee_id,
            Reporter.kind.label("reporter_kind"),
        )
        .join(Reporter, Reporter.id == Case.reporter_id)
        .where(Case.id.in_(case_ids), Case.forwarded_at.is_not(None))
    ).all()
    events = session.execute(
        select(
            CaseEvent.id,
            CaseEvent.case_id,
            CaseEvent.at,
            CaseEvent.actor_id,
            CaseEvent.actor_department_id,
            CaseEvent.kind,
            CaseEvent.from_status,
            CaseEvent.to_status,
            CaseEvent.outcome,
            CaseEvent.reason,
            CaseEvent.assignee_id,
        )
        .where(CaseEvent.case_id.in_(case_ids))
        .order_by(CaseEvent.case_id, CaseEvent.case_version)
    ).all()

    person_ids = {row.assignee_id for row in cases} | {
        person for row in events for person in (row.actor_id, row.assignee_id)
    }
    person_ids.discard(None)
    people = (
        {
            row.id: PersonOut(id=row.id, display_name=row.display_name, role=row.role)
            for row in session.execute(
                select(User.id, User.display_name, User.role).where(User.id.in_(person_ids))
            )
        }
        if person_ids
        else {}
    )

    timelines: dict[str, list[CaseEventOut]] = defaultdict(list)
    for row in events:
        timelines[row.case_id].append(
            CaseEventOut(
                id=row.id,
                at=row.at,
                actor=_actor_label(row, viewer_department_id, departments, people),
                kind=row.kind,
                from_status=row.from_status,
                to_status=row.to_status,
                outcome=row.outcome,
                reason=row.reason,
                # Whom another department assigned the case to is that department's business.
                assignee=(
                    _name(people, row.assignee_id)
                    if row.actor_department_id in (None, viewer_department_id)
                    else None
                ),
            )
        )

    snapshots: dict[str, CaseOut] = {}
    for case in cases:
        department = departments.get(case.department_id) if case.department_id is not None else None
        snapshots[case.id] = CaseOut(
            id=case.id,
            reference=case.reference,
            version=case.version,
            department=department.code if department is not None else "",
            status=case.status,
            outcome=case.outcome,
            channel=case.channel,
            category=case.category,
            received_at=case.received_at,
            forwarded_at=case.forwarded_at,
            acknowledged_at=case.acknowledged_at,
            closed_at=case.closed_at,
            summary=case.summary,
            description=case.description,
            involved_entity=case.involved_entity,
            involved_persons=list(case.involved_persons),
            reporter_kind=case.reporter_kind,
            assignee=people.get(case.assignee_id) if case.assignee_id is not None else None,
            events=timelines.get(case.id, []),
        )
    return snapshots


def case_snapshot(session: Session, viewer_department_id: int, case_id: str) -> CaseOut:
    return build_snapshots(session, viewer_department_id, [case_id])[case_id]


def _name(people: dict[str, PersonOut], person_id: str | None) -> str | None:
    person = people.get(person_id) if person_id is not None else None
    return person.display_name if person is not None else None


def _actor_label(
    event: Any, viewer_department_id: int, departments: dict[int, Any], people: dict[str, PersonOut]
) -> str:
    if event.actor_department_id is None:
        return CENTRAL_DESK_NAME  # the 1700 desk or the service's own administrators
    if event.actor_department_id != viewer_department_id:
        return str(departments[event.actor_department_id].name)
    return _name(people, event.actor_id) or "?"
