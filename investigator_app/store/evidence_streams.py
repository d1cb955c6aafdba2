"""A piece's whole file in and out of the store as a stream (store/evidence.py keeps the
chunks): imported from disk or downloaded, read back with its sha256 checked, copied for a
viewer. Never the whole file in memory."""

from __future__ import annotations

import hashlib
import os
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

from sqlalchemy import Engine, select

from investigator_app.domain.evidence import PieceFile
from investigator_app.domain.file_names import disk_name
from investigator_app.store.evidence import (
    CHUNK_BYTES,
    CHUNKS_PER_WRITE,
    PieceDamaged,
    PieceFileEmpty,
    PieceFileUnreadable,
    PieceTooLarge,
    append_chunks,
    chunks_of,
    complete_blob,
    drop_blob,
    mark_damaged,
    media_type,
    new_blob,
    read_full,
    stored_blob,
)
from investigator_app.store.models import piece_blobs
from investigator_app.store.sealing import Sealer

_B = piece_blobs.c


def import_file(
    writer: Engine,
    sealer: Sealer,
    path: Path,
    limit: int,
    on_progress: Callable[[int, int], None] | None = None,
) -> PieceFile:
    """Copy the file at ``path`` into the store, sealed, hashing it on the way; its
    PieceFile (the name as given, literally). PieceTooLarge before anything is copied when
    it is over ``limit``; PieceFileUnreadable, PieceFileEmpty."""
    try:
        if not path.is_file():
            raise PieceFileUnreadable("not a file")
        size = path.stat().st_size
    except OSError as error:
        raise PieceFileUnreadable(type(error).__name__) from error
    if size > limit:
        raise PieceTooLarge(size, limit)
    if size == 0:
        raise PieceFileEmpty("the file is empty")
    blob_id = new_blob(writer, None, size, "importing")
    digest = hashlib.sha256()
    total = seq = 0
    batch: list[bytes] = []
    try:
        with path.open("rb") as source:
            while data := read_full(source, CHUNK_BYTES):
                total += len(data)
                if total > limit:  # it grew while we read it
                    raise PieceTooLarge(total, limit)
                digest.update(data)
                batch.append(data)
                if len(batch) == CHUNKS_PER_WRITE:
                    append_chunks(writer, sealer, blob_id, seq, batch, total)
                    seq += len(batch)
                    batch = []
                    if on_progress is not None:
                        on_progress(total, max(size, total))
        if total == 0:
            raise PieceFileEmpty("the file is empty")
        if batch:
            append_chunks(writer, sealer, blob_id, seq, batch, total)
        sha256 = digest.hexdigest()
        complete_blob(writer, blob_id, sha256, total)
    except OSError as error:
        drop_blob(writer, blob_id)
        raise PieceFileUnreadable(type(error).__name__) from error
    except BaseException:
        drop_blob(writer, blob_id)
        raise
    if on_progress is not None:
        on_progress(total, total)
    return PieceFile(sha256, total, path.name, media_type(path.name))


class DownloadSink:
    """Bytes of one file arriving in any pieces, kept as sealed whole chunks; resumes a
    download an earlier round left half-done (``offset``: where the service should start)."""

    def __init__(
        self, engine: Engine, writer: Engine, sealer: Sealer, sha256: str, size: int
    ) -> None:
        self._engine, self._writer, self._sealer = engine, writer, sealer
        self.sha256, self.size = sha256, size
        with engine.connect() as conn:
            row = conn.execute(
                select(_B.blob_id, _B.stored, _B.size).where(
                    _B.sha256 == sha256, _B.state == "downloading"
                )
            ).first()
        if row is not None and row.size == size:
            self._blob_id, self.offset = row.blob_id, int(row.stored)
        else:
            if row is not None:  # a half download of another size: not this file
                drop_blob(writer, row.blob_id)
            self._blob_id, self.offset = new_blob(writer, sha256, size, "downloading"), 0
        self._digest = hashlib.sha256()
        self._seq = self.offset // CHUNK_BYTES
        try:
            for data in chunks_of(engine, sealer, self._blob_id, 0, self._seq):
                self._digest.update(data)
        except PieceDamaged:  # a half download that went bad: start over
            drop_blob(writer, self._blob_id)
            self._blob_id, self.offset, self._seq = (
                new_blob(writer, sha256, size, "downloading"),
                0,
                0,
            )
            self._digest = hashlib.sha256()
        self._buffer = bytearray()
        self._batch: list[bytes] = []

    def write(self, data: bytes) -> None:
        if self.offset + len(self._buffer) + len(data) > self.size:
            raise PieceDamaged("more bytes than the piece has")
        self._buffer += data
        while len(self._buffer) >= CHUNK_BYTES:
            self._batch.append(bytes(self._buffer[:CHUNK_BYTES]))
            del self._buffer[:CHUNK_BYTES]
            if len(self._batch) == CHUNKS_PER_WRITE:
                self._flush()

    def _flush(self) -> None:
        if not self._batch:
            return
        for chunk in self._batch:
            self._digest.update(chunk)
        stored = self.offset + sum(len(c) for c in self._batch)
        append_chunks(self._writer, self._sealer, self._blob_id, self._seq, self._batch, stored)
        self._seq += len(self._batch)
        self.offset = stored
        self._batch = []

    def pause(self) -> None:
        """Keep the whole chunks received so far (the connection broke)."""
        self._flush()
        self._buffer.clear()

    def discard(self) -> None:
        drop_blob(self._writer, self._blob_id)

    def finish(self) -> None:
        """All bytes arrived: keep them as the piece, or drop them (PieceDamaged) when
        they are not what its sha256 says."""
        if self._buffer:
            self._batch.append(bytes(self._buffer))
            self._buffer.clear()
        self._flush()
        if self.offset != self.size or self._digest.hexdigest() != self.sha256:
            drop_blob(self._writer, self._blob_id)
            raise PieceDamaged(f"download of {self.sha256[:12]}… does not match its sha256")
        complete_blob(self._writer, self._blob_id, self.sha256, self.size)


def plaintext(engine: Engine, writer: Engine, sealer: Sealer, sha256: str) -> Iterator[bytes]:
    """The file's bytes in 1 MiB pieces; its sha256 is checked at the end: PieceDamaged
    (and marked so) when they do not match, so what came before must not be kept."""
    blob_id, size = stored_blob(engine, sha256)
    digest = hashlib.sha256()
    total = 0
    try:
        for data in chunks_of(engine, sealer, blob_id, 0):
            digest.update(data)
            total += len(data)
            yield data
    except PieceDamaged:
        mark_damaged(writer, sha256)
        raise
    if total != size or digest.hexdigest() != sha256:
        mark_damaged(writer, sha256)
        raise PieceDamaged(f"piece file {sha256[:12]}… does not match its sha256")


def read_range(
    engine: Engine, writer: Engine, sealer: Sealer, sha256: str, offset: int, length: int
) -> bytes:
    """``length`` bytes from ``offset`` (fewer at the end): an upload's next chunk. The
    service checks the whole file's sha256; a chunk that cannot be opened is PieceDamaged."""
    blob_id, size = stored_blob(engine, sha256)
    first, skip = divmod(offset, CHUNK_BYTES)
    end = min(size, offset + length)
    last = (end + CHUNK_BYTES - 1) // CHUNK_BYTES
    try:
        data = b"".join(chunks_of(engine, sealer, blob_id, first, last))
    except PieceDamaged:
        mark_damaged(writer, sha256)
        raise
    return data[skip : skip + (end - offset)]


def verify(engine: Engine, writer: Engine, sealer: Sealer, sha256: str) -> bool:
    """Read the whole file: True when it matches its sha256 (else it is marked damaged)."""
    try:
        for _ in plaintext(engine, writer, sealer, sha256):
            pass
    except PieceDamaged:
        return False
    return True


def write_copy(
    engine: Engine, writer: Engine, sealer: Sealer, sha256: str, folder: Path, name: str
) -> Path:
    """A plaintext copy for a viewer in a fresh sub-folder of ``folder``, under a name
    safe on any disk; it appears under that name only after its sha256 was checked."""
    target = folder / uuid.uuid4().hex / disk_name(name)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(".partial-" + uuid.uuid4().hex)
    try:
        with partial.open("wb") as out:
            for data in plaintext(engine, writer, sealer, sha256):
                out.write(data)
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        target.parent.rmdir() if not any(target.parent.iterdir()) else None
        raise
    return target
