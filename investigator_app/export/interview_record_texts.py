"""The words of an interview record's PDF (``interview_record.py``) in Dutch (the source)
and English, like ``texts.py`` for the dossier: a table, not Qt's translators, so the
record renders headless and in the language chosen for the copy."""

from __future__ import annotations

from investigator_app.domain.interviews import Capacity, StatementKind
from investigator_app.export.texts import LANGUAGES
from investigator_app.export.texts_evidence import evidence_term

_EN: dict[str, str] = dict(
    [
        ("VERTROUWELIJK", "CONFIDENTIAL"),
        ("Verhoor", "Interview record"),
        ("Verhoor {number}", "Interview record {number}"),
        ("Verhoor {number} · melding {reference}", "Interview record {number} · case {reference}"),
        ("Melding {reference}", "Case {reference}"),
        ("Exemplaar", "Copy id"),
        ("pagina {page} van {pages}", "page {page} of {pages}"),
        ("Referentie", "Reference"),
        ("Gehoorde persoon", "Person heard"),
        ("Hoedanigheid", "Capacity"),
        ("Datum", "Date"),
        ("Plaats", "Place"),
        ("Aanvang", "Start"),
        ("Einde", "End"),
        ("niet ingevuld", "not filled in"),
        ("Aanwezigen", "Persons present"),
        ("Bijstand door advocaat of vertrouwenspersoon", "Assisted by counsel or a trusted person"),
        ("geen", "none"),
        ("Versie", "Version"),
        ("versie {version}", "version {version}"),
        (
            "versie {version}, verbetering van een ondertekende versie",
            "version {version}, correction of a signed version",
        ),
        ("Reden van de verbetering", "Reason for the correction"),
        ("Gemaakt door", "Made by"),
        ("Voor", "For"),
        ("Voorafgaande mededeling", "Notice read at the start"),
        (
            "Voorgelezen aan de gehoorde persoon bij het begin van het verhoor.",
            "Read to the person heard at the start of the interview.",
        ),
        ("NIET voorgelezen aan de gehoorde persoon.", "NOT read to the person heard."),
        (
            "Geen voorafgaande mededeling ingesteld door de dienst.",
            "No notice configured by the department.",
        ),
        ("Verklaringen", "Statements"),
        ("Nog geen verklaringen opgenomen.", "No statements recorded yet."),
        ("Opmerkingen van de gehoorde persoon", "Remarks of the person heard"),
        ("Geen opmerkingen.", "No remarks."),
        ("Nalezen en ondertekenen", "Read back and sign"),
        (
            "De gehoorde persoon las deze weergave van het verhoor na (of kreeg ze voorgelezen), "
            "parafeerde elke pagina en ondertekent hieronder.",
            "The person heard read this record of the interview (or had it read to them), "
            "initialled every page and signs below.",
        ),
        ("Naam", "Name"),
        ("Handtekening", "Signature"),
        ("Verhoorder of aanwezige", "Interviewer or person present"),
        ("Bijstand", "Assistance"),
        ("Paraaf gehoorde persoon", "Initials of the person heard"),
        ("Paraaf verhoorder", "Initials of the interviewer"),
        (
            "Dit verhoor is ondertekend: deze versie is alleen-lezen.",
            "This interview record is signed: this version is read-only.",
        ),
    ]
)


class RecordTexts:
    """The words of one record language."""

    def __init__(self, language: str) -> None:
        if language not in LANGUAGES:
            raise ValueError(f"unknown record language {language!r}")
        self.language = language

    def __call__(self, dutch: str, **values: object) -> str:
        text = _EN.get(dutch, dutch) if self.language == "en" else dutch
        return text.format(**values) if values else text

    def capacity(self, capacity: Capacity) -> str:
        return evidence_term(capacity, self.language)

    def statement(self, kind: StatementKind) -> str:
        return evidence_term(kind, self.language)
