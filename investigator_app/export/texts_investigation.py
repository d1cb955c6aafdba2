"""The dossier's words for the investigation: its sections' phrases in English (merged into
``texts.py``'s table) and the terms of its codes in both languages (docs/glossary.md).

The codes get a table of their own, by type: their values overlap with others' (a task's
"cancelled" is a message's too, a follow-up's "other" a category's), and ``Texts.label``
looks codes up by value.
"""

from __future__ import annotations

from investigator_app.domain.investigation import (
    ClosingGround,
    Conclusion,
    FollowUp,
    TaskState,
)

INVESTIGATION_EN: dict[str, str] = {
    "Tenlasteleggingen en bevindingen": "Allegations and findings",
    "Onderzoeksplan": "Investigation plan",
    "Geen tenlasteleggingen.": "No allegations.",
    "Tenlastelegging {number}": "Allegation {number}",
    "versie {version}": "version {version}",
    "nog niet verzonden": "not yet sent",
    "Betrokkenen": "Involved persons",
    "Periode van de feiten": "Period of the facts",
    "van {start} tot {end}": "from {start} to {end}",
    "vanaf {start}": "from {start}",
    "tot {end}": "until {end}",
    "niet opgegeven": "not given",
    "Toegevoegd door {who} op {when}": "Added by {who} on {when}",
    "laatst gewijzigd door {who} op {when}": "last changed by {who} on {when}",
    "Bevinding": "Finding",
    "Nog geen bevinding.": "No finding yet.",
    "Motivering": "Motivation",
    "Aanbevolen opvolging": "Recommended follow-up",
    "Stukken waarop de bevinding steunt": "Pieces the finding rests on",
    "Geen stukken aangehaald.": "No pieces cited.",
    "bijlage bij de melding": "attachment to the report",
    "antwoord van de melder van {when}": "the reporter's answer of {when}",
    "bij het antwoord van de melder van {when}": "with the reporter's answer of {when}",
    "stuk niet in dit dossier": "piece not in this case file",
    "Bevinding opgesteld door {who} op {when}": "Finding drawn up by {who} on {when}",
    "Ingetrokken tenlasteleggingen": "Withdrawn allegations",
    "Ingetrokken door {who} op {when}": "Withdrawn by {who} on {when}",
    "Reden van intrekking": "Reason for withdrawal",
    "Bevindingen": "Findings",
    "{total} taken: {open} open, {done} uitgevoerd, {cancelled} geannuleerd": (
        "{total} tasks: {open} open, {done} done, {cancelled} cancelled"
    ),
    "waarvan {count} met verstreken datum": "of which {count} past their due date",
    "Geen onderzoekstaken.": "No tasks.",
    "Taak {number}": "Task {number}",
    "Verantwoordelijke": "Owner",
    "niemand": "nobody",
    "Uiterlijk op": "Due",
    "geen datum": "no date",
    "{due} (verstreken)": "{due} (passed)",
    "Aangemaakt door {who} op {when}": "Created by {who} on {when}",
    "uitgevoerd door {who} op {when}": "done by {who} on {when}",
    "geannuleerd door {who} op {when}": "cancelled by {who} on {when}",
    "heropend door {who} op {when}": "opened again by {who} on {when}",
    "Afgerond zonder onderzoek": "Closed without investigation",
}

_CONCLUSION = {
    Conclusion.FOUNDED: ("gegrond", "founded"),
    Conclusion.PARTLY_FOUNDED: ("deels gegrond", "partly founded"),
    Conclusion.UNFOUNDED: ("ongegrond", "unfounded"),
    Conclusion.NOT_DETERMINABLE: ("niet vast te stellen", "not determinable"),
}
_FOLLOW_UP = {
    FollowUp.DISCIPLINARY: ("tuchtprocedure", "disciplinary procedure"),
    FollowUp.PROSECUTOR: ("melding aan het parket", "report to the public prosecutor"),
    FollowUp.ORGANISATIONAL: ("organisatorische maatregel", "organisational measure"),
    FollowUp.NONE: ("geen", "none"),
    FollowUp.OTHER: ("andere", "other"),
}
_GROUND = {
    ClosingGround.NO_INTEGRITY_VIOLATION: ("geen integriteitsschending", "no integrity violation"),
    ClosingGround.FACTS_TOO_OLD: (
        "feiten ouder dan een jaar",
        "the facts are more than a year old",
    ),
    ClosingGround.MANIFESTLY_UNFOUNDED: ("kennelijk ongegrond", "manifestly unfounded"),
    ClosingGround.ALREADY_HANDLED: ("reeds behandeld", "already handled"),
    ClosingGround.OTHER: ("andere", "other"),
}
_TASK_STATE = {
    TaskState.OPEN: ("open", "open"),
    TaskState.DONE: ("uitgevoerd", "done"),
    TaskState.CANCELLED: ("geannuleerd", "cancelled"),
}

InvestigationCode = Conclusion | FollowUp | ClosingGround | TaskState


def term(code: InvestigationCode, language: str) -> str:
    """The word for ``code`` in the dossier's ``language`` ("nl" or "en")."""
    if isinstance(code, Conclusion):
        dutch, english = _CONCLUSION[code]
    elif isinstance(code, FollowUp):
        dutch, english = _FOLLOW_UP[code]
    elif isinstance(code, ClosingGround):
        dutch, english = _GROUND[code]
    else:
        dutch, english = _TASK_STATE[code]
    return english if language == "en" else dutch
