"""The dashboard's workload table: per investigator, now, their open cases, the open cases
past a deadline, their open tasks and those past their date. A click on a number asks for
its cases in the case list (for tasks: the cases holding them)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from investigator_app.dashboard.stats import Workload

IDS_ROLE = Qt.ItemDataRole.UserRole + 1  # the case ids behind a number
WHAT_ROLE = Qt.ItemDataRole.UserRole + 2  # what the number counts, for the list's label


def _text(item: QTableWidgetItem | None) -> str:
    return item.text() if item is not None else ""


class WorkloadTable(QTableWidget):
    cases_requested = Signal(object, str)  # set of case ids, what they are

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 5, parent)
        self.setObjectName("workloadTable")
        self.setAccessibleName(self.tr("Werklast per onderzoeker"))
        self.setHorizontalHeaderLabels(
            [
                self.tr("Onderzoeker"),
                self.tr("Open meldingen"),
                self.tr("Termijn verstreken"),
                self.tr("Open taken"),
                self.tr("Taken over datum"),
            ]
        )
        self.verticalHeader().setVisible(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # Names as wide as they are and the numbers right beside them: a stretched name
        # column put each person's numbers a screen's width away from their name.
        header = self.horizontalHeader()
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(90)
        for column in range(5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.cellClicked.connect(self.on_cell_clicked)
        self.itemActivated.connect(lambda item: self.on_cell_clicked(item.row(), item.column()))
        self.setToolTip(self.tr("Klik op een aantal om de meldingen ervan in de lijst te tonen."))

    def show_workload(self, rows: list[Workload]) -> None:
        self.setRowCount(len(rows))
        for row, share in enumerate(rows):
            name = share.name or (
                self.tr("Niet toegewezen") if share.person_id is None else self.tr("Onbekend")
            )
            self.setItem(row, 0, QTableWidgetItem(name))
            numbers = (
                (len(share.open_cases), share.open_cases, self.tr("open meldingen van %1")),
                (
                    len(share.overdue_deadlines),
                    share.overdue_deadlines,
                    self.tr("termijn verstreken bij %1"),
                ),
                (share.open_tasks, share.open_task_cases, self.tr("open taken van %1")),
                (
                    share.overdue_tasks,
                    share.overdue_task_cases,
                    self.tr("taken over datum van %1"),
                ),
            )
            for column, (count, ids, what) in enumerate(numbers, start=1):
                item = QTableWidgetItem(str(count))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                item.setData(IDS_ROLE, sorted(ids))
                item.setData(WHAT_ROLE, what.replace("%1", name))
                self.setItem(row, column, item)

    def on_cell_clicked(self, row: int, column: int) -> None:
        item = self.item(row, column)
        if item is None or item.data(IDS_ROLE) is None:
            return
        self.cases_requested.emit(set(item.data(IDS_ROLE)), str(item.data(WHAT_ROLE)))

    def rows(self) -> list[list[str]]:
        return [
            [_text(self.item(r, c)) for c in range(self.columnCount())]
            for r in range(self.rowCount())
        ]

    def as_html(self, title: str) -> str:
        from html import escape

        head = "".join(
            f"<th>{escape(_text(self.horizontalHeaderItem(c)))}</th>"
            for c in range(self.columnCount())
        )
        body = "".join(
            "<tr>"
            + "".join(
                f"<td{'' if c == 0 else ' align=right'}>{escape(text)}</td>"
                for c, text in enumerate(cells)
            )
            + "</tr>"
            for cells in self.rows()
        )
        return (
            f"<h2>{escape(title)}</h2><table border='1' cellspacing='0' cellpadding='3'>"
            f"<tr>{head}</tr>{body}</table>"
        )
