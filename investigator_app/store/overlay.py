"""The displayed state of a case: the service's snapshot plus our own pending operations.

Pending operations are replayed in the order the user made them through their ``effect``
(domain.case_effects, the functions the service applies too). One that no longer fits the
snapshot (a colleague acted first) is skipped here; the service will refuse it and the user
sees it as a refused action.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date

from investigator_app.domain.case_effects import CaseState
from investigator_app.domain.events import EVENT_OF_ACTION
from investigator_app.domain.lifecycle import Action, TransitionError
from investigator_app.domain.messages import (
    OPEN_REQUEST_STATES,
    MessageKind,
    MessageState,
    is_overdue,
)
from investigator_app.operations import (
    AcknowledgeOp,
    AssignOp,
    CancelRequestOp,
    CloseOp,
    Operation,
    RemindOp,
    RequestInfoOp,
    ReturnTo1700Op,
    SendFeedbackOp,
    StartAssessmentOp,
    StartInvestigationOp,
)
from investigator_app.store.views import MessageView, TimelineEntry


@dataclass(frozen=True)
class Shown:
    """A case's state as the user sees it, with the assignee's name to show."""

    state: CaseState
    assignee_name: str | None


def apply_op(shown: Shown, op: Operation, names: Mapping[str, str], me: str) -> Shown:
    """The state after ``op`` by ``me``; raises TransitionError when the case forbids it."""
    state = op.effect(shown.state, me, op.made_at)
    if state.assignee_id == shown.state.assignee_id:
        return Shown(state, shown.assignee_name)
    name = names.get(state.assignee_id) if state.assignee_id is not None else None
    return Shown(state, name)


_KIND_OF_MESSAGE = {
    Action.REQUEST_INFO: MessageKind.INFO_REQUEST,
    Action.SEND_FEEDBACK: MessageKind.FEEDBACK,
    Action.ACKNOWLEDGE: MessageKind.ACKNOWLEDGEMENT,
}


def overlay_messages(
    messages: list[MessageView], ops: Iterable[Operation], actor: str, today: date
) -> list[MessageView]:
    """The thread as the user sees it: our queued messages at the end (QUEUED), open
    requests we reminded or cancelled marked so. Only ops the life cycle still allows
    (those ``overlay`` keeps) should be passed."""
    shown = list(messages)
    for op in ops:
        if isinstance(op, AcknowledgeOp | RequestInfoOp | SendFeedbackOp):
            message = op.message
            if message is None or any(m.id == str(message.message_id) for m in shown):
                continue  # no letter, or the service has it already (its answer was lost)
            shown.append(
                MessageView(
                    id=str(message.message_id),
                    kind=_KIND_OF_MESSAGE[op.action],
                    state=MessageState.QUEUED,
                    body=message.body,
                    author=actor,
                    created_at=op.made_at,
                    answer_due=op.message.answer_due if isinstance(op, RequestInfoOp) else None,
                    overdue=False,
                )
            )
        elif isinstance(op, RemindOp | CancelRequestOp):
            target = str(op.target_message_id)
            for index, message_view in enumerate(shown):
                if message_view.id != target or message_view.state not in OPEN_REQUEST_STATES:
                    continue
                if isinstance(op, RemindOp):
                    shown[index] = replace(message_view, reminder_pending=True)
                else:
                    shown[index] = replace(
                        message_view,
                        state=MessageState.CANCELLED,
                        cancelled_at=op.made_at,
                        cancel_pending=True,
                        overdue=False,
                    )
    return [_with_overdue(m, today) for m in shown]


def _with_overdue(message: MessageView, today: date) -> MessageView:
    overdue = is_overdue(message.kind, message.state, message.answer_due, today)
    return message if overdue == message.overdue else replace(message, overdue=overdue)


@dataclass(frozen=True)
class Overlaid:
    shown: Shown
    applied: list[Operation]  # the ops the life cycle allowed in turn
    timeline: list[TimelineEntry]  # one pending entry per applied op with a timeline event


def overlay(
    base: Shown, ops: Iterable[Operation], names: Mapping[str, str], me: str, actor: str
) -> Overlaid:
    """Replay ``ops`` by ``me`` (shown as ``actor``) on ``base``, skipping those the case
    no longer allows."""
    shown = base
    applied: list[Operation] = []
    entries: list[TimelineEntry] = []
    for op in ops:
        try:
            after = apply_op(shown, op, names, me)
        except TransitionError:
            continue
        applied.append(op)
        kind = EVENT_OF_ACTION.get(op.action)
        if kind is not None:
            entries.append(
                TimelineEntry(
                    at=op.made_at,
                    actor=actor,
                    kind=kind,
                    from_status=shown.state.status,
                    to_status=after.state.status,
                    outcome=op.outcome if isinstance(op, CloseOp) else None,
                    reason=_reason(op),
                    pending=True,
                    assignee=after.assignee_name if isinstance(op, AssignOp) else None,
                )
            )
        shown = after
    return Overlaid(shown, applied, entries)


_WITH_REASON = CloseOp | ReturnTo1700Op | StartAssessmentOp | StartInvestigationOp


def _reason(op: Operation) -> str | None:
    """The motivation the timeline shows for ``op`` (closing, returning; the start of the
    assessment or investigation, when one was given), as the service records it."""
    return (op.reason or None) if isinstance(op, _WITH_REASON) else None


def expected_version(snapshot_version: int, pending_bases: Iterable[int]) -> int:
    """The version the service will have once our pending operations on a case are applied.

    Each applied operation bumps the version by one. A pending op based on an older version
    than the snapshot is already in it (its answer was lost) or bound to conflict, so it is
    not counted.
    """
    return snapshot_version + sum(1 for base in pending_bases if base >= snapshot_version)
