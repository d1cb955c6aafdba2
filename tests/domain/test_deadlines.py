"""Legal deadlines and Belgian working days."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from investigator_app.domain.deadlines import (
    DeadlineKind,
    DeadlinePolicy,
    DeadlineState,
    acknowledgement_due,
    add_months,
    add_working_days,
    feedback_due,
    next_deadline,
)
from investigator_app.domain.vocabulary import Status

RECEIVED = datetime(2026, 1, 10, 9, 0, tzinfo=UTC)


def test_acknowledgement_is_due_seven_days_after_receipt() -> None:
    assert acknowledgement_due(RECEIVED) == RECEIVED + timedelta(days=7)


def test_feedback_is_due_three_months_after_acknowledgement_or_receipt_plus_seven_days() -> None:
    acknowledged = datetime(2026, 1, 12, 14, 0, tzinfo=UTC)
    assert feedback_due(RECEIVED, acknowledged).date() == date(2026, 4, 12)
    assert feedback_due(RECEIVED, None).date() == date(2026, 4, 17)


def test_month_arithmetic_clamps_to_the_last_day_and_keeps_brussels_wall_time() -> None:
    # 31 January 10:00 in Brussels (09:00 UTC) + 1 month -> 28 February 10:00 Brussels.
    assert add_months(datetime(2026, 1, 31, 9, 0, tzinfo=UTC), 1) == datetime(
        2026, 2, 28, 9, 0, tzinfo=UTC
    )
    # Across the switch to summer time the local hour stays 10:00 (08:00 UTC).
    assert add_months(datetime(2026, 3, 1, 9, 0, tzinfo=UTC), 1) == datetime(
        2026, 4, 1, 8, 0, tzinfo=UTC
    )


def test_next_deadline_follows_the_status_and_turns_due_soon_then_overdue() -> None:
    ack = next_deadline(Status.FORWARDED, RECEIVED, None, RECEIVED + timedelta(days=1))
    assert ack is not None and (ack.kind, ack.state) == (
        DeadlineKind.ACKNOWLEDGEMENT,
        DeadlineState.ON_TIME,
    )
    soon = next_deadline(Status.FORWARDED, RECEIVED, None, RECEIVED + timedelta(days=6))
    assert soon is not None and soon.state is DeadlineState.DUE_SOON
    late = next_deadline(Status.FORWARDED, RECEIVED, None, RECEIVED + timedelta(days=8))
    assert late is not None and late.state is DeadlineState.OVERDUE
    feedback = next_deadline(Status.INVESTIGATING, RECEIVED, RECEIVED, RECEIVED + timedelta(days=8))
    assert feedback is not None and feedback.kind is DeadlineKind.FEEDBACK
    assert next_deadline(Status.CLOSED, RECEIVED, RECEIVED, RECEIVED) is None


def test_a_department_can_set_its_own_periods() -> None:
    policy = DeadlinePolicy(ack_days=5, feedback_months=2)
    assert acknowledgement_due(RECEIVED, policy) == RECEIVED + timedelta(days=5)
    assert feedback_due(RECEIVED, RECEIVED, policy).date() == date(2026, 3, 10)


def test_working_days_skip_weekends_and_belgian_holidays() -> None:
    # Friday 10 July 2026 + 1 working day: the weekend, then Monday 13 July (11 July, the
    # Flemish holiday, is not a national one and falls on a Saturday anyway).
    assert add_working_days(date(2026, 7, 10), 1) == date(2026, 7, 13)
    # 21 July (national holiday, a Tuesday) is skipped.
    assert add_working_days(date(2026, 7, 20), 1) == date(2026, 7, 22)
    # Thursday 24/12/2026 + 2: Christmas (Fri) and the weekend are skipped -> Tuesday 29/12.
    assert add_working_days(date(2026, 12, 24), 2) == date(2026, 12, 29)
    # New Year: 31/12/2026 (Thu) + 1 -> 04/01/2027 (1 January holiday, then the weekend).
    assert add_working_days(date(2026, 12, 31), 1) == date(2027, 1, 4)
