"""The relay to the reporter and the files of a case: the messages of the conversation,
the one-time links mailed for them, the mail outbox the relay worker drains, and files
stored once by content address (blobs) with their links to cases (1700's attachments) and
messages (the reporter's). No reporter address is stored here: the relay looks it up when
it sends."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Text,
    false,
)
from sqlalchemy.orm import Mapped, mapped_column

from investigator_app.domain.messages import MessageKind, MessageState
from investigator_app.intake.db import Base, EnumText, UTCDateTime
from investigator_app.intake.models.ids import ID_LENGTH


class Message(Base):
    """One message of the conversation with the reporter (an information request, an
    acknowledgement or feedback letter). The reporter's address is never stored here: the
    relay looks it up when it sends."""

    __tablename__ = "messages"

    id: Mapped[str] = mapped_column(String(ID_LENGTH), primary_key=True)  # the client's id
    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"), index=True)
    department_id: Mapped[int] = mapped_column(ForeignKey("departments.id"))
    author_id: Mapped[str | None] = mapped_column(ForeignKey("users.id"))
    kind: Mapped[MessageKind] = mapped_column(EnumText(MessageKind))
    state: Mapped[MessageState] = mapped_column(EnumText(MessageState), index=True)
    body: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    answer_due: Mapped[date | None] = mapped_column(Date)
    # When its links stop working: requests at answer_due's end (Brussels) plus the grace
    # period, letters some weeks after sending.
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    delivery_attempts: Mapped[int] = mapped_column(Integer, default=0)
    delivery_error: Mapped[str | None] = mapped_column(String(200))
    reminded_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    cancelled_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    answered_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    answer: Mapped[str | None] = mapped_column(Text)
    answer_channel: Mapped[str | None] = mapped_column(String(8))


class ReplyLink(Base):
    """A link mailed to the reporter. Only the token's sha256 is kept; a newer link for the
    same message (a reminder, a resend) revokes the older ones."""

    __tablename__ = "reply_links"

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    message_id: Mapped[str] = mapped_column(ForeignKey("messages.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class MailOutbox(Base):
    """A mail to send, kept until it is sent or given up: survives restarts, and several
    service copies claim rows without sending one twice (row lock + lease)."""

    __tablename__ = "mail_outbox"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    message_id: Mapped[str] = mapped_column(ForeignKey("messages.id"), index=True)
    purpose: Mapped[str] = mapped_column(String(16))  # "message" or "reminder"
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    next_attempt_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    claimed_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    done_at: Mapped[datetime | None] = mapped_column(UTCDateTime, index=True)
    outcome: Mapped[str | None] = mapped_column(String(16))  # sent, failed, dropped
    last_error: Mapped[str | None] = mapped_column(String(200))


class Blob(Base):
    """File content by its sha256, stored once however often it is attached. A big file
    (an evidence piece) is ``chunked``: its bytes are in ``blob_chunks``, ``data`` empty."""

    __tablename__ = "blobs"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(BigInteger)
    data: Mapped[bytes] = mapped_column(LargeBinary)
    chunked: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class CaseAttachment(Base):
    """A file 1700 attached to a case at registration (the e-mail or chat transcript)."""

    __tablename__ = "case_attachments"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"), index=True)
    sha256: Mapped[str] = mapped_column(ForeignKey("blobs.sha256"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    media_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(BigInteger)
    added_at: Mapped[datetime] = mapped_column(UTCDateTime)
    added_by_id: Mapped[str | None] = mapped_column(String(ID_LENGTH))  # CLI actors are no users


class MessageAttachment(Base):
    """A file the reporter sent with an answer."""

    __tablename__ = "message_attachments"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    message_id: Mapped[str] = mapped_column(ForeignKey("messages.id"), index=True)
    sha256: Mapped[str] = mapped_column(ForeignKey("blobs.sha256"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    media_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(BigInteger)
    added_at: Mapped[datetime] = mapped_column(UTCDateTime)
