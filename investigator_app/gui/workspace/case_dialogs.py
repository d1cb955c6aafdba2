"""Dialogs that collect what an action needs: an assignee, an outcome, a reason."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from investigator_app.domain.vocabulary import Outcome
from investigator_app.gui.common.labels import outcome_label
from investigator_app.gui.forms.ui_assign_dialog import Ui_AssignDialog
from investigator_app.gui.forms.ui_close_case_dialog import Ui_CloseCaseDialog
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


class CloseCaseDialog(QDialog):
    """Close with an outcome the life cycle allows now, and a motivation."""

    def __init__(self, outcomes: list[Outcome], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CloseCaseDialog()
        self.ui.setupUi(self)
        for outcome in outcomes:
            self.ui.outcomeCombo.addItem(outcome_label(outcome), outcome.value)
        if Outcome.FOUNDED not in outcomes:
            self.ui.hintLabel.setText(
                self.tr("Een melding kan pas gegrond verklaard worden na een onderzoek.")
            )
        _localise_buttons(self.ui.buttonBox, self.tr("Afsluiten"), self.tr("Annuleren"))
        self.ui.buttonBox.accepted.connect(self.on_accept)
        self.ui.buttonBox.rejected.connect(self.reject)

    def outcome(self) -> Outcome:
        return Outcome(self.ui.outcomeCombo.currentData())

    def motivation(self) -> str:
        return self.ui.motivationEdit.toPlainText().strip()

    def on_accept(self) -> None:
        if not self.motivation():
            self.ui.hintLabel.setText(self.tr("Een motivering is verplicht."))
            self.ui.motivationEdit.setFocus()
            return
        if len(self.motivation()) > MAX_REASON:
            self.ui.hintLabel.setText(
                self.tr("De motivering is te lang (maximaal %1 tekens).").replace(
                    "%1", str(MAX_REASON)
                )
            )
            return
        self.accept()


class ReturnCaseDialog(QDialog):
    """Return to 1700 as not competent; the reason is required."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ReturnCaseDialog()
        self.ui.setupUi(self)
        _localise_buttons(self.ui.buttonBox, self.tr("Terugsturen"), self.tr("Annuleren"))
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
        self.accept()
