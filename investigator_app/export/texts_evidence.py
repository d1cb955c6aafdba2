"""The dossier's words for the evidence and the interview records: the phrases of the
annex "Overzicht van de stukken" and of the section "Verhoren" in English (merged into
``texts.py``'s table), and the terms of their codes in both languages (docs/glossary.md).
"""

from __future__ import annotations

from investigator_app.domain.evidence import PieceType
from investigator_app.domain.interviews import Capacity, StatementKind

EVIDENCE_EN: dict[str, str] = {
    # the annex
    "Overzicht van de stukken": "Overview of the pieces",
    "Geen stukken.": "No pieces.",
    "Elk stuk met de sha256 van zijn bestand: wie een kopie heeft, kan nagaan dat het "
    "hetzelfde bestand is.": (
        "Each piece with the sha256 of its file: whoever has a copy can check that it is "
        "the same file."
    ),
    "Stuk {number}": "Piece {number}",
    "stuk {number}": "piece {number}",
    "Soort": "Type",
    "Bron": "Source",
    "Verkregen op": "Obtained on",
    "Toegevoegd door": "Added by",
    "{who} op {when}": "{who} on {when}",
    "Versie": "Version",
    "Bestandsnaam": "File name",
    "Eerdere versies": "Earlier versions",
    "versie {version} · {size} · {who} op {when}": "version {version} · {size} · {who} on {when}",
    "Aangehaald in": "Cited in",
    "door geen bevinding aangehaald": "not cited by any finding",
    "bevinding bij tenlastelegging {number} ({conclusion})": (
        "finding on allegation {number} ({conclusion})"
    ),
    "ingetrokken tenlastelegging {number}": "withdrawn allegation {number}",
    "Ingetrokken": "Withdrawn",
    "ingetrokken": "withdrawn",
    "verhoor {number}": "interview record {number}",
    "Inhoud in dit exemplaar": "Content in this copy",
    "als bijlage in deze PDF: {name}": "as an attachment to this PDF: {name}",
    "afgedrukt na dit overzicht": "printed after this overview",
    "Stuk {number}, versie {version}": "Piece {number}, version {version}",
    "De afbeelding kan niet getoond worden; het bestand zit als bijlage in deze PDF.": (
        "The image cannot be shown; the file is attached to this PDF."
    ),
    "De afbeelding kan niet getoond worden.": "The image cannot be shown.",
    # the interview records
    "Verhoren": "Interview records",
    "Geen verhoren in dit exemplaar.": "No interview records in this copy.",
    "Verhoor {number}": "Interview record {number}",
    "Gehoorde persoon": "Person heard",
    "Hoedanigheid": "Capacity",
    "Datum en uur": "Date and time",
    "{date}, van {start} tot {end}": "{date}, from {start} to {end}",
    "{date}, vanaf {start}": "{date}, from {start}",
    "Plaats": "Place",
    "Aanwezigen": "Persons present",
    "Bijstand door advocaat of vertrouwenspersoon": "Assisted by counsel or a trusted person",
    "Voorafgaande mededeling": "Notice read at the start",
    "voorgelezen": "read",
    "niet voorgelezen": "not read",
    "Verklaringen": "Statements",
    "Geen verklaringen.": "No statements.",
    "Opmerkingen van de gehoorde persoon": "Remarks of the person heard",
    "Opgesteld door {who} op {when}": "Drawn up by {who} on {when}",
    "Ondertekend exemplaar": "Signed copy",
    "toegevoegd door {who} op {when}": "added by {who} on {when}",
    "nog niet ondertekend": "not signed yet",
    "Verbetering van een ondertekende versie": "Correction of a signed version",
    "Reden van de verbetering": "Reason for the correction",
    # the audit trail's words for the evidence (story_sections.AUDIT_ACTIONS)
    "Stuk toegevoegd": "Piece added",
    "Stuk vervangen door een nieuwe versie": "Piece replaced by a new version",
    "Stuk ingetrokken": "Piece withdrawn",
    "Stuk geopend, geëxporteerd of afgedrukt": "Piece opened, exported or printed",
    "Verhoor toegevoegd": "Interview record added",
    "Verhoor gewijzigd": "Interview record changed",
    "Verhoor ondertekend": "Interview record signed",
    "Verbetering van een verhoor": "Correction of an interview record",
}

_PIECE_TYPE = {
    PieceType.DOCUMENT: ("document", "document"),
    PieceType.EMAIL: ("e-mail", "e-mail"),
    PieceType.PHOTO: ("foto", "photo"),
    PieceType.AUDIO_VIDEO: ("audio/video", "audio/video"),
    PieceType.REGISTER_EXTRACT: ("uittreksel uit een register", "extract from a register"),
    PieceType.INTERVIEW_RECORD: ("verhoor", "interview record"),
    PieceType.OTHER: ("ander", "other"),
}
_CAPACITY = {
    Capacity.REPORTER: ("melder", "reporter"),
    Capacity.WITNESS: ("getuige", "witness"),
    Capacity.PERSON_CONCERNED: ("betrokkene", "person concerned"),
}
_STATEMENT = {
    StatementKind.QUESTION: ("Vraag", "Question"),
    StatementKind.ANSWER: ("Antwoord", "Answer"),
    StatementKind.PARAGRAPH: ("Verklaring", "Statement"),
}

EvidenceCode = PieceType | Capacity | StatementKind


def evidence_term(code: EvidenceCode, language: str) -> str:
    """The word for ``code`` in the dossier's ``language`` ("nl" or "en")."""
    if isinstance(code, PieceType):
        dutch, english = _PIECE_TYPE[code]
    elif isinstance(code, Capacity):
        dutch, english = _CAPACITY[code]
    else:
        dutch, english = _STATEMENT[code]
    return english if language == "en" else dutch
