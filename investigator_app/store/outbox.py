"""The outbox: local actions recorded with their effect, sent later, answered per op.

Base versions. Every operation the service applies bumps the case's version by one. An
op's ``base_version`` is fixed when the user acts: the version the user saw, i.e. the
stored snapshot's version plus the pending ops on that case not yet reflected in it (their
own base is not older than the snapshot). So two ops queued offline on version 3 carry 3
and 4, and a colleague's change in between turns ours into a conflict the user sees,
never a silent overwrite. Only the oldest pending op of a case goes in a batch: when it
is refused, the ops built on it are refused with it instead of landing on the colleague's
version by accident.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Literal

from sqlalchemy import delete, func, select, update
from sqlalchemy.engine import Connection

from investigator_app.domain.lifecycle import (
    MESSAGE_ACTIONS,
    NOTE_ACTIONS,
    PERSONAL_ACTIONS,
    Action,
    TransitionError,
)
from investigator_app.domain.messages import OPEN_REQUEST_STATES, MessageKind
from investigator_app.domain.notes import NoteVisibility
from investigator_app.domain.vocabulary import DEPARTMENT_STATUSES, Outcome, Status
from investigator_app.protocol import (
    MAX_MESSAGE_LENGTH,
    CaseOut,
    MessageIn,
    NoteIn,
    OperationIn,
    OperationsResponse,
)
from investigator_app.store import notes as _notes
from investigator_app.store.conversation import messages as stored_messages
from investigator_app.store.identity import actor_name, user_id
from investigator_app.store.models import AnyRow, cases, colleagues, outbox
from investigator_app.store.overlay import (
    CaseState,
    PendingOp,
    applicable,
    apply_op,
    expected_version,
    overlay_messages,
)
from investigator_app.store.sealing import Sealer, outbox_body_place, outbox_reason_place
from investigator_app.store.snapshots import remove_cases, store_snapshots
from investigator_app.store.views import RefusedAction

REFUSALS = ("conflict", "rejected")
# Refusing one of these does not refuse the later actions on the case (none builds on it).
_INDEPENDENT = MESSAGE_ACTIONS | PERSONAL_ACTIONS


class UnknownCaseError(LookupError):
    """The case is not (or no longer) in the local store."""


def _op(sealer: Sealer, row: AnyRow) -> PendingOp:
    return PendingOp(
        op_id=row.op_id,
        case_id=row.case_id,
        action=Action(row.action),
        outcome=Outcome(row.outcome) if row.outcome else None,
        reason=_reason(sealer, row),
        assignee_id=row.assignee_id,
        base_version=row.base_version,
        made_at=row.made_at,
        message_id=row.message_id,
        body=sealer.open_optional(row.sealed_body, outbox_body_place(row.op_id)),
        answer_due=row.answer_due,
        target_message_id=row.target_message_id,
        note_id=row.note_id,
        note_visibility=NoteVisibility(row.note_visibility) if row.note_visibility else None,
    )


def _reason(sealer: Sealer, row: AnyRow) -> str:
    return sealer.open_optional(row.sealed_reason, outbox_reason_place(row.op_id)) or ""


def pending_by_case(
    conn: Connection, sealer: Sealer, case_ids: Sequence[str] | None = None
) -> dict[str, list[PendingOp]]:
    """Pending operations per case, in the order they were made."""
    query = select(outbox).where(outbox.c.state == "pending").order_by(outbox.c.seq)
    if case_ids is not None and len(case_ids) <= 500:  # else: all pending ops (they are few)
        query = query.where(outbox.c.case_id.in_(case_ids))
    result: dict[str, list[PendingOp]] = defaultdict(list)
    for row in conn.execute(query):
        result[row.case_id].append(_op(sealer, row))
    return result


def pending_count(conn: Connection) -> int:
    """Unsent actions (nothing needs opening: forgetting the workstation counts them)."""
    query = select(func.count()).select_from(outbox).where(outbox.c.state == "pending")
    return int(conn.execute(query).scalar_one())


def colleague_names(conn: Connection) -> dict[str, str]:
    query = select(colleagues.c.id, colleagues.c.display_name)
    return {colleague_id: name for colleague_id, name in conn.execute(query)}


def conflicted_cases(conn: Connection) -> set[str]:
    return set(conn.scalars(select(outbox.c.case_id).where(outbox.c.state == "conflict")))


def case_state(row: AnyRow) -> CaseState:
    return CaseState(
        status=Status(row.status),
        outcome=Outcome(row.outcome) if row.outcome else None,
        acknowledged_at=row.acknowledged_at,
        closed_at=row.closed_at,
        assignee_id=row.assignee_id,
        assignee_name=row.assignee_name,
        feedback_sent_at=row.feedback_sent_at,
    )


@dataclass(frozen=True)
class Intent:
    """What the user asked for, independent of which op carries it."""

    case_id: str
    action: Action
    outcome: Outcome | None
    reason: str
    assignee_id: str | None
    message_id: uuid.UUID | None = None  # with ``body``: a message to the reporter
    body: str | None = None
    answer_due: date | None = None
    target_message_id: uuid.UUID | None = None  # remind, cancel_request
    note_id: uuid.UUID | None = None  # with ``body``: a note (add_note, edit_note)
    note_visibility: NoteVisibility | None = None


def recused(ops: Sequence[PendingOp]) -> bool:
    """Our pending recusal: the case is gone for us already."""
    return any(op.action is Action.RECUSE for op in ops)


def _check_note(conn: Connection, sealer: Sealer, intent: Intent, ops: list[PendingOp]) -> None:
    """What a note action needs (notes as the user sees them); raises TransitionError."""
    if intent.action not in NOTE_ACTIONS:
        if intent.note_id is not None or intent.note_visibility is not None:
            raise TransitionError(f"'{intent.action}' carries no note")
        return
    if intent.message_id is not None or intent.answer_due is not None:
        raise TransitionError(f"'{intent.action}' carries no message")
    if intent.target_message_id is not None:
        raise TransitionError(f"'{intent.action}' names no request")
    my_id = user_id(conn)
    shown = _notes.overlay_notes(
        _notes.stored_notes(conn, sealer, intent.case_id, my_id), ops, my_id, actor_name(conn)
    )
    _notes.check_note(
        shown, intent.action, intent.note_id, intent.body, intent.note_visibility is not None
    )


def _check_message(
    conn: Connection, sealer: Sealer, intent: Intent, row: AnyRow, ops: list[PendingOp]
) -> None:
    """What a message action needs besides the life cycle; raises TransitionError."""
    if intent.body is not None and not (0 < len(intent.body.strip()) <= MAX_MESSAGE_LENGTH):
        raise TransitionError(f"a message needs 1 to {MAX_MESSAGE_LENGTH} characters")
    if (intent.body is not None) != (intent.message_id is not None):
        raise TransitionError("a message needs both its id and its text")
    if intent.action in (Action.REQUEST_INFO, Action.SEND_FEEDBACK) and intent.body is None:
        raise TransitionError(f"'{intent.action}' needs a message")
    if intent.body is not None and intent.action not in (
        Action.REQUEST_INFO,
        Action.SEND_FEEDBACK,
        Action.ACKNOWLEDGE,
    ):
        raise TransitionError(f"'{intent.action}' carries no message")
    if (intent.action is Action.REQUEST_INFO) != (intent.answer_due is not None):
        raise TransitionError("only an information request has (and needs) an answer deadline")
    if intent.action in (Action.REMIND, Action.CANCEL_REQUEST):
        names = colleague_names(conn)
        shown = overlay_messages(
            stored_messages(conn, sealer, intent.case_id),
            applicable(case_state(row), ops, names),
            "",
            date.min,
        )
        target = str(intent.target_message_id)
        if not any(
            m.id == target and m.kind is MessageKind.INFO_REQUEST and m.state in OPEN_REQUEST_STATES
            for m in shown
        ):
            raise TransitionError("only an open information request can be reminded or cancelled")
    elif intent.target_message_id is not None:
        raise TransitionError(f"'{intent.action}' names no request")


def record(conn: Connection, sealer: Sealer, intent: Intent, made_at: datetime) -> uuid.UUID:
    """Check ``intent`` against the displayed state and queue it; the caller's write
    transaction makes the check and the insert one step."""
    if made_at.tzinfo is None:
        raise ValueError("made_at must be timezone-aware")
    row = conn.execute(select(cases).where(cases.c.id == intent.case_id)).one_or_none()
    if row is None:
        raise UnknownCaseError(intent.case_id)
    names = colleague_names(conn)
    # None unassigns; anyone else must be a member of the department.
    if intent.action is Action.ASSIGN and intent.assignee_id not in (None, *names):
        raise TransitionError("a case can only be assigned to a member of the department")
    ops = pending_by_case(conn, sealer, [intent.case_id]).get(intent.case_id, [])
    if recused(ops):
        raise UnknownCaseError(intent.case_id)
    _check_note(conn, sealer, intent, ops)
    if intent.action not in NOTE_ACTIONS:
        _check_message(conn, sealer, intent, row, ops)
    state = case_state(row)
    for op in ops:
        try:
            state = apply_op(state, op, names)
        except TransitionError:
            continue  # skipped in the overlay too; the service will refuse it
    op_id = uuid.uuid4()
    candidate = PendingOp(
        op_id=op_id,
        case_id=intent.case_id,
        action=intent.action,
        outcome=intent.outcome,
        reason=intent.reason,
        assignee_id=intent.assignee_id,
        base_version=expected_version(row.version, (op.base_version for op in ops)),
        made_at=made_at,
        message_id=intent.message_id,
        body=intent.body,
        answer_due=intent.answer_due,
        target_message_id=intent.target_message_id,
        note_id=intent.note_id,
        note_visibility=intent.note_visibility,
    )
    apply_op(state, candidate, names)  # raises TransitionError when not allowed
    conn.execute(
        outbox.insert().values(
            op_id=op_id,
            case_id=intent.case_id,
            reference=row.reference,
            action=intent.action.value,
            outcome=intent.outcome.value if intent.outcome else None,
            sealed_reason=sealer.seal(intent.reason, outbox_reason_place(op_id)),
            assignee_id=intent.assignee_id,
            base_version=candidate.base_version,
            made_at=made_at,
            state="pending",
            message="",
            attempts=0,
            message_id=intent.message_id,
            sealed_body=sealer.seal_optional(intent.body, outbox_body_place(op_id)),
            answer_due=intent.answer_due,
            target_message_id=intent.target_message_id,
            note_id=intent.note_id,
            note_visibility=intent.note_visibility.value if intent.note_visibility else None,
        )
    )
    return op_id


def take_pending(conn: Connection, sealer: Sealer, limit: int) -> list[OperationIn]:
    """The oldest pending op of each case, oldest first, counting the attempt.

    One op per case per batch: if the service refuses the first, the later ones (built on
    its effect) must not be applied blindly within the same batch.
    """
    query = select(outbox).where(outbox.c.state == "pending").order_by(outbox.c.seq)
    seen: set[str] = set()
    chosen: list[PendingOp] = []
    for row in conn.execute(query):
        if row.case_id in seen:
            continue
        seen.add(row.case_id)
        chosen.append(_op(sealer, row))
        if len(chosen) == limit:
            break
    if chosen:
        conn.execute(
            update(outbox)
            .where(outbox.c.op_id.in_([op.op_id for op in chosen]))
            .values(attempts=outbox.c.attempts + 1)
        )
    return [
        OperationIn(
            op_id=op.op_id,
            case_id=op.case_id,
            action=op.action,
            base_version=op.base_version,
            outcome=op.outcome,
            reason=op.reason,
            assignee_id=op.assignee_id,
            made_at=op.made_at,
            message=_message_in(op),
            target_message_id=op.target_message_id,
            note=_note_in(op),
        )
        for op in chosen
    ]


def _message_in(op: PendingOp) -> MessageIn | None:
    if op.message_id is None or op.body is None:
        return None
    return MessageIn(message_id=op.message_id, body=op.body, answer_due=op.answer_due)


def _note_in(op: PendingOp) -> NoteIn | None:
    if op.note_id is None or op.body is None or op.note_visibility is None:
        return None
    return NoteIn(note_id=op.note_id, body=op.body, visibility=op.note_visibility)


def settle(
    conn: Connection,
    sealer: Sealer,
    answer: OperationsResponse,
    answered: list[str] | None = None,
) -> list[str]:
    """Record the service's answers and the snapshots they carry; return changed case ids.

    A refused op also refuses the later pending life-cycle ops on its case: they were made
    on top of its effect, and the user should decide about them together. Later messages to
    the reporter, notes and declarations stay pending: they never conflict. An applied
    recusal removes the case at once: the service hides it from us from now on.
    """
    changed: list[str] = []
    snapshots = []
    recusals: list[str] = []
    for result in answer.results:
        row = conn.execute(
            select(outbox.c.case_id, outbox.c.seq, outbox.c.action).where(
                outbox.c.op_id == result.op_id, outbox.c.state == "pending"
            )
        ).one_or_none()
        if result.case is not None:
            snapshots.append(result.case)
        if row is None:
            continue  # an answer we already have (the batch was resent)
        changed.append(row.case_id)
        conn.execute(
            update(outbox)
            .where(outbox.c.op_id == result.op_id)
            .values(state=result.status, message=result.message)
        )
        if result.status == "applied" and row.action == Action.RECUSE.value:
            recusals.append(row.case_id)
        if result.status in REFUSALS and Action(row.action) not in _INDEPENDENT:
            conn.execute(
                update(outbox)
                .where(
                    outbox.c.case_id == row.case_id,
                    outbox.c.state == "pending",
                    outbox.c.seq > row.seq,
                    outbox.c.action.not_in([a.value for a in _INDEPENDENT]),
                )
                .values(state="conflict", message=DEPENDS_ON_REFUSED)
            )
    kept = [case for case in snapshots if case.id not in recusals]
    changed.extend(_store_answered_snapshots(conn, sealer, kept, answered))
    remove_cases(conn, recusals)
    return list(dict.fromkeys(changed))


def _store_answered_snapshots(
    conn: Connection, sealer: Sealer, snapshots: list[CaseOut], answered: list[str] | None
) -> list[str]:
    """Only the feed brings cases in. An answer may arrive after the feed's tombstone (the
    threads race, or a resend after a crash): it may update a case we hold, and a case that
    left the department is removed, never brought back."""
    ids = [case.id for case in snapshots]
    held = set(conn.scalars(select(cases.c.id).where(cases.c.id.in_(ids)))) if ids else set()
    gone = [c.id for c in snapshots if c.id in held and c.status not in DEPARTMENT_STATUSES]
    remove_cases(conn, gone)
    kept = [c for c in snapshots if c.id in held and c.status in DEPARTMENT_STATUSES]
    return gone + store_snapshots(conn, sealer, kept, answered)


DEPENDS_ON_REFUSED = "an earlier action of yours on this case was not applied"


def refused(
    conn: Connection, sealer: Sealer, op_ids: Sequence[uuid.UUID] | None = None
) -> list[RefusedAction]:
    query = select(outbox).where(outbox.c.state.in_(REFUSALS)).order_by(outbox.c.seq)
    if op_ids is not None:
        query = query.where(outbox.c.op_id.in_(op_ids))
    return [
        RefusedAction(
            op_id=str(row.op_id),
            refusal=_refusal(row.state),
            case_id=row.case_id,
            reference=row.reference,
            action=Action(row.action),
            outcome=Outcome(row.outcome) if row.outcome else None,
            reason=_reason(sealer, row),
            assignee_id=row.assignee_id,
            message=row.message,
            made_at=row.made_at,
        )
        for row in conn.execute(query)
    ]


def _refusal(state: str) -> Literal["conflict", "rejected"]:
    return "conflict" if state == "conflict" else "rejected"


def discard(conn: Connection, op_id: uuid.UUID) -> bool:
    result = conn.execute(
        delete(outbox).where(outbox.c.op_id == op_id, outbox.c.state.in_(REFUSALS))
    )
    return result.rowcount > 0


def retry(conn: Connection, sealer: Sealer, op_id: uuid.UUID, made_at: datetime) -> uuid.UUID:
    """Queue a refused intent again as a new op on the current state, dropping the old one."""
    row = conn.execute(
        select(outbox).where(outbox.c.op_id == op_id, outbox.c.state.in_(REFUSALS))
    ).one_or_none()
    if row is None:
        raise LookupError(f"no refused action {op_id}")
    intent = Intent(
        case_id=row.case_id,
        action=Action(row.action),
        outcome=Outcome(row.outcome) if row.outcome else None,
        reason=_reason(sealer, row),
        assignee_id=row.assignee_id,
        message_id=row.message_id,
        body=sealer.open_optional(row.sealed_body, outbox_body_place(row.op_id)),
        answer_due=row.answer_due,
        target_message_id=row.target_message_id,
        note_id=row.note_id,
        note_visibility=NoteVisibility(row.note_visibility) if row.note_visibility else None,
    )
    new_id = record(conn, sealer, intent, made_at)  # raises before the old row goes
    conn.execute(delete(outbox).where(outbox.c.op_id == op_id))
    return new_id
