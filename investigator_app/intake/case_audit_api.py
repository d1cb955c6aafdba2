"""HTTP: a case's audit trail for its department (exports, prints, reveals, declarations).
Copies are recorded through the outbox (the ``record_copy`` operation, copy_records.py).
Include with ``install(app)``."""

from __future__ import annotations

from fastapi import APIRouter, FastAPI
from sqlalchemy import select

from investigator_app.intake.cases import department_case
from investigator_app.intake.deps import DatabaseDep, InvestigatorActor
from investigator_app.intake.models import AuditEvent
from investigator_app.protocol import API_PREFIX
from investigator_app.protocol_audit import (
    AUDIT_PATH,
    CASE_AUDIT_ACTIONS,
    CaseAuditEntryOut,
    CaseAuditResponse,
)

router = APIRouter(tags=["case audit"])

_ROLE_DOC = (
    " Only investigators and managers of the case's department; a case of another department "
    "answers 404 exactly like one that does not exist."
)


@router.get(
    "/cases/{case_id}/audit",
    response_model=CaseAuditResponse,
    summary="The audit trail of a case that its department may see",
    description="Exports, prints, identity reveals and declarations, oldest first." + _ROLE_DOC,
)
def get_audit(case_id: str, actor: InvestigatorActor, db: DatabaseDep) -> CaseAuditResponse:
    with db.read() as session:
        case = department_case(session, actor, case_id)
        events = session.scalars(
            select(AuditEvent)
            .where(AuditEvent.case_id == case.id, AuditEvent.action.in_(CASE_AUDIT_ACTIONS))
            .order_by(AuditEvent.at, AuditEvent.id)
        ).all()
        entries = [
            CaseAuditEntryOut(
                at=event.at,
                actor=event.actor_name,
                action=event.action,
                detail={
                    key: value
                    for key, value in event.detail.items()
                    if isinstance(value, str | int) and not isinstance(value, bool)
                },
                reason=event.reason,
            )
            for event in events
        ]
    return CaseAuditResponse(entries=entries)


def install(app: FastAPI) -> FastAPI:
    """Include the router under the API prefix once (a second call changes nothing)."""
    if not any(getattr(route, "path", "") == AUDIT_PATH for route in app.routes):
        app.include_router(router, prefix=API_PREFIX)
    return app
