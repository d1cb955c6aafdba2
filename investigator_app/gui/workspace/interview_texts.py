"""Words for the interview records on the Verhoren tab and in their dialogs: the Dutch
labels of their codes, a record's title and times, a record as plain text (earlier
versions), and the Dutch of the interview rules' refusals.

User text is shown as typed (``investigation_texts.shown``): markup literal, control
characters as their visible pictures.
"""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QCoreApplication

from investigator_app.domain.evidence import Piece, PieceType
from investigator_app.domain.interviews import (
    Capacity,
    Interview,
    InterviewFacts,
    StatementKind,
)
from investigator_app.gui.common.formatting import format_day
from investigator_app.gui.workspace.investigation_texts import fill, shown


def capacity_label(capacity: Capacity) -> str:
    return {
        Capacity.REPORTER: QCoreApplication.translate("Interviews", "melder"),
        Capacity.WITNESS: QCoreApplication.translate("Interviews", "getuige"),
        Capacity.PERSON_CONCERNED: QCoreApplication.translate("Interviews", "betrokkene"),
    }[capacity]


def statement_label(kind: StatementKind) -> str:
    return {
        StatementKind.QUESTION: QCoreApplication.translate("Interviews", "Vraag"),
        StatementKind.ANSWER: QCoreApplication.translate("Interviews", "Antwoord"),
        StatementKind.PARAGRAPH: QCoreApplication.translate("Interviews", "Verklaring"),
    }[kind]


def clock(moment: time) -> str:
    return moment.strftime("%H:%M")


def interview_title(interview: Interview) -> str:
    """ "Verhoor 2": how a record is named in buttons, dialogs and messages."""
    return QCoreApplication.translate("Interviews", "Verhoor %1").replace(
        "%1", str(interview.number)
    )


def when_text(facts: InterviewFacts) -> str:
    """ "20/11/2026, 09:30–11:05" (or "vanaf 09:30" while the end is not filled in)."""
    day = format_day(facts.held_on)
    if facts.end is None:
        return fill(
            QCoreApplication.translate("Interviews", "%1, vanaf %2"), day, clock(facts.start)
        )
    return fill(
        QCoreApplication.translate("Interviews", "%1, %2–%3"),
        day,
        clock(facts.start),
        clock(facts.end),
    )


def statements_summary(facts: InterviewFacts) -> str:
    questions = sum(1 for s in facts.statements if s.kind is StatementKind.QUESTION)
    answers = sum(1 for s in facts.statements if s.kind is StatementKind.ANSWER)
    paragraphs = len(facts.statements) - questions - answers
    if not facts.statements:
        return QCoreApplication.translate("Interviews", "Nog geen verklaringen opgenomen.")
    return fill(
        QCoreApplication.translate("Interviews", "%1 vragen, %2 antwoorden, %3 verklaringen"),
        str(questions),
        str(answers),
        str(paragraphs),
    )


def signed_scan_candidates(
    pieces: tuple[Piece, ...], interviews: tuple[Interview, ...], interview_id: str
) -> list[Piece]:
    """Pieces that may be the signed scan of ``interview_id``: of type interview record,
    not withdrawn, not the scan of another record."""
    taken = {
        i.signature.piece_id for i in interviews if i.signature is not None and i.id != interview_id
    }
    taken |= {
        v.signature.piece_id
        for i in interviews
        for v in i.earlier
        if v.signature is not None and i.id != interview_id
    }
    return [
        p
        for p in pieces
        if p.facts.type is PieceType.INTERVIEW_RECORD and p.withdrawn is None and p.id not in taken
    ]


def piece_label(piece: Piece) -> str:
    """ "stuk 3: titel", as findings and the dossier name a piece."""
    return fill(
        QCoreApplication.translate("Interviews", "stuk %1: %2"),
        str(piece.number),
        shown(piece.facts.title),
    )


def record_text(facts: InterviewFacts) -> str:
    """The whole record as plain text (shown as typed), for reading an earlier version."""
    none = QCoreApplication.translate("Interviews", "geen")
    lines = [
        fill(
            QCoreApplication.translate("Interviews", "Gehoorde persoon: %1"),
            shown(facts.person_heard),
        ),
        fill(
            QCoreApplication.translate("Interviews", "Hoedanigheid: %1"),
            capacity_label(facts.capacity),
        ),
        fill(QCoreApplication.translate("Interviews", "Wanneer: %1"), when_text(facts)),
        fill(QCoreApplication.translate("Interviews", "Plaats: %1"), shown(facts.place) or none),
        fill(
            QCoreApplication.translate("Interviews", "Aanwezigen: %1"),
            "; ".join(shown(p) for p in facts.present) or none,
        ),
        fill(
            QCoreApplication.translate(
                "Interviews", "Bijstand door advocaat of vertrouwenspersoon: %1"
            ),
            shown(facts.assistance) or none,
        ),
    ]
    if facts.notice.strip():
        read = (
            QCoreApplication.translate("Interviews", "voorgelezen")
            if facts.notice_read
            else QCoreApplication.translate("Interviews", "niet voorgelezen")
        )
        lines += [
            "",
            fill(QCoreApplication.translate("Interviews", "Voorafgaande mededeling (%1):"), read),
        ]
        lines.append(shown(facts.notice))
    lines += ["", QCoreApplication.translate("Interviews", "Verklaringen:")]
    for statement in facts.statements:
        lines.append(f"{statement_label(statement.kind)}: {shown(statement.text)}")
    if not facts.statements:
        lines.append(none)
    lines += ["", QCoreApplication.translate("Interviews", "Opmerkingen van de gehoorde persoon:")]
    lines.append(shown(facts.remarks) or none)
    return "\n".join(lines)


# The words of domain.interviews' refusals (for logs) and what the user reads instead.
INTERVIEW_RULES = {
    "an interview record needs the person heard": lambda: QCoreApplication.translate(
        "Interviews", "Het verhoor werd niet bewaard: vul de gehoorde persoon in."
    ),
    "the interview ends before it starts": lambda: QCoreApplication.translate(
        "Interviews", "Het verhoor werd niet bewaard: het einde ligt voor de aanvang."
    ),
    "the notice must be read at the start of the interview": lambda: QCoreApplication.translate(
        "Interviews",
        "Het verhoor werd niet ondertekend: de voorafgaande mededeling moet bij het begin "
        "voorgelezen zijn. Vink dat aan in het verhoor en voeg het ondertekende exemplaar "
        "dan toe.",
    ),
    "no such interview record on this case": lambda: QCoreApplication.translate(
        "Interviews", "De wijziging werd niet bewaard: dit verhoor bestaat niet in deze melding."
    ),
    "a signed interview record cannot be edited; record a correction": lambda: (
        QCoreApplication.translate(
            "Interviews",
            "Het verhoor werd niet gewijzigd: het is ondertekend. Leg een verbetering vast.",
        )
    ),
    "the interview record is unchanged": lambda: QCoreApplication.translate(
        "Interviews", "Er werd niets gewijzigd aan het verhoor; er is niets bewaard."
    ),
    "this version of the interview record is signed already": lambda: QCoreApplication.translate(
        "Interviews", "Deze versie van het verhoor is al ondertekend."
    ),
    "the signed scan must be a piece of type interview record": lambda: QCoreApplication.translate(
        "Interviews",
        "Het ondertekend exemplaar werd niet gekoppeld: het moet een stuk van de soort "
        "verhoor zijn.",
    ),
    "this piece is the signed scan of another interview record": lambda: QCoreApplication.translate(
        "Interviews",
        "Het ondertekend exemplaar werd niet gekoppeld: dit stuk hoort al bij een ander verhoor.",
    ),
    "only a signed interview record takes a correction; edit it": lambda: (
        QCoreApplication.translate(
            "Interviews",
            "Een verbetering kan alleen bij een ondertekend verhoor; bewerk dit verhoor gewoon.",
        )
    ),
    "a correction needs a reason": lambda: QCoreApplication.translate(
        "Interviews", "De verbetering werd niet bewaard: geef de reden."
    ),
    "the correction changes nothing": lambda: QCoreApplication.translate(
        "Interviews", "De verbetering verandert niets; er is niets bewaard."
    ),
}


def interview_rule_text(words: str) -> str | None:
    """The Dutch of a refusal of ``domain.interviews`` (None: not one of its words)."""
    found = INTERVIEW_RULES.get(words)
    return found() if found is not None else None


def interview_refused() -> str:
    return QCoreApplication.translate(
        "Interviews",
        "De wijziging aan het verhoor werd niet bewaard: ze is niet (meer) mogelijk in de "
        "huidige status van de melding of van het verhoor, of een veld is leeg of te lang.",
    )
