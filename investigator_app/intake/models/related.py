"""Related cases: the keyed hashes of the names a case involves (never a name, never a
normal form; intake/match_keys.py), and which key a case was hashed with, so that a new
key re-hashes what the old one made."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from investigator_app.domain.matching import MatchKind
from investigator_app.intake.db import Base, EnumText, UTCDateTime
from investigator_app.intake.models.ids import ID_LENGTH


class CaseMatchHash(Base):
    """One name a case involves, as HMAC-SHA256 under the match key (hex)."""

    __tablename__ = "case_match_hashes"
    __table_args__ = (Index("ix_case_match_hashes_kind_hash", "kind", "hash"),)

    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"), primary_key=True)
    kind: Mapped[MatchKind] = mapped_column(EnumText(MatchKind), primary_key=True)
    hash: Mapped[str] = mapped_column(String(64), primary_key=True)


class CaseMatchState(Base):
    """That a case's hashes were made, when, and with which key (a fingerprint of it)."""

    __tablename__ = "case_match_states"

    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"), primary_key=True)
    key_id: Mapped[str] = mapped_column(String(ID_LENGTH))
    hashed_at: Mapped[datetime] = mapped_column(UTCDateTime)
