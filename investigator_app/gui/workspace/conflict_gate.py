"""The conflict-of-interest declaration that stands between a user and a case's content.

The first time someone opens a case they see only its reference, the involved entity and
the involved persons, and declare either that they have no conflict of interest or that
they recuse themselves. Until then the pane shows nothing else of the case.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from investigator_app.gui.common.formatting import format_datetime
from investigator_app.store.views import CaseDetail, RecusalView

MAX_RECUSAL_REASON = 2000


def _caption(text: str, parent: QWidget) -> QLabel:
    caption = QLabel(text, parent)
    font = caption.font()
    font.setBold(True)
    caption.setFont(font)
    return caption


class ConflictGate(QWidget):
    """The page the case pane shows instead of the case until the user declared."""

    declared = Signal(str)  # case id: no conflict of interest
    recusal_requested = Signal(str)  # case id: the user wants to step aside

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._case_id: str | None = None
        self.setAccessibleName(self.tr("Verklaring belangenconflict"))
        layout = QVBoxLayout(self)
        self.title = QLabel(self)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.title.setFont(font)
        layout.addWidget(self.title)
        intro = QLabel(
            self.tr(
                "Voor u deze melding opent, verklaart u of u een belangenconflict hebt "
                "met de betrokken entiteit of personen. Uw verklaring wordt bewaard in de "
                "audittrail."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        facts = QFrame(self)
        facts.setFrameShape(QFrame.Shape.StyledPanel)
        facts_layout = QVBoxLayout(facts)
        facts_layout.addWidget(_caption(self.tr("Betrokken entiteit"), facts))
        self.entity = QLabel(facts)
        self.entity.setTextFormat(Qt.TextFormat.PlainText)
        self.entity.setWordWrap(True)
        self.entity.setAccessibleName(self.tr("Betrokken entiteit"))
        facts_layout.addWidget(self.entity)
        facts_layout.addWidget(_caption(self.tr("Betrokken personen"), facts))
        self.persons = QLabel(facts)
        self.persons.setTextFormat(Qt.TextFormat.PlainText)
        self.persons.setWordWrap(True)
        self.persons.setAccessibleName(self.tr("Betrokken personen"))
        facts_layout.addWidget(self.persons)
        layout.addWidget(facts)

        buttons = QHBoxLayout()
        self.no_conflict_button = QPushButton(self.tr("&Geen belangenconflict"), self)
        self.no_conflict_button.setAccessibleName(self.tr("Geen belangenconflict"))
        self.no_conflict_button.clicked.connect(self._on_no_conflict)
        self.recuse_button = QPushButton(self.tr("Ik heb een belangenconflict…"), self)
        self.recuse_button.setAccessibleName(self.tr("Ik heb een belangenconflict"))
        self.recuse_button.clicked.connect(self._on_recuse)
        buttons.addWidget(self.no_conflict_button)
        buttons.addWidget(self.recuse_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addStretch(1)

    @property
    def case_id(self) -> str | None:
        return self._case_id

    def show_case(self, case: CaseDetail) -> None:
        self._case_id = case.id
        self.title.setText(self.tr("Melding %1").replace("%1", case.reference))
        self.entity.setText(case.involved_entity)
        self.persons.setText("\n".join(case.involved_persons) or self.tr("Geen vermeld"))

    def clear(self) -> None:
        self._case_id = None
        for label in (self.title, self.entity, self.persons):
            label.clear()

    def _on_no_conflict(self) -> None:
        if self._case_id is not None:
            self.declared.emit(self._case_id)

    def _on_recuse(self) -> None:
        if self._case_id is not None:
            self.recusal_requested.emit(self._case_id)


class RecusalDialog(QDialog):
    """Confirms stepping aside, with an optional reason for the manager."""

    def __init__(self, reference: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Onthouden wegens belangenconflict"))
        layout = QVBoxLayout(self)
        explanation = QLabel(
            self.tr(
                "U onthoudt zich van melding %1. De melding wordt niet langer aan u "
                "toegewezen, u ziet de inhoud ervan niet meer, en uw leidinggevende wordt "
                "gevraagd ze opnieuw toe te wijzen. U kunt dit niet zelf ongedaan maken."
            ).replace("%1", reference),
            self,
        )
        explanation.setWordWrap(True)
        layout.addWidget(explanation)
        caption = QLabel(
            self.tr("&Reden (niet verplicht; alleen de leidinggevenden van uw dienst lezen ze)"),
            self,
        )
        caption.setWordWrap(True)
        layout.addWidget(caption)
        self.reason_edit = QPlainTextEdit(self)
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setAccessibleName(self.tr("Reden van de onthouding"))
        caption.setBuddy(self.reason_edit)
        layout.addWidget(self.reason_edit)
        self.too_long = QLabel(
            self.tr("De reden is te lang (hoogstens %1 tekens).").replace(
                "%1", str(MAX_RECUSAL_REASON)
            ),
            self,
        )
        self.too_long.setVisible(False)
        layout.addWidget(self.too_long)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button.setText(self.tr("Onthouden"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.reason_edit.textChanged.connect(self._update_ok)
        self.resize(460, 300)

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def reason(self) -> str:
        return self.reason_edit.toPlainText().strip()

    def _update_ok(self) -> None:
        too_long = len(self.reason()) > MAX_RECUSAL_REASON
        self.too_long.setVisible(too_long)
        self.ok_button.setEnabled(not too_long)


def recusal_lines(recusals: list[RecusalView], waiting_text: str) -> list[str]:
    """One line per recusal for the case pane: who, when, and why when they said."""
    lines = []
    for recusal in recusals:
        line = f"{recusal.person} — {format_datetime(recusal.at)}"
        if recusal.pending:
            line += f" {waiting_text}"
        if recusal.reason:
            line += f": {recusal.reason}"
        lines.append(line)
    return lines
