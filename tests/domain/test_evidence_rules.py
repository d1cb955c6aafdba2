"""The rules of evidence and interview records (domain.evidence, domain.interviews), as the
service applies them and the desktop's overlay shows them."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest

from investigator_app.domain import evidence, interviews
from investigator_app.domain.evidence import CustodyKind, PieceFacts, PieceFile, PieceType
from investigator_app.domain.interviews import (
    Capacity,
    InterviewFacts,
    Statement,
    StatementKind,
)
from investigator_app.domain.lifecycle import TransitionError

AT = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
FACTS = PieceFacts(
    "Factuur 2026-114", "", "Dienst boekhouding", date(2026, 11, 30), PieceType.DOCUMENT
)
FILE_1 = PieceFile("a" * 64, 1234, "factuur.pdf", "application/pdf")
FILE_2 = PieceFile("b" * 64, 2345, "factuur-volledig.pdf", "application/pdf")
SCAN = PieceFacts("Verhoor 1, ondertekend", "", "", date(2026, 12, 2), PieceType.INTERVIEW_RECORD)


def _one() -> tuple[evidence.Piece, ...]:
    return evidence.add_piece((), "p1", FACTS, FILE_1, "An Peeters", AT)


def test_a_piece_is_numbered_and_its_adding_opens_the_chain_of_custody() -> None:
    pieces = evidence.add_piece(_one(), "p2", FACTS, FILE_2, "Bart Claes", AT)
    assert [p.number for p in pieces] == [1, 2]
    (added,) = pieces[0].custody
    assert (added.kind, added.by, added.sha256, added.detail) == (
        CustodyKind.ADDED,
        "An Peeters",
        "a" * 64,
        "Dienst boekhouding",
    )
    with pytest.raises(TransitionError, match="exists already"):
        evidence.add_piece(pieces, "p1", FACTS, FILE_1, "An Peeters", AT)


@pytest.mark.parametrize(
    ("facts", "file", "message"),
    [
        (PieceFacts("  ", "", "", date(2026, 1, 1), PieceType.OTHER), FILE_1, "title"),
        (FACTS, PieceFile("c" * 64, 0, "leeg.txt", "text/plain"), "not empty"),
    ],
)
def test_a_piece_needs_a_title_and_bytes(facts: PieceFacts, file: PieceFile, message: str) -> None:
    with pytest.raises(TransitionError, match=message):
        evidence.add_piece((), "p1", facts, file, "An Peeters", AT)


def test_a_new_version_keeps_the_old_one_and_who_added_it() -> None:
    later = AT + timedelta(days=1)
    pieces = evidence.replace_piece(_one(), "p1", FILE_2, "volledige versie", "Bart Claes", later)
    piece = pieces[0]
    assert (piece.version, piece.file) == (2, FILE_2)
    assert [(v.version, v.file, v.by, v.at) for v in piece.earlier] == [
        (1, FILE_1, "An Peeters", AT)
    ]
    assert piece.version_file(1) == FILE_1 and piece.files == (FILE_1, FILE_2)
    assert piece.custody[-1].kind is CustodyKind.REPLACED
    assert piece.custody[-1].detail == "volledige versie"
    with pytest.raises(TransitionError, match="same file"):
        evidence.replace_piece(pieces, "p1", FILE_2, "opnieuw", "Bart Claes", later)
    with pytest.raises(TransitionError, match="reason"):
        evidence.replace_piece(_one(), "p1", FILE_2, " ", "Bart Claes", later)


def test_a_withdrawn_piece_stays_with_its_reason_and_can_still_be_opened() -> None:
    pieces = evidence.withdraw_piece(_one(), "p1", "verkeerd dossier", "An Peeters", AT)
    piece = pieces[0]
    assert piece.withdrawn is not None and piece.withdrawn.reason == "verkeerd dossier"
    assert piece.custody[-1].kind is CustodyKind.WITHDRAWN
    with pytest.raises(TransitionError, match="withdrawn"):
        evidence.replace_piece(pieces, "p1", FILE_2, "toch", "An Peeters", AT)
    with pytest.raises(TransitionError, match="withdrawn"):
        evidence.withdraw_piece(pieces, "p1", "nogmaals", "An Peeters", AT)
    opened = evidence.record_custody(pieces, "p1", CustodyKind.OPENED, 1, "", "Bart Claes", AT)
    assert opened[0].custody[-1].kind is CustodyKind.OPENED


def test_custody_records_handling_of_an_existing_version_only() -> None:
    pieces = evidence.record_custody(_one(), "p1", CustodyKind.EXPORTED, 1, "copy-1", "B", AT)
    entry = pieces[0].custody[-1]
    assert (entry.kind, entry.version, entry.sha256, entry.detail) == (
        CustodyKind.EXPORTED,
        1,
        "a" * 64,
        "copy-1",
    )
    with pytest.raises(TransitionError, match="version"):
        evidence.record_custody(_one(), "p1", CustodyKind.OPENED, 2, "", "B", AT)
    with pytest.raises(TransitionError, match="own action"):
        evidence.record_custody(_one(), "p1", CustodyKind.REPLACED, 1, "", "B", AT)
    with pytest.raises(TransitionError, match="no such piece"):
        evidence.record_custody(_one(), "p9", CustodyKind.OPENED, 1, "", "B", AT)


def _record(**changes: object) -> InterviewFacts:
    facts = InterviewFacts(
        person_heard="Getuige Noor Dewitte",
        capacity=Capacity.WITNESS,
        held_on=date(2026, 12, 2),
        place="Brussel, Havenlaan 88",
        start=time(10, 0),
        end=time(11, 30),
        present=("An Peeters",),
        assistance="",
        notice="U hebt het recht te zwijgen.",
        notice_read=True,
        statements=(Statement(StatementKind.QUESTION, "Wat zag u?"),),
        remarks="",
    )
    return facts if not changes else InterviewFacts(**{**facts.__dict__, **changes})  # type: ignore[arg-type]


def test_a_draft_is_edited_until_signed_then_only_corrected() -> None:
    records = interviews.add_interview((), "i1", _record(), "An Peeters", AT)
    records = interviews.edit_interview(records, "i1", _record(remarks="Geen"), "An Peeters", AT)
    assert records[0].version == 1 and records[0].facts.remarks == "Geen"
    pieces = evidence.add_piece((), "scan", SCAN, FILE_2, "An Peeters", AT)
    signed = interviews.sign_interview(records, pieces, "i1", "scan", "An Peeters", AT)
    assert signed[0].signed and signed[0].signature is not None
    assert signed[0].signature.version == 1
    with pytest.raises(TransitionError, match="cannot be edited"):
        interviews.edit_interview(signed, "i1", _record(remarks="Later"), "An Peeters", AT)
    with pytest.raises(TransitionError, match="signed already"):
        interviews.sign_interview(signed, pieces, "i1", "scan", "An Peeters", AT)
    corrected = interviews.correct_interview(
        signed, "i1", _record(remarks="Later"), "tikfout in de naam", "An Peeters", AT
    )
    record = corrected[0]
    assert (record.version, record.signed, record.correction_reason) == (
        2,
        False,
        "tikfout in de naam",
    )
    (kept,) = record.earlier
    assert kept.version == 1 and kept.signature == signed[0].signature
    assert kept.facts.remarks == "Geen"


def test_signing_needs_a_standing_interview_record_piece_of_the_case() -> None:
    records = interviews.add_interview((), "i1", _record(), "An Peeters", AT)
    document = evidence.add_piece((), "doc", FACTS, FILE_1, "An Peeters", AT)
    with pytest.raises(TransitionError, match="type interview record"):
        interviews.sign_interview(records, document, "i1", "doc", "An Peeters", AT)
    with pytest.raises(TransitionError, match="no such piece"):
        interviews.sign_interview(records, (), "i1", "doc", "An Peeters", AT)
    scan = evidence.add_piece((), "scan", SCAN, FILE_2, "An Peeters", AT)
    withdrawn = evidence.withdraw_piece(scan, "scan", "onleesbaar", "An Peeters", AT)
    with pytest.raises(TransitionError, match="withdrawn"):
        interviews.sign_interview(records, withdrawn, "i1", "scan", "An Peeters", AT)
    two = interviews.add_interview(records, "i2", _record(), "An Peeters", AT)
    signed = interviews.sign_interview(two, scan, "i1", "scan", "An Peeters", AT)
    with pytest.raises(TransitionError, match="another interview record"):
        interviews.sign_interview(signed, scan, "i2", "scan", "An Peeters", AT)


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"person_heard": " "}, "person heard"),
        ({"end": time(9, 0)}, "ends before it starts"),
    ],
)
def test_a_record_that_cannot_stand_is_refused(changes: dict[str, object], message: str) -> None:
    with pytest.raises(TransitionError, match=message):
        interviews.add_interview((), "i1", _record(**changes), "An Peeters", AT)


def test_a_draft_may_wait_for_the_notice_but_the_signed_record_says_it_was_read() -> None:
    draft = interviews.add_interview((), "i1", _record(notice_read=False), "An Peeters", AT)
    scan = evidence.add_piece((), "scan", SCAN, FILE_2, "An Peeters", AT)
    with pytest.raises(TransitionError, match="notice must be read"):
        interviews.sign_interview(draft, scan, "i1", "scan", "An Peeters", AT)
    read = interviews.edit_interview(draft, "i1", _record(), "An Peeters", AT)
    assert interviews.sign_interview(read, scan, "i1", "scan", "An Peeters", AT)[0].signed


def test_a_correction_needs_a_signed_record_and_a_reason() -> None:
    records = interviews.add_interview((), "i1", _record(), "An Peeters", AT)
    with pytest.raises(TransitionError, match="only a signed"):
        interviews.correct_interview(records, "i1", _record(remarks="x"), "r", "A", AT)
    scan = evidence.add_piece((), "scan", SCAN, FILE_2, "An Peeters", AT)
    signed = interviews.sign_interview(records, scan, "i1", "scan", "An Peeters", AT)
    with pytest.raises(TransitionError, match="needs a reason"):
        interviews.correct_interview(signed, "i1", _record(remarks="x"), " ", "A", AT)
    with pytest.raises(TransitionError, match="changes nothing"):
        interviews.correct_interview(signed, "i1", _record(), "r", "A", AT)
