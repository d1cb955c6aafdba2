"""LocalStore's methods for evidence: the department's settings, a piece's file in and out,
queueing the piece operations, the uploads and downloads the sync threads do.

A mixin so local_store.py keeps one job per section; every method opens its own
connection or transaction like the others (thread-safe). Importing, copying and verifying
read or write up to the department's limit (200 MB): call them off the GUI thread.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator, Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine

from investigator_app.domain.evidence import CustodyKind, PieceFacts, PieceFile
from investigator_app.operations import (
    AddPieceOp,
    FileIn,
    Operation,
    PieceIn,
    RecordCustodyOp,
    ReplacePieceOp,
    WithdrawPieceOp,
)
from investigator_app.store import (
    evidence as _evidence,
    evidence_streams as _streams,
    identity as _identity,
    piece_uploads as _uploads,
)
from investigator_app.store.evidence import PieceAvailability, PieceTooLarge
from investigator_app.store.evidence_streams import DownloadSink
from investigator_app.store.outbox import queued_operation
from investigator_app.store.piece_uploads import PieceUpload, UploadWork
from investigator_app.store.sealing import Sealer


class EvidenceMethods:
    _engine: Engine
    _writer: Engine
    _sealer: Sealer

    if TYPE_CHECKING:  # LocalStore defines it

        def queue(self, op: Operation) -> Operation: ...

    # --- the department's settings ----------------------------------------------------

    def max_piece_bytes(self) -> int:
        """The largest file the service takes as a piece (default 200 MB)."""
        with self._engine.connect() as conn:
            return _identity.max_piece_bytes(conn)

    def interview_notice(self) -> str:
        """The notice the department has read at the start of an interview ("" if none)."""
        with self._engine.connect() as conn:
            return _identity.interview_notice(conn)

    # --- a file in ------------------------------------------------------------------------

    def import_piece_file(
        self, path: Path, *, on_progress: Callable[[int, int], None] | None = None
    ) -> PieceFile:
        """Copy a file into the store, sealed (streaming, hashed on the way); its
        PieceFile, the name as given. PieceTooLarge (with the limit) before copying,
        PieceFileUnreadable, PieceFileEmpty."""
        limit = self.max_piece_bytes()
        return _streams.import_file(self._writer, self._sealer, path, limit, on_progress)

    def add_piece(
        self, case_id: str, facts: PieceFacts, file: PieceFile, made_at: datetime
    ) -> uuid.UUID:
        """Queue a new piece whose file was imported; its new id (TransitionError /
        QueueRefused when refused)."""
        piece = PieceIn(
            piece_id=uuid.uuid4(),
            title=facts.title,
            description=facts.description,
            source=facts.source,
            obtained_on=facts.obtained_on,
            type=facts.type,
            file=_file_in(file),
        )
        self.queue(AddPieceOp(**_fields(case_id, made_at), piece=piece))
        return piece.piece_id

    def replace_piece(
        self,
        case_id: str,
        piece_id: uuid.UUID | str,
        file: PieceFile,
        reason: str,
        made_at: datetime,
    ) -> uuid.UUID:
        """Queue a new version of a piece (file imported first); the op's id."""
        op = ReplacePieceOp(
            **_fields(case_id, made_at), piece_id=piece_id, file=_file_in(file), reason=reason
        )
        return self.queue(op).op_id

    def withdraw_piece(
        self, case_id: str, piece_id: uuid.UUID | str, reason: str, made_at: datetime
    ) -> uuid.UUID:
        op = WithdrawPieceOp(**_fields(case_id, made_at), piece_id=piece_id, reason=reason)
        return self.queue(op).op_id

    def record_piece_custody(
        self,
        case_id: str,
        piece_id: uuid.UUID | str,
        kind: CustodyKind,
        version: int,
        copy_id: uuid.UUID | None,
        made_at: datetime,
    ) -> uuid.UUID:
        """Queue that a version of a piece was opened (``copy_id`` None), or exported or
        printed in the dossier copy ``copy_id``."""
        op = RecordCustodyOp(
            **_fields(case_id, made_at),
            piece_id=piece_id,
            kind=kind,
            version=version,
            copy_id=copy_id,
        )
        return self.queue(op).op_id

    # --- a file out -----------------------------------------------------------------------

    def piece_availability(self, sha256s: Sequence[str]) -> dict[str, PieceAvailability]:
        with self._engine.connect() as conn:
            return _evidence.availability(conn, list(sha256s))

    def piece_download_progress(self, sha256: str) -> tuple[int, int] | None:
        with self._engine.connect() as conn:
            return _evidence.download_progress(conn, sha256)

    def write_piece_copy(self, sha256: str, folder: Path, name: str) -> Path:
        """A verified plaintext copy for a viewer under ``folder`` (PieceDamaged,
        PieceMissing)."""
        return _streams.write_copy(self._engine, self._writer, self._sealer, sha256, folder, name)

    def piece_chunks(self, sha256: str) -> Iterator[bytes]:
        """The plaintext in 1 MiB pieces; PieceDamaged at the end when it does not match."""
        return _streams.plaintext(self._engine, self._writer, self._sealer, sha256)

    def piece_bytes(self, sha256: str, max_bytes: int = 64 * 1024 * 1024) -> bytes:
        """The whole verified file (PieceTooLarge over ``max_bytes``)."""
        with self._engine.connect() as conn:
            size = _evidence.stored_size(conn, sha256)
        if size is not None and size > max_bytes:
            raise PieceTooLarge(size, max_bytes)
        return b"".join(self.piece_chunks(sha256))

    def verify_piece(self, sha256: str) -> bool:
        return _streams.verify(self._engine, self._writer, self._sealer, sha256)

    def piece_uploads(self, case_id: str) -> dict[str, PieceUpload]:
        """The uploads of the case's queued pieces, by sha256."""
        with self._engine.connect() as conn:
            return _uploads.of_case(conn, case_id)

    # --- for the sync threads -------------------------------------------------------------

    def upload_work(self) -> list[UploadWork]:
        with self._engine.connect() as conn:
            return _uploads.work(conn)

    def upload_name(self, op_id: uuid.UUID) -> str | None:
        """The file name the queued operation ``op_id`` carries (the upload's start names it)."""
        with self._engine.connect() as conn:
            op = queued_operation(conn, self._sealer, op_id)
        file = None if op is None else _uploads.file_of(op)
        return None if file is None else file.name

    def upload_progress(self, op_id: uuid.UUID, sent: int, done: bool) -> bool:
        """Record what the service received; False when the upload is gone (undone)."""
        with self._writer.begin() as conn:
            return _uploads.progress(conn, op_id, sent, done)

    def upload_restart(self, op_id: uuid.UUID) -> int:
        with self._writer.begin() as conn:
            return _uploads.restart(conn, op_id)

    def upload_refused(self, op_id: uuid.UUID) -> None:
        with self._writer.begin() as conn:
            _uploads.refuse(conn, op_id)

    def piece_range(self, sha256: str, offset: int, length: int) -> bytes:
        return _streams.read_range(self._engine, self._writer, self._sealer, sha256, offset, length)

    def missing_piece_files(self) -> list[tuple[str, str, str, int, int]]:
        """(case id, piece id, sha256, size, version) of piece files our cases hold but
        we lack."""
        with self._engine.connect() as conn:
            return _evidence.missing(conn)

    def piece_sink(self, sha256: str, size: int) -> DownloadSink:
        return DownloadSink(self._engine, self._writer, self._sealer, sha256, size)

    def piece_files_of(self, sha256: str) -> list[str]:
        """The cases whose pieces hold the file (to tell the screen it arrived)."""
        with self._engine.connect() as conn:
            return _evidence.cases_holding(conn, sha256)

    def tidy_piece_files(self) -> int:
        """Drop uploads of settled operations and files nobody refers to any more."""
        with self._writer.begin() as conn:
            _uploads.forget_settled(conn)
            return _evidence.prune(conn)


def _file_in(file: PieceFile) -> FileIn:
    return FileIn(sha256=file.sha256, size=file.size, name=file.name, media_type=file.media_type)


def _fields(case_id: str, made_at: datetime) -> dict[str, Any]:
    return {"op_id": uuid.uuid4(), "case_id": case_id, "base_version": 0, "made_at": made_at}
