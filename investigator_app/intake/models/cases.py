"""Cases and everything that follows them: the reporter (confidential, in a table of its
own and joined only where an operator explicitly needs it; a department's snapshot carries
the reporter's kind alone), the yearly reference counter, the case row, its timeline, its
place in each department's change feed and the stored answers to client operations."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from uuid import UUID

from sqlalchemy import (
    JSON,
    BigInteger,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
    Uuid,
    false,
)
from sqlalchemy.orm import Mapped, mapped_column

from investigator_app.domain.events import EventKind
from investigator_app.domain.investigation import ClosingGround
from investigator_app.domain.vocabulary import (
    Category,
    Channel,
    Language,
    Outcome,
    ReporterKind,
    Status,
)
from investigator_app.intake.db import Base, EnumText, UTCDateTime
from investigator_app.intake.models.ids import ID_LENGTH, new_id


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
    # Closed without investigation (from the assessment): on which ground.
    closing_ground: Mapped[ClosingGround | None] = mapped_column(EnumText(ClosingGround))
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
