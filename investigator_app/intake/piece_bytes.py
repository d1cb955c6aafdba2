"""The bytes of evidence pieces: stored once by content address in chunks, read back in
chunks, so a 200 MB file is never whole in the service's memory.

A completed upload's chunks become the blob's: their bytes (``chunk_data``) stay where
they are, only the small rows pointing at them move (``upload_chunks`` to
``blob_chunks``); a blob that exists already (the same bytes uploaded before, for any case
or department, or a file 1700 attached) is kept as it is and the upload's chunks are
dropped. Reading walks the chunks one query at a time, each in its own
short read transaction, and can start at any offset (an HTTP ``Range``).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from datetime import datetime

from sqlalchemy import delete, exists, insert, literal, select
from sqlalchemy.orm import Session

from investigator_app.intake.db import Database
from investigator_app.intake.models import Blob, BlobChunk, ChunkData, UploadChunk
from investigator_app.intake.models.evidence import CHUNKED_BLOB_DATA
from investigator_app.intake.upsert import insert_if_missing


def add_upload_chunk(session: Session, upload_id: str, start: int, data: bytes) -> None:
    row = ChunkData(data=data)
    session.add(row)
    session.flush()  # its id
    session.add(UploadChunk(upload_id=upload_id, start=start, size=len(data), data_id=row.id))


def upload_sha256(session: Session, upload_id: str) -> str:
    """The sha256 of an upload's chunks in order, read one chunk at a time."""
    digest = hashlib.sha256()
    data_ids = list(
        session.scalars(
            select(UploadChunk.data_id)
            .where(UploadChunk.upload_id == upload_id)
            .order_by(UploadChunk.start)
        )
    )
    for data_id in data_ids:
        digest.update(session.scalar(select(ChunkData.data).where(ChunkData.id == data_id)) or b"")
    return digest.hexdigest()


def keep_upload_as_blob(
    session: Session, upload_id: str, sha256: str, size: int, now: datetime
) -> None:
    """The verified upload's chunks become the blob ``sha256`` (unless it is stored
    already: then they go). Only the small rows that point at the bytes move."""
    insert_if_missing(
        session,
        Blob,
        {
            "sha256": sha256,
            "size": size,
            "data": CHUNKED_BLOB_DATA,
            "chunked": True,
            "created_at": now,
        },
    )
    # Locked: two uploads of the same bytes completing at once keep one set of chunks.
    blob = session.scalars(select(Blob).where(Blob.sha256 == sha256).with_for_update()).one()
    has_chunks = session.scalar(select(exists().where(BlobChunk.sha256 == sha256)))
    if not blob.chunked or has_chunks:
        drop_upload_chunks(session, upload_id)
        return
    session.execute(
        insert(BlobChunk).from_select(
            ["sha256", "start", "size", "data_id"],
            select(literal(sha256), UploadChunk.start, UploadChunk.size, UploadChunk.data_id).where(
                UploadChunk.upload_id == upload_id
            ),
        )
    )
    session.execute(delete(UploadChunk).where(UploadChunk.upload_id == upload_id))


def drop_upload_chunks(session: Session, upload_id: str) -> None:
    """An upload's chunks and their bytes."""
    data_ids = list(
        session.scalars(select(UploadChunk.data_id).where(UploadChunk.upload_id == upload_id))
    )
    session.execute(delete(UploadChunk).where(UploadChunk.upload_id == upload_id))
    _delete_data(session, data_ids)


def _delete_data(session: Session, data_ids: list[int]) -> None:
    for at in range(0, len(data_ids), 500):
        session.execute(delete(ChunkData).where(ChunkData.id.in_(data_ids[at : at + 500])))


def stored_size(session: Session, sha256: str) -> int | None:
    """The size of the stored blob ``sha256``; None when its bytes are not here."""
    return session.scalar(select(Blob.size).where(Blob.sha256 == sha256))


def read_chunks(db: Database, sha256: str, first: int = 0) -> Iterator[bytes]:
    """The blob's bytes from offset ``first`` on, chunk by chunk (one short read each).
    Ends early if the blob goes meanwhile (a retention purge): the reader checks the
    sha256 anyway."""
    with db.read() as session:
        chunked = session.scalar(select(Blob.chunked).where(Blob.sha256 == sha256))
        if chunked is None:
            return
        if not chunked:
            data = session.scalar(select(Blob.data).where(Blob.sha256 == sha256)) or b""
            if first < len(data):
                yield data[first:]
            return
        chunks = session.execute(
            select(BlobChunk.start, BlobChunk.size, BlobChunk.data_id)
            .where(BlobChunk.sha256 == sha256, BlobChunk.start + BlobChunk.size > first)
            .order_by(BlobChunk.start)
        ).all()
    for chunk in chunks:
        with db.read() as session:
            part = session.scalar(select(ChunkData.data).where(ChunkData.id == chunk.data_id))
        if part is None:
            return
        skip = max(0, first - chunk.start)
        yield part[skip:] if skip else part


def delete_blobs(session: Session, sha256s: list[str]) -> int:
    """Delete these blobs with their chunks; how many blobs went."""
    if not sha256s:
        return 0
    data_ids = list(session.scalars(select(BlobChunk.data_id).where(BlobChunk.sha256.in_(sha256s))))
    session.execute(delete(BlobChunk).where(BlobChunk.sha256.in_(sha256s)))
    _delete_data(session, data_ids)
    result = session.execute(delete(Blob).where(Blob.sha256.in_(sha256s)))
    return int(getattr(result, "rowcount", 0) or 0)
