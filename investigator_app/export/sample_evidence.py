"""The fictional sample dossier with evidence and interview records (export/sample.py):
pieces (one replaced, one withdrawn, one the signed scan of a record) that the founded
finding cites, and two interview records (one signed and then corrected, one a draft),
built with the domain's own rules; with the bytes of each piece, for carrying them."""

from __future__ import annotations

import hashlib
import io
from dataclasses import replace
from datetime import date, datetime, time, timedelta

from investigator_app.domain import evidence as pieces_rules, interviews as interview_rules
from investigator_app.domain.evidence import PieceFacts, PieceFile, PieceType
from investigator_app.domain.interviews import (
    Capacity,
    InterviewFacts,
    Statement,
    StatementKind,
)
from investigator_app.domain.investigation import SourceKind, SourceRef
from investigator_app.export.model import CarriedPiece, DossierCase
from investigator_app.export.sample import sample_case
from investigator_app.export.sample_investigation import (
    INVESTIGATOR,
    MANAGER,
    answer_refs,
    sample_investigation,
)

# Ids as the desktop makes them (uuids), fixed so tests can name them.
INVOICE = "5a1e0000-0000-4000-8000-000000000001"
PHOTO = "5a1e0000-0000-4000-8000-000000000002"
EXTRACT = "5a1e0000-0000-4000-8000-000000000003"
SCAN = "5a1e0000-0000-4000-8000-000000000004"
SUSPECT = "1e7e0000-0000-4000-8000-000000000001"  # the interview record of the suspect
WITNESS = "1e7e0000-0000-4000-8000-000000000002"

NOTICE = (
    "U wordt gehoord in het kader van een onderzoek naar een mogelijke integriteitsschending. "
    "U mag zich laten bijstaan door een advocaat of een vertrouwenspersoon. Wat u verklaart, "
    "wordt opgeschreven en kan in het onderzoek gebruikt worden."
)
STATEMENTS = (
    Statement(StatementKind.QUESTION, "Wie betaalde uw reis naar Barcelona in maart?"),
    Statement(
        StatementKind.ANSWER,
        "Ik dacht dat de gemeente de reis betaalde. Ik heb de factuur nooit gezien.",
    ),
    Statement(StatementKind.QUESTION, "Kende u de aannemer voor die reis al?"),
    Statement(StatementKind.ANSWER, "Ja, van de werf aan het marktplein."),
    Statement(
        StatementKind.PARAGRAPH,
        "De gehoorde persoon legt de agenda van maart voor; die wordt als stuk toegevoegd.",
    ),
)


def sample_png(width: int = 240, height: int = 160) -> bytes:
    """A small fictional photo: a few coloured bands (made with Pillow, reportlab's own)."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (width, height), (235, 238, 240))
    draw = ImageDraw.Draw(image)
    for band, colour in enumerate(((138, 28, 28), (95, 99, 104), (200, 204, 208))):
        draw.rectangle((20, 20 + band * 40, width - 20, 45 + band * 40), fill=colour)
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def sample_files() -> dict[str, tuple[str, str, bytes]]:
    """Per piece id, (name, media type, bytes) of its current version."""
    invoice = b"%PDF-1.4\n% fictional invoice of Reisbureau Zon, second scan\n%%EOF\n"
    extract = b"Uittreksel uit de KBO: Bouwbedrijf Fictief nv, opgericht 2001.\n"
    scan = b"%PDF-1.4\n% fictional signed interview record\n%%EOF\n"
    return {
        INVOICE: ("factuur-reisbureau-zon.pdf", "application/pdf", invoice),
        PHOTO: ("brochure-barcelona.png", "image/png", sample_png()),
        EXTRACT: ("kbo-uittreksel.txt", "text/plain", extract),
        SCAN: ("verhoor-1-ondertekend.pdf", "application/pdf", scan),
    }


def _file(piece_id: str) -> PieceFile:
    name, media_type, data = sample_files()[piece_id]
    return PieceFile(hashlib.sha256(data).hexdigest(), len(data), name, media_type)


def sample_evidence_case(**changes: object) -> DossierCase:
    """``sample_case(**changes)`` with the pieces and interview records."""
    case = sample_case(**changes)  # type: ignore[arg-type]
    start = case.received_at
    cited = (
        *answer_refs("m0", "9f2c" * 16),
        SourceRef(SourceKind.PIECE, INVOICE),
        SourceRef(SourceKind.PIECE, PHOTO),
    )
    inv = sample_investigation(start, cited=cited)
    at = start + timedelta(days=12)
    first_scan = PieceFile("0b" * 32, 90_112, "factuur-reisbureau-zon-scan.pdf", "application/pdf")
    added = (
        (
            INVOICE,
            PieceFacts(
                "Factuur van Reisbureau Zon",
                "De factuur van de reis, op naam van de aannemer.",
                "Boekhouding van de gemeente",
                date(2026, 3, 10),
                PieceType.DOCUMENT,
            ),
            first_scan,
        ),
        (
            PHOTO,
            PieceFacts(
                "Foto van de reisbrochure",
                "",
                "Meegebracht door de melder",
                date(2026, 3, 11),
                PieceType.PHOTO,
            ),
            _file(PHOTO),
        ),
        (
            EXTRACT,
            PieceFacts(
                "Uittreksel uit de KBO over de aannemer",
                "",
                "Kruispuntbank van Ondernemingen",
                date(2026, 3, 12),
                PieceType.REGISTER_EXTRACT,
            ),
            _file(EXTRACT),
        ),
    )
    pieces = inv.pieces
    for piece_id, facts, file in added:
        at += timedelta(hours=2)
        pieces = pieces_rules.add_piece(pieces, piece_id, facts, file, INVESTIGATOR, at)
    reason = "Een leesbare scan van dezelfde factuur."
    pieces = pieces_rules.replace_piece(pieces, INVOICE, _file(INVOICE), reason, INVESTIGATOR, at)
    withdrawal = "Het uittreksel betreft een andere onderneming met dezelfde naam."
    pieces = pieces_rules.withdraw_piece(pieces, EXTRACT, withdrawal, MANAGER, at)
    heard = InterviewFacts(
        "Piet Fictief",
        Capacity.PERSON_CONCERNED,
        date(2026, 3, 20),
        "Gemeentehuis Voorbeeldegem, lokaal 2",
        time(9, 30),
        time(10, 45),
        (INVESTIGATOR, MANAGER),
        "Mr. Jan Raadsman, advocaat",
        NOTICE,
        True,
        STATEMENTS,
        "Ik wil er nog aan toevoegen dat ik de reis zelf wilde betalen.",
    )
    records = interview_rules.add_interview((), SUSPECT, heard, INVESTIGATOR, at)
    scan = PieceFacts(
        "Ondertekend verhoor van het diensthoofd",
        "",
        "Verhoor van 20/03/2026",
        date(2026, 3, 20),
        PieceType.INTERVIEW_RECORD,
    )
    pieces = pieces_rules.add_piece(pieces, SCAN, scan, _file(SCAN), INVESTIGATOR, at)
    records = interview_rules.sign_interview(records, pieces, SUSPECT, SCAN, INVESTIGATOR, at)
    corrected = replace(heard, remarks=heard.remarks + " Het bedrag was 1.800 euro.")
    why = "De gehoorde persoon vroeg het bedrag toe te voegen."
    records = interview_rules.correct_interview(records, SUSPECT, corrected, why, INVESTIGATOR, at)
    witness = InterviewFacts(
        "Marie Verzonnen",
        Capacity.WITNESS,
        date(2026, 3, 22),
        "Telefonisch",
        time(14, 0),
        None,
        (INVESTIGATOR,),
        "",
        NOTICE,
        True,
        (Statement(StatementKind.PARAGRAPH, "Ik zag de factuur op het bureau liggen."),),
        "",
    )
    records = interview_rules.add_interview(records, WITNESS, witness, INVESTIGATOR, at)
    return replace(case, investigation=replace(inv, pieces=pieces, interviews=records))


def sample_contents(case: DossierCase) -> list[CarriedPiece]:
    """The current version's bytes of each of the sample's pieces."""
    files = sample_files()
    return [
        CarriedPiece(
            piece.id,
            piece.number,
            piece.version,
            piece.facts.title,
            piece.file.name,
            piece.file.media_type,
            piece.file.sha256,
            files[piece.id][2],
        )
        for piece in case.investigation.pieces
        if piece.id in files
    ]


def made_at(case: DossierCase) -> datetime:
    return case.received_at + timedelta(days=45)
