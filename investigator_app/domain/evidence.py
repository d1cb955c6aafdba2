"""Evidence (stukken): the pieces the investigators add to a case, and their chain of custody.

A piece is a file with what the investigator says about it (title, description, where it
came from, when it was obtained, its type). Its bytes travel apart (an upload by content
address, sha256); the record here travels whole inside the case's ``Investigation``, like
the allegations: the service builds it from its tables, the desktop keeps it sealed and
shows its own queued operations applied with the same rules, the dossier lists it.

The chain of custody is append-only: who added each version (sha256, size, source), who
opened it, who exported or printed it in which copy, who replaced it and who withdrew it
and why. Nothing is deleted before the retention purge; a replaced version stays.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from enum import StrEnum

from investigator_app.domain.lifecycle import TransitionError

MAX_PIECE_TITLE_LENGTH = 300
MAX_PIECE_DESCRIPTION_LENGTH = 10_000
MAX_PIECE_SOURCE_LENGTH = 1_000
MAX_PIECE_NAME_LENGTH = 1_000  # a file name as the user's system gave it, kept literally
MAX_PIECE_BYTES_CEILING = 10 * 1024**3  # what the wire accepts; the service's limit is lower
DEFAULT_MAX_PIECE_BYTES = 200 * 1024 * 1024  # the service's per-file limit unless configured


CLOSED_CASE_PIECE = "after the closing only the signed copy of an interview record can be added"


class PieceType(StrEnum):
    DOCUMENT = "document"  # document
    EMAIL = "email"  # e-mail
    PHOTO = "photo"  # foto
    AUDIO_VIDEO = "audio_video"  # audio/video
    REGISTER_EXTRACT = "register_extract"  # uittreksel uit een register
    INTERVIEW_RECORD = "interview_record"  # verhoor (the signed scan of an interview record)
    OTHER = "other"  # ander


class CustodyKind(StrEnum):
    ADDED = "added"  # the first version (detail: the source)
    OPENED = "opened"  # someone opened it on a workstation
    EXPORTED = "exported"  # its content went into an exported dossier (detail: copy id)
    PRINTED = "printed"  # its content went into a printed dossier (detail: copy id)
    REPLACED = "replaced"  # a new version (the old one stays)
    WITHDRAWN = "withdrawn"  # withdrawn with a reason (kept until the retention purge)


HANDLING_KINDS: frozenset[CustodyKind] = frozenset(
    {CustodyKind.OPENED, CustodyKind.EXPORTED, CustodyKind.PRINTED}
)
"""The custody entries a ``record_custody`` operation may add (the others come with the
operation that adds, replaces or withdraws)."""


@dataclass(frozen=True)
class PieceFacts:
    """What the investigator says about a piece (given when it is added)."""

    title: str
    description: str
    source: str  # who provided it, or where it was found
    obtained_on: date
    type: PieceType


@dataclass(frozen=True)
class PieceFile:
    """One version's bytes, by content address. ``name`` is the file's name as given,
    literally (shown with its invisible characters made visible; written to disk only
    through ``domain.file_names``)."""

    sha256: str
    size: int
    name: str
    media_type: str


@dataclass(frozen=True)
class PieceVersion:
    """An earlier version of a piece's file (a replacement keeps it)."""

    version: int
    file: PieceFile
    by: str  # display name of who added that version
    at: datetime


@dataclass(frozen=True)
class CustodyEntry:
    kind: CustodyKind
    by: str  # display name
    at: datetime
    version: int  # the piece's version the entry is about
    sha256: str  # that version's content address
    detail: str = ""  # ADDED: the source; EXPORTED/PRINTED: the copy id; REPLACED: reason


@dataclass(frozen=True)
class PieceWithdrawal:
    by: str
    at: datetime
    reason: str


@dataclass(frozen=True)
class Piece:
    id: str  # client-made uuid
    number: int  # 1, 2, 3 … within the case, in the order they were added
    facts: PieceFacts
    file: PieceFile  # the current version
    version: int  # 1 for the first file; each replacement adds one
    added_by: str
    added_at: datetime
    earlier: tuple[PieceVersion, ...] = ()  # oldest first
    custody: tuple[CustodyEntry, ...] = ()  # oldest first
    withdrawn: PieceWithdrawal | None = None
    pending: bool = False  # desktop only: a change of ours waits in the outbox

    def version_file(self, version: int) -> PieceFile | None:
        if version == self.version:
            return self.file
        return next((v.file for v in self.earlier if v.version == version), None)

    @property
    def files(self) -> tuple[PieceFile, ...]:
        """Every version's file, oldest first (what a workstation keeps for offline use)."""
        return (*(v.file for v in self.earlier), self.file)


# --- the rules, applied to a case's pieces by the service and the desktop's overlay ------


def _check_facts(facts: PieceFacts) -> None:
    if not facts.title.strip():
        raise TransitionError("a piece needs a title")


def _check_file(file: PieceFile) -> None:
    if file.size <= 0:
        raise TransitionError("a piece needs a file that is not empty")


def find(pieces: tuple[Piece, ...], piece_id: str) -> Piece | None:
    return next((p for p in pieces if p.id == piece_id), None)


def _standing(pieces: tuple[Piece, ...], piece_id: str) -> Piece:
    piece = find(pieces, piece_id)
    if piece is None:
        raise TransitionError("no such piece on this case")
    if piece.withdrawn is not None:
        raise TransitionError("this piece was withdrawn")
    return piece


def _with(pieces: tuple[Piece, ...], changed: Piece) -> tuple[Piece, ...]:
    return tuple(changed if p.id == changed.id else p for p in pieces)


def add_piece(
    pieces: tuple[Piece, ...],
    piece_id: str,
    facts: PieceFacts,
    file: PieceFile,
    by: str,
    at: datetime,
) -> tuple[Piece, ...]:
    if find(pieces, piece_id) is not None:
        raise TransitionError("this piece exists already")
    _check_facts(facts)
    _check_file(file)
    number = max((p.number for p in pieces), default=0) + 1
    added = CustodyEntry(CustodyKind.ADDED, by, at, 1, file.sha256, facts.source)
    return (*pieces, Piece(piece_id, number, facts, file, 1, by, at, custody=(added,)))


def replace_piece(
    pieces: tuple[Piece, ...],
    piece_id: str,
    file: PieceFile,
    reason: str,
    by: str,
    at: datetime,
) -> tuple[Piece, ...]:
    current = _standing(pieces, piece_id)
    _check_file(file)
    if not reason.strip():
        raise TransitionError("a new version of a piece needs a reason")
    if file.sha256 == current.file.sha256:
        raise TransitionError("the new version is the same file")
    made = next(
        (
            e
            for e in current.custody
            if e.version == current.version and e.kind in (CustodyKind.ADDED, CustodyKind.REPLACED)
        ),
        None,
    )
    old = PieceVersion(
        current.version,
        current.file,
        made.by if made else current.added_by,
        made.at if made else current.added_at,
    )
    version = current.version + 1
    entry = CustodyEntry(CustodyKind.REPLACED, by, at, version, file.sha256, reason)
    changed = replace(
        current,
        file=file,
        version=version,
        earlier=(*current.earlier, old),
        custody=(*current.custody, entry),
    )
    return _with(pieces, changed)


def withdraw_piece(
    pieces: tuple[Piece, ...], piece_id: str, reason: str, by: str, at: datetime
) -> tuple[Piece, ...]:
    current = _standing(pieces, piece_id)
    if not reason.strip():
        raise TransitionError("withdrawing a piece needs a reason")
    entry = CustodyEntry(CustodyKind.WITHDRAWN, by, at, current.version, current.file.sha256)
    changed = replace(
        current,
        withdrawn=PieceWithdrawal(by, at, reason),
        custody=(*current.custody, entry),
    )
    return _with(pieces, changed)


def record_custody(
    pieces: tuple[Piece, ...],
    piece_id: str,
    kind: CustodyKind,
    version: int,
    detail: str,
    by: str,
    at: datetime,
) -> tuple[Piece, ...]:
    """Someone opened, exported or printed a version of a piece (also a withdrawn one:
    handling it is still handling)."""
    if kind not in HANDLING_KINDS:
        raise TransitionError(f"'{kind}' is recorded by its own action")
    piece = find(pieces, piece_id)
    if piece is None:
        raise TransitionError("no such piece on this case")
    file = piece.version_file(version)
    if file is None:
        raise TransitionError("no such version of this piece")
    entry = CustodyEntry(kind, by, at, version, file.sha256, detail)
    return _with(pieces, replace(piece, custody=(*piece.custody, entry)))
