"""Answer deadlines in Belgian working days, and deadlines met by the letters sent."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from investigator_app.domain.deadlines import (
    DeadlineKind,
    add_working_days,
    default_answer_due,
    is_working_day,
    next_deadline,
)
from investigator_app.domain.messages import (
    DEFAULT_ANSWER_WORKING_DAYS,
    MessageKind,
    MessageState,
    is_overdue,
)
from investigator_app.domain.vocabulary import Status


@pytest.mark.parametrize(
    ("day", "working"),
    [
        (date(2025, 7, 11), False),  # Feest van de Vlaamse Gemeenschap (a Friday in 2025)
        (date(2028, 7, 11), False),  # ... and a Tuesday in 2028
        (date(2026, 7, 21), False),  # national holiday
        (date(2026, 12, 25), False),
        (date(2027, 1, 1), False),
        (date(2026, 4, 6), False),  # Easter Monday
        (date(2026, 11, 11), False),  # Armistice
        (date(2026, 12, 28), True),  # an ordinary Monday between Christmas and New Year
        (date(2026, 7, 13), True),
    ],
)
def test_the_flemish_government_calendar(day: date, working: bool) -> None:
    assert is_working_day(day) is working


def test_working_days_across_11_july_21_july_and_easter_monday() -> None:
    # Thursday 10 July 2025 + 1: Friday 11 July (Flemish holiday) and the weekend skipped.
    assert add_working_days(date(2025, 7, 10), 1) == date(2025, 7, 14)
    # Monday 7 July 2025 + 10: 11 July and 21 July both fall in the span -> Wednesday 23/07.
    assert add_working_days(date(2025, 7, 7), 10) == date(2025, 7, 23)
    # Thursday 2 April 2026 + 2: Friday 3/4 works, Easter Monday 6/4 not -> Tuesday 7/4.
    assert add_working_days(date(2026, 4, 2), 2) == date(2026, 4, 7)


def test_default_answer_deadline_is_ten_working_days_from_today_in_brussels() -> None:
    assert DEFAULT_ANSWER_WORKING_DAYS == 10
    # 23:30 UTC on 17/12/2026 is already Friday 18/12 in Brussels. Ten working days from
    # there skip Christmas (Fri 25/12) and New Year (Fri 1/1): Tuesday 05/01/2027.
    late_evening = datetime(2026, 12, 17, 23, 30, tzinfo=UTC)
    assert default_answer_due(late_evening) == date(2027, 1, 5)
    assert default_answer_due(datetime(2026, 12, 17, 12, 0, tzinfo=UTC)) == date(2027, 1, 4)


def test_sending_feedback_meets_the_last_deadline() -> None:
    received = datetime(2026, 1, 10, 9, 0, tzinfo=UTC)
    now = received + timedelta(days=30)
    open_ = next_deadline(Status.INVESTIGATING, received, received, now)
    assert open_ is not None and open_.kind is DeadlineKind.FEEDBACK
    assert (
        next_deadline(Status.INVESTIGATING, received, received, now, feedback_sent_at=now) is None
    )


def test_a_request_is_overdue_only_while_open_and_after_its_last_day() -> None:
    due = date(2026, 7, 23)
    request = MessageKind.INFO_REQUEST
    assert not is_overdue(request, MessageState.SENT, due, due)  # the last day itself is fine
    assert is_overdue(request, MessageState.SENT, due, due + timedelta(days=1))
    assert is_overdue(request, MessageState.QUEUED, due, due + timedelta(days=1))
    assert not is_overdue(request, MessageState.ANSWERED, due, due + timedelta(days=1))
    assert not is_overdue(request, MessageState.CANCELLED, due, due + timedelta(days=1))
    assert not is_overdue(MessageKind.FEEDBACK, MessageState.SENT, due, due + timedelta(days=1))
