"""Pure figures over the department's cases for a period: counts by status, category and
outcome, deadlines met versus late, median days to close.

Which case counts where:
- counts by status, category and outcome, and both deadlines: the cases *received* in the
  period (a case's deadlines are set by its receipt);
- median days to close: the cases *closed* in the period (a manager asks "how long did
  what we finished this quarter take").
A deadline is *met* when the step was done by the due moment, *late* when done after it,
*overdue* when still not done and past due; not yet due and not done is not counted.
Feedback counts as given at the first feedback letter sent to the reporter, or at the
closing with an outcome when that came first (cases closed before letters went through the
relay).
"""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

from investigator_app.domain.deadlines import (
    BRUSSELS,
    DEFAULT_POLICY,
    DeadlinePolicy,
    acknowledgement_due,
    feedback_due,
)
from investigator_app.domain.vocabulary import Category, Outcome, Status


@dataclass(frozen=True)
class CaseFacts:
    """What the figures need of one case (no text of the case)."""

    id: str
    status: Status
    category: Category
    outcome: Outcome | None
    received_at: datetime
    acknowledged_at: datetime | None
    closed_at: datetime | None
    feedback_sent_at: datetime | None = None

    @property
    def feedback_given_at(self) -> datetime | None:
        closing = self.closed_at if self.status is Status.CLOSED else None
        given = [moment for moment in (self.feedback_sent_at, closing) if moment is not None]
        return min(given) if given else None


@dataclass(frozen=True)
class Period:
    """Calendar days in Brussels, both ends included."""

    start: date
    end: date

    def contains(self, moment: datetime) -> bool:
        return self.start <= moment.astimezone(BRUSSELS).date() <= self.end


class PeriodChoice(StrEnum):
    THIS_MONTH = "this_month"
    LAST_3_MONTHS = "last_3_months"
    THIS_YEAR = "this_year"
    CUSTOM = "custom"


def period_for(choice: PeriodChoice, today: date) -> Period:
    """The period a choice means on ``today`` (CUSTOM: this month, as a starting point)."""
    if choice is PeriodChoice.LAST_3_MONTHS:
        month_index = today.year * 12 + today.month - 1 - 2
        return Period(date(month_index // 12, month_index % 12 + 1, 1), today)
    if choice is PeriodChoice.THIS_YEAR:
        return Period(date(today.year, 1, 1), today)
    return Period(today.replace(day=1), today)


@dataclass(frozen=True)
class DeadlineTally:
    met: int = 0
    late: int = 0
    overdue: int = 0  # not done and past due

    @property
    def counted(self) -> int:
        return self.met + self.late + self.overdue


@dataclass(frozen=True)
class DashboardStats:
    period: Period
    received: int
    by_status: dict[Status, int]
    by_category: dict[Category, int]
    by_outcome: dict[Outcome, int]
    acknowledgement: DeadlineTally
    feedback: DeadlineTally
    closed: int  # closed in the period
    median_days_to_close: float | None  # of those; None when none was closed


def _tally(done_at: datetime | None, due: datetime, now: datetime) -> str | None:
    if done_at is not None:
        return "met" if done_at <= due else "late"
    return "overdue" if now > due else None


def _count(tallies: Iterable[str | None]) -> DeadlineTally:
    counts = Counter(tally for tally in tallies if tally is not None)
    return DeadlineTally(counts["met"], counts["late"], counts["overdue"])


def compute_stats(
    facts: Iterable[CaseFacts],
    period: Period,
    now: datetime,
    policy: DeadlinePolicy = DEFAULT_POLICY,
) -> DashboardStats:
    every = list(facts)
    received = [case for case in every if period.contains(case.received_at)]
    closed = [
        case for case in every if case.closed_at is not None and period.contains(case.closed_at)
    ]
    ack = _count(
        _tally(case.acknowledged_at, acknowledgement_due(case.received_at, policy), now)
        for case in received
    )
    feedback = _count(
        _tally(
            case.feedback_given_at,
            feedback_due(case.received_at, case.acknowledged_at, policy),
            now,
        )
        for case in received
    )
    days = [
        (case.closed_at - case.received_at) / timedelta(days=1)
        for case in closed
        if case.closed_at is not None
    ]
    return DashboardStats(
        period=period,
        received=len(received),
        by_status=dict(Counter(case.status for case in received)),
        by_category=dict(Counter(case.category for case in received)),
        by_outcome=dict(Counter(case.outcome for case in received if case.outcome is not None)),
        acknowledgement=ack,
        feedback=feedback,
        closed=len(closed),
        median_days_to_close=statistics.median(days) if days else None,
    )
