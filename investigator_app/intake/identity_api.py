"""HTTP: reveal a case's reporter to an investigator of its department, with a reason that
goes into the audit trail. Include with ``app.include_router(router, prefix=API_PREFIX)``.

The identity travels in the answer only: never in the audit detail, never in the logs."""

from __future__ import annotations

from fastapi import APIRouter

from investigator_app.intake import audit
from investigator_app.intake.cases import department_case
from investigator_app.intake.db import utcnow
from investigator_app.intake.deps import DatabaseDep, InvestigatorActor
from investigator_app.intake.errors import not_found
from investigator_app.intake.models import Reporter
from investigator_app.intake.openapi_errors import error_answers
from investigator_app.protocol_audit import (
    IDENTITY_REVEALED,
    IdentityRevealIn,
    ReporterIdentityOut,
)

router = APIRouter(tags=["reporter identity"], responses=error_answers(403))


@router.post(
    "/cases/{case_id}/identity",
    response_model=ReporterIdentityOut,
    summary="Reveal the reporter of a case, with a reason",
    description=(
        "Answers the reporter's identity and writes `case.identity_revealed` to the case's "
        "audit trail with the caller and the reason (the identity itself is never in the "
        "trail). Only investigators and managers of the case's department; a case of another "
        "department, or a purged one, answers 404 exactly like one that does not exist."
    ),
)
def post_identity(
    case_id: str, body: IdentityRevealIn, actor: InvestigatorActor, db: DatabaseDep
) -> ReporterIdentityOut:
    with db.write() as session:
        case = department_case(session, actor, case_id)
        reporter = session.get(Reporter, case.reporter_id)
        if reporter is None:
            raise not_found("case")
        identity = ReporterIdentityOut(
            kind=reporter.kind,
            name=reporter.name,
            organisation=reporter.organisation,
            email=reporter.email,
            phone=reporter.phone,
            language=reporter.language,
        )
        audit.record(
            session,
            actor,
            IDENTITY_REVEALED,
            utcnow(),
            case_id=case.id,
            detail={"reference": case.reference},
            reason=body.reason,
        )
    return identity
