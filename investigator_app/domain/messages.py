"""Messages between a department and the reporter, relayed by the intake service.

The investigator never handles the reporter's address: the service turns a message into an
e-mail with a one-time link to a page where the reporter reads it (and, for an information
request, answers). These are the kinds and states every party agrees on.
"""

from __future__ import annotations

from datetime import date, timedelta
from enum import StrEnum

from investigator_app.domain.lifecycle import TransitionError

DEFAULT_ANSWER_WORKING_DAYS = 10
MAX_ANSWER_HORIZON = timedelta(days=366)
"""How far ahead an answer deadline may lie."""
"""An information request's answer deadline, in Belgian working days, unless changed."""


class MessageKind(StrEnum):
    INFO_REQUEST = "info_request"  # a question; the reporter answers on the reply page
    ACKNOWLEDGEMENT = "acknowledgement"  # the acknowledgement of receipt (7-day deadline)
    FEEDBACK = "feedback"  # feedback on the follow-up (3-month deadline)


class MessageState(StrEnum):
    QUEUED = "queued"  # on the desktop only: in the outbox, not yet at the service
    SENDING = "sending"  # at the service; the e-mail is being sent (retried with back-off)
    SENT = "sent"  # the e-mail was accepted by the mail server
    NOT_DELIVERED = "not_delivered"  # the last retry failed, or there is no e-mail address
    ANSWERED = "answered"  # information requests: the reporter answered (web or phone)
    CANCELLED = "cancelled"  # information requests: cancelled; the link stops working
    EXPIRED = "expired"  # information requests: the link expired without an answer


OPEN_REQUEST_STATES = frozenset({MessageState.QUEUED, MessageState.SENDING, MessageState.SENT})
"""States in which an information request still waits for an answer (and can be reminded
or cancelled)."""


def answer_deadline_passed(answer_due: date | None, today: date) -> bool:
    """The reporter may answer through the whole of the deadline day (Brussels dates)."""
    return answer_due is not None and today > answer_due


def is_overdue(
    kind: MessageKind, state: MessageState, answer_due: date | None, today: date
) -> bool:
    """An information request still open after its answer deadline (a Brussels date)."""
    return (
        kind is MessageKind.INFO_REQUEST
        and state in OPEN_REQUEST_STATES
        and answer_deadline_passed(answer_due, today)
    )


NO_EMAIL_FOR_REMINDER = "the reporter has no e-mail address: 1700 contacts them by phone"
"""Why a reminder is refused for a reporter without e-mail (1700 calls them instead)."""


def check_answer_due(due: date, today: date) -> None:
    """An information request's deadline lies between ``today`` and a year ahead (Brussels
    days); raises TransitionError with the reason otherwise."""
    if due < today:
        raise TransitionError("the answer deadline lies in the past")
    if due > today + MAX_ANSWER_HORIZON:
        raise TransitionError("the answer deadline is more than a year away")
