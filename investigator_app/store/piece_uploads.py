"""Uploads of the files queued operations carry (add_piece, replace_piece), and the outbox
waiting for them.

Queueing such an operation registers its upload in the same transaction (``register``).
The pusher sends the file first (sync/piece_transfer.py), keeping here what the service
said it received, so a lost connection or a restart resumes from there; until the upload
is ``done`` the operation is held, and with it the later operations of its case (they may
build on the piece). An upload the service refuses for good (``refused``: the file is over
its limit, the case is gone) no longer holds the operation: the service then refuses the
operation too, with words the user sees. Undoing the operation drops its upload.
"""

from __future__ import annotations

import uuid
from collections.abc import Collection
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import delete, insert, select, update
from sqlalchemy.engine import Connection

from investigator_app.operations import (
    AddPieceOp,
    FileIn,
    InvestigationOp,
    Operation,
    ReplacePieceOp,
)
from investigator_app.store.models import outbox, piece_uploads

_U = piece_uploads.c
REFUSE_AFTER_FAILURES = 5  # a file the service refuses that often (sha256 mismatch, …)


class UploadPhase(StrEnum):
    WAITING = "waiting"  # nog niet verzonden
    SENDING = "sending"  # wordt verzonden (``sent`` of ``size``)
    DONE = "done"  # the service has it
    REFUSED = "refused"  # the service will not take it: the operation comes back refused


@dataclass(frozen=True)
class PieceUpload:
    sha256: str
    size: int
    sent: int
    state: UploadPhase


@dataclass(frozen=True)
class UploadWork:
    """One upload the pusher has to do."""

    op_id: uuid.UUID
    case_id: str
    upload_id: uuid.UUID
    sha256: str
    size: int
    sent: int


def file_of(op: Operation | InvestigationOp) -> FileIn | None:
    """The file an operation carries (it is sent only after that file's upload)."""
    if isinstance(op, AddPieceOp):
        return op.piece.file
    if isinstance(op, ReplacePieceOp):
        return op.file
    return None


def register(conn: Connection, op: Operation) -> None:
    file = file_of(op)
    if file is None:
        return
    conn.execute(
        insert(piece_uploads).values(
            op_id=op.op_id,
            case_id=op.case_id,
            sha256=file.sha256,
            size=file.size,
            upload_id=uuid.uuid4(),
            sent=0,
            state=UploadPhase.WAITING.value,
            failures=0,
        )
    )


def drop(conn: Connection, op_ids: Collection[uuid.UUID]) -> None:
    """The operations left the outbox (undone, discarded): their uploads go."""
    if op_ids:
        conn.execute(delete(piece_uploads).where(_U.op_id.in_(list(op_ids))))


def waiting_ops(conn: Connection) -> set[uuid.UUID]:
    """Operations whose upload is not finished: the pusher holds them (and their case)."""
    query = select(_U.op_id).where(_U.state.in_([UploadPhase.WAITING, UploadPhase.SENDING]))
    return set(conn.scalars(query))


def work(conn: Connection) -> list[UploadWork]:
    """Unfinished uploads of operations still pending, oldest operation first."""
    query = (
        select(_U.op_id, _U.case_id, _U.upload_id, _U.sha256, _U.size, _U.sent)
        .join(outbox, outbox.c.op_id == _U.op_id)
        .where(
            _U.state.in_([UploadPhase.WAITING, UploadPhase.SENDING]),
            outbox.c.state == "pending",
        )
        .order_by(outbox.c.seq)
    )
    return [UploadWork(*row) for row in conn.execute(query)]


def progress(conn: Connection, op_id: uuid.UUID, sent: int, done: bool) -> bool:
    """Record what the service received; False when the upload is gone (undone)."""
    state = UploadPhase.DONE if done else UploadPhase.SENDING
    result = conn.execute(
        update(piece_uploads).where(_U.op_id == op_id).values(sent=sent, state=state.value)
    )
    return result.rowcount > 0


def restart(conn: Connection, op_id: uuid.UUID) -> int:
    """The service refused the whole file (sha256 mismatch): start over with a new upload;
    the failures so far. After REFUSE_AFTER_FAILURES it is refused for good."""
    failures = int(conn.scalar(select(_U.failures).where(_U.op_id == op_id)) or 0) + 1
    state = UploadPhase.REFUSED if failures >= REFUSE_AFTER_FAILURES else UploadPhase.WAITING
    conn.execute(
        update(piece_uploads)
        .where(_U.op_id == op_id)
        .values(upload_id=uuid.uuid4(), sent=0, state=state.value, failures=failures)
    )
    return failures


def refuse(conn: Connection, op_id: uuid.UUID) -> None:
    conn.execute(
        update(piece_uploads).where(_U.op_id == op_id).values(state=UploadPhase.REFUSED.value)
    )


def of_case(conn: Connection, case_id: str) -> dict[str, PieceUpload]:
    """The uploads of a case's operations still pending, by sha256 (the oldest
    operation's when two carry the same file)."""
    query = (
        select(_U.sha256, _U.size, _U.sent, _U.state)
        .join(outbox, outbox.c.op_id == _U.op_id)
        .where(_U.case_id == case_id, outbox.c.state == "pending")
        .order_by(outbox.c.seq.desc())
    )
    found: dict[str, PieceUpload] = {}
    for sha256, size, sent, state in conn.execute(query):
        found[sha256] = PieceUpload(sha256, int(size), int(sent), UploadPhase(state))
    return found


def forget_settled(conn: Connection) -> None:
    """Uploads of operations applied or gone (a refused one keeps its own: it may be
    tried again)."""
    kept = select(outbox.c.op_id).where(outbox.c.state != "applied")
    conn.execute(delete(piece_uploads).where(_U.op_id.not_in(kept)))
