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


EVENT_OF_ACTION: dict[Action, EventKind] = {
    Action.ACKNOWLEDGE: EventKind.ACKNOWLEDGED,
    Action.START_ASSESSMENT: EventKind.ASSESSMENT_STARTED,
    Action.START_INVESTIGATION: EventKind.INVESTIGATION_STARTED,
    Action.ASSIGN: EventKind.ASSIGNED,
    Action.CLOSE: EventKind.CLOSED,
    Action.RETURN_TO_1700: EventKind.RETURNED,
}
