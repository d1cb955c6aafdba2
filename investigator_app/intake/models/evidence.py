"""Evidence and interview records (issue 12): uploads of piece bytes in chunks, the chunks
of stored files too big to hold whole, the pieces with every version of their file and
their chain of custody, and the interview records with their earlier (signed) versions.

Like the investigation, each piece and record keeps the department that recorded it. The
bytes are stored once by content address: a ``blobs`` row (``chunked``: its bytes are in
``blob_chunks``, pointing at ``chunk_data``; ``data`` empty) whoever uploads them. A
version's ``sha256`` is kept even after the retention purge deleted the bytes, so it has
no foreign key to ``blobs``.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Date,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column

from investigator_app.domain.evidence import CustodyKind, PieceType
from investigator_app.intake.db import Base, EnumText, UTCDateTime
from investigator_app.intake.models.ids import ID_LENGTH


class Upload(Base):
    """A resumable upload of one file for a case, by one user of its department."""

    __tablename__ = "uploads"

    id: Mapped[str] = mapped_column(String(ID_LENGTH), primary_key=True)  # the client's id
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"))
    department_id: Mapped[int] = mapped_column(ForeignKey("departments.id"))
    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"), index=True)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    size: Mapped[int] = mapped_column(BigInteger)
    name: Mapped[str] = mapped_column(Text)  # as given (never logged)
    received: Mapped[int] = mapped_column(BigInteger, default=0)
    # A new random value whenever the upload starts (over): a copy's running hash of an
    # earlier attempt is never taken for this one's (uploads.RunningHashes).
    attempt: Mapped[str] = mapped_column(String(ID_LENGTH))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    completed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class ChunkData(Base):
    """A chunk's bytes, once: an upload's chunk becomes its blob's by moving the small row
    that points here (never by copying the bytes)."""

    __tablename__ = "chunk_data"

    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class UploadChunk(Base):
    """The chunks an upload received so far, by their offset in the file."""

    __tablename__ = "upload_chunks"

    upload_id: Mapped[str] = mapped_column(ForeignKey("uploads.id"), primary_key=True)
    start: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    size: Mapped[int] = mapped_column(Integer)
    data_id: Mapped[int] = mapped_column(
        BigInteger().with_variant(Integer, "sqlite"), ForeignKey("chunk_data.id")
    )


class BlobChunk(Base):
    """A stored file's chunk from ``start`` on (a chunked blob: never whole in memory)."""

    __tablename__ = "blob_chunks"

    sha256: Mapped[str] = mapped_column(ForeignKey("blobs.sha256"), primary_key=True)
    start: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    size: Mapped[int] = mapped_column(Integer)
    data_id: Mapped[int] = mapped_column(
        BigInteger().with_variant(Integer, "sqlite"), ForeignKey("chunk_data.id")
    )


class PieceRow(Base):
    """A piece of evidence as it is now (its files in PieceFileVersion, custody apart)."""

    __tablename__ = "pieces"

    id: Mapped[str] = mapped_column(String(ID_LENGTH), primary_key=True)  # the client's id
    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"), index=True)
    department_id: Mapped[int] = mapped_column(ForeignKey("departments.id"))
    number: Mapped[int] = mapped_column(Integer)  # 1, 2, 3 … within the case and department
    version: Mapped[int] = mapped_column(Integer)  # the current file's version
    title: Mapped[str] = mapped_column(Text)
    description: Mapped[str] = mapped_column(Text)
    source: Mapped[str] = mapped_column(Text)
    obtained_on: Mapped[date] = mapped_column(Date)
    type: Mapped[PieceType] = mapped_column(EnumText(PieceType))
    added_by_id: Mapped[str] = mapped_column(ForeignKey("users.id"))
    added_at: Mapped[datetime] = mapped_column(UTCDateTime)
    withdrawn_by_id: Mapped[str | None] = mapped_column(ForeignKey("users.id"))
    withdrawn_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    withdraw_reason: Mapped[str | None] = mapped_column(Text)


class PieceFileVersion(Base):
    """Every version of a piece's file, the current one included."""

    __tablename__ = "piece_versions"

    piece_id: Mapped[str] = mapped_column(ForeignKey("pieces.id"), primary_key=True)
    version: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    size: Mapped[int] = mapped_column(BigInteger)
    name: Mapped[str] = mapped_column(Text)  # literally as given
    media_type: Mapped[str] = mapped_column(String(100))
    added_by_id: Mapped[str] = mapped_column(ForeignKey("users.id"))
    added_at: Mapped[datetime] = mapped_column(UTCDateTime)


class CustodyRow(Base):
    """One entry of a piece's chain of custody (append-only)."""

    __tablename__ = "custody_entries"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    piece_id: Mapped[str] = mapped_column(ForeignKey("pieces.id"), index=True)
    kind: Mapped[CustodyKind] = mapped_column(EnumText(CustodyKind))
    version: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    detail: Mapped[str] = mapped_column(Text, default="")  # source, copy id or reason
    by_id: Mapped[str] = mapped_column(ForeignKey("users.id"))
    at: Mapped[datetime] = mapped_column(UTCDateTime)


class InterviewRow(Base):
    """An interview record as it reads now (``facts``: domain.interviews.InterviewFacts as
    JSON); signed when ``signature_piece_id`` is set."""

    __tablename__ = "interviews"

    id: Mapped[str] = mapped_column(String(ID_LENGTH), primary_key=True)  # the client's id
    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"), index=True)
    department_id: Mapped[int] = mapped_column(ForeignKey("departments.id"))
    number: Mapped[int] = mapped_column(Integer)
    version: Mapped[int] = mapped_column(Integer)
    facts: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_by_id: Mapped[str] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    edited_by_id: Mapped[str] = mapped_column(ForeignKey("users.id"))
    edited_at: Mapped[datetime] = mapped_column(UTCDateTime)
    correction_reason: Mapped[str] = mapped_column(Text, default="")
    signature_piece_id: Mapped[str | None] = mapped_column(ForeignKey("pieces.id"))
    signature_version: Mapped[int | None] = mapped_column(Integer)
    signed_by_id: Mapped[str | None] = mapped_column(ForeignKey("users.id"))
    signed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class InterviewVersionRow(Base):
    """An earlier version of a record (a correction keeps the signed one here)."""

    __tablename__ = "interview_versions"

    interview_id: Mapped[str] = mapped_column(ForeignKey("interviews.id"), primary_key=True)
    version: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    facts: Mapped[dict[str, Any]] = mapped_column(JSON)
    edited_by_id: Mapped[str] = mapped_column(ForeignKey("users.id"))
    edited_at: Mapped[datetime] = mapped_column(UTCDateTime)
    correction_reason: Mapped[str] = mapped_column(Text, default="")
    signature_piece_id: Mapped[str | None] = mapped_column(ForeignKey("pieces.id"))
    signed_by_id: Mapped[str | None] = mapped_column(ForeignKey("users.id"))
    signed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


CHUNKED_BLOB_DATA = b""
"""``blobs.data`` of a chunked blob (``blobs.chunked``)."""

__all__ = [
    "CHUNKED_BLOB_DATA",
    "BlobChunk",
    "ChunkData",
    "CustodyRow",
    "InterviewRow",
    "InterviewVersionRow",
    "PieceFileVersion",
    "PieceRow",
    "Upload",
    "UploadChunk",
]
