"""The bytes of evidence pieces on the workstation: sealed 1 MiB chunks, never whole in memory.

A file enters by import (the investigator adds it: read, hashed and sealed in one pass) or
by download (the puller fetches what our cases' pieces hold, for offline use); it leaves
as a stream of verified plaintext (an upload, a copy for the viewer, a dossier's
attachment). Each chunk is sealed with AES-GCM bound to its file and position
(``sealing.piece_chunk_place``), and a whole read checks the file's sha256: a file whose
bytes no longer match is marked damaged and never handed out as if it were the piece.

Writes go in short transactions of a few chunks, so the sync threads are never held up by
a 200 MB import; a file is usable only once its row says ``complete``.

This module holds the errors, the states, the chunk rows and the queries over them;
evidence_streams.py moves a whole file in and out.
"""

from __future__ import annotations

import mimetypes
import uuid
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import BinaryIO

from sqlalchemy import Engine, and_, delete, insert, or_, select, update
from sqlalchemy.engine import Connection

from investigator_app.domain.file_names import disk_name
from investigator_app.store.models import case_piece_files, piece_blobs, piece_chunks, piece_uploads
from investigator_app.store.sealing import Sealer, piece_chunk_place

CHUNK_BYTES = 1024 * 1024
CHUNKS_PER_WRITE = 8  # chunks per write transaction (8 MiB)
_ABANDONED_AFTER = timedelta(hours=1)  # an import or a file nobody refers to, that old, goes
_B = piece_blobs.c


class EvidenceError(ValueError):
    """A piece's file cannot be taken or given (the subclass says why)."""


class PieceTooLarge(EvidenceError):  # noqa: N818 (named for what the user is told)
    def __init__(self, size: int, limit: int) -> None:
        super().__init__(f"the file has {size} bytes; the limit is {limit}")
        self.size, self.limit = size, limit


class PieceFileUnreadable(EvidenceError):  # noqa: N818 (named for what the user is told)
    """The file to import cannot be read (gone, not a file, no permission)."""


class PieceFileEmpty(EvidenceError):  # noqa: N818 (named for what the user is told)
    """A file without bytes is no piece of evidence."""


class PieceDamaged(EvidenceError):  # noqa: N818 (named for what the user is told)
    """The stored bytes no longer match the piece's sha256 (or cannot be opened)."""


class PieceMissing(EvidenceError):  # noqa: N818 (named for what the user is told)
    """The bytes are not on this workstation (yet): the puller fetches them."""


class PieceAvailability(StrEnum):
    AVAILABLE = "available"
    MISSING = "missing"  # not fetched yet
    DOWNLOADING = "downloading"
    DAMAGED = "damaged"  # never opened


def now() -> datetime:
    return datetime.now(UTC)


def media_type(name: str) -> str:
    guessed, _ = mimetypes.guess_type(disk_name(name), strict=False)
    return guessed or "application/octet-stream"


def read_full(source: BinaryIO, size: int) -> bytes:
    """``size`` bytes, fewer only at the end of the file (so chunks are whole MiBs)."""
    parts: list[bytes] = []
    left = size
    while left:
        part = source.read(left)
        if not part:
            break
        parts.append(part)
        left -= len(part)
    return b"".join(parts)


# --- writing ------------------------------------------------------------------------------


def new_blob(writer: Engine, sha256: str | None, size: int, state: str) -> str:
    blob_id = uuid.uuid4().hex
    with writer.begin() as conn:
        conn.execute(
            insert(piece_blobs).values(
                blob_id=blob_id, sha256=sha256, size=size, stored=0, state=state, created_at=now()
            )
        )
    return blob_id


def append_chunks(
    writer: Engine, sealer: Sealer, blob_id: str, first_seq: int, chunks: list[bytes], stored: int
) -> None:
    rows = [
        {
            "blob_id": blob_id,
            "seq": first_seq + n,
            "data": sealer.seal_bytes(c, piece_chunk_place(blob_id, first_seq + n)),
        }
        for n, c in enumerate(chunks)
    ]
    with writer.begin() as conn:
        conn.execute(insert(piece_chunks), rows)
        conn.execute(update(piece_blobs).where(_B.blob_id == blob_id).values(stored=stored))


def drop_blob(writer: Engine, blob_id: str) -> None:
    with writer.begin() as conn:
        conn.execute(delete(piece_chunks).where(piece_chunks.c.blob_id == blob_id))
        conn.execute(delete(piece_blobs).where(_B.blob_id == blob_id))


def complete_blob(writer: Engine, blob_id: str, sha256: str, size: int) -> None:
    """The file is whole: it is the one copy of ``sha256`` (an earlier one, or a damaged
    one it replaces, goes)."""
    with writer.begin() as conn:
        other = conn.scalar(
            select(_B.blob_id).where(
                _B.sha256 == sha256, _B.state == "complete", _B.blob_id != blob_id
            )
        )
        if other is not None:  # the same bytes were here already: keep those
            conn.execute(delete(piece_chunks).where(piece_chunks.c.blob_id == blob_id))
            conn.execute(delete(piece_blobs).where(_B.blob_id == blob_id))
            return
        doomed = select(_B.blob_id).where(_B.sha256 == sha256, _B.blob_id != blob_id)
        conn.execute(delete(piece_chunks).where(piece_chunks.c.blob_id.in_(doomed)))
        conn.execute(delete(piece_blobs).where(_B.sha256 == sha256, _B.blob_id != blob_id))
        conn.execute(
            update(piece_blobs)
            .where(_B.blob_id == blob_id)
            .values(sha256=sha256, size=size, stored=size, state="complete")
        )


# --- reading ------------------------------------------------------------------------------


def chunks_of(
    engine: Engine, sealer: Sealer, blob_id: str, first: int, end: int | None = None
) -> Iterator[bytes]:
    """The plaintext chunks ``first`` ≤ seq < ``end`` of a blob, a few per read
    (PieceDamaged for one that cannot be opened)."""
    seq = first
    while end is None or seq < end:
        upto = seq + CHUNKS_PER_WRITE if end is None else min(seq + CHUNKS_PER_WRITE, end)
        with engine.connect() as conn:
            rows = list(
                conn.execute(
                    select(piece_chunks.c.seq, piece_chunks.c.data)
                    .where(
                        piece_chunks.c.blob_id == blob_id,
                        piece_chunks.c.seq >= seq,
                        piece_chunks.c.seq < upto,
                    )
                    .order_by(piece_chunks.c.seq)
                )
            )
        if not rows:
            return
        for row in rows:
            if row.seq != seq:
                raise PieceDamaged("a chunk is missing")
            try:
                yield sealer.open_bytes(bytes(row.data), piece_chunk_place(blob_id, seq))
            except ValueError as error:
                raise PieceDamaged("a chunk cannot be opened") from error
            seq += 1


def stored_blob(engine: Engine, sha256: str) -> tuple[str, int]:
    """(blob id, size) of the complete file ``sha256``; PieceDamaged, PieceMissing."""
    with engine.connect() as conn:
        rows = list(conn.execute(select(_B.blob_id, _B.size, _B.state).where(_B.sha256 == sha256)))
    complete = next((r for r in rows if r.state == "complete"), None)
    if complete is not None:
        return complete.blob_id, int(complete.size)
    if any(r.state == "damaged" for r in rows):
        raise PieceDamaged(f"piece file {sha256[:12]}… is damaged")
    raise PieceMissing(f"piece file {sha256[:12]}… is not on this workstation")


def mark_damaged(writer: Engine, sha256: str) -> None:
    with writer.begin() as conn:
        conn.execute(
            update(piece_blobs)
            .where(_B.sha256 == sha256, _B.state == "complete")
            .values(state="damaged")
        )


def availability(conn: Connection, sha256s: Sequence[str]) -> dict[str, PieceAvailability]:
    found = {sha: PieceAvailability.MISSING for sha in sha256s}
    if not sha256s:
        return found
    rank = {"downloading": 1, "damaged": 2, "complete": 3}
    best: dict[str, str] = {}
    for sha, state in conn.execute(select(_B.sha256, _B.state).where(_B.sha256.in_(list(sha256s)))):
        if state in rank and rank[state] > rank.get(best.get(sha, ""), 0):
            best[sha] = state
    names = {
        "downloading": PieceAvailability.DOWNLOADING,
        "damaged": PieceAvailability.DAMAGED,
        "complete": PieceAvailability.AVAILABLE,
    }
    found.update({sha: names[state] for sha, state in best.items()})
    return found


def download_progress(conn: Connection, sha256: str) -> tuple[int, int] | None:
    row = conn.execute(
        select(_B.stored, _B.size).where(_B.sha256 == sha256, _B.state == "downloading")
    ).first()
    return None if row is None else (int(row.stored), int(row.size))


def stored_size(conn: Connection, sha256: str) -> int | None:
    found = conn.scalar(select(_B.size).where(_B.sha256 == sha256, _B.state == "complete"))
    return None if found is None else int(found)


def cases_holding(conn: Connection, sha256: str) -> list[str]:
    query = select(case_piece_files.c.case_id).where(case_piece_files.c.sha256 == sha256)
    return sorted(set(conn.scalars(query)))


def has_file(conn: Connection, sha256: str, size: int) -> bool:
    """The complete file ``sha256`` of ``size`` bytes is in the store."""
    found = conn.scalar(
        select(_B.blob_id).where(_B.sha256 == sha256, _B.size == size, _B.state == "complete")
    )
    return found is not None


def missing(conn: Connection) -> list[tuple[str, str, str, int, int]]:
    """(case id, piece id, sha256, size, version) of each file our cases' pieces hold that
    is not here whole (a damaged one is fetched again), one per sha256, newest first."""
    have = select(_B.sha256).where(_B.state == "complete", _B.sha256.is_not(None))
    query = (
        select(
            case_piece_files.c.case_id,
            case_piece_files.c.sha256,
            case_piece_files.c.size,
            case_piece_files.c.piece_id,
            case_piece_files.c.version,
        )
        .where(case_piece_files.c.sha256.not_in(have))
        .order_by(case_piece_files.c.version.desc(), case_piece_files.c.case_id)
    )
    seen: dict[str, tuple[str, str, int, int]] = {}
    for case_id, sha256, size, piece_id, version in conn.execute(query):
        seen.setdefault(sha256, (case_id, piece_id, int(size), int(version)))
    return [(c, p, sha, size, v) for sha, (c, p, size, v) in seen.items()]


def prune(conn: Connection) -> int:
    """Files nobody refers to any more (no piece of a case we hold, no queued upload) and
    imports a crash left half-done, once they are an hour old; how many went."""
    cutoff = now() - _ABANDONED_AFTER
    referenced = select(case_piece_files.c.sha256).union(select(piece_uploads.c.sha256))
    doomed = select(_B.blob_id).where(
        _B.created_at < cutoff,
        or_(
            and_(_B.state == "importing"),
            _B.sha256.not_in(referenced),
        ),
    )
    ids = list(conn.scalars(doomed))
    if ids:
        conn.execute(delete(piece_chunks).where(piece_chunks.c.blob_id.in_(ids)))
        conn.execute(delete(piece_blobs).where(_B.blob_id.in_(ids)))
    return len(ids)
