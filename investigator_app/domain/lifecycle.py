"""The case life cycle: which action is allowed in which status, and what it leads to.

The service refuses what is not allowed here; the desktop only offers what is allowed here.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from investigator_app.domain.vocabulary import OPEN_STATUSES, Outcome, Status


class Action(StrEnum):
    """What a department member can do to a case (the kinds of outbox operation)."""

    ACKNOWLEDGE = "acknowledge"
    ASSIGN = "assign"
    START_ASSESSMENT = "start_assessment"
    START_INVESTIGATION = "start_investigation"
    CLOSE = "close"
    RETURN_TO_1700 = "return_to_1700"


class TransitionError(ValueError):
    """An action that the life cycle does not allow in the case's current state."""


_NEXT_STATUS: dict[Action, tuple[frozenset[Status], Status | None]] = {
    Action.ACKNOWLEDGE: (frozenset({Status.FORWARDED}), Status.ACKNOWLEDGED),
    Action.START_ASSESSMENT: (frozenset({Status.ACKNOWLEDGED}), Status.ASSESSING),
    Action.START_INVESTIGATION: (frozenset({Status.ASSESSING}), Status.INVESTIGATING),
    Action.CLOSE: (frozenset({Status.ASSESSING, Status.INVESTIGATING}), Status.CLOSED),
    Action.RETURN_TO_1700: (OPEN_STATUSES, Status.RETURNED),
    Action.ASSIGN: (OPEN_STATUSES, None),  # None: the status stays as it is
}

_OUTCOMES_BY_STATUS: dict[Status, frozenset[Outcome]] = {
    # A report is found unfounded or inadmissible while assessing it; "founded" needs an
    # investigation first.
    Status.ASSESSING: frozenset({Outcome.UNFOUNDED, Outcome.INADMISSIBLE}),
    Status.INVESTIGATING: frozenset(Outcome),
}

REASON_REQUIRED: frozenset[Action] = frozenset({Action.CLOSE, Action.RETURN_TO_1700})
"""Actions that must carry a motivation or reason (kept in the case's history)."""


def allowed_actions(status: Status) -> list[Action]:
    """The actions a department member may take on a case in ``status``, in menu order."""
    return [action for action, (sources, _) in _NEXT_STATUS.items() if status in sources]


def allowed_outcomes(status: Status) -> list[Outcome]:
    """The outcomes a case in ``status`` may be closed with, in a stable order."""
    allowed = _OUTCOMES_BY_STATUS.get(status, frozenset())
    return [outcome for outcome in Outcome if outcome in allowed]


@dataclass(frozen=True)
class Transition:
    """The effect of an allowed action."""

    status: Status
    outcome: Outcome | None


def transition(
    status: Status,
    action: Action,
    *,
    outcome: Outcome | None = None,
    reason: str | None = None,
) -> Transition:
    """Check ``action`` against the life cycle and return the resulting state.

    Raises TransitionError with a short English explanation when it is not allowed.
    """
    sources, target = _NEXT_STATUS[action]
    if status not in sources:
        raise TransitionError(f"'{action}' is not allowed while the case is '{status}'")
    if action in REASON_REQUIRED and not (reason and reason.strip()):
        raise TransitionError(f"'{action}' needs a reason")
    if action is Action.CLOSE:
        if outcome is None:
            raise TransitionError("closing a case needs an outcome")
        if outcome not in _OUTCOMES_BY_STATUS.get(status, frozenset()):
            raise TransitionError(f"outcome '{outcome}' is not possible while '{status}'")
        return Transition(Status.CLOSED, outcome)
    if outcome is not None:
        raise TransitionError(f"'{action}' takes no outcome")
    return Transition(target if target is not None else status, None)


def can_forward(status: Status) -> bool:
    """Whether the 1700 desk may forward (or re-route) a case in ``status``."""
    return status in (Status.REGISTERED, Status.RETURNED)
