"""Kinds of entry in a case's history (the timeline every reader sees)."""

from __future__ import annotations

from enum import StrEnum

from investigator_app.domain.lifecycle import Action


class EventKind(StrEnum):
    REGISTERED = "registered"
    FORWARDED = "forwarded"
    REROUTED = "rerouted"
    ACKNOWLEDGED = "acknowledged"
    ASSESSMENT_STARTED = "assessment_started"
    INVESTIGATION_STARTED = "investigation_started"
    ASSIGNED = "assigned"
    CLOSED = "closed"
    RETURNED = "returned"
    # The conversation with the reporter (no status change).
    ACKNOWLEDGEMENT_SENT = "acknowledgement_sent"
    INFO_REQUESTED = "info_requested"
    REMINDER_SENT = "reminder_sent"
    REQUEST_CANCELLED = "request_cancelled"
    REQUEST_EXPIRED = "request_expired"
    ANSWER_RECEIVED = "answer_received"
    FEEDBACK_SENT = "feedback_sent"
    DELIVERY_FAILED = "delivery_failed"
    # A department member declared a conflict of interest and stepped aside (their reason
    # stays on the audit trail); the manager reassigns the case.
    RECUSED = "recused"


EVENT_OF_ACTION: dict[Action, EventKind] = {
    Action.ACKNOWLEDGE: EventKind.ACKNOWLEDGED,
    Action.START_ASSESSMENT: EventKind.ASSESSMENT_STARTED,
    Action.START_INVESTIGATION: EventKind.INVESTIGATION_STARTED,
    Action.ASSIGN: EventKind.ASSIGNED,
    Action.CLOSE: EventKind.CLOSED,
    Action.RETURN_TO_1700: EventKind.RETURNED,
    Action.REQUEST_INFO: EventKind.INFO_REQUESTED,
    Action.SEND_FEEDBACK: EventKind.FEEDBACK_SENT,
    Action.REMIND: EventKind.REMINDER_SENT,
    Action.CANCEL_REQUEST: EventKind.REQUEST_CANCELLED,
}
