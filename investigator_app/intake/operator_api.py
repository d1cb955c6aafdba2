"""HTTP: the 1700 desk registers, forwards and re-routes reports."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from investigator_app.domain.vocabulary import Status
from investigator_app.intake.db import Database, utcnow
from investigator_app.intake.deps import DatabaseDep, OperatorActor
from investigator_app.intake.reports import (
    forward_report,
    get_report,
    list_departments,
    list_reports,
    register_report,
    reroute_report,
)
from investigator_app.protocol import (
    MAX_PAGE,
    DepartmentOut,
    ForwardRequest,
    ReportCreated,
    ReportIn,
    ReportOut,
)

router = APIRouter(prefix="/intake", tags=["1700 desk"])

_ERRORS_DOC = (
    " Errors: 401 without a valid token, 403 forbidden_role for anyone but the 1700 desk"
    " (operators and administrators)."
)


@router.post(
    "/reports",
    status_code=201,
    response_model=ReportCreated,
    summary="Register a report",
    description=(
        "Registers a report received by phone, e-mail or chat, with its reporter, and "
        "gives it a unique reference such as `1700-2026-000123`. Anonymous reports are "
        "not handled: without a reporter (422 anonymous_report), or with one that has no "
        "name or no e-mail address and no phone number, the report is refused. Text is "
        "kept exactly as sent (no markup is interpreted)." + _ERRORS_DOC
    ),
)
def post_report(body: ReportIn, actor: OperatorActor, db: DatabaseDep) -> ReportCreated:
    with db.write() as session:
        case = register_report(session, actor, body, utcnow())
        return ReportCreated(id=case.id, reference=case.reference, status=case.status)


@router.post(
    "/reports/{report_id}/forward",
    response_model=ReportOut,
    summary="Forward a registered report to a department",
    description=(
        "Sends a registered report to the competent department, whose desktops receive "
        "it within seconds. 404 not_found for an unknown report, 409 invalid_transition "
        "unless the report is registered (use re-route for a returned one), 422 "
        "unknown_department for an unknown department code." + _ERRORS_DOC
    ),
)
def post_forward(
    report_id: str, body: ForwardRequest, actor: OperatorActor, db: DatabaseDep
) -> ReportOut:
    with db.write() as session:
        case = forward_report(session, actor, report_id, body.department, body.note, utcnow())
        reference = case.reference
    return _report(db, reference)


@router.post(
    "/reports/{report_id}/reroute",
    response_model=ReportOut,
    summary="Re-route a returned report to another department",
    description=(
        "Sends a report that a department returned as not competent to another department; "
        "the returning department no longer sees it. 409 invalid_transition unless the "
        "report is returned, 422 same_department when it would go back to the department "
        "that returned it, 422 unknown_department for an unknown code." + _ERRORS_DOC
    ),
)
def post_reroute(
    report_id: str, body: ForwardRequest, actor: OperatorActor, db: DatabaseDep
) -> ReportOut:
    with db.write() as session:
        case = reroute_report(session, actor, report_id, body.department, body.note, utcnow())
        reference = case.reference
    return _report(db, reference)


def _report(db: Database, reference: str) -> ReportOut:
    with db.read() as session:
        return get_report(session, reference)


@router.get(
    "/reports",
    response_model=list[ReportOut],
    summary="List reports",
    description=(
        "Reports newest first (by reception), optionally only those with a status (e.g. "
        "`returned`: the ones waiting to be re-routed, with the department's reason) or "
        "at a department. Paged with `limit` and `offset`. No reporter identity." + _ERRORS_DOC
    ),
)
def get_reports(
    _actor: OperatorActor,
    db: DatabaseDep,
    status: Status | None = None,
    department: Annotated[str | None, Query(max_length=32)] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 100,
    offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
) -> list[ReportOut]:
    with db.read() as session:
        return list_reports(
            session, status=status, department_code=department, limit=limit, offset=offset
        )


@router.get(
    "/departments",
    response_model=list[DepartmentOut],
    summary="List departments",
    description="The departments reports can be forwarded to, by code." + _ERRORS_DOC,
)
def get_departments(_actor: OperatorActor, db: DatabaseDep) -> list[DepartmentOut]:
    with db.read() as session:
        return list_departments(session)
