"""Words for the investigation on the Onderzoek tab and in its dialogs: the Dutch labels of
its codes, the names of the pieces a finding cites, and user text made safe to show.

User text is shown as typed: markup stays literal (escaped), control characters show as
their visible pictures (U+2400…), and the text blocks wrap a long word anywhere.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication

from investigator_app.domain.investigation import (
    AllegationFacts,
    Conclusion,
    FollowUp,
    SourceKind,
    SourceRef,
    TaskState,
)
from investigator_app.gui.common.formatting import format_date, format_datetime, format_day
from investigator_app.store.views import CaseDetail

_C0 = re.compile("[\x00-\x08\x0b-\x1f\x7f]")
_C1 = re.compile("[\x80-\x9f]")


_PLACE = re.compile(r"%(\d)")


def fill(template: str, *values: str) -> str:
    """``template`` with %1, %2 … replaced in one pass (a name holding "%2" stays as it is)."""
    return _PLACE.sub(lambda m: values[int(m.group(1)) - 1], template)


def conclusion_label(conclusion: Conclusion) -> str:
    return {
        Conclusion.FOUNDED: QCoreApplication.translate("Investigation", "Gegrond"),
        Conclusion.PARTLY_FOUNDED: QCoreApplication.translate("Investigation", "Deels gegrond"),
        Conclusion.UNFOUNDED: QCoreApplication.translate("Investigation", "Ongegrond"),
        Conclusion.NOT_DETERMINABLE: QCoreApplication.translate(
            "Investigation", "Niet vast te stellen"
        ),
    }[conclusion]


def follow_up_label(follow_up: FollowUp) -> str:
    return {
        FollowUp.DISCIPLINARY: QCoreApplication.translate("Investigation", "Tuchtprocedure"),
        FollowUp.PROSECUTOR: QCoreApplication.translate("Investigation", "Melding aan het parket"),
        FollowUp.ORGANISATIONAL: QCoreApplication.translate(
            "Investigation", "Organisatorische maatregel"
        ),
        FollowUp.NONE: QCoreApplication.translate("Investigation", "Geen"),
        FollowUp.OTHER: QCoreApplication.translate("Investigation", "Andere"),
    }[follow_up]


def task_state_label(state: TaskState) -> str:
    return {
        TaskState.OPEN: QCoreApplication.translate("Investigation", "Open"),
        TaskState.DONE: QCoreApplication.translate("Investigation", "Uitgevoerd"),
        TaskState.CANCELLED: QCoreApplication.translate("Investigation", "Geannuleerd"),
    }[state]


def shown(text: str) -> str:
    """``text`` as it may be shown: line ends as newlines, C0 controls as their visible
    pictures (␇ for a bell, ␡ for delete), C1 controls as the replacement character."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _C0.sub(
        lambda m: "\u2421" if m.group() == "\x7f" else chr(0x2400 + ord(m.group())), text
    )
    return _C1.sub("\ufffd", text)


def escaped(text: str) -> str:
    """``text`` for a rich-text block: literal, its line breaks and spaces kept by the
    block's pre-wrap style."""
    return html.escape(shown(text), quote=False)


def one_line(text: str) -> str:
    """``text`` on one line, for a table cell or a list entry (the full text is elsewhere)."""
    return " ".join(shown(text).split())


def plain_tooltip(text: str) -> str:
    """Qt renders a tooltip that looks like HTML as HTML; text from users never is."""
    return f'<p style="white-space:pre-wrap">{escaped(text)}</p>'


def who_when(template: str, by: str, at: datetime, *more: str) -> str:
    """``template`` with %1 the person, %2 the moment, %3 … ``more`` (shown as typed)."""
    return fill(template, shown(by), format_datetime(at), *(shown(m) for m in more))


def period_text(facts: AllegationFacts) -> str:
    start, end = facts.period_start, facts.period_end
    if start is not None and end is not None:
        if start == end:
            return QCoreApplication.translate("Investigation", "op %1").replace(
                "%1", format_day(start)
            )
        return fill(
            QCoreApplication.translate("Investigation", "van %1 tot %2"),
            format_day(start),
            format_day(end),
        )
    if start is not None:
        return QCoreApplication.translate("Investigation", "vanaf %1").replace(
            "%1", format_day(start)
        )
    if end is not None:
        return QCoreApplication.translate("Investigation", "tot %1").replace("%1", format_day(end))
    return QCoreApplication.translate("Investigation", "niet opgegeven")


def persons_text(persons: tuple[str, ...]) -> str:
    return (
        "; ".join(shown(p) for p in persons)
        if persons
        else QCoreApplication.translate("Investigation", "niet opgegeven")
    )


@dataclass(frozen=True)
class Piece:
    """A piece of the case a finding may cite, with the name it is shown by; ``offered``:
    whether a finding may newly cite it (a withdrawn piece is named, not offered)."""

    ref: SourceRef
    name: str
    offered: bool = True


def evidence_name(number: int, title: str, withdrawn: bool) -> str:
    """The name "stuk 3: titel" a finding gives an investigators' piece (and the dossier)."""
    name = fill(QCoreApplication.translate("Investigation", "stuk %1: %2"), str(number), title)
    if withdrawn:
        name += " " + QCoreApplication.translate("Investigation", "(ingetrokken)")
    return name


def case_pieces(case: CaseDetail) -> list[Piece]:
    """What a finding may rest on, in the order of the case: 1700's files, then each answer
    of the reporter followed by the files sent with it, then the investigators' pieces."""
    pieces = [
        Piece(SourceRef(SourceKind.CASE_FILE, a.sha256), shown(a.name)) for a in case.attachments
    ]
    for message in case.messages:
        if message.answer is None:
            continue
        pieces.append(
            Piece(SourceRef(SourceKind.ANSWER, message.id), answer_name(message.answered_at))
        )
        for attachment in message.attachments:
            pieces.append(
                Piece(
                    SourceRef(SourceKind.ANSWER_FILE, attachment.sha256, message.id),
                    QCoreApplication.translate(
                        "Investigation", "%1 (bij het antwoord van de melder)"
                    ).replace("%1", shown(attachment.name)),
                )
            )
    for evidence in case.investigation.pieces:
        withdrawn = evidence.withdrawn is not None
        pieces.append(
            Piece(
                SourceRef(SourceKind.PIECE, evidence.id),
                evidence_name(evidence.number, one_line(evidence.facts.title), withdrawn),
                offered=not withdrawn,
            )
        )
    return pieces


def answer_name(answered_at: datetime | None) -> str:
    if answered_at is None:
        return QCoreApplication.translate("Investigation", "Antwoord van de melder")
    return QCoreApplication.translate("Investigation", "Antwoord van de melder van %1").replace(
        "%1", format_date(answered_at)
    )


def piece_name(ref: SourceRef, pieces: list[Piece]) -> str:
    """The name of a cited piece; one this workstation does not know (yet) says so."""
    for piece in pieces:
        if piece.ref == ref:
            return piece.name
    return QCoreApplication.translate("Investigation", "stuk dat hier (nog) niet beschikbaar is")


def owner_or_nobody(owner: str | None) -> str:
    return shown(owner) if owner else QCoreApplication.translate("Investigation", "nog niemand")


def due_text(due: date | None, late: bool) -> str:
    if due is None:
        return QCoreApplication.translate("Investigation", "geen datum")
    text = format_day(due)
    return text + " · " + QCoreApplication.translate("Investigation", "te laat") if late else text
