"""Deadlines of a forwarded report (EU directive 2019/1937 art. 9, Bestuursdecreet III.60/1).

- acknowledge receipt within ``ack_days`` (7) of receipt;
- give feedback within ``feedback_months`` (3) of the acknowledgement, or of receipt plus
  ``ack_days`` when none was sent;
- answer deadlines of information requests count Belgian working days.

All instants are timezone-aware; calendar arithmetic happens in Europe/Brussels so that a
deadline falls on the day a Flemish reader expects.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from functools import lru_cache
from zoneinfo import ZoneInfo

import holidays

from investigator_app.domain.messages import DEFAULT_ANSWER_WORKING_DAYS
from investigator_app.domain.vocabulary import OPEN_STATUSES, Status

BRUSSELS = ZoneInfo("Europe/Brussels")


@dataclass(frozen=True)
class DeadlinePolicy:
    """A department's periods; the defaults are the legal ones."""

    ack_days: int = 7
    feedback_months: int = 3
    ack_due_soon_days: int = 2
    feedback_due_soon_days: int = 14


DEFAULT_POLICY = DeadlinePolicy()


class DeadlineKind(StrEnum):
    ACKNOWLEDGEMENT = "acknowledgement"
    FEEDBACK = "feedback"


class DeadlineState(StrEnum):
    ON_TIME = "on_time"
    DUE_SOON = "due_soon"
    OVERDUE = "overdue"


@dataclass(frozen=True)
class Deadline:
    kind: DeadlineKind
    due: datetime
    state: DeadlineState


def add_months(moment: datetime, months: int) -> datetime:
    """Same local day ``months`` later, clamped to the month's last day (31/01 + 1 -> 28/02)."""
    local = moment.astimezone(BRUSSELS)
    month_index = local.month - 1 + months
    year, month = local.year + month_index // 12, month_index % 12 + 1
    day = min(local.day, calendar.monthrange(year, month)[1])
    return local.replace(year=year, month=month, day=day).astimezone(moment.tzinfo)


def acknowledgement_due(received_at: datetime, policy: DeadlinePolicy = DEFAULT_POLICY) -> datetime:
    local = received_at.astimezone(BRUSSELS)
    return (local + timedelta(days=policy.ack_days)).astimezone(received_at.tzinfo)


def feedback_due(
    received_at: datetime,
    acknowledged_at: datetime | None,
    policy: DeadlinePolicy = DEFAULT_POLICY,
) -> datetime:
    start = (
        acknowledged_at if acknowledged_at is not None else acknowledgement_due(received_at, policy)
    )
    return add_months(start, policy.feedback_months)


def _state(due: datetime, now: datetime, due_soon_days: int) -> DeadlineState:
    if now > due:
        return DeadlineState.OVERDUE
    if due - now <= timedelta(days=due_soon_days):
        return DeadlineState.DUE_SOON
    return DeadlineState.ON_TIME


def next_deadline(
    status: Status,
    received_at: datetime,
    acknowledged_at: datetime | None,
    now: datetime,
    policy: DeadlinePolicy = DEFAULT_POLICY,
    feedback_sent_at: datetime | None = None,
) -> Deadline | None:
    """The deadline the department must meet next, or None when the case is not open or
    both were met (the acknowledgement sent, and feedback given)."""
    if status not in OPEN_STATUSES:
        return None
    if feedback_sent_at is not None:
        # Feedback also tells the reporter their report arrived: nothing is due any more.
        return None
    if acknowledged_at is None:
        due = acknowledgement_due(received_at, policy)
        return Deadline(
            DeadlineKind.ACKNOWLEDGEMENT, due, _state(due, now, policy.ack_due_soon_days)
        )
    due = feedback_due(received_at, acknowledged_at, policy)
    return Deadline(DeadlineKind.FEEDBACK, due, _state(due, now, policy.feedback_due_soon_days))


@lru_cache(maxsize=16)
def _belgian_holidays(year: int) -> holidays.HolidayBase:
    calendar_ = holidays.country_holidays("BE", subdiv="Flemish", years=year)
    # The one addition to the library's calendar: 11 July (Feest van de Vlaamse
    # Gemeenschap) is a day off for Flemish government staff, but `holidays` (0.109, also
    # with subdiv "Flemish") does not list it as a public holiday.
    calendar_[date(year, 7, 11)] = "Feest van de Vlaamse Gemeenschap"
    return calendar_


def is_working_day(day: date) -> bool:
    return day.weekday() < 5 and day not in _belgian_holidays(day.year)


def add_working_days(start: date, days: int) -> date:
    """The date ``days`` Belgian working days after ``start`` (``start`` itself not counted)."""
    if days < 0:
        raise ValueError("days must not be negative")
    current = start
    remaining = days
    while remaining:
        current += timedelta(days=1)
        if is_working_day(current):
            remaining -= 1
    return current


def default_answer_due(now: datetime, working_days: int = DEFAULT_ANSWER_WORKING_DAYS) -> date:
    """The default last day to answer an information request: ``working_days`` Belgian
    working days after today in Brussels."""
    return add_working_days(now.astimezone(BRUSSELS).date(), working_days)


def state_at(
    deadline: Deadline, now: datetime, policy: DeadlinePolicy = DEFAULT_POLICY
) -> DeadlineState:
    """The state of ``deadline`` at ``now`` (a list refreshes colours without new data)."""
    due_soon_days = (
        policy.ack_due_soon_days
        if deadline.kind is DeadlineKind.ACKNOWLEDGEMENT
        else policy.feedback_due_soon_days
    )
    return _state(deadline.due, now, due_soon_days)
