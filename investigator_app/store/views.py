"""What the desktop shows of a case: plain read models built by the store for the GUI.

They already include the effect of local actions that are still waiting in the outbox,
so the user sees their own change at once, also offline.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from investigator_app.domain.deadlines import Deadline
from investigator_app.domain.events import EventKind
from investigator_app.domain.lifecycle import Action
from investigator_app.domain.vocabulary import (
    Category,
    Channel,
    Outcome,
    ReporterKind,
    Status,
)


@dataclass(frozen=True)
class CaseSummary:
    """One row of the case list."""

    id: str
    reference: str
    received_at: datetime
    category: Category
    involved_entity: str
    status: Status
    next_deadline: Deadline | None
    assignee_name: str | None
    pending_actions: int  # local actions not yet confirmed by the service
    has_conflict: bool  # an action of ours was refused because a colleague was first
    search_text: str  # lower-cased reference, summary, entity, persons, assignee


@dataclass(frozen=True)
class TimelineEntry:
    at: datetime
    actor: str
    kind: EventKind
    from_status: Status | None
    to_status: Status | None
    outcome: Outcome | None
    reason: str | None
    pending: bool  # our own action, not yet confirmed by the service
    assignee: str | None = None  # for "assigned": the new assignee's name (None: unassigned)


@dataclass(frozen=True)
class CaseDetail:
    """Everything the case pane shows."""

    id: str
    reference: str
    version: int
    department: str
    status: Status
    outcome: Outcome | None
    channel: Channel
    category: Category
    received_at: datetime
    forwarded_at: datetime
    acknowledged_at: datetime | None
    closed_at: datetime | None
    summary: str
    description: str
    involved_entity: str
    involved_persons: list[str]
    reporter_kind: ReporterKind
    assignee_id: str | None
    assignee_name: str | None
    next_deadline: Deadline | None
    timeline: list[TimelineEntry]
    allowed_actions: list[Action]


@dataclass(frozen=True)
class RefusedAction:
    """A local action the service did not apply: a colleague changed the case first
    (``conflict``), or the service refused it (``rejected``). The user decides what next."""

    op_id: str
    refusal: Literal["conflict", "rejected"]
    case_id: str
    reference: str
    action: Action
    outcome: Outcome | None
    reason: str
    assignee_id: str | None
    message: str  # the service's explanation
    made_at: datetime
