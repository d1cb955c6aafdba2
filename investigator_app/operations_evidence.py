"""The operations on a case's evidence (pieces, their versions and chain of custody) and
its interview records (see operations.py; each applies a rule of domain.evidence or
domain.interviews). A piece's bytes are uploaded before its operation is sent
(protocol_evidence.py)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import date, datetime, time
from typing import Annotated, Literal
from uuid import UUID

from pydantic import Field, StringConstraints

from investigator_app.domain import (
    case_effects,
    evidence as evidence_rules,
    interviews as interview_rules,
)
from investigator_app.domain.case_effects import CaseState
from investigator_app.domain.evidence import (
    MAX_PIECE_BYTES_CEILING,
    MAX_PIECE_DESCRIPTION_LENGTH,
    MAX_PIECE_NAME_LENGTH,
    MAX_PIECE_SOURCE_LENGTH,
    MAX_PIECE_TITLE_LENGTH,
    CustodyKind,
    PieceFacts,
    PieceFile,
    PieceType,
)
from investigator_app.domain.interviews import (
    MAX_INTERVIEW_PERSON_LENGTH,
    MAX_INTERVIEW_PLACE_LENGTH,
    MAX_INTERVIEW_PRESENT,
    MAX_NOTICE_LENGTH,
    MAX_REMARKS_LENGTH,
    MAX_STATEMENT_LENGTH,
    MAX_STATEMENTS,
    Capacity,
    InterviewFacts,
    Statement,
    StatementKind,
)
from investigator_app.domain.investigation import Investigation
from investigator_app.domain.lifecycle import (
    Action,
    TransitionError,
)
from investigator_app.domain.vocabulary import Status
from investigator_app.operations_base import InvestigationOp, Person, RequiredReason
from investigator_app.protocol import Sha256, Strict

Text = Annotated[str, StringConstraints(max_length=MAX_PIECE_DESCRIPTION_LENGTH)]


class FileIn(Strict):
    """One version's bytes, uploaded before the operation is sent (protocol_evidence); the
    service refuses an operation whose file this department did not upload completely."""

    sha256: Sha256
    size: int = Field(ge=1, le=MAX_PIECE_BYTES_CEILING)
    name: Annotated[str, StringConstraints(min_length=1, max_length=MAX_PIECE_NAME_LENGTH)]
    media_type: Annotated[str, StringConstraints(min_length=1, max_length=100)]

    def file(self) -> PieceFile:
        return PieceFile(self.sha256, self.size, self.name, self.media_type)


class PieceIn(Strict):
    piece_id: UUID  # client-made
    title: Annotated[
        str,
        StringConstraints(strip_whitespace=True, min_length=1, max_length=MAX_PIECE_TITLE_LENGTH),
    ]
    description: Text = ""
    source: Annotated[str, StringConstraints(max_length=MAX_PIECE_SOURCE_LENGTH)] = ""
    obtained_on: date
    type: PieceType
    file: FileIn

    def facts(self) -> PieceFacts:
        return PieceFacts(self.title, self.description, self.source, self.obtained_on, self.type)


class AddPieceOp(InvestigationOp):
    action: Literal[Action.ADD_PIECE] = Action.ADD_PIECE
    piece: PieceIn

    def effect(self, state: CaseState, actor_id: str, at: datetime) -> CaseState:
        # A record read back before the closing may come back signed after it; nothing else
        # joins a closed case's evidence.
        if state.status is Status.CLOSED and self.piece.type is not PieceType.INTERVIEW_RECORD:
            raise TransitionError(evidence_rules.CLOSED_CASE_PIECE)
        return case_effects.allowed(state, self.action)

    def investigate(
        self, inv: Investigation, by: str, at: datetime, names: Mapping[str, str]
    ) -> Investigation:
        p = self.piece
        pieces = evidence_rules.add_piece(
            inv.pieces, str(p.piece_id), p.facts(), p.file.file(), by, at
        )
        return replace(inv, pieces=pieces)


class ReplacePieceOp(InvestigationOp):
    action: Literal[Action.REPLACE_PIECE] = Action.REPLACE_PIECE
    piece_id: UUID
    file: FileIn
    reason: RequiredReason

    def investigate(
        self, inv: Investigation, by: str, at: datetime, names: Mapping[str, str]
    ) -> Investigation:
        pieces = evidence_rules.replace_piece(
            inv.pieces, str(self.piece_id), self.file.file(), self.reason, by, at
        )
        return replace(inv, pieces=pieces)


class WithdrawPieceOp(InvestigationOp):
    action: Literal[Action.WITHDRAW_PIECE] = Action.WITHDRAW_PIECE
    piece_id: UUID
    reason: RequiredReason

    def investigate(
        self, inv: Investigation, by: str, at: datetime, names: Mapping[str, str]
    ) -> Investigation:
        pieces = evidence_rules.withdraw_piece(inv.pieces, str(self.piece_id), self.reason, by, at)
        return replace(inv, pieces=pieces)


class RecordCustodyOp(InvestigationOp):
    """Someone opened a piece, or carried its content in an exported or printed dossier
    (``copy_id``: the copy's id, required for those two)."""

    action: Literal[Action.RECORD_CUSTODY] = Action.RECORD_CUSTODY
    piece_id: UUID
    kind: Literal[CustodyKind.OPENED, CustodyKind.EXPORTED, CustodyKind.PRINTED]
    version: int = Field(ge=1, le=1_000_000)
    copy_id: UUID | None = None

    def investigate(
        self, inv: Investigation, by: str, at: datetime, names: Mapping[str, str]
    ) -> Investigation:
        if (self.kind is CustodyKind.OPENED) != (self.copy_id is None):
            raise TransitionError("an export or a print names its copy; opening names none")
        detail = "" if self.copy_id is None else str(self.copy_id)
        pieces = evidence_rules.record_custody(
            inv.pieces, str(self.piece_id), self.kind, self.version, detail, by, at
        )
        return replace(inv, pieces=pieces)


class StatementIn(Strict):
    kind: StatementKind
    text: Annotated[str, StringConstraints(min_length=1, max_length=MAX_STATEMENT_LENGTH)]


class InterviewIn(Strict):
    """add_interview, edit_interview and correct_interview: the whole record."""

    interview_id: UUID  # client-made (add); the record to change
    person_heard: Annotated[
        str,
        StringConstraints(
            strip_whitespace=True, min_length=1, max_length=MAX_INTERVIEW_PERSON_LENGTH
        ),
    ]
    capacity: Capacity
    held_on: date
    place: Annotated[str, StringConstraints(max_length=MAX_INTERVIEW_PLACE_LENGTH)] = ""
    start: time
    end: time | None = None
    present: Annotated[list[Person], Field(max_length=MAX_INTERVIEW_PRESENT, default_factory=list)]
    assistance: Annotated[str, StringConstraints(max_length=MAX_INTERVIEW_PERSON_LENGTH)] = ""
    notice: Annotated[str, StringConstraints(max_length=MAX_NOTICE_LENGTH)] = ""
    notice_read: bool = False
    statements: Annotated[list[StatementIn], Field(max_length=MAX_STATEMENTS, default_factory=list)]
    remarks: Annotated[str, StringConstraints(max_length=MAX_REMARKS_LENGTH)] = ""

    def facts(self) -> InterviewFacts:
        return InterviewFacts(
            self.person_heard,
            self.capacity,
            self.held_on,
            self.place,
            self.start,
            self.end,
            tuple(self.present),
            self.assistance,
            self.notice,
            self.notice_read,
            tuple(Statement(s.kind, s.text) for s in self.statements),
            self.remarks,
        )


class AddInterviewOp(InvestigationOp):
    action: Literal[Action.ADD_INTERVIEW] = Action.ADD_INTERVIEW
    interview: InterviewIn

    def investigate(
        self, inv: Investigation, by: str, at: datetime, names: Mapping[str, str]
    ) -> Investigation:
        i = self.interview
        records = interview_rules.add_interview(
            inv.interviews, str(i.interview_id), i.facts(), by, at
        )
        return replace(inv, interviews=records)


class EditInterviewOp(InvestigationOp):
    action: Literal[Action.EDIT_INTERVIEW] = Action.EDIT_INTERVIEW
    interview: InterviewIn

    def investigate(
        self, inv: Investigation, by: str, at: datetime, names: Mapping[str, str]
    ) -> Investigation:
        i = self.interview
        records = interview_rules.edit_interview(
            inv.interviews, str(i.interview_id), i.facts(), by, at
        )
        return replace(inv, interviews=records)


class SignInterviewOp(InvestigationOp):
    """Links the signed scan (a piece of type interview record, added before) to the
    record's current version, which is read-only from then on."""

    action: Literal[Action.SIGN_INTERVIEW] = Action.SIGN_INTERVIEW
    interview_id: UUID
    piece_id: UUID

    def investigate(
        self, inv: Investigation, by: str, at: datetime, names: Mapping[str, str]
    ) -> Investigation:
        records = interview_rules.sign_interview(
            inv.interviews, inv.pieces, str(self.interview_id), str(self.piece_id), by, at
        )
        return replace(inv, interviews=records)


class CorrectInterviewOp(InvestigationOp):
    action: Literal[Action.CORRECT_INTERVIEW] = Action.CORRECT_INTERVIEW
    interview: InterviewIn
    reason: RequiredReason

    def investigate(
        self, inv: Investigation, by: str, at: datetime, names: Mapping[str, str]
    ) -> Investigation:
        i = self.interview
        records = interview_rules.correct_interview(
            inv.interviews, str(i.interview_id), i.facts(), self.reason, by, at
        )
        return replace(inv, interviews=records)
