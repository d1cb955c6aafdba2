"""The audit trail's tables: the append-only, hash-chained events (who did what, when
and why, with no case content) and the one-row chain head that appending locks. The chain
itself is computed and verified in ``audit.py`` and ``audit_chain.py`` of the service."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from investigator_app.intake.db import Base, UTCDateTime
from investigator_app.intake.models.ids import ID_LENGTH


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
