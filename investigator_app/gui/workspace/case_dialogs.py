"""Dialogs that collect what an action needs: an assignee, a motivation, a reason (the
close dialog is ``close_dialog``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from investigator_app.gui.common.theme import warning_style
from investigator_app.gui.forms.ui_assign_dialog import Ui_AssignDialog
from investigator_app.gui.forms.ui_return_case_dialog import Ui_ReturnCaseDialog
from investigator_app.protocol import PersonOut

MAX_REASON = 10_000


def _localise_buttons(box: QDialogButtonBox, ok_text: str, cancel_text: str) -> None:
    box.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    box.button(QDialogButtonBox.StandardButton.Cancel).setText(cancel_text)


class AssignDialog(QDialog):
    """Pick the assignee: me, a colleague of the department, or nobody."""

    def __init__(
        self,
        colleagues: list[PersonOut],
        my_id: str,
        current_id: str | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_AssignDialog()
        self.ui.setupUi(self)
        combo = self.ui.assigneeCombo
        combo.addItem(self.tr("Mezelf"), my_id)
        for person in sorted(colleagues, key=lambda p: p.display_name.casefold()):
            if person.id != my_id:
                combo.addItem(person.display_name, person.id)
        combo.addItem(self.tr("Niemand (toewijzing opheffen)"), None)
        index = combo.findData(current_id) if current_id else 0
        combo.setCurrentIndex(max(index, 0))
        _localise_buttons(self.ui.buttonBox, self.tr("Toewijzen"), self.tr("Annuleren"))
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)

    def assignee_id(self) -> str | None:
        value = self.ui.assigneeCombo.currentData()
        return str(value) if value else None


class MotivationDialog(QDialog):
    """A step of the life cycle with an optional motivation, shown on the timeline."""

    def __init__(
        self,
        *,
        title: str,
        explanation: str,
        ok_text: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        intro = QLabel(explanation, self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        caption = QLabel(self.tr("&Motivering (niet verplicht; ze staat op de tijdlijn)"), self)
        caption.setWordWrap(True)
        layout.addWidget(caption)
        self.motivation_edit = QPlainTextEdit(self)
        self.motivation_edit.setTabChangesFocus(True)
        self.motivation_edit.setAccessibleName(self.tr("Motivering"))
        caption.setBuddy(self.motivation_edit)
        layout.addWidget(self.motivation_edit)
        self.hint_label = QLabel(self)
        self.hint_label.setStyleSheet(warning_style())
        self.hint_label.setVisible(False)
        layout.addWidget(self.hint_label)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        _localise_buttons(self.buttons, ok_text, self.tr("Annuleren"))
        self.buttons.accepted.connect(self.on_accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(480, 280)

    def motivation(self) -> str:
        return self.motivation_edit.toPlainText().strip()

    def on_accept(self) -> None:
        if len(self.motivation()) > MAX_REASON:
            self.hint_label.setText(
                self.tr("De motivering is te lang (maximaal %1 tekens).").replace(
                    "%1", str(MAX_REASON)
                )
            )
            self.hint_label.setVisible(True)
            return
        self.accept()


def assessment_dialog(reference: str, parent: QWidget | None = None) -> MotivationDialog:
    return MotivationDialog(
        title=QCoreApplication.translate("CaseDialogs", "Gegrondheid beoordelen"),
        explanation=QCoreApplication.translate(
            "CaseDialogs",
            "U begint de beoordeling van de gegrondheid van melding %1. Daarna kunt u een "
            "onderzoek starten of de melding afronden zonder onderzoek.",
        ).replace("%1", reference),
        ok_text=QCoreApplication.translate("CaseDialogs", "Beoordeling starten"),
        parent=parent,
    )


def investigation_dialog(reference: str, parent: QWidget | None = None) -> MotivationDialog:
    return MotivationDialog(
        title=QCoreApplication.translate("CaseDialogs", "Onderzoek starten"),
        explanation=QCoreApplication.translate(
            "CaseDialogs",
            "U start het onderzoek van melding %1. Leg daarna op het tabblad Onderzoek de "
            "tenlasteleggingen vast en plan de onderzoekstaken.",
        ).replace("%1", reference),
        ok_text=QCoreApplication.translate("CaseDialogs", "Onderzoek starten"),
        parent=parent,
    )


class ReturnCaseDialog(QDialog):
    """Return to 1700 as not competent: the reason is required, and the user confirms."""

    def __init__(self, reference: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ReturnCaseDialog()
        self.ui.setupUi(self)
        self._reference = reference
        _localise_buttons(self.ui.buttonBox, self.tr("Terugsturen…"), self.tr("Annuleren"))
        self.ui.buttonBox.accepted.connect(self.on_accept)
        self.ui.buttonBox.rejected.connect(self.reject)

    def reason(self) -> str:
        return self.ui.reasonEdit.toPlainText().strip()

    def on_accept(self) -> None:
        if not self.reason() or len(self.reason()) > MAX_REASON:
            self.ui.reasonCaption.setText(
                self.tr("&Reden (verplicht, maximaal %1 tekens)").replace("%1", str(MAX_REASON))
            )
            self.ui.reasonEdit.setFocus()
            return
        if self.confirm():
            self.accept()

    def confirm(self) -> bool:
        box = QMessageBox(self)
        box.setObjectName("returnConfirmation")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Terugsturen naar 1700"))
        box.setText(
            self.tr(
                "Melding %1 terugsturen naar 1700? Zodra dat verzonden is, verdwijnt de "
                "melding van de werkplekken van uw dienst en stuurt 1700 ze door naar de "
                "bevoegde dienst. Dat kan daarna niet meer ongedaan gemaakt worden."
            ).replace("%1", self._reference)
        )
        send = box.addButton(self.tr("Terugsturen"), QMessageBox.ButtonRole.AcceptRole)
        back = box.addButton(self.tr("Terug"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(back)
        box.setEscapeButton(back)
        box.exec()
        return box.clickedButton() is send
