"""HTTP: the 1700 desk registers, forwards and re-routes reports."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request, Response
from fastapi.concurrency import run_in_threadpool
from starlette.formparsers import MultiPartException

from investigator_app.domain.vocabulary import Status
from investigator_app.intake import related
from investigator_app.intake.actors import Actor
from investigator_app.intake.blobs import AttachmentRefusedError, read_uploads
from investigator_app.intake.db import Database, utcnow
from investigator_app.intake.deps import DatabaseDep, OperatorActor, SettingsDep
from investigator_app.intake.errors import ServiceError
from investigator_app.intake.openapi_errors import error_answers
from investigator_app.intake.operator_relay import (
    attach_to_report,
    list_phone_requests,
    log_phone_answer,
)
from investigator_app.intake.reports import (
    forward_report,
    get_report,
    list_departments,
    list_reports,
    register_report,
    reroute_report,
)
from investigator_app.intake.settings import Settings
from investigator_app.protocol import (
    MAX_PAGE,
    AttachmentOut,
    DepartmentOut,
    ErrorCode,
    ForwardRequest,
    PhoneAnswerIn,
    PhoneRequestOut,
    ReportCreated,
    ReportIn,
    ReportOut,
)
from investigator_app.protocol_related import RelatedReportOut

router = APIRouter(prefix="/intake", tags=["1700 desk"], responses=error_answers(403))

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
def post_report(
    body: ReportIn, actor: OperatorActor, db: DatabaseDep, settings: SettingsDep
) -> ReportCreated:
    with db.write() as session:
        now = utcnow()
        case = register_report(session, actor, body, now)
        if settings.matcher is not None:  # compared with other reports: related.py
            related.record_hashes(session, case, settings.matcher, now)
        return ReportCreated(id=case.id, reference=case.reference, status=case.status)


@router.post(
    "/reports/{report_id}/forward",
    response_model=ReportOut,
    responses=error_answers(409),
    summary="Forward a registered report to a department",
    description=(
        "Sends a registered report to the competent department, whose desktops receive "
        "it within seconds. 404 not_found for an unknown report, 409 invalid_transition "
        "unless the report is registered (use re-route for a returned one), 422 "
        "unknown_department for an unknown department code." + _ERRORS_DOC
    ),
)
def post_forward(
    report_id: str,
    body: ForwardRequest,
    actor: OperatorActor,
    db: DatabaseDep,
    settings: SettingsDep,
) -> ReportOut:
    with db.write() as session:
        case = forward_report(session, actor, report_id, body.department, body.note, utcnow())
        case_id, reference = case.id, case.reference
    _signal_related(db, settings, actor, case_id)
    return _report(db, reference)


@router.post(
    "/reports/{report_id}/reroute",
    response_model=ReportOut,
    responses=error_answers(409),
    summary="Re-route a returned report to another department",
    description=(
        "Sends a report that a department returned as not competent to another department; "
        "the returning department no longer sees it. 409 invalid_transition unless the "
        "report is returned, 422 same_department when it would go back to the department "
        "that returned it, 422 unknown_department for an unknown code." + _ERRORS_DOC
    ),
)
def post_reroute(
    report_id: str,
    body: ForwardRequest,
    actor: OperatorActor,
    db: DatabaseDep,
    settings: SettingsDep,
) -> ReportOut:
    with db.write() as session:
        case = reroute_report(session, actor, report_id, body.department, body.note, utcnow())
        case_id, reference = case.id, case.reference
    _signal_related(db, settings, actor, case_id)
    return _report(db, reference)


def _signal_related(db: Database, settings: Settings, actor: Actor, case_id: str) -> None:
    """Compare the case at its new department with the other departments' cases."""
    if settings.matcher is not None:
        related.signal_moved(
            db, actor, case_id, settings.matcher, utcnow(), settings.retention_years
        )


@router.get(
    "/reports/{report_id}/related",
    response_model=list[RelatedReportOut],
    summary="Related reports",
    description=(
        "Other reports that name the same involved person, entity or organisation code "
        "(compared by keyed hashes, never by stored names), newest first, with where each "
        "is now: look before forwarding, so that related reports may go to one competent "
        "department. Reports closed longer ago than the retention period are left out. "
        "404 not_found for an unknown report." + _ERRORS_DOC
    ),
)
def get_related(
    report_id: str, _actor: OperatorActor, db: DatabaseDep, settings: SettingsDep
) -> list[RelatedReportOut]:
    with db.read() as session:
        case = related.report_case(session, report_id)
        found = related.related_reports(
            session, case.id, related.window_start(utcnow(), settings.retention_years)
        )
    return [
        RelatedReportOut(
            id=r.id,
            reference=r.reference,
            status=r.status,
            department=r.department_code,
            department_name=r.department_name,
        )
        for r in found
    ]


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


@router.post(
    "/reports/{report_id}/attachments",
    status_code=201,
    response_model=list[AttachmentOut],
    summary="Attach files to a report",
    description=(
        "Keeps files with a report (the reporter's e-mail, a chat transcript) as "
        "multipart `files`; the department sees them with the case. Accepted: pdf, png, "
        "jpg, txt, eml, docx, xlsx, odt (checked by extension and content), at most 5 "
        "files of 10 MB. 422 invalid_request with a clear message for a refused file "
        "(nothing is stored then); 404 not_found for an unknown report." + _ERRORS_DOC
    ),
)
async def post_attachments(
    report_id: str, request: Request, actor: OperatorActor, db: DatabaseDep, settings: SettingsDep
) -> list[AttachmentOut]:
    policy = settings.relay
    try:
        form = await request.form(max_files=policy.max_files + 20, max_fields=10)
    except MultiPartException as error:
        raise ServiceError(422, ErrorCode.INVALID_REQUEST, "The form is not valid.") from error
    try:
        uploads = await read_uploads(form, policy)
    finally:
        await form.close()
    if not uploads:
        raise ServiceError(422, ErrorCode.INVALID_REQUEST, "Send at least one file as `files`.")

    def attach() -> list[AttachmentOut]:
        with db.write() as session:
            return attach_to_report(session, actor, report_id, uploads, policy, utcnow())

    try:
        return await run_in_threadpool(attach)
    except AttachmentRefusedError as refusal:
        raise ServiceError(422, ErrorCode.INVALID_REQUEST, refusal.english()) from refusal


@router.get(
    "/phone-requests",
    response_model=list[PhoneRequestOut],
    summary="Information requests to put to reporters by phone",
    description=(
        "Open information requests that did not reach the reporter by e-mail (no address, "
        "or every delivery attempt failed), oldest deadline first, with the question to "
        "read out and the reporter's name and phone number. Log the answer with "
        "`POST /intake/messages/{message_id}/answer`." + _ERRORS_DOC
    ),
)
def get_phone_requests(_actor: OperatorActor, db: DatabaseDep) -> list[PhoneRequestOut]:
    with db.read() as session:
        return list_phone_requests(session)


@router.post(
    "/messages/{message_id}/answer",
    status_code=204,
    responses=error_answers(409),
    summary="Log an answer the reporter gave by phone",
    description=(
        "Records the reporter's answer to an information request, given to 1700 by phone; "
        "the department sees it at once. 404 not_found for an unknown request, 409 "
        "invalid_transition when it is answered, cancelled or expired already." + _ERRORS_DOC
    ),
)
def post_phone_answer(
    message_id: str, body: PhoneAnswerIn, actor: OperatorActor, db: DatabaseDep
) -> Response:
    with db.write() as session:
        log_phone_answer(session, actor, message_id, body.answer, utcnow())
    return Response(status_code=204)
