"""Tables of the desktop's local store (SQLAlchemy 2 typed models).

``cases`` and ``case_events`` hold the service's snapshots as received; what the user sees
is that snapshot plus the overlay of our own pending ``outbox`` operations (see overlay.py).
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any, TypeAlias, cast

from sqlalchemy import (
    BigInteger,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    Uuid,
    false,
    text,
    true,
)
from sqlalchemy.engine import Row
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from investigator_app.store.types import UTCDateTime

AnyRow: TypeAlias = Row[*tuple[Any, ...]]
"""A result row of any shape (the store reads with Core for speed)."""

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

OUTBOX_STATES = ("pending", "applied", "conflict", "rejected")


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


LIST_ROW_COLUMNS = (
    "reference",
    "id",
    "received_at",
    "category",
    "status",
    "acknowledged_at",
    "assignee_id",
    "assignee_name",
    "feedback_sent_at",
    "unread",
    "conflict_declared",
    "needs_reassignment",
    "opened",
    "search_key",
    "sealed_heading",
)


class CaseRow(Base):
    """The latest snapshot of a case the service sent (CaseOut minus its events)."""

    __tablename__ = "cases"
    # Every column the case list reads, in reference order: the list of 100,000 cases is
    # read from this index, not from the table's rows, which the search tokens spread over
    # several pages each (store/list_reads.py, migration 0010).
    __table_args__ = (Index("ix_cases_list_row", *LIST_ROW_COLUMNS),)

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    reference: Mapped[str] = mapped_column(String(32))
    version: Mapped[int]
    department: Mapped[str] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(20))
    outcome: Mapped[str | None] = mapped_column(String(20))
    channel: Mapped[str] = mapped_column(String(20))
    category: Mapped[str] = mapped_column(String(40))
    received_at: Mapped[datetime] = mapped_column(UTCDateTime())
    forwarded_at: Mapped[datetime] = mapped_column(UTCDateTime())
    acknowledged_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # Sealed (store/sealing.py): summary, involved entity and persons as JSON (what the
    # list shows and filters on in memory); the description; the keyed prefix index of the
    # long texts (description, messages, answers, attachment names).
    sealed_heading: Mapped[bytes] = mapped_column(LargeBinary)
    sealed_description: Mapped[bytes] = mapped_column(LargeBinary)
    search_tokens: Mapped[bytes] = mapped_column(LargeBinary)
    # The case's key in the FTS5 index of those tokens (store/search_index.py, 0010).
    search_key: Mapped[int | None] = mapped_column(BigInteger, index=True)
    reporter_kind: Mapped[str] = mapped_column(String(20))
    assignee_id: Mapped[str | None] = mapped_column(String(64))
    assignee_name: Mapped[str | None] = mapped_column(String(300))
    assignee_role: Mapped[str | None] = mapped_column(String(20))
    reporter_language: Mapped[str] = mapped_column(String(2), server_default=text("'nl'"))
    reporter_reachable_by_email: Mapped[bool] = mapped_column(server_default=true())
    feedback_sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # A new answer of the reporter arrived and the user has not opened the case since.
    unread: Mapped[bool] = mapped_column(server_default=false())
    # Conflict of interest: the signed-in user declared none; someone recused and the case
    # waits for reassignment; who recused (sealed JSON list of RecusalOut: names, reasons).
    conflict_declared: Mapped[bool] = mapped_column(server_default=false())
    needs_reassignment: Mapped[bool] = mapped_column(server_default=false())
    sealed_recusals: Mapped[bytes | None] = mapped_column(LargeBinary)
    # Closed without investigation: on which ground (domain.investigation.ClosingGround).
    closing_ground: Mapped[str | None] = mapped_column(String(30))
    # The user opened the case on this workstation (a forwarded one not yet opened is "new").
    # Kept across snapshots: the upsert never names it.
    opened: Mapped[bool] = mapped_column(server_default=false())


class CaseEventRow(Base):
    """One entry of a case's history, in the order of the snapshot (``position``)."""

    __tablename__ = "case_events"

    case_id: Mapped[str] = mapped_column(
        ForeignKey("cases.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(primary_key=True)
    id: Mapped[str] = mapped_column(String(64))
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    actor: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(40))
    from_status: Mapped[str | None] = mapped_column(String(20))
    to_status: Mapped[str | None] = mapped_column(String(20))
    outcome: Mapped[str | None] = mapped_column(String(20))
    sealed_reason: Mapped[bytes | None] = mapped_column(LargeBinary)
    assignee: Mapped[str | None] = mapped_column(String(300))


class CaseMessageRow(Base):
    """One message of the conversation with the reporter, in the snapshot's order.

    ``sealed_payload`` is the whole MessageOut as sealed JSON (body, answer, attachments);
    the columns beside it are what the list needs without opening it.
    """

    __tablename__ = "case_messages"

    case_id: Mapped[str] = mapped_column(
        ForeignKey("cases.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(primary_key=True)
    id: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(20))
    state: Mapped[str] = mapped_column(String(20))
    answer_due: Mapped[date | None] = mapped_column(Date)
    answered_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    sealed_payload: Mapped[bytes] = mapped_column(LargeBinary)


class CaseAttachmentRow(Base):
    """An attachment a case refers to: added at registration (``message_id`` "") or with
    the answer to a message. The bytes are in ``attachment_blobs`` once fetched."""

    __tablename__ = "case_attachments"

    case_id: Mapped[str] = mapped_column(
        ForeignKey("cases.id", ondelete="CASCADE"), primary_key=True
    )
    message_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int]
    sealed_payload: Mapped[bytes] = mapped_column(LargeBinary)  # the AttachmentOut, sealed


class CaseNoteRow(Base):
    """A confidential note the signed-in user may read, in the snapshot's order.

    ``sealed_payload`` is the whole NoteOut as sealed JSON (text, author, earlier versions):
    nothing of a note is kept in the clear.
    """

    __tablename__ = "case_notes"

    case_id: Mapped[str] = mapped_column(
        ForeignKey("cases.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(primary_key=True)
    id: Mapped[str] = mapped_column(String(64))
    sealed_payload: Mapped[bytes] = mapped_column(LargeBinary)


class CaseInvestigationRow(Base):
    """A case's investigation as the service sent it (domain.investigation.Investigation as
    sealed JSON: allegations, findings, tasks, with their texts). Only a case with one has
    a row."""

    __tablename__ = "case_investigations"

    case_id: Mapped[str] = mapped_column(
        ForeignKey("cases.id", ondelete="CASCADE"), primary_key=True
    )
    sealed_payload: Mapped[bytes] = mapped_column(LargeBinary)


class CaseTaskRow(Base):
    """What lists across cases need of a task ("my tasks", counts per case) without opening
    any investigation: who owns it, by when, its state. Never its description."""

    __tablename__ = "case_tasks"
    __table_args__ = (Index("ix_case_tasks_owner_id_state", "owner_id", "state"),)

    case_id: Mapped[str] = mapped_column(
        ForeignKey("cases.id", ondelete="CASCADE"), primary_key=True
    )
    task_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    owner_id: Mapped[str | None] = mapped_column(String(64))
    due: Mapped[date | None] = mapped_column(Date)
    state: Mapped[str] = mapped_column(String(10))


class AttachmentBlobRow(Base):
    """Verified attachment bytes by content address, sealed (see store/attachments.py)."""

    __tablename__ = "attachment_blobs"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class PieceBlobRow(Base):
    """One file of evidence on this workstation (store/evidence.py): its bytes are the
    ``piece_chunks`` of ``blob_id``. ``sha256`` is unknown (None) while a file is being
    imported; ``stored`` counts the plaintext bytes kept so far (a download resumes there)."""

    __tablename__ = "piece_blobs"
    __table_args__ = (
        CheckConstraint(
            "state IN ('importing', 'downloading', 'complete', 'damaged')", name="state_known"
        ),
        Index("ix_piece_blobs_sha256", "sha256"),
    )

    blob_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    sha256: Mapped[str | None] = mapped_column(String(64))
    size: Mapped[int]
    stored: Mapped[int] = mapped_column(default=0)
    state: Mapped[str] = mapped_column(String(12))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class PieceChunkRow(Base):
    """1 MiB of a file's plaintext, sealed, bound to its blob and position."""

    __tablename__ = "piece_chunks"

    blob_id: Mapped[str] = mapped_column(
        ForeignKey("piece_blobs.blob_id", ondelete="CASCADE"), primary_key=True
    )
    seq: Mapped[int] = mapped_column(primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class PieceUploadRow(Base):
    """The upload of the file an outbox operation carries (add_piece, replace_piece): the
    pusher sends that operation only once this is done (or refused: then the service's
    refusal of the operation says why). ``sent`` is what the service said it received."""

    __tablename__ = "piece_uploads"
    __table_args__ = (
        CheckConstraint("state IN ('waiting', 'sending', 'done', 'refused')", name="state_known"),
        Index("ix_piece_uploads_case_id", "case_id"),
    )

    op_id: Mapped[uuid.UUID] = mapped_column(Uuid(), primary_key=True)
    case_id: Mapped[str] = mapped_column(String(64))
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int]
    upload_id: Mapped[uuid.UUID] = mapped_column(Uuid())
    sent: Mapped[int] = mapped_column(default=0)
    state: Mapped[str] = mapped_column(String(10), default="waiting")
    failures: Mapped[int] = mapped_column(default=0)


class CasePieceFileRow(Base):
    """Each version's file of a case's pieces as the service sent them (clear: content
    address and size only), so the puller finds what to fetch without opening a sealed
    investigation."""

    __tablename__ = "case_piece_files"

    case_id: Mapped[str] = mapped_column(
        ForeignKey("cases.id", ondelete="CASCADE"), primary_key=True
    )
    piece_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    version: Mapped[int] = mapped_column(primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    size: Mapped[int]


class SyncStateRow(Base):
    """The single row of sync bookkeeping and of who is signed in (id is always 1)."""

    __tablename__ = "sync_state"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    cursor: Mapped[int] = mapped_column(default=0)
    last_sync_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    user_id: Mapped[str | None] = mapped_column(String(64))
    username: Mapped[str | None] = mapped_column(String(150))
    display_name: Mapped[str | None] = mapped_column(String(300))
    role: Mapped[str | None] = mapped_column(String(20))
    department_code: Mapped[str | None] = mapped_column(String(32))
    department_name: Mapped[str | None] = mapped_column(String(300))
    ack_days: Mapped[int | None]
    feedback_months: Mapped[int | None]
    # A constant sealed with the data key: tells a missing or wrong key at open.
    key_check: Mapped[bytes | None] = mapped_column(LargeBinary)
    # The department's settings for evidence and interviews (MeResponse.settings; None
    # before a service that sends them: the defaults apply).
    max_piece_bytes: Mapped[int | None]
    interview_notice: Mapped[str | None] = mapped_column(Text)
    # How the user signed in (MeResponse.sign_in_method; None before migration 0009: a
    # password): the idle lock of an organisation's account asks a PIN or the browser.
    sign_in_method: Mapped[str | None] = mapped_column(String(16))


class ColleagueRow(Base):
    """Members of the signed-in user's department (for assigning and display names)."""

    __tablename__ = "colleagues"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    display_name: Mapped[str] = mapped_column(String(300))
    role: Mapped[str] = mapped_column(String(20))


class OutboxRow(Base):
    """A local action: pending until the service answers, then applied or refused.

    ``seq`` keeps the order the user acted in; ``reference`` is kept so a refusal can still
    be shown after the case itself left the store.
    """

    __tablename__ = "outbox"
    __table_args__ = (
        CheckConstraint(
            "state IN ('pending', 'applied', 'conflict', 'rejected')", name="state_known"
        ),
        Index("ix_outbox_state_case_id", "state", "case_id"),
    )

    seq: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    op_id: Mapped[uuid.UUID] = mapped_column(Uuid(), unique=True)
    case_id: Mapped[str] = mapped_column(String(64))
    reference: Mapped[str] = mapped_column(String(32))
    action: Mapped[str] = mapped_column(String(32))
    made_at: Mapped[datetime] = mapped_column(UTCDateTime())
    state: Mapped[str] = mapped_column(String(10), default="pending")
    message: Mapped[str] = mapped_column(Text, default="")
    attempts: Mapped[int] = mapped_column(default=0)
    # Whether the pusher took it to send (store/undo.py): 0 never, so it can be undone; 1
    # taken once, back to 0 when that request certainly never left; 2 taken again, or
    # by an earlier release or process: it may have reached the service, for good.
    taken: Mapped[int] = mapped_column(server_default=text("0"))
    # The operation itself (investigator_app.operations) as sealed JSON: read back only by
    # store/outbox.py.
    sealed_op: Mapped[bytes] = mapped_column(LargeBinary)


cases = cast(Table, CaseRow.__table__)
case_events = cast(Table, CaseEventRow.__table__)
sync_state = cast(Table, SyncStateRow.__table__)
colleagues = cast(Table, ColleagueRow.__table__)
outbox = cast(Table, OutboxRow.__table__)
case_messages = cast(Table, CaseMessageRow.__table__)
case_attachments = cast(Table, CaseAttachmentRow.__table__)
case_notes = cast(Table, CaseNoteRow.__table__)
attachment_blobs = cast(Table, AttachmentBlobRow.__table__)
case_investigations = cast(Table, CaseInvestigationRow.__table__)
case_tasks = cast(Table, CaseTaskRow.__table__)
piece_blobs = cast(Table, PieceBlobRow.__table__)
piece_chunks = cast(Table, PieceChunkRow.__table__)
piece_uploads = cast(Table, PieceUploadRow.__table__)
case_piece_files = cast(Table, CasePieceFileRow.__table__)
