"""One allegation on the Onderzoek tab: its text, betrokkenen, category, period, who and
when, its finding below it, and the buttons for what the user may do with it."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QSize, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from investigator_app.domain.investigation import FOUNDED_CONCLUSIONS, Allegation, FindingFacts
from investigator_app.gui.common.labels import category_label
from investigator_app.gui.workspace.investigation_texts import (
    Piece,
    conclusion_label,
    escaped,
    fill,
    follow_up_label,
    period_text,
    persons_text,
    piece_name,
    shown,
    who_when,
)
from investigator_app.gui.workspace.text_block import TextBlock, paragraph


@dataclass(frozen=True)
class Permissions:
    """Why the user may not do something now (None: they may)."""

    allegation: str | None  # add, edit, withdraw an allegation
    finding: str | None  # record a finding
    task: str | None  # add and edit a task
    task_state: str | None  # tick off, cancel, reopen a task


def allegation_title(allegation: Allegation) -> str:
    return QCoreApplication.translate("AllegationCard", "Tenlastelegging %1").replace(
        "%1", str(allegation.number)
    )


def finding_lines(facts: FindingFacts, pieces: list[Piece]) -> list[tuple[str, str]]:
    """A finding's motivation, pieces and follow-up as (caption, text) lines."""
    lines = [(QCoreApplication.translate("AllegationCard", "Motivering"), shown(facts.motivation))]
    cited = [piece_name(ref, pieces) for ref in facts.sources]
    lines.append(
        (
            QCoreApplication.translate("AllegationCard", "Steunt op"),
            "; ".join(cited)
            if cited
            else QCoreApplication.translate("AllegationCard", "geen stukken aangeduid"),
        )
    )
    if facts.conclusion in FOUNDED_CONCLUSIONS and facts.follow_up is not None:
        follow_up = follow_up_label(facts.follow_up)
        if facts.follow_up_text.strip():
            follow_up += " — " + shown(facts.follow_up_text)
        lines.append(
            (QCoreApplication.translate("AllegationCard", "Aanbevolen opvolging"), follow_up)
        )
    return lines


def _finding_html(allegation: Allegation, pieces: list[Piece]) -> tuple[str, str]:
    finding = allegation.finding
    indent = 18
    if finding is None:
        if allegation.withdrawn is not None:
            return "", ""
        text = QCoreApplication.translate(
            "AllegationCard", "Nog geen bevinding (nodig voordat de melding afgerond kan worden)."
        )
        return paragraph(escaped(text), indent=indent), text
    head = fill(
        QCoreApplication.translate("AllegationCard", "Bevinding: %1 · versie %2"),
        conclusion_label(finding.facts.conclusion),
        str(finding.version),
    )
    parts = [paragraph(escaped(head), bold=True, indent=indent, space=2)]
    plain = [head]
    for caption, text in finding_lines(finding.facts, pieces):
        parts.append(
            paragraph(f"<i>{escaped(caption)}:</i> {escaped(text)}", indent=indent, space=2)
        )
        plain.append(f"{caption}: {text}")
    recorded = who_when(
        QCoreApplication.translate("AllegationCard", "Vastgelegd door %1 op %2"),
        finding.by,
        finding.at,
    )
    parts.append(paragraph(escaped(recorded), indent=indent, space=0))
    plain.append(recorded)
    return "".join(parts), "\n".join(plain)


def allegation_html(allegation: Allegation, pieces: list[Piece]) -> tuple[str, str]:
    """The card's text as (HTML of escaped text, the same as plain text)."""
    facts = allegation.facts
    head = [allegation_title(allegation), category_label(facts.category)]
    head.append(
        QCoreApplication.translate("AllegationCard", "versie %1").replace(
            "%1", str(allegation.version)
        )
    )
    if allegation.withdrawn is not None:
        head.append(QCoreApplication.translate("AllegationCard", "ingetrokken"))
    if allegation.pending:
        head.append(QCoreApplication.translate("AllegationCard", "nog niet verzonden"))
    title = " · ".join(head)
    persons = QCoreApplication.translate("AllegationCard", "Betrokkenen: %1").replace(
        "%1", persons_text(facts.persons)
    )
    period = QCoreApplication.translate("AllegationCard", "Periode van de feiten: %1").replace(
        "%1", period_text(facts)
    )
    made = who_when(
        QCoreApplication.translate("AllegationCard", "Toegevoegd door %1 op %2"),
        allegation.created_by,
        allegation.created_at,
    )
    if allegation.version > 1:
        made += " · " + who_when(
            QCoreApplication.translate("AllegationCard", "gewijzigd door %1 op %2"),
            allegation.edited_by,
            allegation.edited_at,
        )
    parts = [
        paragraph(escaped(title), bold=True),
        paragraph(escaped(facts.text), space=6),
        paragraph(escaped(persons), space=0),
        paragraph(escaped(period), space=0),
        paragraph(escaped(made), space=6),
    ]
    plain = [title, shown(facts.text), persons, period, made]
    if allegation.withdrawn is not None:
        gone = who_when(
            QCoreApplication.translate("AllegationCard", "Ingetrokken door %1 op %2. Reden: %3"),
            allegation.withdrawn.by,
            allegation.withdrawn.at,
            allegation.withdrawn.reason,
        )
        parts.append(paragraph(escaped(gone), bold=True, space=6))
        plain.append(gone)
    finding_html, finding_plain = _finding_html(allegation, pieces)
    if finding_html:
        parts.append(finding_html)
        plain.append(finding_plain)
    return "".join(parts), "\n".join(plain)


def _button(parent: QWidget, text: str, name: str, why_not: str | None) -> QPushButton:
    button = QPushButton(text, parent)
    button.setAccessibleName(name)
    button.setEnabled(why_not is None)
    if why_not is not None:
        button.setToolTip(why_not)
    return button


class AllegationCard(QFrame):
    """One allegation with its finding; a withdrawn one greyed, without its buttons."""

    edit_clicked = Signal(str)  # allegation id
    withdraw_clicked = Signal(str)
    finding_clicked = Signal(str)
    versions_clicked = Signal(str)

    def __init__(
        self,
        allegation: Allegation,
        pieces: list[Piece],
        allowed: Permissions,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.allegation = allegation
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        html_text, plain = allegation_html(allegation, pieces)
        title = allegation_title(allegation)
        self.text_block = TextBlock(
            self, html_text, plain, name=title, muted=allegation.withdrawn is not None
        )
        layout.addWidget(self.text_block)
        # Only the buttons that apply are made (a case may have 50 cards).
        self.edit_button: QPushButton | None = None
        self.withdraw_button: QPushButton | None = None
        self.finding_button: QPushButton | None = None
        self.versions_button: QPushButton | None = None
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        ident = allegation.id
        if allegation.withdrawn is None:
            self.edit_button = _button(
                self,
                QCoreApplication.translate("AllegationCard", "Bewerken…"),
                fill(QCoreApplication.translate("AllegationCard", "%1 bewerken"), title),
                allowed.allegation,
            )
            self.edit_button.clicked.connect(lambda: self.edit_clicked.emit(ident))
            self.withdraw_button = _button(
                self,
                QCoreApplication.translate("AllegationCard", "Intrekken…"),
                fill(QCoreApplication.translate("AllegationCard", "%1 intrekken"), title),
                allowed.allegation,
            )
            self.withdraw_button.clicked.connect(lambda: self.withdraw_clicked.emit(ident))
            if allegation.finding is None:
                finding_text, finding_name = (
                    QCoreApplication.translate("AllegationCard", "Bevinding vastleggen…"),
                    QCoreApplication.translate(
                        "AllegationCard", "Bevinding bij tenlastelegging %1 vastleggen"
                    ),
                )
            else:
                finding_text = QCoreApplication.translate("AllegationCard", "Bevinding wijzigen…")
                finding_name = QCoreApplication.translate(
                    "AllegationCard", "Bevinding bij tenlastelegging %1 wijzigen"
                )
            self.finding_button = _button(
                self, finding_text, fill(finding_name, str(allegation.number)), allowed.finding
            )
            self.finding_button.clicked.connect(lambda: self.finding_clicked.emit(ident))
            row.addWidget(self.edit_button)
            row.addWidget(self.withdraw_button)
            row.addWidget(self.finding_button)
        if allegation.earlier or (allegation.finding is not None and allegation.finding.earlier):
            self.versions_button = _button(
                self,
                QCoreApplication.translate("AllegationCard", "Eerdere versies…"),
                fill(
                    QCoreApplication.translate(
                        "AllegationCard", "Eerdere versies van tenlastelegging %1"
                    ),
                    str(allegation.number),
                ),
                None,
            )
            self.versions_button.clicked.connect(lambda: self.versions_clicked.emit(ident))
            row.addWidget(self.versions_button)
        row.addStretch(1)
        layout.addLayout(row)

    def buttons(self) -> dict[str, QPushButton]:
        """The card's buttons by what they do (only those it has)."""
        named = {
            "edit": self.edit_button,
            "withdraw": self.withdraw_button,
            "finding": self.finding_button,
            "versions": self.versions_button,
        }
        return {name: button for name, button in named.items() if button is not None}

    def sizeHint(self) -> QSize:
        """A guess (see text_block.Column): the layout asks the height for the real width."""
        metrics = self.fontMetrics()
        return QSize(metrics.averageCharWidth() * 60, metrics.lineSpacing() * 8)
