"""The life cycle the service enforces and the desktop offers."""

from __future__ import annotations

import pytest

from investigator_app.domain.lifecycle import (
    Action,
    TransitionError,
    allowed_actions,
    allowed_outcomes,
    can_forward,
    request_action_allowed,
    transition,
)
from investigator_app.domain.vocabulary import Outcome, Status


def test_a_forwarded_case_can_be_acknowledged_assigned_or_returned_only() -> None:
    assert allowed_actions(Status.FORWARDED) == [
        Action.ACKNOWLEDGE,
        Action.RETURN_TO_1700,
        Action.ASSIGN,
    ]


def test_the_happy_path_runs_from_forwarded_to_closed_founded() -> None:
    status = Status.FORWARDED
    for action in (Action.ACKNOWLEDGE, Action.START_ASSESSMENT, Action.START_INVESTIGATION):
        status = transition(status, action).status
    closed = transition(status, Action.CLOSE, outcome=Outcome.FOUNDED, reason="Bewezen.")
    assert (closed.status, closed.outcome) == (Status.CLOSED, Outcome.FOUNDED)


def test_founded_needs_an_investigation_but_unfounded_can_close_an_assessment() -> None:
    assert allowed_outcomes(Status.ASSESSING) == [Outcome.UNFOUNDED, Outcome.INADMISSIBLE]
    with pytest.raises(TransitionError):
        transition(Status.ASSESSING, Action.CLOSE, outcome=Outcome.FOUNDED, reason="x")
    assert (
        transition(Status.ASSESSING, Action.CLOSE, outcome=Outcome.UNFOUNDED, reason="x").status
        is Status.CLOSED
    )


@pytest.mark.parametrize("action", [Action.CLOSE, Action.RETURN_TO_1700])
def test_closing_and_returning_need_a_reason(action: Action) -> None:
    with pytest.raises(TransitionError, match="reason"):
        transition(
            Status.INVESTIGATING,
            action,
            outcome=Outcome.FOUNDED if action is Action.CLOSE else None,
            reason="  ",
        )


def test_closed_and_returned_cases_take_no_action_and_skipping_steps_is_refused() -> None:
    # A closed case only takes the feedback letter on its outcome.
    assert allowed_actions(Status.CLOSED) == [Action.SEND_FEEDBACK]
    assert allowed_actions(Status.RETURNED) == []
    with pytest.raises(TransitionError):
        transition(Status.FORWARDED, Action.START_INVESTIGATION)
    with pytest.raises(TransitionError):
        transition(Status.CLOSED, Action.ASSIGN)


def test_assigning_keeps_the_status() -> None:
    assert transition(Status.INVESTIGATING, Action.ASSIGN).status is Status.INVESTIGATING


def test_only_registered_and_returned_cases_can_be_forwarded_by_1700() -> None:
    assert [s for s in Status if can_forward(s)] == [Status.REGISTERED, Status.RETURNED]


def test_messages_to_the_reporter_follow_the_acknowledgement_and_change_no_status() -> None:
    assert Action.REQUEST_INFO not in allowed_actions(Status.FORWARDED)
    assert Action.REQUEST_INFO in allowed_actions(Status.ASSESSING)
    assert transition(Status.INVESTIGATING, Action.REQUEST_INFO).status is Status.INVESTIGATING
    # Reminding and cancelling belong to one request, not to the case's action buttons.
    assert Action.REMIND not in allowed_actions(Status.ASSESSING)
    assert request_action_allowed(Status.ASSESSING, Action.CANCEL_REQUEST)
    assert not request_action_allowed(Status.RETURNED, Action.REMIND)
