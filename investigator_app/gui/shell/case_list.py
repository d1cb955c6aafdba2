"""The main window's case list: the sorted model and its filter proxy in the table, the
search field and the status and category filters in front of it, the count under it, what
an empty list says, the columns' widths, and which cases are selected."""

from __future__ import annotations

from collections.abc import Callable, Collection

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QObject, Qt

from investigator_app.domain.deadlines import DeadlinePolicy
from investigator_app.domain.vocabulary import Category, Status
from investigator_app.gui.common.labels import category_label, status_label
from investigator_app.gui.forms.ui_main_window import Ui_MainWindow
from investigator_app.gui.shell.case_columns import Column
from investigator_app.gui.shell.case_filter import (
    AWAITING_ANSWER_FILTER,
    MINE_FILTER,
    MY_TASKS_FILTER,
    NAMED_FILTERS,
    NEEDS_REASSIGNMENT_FILTER,
    OPEN_FILTER,
    OVERDUE_FILTER,
    CaseFilterProxy,
    WordSearch,
)
from investigator_app.gui.shell.case_table import CaseTableModel
from investigator_app.gui.shell.column_sizer import ColumnSizer
from investigator_app.gui.shell.empty_state import EmptyState
from investigator_app.gui.shell.id_filter_bar import IdFilterBar


class CaseList(QObject):
    """Runs the list part of the main window's form (``ui``)."""

    def __init__(self, ui: Ui_MainWindow, policy: DeadlinePolicy, parent: QObject) -> None:
        super().__init__(parent)
        self.ui = ui
        self.model = CaseTableModel(parent)
        self.model.set_policy(policy)
        self.proxy = CaseFilterProxy(parent)
        self.proxy.setSourceModel(self.model)
        table = ui.caseTable
        table.setModel(self.proxy)
        table.sortByColumn(Column.DEADLINE, Qt.SortOrder.AscendingOrder)
        self.columns = ColumnSizer(table, self.model)
        self.empty_state = EmptyState(table)
        self._fill_filters()
        self.id_filter_bar = IdFilterBar(ui.listPanel)
        ui.listLayout.insertWidget(1, self.id_filter_bar)  # between the filters and the table
        self.id_filter_bar.cleared.connect(self.clear_id_filter)
        ui.searchEdit.textChanged.connect(self.on_search_changed)
        ui.statusFilter.currentIndexChanged.connect(self.on_status_filter_changed)
        ui.categoryFilter.currentIndexChanged.connect(self.on_category_filter_changed)
        # Both models: a row may leave the whole list (a recusal) while the filter hid it,
        # and the proxy says nothing of a row it never showed.
        for model in (self.proxy, self.model):
            model.rowsInserted.connect(self.update_count)
            model.rowsRemoved.connect(self.update_count)
            model.modelReset.connect(self.update_count)
            model.layoutChanged.connect(self.update_count)

    def _fill_filters(self) -> None:
        status = self.ui.statusFilter
        status.addItem(self.tr("Alle statussen"), None)
        status.addItem(self.tr("Alle open meldingen"), OPEN_FILTER)
        status.addItem(self.tr("Mijn meldingen"), MINE_FILTER)
        status.addItem(self.tr("Mijn taken"), MY_TASKS_FILTER)
        status.addItem(self.tr("Termijn verstreken"), OVERDUE_FILTER)
        status.addItem(self.tr("Wacht op antwoord"), AWAITING_ANSWER_FILTER)
        status.addItem(self.tr("Te herverdelen"), NEEDS_REASSIGNMENT_FILTER)
        for value in (
            Status.FORWARDED,
            Status.ACKNOWLEDGED,
            Status.ASSESSING,
            Status.INVESTIGATING,
            Status.CLOSED,
        ):
            status.addItem(status_label(value), value.value)
        category = self.ui.categoryFilter
        category.addItem(self.tr("Alle categorieën"), None)
        for kind in Category:
            category.addItem(category_label(kind), kind.value)

    def set_word_search(self, word_search: WordSearch) -> None:
        """How the search finds words of the sealed texts (the store's keyed index)."""
        self.proxy.set_word_search(word_search)

    # --- filters --------------------------------------------------------------------------

    def _filter(self, change: Callable[[], None]) -> None:
        """Apply a filter change. The proxy filters in one layout change, which drops the
        rows it hides from the selection without a signal: the case pane must still hear
        that its case left the list."""
        selection = self.ui.caseTable.selectionModel()
        selected = len(selection.selectedRows())
        change()
        if len(selection.selectedRows()) < selected:
            selection.selectionChanged.emit(QItemSelection(), QItemSelection())
        self.update_count()

    def on_search_changed(self, text: str) -> None:
        self._filter(lambda: self.proxy.set_search_text(text))

    def on_status_filter_changed(self, _index: int) -> None:
        data = self.ui.statusFilter.currentData()
        status = None if data is None else (data if data in NAMED_FILTERS else Status(data))
        self._filter(lambda: self.proxy.set_status_filter(status))

    def on_category_filter_changed(self, _index: int) -> None:
        data = self.ui.categoryFilter.currentData()
        category = None if data is None else Category(data)
        self._filter(lambda: self.proxy.set_category_filter(category))

    def show_only(self, case_ids: Collection[str], what: str) -> None:
        """Exactly these cases (a dashboard number's): the other filters cleared, and a
        label saying where the list comes from, with "Filter wissen"."""
        self.clear_filters()
        self.id_filter_bar.show_filter(what, len(set(case_ids)))
        self._filter(lambda: self.proxy.set_id_filter(frozenset(case_ids)))

    def clear_id_filter(self) -> None:
        self.id_filter_bar.hide()
        self._filter(lambda: self.proxy.set_id_filter(None))

    def clear_filters(self) -> None:
        """Every case again: no search, no status or category filter."""
        if self.proxy.id_filter is not None:
            self.clear_id_filter()
        self.ui.searchEdit.clear()
        self.ui.statusFilter.setCurrentIndex(0)
        self.ui.categoryFilter.setCurrentIndex(0)

    def update_count(self, *_args: object) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        count = self.tr("%1 van 1 melding") if total == 1 else self.tr("%1 van %2 meldingen")
        self.ui.countLabel.setText(count.replace("%1", str(shown)).replace("%2", str(total)))
        filters = [
            combo.currentText()
            for combo in (self.ui.statusFilter, self.ui.categoryFilter)
            if combo.currentData() is not None
        ]
        if self.proxy.id_filter is not None:
            filters.append(self.id_filter_bar.label.text())
        self.empty_state.show_for(shown, total, self.ui.searchEdit.text(), filters)

    def focus_search(self) -> None:
        self.ui.searchEdit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.searchEdit.selectAll()

    # --- selection ------------------------------------------------------------------------

    def selected_case_id(self) -> str | None:
        """The case the pane shows: the current row when it is selected (several rows may
        be, for a batch export), else the first selected one."""
        selection = self.ui.caseTable.selectionModel()
        current = selection.currentIndex()
        if current.isValid() and selection.isRowSelected(current.row()):
            return self.proxy.case_id(current.row())
        rows = selection.selectedRows()
        return self.proxy.case_id(rows[0].row()) if rows else None

    def selected_case_ids(self) -> list[str]:
        """Every selected case, in list order (batch export)."""
        rows = sorted(index.row() for index in self.ui.caseTable.selectionModel().selectedRows())
        return [self.proxy.case_id(row) for row in rows]

    def select_case(self, case_id: str) -> bool:
        row = self.model.row_of(case_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        # Not selectRow(): in extended selection it follows the keyboard modifiers held at
        # that moment (Ctrl toggles), and this selects one case whatever the keyboard says.
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.ui.caseTable.selectionModel().setCurrentIndex(index, flags)
        self.ui.caseTable.scrollTo(index)
        return True

    def step(self, step: int) -> None:
        """The next (1) or previous (-1) case of the list."""
        rows = self.proxy.rowCount()
        if rows == 0:
            return
        current = self.ui.caseTable.selectionModel().selectedRows()
        row = 0 if not current else min(max(current[0].row() + step, 0), rows - 1)
        self.ui.caseTable.selectRow(row)
        self.ui.caseTable.scrollTo(self.proxy.index(row, 0))

    def select_first(self) -> None:
        """The list's first case, unless one is selected already."""
        if self.proxy.rowCount() > 0 and self.selected_case_id() is None:
            self.ui.caseTable.selectRow(0)
