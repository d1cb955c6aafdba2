"""HTTP: a case's audit trail for its department: record an exported or printed copy of a
dossier, and read the trail. Include with ``app.include_router(router, prefix=API_PREFIX)``."""

from __future__ import annotations

from fastapi import APIRouter, FastAPI, Response
from sqlalchemy import select

from investigator_app.intake import audit
from investigator_app.intake.cases import department_case
from investigator_app.intake.db import utcnow
from investigator_app.intake.deps import DatabaseDep, InvestigatorActor
from investigator_app.intake.models import AuditEvent
from investigator_app.protocol import API_PREFIX
from investigator_app.protocol_audit import (
    AUDIT_PATH,
    CASE_AUDIT_ACTIONS,
    COPY_EXPORTED,
    COPY_PRINTED,
    CaseAuditEntryOut,
    CaseAuditResponse,
    CopyKind,
    CopyRecordIn,
    CopyRecordOut,
)

router = APIRouter(tags=["case audit"])

_ROLE_DOC = (
    " Only investigators and managers of the case's department; a case of another department "
    "answers 404 exactly like one that does not exist."
)


@router.post(
    "/cases/{case_id}/copies",
    status_code=201,
    response_model=CopyRecordOut,
    summary="Record an exported or printed copy of a case's dossier",
    description=(
        "Writes `case.copy_exported` or `case.copy_printed` to the audit trail with the copy "
        "id, profile, reader, sha256 of the file and its pages (no case content). The same "
        "`copy_id` again answers 200 and records nothing new." + _ROLE_DOC
    ),
)
def post_copy(
    case_id: str, body: CopyRecordIn, actor: InvestigatorActor, db: DatabaseDep, response: Response
) -> CopyRecordOut:
    action = COPY_PRINTED if body.kind is CopyKind.PRINT else COPY_EXPORTED
    with db.write() as session:
        case = department_case(session, actor, case_id)
        earlier = session.scalars(
            select(AuditEvent.detail).where(
                AuditEvent.case_id == case.id, AuditEvent.action.in_([COPY_EXPORTED, COPY_PRINTED])
            )
        ).all()
        if any(detail.get("copy_id") == str(body.copy_id) for detail in earlier):
            response.status_code = 200
            return CopyRecordOut(copy_id=body.copy_id, already_recorded=True)
        audit.record(
            session,
            actor,
            action,
            utcnow(),
            case_id=case.id,
            detail={
                "reference": case.reference,
                "copy_id": str(body.copy_id),
                "profile": body.profile,
                "reader": body.reader,
                "sha256": body.sha256,
                "pages": body.pages,
                "made_at": body.made_at.isoformat(),
            },
        )
    return CopyRecordOut(copy_id=body.copy_id, already_recorded=False)


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
