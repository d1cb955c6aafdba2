"""HTTP: the yearly report (``GET /api/v1/reports/yearly``), numbers only.

A coordinator reads every department's figures; a department's manager their own
department's; anyone else gets 403. The numbers come from ``accountability.yearly`` in every
format (JSON, CSV, XLSX, PDF). Include with ``app.include_router(router, prefix=API_PREFIX)``.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query
from fastapi.responses import JSONResponse, Response

from investigator_app.accountability import formats
from investigator_app.accountability.yearly import MAX_PERIOD_DAYS, Period
from investigator_app.domain.vocabulary import Role
from investigator_app.intake import audit
from investigator_app.intake.actors import Actor
from investigator_app.intake.db import utcnow
from investigator_app.intake.deps import CurrentActor, DatabaseDep
from investigator_app.intake.errors import ServiceError
from investigator_app.intake.models import Department
from investigator_app.intake.openapi_errors import error_answers
from investigator_app.intake.yearly_reads import yearly_report
from investigator_app.protocol import ErrorCode

router = APIRouter(prefix="/reports", tags=["yearly report"], responses=error_answers(403))

MIN_YEAR, MAX_YEAR = 2000, 2100


def report_reader(actor: CurrentActor) -> Actor:
    """Coordinators (all departments) and department managers (their own)."""
    if actor.role is Role.COORDINATOR or (
        actor.role is Role.MANAGER and actor.department_id is not None
    ):
        return actor
    raise ServiceError(
        403,
        ErrorCode.FORBIDDEN_ROLE,
        "Only the coordinator and a department's manager may read the yearly report.",
    )


ReportReader = Annotated[Actor, Depends(report_reader)]


def choose_period(year: int | None, start: date | None, end: date | None) -> Period:
    """A calendar year, or ``from``..``to`` (both included, at most three years; with a
    year too, they lie in it)."""
    if start is None and end is None:
        if year is None:
            raise ServiceError(422, ErrorCode.INVALID_REQUEST, "Give a year, or from and to.")
        return Period.year(year)
    if start is None or end is None:
        raise ServiceError(
            422, ErrorCode.INVALID_REQUEST, "Give either a year or both from and to."
        )
    if end < start:
        raise ServiceError(422, ErrorCode.INVALID_REQUEST, "The period ends before it starts.")
    if not (start.year >= MIN_YEAR and end.year <= MAX_YEAR):
        raise ServiceError(
            422, ErrorCode.INVALID_REQUEST, f"A period lies between {MIN_YEAR} and {MAX_YEAR}."
        )
    if year is not None and not start.year == end.year == year:
        raise ServiceError(
            422, ErrorCode.INVALID_REQUEST, "With a year, from and to lie in that year."
        )
    period = Period(start, end)
    if period.days > MAX_PERIOD_DAYS:
        raise ServiceError(
            422, ErrorCode.INVALID_REQUEST, f"A period is at most {MAX_PERIOD_DAYS} days."
        )
    return period


@router.get(
    "/yearly",
    summary="The yearly report: numbers per department and policy domain",
    description=(
        "Reports received, forwarded, returned to 1700 and re-routed; closed without "
        "investigation (per ground) and investigated; outcomes per case and per allegation; "
        "handling time (median, 90th percentile); the acknowledgement and feedback "
        "deadlines met and missed; by category and channel; with the previous period "
        "beside it. Numbers only: no names, no references. `year` for a calendar year, or "
        "`from` and `to` (at most three years; with `year` too, they lie in it). The "
        "coordinator reads all departments; a department's manager only theirs; anyone "
        "else 403. `format`: json (default), csv (one file, a `table` column), xlsx (one "
        "sheet per table) or pdf (`lang` nl/en)."
    ),
    response_model=None,
)
def get_yearly(
    actor: ReportReader,
    db: DatabaseDep,
    year: Annotated[int | None, Query(ge=MIN_YEAR, le=MAX_YEAR)] = None,
    start: Annotated[date | None, Query(alias="from")] = None,
    end: Annotated[date | None, Query(alias="to")] = None,
    format: Literal["json", "csv", "xlsx", "pdf"] = "json",
    lang: Literal["nl", "en"] = "nl",
) -> Response:
    period = choose_period(year, start, end)
    now = utcnow()
    with db.read() as session:
        only: set[str] | None = None
        if actor.role is not Role.COORDINATOR:
            department = session.get(Department, actor.department_id)
            if department is None:  # pragma: no cover  (a manager always has one)
                raise ServiceError(403, ErrorCode.FORBIDDEN_ROLE, "No department.")
            only = {department.code}
        report = yearly_report(session, period, now, only)
    with db.write() as session:
        audit.record(
            session,
            actor,
            "report.yearly",
            now,
            detail={
                "from": period.start.isoformat(),
                "to": period.end.isoformat(),
                "format": format,
                "departments": ",".join(sorted(only)) if only else "all",
            },
        )
    if format == "json":
        return JSONResponse(formats.to_json(report))
    data = formats.render(report, format, lang)
    name = f"jaarverslag-{period.label().replace('/', '_')}.{format}"
    return Response(
        data,
        media_type=formats.MEDIA_TYPES[format],
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )
