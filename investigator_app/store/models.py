"""Tables of the desktop's local store (SQLAlchemy 2 typed models).

``cases`` and ``case_events`` hold the service's snapshots as received; what the user sees
is that snapshot plus the overlay of our own pending ``outbox`` operations (see overlay.py).
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any, TypeAlias, cast

from sqlalchemy import (
    JSON,
    CheckConstraint,
    ForeignKey,
    Index,
    MetaData,
    String,
    Table,
    Text,
    Uuid,
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


class CaseRow(Base):
    """The latest snapshot of a case the service sent (CaseOut minus its events)."""

    __tablename__ = "cases"

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
    summary: Mapped[str] = mapped_column(String(500))
    description: Mapped[str] = mapped_column(Text)
    involved_entity: Mapped[str] = mapped_column(String(300))
    involved_persons: Mapped[list[str]] = mapped_column(JSON)
    reporter_kind: Mapped[str] = mapped_column(String(20))
    assignee_id: Mapped[str | None] = mapped_column(String(64))
    assignee_name: Mapped[str | None] = mapped_column(String(300))
    assignee_role: Mapped[str | None] = mapped_column(String(20))
    # Lower-cased reference, summary, entity and persons: the list filters on it and
    # need not decode the persons list of every row for that.
    search_text: Mapped[str] = mapped_column(Text)


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
    reason: Mapped[str | None] = mapped_column(Text)
    assignee: Mapped[str | None] = mapped_column(String(300))


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
    outcome: Mapped[str | None] = mapped_column(String(20))
    reason: Mapped[str] = mapped_column(Text, default="")
    assignee_id: Mapped[str | None] = mapped_column(String(64))
    base_version: Mapped[int]
    made_at: Mapped[datetime] = mapped_column(UTCDateTime())
    state: Mapped[str] = mapped_column(String(10), default="pending")
    message: Mapped[str] = mapped_column(Text, default="")
    attempts: Mapped[int] = mapped_column(default=0)


cases = cast(Table, CaseRow.__table__)
case_events = cast(Table, CaseEventRow.__table__)
sync_state = cast(Table, SyncStateRow.__table__)
colleagues = cast(Table, ColleagueRow.__table__)
outbox = cast(Table, OutboxRow.__table__)
