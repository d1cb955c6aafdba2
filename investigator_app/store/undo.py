"""Taking back an action that waits in the outbox ("Ongedaan maken").

Never both undone and applied. The pusher marks each operation it takes to send, in the
write transaction that reads it (outbox.take_pending); undo deletes only an operation not
marked, in a write transaction of its own, so SQLite's write lock puts the two in an
order: either the pusher never sees the operation, or undo refuses it (it may be on its
way, or applied already). An operation whose request certainly never left (no
connection, a lapsed session) is released by the engine and can be undone again; one
taken a second time stays taken for good (an earlier request may have arrived).

What builds on it. A later queued action of ours on the same case that the service would
take after this one but not without it keeps it: a finding on the allegation it adds, an
edit of the note it adds, a reminder of the question it asks, a closing that needs its
finding, the start of the investigation after its start of the assessment. Undo then
refuses and the user undoes the later one first (the screen says so). Found with the
checks that queueing runs (queue_checks and the operation's effect), on the queue with
and without it; an action that builds on nothing (an assignment before an
acknowledgement) can be undone alone. Only the later actions that can depend on it are
checked (``_related``): a change of the investigation touches only later changes of the
same allegation or task and a closing, a note only its later edits. So a day of
allegations entered offline costs no check at all.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from enum import StrEnum

from sqlalchemy import delete, select
from sqlalchemy.engine import Connection

from investigator_app.domain.investigation import Investigation
from investigator_app.domain.lifecycle import Action, TransitionError
from investigator_app.operations import (
    AddNoteOp,
    CloseOp,
    EditNoteOp,
    InvestigationOp,
    Operation,
    RecordCopyOp,
)
from investigator_app.store import piece_uploads
from investigator_app.store.identity import user_id
from investigator_app.store.investigation import relies_on, stored_investigation, touched
from investigator_app.store.models import AnyRow, cases, outbox
from investigator_app.store.outbox import case_state, colleague_names, pending_rows
from investigator_app.store.overlay import overlay
from investigator_app.store.queue_checks import check_before_queueing
from investigator_app.store.sealing import Sealer
from investigator_app.store.views import QueuedAction


class UndoRefusal(StrEnum):
    SENT = "sent"  # the pusher took it: it may have reached the service
    NEEDED = "needed"  # a later queued action of ours on the case builds on it
    GONE = "gone"  # no longer waiting: answered meanwhile, refused, or unknown
    RECORDED = "recorded"  # a record of what happened (a copy made, a piece opened)


RECORDS = frozenset({Action.RECORD_COPY, Action.RECORD_CUSTODY})
"""Operations that record something that happened on this workstation: a copy of the
dossier was made, a piece was opened, exported or printed. The audit trail and the chain
of custody must hear of them, so they are never taken back."""


class UndoRefused(Exception):  # noqa: N818 (a refusal, not a failure)
    def __init__(self, refusal: UndoRefusal) -> None:
        super().__init__(f"this action cannot be undone ({refusal})")
        self.refusal = refusal


def _related(earlier: Operation, later: Operation) -> bool:
    """Whether ``later`` may depend on ``earlier`` (see the module's doc). A life-cycle
    action, a message or a declaration may change what any later one meets."""
    if isinstance(earlier, InvestigationOp):
        if isinstance(later, CloseOp):
            return True  # the findings decide the closing
        return isinstance(later, InvestigationOp) and touched(earlier) in relies_on(later)
    if isinstance(earlier, AddNoteOp | EditNoteOp):
        return isinstance(later, EditNoteOp) and later.note.note_id == earlier.note.note_id
    return not isinstance(earlier, RecordCopyOp)


class _Checks:
    """Whether the service would take the operations of a case's queue, each after given
    earlier ones of ours, as queueing decides it."""

    def __init__(
        self, conn: Connection, sealer: Sealer, case_row: AnyRow, ops: Sequence[Operation]
    ) -> None:
        self._conn, self._sealer, self._row = conn, sealer, case_row
        self._ops = list(ops)
        self._names = colleague_names(conn)
        self._me = user_id(conn) or ""
        self._stored: Investigation | None = None  # read at the first check that needs it
        self._as_queued: dict[int, bool] = {}

    def fits(self, op: Operation, before: list[Operation]) -> bool:
        if self._stored is None:
            self._stored = stored_investigation(self._conn, self._sealer, self._row.id)
        shown = overlay(case_state(self._row), before, self._names, self._me, "")
        state = shown.shown.state
        try:
            check_before_queueing(
                self._conn,
                self._sealer,
                op,
                self._row,
                self._names,
                before,
                shown.applied,
                state,
                self._stored,
            )
            op.effect(state, self._me, op.made_at)
        except TransitionError:
            return False
        return True

    def fits_as_queued(self, index: int) -> bool:
        if index not in self._as_queued:
            self._as_queued[index] = self.fits(self._ops[index], self._ops[:index])
        return self._as_queued[index]

    def needed(self, index: int) -> bool:
        """Whether a later op that fits after ``ops[index]`` would not fit without it."""
        ops, earlier = self._ops, self._ops[index]
        for later in range(index + 1, len(ops)):
            if not _related(earlier, ops[later]) or not self.fits_as_queued(later):
                continue
            if not self.fits(ops[later], [*ops[:index], *ops[index + 1 : later]]):
                return True
        return False


def queued_actions(
    conn: Connection,
    sealer: Sealer,
    case_row: AnyRow,
    entries: Sequence[tuple[AnyRow, Operation]] | None = None,
) -> list[QueuedAction]:
    """Our actions waiting on the case (``entries``: its pending rows, if read already),
    oldest first, with whether each can be undone now."""
    if entries is None:
        entries = pending_rows(conn, sealer, case_row.id)
    if not entries:
        return []
    checks = _Checks(conn, sealer, case_row, [op for _, op in entries])
    return [
        QueuedAction(
            op_id=str(row.op_id),
            action=Action(row.action),
            made_at=row.made_at,
            undoable=row.taken == 0 and row.action not in RECORDS and not checks.needed(n),
        )
        for n, (row, _) in enumerate(entries)
    ]


def undo(conn: Connection, sealer: Sealer, op_id: uuid.UUID) -> str:
    """Delete the queued operation ``op_id`` (the caller's write transaction); the id of
    its case. UndoRefused when it may be sent already, a later one builds on it, or it is
    no longer waiting."""
    row = conn.execute(select(outbox).where(outbox.c.op_id == op_id)).one_or_none()
    if row is None or row.state != "pending":
        raise UndoRefused(UndoRefusal.GONE)
    if row.taken != 0:
        raise UndoRefused(UndoRefusal.SENT)
    if row.action in RECORDS:
        raise UndoRefused(UndoRefusal.RECORDED)
    case_row = conn.execute(select(cases).where(cases.c.id == row.case_id)).one_or_none()
    if case_row is not None:
        entries = pending_rows(conn, sealer, row.case_id)
        index = next((n for n, (r, _) in enumerate(entries) if r.op_id == op_id), None)
        if index is not None:
            checks = _Checks(conn, sealer, case_row, [op for _, op in entries])
            if checks.needed(index):
                raise UndoRefused(UndoRefusal.NEEDED)
    deleted = conn.execute(
        delete(outbox).where(
            outbox.c.op_id == op_id, outbox.c.state == "pending", outbox.c.taken == 0
        )
    )
    if deleted.rowcount != 1:  # cannot happen inside the write transaction; never guess
        raise UndoRefused(UndoRefusal.SENT)
    piece_uploads.drop(conn, [op_id])  # its file is no longer to be sent
    return str(row.case_id)
