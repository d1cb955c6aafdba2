"""What the 1700 desk does: register a report, forward it, re-route a returned one, list.

Plain functions on a Session (the API and the CLI both call them); they raise
ServiceError with a code and a sentence when the request cannot be honoured.
"""

from __future__ import annotations

import logging
from collections import Counter
from datetime import datetime, timedelta

from sqlalchemy import Select, or_, select
from sqlalchemy.orm import Session

from investigator_app.domain.deadlines import BRUSSELS
from investigator_app.domain.events import EventKind
from investigator_app.domain.lifecycle import can_forward
from investigator_app.domain.vocabulary import Status
from investigator_app.intake import audit
from investigator_app.intake.actors import Actor
from investigator_app.intake.cases import add_event, department_by_code, lock_case
from investigator_app.intake.errors import ServiceError, not_found
from investigator_app.intake.feed import publish
from investigator_app.intake.models import Case, Department, Reporter
from investigator_app.intake.references import next_reference
from investigator_app.protocol import DepartmentOut, ErrorCode, ReportIn, ReportOut

log = logging.getLogger("investigator_app.intake.reports")

CLOCK_SKEW = timedelta(minutes=5)
ANONYMOUS_MESSAGE = (
    "Anonymous reports are not handled: a report needs a reporter with a name and an "
    "e-mail address or phone number."
)


def register_report(session: Session, actor: Actor, report: ReportIn, now: datetime) -> Case:
    if report.reporter is None:
        raise ServiceError(422, ErrorCode.ANONYMOUS_REPORT, ANONYMOUS_MESSAGE)
    if report.received_at > now + CLOCK_SKEW:
        raise ServiceError(
            422, ErrorCode.INVALID_REQUEST, "The report's reception time lies in the future."
        )
    who = report.reporter
    reporter = Reporter(
        kind=who.kind,
        name=who.name,
        organisation=who.organisation,
        email=who.email,
        phone=who.phone,
        language=who.language,
    )
    session.add(reporter)
    session.flush()
    case = Case(
        reference=next_reference(session, now.astimezone(BRUSSELS).year),
        status=Status.REGISTERED,
        version=0,
        lifecycle_version=0,
        channel=report.channel,
        category=report.category,
        received_at=report.received_at,
        registered_at=now,
        updated_at=now,
        summary=report.summary,
        description=report.description,
        involved_entity=report.involved_entity,
        involved_persons=list(report.involved_persons),
        reporter_id=reporter.id,
    )
    session.add(case)
    session.flush()
    add_event(session, case, actor, EventKind.REGISTERED, now, from_status=None)
    audit.record(
        session,
        actor,
        "report.register",
        now,
        case_id=case.id,
        detail={"reference": case.reference, "channel": case.channel, "category": case.category},
    )
    return case


def forward_report(
    session: Session, actor: Actor, key: str, department_code: str, note: str, now: datetime
) -> Case:
    """Send a registered report to the competent department."""
    case = _case_for_desk(session, key)
    if case.status is not Status.REGISTERED or not can_forward(case.status):
        hint = " Use re-route for a returned report." if case.status is Status.RETURNED else ""
        raise ServiceError(
            409,
            ErrorCode.INVALID_TRANSITION,
            f"Only a registered report can be forwarded; this one is {case.status}.{hint}",
        )
    department = _department(session, department_code)
    return _send(session, actor, case, department, EventKind.FORWARDED, note, now)


def reroute_report(
    session: Session, actor: Actor, key: str, department_code: str, note: str, now: datetime
) -> Case:
    """Send a report that a department returned as not competent to another department."""
    case = _case_for_desk(session, key)
    if case.status is not Status.RETURNED or not can_forward(case.status):
        raise ServiceError(
            409,
            ErrorCode.INVALID_TRANSITION,
            f"Only a returned report can be re-routed; this one is {case.status}.",
        )
    department = _department(session, department_code)
    if department.id == case.department_id:
        raise ServiceError(
            422,
            ErrorCode.SAME_DEPARTMENT,
            f"{department.code} returned this report as not competent; choose another department.",
        )
    return _send(session, actor, case, department, EventKind.REROUTED, note, now)


def _send(
    session: Session,
    actor: Actor,
    case: Case,
    department: Department,
    kind: EventKind,
    note: str,
    now: datetime,
) -> Case:
    previous = case.status
    at = max(now, case.updated_at)
    case.status = Status.FORWARDED
    case.department_id = department.id
    case.forwarded_at = at
    # A new department starts afresh: its own acknowledgement, its own assignee.
    case.acknowledged_at = None
    case.feedback_sent_at = None
    case.assignee_id = None
    case.return_reason = None
    add_event(session, case, actor, kind, at, from_status=previous, reason=note)
    case.lifecycle_version = case.version
    publish(session, case)
    audit.record(
        session,
        actor,
        f"report.{'forward' if kind is EventKind.FORWARDED else 'reroute'}",
        now,
        case_id=case.id,
        detail={"reference": case.reference, "department": department.code},
        reason=note,
    )
    return case


def _case_for_desk(session: Session, key: str) -> Case:
    case = lock_case(session, key)
    if case is None:
        raise not_found()
    return case


def _department(session: Session, code: str) -> Department:
    department = department_by_code(session, code)
    if department is None:
        raise ServiceError(
            422, ErrorCode.UNKNOWN_DEPARTMENT, f"There is no department with code {code!r}."
        )
    return department


def _report_rows(session: Session, query: Select[Case, str | None]) -> list[ReportOut]:
    return [
        ReportOut(
            id=case.id,
            reference=case.reference,
            status=case.status,
            department=code,
            received_at=case.received_at,
            category=case.category,
            summary=case.summary,
            return_reason=case.return_reason,
        )
        for case, code in session.execute(query)
    ]


def _reports() -> Select[Case, str | None]:
    return select(Case, Department.code).outerjoin(Department, Department.id == Case.department_id)


def get_report(session: Session, key: str) -> ReportOut:
    """One report by id or reference, as the desk lists it."""
    rows = _report_rows(session, _reports().where(or_(Case.id == key, Case.reference == key)))
    if not rows:
        raise not_found()
    return rows[0]


def list_reports(
    session: Session,
    *,
    status: Status | None = None,
    department_code: str | None = None,
    limit: int = 100,
    offset: int = 0,
) -> list[ReportOut]:
    """Reports newest first (by reception), as the 1700 desk lists them."""
    query = (
        _reports()
        .order_by(Case.received_at.desc(), Case.reference.desc())
        .limit(limit)
        .offset(offset)
    )
    if status is not None:
        query = query.where(Case.status == status)
    if department_code is not None:
        query = query.where(Department.code == department_code)
    return _report_rows(session, query)


def department_out(department: Department) -> DepartmentOut:
    return DepartmentOut(
        code=department.code,
        name=department.name,
        ack_days=department.ack_days,
        feedback_months=department.feedback_months,
    )


def list_departments(session: Session) -> list[DepartmentOut]:
    return [
        department_out(d) for d in session.scalars(select(Department).order_by(Department.code))
    ]


def statistics(session: Session) -> list[tuple[int, str, str, str, str, int]]:
    """Cases per (year received, department, category, status, outcome): the figures that
    outlive retention (purged cases count too). Sorted; Brussels years."""
    counts: Counter[tuple[int, str, str, str, str]] = Counter()
    query = select(
        Case.received_at, Department.code, Case.category, Case.status, Case.outcome
    ).outerjoin(Department, Department.id == Case.department_id)
    for received_at, code, category, status, outcome in session.execute(query):
        year = received_at.astimezone(BRUSSELS).year
        counts[(year, code or "-", str(category), str(status), str(outcome or "-"))] += 1
    return [(*key, count) for key, count in sorted(counts.items())]
