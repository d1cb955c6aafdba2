"""Adding or editing an allegation: what is alleged, whom it concerns (the case's involved
persons and entity to tick, others to type), its category, and the period of the facts.

OK stays disabled, with a line that says why, until what it would send passes the
domain's rules and the wire's bounds (domain.investigation, operations.AllegationIn).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidgetItem, QPushButton, QWidget

from investigator_app.domain.investigation import (
    MAX_ALLEGATION_LENGTH,
    MAX_PERSON_LENGTH,
    MAX_PERSONS,
    Allegation,
    AllegationFacts,
)
from investigator_app.domain.vocabulary import Category
from investigator_app.gui.common.labels import category_label
from investigator_app.gui.forms.ui_allegation_dialog import Ui_AllegationDialog
from investigator_app.gui.workspace.investigation_dialogs import (
    counter_text,
    name_buttons,
    show_hint,
)
from investigator_app.gui.workspace.investigation_texts import fill, one_line
from investigator_app.store.views import CaseDetail


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class AllegationDialog(QDialog):
    """A new allegation on ``case``, or a new version of ``allegation``."""

    def __init__(
        self,
        case: CaseDetail,
        allegation: Allegation | None = None,
        parent: QWidget | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_AllegationDialog()
        self.ui.setupUi(self)
        self._original = allegation.facts if allegation is not None else None
        if allegation is None:
            self.setWindowTitle(self.tr("Tenlastelegging toevoegen"))
            ok_text = self.tr("Tenlastelegging toevoegen")
        else:
            self.setWindowTitle(
                self.tr("Tenlastelegging %1 bewerken").replace("%1", str(allegation.number))
            )
            ok_text = self.tr("Nieuwe versie bewaren")
        name_buttons(self.ui.buttonBox, ok_text)
        for category in Category:
            self.ui.categoryCombo.addItem(category_label(category), category)
        known = [p for p in [*case.involved_persons, case.involved_entity] if p.strip()]
        known = list(dict.fromkeys(known))  # the entity may also be among the persons
        for person in known:
            item = QListWidgetItem(one_line(person), self.ui.knownPersonsList)
            item.setData(Qt.ItemDataRole.UserRole, person)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        if not known:
            self.ui.knownPersonsCaption.setText(
                self.tr("De melding noemt geen betrokkenen: typ ze hieronder.")
            )
            self.ui.knownPersonsList.hide()
        start = _qdate(today or date.today())
        for edit in (self.ui.fromDate, self.ui.toDate):
            edit.setDate(start)
            edit.setEnabled(False)
        self.ui.fromCheck.toggled.connect(self.ui.fromDate.setEnabled)
        self.ui.toCheck.toggled.connect(self.ui.toDate.setEnabled)
        self._fill(case, self._original)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        for signal in (
            self.ui.textEdit.textChanged,
            self.ui.otherPersonsEdit.textChanged,
            self.ui.knownPersonsList.itemChanged,
            self.ui.categoryCombo.currentIndexChanged,
            self.ui.fromCheck.toggled,
            self.ui.toCheck.toggled,
            self.ui.fromDate.dateChanged,
            self.ui.toDate.dateChanged,
        ):
            signal.connect(self._update)
        self._update()

    def _fill(self, case: CaseDetail, facts: AllegationFacts | None) -> None:
        if facts is None:
            self.ui.categoryCombo.setCurrentIndex(self.ui.categoryCombo.findData(case.category))
            return
        self.ui.textEdit.setPlainText(facts.text)
        self.ui.categoryCombo.setCurrentIndex(self.ui.categoryCombo.findData(facts.category))
        others = []
        for person in facts.persons:
            item = self._known_item(person)
            if item is not None:
                item.setCheckState(Qt.CheckState.Checked)
            else:
                others.append(person)
        self.ui.otherPersonsEdit.setPlainText("\n".join(others))
        if facts.period_start is not None:
            self.ui.fromCheck.setChecked(True)
            self.ui.fromDate.setDate(_qdate(facts.period_start))
        if facts.period_end is not None:
            self.ui.toCheck.setChecked(True)
            self.ui.toDate.setDate(_qdate(facts.period_end))

    def _known_item(self, person: str) -> QListWidgetItem | None:
        for row in range(self.ui.knownPersonsList.count()):
            item = self.ui.knownPersonsList.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == person:
                return item
        return None

    @property
    def ok_button(self) -> QPushButton:
        return self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)

    def text(self) -> str:
        return self.ui.textEdit.toPlainText().strip()

    def persons(self) -> tuple[str, ...]:
        """Ticked ones in the case's order, then the typed ones; each once."""
        chosen = []
        for row in range(self.ui.knownPersonsList.count()):
            item = self.ui.knownPersonsList.item(row)
            if item.checkState() is Qt.CheckState.Checked:
                chosen.append(str(item.data(Qt.ItemDataRole.UserRole)).strip())
        typed = (line.strip() for line in self.ui.otherPersonsEdit.toPlainText().splitlines())
        chosen.extend(line for line in typed if line)
        return tuple(dict.fromkeys(chosen))

    def category(self) -> Category:
        return Category(self.ui.categoryCombo.currentData())

    def period(self) -> tuple[date | None, date | None]:
        start = _day(self.ui.fromDate.date()) if self.ui.fromCheck.isChecked() else None
        end = _day(self.ui.toDate.date()) if self.ui.toCheck.isChecked() else None
        return start, end

    def facts(self) -> AllegationFacts:
        start, end = self.period()
        return AllegationFacts(self.text(), self.persons(), self.category(), start, end)

    def problem(self) -> str | None:
        """What keeps OK disabled, in words (None: nothing)."""
        text = self.text()
        if not text:
            return self.tr("Beschrijf wat er aangeklaagd wordt.")
        if len(text) > MAX_ALLEGATION_LENGTH:
            return self.tr("De tekst is te lang: kort hem in tot %1 tekens.").replace(
                "%1", str(MAX_ALLEGATION_LENGTH)
            )
        persons = self.persons()
        if len(persons) > MAX_PERSONS:
            return self.tr("Te veel betrokkenen: hoogstens %1.").replace("%1", str(MAX_PERSONS))
        too_long = next((p for p in persons if len(p) > MAX_PERSON_LENGTH), None)
        if too_long is not None:
            return fill(
                self.tr("Een betrokkene is te lang (hoogstens %1 tekens): %2…"),
                str(MAX_PERSON_LENGTH),
                one_line(too_long[:40]),
            )
        start, end = self.period()
        if start is not None and end is not None and end < start:
            return self.tr("De periode van de feiten eindigt voor ze begint.")
        if self._original is not None and self.facts() == self._original:
            return self.tr("Er is nog niets gewijzigd.")
        return None

    def _update(self) -> None:
        length = len(self.text())
        self.ui.counterLabel.setText(counter_text(length, MAX_ALLEGATION_LENGTH))
        problem = self.problem()
        show_hint(self.ui.hintLabel, problem, urgent=length > MAX_ALLEGATION_LENGTH)
        self.ok_button.setEnabled(problem is None)
