"""What the desktop checks before it queues an operation, beyond the operation's own fields
and its effect on the case: whatever the service would refuse and the desktop can know,
so that what the user sees while it waits is what the service will make of it."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from sqlalchemy.engine import Connection

from investigator_app.domain.deadlines import BRUSSELS
from investigator_app.domain.lifecycle import RECUSED_ASSIGNEE, TransitionError
from investigator_app.domain.messages import (
    NO_EMAIL_FOR_REMINDER,
    OPEN_REQUEST_STATES,
    MessageKind,
    check_answer_due,
)
from investigator_app.operations import (
    AcknowledgeOp,
    AddNoteOp,
    AssignOp,
    CancelRequestOp,
    EditNoteOp,
    Operation,
    RemindOp,
    RequestInfoOp,
    SendFeedbackOp,
)
from investigator_app.store import notes as _notes
from investigator_app.store.conversation import messages as stored_messages
from investigator_app.store.identity import actor_name, user_id
from investigator_app.store.models import AnyRow
from investigator_app.store.overlay import overlay_messages
from investigator_app.store.sealing import Sealer


def check_before_queueing(
    conn: Connection,
    sealer: Sealer,
    op: Operation,
    row: AnyRow,
    names: Mapping[str, str],
    pending: list[Operation],
    applied: list[Operation],
) -> None:
    """Raise TransitionError when the service would refuse ``op`` on the case ``row`` as
    the user sees it (``pending``: our queued ops on it; ``applied``: those the life cycle
    allows in turn)."""
    if _holds_nul(op.model_dump()):
        # The service refuses U+0000 in any text (PostgreSQL cannot store it): never queue it.
        raise TransitionError("a text holds a NUL character (U+0000)")
    if isinstance(op, AssignOp):
        _check_assignee(sealer, op, row, names)
    if isinstance(op, AddNoteOp | EditNoteOp):
        _check_note(conn, sealer, op, pending)
    _check_message(conn, sealer, op, row, applied)


def recused_ids(sealer: Sealer, row: AnyRow) -> set[str]:
    """Who recused from the case (a ``cases`` row): they cannot be assigned it."""
    return {r.person_id for r in _notes.recusals(sealer, row.id, row.sealed_recusals)}


def _check_note(
    conn: Connection, sealer: Sealer, op: AddNoteOp | EditNoteOp, ops: list[Operation]
) -> None:
    """A note action against the notes as the user sees them; raises TransitionError."""
    my_id = user_id(conn)
    shown = _notes.overlay_notes(
        _notes.stored_notes(conn, sealer, op.case_id, my_id), ops, my_id, actor_name(conn)
    )
    _notes.check_note(shown, op)


def _check_message(
    conn: Connection, sealer: Sealer, op: Operation, row: AnyRow, applied: list[Operation]
) -> None:
    """What a message action needs besides its fields; raises TransitionError."""
    if isinstance(op, RemindOp) and not row.reporter_reachable_by_email:
        raise TransitionError(NO_EMAIL_FOR_REMINDER)
    message = op.message if isinstance(op, AcknowledgeOp | RequestInfoOp | SendFeedbackOp) else None
    if message is not None and not message.body.strip():
        raise TransitionError("a message needs text")
    if isinstance(op, RequestInfoOp):
        check_answer_due(op.message.answer_due, op.made_at.astimezone(BRUSSELS).date())
    if isinstance(op, RemindOp | CancelRequestOp):
        shown = overlay_messages(stored_messages(conn, sealer, op.case_id), applied, "", date.min)
        target = str(op.target_message_id)
        if not any(
            m.id == target and m.kind is MessageKind.INFO_REQUEST and m.state in OPEN_REQUEST_STATES
            for m in shown
        ):
            raise TransitionError("only an open information request can be reminded or cancelled")


def _check_assignee(sealer: Sealer, op: AssignOp, row: AnyRow, names: Mapping[str, str]) -> None:
    """None unassigns; anyone else must be a member of the department who did not recuse."""
    if op.assignee_id not in (None, *names):
        raise TransitionError("a case can only be assigned to a member of the department")
    if op.assignee_id in recused_ids(sealer, row):
        raise TransitionError(RECUSED_ASSIGNEE)


def _holds_nul(value: object) -> bool:
    if isinstance(value, str):
        return "\x00" in value
    if isinstance(value, dict):
        return any(_holds_nul(item) for item in value.values())
    if isinstance(value, list | tuple):
        return any(_holds_nul(item) for item in value)
    return False
