"""HTTP: a case's audit trail for its department (exports, prints, reveals, declarations).
Copies are recorded through the outbox (the ``record_copy`` operation, copy_records.py).
Include with ``install(app)``."""

from __future__ import annotations

from fastapi import APIRouter, FastAPI
from sqlalchemy import select
from sqlalchemy.orm import Session

from investigator_app.intake import visibility
from investigator_app.intake.cases import department_case
from investigator_app.intake.deps import DatabaseDep, InvestigatorActor
from investigator_app.intake.models import AuditEvent, Case, Department
from investigator_app.intake.openapi_errors import error_answers
from investigator_app.protocol import API_PREFIX
from investigator_app.protocol_audit import (
    AUDIT_PATH,
    CASE_AUDIT_ACTIONS,
    CaseAuditEntryOut,
    CaseAuditResponse,
)

router = APIRouter(tags=["case audit"], responses=error_answers(403))

_ROLE_DOC = (
    " Only investigators and managers of the case's department; a case of another department "
    "answers 404 exactly like one that does not exist. What was done while another department "
    "held the case (before a re-route) shows that department and the action only."
)
# 1700 hands the case to a department with these; the trail's ids are in commit order.
_HANDED_OVER = ("report.forward", "report.reroute")


@router.get(
    "/cases/{case_id}/audit",
    response_model=CaseAuditResponse,
    summary="The audit trail of a case that its department may see",
    description="Exports, prints, identity reveals and declarations, oldest first." + _ROLE_DOC,
)
def get_audit(case_id: str, actor: InvestigatorActor, db: DatabaseDep) -> CaseAuditResponse:
    viewer = visibility.Viewer.of(actor)
    with db.read() as session:
        case = department_case(session, actor, case_id)
        entries = recorded_trail(session, case)
        departments = session.execute(select(Department.id, Department.name)).all()
    names = visibility.Names(departments={row.id: row.name for row in departments}, people={})
    shown = [visibility.shown_audit_entry(viewer, entry, names) for entry in entries]
    return CaseAuditResponse(
        entries=[
            CaseAuditEntryOut(
                at=entry.at,
                actor=entry.actor,
                action=entry.action,
                detail=dict(entry.detail),
                reason=entry.reason,
            )
            for entry in sorted(shown, key=lambda entry: entry.at)  # stable: ids break ties
        ]
    )


def recorded_trail(session: Session, case: Case) -> list[visibility.AuditEntry]:
    """The case's trail entries as recorded, oldest first, each with the department that
    held the case then: the one the last hand-over before it (in commit order) went to."""
    codes = {code: id_ for code, id_ in session.execute(select(Department.code, Department.id))}
    events = session.scalars(
        select(AuditEvent)
        .where(
            AuditEvent.case_id == case.id,
            AuditEvent.action.in_((*CASE_AUDIT_ACTIONS, *_HANDED_OVER)),
        )
        .order_by(AuditEvent.id)
    ).all()
    holder: int | None = None
    entries: list[visibility.AuditEntry] = []
    for event in events:
        if event.action in _HANDED_OVER:
            holder = codes.get(str(event.detail.get("department")))
            continue
        detail = {
            key: value
            for key, value in event.detail.items()
            if isinstance(value, str | int) and not isinstance(value, bool)
        }
        entries.append(
            visibility.AuditEntry(
                event.at, event.actor_name, event.action, detail, event.reason, holder
            )
        )
    return entries


def install(app: FastAPI) -> FastAPI:
    """Include the router under the API prefix once (a second call changes nothing)."""
    if not any(getattr(route, "path", "") == AUDIT_PATH for route in app.routes):
        app.include_router(router, prefix=API_PREFIX)
    return app
