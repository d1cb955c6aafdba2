"""Adding or editing a task of the investigation plan: what, who (a colleague of the
department who did not recuse from the case, or nobody yet), and by when (optional).

OK stays disabled, with a line that says why, until the task passes the domain's rules and
the wire's bounds (operations.TaskIn).
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QWidget

from investigator_app.domain.investigation import MAX_TASK_LENGTH, Task
from investigator_app.domain.vocabulary import DEPARTMENT_ROLES
from investigator_app.gui.forms.ui_task_dialog import Ui_TaskDialog
from investigator_app.gui.workspace.investigation_dialogs import (
    counter_text,
    name_buttons,
    show_hint,
)
from investigator_app.gui.workspace.investigation_texts import fill, one_line
from investigator_app.protocol import PersonOut
from investigator_app.store.views import CaseDetail

DEFAULT_DUE_DAYS = 14
"""A new task's date when the user ticks "Uiterlijk op": two weeks from today."""

_UNAVAILABLE = "unavailable"  # the combo's data for an owner who may no longer own it


def possible_owners(colleagues: list[PersonOut], case: CaseDetail) -> list[PersonOut]:
    """The department's investigators and managers who did not recuse from the case."""
    recused = {r.person_id for r in case.recusals if r.person_id}
    return [
        person
        for person in colleagues
        if person.role in DEPARTMENT_ROLES and person.id not in recused
    ]


class TaskDialog(QDialog):
    """A new task on ``case``, or new words, owner or date for an open ``task``."""

    def __init__(
        self,
        colleagues: list[PersonOut],
        case: CaseDetail,
        task: Task | None = None,
        parent: QWidget | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_TaskDialog()
        self.ui.setupUi(self)
        self._original = task
        if task is None:
            self.setWindowTitle(self.tr("Taak toevoegen"))
            name_buttons(self.ui.buttonBox, self.tr("Taak toevoegen"))
        else:
            self.setWindowTitle(self.tr("Taak bewerken"))
            name_buttons(self.ui.buttonBox, self.tr("Wijzigingen bewaren"))
        combo = self.ui.ownerCombo
        combo.addItem(self.tr("nog niemand"), None)
        for person in sorted(possible_owners(colleagues, case), key=lambda p: p.display_name):
            combo.addItem(one_line(person.display_name), person.id)
        start = today or date.today()
        self.ui.dueEdit.setDate(self._qdate(start + timedelta(days=DEFAULT_DUE_DAYS)))
        self.ui.dueEdit.setEnabled(False)
        self.ui.dueCheck.toggled.connect(self.ui.dueEdit.setEnabled)
        if task is not None:
            self.ui.descriptionEdit.setPlainText(task.description)
            if task.owner_id is not None:
                index = combo.findData(task.owner_id)
                if index < 0:  # left the department or recused since: say so, keep nothing
                    combo.addItem(
                        fill(
                            self.tr("%1 (kan deze taak niet meer krijgen)"),
                            one_line(task.owner or ""),
                        ),
                        _UNAVAILABLE,
                    )
                    index = combo.count() - 1
                combo.setCurrentIndex(index)
            if task.due is not None:
                self.ui.dueCheck.setChecked(True)
                self.ui.dueEdit.setDate(self._qdate(task.due))
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.descriptionEdit.textChanged.connect(self._update)
        combo.currentIndexChanged.connect(self._update)
        self.ui.dueCheck.toggled.connect(self._update)
        self.ui.dueEdit.dateChanged.connect(self._update)
        self._update()

    @staticmethod
    def _qdate(day: date) -> QDate:
        return QDate(day.year, day.month, day.day)

    @property
    def ok_button(self) -> QPushButton:
        return self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)

    def description(self) -> str:
        return self.ui.descriptionEdit.toPlainText().strip()

    def owner_id(self) -> str | None:
        data = self.ui.ownerCombo.currentData()
        return None if data in (None, _UNAVAILABLE) else str(data)

    def due(self) -> date | None:
        if not self.ui.dueCheck.isChecked():
            return None
        value = self.ui.dueEdit.date()
        return date(value.year(), value.month(), value.day())

    def problem(self) -> str | None:
        """What keeps OK disabled, in words (None: nothing)."""
        length = len(self.description())
        if not length:
            return self.tr("Beschrijf wat er moet gebeuren.")
        if length > MAX_TASK_LENGTH:
            return fill(
                self.tr("De beschrijving is te lang: kort ze in tot %1 tekens."),
                str(MAX_TASK_LENGTH),
            )
        if self.ui.ownerCombo.currentData() == _UNAVAILABLE:
            return self.tr("Kies een andere verantwoordelijke, of ‘nog niemand’.")
        task = self._original
        if task is not None and (self.description(), self.owner_id(), self.due()) == (
            task.description,
            task.owner_id,
            task.due,
        ):
            return self.tr("Er is nog niets gewijzigd.")
        return None

    def _update(self) -> None:
        length = len(self.description())
        self.ui.counterLabel.setText(counter_text(length, MAX_TASK_LENGTH))
        problem = self.problem()
        show_hint(self.ui.hintLabel, problem, urgent=length > MAX_TASK_LENGTH)
        self.ok_button.setEnabled(problem is None)
