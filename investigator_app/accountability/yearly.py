"""The yearly report's numbers (Bestuursdecreet art. II.87), computed in one place.

Pure Python over plain facts (no SQL, Qt or HTTP): the service reads the facts
(``intake/yearly_reads.py``) and renders the tables (``accountability/formats.py``); the
desktop's dashboard can call the same functions over its own facts.

Which case counts where (one cohort per question, so no two numbers contradict):
- *intake* (received, forwarded, re-routed, returned to 1700, the two deadlines, still
  open): the cases **received** (by 1700) in the period. A department counts a case it was
  handed (forwarded or re-routed to it), once per hand-over; the deadlines and "still
  open" count for the department that holds the case now (a re-route restarts them).
- *handling* (closed, without investigation by ground, investigated, outcomes per case and
  per allegation, handling time received → closed): the cases **closed** in the period, for
  the department that closed them; the allegations are that department's (withdrawn ones
  apart; a standing one counts its current finding's conclusion).
A deadline is *met* when the step was done by the due moment, *missed* when done after it
or still not done past it (late + overdue); not yet due and not done is not counted.
Feedback counts as given at the first feedback letter, or at the closing when that came
first (as on the dashboard). Handling time: calendar days, median and 90th percentile
(nearest rank). No row names a person or a reference: only codes and counts.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from functools import lru_cache

from investigator_app.domain.deadlines import (
    BRUSSELS,
    DeadlinePolicy,
    acknowledgement_due,
    feedback_due,
)
from investigator_app.domain.investigation import ClosingGround, Conclusion
from investigator_app.domain.vocabulary import (
    DEPARTMENT_STATUSES,
    OPEN_STATUSES,
    Category,
    Channel,
    Outcome,
    Status,
)

MAX_PERIOD_DAYS = 3 * 366  # a custom period is at most three years
NO_DOMAIN = "-"  # the policy domain of departments that have none set


@dataclass(frozen=True, slots=True)
class Period:
    """Calendar days in Brussels, both ends included."""

    start: date
    end: date

    @classmethod
    def year(cls, year: int) -> Period:
        return cls(date(year, 1, 1), date(year, 12, 31))

    def contains(self, moment: datetime) -> bool:
        start, end = _bounds(self)
        return start <= moment < end

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    @property
    def is_calendar_year(self) -> bool:
        return self.start == date(self.start.year, 1, 1) and self.end == date(
            self.start.year, 12, 31
        )

    def previous(self) -> Period:
        """The year before a calendar year; else as many days ending the day before."""
        if self.is_calendar_year:
            return Period.year(self.start.year - 1)
        end = self.start - timedelta(days=1)
        return Period(end - timedelta(days=self.days - 1), end)

    def label(self) -> str:
        if self.is_calendar_year:
            return str(self.start.year)
        return f"{self.start.isoformat()}/{self.end.isoformat()}"


@lru_cache(maxsize=64)
def _bounds(period: Period) -> tuple[datetime, datetime]:
    """The period as instants: from its first midnight to the midnight after it (Brussels)."""
    start = datetime.combine(period.start, time(), BRUSSELS).astimezone(UTC)
    end = datetime.combine(period.end + timedelta(days=1), time(), BRUSSELS).astimezone(UTC)
    return start, end


class HandoverKind(StrEnum):
    FORWARDED = "forwarded"
    REROUTED = "rerouted"


@dataclass(frozen=True, slots=True)
class Handover:
    """1700 handed the case to a department; ``returned``: that department sent it back."""

    department: str  # code
    kind: HandoverKind
    returned: bool


@dataclass(frozen=True, slots=True)
class AllegationResult:
    """An allegation as the yearly report needs it: whose, withdrawn, current conclusion."""

    department: str  # code of the department that recorded it
    withdrawn: bool
    conclusion: Conclusion | None


@dataclass(frozen=True, slots=True)
class ReportFacts:
    """One case without any of its content."""

    status: Status
    category: Category
    channel: Channel
    received_at: datetime
    department: str | None  # code of the holder (or of the department that returned it)
    outcome: Outcome | None = None
    closing_ground: ClosingGround | None = None
    acknowledged_at: datetime | None = None
    closed_at: datetime | None = None
    feedback_sent_at: datetime | None = None
    handovers: tuple[Handover, ...] = ()
    allegations: tuple[AllegationResult, ...] = ()
    case_id: str = ""  # only where the cases may be named (the desktop's click-through)

    @property
    def held_by(self) -> str | None:
        """The department whose hands the case is in (or that closed it)."""
        return self.department if self.status in DEPARTMENT_STATUSES else None

    @property
    def feedback_given_at(self) -> datetime | None:
        closing = self.closed_at if self.status is Status.CLOSED else None
        given = [moment for moment in (self.feedback_sent_at, closing) if moment is not None]
        return min(given) if given else None


@dataclass(frozen=True, slots=True)
class DepartmentFacts:
    code: str
    name: str
    policy_domain: str = ""
    policy: DeadlinePolicy = field(default_factory=DeadlinePolicy)


class Metric(StrEnum):
    RECEIVED = "received"
    FORWARDED = "forwarded"
    REROUTED = "rerouted"
    RETURNED = "returned_to_1700"
    STILL_OPEN = "still_open"
    ACK_MET = "acknowledgement_met"
    ACK_MISSED = "acknowledgement_missed"
    FEEDBACK_MET = "feedback_met"
    FEEDBACK_MISSED = "feedback_missed"
    CLOSED = "closed"
    WITHOUT_INVESTIGATION = "closed_without_investigation"
    INVESTIGATED = "investigated"
    DAYS_MEDIAN = "handling_days_median"
    DAYS_P90 = "handling_days_p90"


Value = int | float | None


@dataclass(frozen=True)
class Figures:
    """The numbers of one scope (everything, a policy domain, a department) in one period."""

    metrics: dict[Metric, Value]
    grounds: dict[str, int]  # ClosingGround value, or "not_recorded"
    outcomes: dict[Outcome, int]  # per case closed
    conclusions: dict[str, int]  # per allegation: Conclusion value, "no_finding", "withdrawn"


NOT_RECORDED = "not_recorded"
NO_FINDING = "no_finding"
WITHDRAWN = "withdrawn"
CONCLUSION_KEYS: tuple[str, ...] = (*(c.value for c in Conclusion), NO_FINDING, WITHDRAWN)
GROUND_KEYS: tuple[str, ...] = (*(g.value for g in ClosingGround), NOT_RECORDED)


def percentile(values: Sequence[float], share: float) -> float | None:
    """Nearest-rank percentile (``share`` in (0, 1]); None without values."""
    if not values:
        return None
    ordered = sorted(values)
    return ordered[max(0, math.ceil(share * len(ordered)) - 1)]


def _days(case: ReportFacts) -> float:
    assert case.closed_at is not None
    return round((case.closed_at - case.received_at) / timedelta(days=1), 1)


def _deadline(done_at: datetime | None, due: datetime, now: datetime) -> str | None:
    if done_at is not None:
        return "met" if done_at <= due else "missed"
    return "missed" if now > due else None


def deadlines(
    case: ReportFacts, policy: DeadlinePolicy, now: datetime
) -> tuple[str | None, str | None]:
    """The acknowledgement's and the feedback's "met", "missed" or None (not yet due)."""
    ack = _deadline(case.acknowledged_at, acknowledgement_due(case.received_at, policy), now)
    due = feedback_due(case.received_at, case.acknowledged_at, policy)
    return ack, _deadline(case.feedback_given_at, due, now)


# Bound once: an Enum member looked up on its class per case costs at 100,000 cases.
_RECEIVED, _FORWARDED, _REROUTED, _RETURNED = (
    Metric.RECEIVED,
    Metric.FORWARDED,
    Metric.REROUTED,
    Metric.RETURNED,
)
_STILL_OPEN, _ACK_MET, _ACK_MISSED = Metric.STILL_OPEN, Metric.ACK_MET, Metric.ACK_MISSED
_FEEDBACK_MET, _FEEDBACK_MISSED = Metric.FEEDBACK_MET, Metric.FEEDBACK_MISSED
_FORWARD = HandoverKind.FORWARDED


_CLOSED, _WITHOUT = Metric.CLOSED, Metric.WITHOUT_INVESTIGATION

Closing = tuple[float, Outcome | None, str | None, list[str]]
"""What a closed case adds: days, outcome, ground key (None: investigated), conclusions."""


def holder_keys(case: ReportFacts, ack: str | None, feedback: str | None) -> list[Metric]:
    """The counts a received case adds for the department that holds it."""
    keys: list[Metric] = []
    if case.status in OPEN_STATUSES:
        keys.append(_STILL_OPEN)
    if ack is not None:
        keys.append(_ACK_MET if ack == "met" else _ACK_MISSED)
    if feedback is not None:
        keys.append(_FEEDBACK_MET if feedback == "met" else _FEEDBACK_MISSED)
    return keys


def closing_of(case: ReportFacts, days: float) -> Closing:
    ground: str | None = None
    if case.closing_ground is not None or case.outcome is Outcome.INADMISSIBLE:
        ground = case.closing_ground.value if case.closing_ground else NOT_RECORDED
    conclusions: list[str] = []
    for allegation in case.allegations:
        if allegation.department != case.department:
            continue  # recorded by a department that had the case before a re-route
        if allegation.withdrawn:
            conclusions.append(WITHDRAWN)
        elif allegation.conclusion is None:
            conclusions.append(NO_FINDING)
        else:
            conclusions.append(allegation.conclusion.value)
    return days, case.outcome, ground, conclusions


class Tally:
    """The counts of one scope (a set of departments, or None: everything) in one period;
    ``received`` takes the cases received in it, ``closed`` those closed in it."""

    def __init__(self, departments: Collection[str] | None = None) -> None:
        self.departments = departments
        self.counts = dict.fromkeys(Metric, 0)
        self.days: list[float] = []
        self.grounds = dict.fromkeys(GROUND_KEYS, 0)
        self.outcomes = dict.fromkeys(Outcome, 0)
        self.conclusions = dict.fromkeys(CONCLUSION_KEYS, 0)

    def _mine(self, code: str | None) -> bool:
        return code is not None and (self.departments is None or code in self.departments)

    def received(self, case: ReportFacts, ack: str | None, feedback: str | None) -> None:
        self.add_received(case, holder_keys(case, ack, feedback))

    def add_received(self, case: ReportFacts, holder: list[Metric]) -> None:
        """``holder``: the counts for the department that holds the case (holder_keys)."""
        counts = self.counts
        wanted = self.departments
        mine = [h for h in case.handovers if wanted is None or h.department in wanted]
        if wanted is None or mine:
            counts[_RECEIVED] += 1
        for handover in mine:
            counts[_FORWARDED if handover.kind is _FORWARD else _REROUTED] += 1
            counts[_RETURNED] += handover.returned
        if holder and self._mine(case.held_by):
            for key in holder:
                counts[key] += 1

    def closed(self, case: ReportFacts, days: float) -> None:
        if self._mine(case.department):
            self.add_closed(closing_of(case, days))

    def add_closed(self, closing: Closing) -> None:
        """A case this scope's department closed (``closing_of``)."""
        days, outcome, ground, conclusions = closing
        self.counts[_CLOSED] += 1
        self.days.append(days)
        if outcome is not None:
            self.outcomes[outcome] += 1
        if ground is not None:
            self.counts[_WITHOUT] += 1
            self.grounds[ground] += 1
        for key in conclusions:
            self.conclusions[key] += 1

    def figures(self) -> Figures:
        metrics: dict[Metric, Value] = dict(self.counts)
        metrics[Metric.INVESTIGATED] = (
            self.counts[Metric.CLOSED] - self.counts[Metric.WITHOUT_INVESTIGATION]
        )
        metrics[Metric.DAYS_MEDIAN] = round(statistics.median(self.days), 1) if self.days else None
        metrics[Metric.DAYS_P90] = percentile(self.days, 0.9)
        return Figures(metrics, dict(self.grounds), dict(self.outcomes), dict(self.conclusions))


def _is_closed(case: ReportFacts) -> bool:
    return case.status is Status.CLOSED and case.closed_at is not None


def figures(
    facts: Iterable[ReportFacts],
    period: Period,
    now: datetime,
    policies: dict[str, DeadlinePolicy],
    departments: Collection[str] | None = None,
) -> Figures:
    """The figures of ``period`` for ``departments`` (None: everything, also the reports
    still at 1700), for one scope (the report itself counts all scopes in one pass)."""
    tally = Tally(departments)
    for case in facts:
        if period.contains(case.received_at):
            holder = case.held_by
            ack, feedback = (
                deadlines(case, policies.get(holder, DeadlinePolicy()), now)
                if holder is not None
                else (None, None)
            )
            tally.received(case, ack, feedback)
        if _is_closed(case) and case.closed_at is not None and period.contains(case.closed_at):
            tally.closed(case, _days(case))
    return tally.figures()


# --- the report: tables of rows, the same in every format ---------------------------------


@dataclass(frozen=True, slots=True)
class Row:
    scope: str  # "all", "domain:<policy domain>" or "department:<code>"
    group: str  # the category, channel, ground, outcome or conclusion; "" for overview
    metric: str
    current: Value
    previous: Value


class TableKey(StrEnum):
    OVERVIEW = "overview"
    GROUNDS = "closing_grounds"
    OUTCOMES = "outcomes_per_case"
    CONCLUSIONS = "conclusions_per_allegation"
    CATEGORIES = "by_category"
    CHANNELS = "by_channel"


@dataclass(frozen=True)
class Table:
    key: TableKey
    rows: list[Row]


@dataclass(frozen=True)
class YearlyReport:
    period: Period
    previous: Period
    made_at: datetime
    scopes: list[str]
    departments: list[DepartmentFacts]  # the ones the report covers
    tables: list[Table]

    def table(self, key: TableKey) -> Table:
        return next(t for t in self.tables if t.key is key)


ALL = "all"
# The metrics shown per category and per channel.
SPLIT_METRICS: tuple[Metric, ...] = (
    Metric.RECEIVED,
    Metric.CLOSED,
    Metric.WITHOUT_INVESTIGATION,
    Metric.INVESTIGATED,
)


def build_report(
    facts: Iterable[ReportFacts],
    departments: Sequence[DepartmentFacts],
    period: Period,
    now: datetime,
    only: Collection[str] | None = None,
) -> YearlyReport:
    """The whole report in one pass over the facts; ``only``: the department codes a
    manager may see (their own), None for a coordinator (all departments, every policy
    domain and the total)."""
    covered = sorted((d for d in departments if only is None or d.code in only), key=_code)
    policies = {d.code: d.policy for d in departments}
    scopes: dict[str, Collection[str] | None] = {}
    domain_of: dict[str, str] = {}
    if only is None:
        scopes[ALL] = None
        domains: dict[str, set[str]] = {}
        for department in covered:
            name = f"domain:{department.policy_domain or NO_DOMAIN}"
            domains.setdefault(name, set()).add(department.code)
            domain_of[f"department:{department.code}"] = name
        scopes.update(sorted(domains.items()))
    scopes.update((f"department:{d.code}", {d.code}) for d in covered)
    scope_of = {d.code: f"department:{d.code}" for d in covered}
    limit = None if only is None else set(only)
    top = ALL if only is None else next(iter(scopes)) if len(scopes) == 1 else "departments"
    periods = (period, period.previous())
    tallies = {(scope, index): Tally(codes) for scope, codes in scopes.items() for index in (0, 1)}
    splits = {
        (value.value, index): Tally(limit) for value in (*Category, *Channel) for index in (0, 1)
    }
    for case in facts:
        received = _index(periods, case.received_at)
        closed = _index(periods, case.closed_at) if _is_closed(case) else None
        if received is None and closed is None:
            continue
        targets = [ALL] if only is None else []
        for code in {case.department, *[h.department for h in case.handovers]}:
            key = scope_of.get(code or "")
            if key is not None:
                targets.append(key)
                domain = domain_of.get(key)
                if domain is not None and domain not in targets:
                    targets.append(domain)
        split_keys = (case.category.value, case.channel.value)
        if received is not None:
            holder = case.held_by
            ack, feedback = (
                deadlines(case, policies.get(holder, DeadlinePolicy()), now)
                if holder is not None
                else (None, None)
            )
            holder_counts = holder_keys(case, ack, feedback)
            for key in targets:
                tallies[(key, received)].add_received(case, holder_counts)
            for value in split_keys:
                splits[(value, received)].add_received(case, holder_counts)
        if closed is not None and case.department is not None:
            closing = closing_of(case, _days(case))
            closer = scope_of.get(case.department)
            for key in targets:
                if key in (ALL, closer) or key == domain_of.get(closer or ""):
                    tallies[(key, closed)].add_closed(closing)
            if limit is None or case.department in limit:
                for value in split_keys:
                    splits[(value, closed)].add_closed(closing)
    overview: list[Row] = []
    grounds: list[Row] = []
    outcomes: list[Row] = []
    conclusions: list[Row] = []
    for scope in scopes:
        now_f, before = tallies[(scope, 0)].figures(), tallies[(scope, 1)].figures()
        overview.extend(
            Row(scope, "", m.value, now_f.metrics[m], before.metrics[m]) for m in Metric
        )
        grounds.extend(
            Row(scope, g, "closed_without_investigation", now_f.grounds[g], before.grounds[g])
            for g in GROUND_KEYS
        )
        outcomes.extend(
            Row(scope, o.value, "closed", now_f.outcomes[o], before.outcomes[o]) for o in Outcome
        )
        conclusions.extend(
            Row(scope, c, "allegations", now_f.conclusions[c], before.conclusions[c])
            for c in CONCLUSION_KEYS
        )

    def split(values: Iterable[StrEnum]) -> list[Row]:
        rows: list[Row] = []
        for value in values:
            now_f = splits[(value.value, 0)].figures()
            before = splits[(value.value, 1)].figures()
            rows.extend(
                Row(top, value.value, m.value, now_f.metrics[m], before.metrics[m])
                for m in SPLIT_METRICS
            )
        return rows

    return YearlyReport(
        period=period,
        previous=periods[1],
        made_at=now,
        scopes=list(scopes),
        departments=covered,
        tables=[
            Table(TableKey.OVERVIEW, overview),
            Table(TableKey.GROUNDS, grounds),
            Table(TableKey.OUTCOMES, outcomes),
            Table(TableKey.CONCLUSIONS, conclusions),
            Table(TableKey.CATEGORIES, split(Category)),
            Table(TableKey.CHANNELS, split(Channel)),
        ],
    )


def _index(periods: tuple[Period, Period], moment: datetime | None) -> int | None:
    """0 when ``moment`` lies in the period, 1 in the previous one, else None."""
    if moment is None:
        return None
    for index, period in enumerate(periods):
        if period.contains(moment):
            return index
    return None


def _code(department: DepartmentFacts) -> str:
    return department.code


# --- which cases are behind a number (the dashboard's click-through) -----------------------

Cell = tuple[TableKey, str, str]
"""A number of one scope's report: (table, group, metric), as in its ``Row``."""


def members(
    facts: Iterable[ReportFacts],
    period: Period,
    now: datetime,
    policies: Mapping[str, DeadlinePolicy],
    departments: Collection[str] | None = None,
) -> dict[Cell, set[str]]:
    """The ``case_id``s behind each number of one scope in ``period``, by the rules of
    ``Tally`` (a case counted twice, handed over twice, is one id). The per-allegation
    conclusions give the cases holding such an allegation. Kept apart from the report's
    one pass, which never names a case."""
    found: dict[Cell, set[str]] = {}

    def add(table: TableKey, group: str, metric: str, case_id: str) -> None:
        found.setdefault((table, group, metric), set()).add(case_id)

    overview, categories, channels = TableKey.OVERVIEW, TableKey.CATEGORIES, TableKey.CHANNELS
    for case in facts:
        splits = ((categories, case.category.value), (channels, case.channel.value))
        if period.contains(case.received_at):
            keys: list[Metric] = []
            mine = [h for h in case.handovers if departments is None or h.department in departments]
            if departments is None or mine:
                keys.append(_RECEIVED)
            for handover in mine:
                keys.append(_FORWARDED if handover.kind is _FORWARD else _REROUTED)
                if handover.returned:
                    keys.append(_RETURNED)
            holder = case.held_by
            if holder is not None and (departments is None or holder in departments):
                ack, feedback = deadlines(case, policies.get(holder, DeadlinePolicy()), now)
                keys.extend(holder_keys(case, ack, feedback))
            for key in keys:
                add(overview, "", key.value, case.case_id)
            if _RECEIVED in keys:
                for table, group in splits:
                    add(table, group, _RECEIVED.value, case.case_id)
        closer = case.department
        if (
            _is_closed(case)
            and case.closed_at is not None
            and period.contains(case.closed_at)
            and closer is not None
            and (departments is None or closer in departments)
        ):
            _, outcome, ground, conclusions = closing_of(case, 0.0)
            handled = [_CLOSED, Metric.DAYS_MEDIAN, Metric.DAYS_P90]
            handled.append(_WITHOUT if ground is not None else Metric.INVESTIGATED)
            for key in handled:
                add(overview, "", key.value, case.case_id)
            for table, group in splits:
                for key in (_CLOSED, _WITHOUT if ground is not None else Metric.INVESTIGATED):
                    add(table, group, key.value, case.case_id)
            if ground is not None:
                add(TableKey.GROUNDS, ground, _WITHOUT.value, case.case_id)
            if outcome is not None:
                add(TableKey.OUTCOMES, outcome.value, _CLOSED.value, case.case_id)
            for conclusion in conclusions:
                add(TableKey.CONCLUSIONS, conclusion, "allegations", case.case_id)
    return found
