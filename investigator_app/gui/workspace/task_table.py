"""The investigation plan on the Onderzoek tab: one row per task (description, owner, due,
state), an overdue open task in the theme's overdue colours and "te laat" in words.

A model and one view rather than a widget per task: 200 tasks show at once. The view is as
tall as its rows and never scrolls itself (the tab is the one scroll area); a wheel turned
over it scrolls the tab.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont, QResizeEvent, QWheelEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from investigator_app.domain.deadlines import DeadlineState
from investigator_app.domain.investigation import Task, TaskState, overdue
from investigator_app.gui.common.formatting import format_date
from investigator_app.gui.common.theme import current_palette, deadline_colours
from investigator_app.gui.workspace.investigation_texts import (
    due_text,
    fill,
    one_line,
    owner_or_nobody,
    plain_tooltip,
    task_state_label,
)
from investigator_app.gui.workspace.text_block import muted_text

DESCRIPTION, OWNER, DUE, STATE = range(4)
TASK_MIN_CHARS = 20  # the task's column never gets narrower than this many characters
_Index = QModelIndex | QPersistentModelIndex


def state_text(task: Task) -> str:
    """The state in the table: short, who and when are in its tooltip and the detail."""
    text = task_state_label(task.state)
    if task.pending:
        text += " · " + QCoreApplication.translate("TaskTable", "nog niet verzonden")
    return text


def state_tooltip(task: Task) -> str | None:
    """Who set the state and when ("Uitgevoerd door An Peeters op 08/11/2026")."""
    if task.state is TaskState.OPEN or not task.state_by or task.state_at is None:
        return None
    return fill(
        QCoreApplication.translate("TaskTable", "%1 door %2 op %3"),
        task_state_label(task.state),
        one_line(task.state_by),
        format_date(task.state_at),
    )


def _pad(char: int) -> int:
    """A cell's margins and the grid."""
    return 2 * char + 12


class TaskModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tasks: list[Task] = []
        self._late: list[bool] = []
        self._headers = [
            QCoreApplication.translate("TaskTable", "Taak"),
            QCoreApplication.translate("TaskTable", "Verantwoordelijke"),
            QCoreApplication.translate("TaskTable", "Uiterlijk op"),
            QCoreApplication.translate("TaskTable", "Status"),
        ]

    def set_tasks(self, tasks: list[Task], today: date) -> None:
        self.beginResetModel()
        self._tasks = tasks
        self._late = [overdue(task, today) for task in tasks]
        self.endResetModel()

    def task(self, row: int) -> Task | None:
        return self._tasks[row] if 0 <= row < len(self._tasks) else None

    def row_of(self, task_id: str) -> int:
        return next((row for row, t in enumerate(self._tasks) if t.id == task_id), -1)

    def late(self, row: int) -> bool:
        return 0 <= row < len(self._late) and self._late[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._tasks)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def text(self, row: int, column: int) -> str:
        task = self._tasks[row]
        if column == DESCRIPTION:
            return one_line(task.description)
        if column == OWNER:
            return owner_or_nobody(task.owner)
        if column == DUE:
            return due_text(task.due, self._late[row])
        return state_text(task)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == DESCRIPTION:
            return plain_tooltip(self._tasks[row].description)
        if role == Qt.ItemDataRole.ToolTipRole and column == STATE:
            tip = state_tooltip(self._tasks[row])
            return None if tip is None else plain_tooltip(tip)
        if role == Qt.ItemDataRole.ToolTipRole and column == OWNER:
            return plain_tooltip(self.text(row, column))
        late = self._late[row]
        if late and role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            colours = deadline_colours(DeadlineState.OVERDUE)
            if colours is not None:
                return (
                    colours.background
                    if role == Qt.ItemDataRole.BackgroundRole
                    else colours.foreground
                )
        if role == Qt.ItemDataRole.ForegroundRole and self._tasks[row].state is not TaskState.OPEN:
            return muted_text(current_palette())
        if role == Qt.ItemDataRole.FontRole and late and column == DUE:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None


class TaskTable(QTableView):
    """The tasks, every row shown: the view takes the height of all its rows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks = TaskModel(self)
        self.setModel(self.tasks)
        self.setAccessibleName(
            QCoreApplication.translate("TaskTable", "Taken van het onderzoeksplan")
        )
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTabKeyNavigation(False)
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        rows = self.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

    def set_tasks(self, tasks: list[Task], today: date) -> None:
        self.tasks.set_tasks(tasks, today)
        self._fit()

    def natural_width(self, column: int) -> int:
        """What ``column`` needs to show its header and every cell whole."""
        metrics = self.fontMetrics()
        texts = [self.tasks.text(row, column) for row in range(self.tasks.rowCount())]
        header_text = str(self.tasks.headerData(column, Qt.Orientation.Horizontal))
        widest = max((metrics.horizontalAdvance(t) for t in [header_text, *texts]), default=0)
        if column == DUE and any(self.tasks.late(r) for r in range(len(texts))):
            widest = int(widest * 1.1)  # bold
        return widest + _pad(metrics.averageCharWidth())

    def _fit(self) -> None:
        """The view as tall as its rows, and the columns in its width: the owner, the date
        and the state as wide as their texts (the owner's at most 28 characters) while
        the task keeps at least 20 characters; when that does not fit, those three give
        up room (their texts end in "…", whole in the tooltip and the chosen task's
        detail), none below a few characters."""
        metrics = self.fontMetrics()
        char = metrics.averageCharWidth()
        header = self.horizontalHeader()
        wanted = {
            OWNER: min(self.natural_width(OWNER), char * 28),
            DUE: self.natural_width(DUE),
            STATE: self.natural_width(STATE),
        }
        floor = {column: min(width, char * 7 + _pad(char)) for column, width in wanted.items()}
        task_min = TASK_MIN_CHARS * char + _pad(char)
        room = max(self.viewport().width(), 0) - task_min
        excess = sum(wanted.values()) - room
        widths = dict(wanted)
        if excess > 0:  # each gives up in proportion to its room above its floor
            spare = {column: wanted[column] - floor[column] for column in wanted}
            total_spare = sum(spare.values())
            for column in widths:
                cut = excess * spare[column] // total_spare if total_spare else 0
                widths[column] = max(floor[column], wanted[column] - cut - 1)
        for column, width in widths.items():
            header.resizeSection(column, width)
        rest = self.viewport().width() - sum(widths.values())
        header.resizeSection(DESCRIPTION, max(rest, task_min))
        height = header.sizeHint().height() + 2 * self.frameWidth()
        height += self.verticalHeader().defaultSectionSize() * self.tasks.rowCount()
        self.setFixedHeight(height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit()

    def wheelEvent(self, event: QWheelEvent) -> None:
        event.ignore()  # the tab scrolls, not the table (it shows all rows anyway)

    def current_task(self) -> Task | None:
        return self.tasks.task(self.currentIndex().row())

    def select_task(self, task_id: str) -> None:
        row = self.tasks.row_of(task_id)
        if row >= 0:
            self.selectRow(row)
