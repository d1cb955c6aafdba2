"""The dashboard's figures: the yearly report of the user's department over the period the
manager picks (``accountability.yearly``, the one place the numbers are computed, so the
dashboard, the PDF, the CSV and the XLSX cannot disagree), the cases behind each number,
and the workload per investigator now.

Which case counts where is the report's rule: intake (received, the deadlines, still open)
counts the cases *received* in the period; handling (closed, with or without
investigation, outcomes, handling time) the cases *closed* in it. So "afgerond in de
periode" and the outcomes are the same cases.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from investigator_app.accountability.yearly import (
    Cell,
    Metric,
    Period,
    TableKey,
    Value,
    YearlyReport,
    build_report,
    members,
)
from investigator_app.dashboard.facts import DashboardFacts
from investigator_app.domain.deadlines import BRUSSELS, DeadlineState, next_deadline
from investigator_app.domain.investigation import TaskState
from investigator_app.domain.vocabulary import OPEN_STATUSES

__all__ = [
    "Cell",
    "DashboardStats",
    "Period",
    "PeriodChoice",
    "Workload",
    "compute_stats",
    "overview",
    "period_for",
    "workload",
]


def overview(metric: Metric) -> Cell:
    """The cell of an overview number."""
    return (TableKey.OVERVIEW, "", metric.value)


class PeriodChoice(StrEnum):
    THIS_MONTH = "this_month"
    LAST_3_MONTHS = "last_3_months"
    THIS_YEAR = "this_year"
    LAST_YEAR = "last_year"
    CUSTOM = "custom"


def period_for(choice: PeriodChoice, today: date) -> Period:
    """The period a choice means on ``today`` (CUSTOM: this month, as a starting point)."""
    if choice is PeriodChoice.LAST_3_MONTHS:
        month_index = today.year * 12 + today.month - 1 - 2
        return Period(date(month_index // 12, month_index % 12 + 1, 1), today)
    if choice is PeriodChoice.THIS_YEAR:
        return Period(date(today.year, 1, 1), today)
    if choice is PeriodChoice.LAST_YEAR:
        return Period.year(today.year - 1)
    return Period(today.replace(day=1), today)


@dataclass(frozen=True)
class DashboardStats:
    """One department's report over ``period`` and the case ids behind its numbers."""

    period: Period
    report: YearlyReport
    cells: dict[Cell, tuple[Value, Value]]  # (this period, the one before)
    cases: dict[Cell, set[str]]
    previous_cases: dict[Cell, set[str]] = field(default_factory=dict)

    def value(self, cell: Cell) -> Value:
        return self.cells.get(cell, (0, 0))[0]

    def previous(self, cell: Cell) -> Value:
        return self.cells.get(cell, (0, 0))[1]

    def count(self, cell: Cell) -> int:
        value = self.value(cell)
        return value if isinstance(value, int) else 0

    def case_ids(self, cell: Cell, *, previous: bool = False) -> set[str]:
        """The cases behind a number of this period (``previous``: of the one before)."""
        return (self.previous_cases if previous else self.cases).get(cell, set())

    @property
    def received(self) -> int:
        return self.count(overview(Metric.RECEIVED))

    @property
    def closed(self) -> int:
        return self.count(overview(Metric.CLOSED))

    @property
    def median_days(self) -> float | None:
        value = self.value(overview(Metric.DAYS_MEDIAN))
        return None if value is None else float(value)


def compute_stats(facts: DashboardFacts, period: Period, now: datetime) -> DashboardStats:
    code = facts.department.code
    report = build_report(facts.cases, [facts.department], period, now, only={code})
    cells = {
        (table.key, row.group, row.metric): (row.current, row.previous)
        for table in report.tables
        for row in table.rows
    }
    behind = members(facts.cases, period, now, facts.policies, {code})
    before = members(facts.cases, report.previous, now, facts.policies, {code})
    return DashboardStats(period, report, cells, behind, before)


# --- workload per investigator, now ------------------------------------------------------


@dataclass
class Workload:
    """One person's share (``person_id`` None: open cases nobody was assigned)."""

    person_id: str | None
    name: str
    open_cases: set[str] = field(default_factory=set)
    overdue_deadlines: set[str] = field(default_factory=set)  # open cases past a deadline
    open_tasks: int = 0
    overdue_tasks: int = 0
    open_task_cases: set[str] = field(default_factory=set)
    overdue_task_cases: set[str] = field(default_factory=set)


def workload(facts: DashboardFacts, now: datetime) -> list[Workload]:
    """Per person with open cases or open tasks, by name; the unassigned last."""
    policy = facts.department.policy
    rows: dict[str | None, Workload] = {}

    def row(person: str | None) -> Workload:
        if person not in rows:
            name = facts.people.get(person, "") if person is not None else ""
            rows[person] = Workload(person, name)
        return rows[person]

    for case in facts.cases:
        if case.status not in OPEN_STATUSES:
            continue
        share = row(facts.assignees.get(case.case_id))
        share.open_cases.add(case.case_id)
        deadline = next_deadline(
            case.status,
            case.received_at,
            case.acknowledged_at,
            now,
            policy,
            case.feedback_sent_at,
        )
        if deadline is not None and deadline.state is DeadlineState.OVERDUE:
            share.overdue_deadlines.add(case.case_id)
    today = now.astimezone(BRUSSELS).date()
    for task in facts.tasks:
        if task.state is not TaskState.OPEN or task.owner_id is None:
            continue
        share = row(task.owner_id)
        share.open_tasks += 1
        share.open_task_cases.add(task.case_id)
        if task.due is not None and task.due < today:
            share.overdue_tasks += 1
            share.overdue_task_cases.add(task.case_id)
    return sorted(rows.values(), key=lambda w: (w.person_id is None, w.name.casefold()))
