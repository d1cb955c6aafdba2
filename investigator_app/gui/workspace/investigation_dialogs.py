"""The small dialogs of the Onderzoek tab (withdrawing an allegation, reading its earlier
versions) and what the investigation's dialogs share."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from investigator_app.domain.investigation import (
    Allegation,
    AllegationFacts,
    FindingFacts,
)
from investigator_app.gui.common.labels import category_label
from investigator_app.gui.common.theme import warning_style
from investigator_app.gui.common.versions_dialog import VersionsDialogBase
from investigator_app.gui.workspace.allegation_card import allegation_title, finding_lines
from investigator_app.gui.workspace.investigation_texts import (
    Piece,
    conclusion_label,
    fill,
    period_text,
    persons_text,
    shown,
    who_when,
)

MAX_REASON_LENGTH = 10_000
"""As protocol.Reason, which carries the reason for withdrawing."""


def number(value: int) -> str:
    """A count as a Flemish reader writes it: 50.000."""
    return f"{value:,}".replace(",", ".")


def counter_text(length: int, limit: int) -> str:
    return fill(
        QCoreApplication.translate("InvestigationDialogs", "%1 van maximaal %2 tekens"),
        number(length),
        number(limit),
    )


def name_buttons(box: QDialogButtonBox, ok_text: str) -> None:
    """Dutch words on OK and Cancel, for the eye and for a screen reader."""
    ok = box.button(QDialogButtonBox.StandardButton.Ok)
    ok.setText(ok_text)
    ok.setAccessibleName(ok_text)
    cancel = box.button(QDialogButtonBox.StandardButton.Cancel)
    cancel.setText(QCoreApplication.translate("InvestigationDialogs", "Annuleren"))
    cancel.setAccessibleName(QCoreApplication.translate("InvestigationDialogs", "Annuleren"))


def show_hint(label: QLabel, problem: str | None, *, urgent: bool = False) -> None:
    """Say what keeps OK disabled; in the warning colour when the user went too far (a
    text too long), in the normal one while the form is simply not complete yet."""
    label.setText(problem or "")
    label.setVisible(problem is not None)
    label.setStyleSheet(warning_style() if urgent else "")


class WithdrawDialog(QDialog):
    """Withdrawing an allegation: it stays on the case, greyed, with who, when and why."""

    def __init__(self, allegation: Allegation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = allegation_title(allegation)
        self.setWindowTitle(fill(self.tr("%1 intrekken"), title))
        self.resize(520, 320)
        layout = QVBoxLayout(self)
        explanation = QLabel(
            fill(
                self.tr(
                    "%1 wordt ingetrokken: ze blijft zichtbaar op de melding en in het "
                    "dossier, met de reden, maar heeft geen bevinding meer nodig."
                ),
                title,
            ),
            self,
        )
        explanation.setTextFormat(Qt.TextFormat.PlainText)
        explanation.setWordWrap(True)
        layout.addWidget(explanation)
        caption = QLabel(self.tr("&Reden (verplicht)"), self)
        layout.addWidget(caption)
        self.reason_edit = QPlainTextEdit(self)
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setAccessibleName(self.tr("Reden van de intrekking"))
        caption.setBuddy(self.reason_edit)
        layout.addWidget(self.reason_edit, 1)
        self.hint_label = QLabel(self)
        self.hint_label.setTextFormat(Qt.TextFormat.PlainText)
        self.hint_label.setWordWrap(True)
        layout.addWidget(self.hint_label)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        name_buttons(self.buttons, self.tr("Intrekken"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.reason_edit.textChanged.connect(self._update)
        self._update()

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def reason(self) -> str:
        return self.reason_edit.toPlainText().strip()

    def _update(self) -> None:
        length = len(self.reason())
        if not length:
            problem: str | None = self.tr("Geef de reden van de intrekking.")
        elif length > MAX_REASON_LENGTH:
            problem = fill(
                self.tr("De reden is te lang: hoogstens %1 tekens."), str(MAX_REASON_LENGTH)
            )
        else:
            problem = None
        show_hint(self.hint_label, problem, urgent=length > MAX_REASON_LENGTH)
        self.ok_button.setEnabled(problem is None)


def allegation_version_text(facts: AllegationFacts) -> str:
    return "\n".join(
        [
            shown(facts.text),
            "",
            fill(
                QCoreApplication.translate("InvestigationDialogs", "Betrokkenen: %1"),
                persons_text(facts.persons),
            ),
            fill(
                QCoreApplication.translate("InvestigationDialogs", "Categorie: %1"),
                category_label(facts.category),
            ),
            fill(
                QCoreApplication.translate("InvestigationDialogs", "Periode van de feiten: %1"),
                period_text(facts),
            ),
        ]
    )


def finding_version_text(facts: FindingFacts, pieces: list[Piece]) -> str:
    lines = [
        fill(
            QCoreApplication.translate("InvestigationDialogs", "Conclusie: %1"),
            conclusion_label(facts.conclusion),
        )
    ]
    lines.extend(f"{caption}: {text}" for caption, text in finding_lines(facts, pieces))
    return "\n".join(lines)


class VersionsDialog(VersionsDialogBase):
    """Every wording of an allegation and every finding on it, oldest first; read only."""

    def __init__(
        self, allegation: Allegation, pieces: list[Piece], parent: QWidget | None = None
    ) -> None:
        number = str(allegation.number)  # mid-sentence: "tenlastelegging", lower case
        super().__init__(
            fill(
                QCoreApplication.translate(
                    "VersionsDialog", "Eerdere versies van tenlastelegging %1"
                ),
                number,
            ),
            fill(
                QCoreApplication.translate("VersionsDialog", "Versies van tenlastelegging %1"),
                number,
            ),
            (640, 520),
            2,
            parent,
        )
        for old in allegation.earlier:
            self.add(
                who_when(
                    self.tr("Tenlastelegging, versie %3 — %1, %2"), old.by, old.at, str(old.version)
                ),
                allegation_version_text(old.facts),
            )
        self.add(
            who_when(
                self.tr("Tenlastelegging, versie %3 (huidige) — %1, %2"),
                allegation.edited_by,
                allegation.edited_at,
                str(allegation.version),
            ),
            allegation_version_text(allegation.facts),
        )
        finding = allegation.finding
        if finding is not None:
            for earlier in finding.earlier:
                self.add(
                    who_when(
                        self.tr("Bevinding, versie %3 — %1, %2"),
                        earlier.by,
                        earlier.at,
                        str(earlier.version),
                    ),
                    finding_version_text(earlier.facts, pieces),
                )
            self.add(
                who_when(
                    self.tr("Bevinding, versie %3 (huidige) — %1, %2"),
                    finding.by,
                    finding.at,
                    str(finding.version),
                ),
                finding_version_text(finding.facts, pieces),
            )
        self.show_first()

    def text_of(self, row: int) -> str:
        return self._texts[row]
