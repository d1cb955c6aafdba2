"""Letters to the reporter in the reporter's language (not the investigator's UI language).

These texts go out through the relay as they are after the investigator edited them; they
are plain text. Dutch and English exist; French and German readers get the Dutch letter
until translated letters are approved (Dutch is the administrative language in Flanders).
"""

from __future__ import annotations

from investigator_app.domain.vocabulary import Language

_ACKNOWLEDGEMENT = {
    Language.NL: (
        "Beste melder\n\n"
        "Wij bevestigen de ontvangst van uw melding met referentie {reference}. "
        "{department} behandelt ze vertrouwelijk. Binnen drie maanden na deze bevestiging "
        "laten wij u weten welk gevolg we aan uw melding geven.\n\n"
        "Als we bijkomende informatie nodig hebben, ontvangt u een bericht met een "
        "beveiligde link om te antwoorden.\n\n"
        "Met vriendelijke groeten\n{department}"
    ),
    Language.EN: (
        "Dear reporter\n\n"
        "We confirm receipt of your report with reference {reference}. "
        "{department} handles it confidentially. Within three months of this confirmation "
        "we will let you know how we follow up on your report.\n\n"
        "If we need more information, you will receive a message with a secure link to "
        "answer.\n\n"
        "Kind regards\n{department}"
    ),
}

_FEEDBACK = {
    Language.NL: (
        "Beste melder\n\n"
        "Graag geven wij u een stand van zaken over uw melding met referentie {reference}.\n\n"
        "\n\nMet vriendelijke groeten\n{department}"
    ),
    Language.EN: (
        "Dear reporter\n\n"
        "We would like to update you on your report with reference {reference}.\n\n"
        "\n\nKind regards\n{department}"
    ),
}


def letter_language(language: Language) -> Language:
    """The language a letter is written in: the reporter's, or Dutch when we have none."""
    return language if language in _ACKNOWLEDGEMENT else Language.NL


def acknowledgement_letter(language: Language, reference: str, department: str) -> str:
    template = _ACKNOWLEDGEMENT[letter_language(language)]
    return template.format(reference=reference, department=department)


def feedback_letter(language: Language, reference: str, department: str) -> str:
    template = _FEEDBACK[letter_language(language)]
    return template.format(reference=reference, department=department)
