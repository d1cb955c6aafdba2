"""What one copy of a dossier shows: its profile, reader, redactions, chosen notes and
interview records, and the pieces whose content it carries."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

READER_MAX_LENGTH = 200
"""The longest reader's name a copy takes, in the export dialogs and the command line alike
(the bound of ``reader`` in operations.RecordCopyOp, the copy's audit record)."""

MAX_CARRIED_BYTES = 100 * 1024 * 1024
"""The most piece content one copy carries (the copy is made in memory, whole)."""


def reader_line(reader: str) -> str:
    """The reader's name as a copy carries it: one line, line breaks, tabs and runs of
    spaces each one space."""
    return " ".join(reader.split())


def reader_problem(reader: str) -> str | None:
    """Why ``reader`` cannot name a copy (in English, for logs and the command line); None
    when it can. The dialogs say the same in the user's language."""
    line = reader_line(reader)
    if not line:
        return "a copy needs the name of its reader"
    if len(line) > READER_MAX_LENGTH:
        return f"a reader's name has at most {READER_MAX_LENGTH} characters, not {len(line)}"
    return None


class Profile(StrEnum):
    FULL = "volledig"  # investigator: everything but the identity, unless revealed and chosen
    MANAGER = "leidinggevende"  # no identity; notes only when chosen; redactions
    FEEDBACK = "terugkoppeling"  # a letter to the reporter: the outcome, nothing internal


@dataclass(frozen=True)
class Span:
    """Characters ``start:end`` of one text field, to be blacked out.

    Fields: ``summary``, ``description``, ``involved_entity``, ``person:<index>``,
    ``event:<index>:reason``,
    ``message:<id>:body``, ``message:<id>:answer``, ``note:<id>``,
    ``allegation:<id>:text``, ``allegation:<id>:person:<index>``,
    ``allegation:<id>:withdrawn``, ``finding:<allegation id>:motivation``,
    ``finding:<allegation id>:follow_up``, ``task:<id>``,
    ``piece:<id>:withdrawn``, ``interview:<id>:statement:<index>``,
    ``interview:<id>:remarks``.
    """

    field: str
    start: int
    end: int


@dataclass(frozen=True)
class ExportOptions:
    profile: Profile
    reader: str  # whom this copy is for: in the watermark and the audit trail (one line)
    made_by: str  # who makes it (the signed-in user)
    language: str = "nl"  # "nl" or "en"
    copy_id: uuid.UUID = field(default_factory=uuid.uuid4)
    made_at: datetime | None = None  # None: now
    redact_spans: tuple[Span, ...] = ()
    redact_phrases: tuple[str, ...] = ()  # exact substrings, blacked out in every field
    note_ids: frozenset[str] | None = None  # notes to include; None: the profile's default
    include_identity: bool = False  # FULL only, and only when the identity was revealed
    interview_ids: frozenset[str] | None = None  # records to include; None: the default
    # Pieces whose content this copy carries (embedded, or as pages for images): FULL only,
    # since a piece's bytes cannot be blacked out like the manager's copy's texts.
    carried_piece_ids: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        problem = reader_problem(self.reader)
        if problem is not None:
            raise ValueError(problem)
        object.__setattr__(self, "reader", reader_line(self.reader))  # frozen: set once
        if self.language not in ("nl", "en"):
            raise ValueError("the dossier language must be nl or en")
        if self.carried_piece_ids and self.profile is not Profile.FULL:
            raise ValueError("only a full dossier carries the content of pieces")

    def notes_shown(self, note_ids: list[str]) -> list[str]:
        """The notes this copy prints: FULL all unless chosen, MANAGER only chosen ones,
        the reporter's letter none."""
        if self.profile is Profile.FEEDBACK:
            return []
        if self.note_ids is None:
            return list(note_ids) if self.profile is Profile.FULL else []
        return [note for note in note_ids if note in self.note_ids]

    def interviews_shown(self, interview_ids: list[str]) -> list[str]:
        """The interview records this copy prints: as the notes (FULL all unless chosen,
        MANAGER only chosen ones, the reporter's letter none)."""
        if self.profile is Profile.FEEDBACK:
            return []
        if self.interview_ids is None:
            return list(interview_ids) if self.profile is Profile.FULL else []
        return [record for record in interview_ids if record in self.interview_ids]

    @property
    def shows_identity(self) -> bool:
        return self.profile is Profile.FULL and self.include_identity
