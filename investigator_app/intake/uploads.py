"""Resumable uploads of evidence bytes (protocol_evidence): start, state, append a chunk.

An upload belongs to the user who started it, for a case their department sees: anyone
else, an unknown id and a hidden case get the same 404. Chunks are appended only at
``received`` (each checked against its own sha256), so a client that lost its connection
or was killed resumes from the state it reads back. When the last byte arrived the whole
file's sha256 is checked outside the write lock (a mismatch starts the upload over), and
the bytes become the blob of that sha256, stored once (piece_bytes.py). An operation that
adds a piece needs a completed upload of its department for its case (``has_upload``).

Nothing here logs a file name: ids, sizes and hashes only.
"""

from __future__ import annotations

import hashlib
import logging
import threading
from collections import OrderedDict
from datetime import datetime
from typing import Any
from uuid import UUID, uuid4

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from investigator_app.intake.actors import Actor
from investigator_app.intake.cases import department_case
from investigator_app.intake.db import Database, utcnow
from investigator_app.intake.errors import ServiceError, not_found
from investigator_app.intake.models import Department, Upload
from investigator_app.intake.piece_bytes import (
    add_upload_chunk,
    drop_upload_chunks,
    keep_upload_as_blob,
    upload_sha256,
)
from investigator_app.protocol import ErrorCode
from investigator_app.protocol_evidence import UploadStart, UploadState

log = logging.getLogger("investigator_app.intake.uploads")

MIB = 1024 * 1024


class RunningHashes:
    """The sha256 of each upload so far, as this process received its chunks in order, so
    the last chunk need not read the whole file back to check it. Only a shortcut: an
    upload whose chunks came through several service copies, or after a restart, is read
    back from the database; a digest that does not match is read back too before the
    upload is refused. Keyed by (upload id, attempt)."""

    def __init__(self, limit: int = 256) -> None:
        self._lock = threading.Lock()
        self._hashes: OrderedDict[tuple[str, str], tuple[int, Any]] = OrderedDict()
        self._limit = limit

    def appended(self, key: tuple[str, str], offset: int, data: bytes) -> None:
        """``data`` was committed at ``offset``."""
        with self._lock:
            entry = self._hashes.pop(key, None)
        if offset == 0:
            digest = hashlib.sha256()
        elif entry is not None and entry[0] == offset:
            digest = entry[1]
        else:
            return  # chunks came through another copy: read back at the end
        digest.update(data)
        with self._lock:
            self._hashes[key] = (offset + len(data), digest)
            while len(self._hashes) > self._limit:
                self._hashes.popitem(last=False)

    def digest(self, key: tuple[str, str], size: int) -> str | None:
        with self._lock:
            entry = self._hashes.pop(key, None)
        return entry[1].hexdigest() if entry is not None and entry[0] == size else None


RUNNING = RunningHashes()


class ChunkOffsetError(Exception):
    """A chunk not at ``received``: the caller answers 409 with this state."""

    def __init__(self, state: UploadState) -> None:
        super().__init__("wrong offset")
        self.state = state


def too_large(limit: int) -> ServiceError:
    return ServiceError(
        413,
        ErrorCode.REQUEST_TOO_LARGE,
        f"The file is larger than this department's limit for a piece ({limit // MIB} MB).",
    )


def piece_limit(session: Session, department_id: int | None, default: int) -> int:
    """The department's per-file limit, else the service's."""
    if department_id is None:
        return default
    own = session.scalar(select(Department.max_piece_bytes).where(Department.id == department_id))
    return own if own else default


def state_of(upload: Upload) -> UploadState:
    return UploadState(
        upload_id=UUID(upload.id),
        sha256=upload.sha256,
        size=upload.size,
        received=upload.received,
        complete=upload.completed_at is not None,
    )


def _owned(session: Session, actor: Actor, upload_id: UUID, *, lock: bool = False) -> Upload:
    query = select(Upload).where(Upload.id == str(upload_id))
    upload = session.scalars(query.with_for_update() if lock else query).one_or_none()
    if upload is None or upload.user_id != actor.user_id:
        raise not_found("upload")
    if upload.department_id != actor.department_id:
        raise not_found("upload")
    try:  # a case no longer theirs to see (re-routed, recused, purged): gone with it
        department_case(session, actor, upload.case_id)
    except ServiceError:
        raise not_found("upload") from None
    return upload


def start_upload(
    db: Database, actor: Actor, upload_id: UUID, start: UploadStart, default_limit: int
) -> UploadState:
    """Start the upload, or the state of the same one (idempotent)."""
    assert actor.user_id is not None and actor.department_id is not None
    now = utcnow()
    try:
        with db.write() as session:
            state = _start(session, actor, upload_id, start, default_limit, now)
    except IntegrityError:
        with db.write() as session:  # the same id started at once by a resend: as it was
            state = _start(session, actor, upload_id, start, default_limit, now)
    return finish_if_received(db, actor, state)


def _start(
    session: Session,
    actor: Actor,
    upload_id: UUID,
    start: UploadStart,
    default_limit: int,
    now: datetime,
) -> UploadState:
    existing = session.get(Upload, str(upload_id))
    if existing is not None:
        upload = _owned(session, actor, upload_id)
        case = department_case(session, actor, start.case_id)
        same = (upload.case_id, upload.sha256, upload.size, upload.name) == (
            case.id,
            start.sha256,
            start.size,
            start.name,
        )
        if not same:
            raise ServiceError(
                409,
                ErrorCode.UPLOAD_CONFLICT,
                "This upload id was started for another file; start a new upload.",
            )
        return state_of(upload)
    case = department_case(session, actor, start.case_id)
    limit = piece_limit(session, actor.department_id, default_limit)
    if start.size > limit:
        raise too_large(limit)
    assert actor.user_id is not None and actor.department_id is not None
    upload = Upload(
        id=str(upload_id),
        user_id=actor.user_id,
        department_id=actor.department_id,
        case_id=case.id,
        sha256=start.sha256,
        size=start.size,
        name=start.name,
        received=0,
        attempt=str(uuid4()),
        created_at=now,
        updated_at=now,
    )
    session.add(upload)
    session.flush()
    log.info("upload %s started (%d bytes)", upload.id, upload.size)
    return state_of(upload)


def upload_state(db: Database, actor: Actor, upload_id: UUID) -> UploadState:
    with db.read() as session:
        state = state_of(_owned(session, actor, upload_id))
    return finish_if_received(db, actor, state)


def append_chunk(
    db: Database, actor: Actor, upload_id: UUID, offset: int, chunk_sha256: str, data: bytes
) -> UploadState:
    """Append ``data`` at ``offset``; the state after it (complete after the last one)."""
    if not data:
        raise ServiceError(422, ErrorCode.INVALID_REQUEST, "The chunk is empty.")
    if hashlib.sha256(data).hexdigest() != chunk_sha256:
        raise ServiceError(
            422,
            ErrorCode.CHUNK_CORRUPTED,
            "The chunk's bytes do not match its X-Chunk-SHA256; send it again.",
        )
    with db.write() as session:
        upload = _owned(session, actor, upload_id, lock=True)
        if upload.completed_at is not None or offset != upload.received:
            raise ChunkOffsetError(state_of(upload))
        if offset + len(data) > upload.size:
            raise ServiceError(
                422, ErrorCode.INVALID_REQUEST, "The chunk goes past the end of the file."
            )
        add_upload_chunk(session, upload.id, offset, data)
        upload.received = offset + len(data)
        upload.updated_at = utcnow()
        state = state_of(upload)
        key = (upload.id, upload.attempt)
    RUNNING.appended(key, offset, data)  # committed
    return finish_if_received(db, actor, state)


def finish_if_received(db: Database, actor: Actor, state: UploadState) -> UploadState:
    """When every byte arrived: check the whole file (outside the write lock), then keep
    it as its blob, or start over on a mismatch (422 sha256_mismatch)."""
    if state.complete or state.received < state.size:
        return state
    upload_id = str(state.upload_id)
    with db.read() as session:
        attempt = session.scalar(select(Upload.attempt).where(Upload.id == upload_id))
        actual = RUNNING.digest((upload_id, attempt or ""), state.size)
        if actual != state.sha256:  # not known here, or to be sure before refusing
            actual = upload_sha256(session, upload_id)
    with db.write() as session:
        upload = _owned(session, actor, state.upload_id, lock=True)
        if upload.completed_at is not None or upload.received < upload.size:
            return state_of(upload)  # finished (or reset) by a concurrent request
        now = utcnow()
        upload.updated_at = now
        if actual != upload.sha256:
            drop_upload_chunks(session, upload.id)
            upload.received = 0
            upload.attempt = str(uuid4())
            log.info("upload %s: sha256 mismatch, starts over", upload.id)
            mismatch = True
        else:
            keep_upload_as_blob(session, upload.id, upload.sha256, upload.size, now)
            upload.completed_at = now
            log.info("upload %s complete", upload.id)
            mismatch = False
        final = state_of(upload)
    if mismatch:
        raise ServiceError(
            422,
            ErrorCode.SHA256_MISMATCH,
            "The file's bytes do not match its sha256; the upload starts over.",
        )
    return final


def has_upload(session: Session, department_id: int, case_id: str, sha256: str, size: int) -> bool:
    """Whether ``department_id`` completed an upload of these bytes for the case."""
    found = session.scalar(
        select(Upload.id)
        .where(
            Upload.department_id == department_id,
            Upload.case_id == case_id,
            Upload.sha256 == sha256,
            Upload.size == size,
            Upload.completed_at.is_not(None),
        )
        .limit(1)
    )
    return found is not None


def store_uploaded(
    session: Session, actor: Actor, case_id: str, data: bytes, name: str, now: datetime
) -> str:
    """A completed upload of ``data`` as if the desktop had sent it (the demo's seed, in
    the caller's transaction); its sha256."""
    assert actor.user_id is not None and actor.department_id is not None
    sha256 = hashlib.sha256(data).hexdigest()
    upload = Upload(
        id=str(uuid4()),
        user_id=actor.user_id,
        department_id=actor.department_id,
        case_id=case_id,
        sha256=sha256,
        size=len(data),
        name=name,
        received=len(data),
        attempt=str(uuid4()),
        created_at=now,
        updated_at=now,
        completed_at=now,
    )
    session.add(upload)
    session.flush()
    step = 4 * MIB
    for start in range(0, len(data), step):
        add_upload_chunk(session, upload.id, start, data[start : start + step])
    keep_upload_as_blob(session, upload.id, sha256, len(data), now)
    return sha256
