"""Overzicht → Mijn taken…: the signed-in user's open tasks across cases, the earliest due
first, overdue ones in red; a double-click (or Enter) opens the task's case."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from investigator_app.domain.deadlines import DeadlineState
from investigator_app.domain.investigation import overdue
from investigator_app.gui.common.dialog_buttons import close_buttons
from investigator_app.gui.common.formatting import format_day
from investigator_app.gui.common.theme import deadline_colours
from investigator_app.store.views import MyTask

TASK_TEXT_MAX = 300  # a cell shows the start of a long description (the case shows it all)


def one_line(text: str) -> str:
    """A description in one table cell: its lines joined, and not endless."""
    line = " ".join(text.split())
    return line if len(line) <= TASK_TEXT_MAX else line[: TASK_TEXT_MAX - 1] + "…"


class MyTasksDialog(QDialog):
    """``load()`` reads the user's open tasks (CaseController.my_tasks); ``today()`` is
    Brussels' date. ``refresh()`` reads them again (the window calls it as cases change)."""

    open_case_requested = Signal(str)  # case id

    REFERENCE, TASK, DUE, STATE = range(4)

    def __init__(
        self,
        load: Callable[[], list[MyTask]],
        today: Callable[[], date],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("myTasksDialog")
        self.setWindowTitle(self.tr("Mijn taken"))
        self._load = load
        self._today = today
        self._case_ids: list[str] = []
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("myTasksTable")
        self.table.setAccessibleName(self.tr("Mijn open taken"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Melding"), self.tr("Taak"), self.tr("Uiterlijk op"), self.tr("Stand")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        head = self.table.horizontalHeader()
        for column in (self.REFERENCE, self.DUE, self.STATE):
            head.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        head.setSectionResizeMode(self.TASK, QHeaderView.ResizeMode.Stretch)
        self.table.cellActivated.connect(self.on_activated)
        self.table.cellDoubleClicked.connect(self.on_activated)
        buttons = close_buttons(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(820, 420)
        self.refresh()

    def refresh(self) -> None:
        tasks = self._load()
        today = self._today()
        late = deadline_colours(DeadlineState.OVERDUE)
        selected = self.selected_case_id()
        self.table.setRowCount(len(tasks))
        self._case_ids = [mine.case_id for mine in tasks]
        for row, mine in enumerate(tasks):
            task = mine.task
            is_late = overdue(task, today)
            cells = (
                mine.reference,
                one_line(task.description),
                format_day(task.due) if task.due is not None else self.tr("geen datum"),
                self.tr("te laat") if is_late else self.tr("open"),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)  # plain text: a description shows literally
                if is_late and late is not None:
                    item.setBackground(late.background)
                    item.setForeground(late.foreground)
                self.table.setItem(row, column, item)
        overdue_count = sum(overdue(mine.task, today) for mine in tasks)
        self.intro.setText(self._summary(len(tasks), overdue_count))
        if selected in self._case_ids:
            self.table.selectRow(self._case_ids.index(selected))

    def _summary(self, count: int, late: int) -> str:
        if count == 0:
            return self.tr("U hebt geen open taken.")
        text = (
            self.tr("U hebt 1 open taak.")
            if count == 1
            else self.tr("U hebt %1 open taken.").replace("%1", str(count))
        )
        if late:
            text += " " + self.tr("Te laat: %1.").replace("%1", str(late))
        return text + " " + self.tr("Dubbelklik op een taak om de melding te openen.")

    def case_ids(self) -> list[str]:
        """The listed tasks' cases, in list order."""
        return list(self._case_ids)

    def selected_case_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows() if self.table.rowCount() else []
        return self._case_ids[rows[0].row()] if rows else None

    def on_activated(self, row: int, _column: int) -> None:
        if 0 <= row < len(self._case_ids):
            self.open_case_requested.emit(self._case_ids[row])

    def row_texts(self, row: int) -> list[str]:
        """What one row shows, cell by cell (tests and the accessibility check read it)."""
        texts = []
        for column in range(self.table.columnCount()):
            item = self.table.item(row, column)
            texts.append(item.text() if item is not None else "")
        return texts

    def is_marked_late(self, row: int) -> bool:
        item = self.table.item(row, self.DUE)
        return item is not None and item.background().style() != Qt.BrushStyle.NoBrush
