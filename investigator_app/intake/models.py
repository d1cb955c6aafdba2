"""The service's tables (SQLAlchemy 2 typed models).

Reporter identity lives in its own table and is joined only where an operator explicitly
needs it; case snapshots for departments carry the reporter's kind alone.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from enum import StrEnum
from typing import Any
from uuid import UUID

from sqlalchemy import (
    JSON,
    BigInteger,
    CheckConstraint,
    Date,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    Uuid,
    false,
)
from sqlalchemy.orm import Mapped, mapped_column

from investigator_app.domain.events import EventKind
from investigator_app.domain.messages import MessageKind, MessageState
from investigator_app.domain.notes import NoteVisibility
from investigator_app.domain.vocabulary import (
    Category,
    Channel,
    Language,
    Outcome,
    ReporterKind,
    Role,
    Status,
)
from investigator_app.intake.db import Base, EnumText, UTCDateTime

ID_LENGTH = 36


class DeclarationKind(StrEnum):
    NO_CONFLICT = "no_conflict"
    RECUSED = "recused"


def new_id() -> str:
    return str(uuid.uuid4())


class Department(Base):
    """A competent service cases are forwarded to, with its deadline periods and the
    counter that orders its change feed."""

    __tablename__ = "departments"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    ack_days: Mapped[int] = mapped_column(Integer, default=7)
    feedback_months: Mapped[int] = mapped_column(Integer, default=3)
    # Highest seq handed out in this department's feed; bumped with UPDATE so that the
    # row lock orders concurrent writers (seq order == commit order).
    feed_seq: Mapped[int] = mapped_column(BigInteger, default=0)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class User(Base):
    __tablename__ = "users"
    __table_args__ = (
        CheckConstraint(
            "role NOT IN ('investigator', 'manager') OR department_id IS NOT NULL",
            name="department_member_has_department",
        ),
    )

    id: Mapped[str] = mapped_column(String(ID_LENGTH), primary_key=True, default=new_id)
    username: Mapped[str] = mapped_column(String(150), unique=True)
    display_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[Role] = mapped_column(EnumText(Role))
    department_id: Mapped[int | None] = mapped_column(ForeignKey("departments.id"), index=True)
    password_hash: Mapped[str] = mapped_column(String(255))
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class DeviceToken(Base):
    """A login on one device. Only the token's sha256 is stored."""

    __tablename__ = "device_tokens"

    id: Mapped[str] = mapped_column(String(ID_LENGTH), primary_key=True, default=new_id)
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"), index=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    device_name: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    last_used_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class LoginThrottle(Base):
    """Recent failed logins per username, kept in the database so that every copy of
    the service counts the same failures."""

    __tablename__ = "login_throttles"

    username: Mapped[str] = mapped_column(String(150), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    first_failure_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime)


class Reporter(Base):
    """Who reported. Confidential: never in a department's feed, never in logs."""

    __tablename__ = "reporters"

    id: Mapped[str] = mapped_column(String(ID_LENGTH), primary_key=True, default=new_id)
    kind: Mapped[ReporterKind] = mapped_column(EnumText(ReporterKind))
    name: Mapped[str] = mapped_column(String(300), default="")
    organisation: Mapped[str] = mapped_column(String(300), default="")
    email: Mapped[str] = mapped_column(String(254), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    language: Mapped[Language] = mapped_column(EnumText(Language))


class ReferenceCounter(Base):
    """Last reference number handed out per year (locked while allocating the next)."""

    __tablename__ = "reference_counters"

    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    last_number: Mapped[int] = mapped_column(Integer, default=0)


class Case(Base):
    __tablename__ = "cases"

    id: Mapped[str] = mapped_column(String(ID_LENGTH), primary_key=True, default=new_id)
    reference: Mapped[str] = mapped_column(String(20), unique=True)
    status: Mapped[Status] = mapped_column(EnumText(Status), index=True)
    outcome: Mapped[Outcome | None] = mapped_column(EnumText(Outcome))
    version: Mapped[int] = mapped_column(Integer, default=1)
    # The version of the last change to status, outcome or assignee: a lifecycle action based
    # on an older version conflicts; messages and deliveries do not move it.
    lifecycle_version: Mapped[int] = mapped_column(Integer, default=0)
    # The department that has the case, or (while returned) the one that returned it.
    department_id: Mapped[int | None] = mapped_column(ForeignKey("departments.id"), index=True)
    channel: Mapped[Channel] = mapped_column(EnumText(Channel))
    category: Mapped[Category] = mapped_column(EnumText(Category))
    received_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    registered_at: Mapped[datetime] = mapped_column(UTCDateTime)
    forwarded_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    acknowledged_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    feedback_sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    summary: Mapped[str] = mapped_column(String(500))
    description: Mapped[str] = mapped_column(Text)
    involved_entity: Mapped[str] = mapped_column(String(300))
    involved_persons: Mapped[list[str]] = mapped_column(JSON, default=list)
    reporter_id: Mapped[str] = mapped_column(ForeignKey("reporters.id"), index=True)
    assignee_id: Mapped[str | None] = mapped_column(ForeignKey("users.id"), index=True)
    return_reason: Mapped[str | None] = mapped_column(Text)
    # Set when the retention period removed the personal content; what is left are the
    # statistics (reference, department, category, channel, dates, status, outcome).
    purged_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # Someone recused themself: the manager must (re)assign; cleared by the next assignment.
    needs_reassignment: Mapped[bool] = mapped_column(default=False, server_default=false())


class CaseEvent(Base):
    """One entry of a case's timeline: who, when, what and why."""

    __tablename__ = "case_events"
    __table_args__ = (
        UniqueConstraint("case_id", "case_version", name="uq_case_events_case_id_case_version"),
    )

    id: Mapped[str] = mapped_column(String(ID_LENGTH), primary_key=True, default=new_id)
    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"))
    # Every change bumps the case's version and adds one event: the version it produced
    # orders the timeline even when two events share a timestamp.
    case_version: Mapped[int] = mapped_column(Integer)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    actor_id: Mapped[str | None] = mapped_column(ForeignKey("users.id"))
    # The actor's department when it happened: later readers in another department see
    # that department's name instead of the person.
    actor_department_id: Mapped[int | None] = mapped_column(ForeignKey("departments.id"))
    kind: Mapped[EventKind] = mapped_column(EnumText(EventKind))
    from_status: Mapped[Status | None] = mapped_column(EnumText(Status))
    to_status: Mapped[Status | None] = mapped_column(EnumText(Status))
    outcome: Mapped[Outcome | None] = mapped_column(EnumText(Outcome))
    reason: Mapped[str | None] = mapped_column(Text)
    assignee_id: Mapped[str | None] = mapped_column(ForeignKey("users.id"))
    # Who acted when it was neither a user nor the 1700 desk: the reporter (an answer) or the
    # relay itself (a failed delivery, an expired request). See protocol.*_ACTOR.
    actor_label: Mapped[str | None] = mapped_column(String(32))


class FeedEntry(Base):
    """A case's position in one department's change feed (one row per department and
    case; a tombstone once the case has left the department)."""

    __tablename__ = "feed_entries"
    __table_args__ = (
        UniqueConstraint("department_id", "seq", name="uq_feed_entries_department_id_seq"),
    )

    department_id: Mapped[int] = mapped_column(ForeignKey("departments.id"), primary_key=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"), primary_key=True, index=True)
    seq: Mapped[int] = mapped_column(BigInteger)
    deleted: Mapped[bool] = mapped_column(default=False)


class AppliedOperation(Base):
    """The answer given to a client operation, kept so a resent one gets the same answer."""

    __tablename__ = "applied_operations"

    op_id: Mapped[UUID] = mapped_column(Uuid, primary_key=True)
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"), index=True)
    case_id: Mapped[str | None] = mapped_column(ForeignKey("cases.id"), index=True)
    status: Mapped[str] = mapped_column(String(16))
    result: Mapped[dict[str, Any]] = mapped_column(JSON)
    applied_at: Mapped[datetime] = mapped_column(UTCDateTime)


class AuditEvent(Base):
    """Who did what, when and why. No case content: references and codes only.

    Append-only and chained: ``hash`` covers the event and ``prev_hash`` (see
    audit_chain.py). ``id`` is handed out under the chain head's lock, so ids have no gaps.
    The reason enters the hash through ``reason_sha256``: retention may erase the text of a
    purged case's reasons without breaking the chain.
    """

    __tablename__ = "audit_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    # Not a foreign key: CLI actors are not users, and the trail outlives accounts.
    actor_id: Mapped[str | None] = mapped_column(String(ID_LENGTH))
    actor_name: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(64), index=True)
    case_id: Mapped[str | None] = mapped_column(ForeignKey("cases.id"), index=True)
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    reason: Mapped[str | None] = mapped_column(Text)
    reason_sha256: Mapped[str | None] = mapped_column(String(64))
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)


class AuditChainHead(Base):
    """The newest event of the audit chain (one row, id 1). Appending locks it, so two
    writers (two service copies) append one after the other and never fork the chain."""

    __tablename__ = "audit_chain_head"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    last_id: Mapped[int] = mapped_column(Integer, default=0)
    last_hash: Mapped[str] = mapped_column(String(64))


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
    """File content by its sha256, stored once however often it is attached."""

    __tablename__ = "blobs"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(BigInteger)
    data: Mapped[bytes] = mapped_column(LargeBinary)
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


class CaseNote(Base):
    """A confidential note on a case. Its text lives only in CaseNoteVersion, encrypted
    with the service's notes key (note_cipher.py); this row says who may read it."""

    __tablename__ = "case_notes"

    id: Mapped[str] = mapped_column(String(ID_LENGTH), primary_key=True)  # the client's id
    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"), index=True)
    # The author's department when written: a case re-routed elsewhere does not take it along.
    department_id: Mapped[int] = mapped_column(ForeignKey("departments.id"))
    author_id: Mapped[str] = mapped_column(ForeignKey("users.id"))
    visibility: Mapped[NoteVisibility] = mapped_column(EnumText(NoteVisibility))
    version: Mapped[int] = mapped_column(Integer, default=1)  # the current one
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    edited_at: Mapped[datetime] = mapped_column(UTCDateTime)


class CaseNoteVersion(Base):
    """Every text a note ever had (edits add a row, never overwrite), as AES-GCM
    ciphertext bound to the note id and version."""

    __tablename__ = "case_note_versions"

    note_id: Mapped[str] = mapped_column(ForeignKey("case_notes.id"), primary_key=True)
    version: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    visibility: Mapped[NoteVisibility] = mapped_column(EnumText(NoteVisibility))
    edited_at: Mapped[datetime] = mapped_column(UTCDateTime)
    ciphertext: Mapped[bytes] = mapped_column(LargeBinary)


class ConflictDeclaration(Base):
    """A department member's conflict-of-interest declaration on a case: no conflict, or
    recused (the optional reason encrypted like notes). One per person and case; a recusal
    replaces an earlier "no conflict"."""

    __tablename__ = "conflict_declarations"

    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"), primary_key=True)
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"), primary_key=True)
    kind: Mapped[DeclarationKind] = mapped_column(EnumText(DeclarationKind))
    declared_at: Mapped[datetime] = mapped_column(UTCDateTime)
    reason_ciphertext: Mapped[bytes | None] = mapped_column(LargeBinary)
