"""Reading the evidence and interview records of many cases at once, as one department
recorded them (the department's own rows only; 1700 never reads any).

A feed page costs one query (has any of these cases a piece or a record?), and when it does
up to five more (pieces, their file versions and custody entries, records, their earlier
versions), never one per case.
People are kept by id; the caller resolves the names with the page's other people.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, time
from functools import partial
from typing import Any

from sqlalchemy import exists, or_, select
from sqlalchemy.orm import Session

from investigator_app.domain.evidence import (
    CustodyEntry,
    Piece,
    PieceFacts,
    PieceFile,
    PieceVersion,
    PieceWithdrawal,
)
from investigator_app.domain.interviews import (
    Capacity,
    Interview,
    InterviewFacts,
    InterviewVersion,
    Signature,
    Statement,
    StatementKind,
)
from investigator_app.intake.case_ids import (
    DEPARTMENT,
    ByCases,
    CaseIds,
    numbered_rows,
    of_department,
    rows_under,
)
from investigator_app.intake.models import (
    CustodyRow,
    InterviewRow,
    InterviewVersionRow,
    PieceFileVersion,
    PieceRow,
)

Name = Callable[[str], str]


@dataclass(frozen=True)
class EvidenceRows:
    """The rows of a page's pieces and interview records, fetched in bulk."""

    pieces: Mapping[str, Sequence[Any]]  # per case id, by number
    files: Mapping[str, Sequence[Any]]  # every file version per piece id, oldest first
    custody: Mapping[str, Sequence[Any]]  # per piece id, oldest first
    interviews: Mapping[str, Sequence[Any]]  # per case id, by number
    earlier: Mapping[str, Sequence[Any]]  # earlier versions per interview id, oldest first

    def person_ids(self) -> set[str]:
        ids: set[str | None] = set()
        for listed in self.pieces.values():
            for row in listed:
                ids.update((row.added_by_id, row.withdrawn_by_id))
        for listed in self.files.values():
            ids.update(row.added_by_id for row in listed)
        for listed in self.custody.values():
            ids.update(row.by_id for row in listed)
        for listed in self.interviews.values():
            for row in listed:
                ids.update((row.created_by_id, row.edited_by_id, row.signed_by_id))
        for listed in self.earlier.values():
            for row in listed:
                ids.update((row.edited_by_id, row.signed_by_id))
        return {person for person in ids if person is not None}

    def of_case(self, case_id: str, name: Name) -> tuple[tuple[Piece, ...], tuple[Interview, ...]]:
        pieces = tuple(
            piece_value(row, self.files.get(row.id, ()), self.custody.get(row.id, ()), name)
            for row in self.pieces.get(case_id, ())
        )
        interviews = tuple(
            interview_value(row, self.earlier.get(row.id, ()), name)
            for row in self.interviews.get(case_id, ())
        )
        return pieces, interviews


_pieces_of_page = partial(of_department, PieceRow)
_interviews_of_page = partial(of_department, InterviewRow)
_HAVING = ByCases(
    lambda ids: select(
        or_(
            exists().where(*_pieces_of_page(ids)),
            exists().where(*_interviews_of_page(ids)),
        )
    )
)
_PIECES = numbered_rows(PieceRow)
_FILES = rows_under(
    PieceFileVersion,
    PieceRow,
    PieceFileVersion.piece_id,
    _pieces_of_page,
    PieceFileVersion.version,
)
_CUSTODY = rows_under(CustodyRow, PieceRow, CustodyRow.piece_id, _pieces_of_page, CustodyRow.id)
_INTERVIEWS = numbered_rows(InterviewRow)
_EARLIER = rows_under(
    InterviewVersionRow,
    InterviewRow,
    InterviewVersionRow.interview_id,
    _interviews_of_page,
    InterviewVersionRow.version,
)


def load_evidence_rows(session: Session, case_ids: CaseIds, department_id: int) -> EvidenceRows:
    """What ``department_id`` recorded on these cases: one query, four more when they
    have pieces and records (most pages have none)."""
    pieces: dict[str, list[Any]] = defaultdict(list)
    interviews: dict[str, list[Any]] = defaultdict(list)
    earlier: dict[str, list[Any]] = defaultdict(list)
    files: dict[str, list[Any]] = defaultdict(list)
    custody: dict[str, list[Any]] = defaultdict(list)
    mine = {DEPARTMENT: department_id}
    if not session.scalar(*_HAVING(case_ids, **mine)):
        return EvidenceRows(pieces, files, custody, interviews, earlier)
    for piece in session.scalars(*_PIECES(case_ids, **mine)):
        pieces[piece.case_id].append(piece)
    if pieces:
        for file in session.scalars(*_FILES(case_ids, **mine)):
            files[file.piece_id].append(file)
        for entry in session.scalars(*_CUSTODY(case_ids, **mine)):
            custody[entry.piece_id].append(entry)
    for interview in session.scalars(*_INTERVIEWS(case_ids, **mine)):
        interviews[interview.case_id].append(interview)
    if interviews:
        for version in session.scalars(*_EARLIER(case_ids, **mine)):
            earlier[version.interview_id].append(version)
    return EvidenceRows(pieces, files, custody, interviews, earlier)


# --- rows → domain values -------------------------------------------------------------------


def _file(row: Any) -> PieceFile:
    return PieceFile(row.sha256, row.size, row.name, row.media_type)


def piece_value(row: Any, files: Sequence[Any], custody: Sequence[Any], name: Name) -> Piece:
    current = next((f for f in files if f.version == row.version), None)
    assert current is not None, "a piece has its current file"
    withdrawn = None
    if row.withdrawn_at is not None:
        withdrawn = PieceWithdrawal(
            name(row.withdrawn_by_id), row.withdrawn_at, row.withdraw_reason or ""
        )
    return Piece(
        id=row.id,
        number=row.number,
        facts=PieceFacts(row.title, row.description, row.source, row.obtained_on, row.type),
        file=_file(current),
        version=row.version,
        added_by=name(row.added_by_id),
        added_at=row.added_at,
        earlier=tuple(
            PieceVersion(f.version, _file(f), name(f.added_by_id), f.added_at)
            for f in files
            if f.version < row.version
        ),
        custody=tuple(
            CustodyEntry(e.kind, name(e.by_id), e.at, e.version, e.sha256, e.detail)
            for e in custody
        ),
        withdrawn=withdrawn,
    )


def interview_value(row: Any, earlier: Sequence[Any], name: Name) -> Interview:
    def signature(source: Any, version: int) -> Signature | None:
        if source.signature_piece_id is None:
            return None
        return Signature(
            source.signature_piece_id, version, name(source.signed_by_id), source.signed_at
        )

    return Interview(
        id=row.id,
        number=row.number,
        facts=facts_of(row.facts),
        version=row.version,
        created_by=name(row.created_by_id),
        created_at=row.created_at,
        edited_by=name(row.edited_by_id),
        edited_at=row.edited_at,
        earlier=tuple(
            InterviewVersion(
                v.version,
                facts_of(v.facts),
                name(v.edited_by_id),
                v.edited_at,
                signature(v, v.version),
            )
            for v in earlier
        ),
        signature=signature(row, row.signature_version or row.version),
        correction_reason=row.correction_reason,
    )


def facts_json(facts: InterviewFacts) -> dict[str, Any]:
    """An interview record's facts as stored (JSON)."""
    return {
        "person_heard": facts.person_heard,
        "capacity": facts.capacity.value,
        "held_on": facts.held_on.isoformat(),
        "place": facts.place,
        "start": facts.start.isoformat(),
        "end": facts.end.isoformat() if facts.end is not None else None,
        "present": list(facts.present),
        "assistance": facts.assistance,
        "notice": facts.notice,
        "notice_read": facts.notice_read,
        "statements": [{"kind": s.kind.value, "text": s.text} for s in facts.statements],
        "remarks": facts.remarks,
    }


def facts_of(stored: Mapping[str, Any]) -> InterviewFacts:
    end = stored.get("end")
    return InterviewFacts(
        person_heard=stored["person_heard"],
        capacity=Capacity(stored["capacity"]),
        held_on=date.fromisoformat(stored["held_on"]),
        place=stored["place"],
        start=time.fromisoformat(stored["start"]),
        end=time.fromisoformat(end) if end else None,
        present=tuple(stored["present"]),
        assistance=stored["assistance"],
        notice=stored["notice"],
        notice_read=bool(stored["notice_read"]),
        statements=tuple(
            Statement(StatementKind(s["kind"]), s["text"]) for s in stored["statements"]
        ),
        remarks=stored["remarks"],
    )


def blanked_facts(stored: Mapping[str, Any]) -> dict[str, Any]:
    """What the retention purge keeps of a record: capacity, date, times, whether the
    notice was read; every word goes."""
    return {
        **stored,
        "person_heard": "",
        "place": "",
        "present": [],
        "assistance": "",
        "notice": "",
        "statements": [],
        "remarks": "",
    }
