"""What the user is told when the desktop does not queue an action, or does not undo one:
the reasons the store gives (store/queue_checks.py, store/undo.py) in Dutch words.

The investigation's own rules (domain.investigation) refuse with English words meant for
logs; the known ones are worded here, any other gets the general text of the action.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from investigator_app.gui.workspace.evidence_refusals import (
    EVIDENCE_RULES,
    evidence_refusal_text,
)
from investigator_app.gui.workspace.interview_texts import INTERVIEW_RULES
from investigator_app.store.queue_checks import QueueRefused, Refusal
from investigator_app.store.undo import UndoRefusal


def not_possible() -> str:
    return QCoreApplication.translate(
        "CaseController", "Deze actie is niet (meer) mogelijk in de huidige status van de melding."
    )


def note_refused() -> str:
    return QCoreApplication.translate(
        "CaseController",
        "De notitie werd niet bewaard: ze moet tekst bevatten (niet te lang), en "
        "alleen eigen notities kunnen bewerkt worden.",
    )


def investigation_refused() -> str:
    return QCoreApplication.translate(
        "CaseController",
        "De wijziging aan het onderzoek werd niet bewaard: ze is niet (meer) mogelijk in de "
        "huidige status van de melding of van het onderzoek, of een veld is leeg of te lang.",
    )


def refusal_text(error: Exception, general: str) -> str:
    """The words for ``error`` (a refusal to queue); ``general`` when there are none."""
    if not isinstance(error, QueueRefused):
        return general
    if error.refusal is Refusal.INVESTIGATION_RULE:
        return _rule_text(str(error)) or general
    evidence = evidence_refusal_text(error)
    if evidence is not None:
        return evidence
    if error.refusal is Refusal.CLOSE_MISSING_FINDINGS:
        numbers = ", ".join(str(n) for n in error.numbers)
        return QCoreApplication.translate(
            "CaseController",
            "De melding werd niet afgerond: tenlastelegging %1 heeft nog geen bevinding. "
            "Elke tenlastelegging die niet ingetrokken is, heeft een bevinding nodig.",
        ).replace("%1", numbers)
    worded = _REFUSALS.get(error.refusal)
    return worded() if worded is not None else general


_REFUSALS = {
    Refusal.EMPTY_LETTER: lambda: QCoreApplication.translate(
        "CaseController",
        "De brief werd niet verzonden: hij bevat alleen de aanhef en de groet. Schrijf "
        "ertussen wat u de melder wilt laten weten.",
    ),
    Refusal.NOT_CASE_TEAM: lambda: QCoreApplication.translate(
        "CaseController",
        "De wijziging aan het onderzoek werd niet bewaard: alleen het dossierteam (wie de "
        "melding toegewezen kreeg en de leidinggevenden) kan het onderzoek wijzigen.",
    ),
    Refusal.OWNER_NOT_MEMBER: lambda: QCoreApplication.translate(
        "CaseController",
        "De taak werd niet bewaard: de verantwoordelijke moet een actief lid van de dienst "
        "zijn dat zich niet onthouden heeft van deze melding.",
    ),
    Refusal.SOURCE_NOT_ON_CASE: lambda: QCoreApplication.translate(
        "CaseController",
        "De bevinding werd niet bewaard: een stuk waarop ze steunt, hoort niet bij deze "
        "melding (een bijlage van de melding, een antwoord van de melder, een bijlage "
        "bij dat antwoord of een stuk van het onderzoek).",
    ),
    Refusal.CLOSE_NEEDS_GROUND: lambda: QCoreApplication.translate(
        "CaseController",
        "De melding werd niet afgerond: wie afrondt zonder onderzoek, kiest de grond.",
    ),
    Refusal.CLOSE_HAS_GROUND: lambda: QCoreApplication.translate(
        "CaseController",
        "De melding werd niet afgerond: een melding in onderzoek wordt afgerond op haar "
        "bevindingen, niet op een grond.",
    ),
    Refusal.CLOSE_NO_ALLEGATIONS: lambda: QCoreApplication.translate(
        "CaseController",
        "De melding werd niet afgerond: het onderzoek heeft geen tenlastelegging die niet "
        "ingetrokken is. Voeg een tenlastelegging en haar bevinding toe.",
    ),
    Refusal.CLOSE_OUTCOME: lambda: QCoreApplication.translate(
        "CaseController",
        "De melding werd niet afgerond: de uitkomst past niet (meer) bij de bevindingen of "
        "de grond. Kies opnieuw Melding afronden… en bevestig de uitkomst die getoond wordt.",
    ),
    Refusal.INVESTIGATION_RULE: investigation_refused,
    Refusal.CLOSE_MISSING_FINDINGS: not_possible,  # worded with its numbers above
}

# The words of domain.investigation's refusals (for logs) and what the user reads instead.
_RULES = {
    "an allegation needs a text": lambda: QCoreApplication.translate(
        "CaseController",
        "De tenlastelegging werd niet bewaard: beschrijf wat er ten laste gelegd wordt.",
    ),
    "the period of the facts ends before it starts": lambda: QCoreApplication.translate(
        "CaseController",
        "De tenlastelegging werd niet bewaard: de periode van de feiten eindigt voor ze begint.",
    ),
    "no such allegation on this case": lambda: QCoreApplication.translate(
        "CaseController",
        "De wijziging werd niet bewaard: deze tenlastelegging bestaat niet in deze melding.",
    ),
    "this allegation was withdrawn": lambda: QCoreApplication.translate(
        "CaseController", "De wijziging werd niet bewaard: deze tenlastelegging werd ingetrokken."
    ),
    "the allegation is unchanged": lambda: QCoreApplication.translate(
        "CaseController", "Er werd niets gewijzigd aan de tenlastelegging; er is niets bewaard."
    ),
    "withdrawing an allegation needs a reason": lambda: QCoreApplication.translate(
        "CaseController", "De tenlastelegging werd niet ingetrokken: geef de reden."
    ),
    "a finding needs a motivation": lambda: QCoreApplication.translate(
        "CaseController", "De bevinding werd niet bewaard: ze heeft een motivering nodig."
    ),
    "a (partly) founded allegation needs a recommended follow-up": lambda: (
        QCoreApplication.translate(
            "CaseController",
            "De bevinding werd niet bewaard: kies de aanbevolen opvolging van een (deels) "
            "gegronde tenlastelegging.",
        )
    ),
    "only a (partly) founded allegation takes a follow-up": lambda: QCoreApplication.translate(
        "CaseController",
        "De bevinding werd niet bewaard: alleen een (deels) gegronde tenlastelegging krijgt "
        "een aanbevolen opvolging.",
    ),
    "the follow-up 'other' needs a text": lambda: QCoreApplication.translate(
        "CaseController",
        "De bevinding werd niet bewaard: beschrijf de andere aanbevolen opvolging.",
    ),
    "a piece is cited twice": lambda: QCoreApplication.translate(
        "CaseController", "De bevinding werd niet bewaard: een stuk wordt twee keer vermeld."
    ),
    "the finding is unchanged": lambda: QCoreApplication.translate(
        "CaseController", "Er werd niets gewijzigd aan de bevinding; er is niets bewaard."
    ),
    "a task needs a description": lambda: QCoreApplication.translate(
        "CaseController", "De taak werd niet bewaard: ze heeft een omschrijving nodig."
    ),
    "no such task on this case": lambda: QCoreApplication.translate(
        "CaseController", "De wijziging werd niet bewaard: deze taak bestaat niet in deze melding."
    ),
    "only an open task can be changed": lambda: QCoreApplication.translate(
        "CaseController", "De taak werd niet gewijzigd: alleen een open taak kan gewijzigd worden."
    ),
    "the task is unchanged": lambda: QCoreApplication.translate(
        "CaseController", "Er werd niets gewijzigd aan de taak; er is niets bewaard."
    ),
    "this allegation exists already": lambda: QCoreApplication.translate(
        "CaseController", "De tenlastelegging werd niet bewaard: ze bestaat al in deze melding."
    ),
    "this task exists already": lambda: QCoreApplication.translate(
        "CaseController", "De taak werd niet bewaard: ze bestaat al in deze melding."
    ),
    "this interview record exists already": lambda: QCoreApplication.translate(
        "CaseController", "Het verhoor werd niet bewaard: het bestaat al in deze melding."
    ),
    "closing without investigation needs a ground": lambda: QCoreApplication.translate(
        "CaseController",
        "De melding werd niet afgerond: kies de grond om zonder onderzoek af te ronden.",
    ),
    "an investigated case closes on its findings, not a ground": lambda: QCoreApplication.translate(
        "CaseController",
        "De melding werd niet afgerond: een onderzochte melding wordt afgerond op haar "
        "bevindingen, niet op een grond.",
    ),
    "closing an investigation needs at least one allegation": lambda: QCoreApplication.translate(
        "CaseController",
        "De melding werd niet afgerond: een onderzoek heeft minstens één tenlastelegging nodig.",
    ),
}


def _rule_text(words: str) -> str | None:
    found = _RULES.get(words) or EVIDENCE_RULES.get(words) or INTERVIEW_RULES.get(words)
    if found is not None:
        return found()
    if words.startswith("the task is ") and words.endswith(" already"):
        return QCoreApplication.translate(
            "CaseController", "De taak heeft die toestand al; er is niets gewijzigd."
        )
    return None


def undo_refused(refusal: UndoRefusal) -> str:
    if refusal is UndoRefusal.SENT:
        return QCoreApplication.translate(
            "CaseController",
            "Deze actie kan niet meer ongedaan gemaakt worden: ze is al verzonden of wordt "
            "op dit moment verzonden.",
        )
    if refusal is UndoRefusal.NEEDED:
        return QCoreApplication.translate(
            "CaseController",
            "Deze actie kan niet ongedaan gemaakt worden: een latere actie op deze melding, "
            "nog niet verzonden, bouwt erop voort. Maak eerst die latere actie ongedaan.",
        )
    if refusal is UndoRefusal.RECORDED:
        return recorded_not_undone()
    return QCoreApplication.translate(
        "CaseController", "Deze actie wacht niet meer op verzending: ze werd intussen verwerkt."
    )


def recorded_not_undone() -> str:
    return QCoreApplication.translate(
        "CaseController",
        "Een gemaakte kopie en het openen, exporteren of afdrukken van een stuk worden altijd "
        "in de audittrail vastgelegd: dit kan niet ongedaan gemaakt worden.",
    )
