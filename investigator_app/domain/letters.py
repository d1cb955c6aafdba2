"""Letters to the reporter in the reporter's language (not the investigator's UI language).

These texts go out through the relay as they are after the investigator edited them; they
are plain text. Dutch and English exist; French and German readers get the Dutch letter
until translated letters are approved (Dutch is the administrative language in Flanders).

Each template is an opening, a middle and a closing. A letter that still holds only the
opening and the closing (the feedback template's middle is empty: the investigator writes
it) must not leave: in a trial run such a letter reached a reporter. ``body_is_missing``
tells, and ``check_letter`` refuses it on the desktop before queueing and on the
service.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from investigator_app.domain.lifecycle import TransitionError
from investigator_app.domain.vocabulary import Language


class LetterKind(StrEnum):
    ACKNOWLEDGEMENT = "acknowledgement"
    FEEDBACK = "feedback"


@dataclass(frozen=True)
class Template:
    opening: str  # the greeting and what only introduces the letter
    middle: str  # what the letter says ("" where the investigator writes it)
    closing: str  # the greeting at the end and the department

    def text(self, reference: str, department: str) -> str:
        parts = (self.opening, self.middle, self.closing)
        return "\n\n".join(parts).format(reference=reference, department=department)


_TEMPLATES: dict[LetterKind, dict[Language, Template]] = {
    LetterKind.ACKNOWLEDGEMENT: {
        Language.NL: Template(
            "Beste melder,",
            "Wij bevestigen de ontvangst van uw melding met referentie {reference}. "
            "{department} behandelt ze vertrouwelijk. Binnen drie maanden na deze bevestiging "
            "laten wij u weten welk gevolg we aan uw melding geven.\n\n"
            "Als we bijkomende informatie nodig hebben, ontvangt u een bericht met een "
            "beveiligde link om te antwoorden.",
            "Met vriendelijke groeten,\n{department}",
        ),
        Language.EN: Template(
            "Dear reporter,",
            "We confirm receipt of your report with reference {reference}. "
            "{department} handles it confidentially. Within three months of this confirmation "
            "we will let you know how we follow up on your report.\n\n"
            "If we need more information, you will receive a message with a secure link to "
            "answer.",
            "Kind regards,\n{department}",
        ),
    },
    LetterKind.FEEDBACK: {
        Language.NL: Template(
            "Beste melder,\n\n"
            "Graag geven wij u een stand van zaken over uw melding met referentie {reference}.",
            "",
            "Met vriendelijke groeten,\n{department}",
        ),
        Language.EN: Template(
            "Dear reporter,\n\n"
            "We would like to update you on your report with reference {reference}.",
            "",
            "Kind regards,\n{department}",
        ),
    },
}


def letter_language(language: Language) -> Language:
    """The language a letter is written in: the reporter's, or Dutch when we have none."""
    return language if language in _TEMPLATES[LetterKind.ACKNOWLEDGEMENT] else Language.NL


def template(kind: LetterKind, language: Language) -> Template:
    return _TEMPLATES[kind][letter_language(language)]


def acknowledgement_letter(language: Language, reference: str, department: str) -> str:
    return template(LetterKind.ACKNOWLEDGEMENT, language).text(reference, department)


def feedback_letter(language: Language, reference: str, department: str) -> str:
    return template(LetterKind.FEEDBACK, language).text(reference, department)


def middle_offset(kind: LetterKind, language: Language, reference: str, department: str) -> int:
    """Where the middle of the prefilled letter starts (the editor puts the cursor there)."""
    opening = template(kind, language).opening.format(reference=reference, department=department)
    return len(opening) + 2


def _lines(text: str) -> list[str]:
    """Non-blank lines, compared loosely: case, spacing and end punctuation aside (a user
    who drops the greeting's comma still wrote only the greeting)."""
    lines = (" ".join(line.split()).rstrip(",.:;!").casefold() for line in text.splitlines())
    return [line for line in lines if line]


def body_is_missing(text: str, reference: str, department: str, kind: LetterKind) -> bool:
    """Whether ``text`` holds nothing but the template's opening and closing lines (in any
    of the template languages): what is left after dropping them from both ends is empty."""
    lines = _lines(text)
    openings: set[str] = set()
    closings: set[str] = set()
    for letter in _TEMPLATES[kind].values():
        openings.update(_lines(letter.opening.format(reference=reference, department=department)))
        closings.update(_lines(letter.closing.format(reference=reference, department=department)))
    start, end = 0, len(lines)
    while start < end and lines[start] in openings:
        start += 1
    while end > start and lines[end - 1] in closings:
        end -= 1
    return start == end


EMPTY_LETTER = "the letter holds only the template's greeting and closing"
"""Why the service (and the desktop, before queueing) refuses such a letter."""

_KIND_OF_LETTER = {"acknowledge": LetterKind.ACKNOWLEDGEMENT, "send_feedback": LetterKind.FEEDBACK}


def check_letter(action: str, body: str, reference: str, departments: Iterable[str]) -> None:
    """Raise TransitionError (EMPTY_LETTER) when the letter of ``action``
    (acknowledge, send_feedback) is only its template's opening and closing, signed with
    any of ``departments`` (the department's name or code)."""
    kind = _KIND_OF_LETTER.get(action)
    if kind is None:
        return
    if any(body_is_missing(body, reference, name, kind) for name in departments):
        raise TransitionError(EMPTY_LETTER)
