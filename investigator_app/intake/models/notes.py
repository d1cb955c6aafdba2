"""What department members keep to themselves about a case: confidential notes (who may
read them here, every text they ever had encrypted with the notes key in their versions)
and conflict-of-interest declarations (no conflict, or recused with an encrypted reason).
Encryption and the reading rules live in ``note_cipher.py``, ``notes.py`` and
``declarations.py`` of the service."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import ForeignKey, Integer, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from investigator_app.domain.notes import NoteVisibility
from investigator_app.intake.db import Base, EnumText, UTCDateTime
from investigator_app.intake.models.ids import ID_LENGTH


class DeclarationKind(StrEnum):
    NO_CONFLICT = "no_conflict"
    RECUSED = "recused"


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
