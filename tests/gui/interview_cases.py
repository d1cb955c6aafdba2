"""Interview records as the store shows them to the Verhoren tab (fictional people and
facts), for the tab's tests, the record's PDF tests and the screenshots."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time

from investigator_app.domain.evidence import (
    Piece,
    PieceFacts,
    PieceFile,
    PieceType,
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
from investigator_app.domain.investigation import Investigation

NOTICE = (
    "U wordt gehoord in het kader van een integriteitsonderzoek. U mag zich laten bijstaan "
    "door een advocaat of een vertrouwenspersoon. U kunt vragen dat alle vragen en "
    "antwoorden in de gebruikte bewoordingen genoteerd worden. Uw verklaringen kunnen in "
    "het onderzoek gebruikt worden."
)
HELD = datetime(2026, 11, 12, 13, 0, tzinfo=UTC)
SIGNED_AT = datetime(2026, 11, 14, 9, 30, tzinfo=UTC)
SCAN_SHA = "e" * 64


def statements(questions: int, *, answer_words: int = 30) -> tuple[Statement, ...]:
    """``questions`` questions, each with its answer; every fifth with a free paragraph."""
    out: list[Statement] = []
    for n in range(1, questions + 1):
        out.append(
            Statement(
                StatementKind.QUESTION,
                f"Wat weet u over onderdeel {n} van de gunning van het onderhoudscontract?",
            )
        )
        out.append(
            Statement(
                StatementKind.ANSWER,
                " ".join(["Ik"] + ["herinner mij dat de offerte laat binnenkwam"] * answer_words),
            )
        )
        if n % 5 == 0:
            out.append(
                Statement(
                    StatementKind.PARAGRAPH,
                    "De gehoorde persoon overhandigt een kopie van een e-mail van 3 maart 2025.",
                )
            )
    return tuple(out)


def facts(
    person: str = "Els Wuyts",
    capacity: Capacity = Capacity.WITNESS,
    *,
    questions: int = 3,
    notice: str = NOTICE,
    **changes: object,
) -> InterviewFacts:
    made = InterviewFacts(
        person_heard=person,
        capacity=capacity,
        held_on=date(2026, 11, 12),
        place="Stadhuis, lokaal 2.14",
        start=time(14, 0),
        end=time(15, 35),
        present=("An Peeters (onderzoeker)", "Jonas Maes (leidinggevende)"),
        assistance="",
        notice=notice,
        notice_read=bool(notice),
        statements=statements(questions),
        remarks="Ik heb niets toe te voegen.",
    )
    return replace(made, **changes)  # type: ignore[arg-type]


def scan_piece(number: int = 3, sha: str = SCAN_SHA) -> Piece:
    return Piece(
        id=f"piece-scan-{number}",
        number=number,
        facts=PieceFacts(
            "Ondertekend exemplaar van verhoor 1",
            "",
            "Ward Verhaegen",
            date(2026, 11, 14),
            PieceType.INTERVIEW_RECORD,
        ),
        file=PieceFile(sha, 812_345, "verhoor-1-ondertekend.pdf", "application/pdf"),
        version=1,
        added_by="An Peeters",
        added_at=SIGNED_AT,
    )


def draft(number: int = 2, **changes: object) -> Interview:
    return Interview(
        id=f"iv-{number}",
        number=number,
        facts=facts(**changes),  # type: ignore[arg-type]
        version=1,
        created_by="An Peeters",
        created_at=HELD,
        edited_by="An Peeters",
        edited_at=HELD,
    )


def signed(number: int = 1, piece_id: str = "piece-scan-3") -> Interview:
    record = draft(
        number,
        person="Ward Verhaegen",
        capacity=Capacity.PERSON_CONCERNED,
        assistance="Mr. Karel Smets, advocaat",
    )
    return replace(record, signature=Signature(piece_id, 1, "An Peeters", SIGNED_AT))


def corrected(number: int = 1) -> Interview:
    """A signed record corrected once: version 2, the signed version 1 kept."""
    first = signed(number)
    kept = InterviewVersion(1, first.facts, first.edited_by, first.edited_at, first.signature)
    return replace(
        first,
        facts=replace(first.facts, place="Stadhuis, lokaal 2.16"),
        version=2,
        earlier=(kept,),
        signature=None,
        correction_reason="Het lokaal was 2.16, niet 2.14.",
        edited_at=datetime(2026, 11, 15, 10, 0, tzinfo=UTC),
    )


def with_interviews(inv: Investigation, *interviews: Interview) -> Investigation:
    return replace(inv, interviews=interviews, pieces=(scan_piece(),))
