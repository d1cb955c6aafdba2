"""The displayed state of a case: the service's snapshot plus our own pending actions.

Pending operations are replayed in the order the user made them with the life-cycle
rules. One that no longer fits the snapshot (a colleague acted first) is skipped here; the
service will refuse it and the user sees it as a refused action.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime

from investigator_app.domain.events import EVENT_OF_ACTION
from investigator_app.domain.lifecycle import Action, TransitionError, transition
from investigator_app.domain.messages import (
    OPEN_REQUEST_STATES,
    MessageKind,
    MessageState,
    is_overdue,
)
from investigator_app.domain.notes import NoteVisibility
from investigator_app.domain.vocabulary import Outcome, Status
from investigator_app.store.views import MessageView, TimelineEntry


@dataclass(frozen=True)
class PendingOp:
    """An outbox row as the overlay and the sender need it."""

    op_id: uuid.UUID
    case_id: str
    action: Action
    outcome: Outcome | None
    reason: str
    assignee_id: str | None
    base_version: int
    made_at: datetime
    message_id: uuid.UUID | None = None
    body: str | None = None
    answer_due: date | None = None
    target_message_id: uuid.UUID | None = None
    # add_note, edit_note: which note and who may read it (its text is ``body``).
    note_id: uuid.UUID | None = None
    note_visibility: NoteVisibility | None = None


@dataclass(frozen=True)
class CaseState:
    """The parts of a case that actions change."""

    status: Status
    outcome: Outcome | None
    acknowledged_at: datetime | None
    closed_at: datetime | None
    assignee_id: str | None
    assignee_name: str | None
    feedback_sent_at: datetime | None = None


def apply_op(state: CaseState, op: PendingOp, names: Mapping[str, str]) -> CaseState:
    """The state after ``op``; raises TransitionError when the life cycle forbids it."""
    result = transition(state.status, op.action, outcome=op.outcome, reason=op.reason)
    new = replace(state, status=result.status, outcome=result.outcome or state.outcome)
    if op.action is Action.ACKNOWLEDGE and new.acknowledged_at is None:
        new = replace(new, acknowledged_at=op.made_at)
    elif op.action is Action.CLOSE:
        new = replace(new, closed_at=op.made_at)
    elif op.action is Action.ASSIGN:
        name = names.get(op.assignee_id) if op.assignee_id is not None else None
        new = replace(new, assignee_id=op.assignee_id, assignee_name=name)
    elif op.action is Action.SEND_FEEDBACK and new.feedback_sent_at is None:
        new = replace(new, feedback_sent_at=op.made_at)
    return new


_KIND_OF_ACTION = {
    Action.REQUEST_INFO: MessageKind.INFO_REQUEST,
    Action.SEND_FEEDBACK: MessageKind.FEEDBACK,
    Action.ACKNOWLEDGE: MessageKind.ACKNOWLEDGEMENT,
}


def overlay_messages(
    messages: list[MessageView], ops: Iterable[PendingOp], actor: str, today: date
) -> list[MessageView]:
    """The thread as the user sees it: our queued messages at the end (QUEUED), open
    requests we reminded or cancelled marked so. Only ops the life cycle still allows
    (those ``overlay`` keeps) should be passed."""
    shown = list(messages)
    for op in ops:
        kind = _KIND_OF_ACTION.get(op.action)
        if kind is not None and op.message_id is not None and op.body is not None:
            if any(m.id == str(op.message_id) for m in shown):
                continue  # the service has it already (its answer to us was lost)
            shown.append(
                MessageView(
                    id=str(op.message_id),
                    kind=kind,
                    state=MessageState.QUEUED,
                    body=op.body,
                    author=actor,
                    created_at=op.made_at,
                    answer_due=op.answer_due,
                    overdue=False,
                )
            )
        elif op.action in (Action.REMIND, Action.CANCEL_REQUEST):
            target = str(op.target_message_id)
            for index, message in enumerate(shown):
                if message.id != target or message.state not in OPEN_REQUEST_STATES:
                    continue
                if op.action is Action.REMIND:
                    shown[index] = replace(message, reminder_pending=True)
                else:
                    shown[index] = replace(
                        message,
                        state=MessageState.CANCELLED,
                        cancelled_at=op.made_at,
                        cancel_pending=True,
                        overdue=False,
                    )
    return [_with_overdue(m, today) for m in shown]


def _with_overdue(message: MessageView, today: date) -> MessageView:
    overdue = is_overdue(message.kind, message.state, message.answer_due, today)
    return message if overdue == message.overdue else replace(message, overdue=overdue)


def applicable(
    state: CaseState, ops: Iterable[PendingOp], names: Mapping[str, str]
) -> list[PendingOp]:
    """The ops the overlay replays (those the life cycle allows in turn)."""
    kept: list[PendingOp] = []
    for op in ops:
        try:
            state = apply_op(state, op, names)
        except TransitionError:
            continue
        kept.append(op)
    return kept


@dataclass(frozen=True)
class Overlaid:
    state: CaseState
    timeline: list[TimelineEntry]  # one pending entry per op that applies


def overlay(
    base: CaseState, ops: Iterable[PendingOp], names: Mapping[str, str], actor: str
) -> Overlaid:
    state = base
    entries: list[TimelineEntry] = []
    for op in ops:
        try:
            after = apply_op(state, op, names)
        except TransitionError:
            continue
        entries.append(
            TimelineEntry(
                at=op.made_at,
                actor=actor,
                kind=EVENT_OF_ACTION[op.action],
                from_status=state.status,
                to_status=after.status,
                outcome=op.outcome,
                reason=op.reason or None,
                pending=True,
                assignee=after.assignee_name if op.action is Action.ASSIGN else None,
            )
        )
        state = after
    return Overlaid(state, entries)


def expected_version(snapshot_version: int, pending_bases: Iterable[int]) -> int:
    """The version the service will have once our pending operations on a case are applied.

    Each applied operation bumps the version by one. A pending op based on an older version
    than the snapshot is already in it (its answer was lost) or bound to conflict, so it is
    not counted.
    """
    return snapshot_version + sum(1 for base in pending_bases if base >= snapshot_version)
