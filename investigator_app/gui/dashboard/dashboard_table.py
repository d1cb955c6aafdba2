"""The dashboard's table of numbers: every figure of the period beside the one before, by
section, for screen readers and copying; the charts show the same numbers. A click on a
number (or Enter on it) asks for its cases in the case list."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from investigator_app.accountability.yearly import Cell, Value
from investigator_app.dashboard.stats import DashboardStats
from investigator_app.gui.dashboard.dashboard_labels import (
    cell_label,
    section_label,
    table_sections,
)

CELL_ROLE = Qt.ItemDataRole.UserRole + 1  # the Cell behind a number
PREVIOUS_ROLE = Qt.ItemDataRole.UserRole + 2  # True: the number of the period before


def format_value(value: Value) -> str:
    if value is None:
        return "—"
    if isinstance(value, float):
        return f"{value:.1f}".replace(".", ",")
    return str(value)


def _text(item: QTableWidgetItem | None) -> str:
    return item.text() if item is not None else ""


class DashboardTable(QTableWidget):
    cell_requested = Signal(object, bool)  # Cell, of the previous period

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 3, parent)
        self.setObjectName("dashboardTable")
        self.setAccessibleName(self.tr("Cijfers van de periode"))
        self.setHorizontalHeaderLabels(
            [self.tr("Cijfer"), self.tr("Deze periode"), self.tr("Vorige periode")]
        )
        self.verticalHeader().setVisible(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.cellClicked.connect(self.on_cell_clicked)
        self.itemActivated.connect(lambda item: self.on_cell_clicked(item.row(), item.column()))
        self.setToolTip(self.tr("Klik op een aantal om de meldingen ervan in de lijst te tonen."))

    def show_stats(self, stats: DashboardStats) -> None:
        self.setRowCount(0)
        bold = QFont(self.font())
        bold.setBold(True)
        for section, cells in table_sections():
            row = self.rowCount()
            self.insertRow(row)
            heading = QTableWidgetItem(section_label(section))
            heading.setFont(bold)
            heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.setItem(row, 0, heading)
            self.setSpan(row, 0, 1, 3)
            for cell in cells:
                self._add_row(cell, stats)
        self.resizeColumnsToContents()

    def _add_row(self, cell: Cell, stats: DashboardStats) -> None:
        row = self.rowCount()
        self.insertRow(row)
        name = QTableWidgetItem(cell_label(cell))
        name.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        self.setItem(row, 0, name)
        for column, value, previous in (
            (1, stats.value(cell), False),
            (2, stats.previous(cell), True),
        ):
            item = QTableWidgetItem(format_value(value))
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setData(CELL_ROLE, cell)
            item.setData(PREVIOUS_ROLE, previous)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            self.setItem(row, column, item)

    def on_cell_clicked(self, row: int, column: int) -> None:
        item = self.item(row, column)
        if item is None or item.data(CELL_ROLE) is None:
            return
        self.cell_requested.emit(item.data(CELL_ROLE), bool(item.data(PREVIOUS_ROLE)))

    def rows(self) -> list[tuple[str, str]]:
        """The (name, this period's value) texts of the numbers shown now."""
        found: list[tuple[str, str]] = []
        for row in range(self.rowCount()):
            name, value = self.item(row, 0), self.item(row, 1)
            if name is not None and value is not None:
                found.append((name.text(), value.text()))
        return found

    def text_at(self, row: int, column: int = 1) -> str:
        """The text shown in a cell ("" where there is none)."""
        return _text(self.item(row, column))

    def row_of(self, cell: Cell) -> int | None:
        for row in range(self.rowCount()):
            item = self.item(row, 1)
            if item is not None and item.data(CELL_ROLE) == cell:
                return row
        return None

    def as_html(self, title: str) -> str:
        """The table as HTML (for the PDF and PNG export: every row, not just the visible)."""
        from html import escape

        head = "".join(f"<th>{escape(_text(self.horizontalHeaderItem(c)))}</th>" for c in range(3))
        body: list[str] = []
        for row in range(self.rowCount()):
            cells = [self.item(row, c) for c in range(3)]
            if cells[1] is None:
                text = escape(cells[0].text()) if cells[0] is not None else ""
                body.append(f"<tr><td colspan='3'><b>{text}</b></td></tr>")
                continue
            texts = [escape(c.text()) if c is not None else "" for c in cells]
            body.append(
                f"<tr><td>{texts[0]}</td><td align='right'>{texts[1]}</td>"
                f"<td align='right'>{texts[2]}</td></tr>"
            )
        return (
            f"<h2>{escape(title)}</h2><table border='1' cellspacing='0' cellpadding='3'>"
            f"<tr>{head}</tr>{''.join(body)}</table>"
        )
