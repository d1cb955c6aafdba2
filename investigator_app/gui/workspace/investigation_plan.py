"""The investigation plan on the Onderzoek tab: a heading with "Taak toevoegen…", how many
tasks are open and late, the buttons for the chosen task, its full text, and the table."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, QPoint, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QMenu, QPushButton, QVBoxLayout, QWidget

from investigator_app.domain.investigation import (
    Investigation,
    Task,
    TaskState,
    open_tasks,
    overdue,
)
from investigator_app.gui.workspace.allegation_card import Permissions
from investigator_app.gui.workspace.investigation_texts import (
    due_text,
    escaped,
    fill,
    owner_or_nobody,
    shown,
    task_state_label,
    who_when,
)
from investigator_app.gui.workspace.panel_parts import (
    allow,
    count_text,
    named_button,
    note_label,
    title_label,
)
from investigator_app.gui.workspace.task_table import TaskTable
from investigator_app.gui.workspace.text_block import TextBlock, paragraph


class PlanSection(QWidget):
    """The plan of the case shown; the panel runs the dialogs its buttons ask for."""

    add_clicked = Signal()
    edit_clicked = Signal(object)  # Task
    state_clicked = Signal(object, object)  # Task, TaskState

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = date.today()
        self._allowed = Permissions(None, None, None, None)
        self._has_case = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        head = QHBoxLayout()
        head.addWidget(title_label(self, self.tr("Onderzoeksplan")))
        head.addStretch(1)
        self.add_button = named_button(self, self.tr("Taak toevoegen…"), self.tr("Taak toevoegen"))
        self.add_button.clicked.connect(self.add_clicked)
        head.addWidget(self.add_button)
        layout.addLayout(head)
        self.summary = note_label(self)
        self.summary.setAccessibleName(self.tr("Stand van het onderzoeksplan"))
        layout.addWidget(self.summary)
        self.task_actions = QWidget(self)
        row = QHBoxLayout(self.task_actions)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(note_label(self.task_actions, self.tr("Gekozen taak:")))
        self.edit_button = named_button(
            self.task_actions, self.tr("Bewerken…"), self.tr("Gekozen taak bewerken")
        )
        self.done_button = named_button(
            self.task_actions, self.tr("Uitgevoerd"), self.tr("Gekozen taak is uitgevoerd")
        )
        self.cancel_button = named_button(
            self.task_actions, self.tr("Annuleren"), self.tr("Gekozen taak annuleren")
        )
        self.reopen_button = named_button(
            self.task_actions, self.tr("Opnieuw openen"), self.tr("Gekozen taak opnieuw openen")
        )
        self.edit_button.clicked.connect(self._on_edit)
        self.done_button.clicked.connect(lambda: self._on_state(TaskState.DONE))
        self.cancel_button.clicked.connect(lambda: self._on_state(TaskState.CANCELLED))
        self.reopen_button.clicked.connect(lambda: self._on_state(TaskState.OPEN))
        for button in self.buttons():
            row.addWidget(button)
        row.addStretch(1)
        layout.addWidget(self.task_actions)
        self.detail = TextBlock(self, "", "", name=self.tr("Gekozen taak"))
        layout.addWidget(self.detail)
        self.table = TaskTable(self)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.table.doubleClicked.connect(self._on_double_clicked)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._menu)
        layout.addWidget(self.table)

    def buttons(self) -> tuple[QPushButton, ...]:
        """The buttons for the chosen task."""
        return (self.edit_button, self.done_button, self.cancel_button, self.reopen_button)

    def show_tasks(self, inv: Investigation | None, today: date, allowed: Permissions) -> None:
        """The tasks of ``inv`` (None: no case shown), the one chosen before kept chosen."""
        chosen = self.table.current_task()
        self._has_case = inv is not None
        self._today = today
        self._allowed = allowed
        allow(self.add_button, allowed.task)
        tasks = list(inv.tasks) if inv is not None else []
        self.table.set_tasks(tasks, today)
        self.table.setVisible(bool(tasks))
        self.task_actions.setVisible(bool(tasks))
        if chosen is not None:
            self.table.select_task(chosen.id)
        self.summary.setText(self._summary(inv, tasks))
        self.update_buttons()

    def _summary(self, inv: Investigation | None, tasks: list[Task]) -> str:
        if inv is None:
            return ""
        if not tasks:
            return self.tr(
                "Nog geen taken. Plan hier wat er te doen is: wie, wat, en tegen wanneer."
            )
        still = open_tasks(inv)
        late = sum(1 for task in still if overdue(task, self._today))
        parts = [
            count_text(len(tasks), self.tr("1 taak"), self.tr("%1 taken")),
            count_text(len(still), self.tr("1 open"), self.tr("%1 open")),
        ]
        if late:
            parts.append(count_text(late, self.tr("1 te laat"), self.tr("%1 te laat")))
        return " · ".join(parts)

    def update_buttons(self) -> None:
        """What may be done with the chosen task, and its full text."""
        task = self.table.current_task() if self._has_case else None
        allowed = self._allowed
        if task is None:
            for button in self.buttons():
                allow(button, allowed.task_state or self.tr("Kies eerst een taak in de lijst."))
            self.detail.set_text("", "")
            self.detail.hide()
            return
        is_open = task.state is TaskState.OPEN
        only_open = None if is_open else self.tr("Alleen een open taak kan gewijzigd worden.")
        allow(self.edit_button, allowed.task or only_open)
        allow(self.done_button, allowed.task_state or only_open)
        allow(self.cancel_button, allowed.task_state or only_open)
        allow(
            self.reopen_button,
            allowed.task_state or (self.tr("Deze taak is open.") if is_open else None),
        )
        self.detail.set_text(*self._detail(task))
        self.detail.show()

    def _detail(self, task: Task) -> tuple[str, str]:
        lines = [
            shown(task.description),
            fill(
                self.tr("Verantwoordelijke: %1 · uiterlijk op %2 · %3"),
                owner_or_nobody(task.owner),
                due_text(task.due, overdue(task, self._today)),
                task_state_label(task.state),
            ),
            who_when(self.tr("Aangemaakt door %1 op %2"), task.created_by, task.created_at),
        ]
        if task.state_by and task.state_at is not None:
            lines[-1] += " · " + who_when(
                {
                    TaskState.OPEN: self.tr("opnieuw geopend door %1 op %2"),
                    TaskState.DONE: self.tr("afgevinkt als uitgevoerd door %1 op %2"),
                    TaskState.CANCELLED: self.tr("geannuleerd door %1 op %2"),
                }[task.state],
                task.state_by,
                task.state_at,
            )
        if task.pending:
            lines[-1] += " · " + self.tr("nog niet verzonden")
        html_text = paragraph(escaped(lines[0]), bold=True, space=2) + "".join(
            paragraph(escaped(line), space=0) for line in lines[1:]
        )
        return html_text, "\n".join(lines)

    def _on_current_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self.update_buttons()

    def _on_edit(self) -> None:
        task = self.table.current_task()
        if task is not None and self.edit_button.isEnabled():
            self.edit_clicked.emit(task)

    def _on_state(self, state: TaskState) -> None:
        task = self.table.current_task()
        if task is not None and self._allowed.task_state is None and task.state is not state:
            self.state_clicked.emit(task, state)

    def _on_double_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self._on_edit()

    def _menu(self, point: QPoint) -> None:
        """The chosen task's buttons as a context menu (also by the keyboard's menu key)."""
        index = self.table.indexAt(point)
        if not index.isValid():
            return
        self.table.selectRow(index.row())
        menu = QMenu(self)
        for button in self.buttons():
            action = menu.addAction(button.text())
            action.setEnabled(button.isEnabled())
            action.triggered.connect(button.click)
        menu.exec(self.table.viewport().mapToGlobal(point))
        menu.deleteLater()
