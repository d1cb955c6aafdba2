"""What each action does to a case: one pure function per action.

The service applies these to the case it stores; the desktop applies the same functions to
its last snapshot to show queued actions at once (the overlay). Both sides therefore show
the same case once the service has answered. Each function raises TransitionError when the
life cycle does not allow the action in the case's current state.

Only the fields here are an action's effect on the case itself; what an action adds beside
it (a timeline event, a message, a note, a declaration) is the caller's to record.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from investigator_app.domain.lifecycle import Action, transition
from investigator_app.domain.vocabulary import Outcome, Status


@dataclass(frozen=True)
class CaseState:
    """The parts of a case that actions change."""

    status: Status
    outcome: Outcome | None
    acknowledged_at: datetime | None
    closed_at: datetime | None
    assignee_id: str | None
    needs_reassignment: bool = False  # someone recused; the next assignment clears it
    feedback_sent_at: datetime | None = None  # meets the 3-month feedback deadline


def allowed(state: CaseState, action: Action) -> CaseState:
    """Actions that change nothing on the case itself (messages, notes, declarations): the
    status must allow them."""
    transition(state.status, action)
    return state


def acknowledge(state: CaseState, at: datetime) -> CaseState:
    change = transition(state.status, Action.ACKNOWLEDGE)
    return replace(state, status=change.status, acknowledged_at=state.acknowledged_at or at)


def assign(state: CaseState, assignee_id: str | None) -> CaseState:
    """Assign to ``assignee_id`` (None unassigns). Assigning someone settles a recusal's
    call for reassignment; unassigning does not."""
    transition(state.status, Action.ASSIGN)
    return replace(
        state,
        assignee_id=assignee_id,
        needs_reassignment=state.needs_reassignment and assignee_id is None,
    )


def start_assessment(state: CaseState) -> CaseState:
    return replace(state, status=transition(state.status, Action.START_ASSESSMENT).status)


def start_investigation(state: CaseState) -> CaseState:
    return replace(state, status=transition(state.status, Action.START_INVESTIGATION).status)


def close(state: CaseState, outcome: Outcome, reason: str, at: datetime) -> CaseState:
    change = transition(state.status, Action.CLOSE, outcome=outcome, reason=reason)
    return replace(state, status=change.status, outcome=change.outcome, closed_at=at)


def return_to_1700(state: CaseState, reason: str) -> CaseState:
    """Back to 1700: nobody of this department holds it any more, and the next department
    assigns afresh."""
    change = transition(state.status, Action.RETURN_TO_1700, reason=reason)
    return replace(state, status=change.status, assignee_id=None, needs_reassignment=False)


def send_feedback(state: CaseState, at: datetime) -> CaseState:
    """The first feedback letter meets the feedback deadline; later ones change nothing."""
    transition(state.status, Action.SEND_FEEDBACK)
    return replace(state, feedback_sent_at=state.feedback_sent_at or at)


def recuse(state: CaseState, person_id: str) -> CaseState:
    """``person_id`` steps aside: unassigned if the case was theirs, and flagged for the
    manager to reassign."""
    transition(state.status, Action.RECUSE)
    assignee = None if state.assignee_id == person_id else state.assignee_id
    return replace(state, assignee_id=assignee, needs_reassignment=True)
