"""Interview records (verhoren): who was heard, how, and what they said; read back and signed.

A record is drafted (and may be edited) until the signed scan of its printed copy is added
as a piece of evidence of type interview record and linked to it (``sign_interview``);
from then on it is read-only, and a correction is a new version with a reason that keeps
the signed one (``correct_interview``). Like the pieces, records travel whole inside the
case's ``Investigation``.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, time
from enum import StrEnum

from investigator_app.domain.evidence import Piece, PieceType, find
from investigator_app.domain.lifecycle import TransitionError

MAX_INTERVIEW_PERSON_LENGTH = 300
MAX_INTERVIEW_PLACE_LENGTH = 300
MAX_INTERVIEW_PRESENT = 20
MAX_NOTICE_LENGTH = 20_000
MAX_STATEMENTS = 2_000
MAX_STATEMENT_LENGTH = 50_000
MAX_REMARKS_LENGTH = 50_000


class Capacity(StrEnum):
    """In what capacity someone is heard."""

    REPORTER = "reporter"  # melder
    WITNESS = "witness"  # getuige
    PERSON_CONCERNED = "person_concerned"  # betrokkene


class StatementKind(StrEnum):
    QUESTION = "question"  # vraag
    ANSWER = "answer"  # antwoord
    PARAGRAPH = "paragraph"  # verklaring (free paragraph)


@dataclass(frozen=True)
class Statement:
    kind: StatementKind
    text: str


@dataclass(frozen=True)
class InterviewFacts:
    """The record as drafted (edited as a whole)."""

    person_heard: str
    capacity: Capacity
    held_on: date
    place: str
    start: time
    end: time | None
    present: tuple[str, ...]  # the persons present (interviewers, interpreter, …)
    assistance: str  # who assisted the person heard (counsel or trusted person); "" none
    notice: str  # the notice read at the start, as the department configured it then
    notice_read: bool  # recorded as read to the person heard
    statements: tuple[Statement, ...]
    remarks: str  # remarks of the person heard


@dataclass(frozen=True)
class Signature:
    """The signed scan that closed a version of the record."""

    piece_id: str  # a piece of type interview record on the same case
    version: int  # the record's version that was signed
    by: str  # who added the signed scan
    at: datetime


@dataclass(frozen=True)
class InterviewVersion:
    """An earlier version of a record (a correction keeps the signed one)."""

    version: int
    facts: InterviewFacts
    by: str
    at: datetime
    signature: Signature | None = None


@dataclass(frozen=True)
class Interview:
    id: str  # client-made uuid
    number: int  # 1, 2, 3 … within the case
    facts: InterviewFacts
    version: int
    created_by: str
    created_at: datetime
    edited_by: str
    edited_at: datetime
    earlier: tuple[InterviewVersion, ...] = ()  # oldest first
    signature: Signature | None = None  # set: this version is signed and read-only
    correction_reason: str = ""  # why this version corrects a signed one ("" for none)
    pending: bool = False  # desktop only

    @property
    def signed(self) -> bool:
        return self.signature is not None


def _check_facts(facts: InterviewFacts) -> None:
    if not facts.person_heard.strip():
        raise TransitionError("an interview record needs the person heard")
    if facts.end is not None and facts.end < facts.start:
        raise TransitionError("the interview ends before it starts")


def find_interview(interviews: tuple[Interview, ...], interview_id: str) -> Interview | None:
    return next((i for i in interviews if i.id == interview_id), None)


def _existing(interviews: tuple[Interview, ...], interview_id: str) -> Interview:
    found = find_interview(interviews, interview_id)
    if found is None:
        raise TransitionError("no such interview record on this case")
    return found


def _with(interviews: tuple[Interview, ...], changed: Interview) -> tuple[Interview, ...]:
    return tuple(changed if i.id == changed.id else i for i in interviews)


def add_interview(
    interviews: tuple[Interview, ...],
    interview_id: str,
    facts: InterviewFacts,
    by: str,
    at: datetime,
) -> tuple[Interview, ...]:
    if find_interview(interviews, interview_id) is not None:
        raise TransitionError("this interview record exists already")
    _check_facts(facts)
    number = max((i.number for i in interviews), default=0) + 1
    return (*interviews, Interview(interview_id, number, facts, 1, by, at, by, at))


def edit_interview(
    interviews: tuple[Interview, ...],
    interview_id: str,
    facts: InterviewFacts,
    by: str,
    at: datetime,
) -> tuple[Interview, ...]:
    """A draft's new wording (no version kept: nobody signed it yet)."""
    current = _existing(interviews, interview_id)
    if current.signed:
        raise TransitionError("a signed interview record cannot be edited; record a correction")
    _check_facts(facts)
    if facts == current.facts:
        raise TransitionError("the interview record is unchanged")
    return _with(interviews, replace(current, facts=facts, edited_by=by, edited_at=at))


def sign_interview(
    interviews: tuple[Interview, ...],
    pieces: tuple[Piece, ...],
    interview_id: str,
    piece_id: str,
    by: str,
    at: datetime,
) -> tuple[Interview, ...]:
    current = _existing(interviews, interview_id)
    if current.signed:
        raise TransitionError("this version of the interview record is signed already")
    piece = find(pieces, piece_id)
    if piece is None:
        raise TransitionError("no such piece on this case")
    if piece.withdrawn is not None:
        raise TransitionError("this piece was withdrawn")
    if current.facts.notice.strip() and not current.facts.notice_read:
        # A draft may be prepared before the interview; the signed record says it was read.
        raise TransitionError("the notice must be read at the start of the interview")
    if piece.facts.type is not PieceType.INTERVIEW_RECORD:
        raise TransitionError("the signed scan must be a piece of type interview record")
    if any(
        i.signature is not None and i.signature.piece_id == piece_id
        for i in interviews
        if i.id != interview_id
    ):
        raise TransitionError("this piece is the signed scan of another interview record")
    signature = Signature(piece_id, current.version, by, at)
    return _with(interviews, replace(current, signature=signature))


def correct_interview(
    interviews: tuple[Interview, ...],
    interview_id: str,
    facts: InterviewFacts,
    reason: str,
    by: str,
    at: datetime,
) -> tuple[Interview, ...]:
    """A correction of a signed record: a new (unsigned) version; the signed one stays."""
    current = _existing(interviews, interview_id)
    if not current.signed:
        raise TransitionError("only a signed interview record takes a correction; edit it")
    if not reason.strip():
        raise TransitionError("a correction needs a reason")
    _check_facts(facts)
    if facts == current.facts:
        raise TransitionError("the correction changes nothing")
    kept = InterviewVersion(
        current.version, current.facts, current.edited_by, current.edited_at, current.signature
    )
    changed = replace(
        current,
        facts=facts,
        version=current.version + 1,
        edited_by=by,
        edited_at=at,
        earlier=(*current.earlier, kept),
        signature=None,
        correction_reason=reason,
    )
    return _with(interviews, changed)
