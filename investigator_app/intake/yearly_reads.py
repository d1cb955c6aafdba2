"""Reading the yearly report's facts from the service's database: four queries, whatever
the number of cases (departments; cases received or closed in the two periods; their
hand-overs from the timeline; their allegations with the current finding's conclusion).

Only what survives the retention purge is read (codes, dates, status, outcome, ground,
event kinds, whose an allegation is, whether it was withdrawn and the conclusion), so a
purged year gives the same report. No text of a case is read.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import UTC, datetime, time, timedelta
from typing import Any

from sqlalchemy import ColumnElement, String, or_, select, type_coerce
from sqlalchemy.orm import Session

from investigator_app.accountability.yearly import (
    AllegationResult,
    DepartmentFacts,
    Handover,
    HandoverKind,
    Period,
    ReportFacts,
    YearlyReport,
    build_report,
)
from investigator_app.domain.deadlines import BRUSSELS, DeadlinePolicy
from investigator_app.domain.events import EventKind
from investigator_app.domain.investigation import ClosingGround, Conclusion
from investigator_app.domain.vocabulary import Category, Channel, Outcome, Status
from investigator_app.intake.models import Allegation, Case, CaseEvent, Department, Finding

_HANDOVER_KINDS = (EventKind.FORWARDED, EventKind.REROUTED, EventKind.RETURNED)
# Codes read as plain text and looked up: an enum call per value costs seconds at 100,000.
_RETURNED = EventKind.RETURNED.value
_HANDOVER_OF = {
    EventKind.FORWARDED.value: HandoverKind.FORWARDED,
    EventKind.REROUTED.value: HandoverKind.REROUTED,
}
_CONCLUSIONS: dict[str | None, Conclusion | None] = {
    None: None,
    **{c.value: c for c in Conclusion},
}
_STATUSES = {status.value: status for status in Status}
_CATEGORIES = {category.value: category for category in Category}
_CHANNELS = {channel.value: channel for channel in Channel}
_OUTCOMES: dict[str | None, Outcome | None] = {None: None, **{o.value: o for o in Outcome}}
_GROUNDS: dict[str | None, ClosingGround | None] = {
    None: None,
    **{g.value: g for g in ClosingGround},
}


def _text(column: Any) -> Any:
    """A code column as its stored text."""
    return type_coerce(column, String)


def read_departments(session: Session) -> list[DepartmentFacts]:
    return [
        DepartmentFacts(
            code=d.code,
            name=d.name,
            policy_domain=d.policy_domain,
            policy=DeadlinePolicy(ack_days=d.ack_days, feedback_months=d.feedback_months),
        )
        for d in session.scalars(select(Department).order_by(Department.code))
    ]


def _bounds(first: Period, last: Period) -> tuple[datetime, datetime]:
    start = datetime.combine(first.start, time(), BRUSSELS).astimezone(UTC)
    end = datetime.combine(last.end + timedelta(days=1), time(), BRUSSELS).astimezone(UTC)
    return start, end


def _in_periods(start: datetime, end: datetime) -> ColumnElement[bool]:
    return or_(
        (Case.received_at >= start) & (Case.received_at < end),
        (Case.closed_at >= start) & (Case.closed_at < end),
    )


def read_facts(session: Session, period: Period) -> list[ReportFacts]:
    """The facts of every case received or closed in ``period`` or the one before it."""
    start, end = _bounds(period.previous(), period)
    connection = session.connection()  # plain rows: no ORM loading for 100,000 cases
    codes = {id_: code for id_, code in connection.execute(select(Department.id, Department.code))}
    # Hand-overs: each forward or re-route went to the department of the next return, or,
    # when none follows, to the department the case has now.
    events: dict[str, list[tuple[str, int | None]]] = {}
    for case_id, kind, department_id in connection.execute(
        select(CaseEvent.case_id, _text(CaseEvent.kind), CaseEvent.actor_department_id)
        .join(Case, Case.id == CaseEvent.case_id)
        .where(_in_periods(start, end), CaseEvent.kind.in_(_HANDOVER_KINDS))
        .order_by(CaseEvent.case_id, CaseEvent.case_version)
    ).all():
        events.setdefault(case_id, []).append((kind, department_id))
    # Every finding version joined (the highest is the current one: kept by the purge too).
    found: dict[str, tuple[int, str, int | None, bool, str | None]] = {}
    for allegation_id, case_id, department_id, withdrawn, conclusion, version in connection.execute(
        select(
            Allegation.id,
            Allegation.case_id,
            Allegation.department_id,
            Allegation.withdrawn_at.is_not(None),
            _text(Finding.conclusion),
            Finding.version,
        )
        .join(Case, Case.id == Allegation.case_id)
        .outerjoin(Finding, Finding.allegation_id == Allegation.id)
        .where(_in_periods(start, end))
    ).all():
        seen = found.get(allegation_id)
        if seen is None or (version or 0) > seen[0]:
            found[allegation_id] = (version or 0, case_id, department_id, withdrawn, conclusion)
    allegations: dict[str, list[AllegationResult]] = {}
    for _version, case_id, department_id, withdrawn, conclusion in found.values():
        allegations.setdefault(case_id, []).append(
            AllegationResult(
                codes.get(department_id, "?") if department_id is not None else "?",
                bool(withdrawn),
                _CONCLUSIONS[conclusion],
            )
        )
    cases = connection.execute(
        select(
            Case.id,
            _text(Case.status),
            _text(Case.category),
            _text(Case.channel),
            _text(Case.received_at),
            Case.department_id,
            _text(Case.outcome),
            _text(Case.closing_ground),
            _text(Case.acknowledged_at),
            _text(Case.closed_at),
            _text(Case.feedback_sent_at),
        ).where(_in_periods(start, end))
    ).all()
    facts: list[ReportFacts] = []
    for (
        case_id,
        status,
        category,
        channel,
        received_at,
        department_id,
        outcome,
        ground,
        acknowledged_at,
        closed_at,
        feedback_sent_at,
    ) in cases:
        department = codes.get(department_id) if department_id is not None else None
        facts.append(
            ReportFacts(
                _STATUSES[status],
                _CATEGORIES[category],
                _CHANNELS[channel],
                _moment(received_at),
                department,
                _OUTCOMES[outcome],
                _GROUNDS[ground],
                _maybe(acknowledged_at),
                _maybe(closed_at),
                _maybe(feedback_sent_at),
                _handovers(events.get(case_id, ()), department, codes),
                tuple(allegations.get(case_id, ())),
            )
        )
    return facts


def _moment(value: str | datetime) -> datetime:
    """A stored instant: SQLite gives its UTC text, PostgreSQL an aware datetime."""
    if isinstance(value, str):
        return datetime.fromisoformat(value).replace(tzinfo=UTC)
    return value.astimezone(UTC)


def _maybe(value: str | datetime | None) -> datetime | None:
    return None if value is None else _moment(value)


def _handovers(
    events: Collection[tuple[str, int | None]], holder: str | None, codes: dict[int, str]
) -> tuple[Handover, ...]:
    handovers: list[Handover] = []
    pending: HandoverKind | None = None
    for kind, department_id in events:
        if kind == _RETURNED:
            if pending is not None and department_id is not None:
                handovers.append(Handover(codes.get(department_id, "?"), pending, True))
            pending = None
        else:
            pending = _HANDOVER_OF[kind]
    if pending is not None and holder is not None:
        handovers.append(Handover(holder, pending, False))
    return tuple(handovers)


def yearly_report(
    session: Session, period: Period, now: datetime, only: Collection[str] | None = None
) -> YearlyReport:
    """The report of ``period`` (with the one before); ``only``: a manager's department."""
    return build_report(read_facts(session, period), read_departments(session), period, now, only)
