"""The case life cycle: which action is allowed in which status, and what it leads to.

The service refuses what is not allowed here; the desktop only offers what is allowed here.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from investigator_app.domain.vocabulary import DEPARTMENT_STATUSES, OPEN_STATUSES, Outcome, Status

_HANDLED = frozenset({Status.ACKNOWLEDGED, Status.ASSESSING, Status.INVESTIGATING})


class Action(StrEnum):
    """What a department member can do to a case (the kinds of outbox operation)."""

    ACKNOWLEDGE = "acknowledge"
    ASSIGN = "assign"
    START_ASSESSMENT = "start_assessment"
    START_INVESTIGATION = "start_investigation"
    CLOSE = "close"
    RETURN_TO_1700 = "return_to_1700"
    # Messages to the reporter through the relay. They change no status and never
    # conflict with a colleague's change (see MESSAGE_ACTIONS).
    REQUEST_INFO = "request_info"
    SEND_FEEDBACK = "send_feedback"
    REMIND = "remind"  # an open information request: send a reminder
    CANCEL_REQUEST = "cancel_request"  # an open information request: cancel it
    # The user's own business with the case (see PERSONAL_ACTIONS): confidential notes and
    # the conflict-of-interest declaration. They change no status and never conflict.
    ADD_NOTE = "add_note"
    EDIT_NOTE = "edit_note"  # only the note's author; the earlier text stays as a version
    DECLARE_NO_CONFLICT = "declare_no_conflict"
    RECUSE = "recuse"  # unassigns the user, hides the case from them, flags it for reassigning
    # A copy of the dossier the user exported or printed, for the case's audit trail.
    RECORD_COPY = "record_copy"
    # The investigation (see INVESTIGATION_ACTIONS): allegations, their findings, the plan.
    ADD_ALLEGATION = "add_allegation"
    EDIT_ALLEGATION = "edit_allegation"  # the earlier text stays as a version
    WITHDRAW_ALLEGATION = "withdraw_allegation"
    RECORD_FINDING = "record_finding"  # a new finding on an allegation replaces the last
    ADD_TASK = "add_task"
    EDIT_TASK = "edit_task"
    SET_TASK_STATE = "set_task_state"  # done, cancelled, or open again
    # Evidence (domain.evidence) and interview records (domain.interviews): part of the
    # investigation's record, so also in INVESTIGATION_ACTIONS.
    ADD_PIECE = "add_piece"  # its bytes are uploaded first (by content address)
    REPLACE_PIECE = "replace_piece"  # a new version; the old one stays
    WITHDRAW_PIECE = "withdraw_piece"
    RECORD_CUSTODY = "record_custody"  # a piece was opened, exported or printed
    ADD_INTERVIEW = "add_interview"
    EDIT_INTERVIEW = "edit_interview"  # a draft only
    SIGN_INTERVIEW = "sign_interview"  # links the signed scan (a piece); read-only after
    CORRECT_INTERVIEW = "correct_interview"  # a new version of a signed record, with reason


class TransitionError(ValueError):
    """An action that the life cycle does not allow in the case's current state."""


RECUSED_ASSIGNEE = "this person recused themself from the case"
"""Why a case cannot be assigned to someone who recused from it."""


_NEXT_STATUS: dict[Action, tuple[frozenset[Status], Status | None]] = {
    Action.ACKNOWLEDGE: (frozenset({Status.FORWARDED}), Status.ACKNOWLEDGED),
    Action.START_ASSESSMENT: (frozenset({Status.ACKNOWLEDGED}), Status.ASSESSING),
    Action.START_INVESTIGATION: (frozenset({Status.ASSESSING}), Status.INVESTIGATING),
    Action.CLOSE: (frozenset({Status.ASSESSING, Status.INVESTIGATING}), Status.CLOSED),
    Action.RETURN_TO_1700: (OPEN_STATUSES, Status.RETURNED),
    Action.ASSIGN: (OPEN_STATUSES, None),  # None: the status stays as it is
    Action.REQUEST_INFO: (_HANDLED, None),
    # Feedback on the outcome usually follows the closing.
    Action.SEND_FEEDBACK: (_HANDLED | {Status.CLOSED}, None),
    Action.REMIND: (_HANDLED | {Status.CLOSED}, None),
    Action.CANCEL_REQUEST: (_HANDLED | {Status.CLOSED}, None),
    Action.ADD_NOTE: (DEPARTMENT_STATUSES, None),
    Action.EDIT_NOTE: (DEPARTMENT_STATUSES, None),
    Action.DECLARE_NO_CONFLICT: (DEPARTMENT_STATUSES, None),
    Action.RECUSE: (DEPARTMENT_STATUSES, None),
    Action.RECORD_COPY: (DEPARTMENT_STATUSES, None),
    Action.ADD_ALLEGATION: (_HANDLED, None),
    Action.EDIT_ALLEGATION: (_HANDLED, None),
    Action.WITHDRAW_ALLEGATION: (_HANDLED, None),
    Action.RECORD_FINDING: (frozenset({Status.INVESTIGATING}), None),
    Action.ADD_TASK: (_HANDLED, None),
    Action.EDIT_TASK: (_HANDLED, None),
    # An open task can still be ticked off or cancelled after the closing.
    Action.SET_TASK_STATE: (_HANDLED | {Status.CLOSED}, None),
    # After the closing only the signed copy of an interview record (operations.AddPieceOp).
    Action.ADD_PIECE: (_HANDLED | {Status.CLOSED}, None),
    Action.REPLACE_PIECE: (_HANDLED, None),
    Action.WITHDRAW_PIECE: (_HANDLED, None),
    # Handling a piece is recorded whatever the case's state (a closed case's too).
    Action.RECORD_CUSTODY: (DEPARTMENT_STATUSES, None),
    Action.ADD_INTERVIEW: (_HANDLED, None),
    Action.EDIT_INTERVIEW: (_HANDLED, None),
    # A record read back before the closing may come back signed after it.
    Action.SIGN_INTERVIEW: (_HANDLED | {Status.CLOSED}, None),
    Action.CORRECT_INTERVIEW: (_HANDLED, None),
}

MESSAGE_ACTIONS: frozenset[Action] = frozenset(
    {Action.REQUEST_INFO, Action.SEND_FEEDBACK, Action.REMIND, Action.CANCEL_REQUEST}
)
"""Actions on the conversation with the reporter: applied whatever a colleague changed in
the meantime (no version conflict), checked only against the case's status."""

REQUEST_ACTIONS: frozenset[Action] = frozenset({Action.REMIND, Action.CANCEL_REQUEST})
"""Actions on one open information request (offered in the message thread, not as case
actions)."""

NOTE_ACTIONS: frozenset[Action] = frozenset({Action.ADD_NOTE, Action.EDIT_NOTE})
"""Confidential notes: any status the department holds the case in, closed included."""

DECLARATION_ACTIONS: frozenset[Action] = frozenset({Action.DECLARE_NO_CONFLICT, Action.RECUSE})
"""The conflict-of-interest declaration a user makes the first time they open a case."""

PERSONAL_ACTIONS: frozenset[Action] = NOTE_ACTIONS | DECLARATION_ACTIONS | {Action.RECORD_COPY}
"""Actions on the user's own relation to the case (their notes, their declaration, the copies
they made): never offered as case actions, never in conflict with a colleague's change."""

EVIDENCE_ACTIONS: frozenset[Action] = frozenset(
    {
        Action.ADD_PIECE,
        Action.REPLACE_PIECE,
        Action.WITHDRAW_PIECE,
        Action.RECORD_CUSTODY,
        Action.ADD_INTERVIEW,
        Action.EDIT_INTERVIEW,
        Action.SIGN_INTERVIEW,
        Action.CORRECT_INTERVIEW,
    }
)
"""Evidence and interview records (issue 12): investigation actions; ``record_custody``
may be queued by any department member who opens, exports or prints a piece."""

INVESTIGATION_ACTIONS: frozenset[Action] = frozenset(
    {
        Action.ADD_ALLEGATION,
        Action.EDIT_ALLEGATION,
        Action.WITHDRAW_ALLEGATION,
        Action.RECORD_FINDING,
        Action.ADD_TASK,
        Action.EDIT_TASK,
        Action.SET_TASK_STATE,
        *EVIDENCE_ACTIONS,
    }
)
"""The investigation's own record (domain.investigation): by the case team (assignee and
managers), offered on the Onderzoek tab, never as case actions; they never conflict with a
colleague's change (each item keeps its versions), and closing checks the findings."""

_OUTCOMES_BY_STATUS: dict[Status, frozenset[Outcome]] = {
    # A report is found unfounded or inadmissible while assessing it; "founded" needs an
    # investigation first.
    Status.ASSESSING: frozenset({Outcome.UNFOUNDED, Outcome.INADMISSIBLE}),
    Status.INVESTIGATING: frozenset(
        {Outcome.FOUNDED, Outcome.PARTLY_FOUNDED, Outcome.UNFOUNDED, Outcome.NOT_DETERMINABLE}
    ),
}

REASON_REQUIRED: frozenset[Action] = frozenset({Action.CLOSE, Action.RETURN_TO_1700})
"""Actions that must carry a motivation or reason (kept in the case's history)."""


def action_allowed(status: Status, action: Action) -> bool:
    """Whether ``action`` is allowed at all while the case is in ``status``."""
    return status in _NEXT_STATUS[action][0]


def allowed_actions(status: Status) -> list[Action]:
    """The case actions a department member may take in ``status``, in menu order (the
    per-request actions of REQUEST_ACTIONS are not among them: see request_action_allowed;
    nor are notes and declarations, PERSONAL_ACTIONS, nor INVESTIGATION_ACTIONS)."""
    return [
        action
        for action, (sources, _) in _NEXT_STATUS.items()
        if status in sources
        and action not in REQUEST_ACTIONS | PERSONAL_ACTIONS | INVESTIGATION_ACTIONS
    ]


def request_action_allowed(status: Status, action: Action) -> bool:
    """Whether a REQUEST_ACTIONS action may be taken on an open request of a case in
    ``status``."""
    return action in REQUEST_ACTIONS and status in _NEXT_STATUS[action][0]


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
