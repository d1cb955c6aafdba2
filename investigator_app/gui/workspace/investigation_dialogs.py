"""The small dialogs of the Onderzoek tab (withdrawing an allegation, reading its earlier
versions) and what the investigation's dialogs share."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
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
from investigator_app.gui.common.dialog_buttons import close_buttons
from investigator_app.gui.common.labels import category_label
from investigator_app.gui.common.theme import warning_style
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


class VersionsDialog(QDialog):
    """Every wording of an allegation and every finding on it, oldest first; read only."""

    def __init__(
        self, allegation: Allegation, pieces: list[Piece], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        number = str(allegation.number)  # mid-sentence: "tenlastelegging", lower case
        self.setWindowTitle(fill(self.tr("Eerdere versies van tenlastelegging %1"), number))
        self.resize(640, 520)
        layout = QVBoxLayout(self)
        caption = QLabel(self.tr("&Versies (de oudste eerst)"), self)
        layout.addWidget(caption)
        self.version_list = QListWidget(self)
        self.version_list.setAccessibleName(fill(self.tr("Versies van tenlastelegging %1"), number))
        caption.setBuddy(self.version_list)
        layout.addWidget(self.version_list, 1)
        self.text_view = QPlainTextEdit(self)
        self.text_view.setReadOnly(True)
        self.text_view.setAccessibleName(self.tr("Tekst van de gekozen versie"))
        layout.addWidget(self.text_view, 2)
        self._texts: list[str] = []
        for old in allegation.earlier:
            self._add(
                who_when(
                    self.tr("Tenlastelegging, versie %3 — %1, %2"), old.by, old.at, str(old.version)
                ),
                allegation_version_text(old.facts),
            )
        self._add(
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
                self._add(
                    who_when(
                        self.tr("Bevinding, versie %3 — %1, %2"),
                        earlier.by,
                        earlier.at,
                        str(earlier.version),
                    ),
                    finding_version_text(earlier.facts, pieces),
                )
            self._add(
                who_when(
                    self.tr("Bevinding, versie %3 (huidige) — %1, %2"),
                    finding.by,
                    finding.at,
                    str(finding.version),
                ),
                finding_version_text(finding.facts, pieces),
            )
        self.version_list.currentRowChanged.connect(self._show)
        self.version_list.setCurrentRow(0)
        buttons = close_buttons(self)
        layout.addWidget(buttons)

    def titles(self) -> list[str]:
        return [self.version_list.item(row).text() for row in range(self.version_list.count())]

    def text_of(self, row: int) -> str:
        return self._texts[row]

    def _add(self, title: str, text: str) -> None:
        item = QListWidgetItem(title, self.version_list)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, title)
        self._texts.append(text)

    def _show(self, row: int) -> None:
        self.text_view.setPlainText(self._texts[row] if 0 <= row < len(self._texts) else "")
