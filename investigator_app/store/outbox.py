"""The outbox: local actions recorded with their effect, sent later, answered per op.

Each row keeps its operation (investigator_app.operations) whole, sealed; ``_decode`` is
the one place that reads it back.

Base versions. Every operation the service applies bumps the case's version by one. An
op's ``base_version`` is fixed when the user acts: the version the user saw, i.e. the
stored snapshot's version plus the pending ops on that case not yet reflected in it (their
own base is not older than the snapshot). So two ops queued offline on version 3 carry 3
and 4, and a colleague's change in between turns ours into a conflict the user sees,
never a silent overwrite. Only the oldest pending op of a case goes in a batch: when it
is refused, the ops built on it are refused with it instead of landing on the colleague's
version by accident.

An op the service keeps failing on is refused too (outbox_failures.py). An op the pusher
took to send can no longer be undone (undo.py).
"""

from __future__ import annotations

import logging
import uuid
from collections import defaultdict
from collections.abc import Collection, Sequence
from datetime import datetime
from typing import Literal

from pydantic import ValidationError
from sqlalchemy import case as sql_case, delete, func, select, update
from sqlalchemy.engine import Connection

from investigator_app.domain.case_effects import CaseState
from investigator_app.domain.lifecycle import Action, TransitionError
from investigator_app.domain.vocabulary import DEPARTMENT_STATUSES, Outcome, Status
from investigator_app.operations import (
    INDEPENDENT_ACTIONS,
    OPERATION,
    Operation,
    OperationsResponse,
    RecuseOp,
)
from investigator_app.protocol import CaseOut
from investigator_app.store import piece_uploads
from investigator_app.store.identity import user_id
from investigator_app.store.models import AnyRow, cases, colleagues, outbox
from investigator_app.store.overlay import Shown, expected_version, overlay
from investigator_app.store.queue_checks import check_before_queueing
from investigator_app.store.sealing import Sealer, outbox_op_place
from investigator_app.store.snapshots import remove_cases, store_snapshots
from investigator_app.store.views import RefusedAction

log = logging.getLogger("investigator_app.store.outbox")

REFUSALS = ("conflict", "rejected")
# Refusing one of these does not refuse the later actions on the case (none builds on it).
_INDEPENDENT = [action.value for action in INDEPENDENT_ACTIONS]
UNREADABLE = "this action could not be read back on this workstation; discard it"
# How a refusal after the service failed on it again and again starts (outbox_failures.py).
SERVICE_FAILED = "the service failed on this action every time it was sent"


class UnknownCaseError(LookupError):
    """The case is not (or no longer) in the local store."""


def _decode(sealer: Sealer, row: AnyRow) -> Operation:
    """The operation a row keeps (ValidationError when it is not a valid one)."""
    return OPERATION.validate_json(sealer.open(row.sealed_op, outbox_op_place(row.op_id)))


def _decoded(sealer: Sealer, rows: Sequence[AnyRow]) -> list[tuple[AnyRow, Operation]]:
    """Rows with their operations; one that cannot be read is left out (and logged, by
    id only), never a reason to stop reading the others."""
    found = []
    for row in rows:
        try:
            found.append((row, _decode(sealer, row)))
        except ValidationError:
            log.error("outbox row %s does not hold a valid operation", row.op_id)
    return found


def pending_by_case(
    conn: Connection, sealer: Sealer, case_ids: Sequence[str] | None = None
) -> dict[str, list[Operation]]:
    """Pending operations per case, in the order they were made."""
    query = select(outbox).where(outbox.c.state == "pending").order_by(outbox.c.seq)
    if case_ids is not None and len(case_ids) <= 500:  # else: all pending ops (they are few)
        query = query.where(outbox.c.case_id.in_(case_ids))
    result: dict[str, list[Operation]] = defaultdict(list)
    for row, op in _decoded(sealer, list(conn.execute(query))):
        result[row.case_id].append(op)
    return result


def pending_rows(conn: Connection, sealer: Sealer, case_id: str) -> list[tuple[AnyRow, Operation]]:
    """A case's pending outbox rows with their operations, in the order they were made (a
    row that cannot be read back is left out: the pusher refuses it)."""
    query = (
        select(outbox)
        .where(outbox.c.case_id == case_id, outbox.c.state == "pending")
        .order_by(outbox.c.seq)
    )
    return _decoded(sealer, list(conn.execute(query)))


def queued_operation(conn: Connection, sealer: Sealer, op_id: uuid.UUID) -> Operation | None:
    """The operation an outbox row keeps (None when gone or unreadable)."""
    row = conn.execute(select(outbox).where(outbox.c.op_id == op_id)).one_or_none()
    if row is None:
        return None
    try:
        return _decode(sealer, row)
    except ValidationError:
        return None


def pending_count(conn: Connection) -> int:
    """Unsent actions (nothing needs opening: forgetting the workstation counts them)."""
    query = select(func.count()).select_from(outbox).where(outbox.c.state == "pending")
    return int(conn.execute(query).scalar_one())


def state_of(conn: Connection, op_id: uuid.UUID) -> str | None:
    return conn.scalar(select(outbox.c.state).where(outbox.c.op_id == op_id))


def colleague_names(conn: Connection) -> dict[str, str]:
    query = select(colleagues.c.id, colleagues.c.display_name)
    return {colleague_id: name for colleague_id, name in conn.execute(query)}


def conflicted_cases(conn: Connection) -> set[str]:
    """Cases with an action of ours the service did not apply (marked in the list)."""
    return set(conn.scalars(select(outbox.c.case_id).where(outbox.c.state.in_(REFUSALS))))


def case_state(row: AnyRow) -> Shown:
    """A stored snapshot's state (a ``cases`` row)."""
    return Shown(
        CaseState(
            status=Status(row.status),
            outcome=Outcome(row.outcome) if row.outcome else None,
            acknowledged_at=row.acknowledged_at,
            closed_at=row.closed_at,
            assignee_id=row.assignee_id,
            needs_reassignment=bool(row.needs_reassignment),
            feedback_sent_at=row.feedback_sent_at,
        ),
        row.assignee_name,
    )


def recused(ops: Sequence[Operation]) -> bool:
    """Our pending recusal: the case is gone for us already."""
    return any(isinstance(op, RecuseOp) for op in ops)


def record(conn: Connection, sealer: Sealer, op: Operation) -> Operation:
    """Check ``op`` against the displayed state and queue it with the base version the user
    saw; the caller's write transaction makes the check and the insert one step. Raises
    TransitionError when the case does not allow it, UnknownCaseError when it is not here."""
    row = conn.execute(select(cases).where(cases.c.id == op.case_id)).one_or_none()
    if row is None:
        raise UnknownCaseError(op.case_id)
    names = colleague_names(conn)
    ops = pending_by_case(conn, sealer, [op.case_id]).get(op.case_id, [])
    if recused(ops):
        raise UnknownCaseError(op.case_id)
    me = user_id(conn) or ""
    shown = overlay(case_state(row), ops, names, me, "")
    check_before_queueing(conn, sealer, op, row, names, ops, shown.applied, shown.shown.state)
    op.effect(shown.shown.state, me, op.made_at)  # raises TransitionError when not allowed
    queued = op.model_copy(
        update={"base_version": expected_version(row.version, (p.base_version for p in ops))}
    )
    conn.execute(
        outbox.insert().values(
            op_id=queued.op_id,
            case_id=queued.case_id,
            reference=row.reference,
            action=queued.action.value,
            made_at=queued.made_at,
            state="pending",
            message="",
            attempts=0,
            sealed_op=sealer.seal(queued.model_dump_json(), outbox_op_place(queued.op_id)),
        )
    )
    piece_uploads.register(conn, queued)  # its file goes up before it (piece_uploads.py)
    return queued


def take_pending(
    conn: Connection, sealer: Sealer, limit: int, held: Collection[uuid.UUID] = ()
) -> list[Operation]:
    """The oldest pending op of each case, oldest first; a case whose oldest is ``held``
    (waiting to be tried again) is left out whole, so its ops keep their order. Each op
    chosen is marked taken, in the same transaction: it can no longer be undone.

    One op per case per batch: if the service refuses the first, the later ones (built on
    its effect) must not be applied blindly within the same batch. A row that cannot be
    read back is refused here (the user sees it and discards it); the others go on. An
    operation whose file is still being uploaded holds its case the same way.
    """
    query = select(outbox).where(outbox.c.state == "pending").order_by(outbox.c.seq)
    held = {*held, *piece_uploads.waiting_ops(conn)}
    seen: set[str] = set()
    chosen: list[Operation] = []
    for row in conn.execute(query):
        if row.case_id in seen:
            continue
        if row.op_id in held:
            seen.add(row.case_id)
            continue
        try:
            op = _decode(sealer, row)
        except ValidationError:
            log.error("outbox row %s does not hold a valid operation: refused", row.op_id)
            conn.execute(
                update(outbox)
                .where(outbox.c.op_id == row.op_id)
                .values(state="rejected", message=UNREADABLE)
            )
            continue
        seen.add(row.case_id)
        chosen.append(op)
        if len(chosen) == limit:
            break
    if chosen:  # from now on it may reach the service: no undo (store/undo.py)
        once = sql_case((outbox.c.taken == 0, 1), else_=2)
        conn.execute(
            update(outbox).where(outbox.c.op_id.in_([op.op_id for op in chosen])).values(taken=once)
        )
    return chosen


def release(conn: Connection, op_ids: Collection[uuid.UUID]) -> None:
    """The request that carried these (taken once, just now) certainly never left: they
    can be undone again. One taken before stays taken (an earlier request may have
    arrived)."""
    if op_ids:
        conn.execute(
            update(outbox)
            .where(outbox.c.op_id.in_(list(op_ids)), outbox.c.taken == 1)
            .values(taken=0)
        )


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
        if result.status in REFUSALS:
            refuse_later(conn, row.case_id, row.seq, row.action)
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


def refuse_later(conn: Connection, case_id: str, seq: int, action: str) -> None:
    """The op at ``seq`` was refused: so are the later life-cycle ops on its case, which
    build on its effect (none builds on an independent one)."""
    if action in _INDEPENDENT:
        return
    conn.execute(
        update(outbox)
        .where(
            outbox.c.case_id == case_id,
            outbox.c.state == "pending",
            outbox.c.seq > seq,
            outbox.c.action.not_in(_INDEPENDENT),
        )
        .values(state="conflict", message=DEPENDS_ON_REFUSED)
    )


def refused(
    conn: Connection, sealer: Sealer, op_ids: Sequence[uuid.UUID] | None = None
) -> list[RefusedAction]:
    query = select(outbox).where(outbox.c.state.in_(REFUSALS)).order_by(outbox.c.seq)
    if op_ids is not None:
        query = query.where(outbox.c.op_id.in_(op_ids))
    return [
        RefusedAction(
            op_id=str(row.op_id),
            refusal=_refusal(row.state, row.message),
            case_id=row.case_id,
            reference=row.reference,
            action=Action(row.action),
            message=row.message,
            made_at=row.made_at,
        )
        for row in conn.execute(query)
    ]


def _refusal(state: str, message: str) -> Literal["conflict", "rejected", "failed"]:
    if state == "conflict":
        return "conflict"
    return "failed" if message.startswith(SERVICE_FAILED) else "rejected"


def discard(conn: Connection, op_id: uuid.UUID) -> bool:
    result = conn.execute(
        delete(outbox).where(outbox.c.op_id == op_id, outbox.c.state.in_(REFUSALS))
    )
    piece_uploads.drop(conn, [op_id])
    return result.rowcount > 0


def retry(conn: Connection, sealer: Sealer, op_id: uuid.UUID, made_at: datetime) -> uuid.UUID:
    """Queue a refused intent again as a new op on the current state, dropping the old one."""
    row = conn.execute(
        select(outbox).where(outbox.c.op_id == op_id, outbox.c.state.in_(REFUSALS))
    ).one_or_none()
    if row is None:
        raise LookupError(f"no refused action {op_id}")
    try:
        again = _decode(sealer, row).model_copy(update={"op_id": uuid.uuid4(), "made_at": made_at})
    except ValidationError as error:
        raise TransitionError(UNREADABLE) from error
    queued = record(conn, sealer, again)  # raises before the old row goes
    conn.execute(delete(outbox).where(outbox.c.op_id == op_id))
    piece_uploads.drop(conn, [op_id])
    return queued.op_id
