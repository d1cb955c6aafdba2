"""The investigation of a case (domain.investigation): allegations with their earlier
wordings, every finding recorded on them, and the plan's tasks.

Each row keeps the department that recorded it: a case re-routed to another department
does not take its investigation along (that department starts with an empty one). People
are kept by id; names are resolved when a snapshot is built (intake/investigation.py).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from investigator_app.domain.investigation import Conclusion, FollowUp, TaskState
from investigator_app.domain.vocabulary import Category
from investigator_app.intake.db import Base, EnumText, UTCDateTime
from investigator_app.intake.models.ids import ID_LENGTH


class Allegation(Base):
    """An allegation as it reads now (the earlier wordings in AllegationVersion)."""

    __tablename__ = "allegations"

    id: Mapped[str] = mapped_column(String(ID_LENGTH), primary_key=True)  # the client's id
    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"), index=True)
    department_id: Mapped[int] = mapped_column(ForeignKey("departments.id"))
    number: Mapped[int] = mapped_column(Integer)  # 1, 2, 3 … within the case and department
    version: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    persons: Mapped[list[str]] = mapped_column(JSON, default=list)
    category: Mapped[Category] = mapped_column(EnumText(Category))
    period_start: Mapped[date | None] = mapped_column(Date)
    period_end: Mapped[date | None] = mapped_column(Date)
    created_by_id: Mapped[str] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    edited_by_id: Mapped[str] = mapped_column(ForeignKey("users.id"))
    edited_at: Mapped[datetime] = mapped_column(UTCDateTime)
    withdrawn_by_id: Mapped[str | None] = mapped_column(ForeignKey("users.id"))
    withdrawn_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    withdraw_reason: Mapped[str | None] = mapped_column(Text)


class AllegationVersion(Base):
    """An earlier wording of an allegation (an edit adds one, never overwrites)."""

    __tablename__ = "allegation_versions"

    allegation_id: Mapped[str] = mapped_column(ForeignKey("allegations.id"), primary_key=True)
    version: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    text: Mapped[str] = mapped_column(Text)
    persons: Mapped[list[str]] = mapped_column(JSON, default=list)
    category: Mapped[Category] = mapped_column(EnumText(Category))
    period_start: Mapped[date | None] = mapped_column(Date)
    period_end: Mapped[date | None] = mapped_column(Date)
    edited_by_id: Mapped[str] = mapped_column(ForeignKey("users.id"))
    edited_at: Mapped[datetime] = mapped_column(UTCDateTime)


class Finding(Base):
    """Every finding recorded on an allegation: the highest version is the current one."""

    __tablename__ = "findings"

    allegation_id: Mapped[str] = mapped_column(ForeignKey("allegations.id"), primary_key=True)
    version: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    conclusion: Mapped[Conclusion] = mapped_column(EnumText(Conclusion))
    motivation: Mapped[str] = mapped_column(Text)
    # [{"kind", "ref", "message_id"}]: the pieces it rests on (domain.investigation.SourceRef)
    sources: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    follow_up: Mapped[FollowUp | None] = mapped_column(EnumText(FollowUp))
    follow_up_text: Mapped[str] = mapped_column(Text, default="")
    recorded_by_id: Mapped[str] = mapped_column(ForeignKey("users.id"))
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime)


class InvestigationTask(Base):
    """A task of the investigation plan, as it is now."""

    __tablename__ = "investigation_tasks"

    id: Mapped[str] = mapped_column(String(ID_LENGTH), primary_key=True)  # the client's id
    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"), index=True)
    department_id: Mapped[int] = mapped_column(ForeignKey("departments.id"))
    number: Mapped[int] = mapped_column(Integer)  # the order they were added in
    description: Mapped[str] = mapped_column(Text)
    owner_id: Mapped[str | None] = mapped_column(ForeignKey("users.id"))
    due: Mapped[date | None] = mapped_column(Date)
    state: Mapped[TaskState] = mapped_column(EnumText(TaskState))
    state_by_id: Mapped[str | None] = mapped_column(ForeignKey("users.id"))
    state_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_by_id: Mapped[str] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
