"""What the desktop shows of a case: plain read models built by the store for the GUI.

They already include the effect of local actions that are still waiting in the outbox,
so the user sees their own change at once, also offline.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Literal

from investigator_app.domain.deadlines import Deadline
from investigator_app.domain.events import EventKind
from investigator_app.domain.investigation import EMPTY, ClosingGround, Investigation, Task
from investigator_app.domain.lifecycle import Action
from investigator_app.domain.messages import MessageKind, MessageState
from investigator_app.domain.notes import NoteVisibility
from investigator_app.domain.vocabulary import (
    Category,
    Channel,
    Language,
    Outcome,
    ReporterKind,
    Status,
)
from investigator_app.protocol import RelatedOut


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
    has_conflict: bool  # an action of ours was refused (a colleague was first, or else)
    # Lower-cased reference, summary, entity, persons, assignee. The long texts (description,
    # messages, answers) are found through the store's keyed index (LocalStore.word_matches)
    # without the list holding them or the store keeping them in the clear.
    search_text: str
    awaiting_answer: bool = False  # an information request is open
    overdue_request: bool = False  # an open information request is past its deadline
    answer_due: date | None = None  # the earliest deadline of the open requests
    unread: bool = False  # a new answer arrived since the user last opened the case
    # Conflict of interest: whether the signed-in user declared none (or has it queued);
    # whether someone recused and the case waits for a manager to reassign it.
    conflict_declared: bool = False
    needs_reassignment: bool = False
    # Forwarded to the department and not yet opened on this workstation.
    new: bool = False
    # Open tasks of the investigation the signed-in user owns (ours queued included), and
    # how many of them are past their due date (Brussels).
    my_open_tasks: int = 0
    my_overdue_tasks: int = 0
    assigned_to_me: bool = False  # the signed-in user is the assignee (ours queued included)
    search_key: int = 0  # the case's key in the store's search index (word_matches)


@dataclass(frozen=True)
class QueuedAction:
    """An action of ours waiting in the outbox (not yet sent, or sent and not answered).
    ``undoable``: it can still be taken back (LocalStore.undo): the pusher has not taken it
    and no later queued action of ours on the case builds on it."""

    op_id: str
    action: Action
    made_at: datetime
    undoable: bool


@dataclass(frozen=True)
class MyTask:
    """An open task of the signed-in user, with the case it belongs to."""

    case_id: str
    reference: str
    task: Task


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
class AttachmentView:
    sha256: str
    name: str
    size: int
    media_type: str
    added_at: datetime
    added_by: str
    available: bool  # the verified bytes are in the store (they open offline)


@dataclass(frozen=True)
class NoteVersionView:
    """An earlier text of a note."""

    version: int
    body: str
    visibility: NoteVisibility
    edited_at: datetime


@dataclass(frozen=True)
class NoteView:
    """A confidential note: the service's copy, or ours while its add or edit is queued."""

    id: str
    author_id: str
    author: str
    visibility: NoteVisibility
    body: str
    version: int
    created_at: datetime
    edited_at: datetime
    earlier: list[NoteVersionView] = field(default_factory=list)  # oldest first
    pending: bool = False  # our add or edit waits in the outbox
    mine: bool = False  # written by the signed-in user (only they may edit it)


@dataclass(frozen=True)
class RecusalView:
    """A department member who stepped aside for a conflict of interest."""

    person: str
    at: datetime
    reason: str | None
    pending: bool = False  # our own recusal, still in the outbox
    person_id: str = ""  # who may no longer be assigned the case


@dataclass(frozen=True)
class MessageView:
    """One message of the thread: the service's state, or QUEUED while in our outbox."""

    id: str
    kind: MessageKind
    state: MessageState
    body: str
    author: str
    created_at: datetime
    answer_due: date | None = None
    sent_at: datetime | None = None
    delivery_attempts: int = 0
    delivery_error: str | None = None
    reminded_at: datetime | None = None
    cancelled_at: datetime | None = None
    answered_at: datetime | None = None
    answer: str | None = None
    answer_channel: str | None = None
    attachments: list[AttachmentView] = field(default_factory=list)
    overdue: bool = False
    reminder_pending: bool = False  # our reminder waits in the outbox
    cancel_pending: bool = False  # our cancellation waits in the outbox (shown cancelled)


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
    reporter_language: Language = Language.NL
    reporter_reachable_by_email: bool = True
    feedback_sent_at: datetime | None = None
    messages: list[MessageView] = field(default_factory=list)
    attachments: list[AttachmentView] = field(default_factory=list)  # from registration
    unread: bool = False
    notes: list[NoteView] = field(default_factory=list)  # oldest first, ours included
    conflict_declared: bool = False  # the signed-in user declared no conflict of interest
    needs_reassignment: bool = False
    recusals: list[RecusalView] = field(default_factory=list)
    # Allegations, findings and tasks, our queued changes applied (their items pending).
    investigation: Investigation = EMPTY
    closing_ground: ClosingGround | None = None  # closed without investigation: why
    queued: list[QueuedAction] = field(default_factory=list)  # ours, oldest first
    is_case_team: bool = False  # the signed-in user may change the investigation
    related: RelatedOut = field(default_factory=RelatedOut)  # related cases, per viewer


@dataclass(frozen=True)
class RefusedAction:
    """A local action the service did not apply: a colleague changed the case first
    (``conflict``), the service refused it (``rejected``), or the service failed on it each
    time it was sent (``failed``: no verdict on the action, it may work later). The user
    decides what next."""

    op_id: str
    refusal: Literal["conflict", "rejected", "failed"]
    case_id: str
    reference: str
    action: Action
    message: str  # the service's explanation
    made_at: datetime
