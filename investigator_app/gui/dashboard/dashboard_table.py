"""The dashboard's table of numbers: every figure of the period as a row of name and value,
for screen readers and copying; the charts show the same numbers."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from investigator_app.dashboard.stats import DashboardStats
from investigator_app.domain.vocabulary import Category, Outcome, Status
from investigator_app.gui.common.labels import category_label, outcome_label, status_label

SHOWN_STATUSES = (
    Status.FORWARDED,
    Status.ACKNOWLEDGED,
    Status.ASSESSING,
    Status.INVESTIGATING,
    Status.CLOSED,
)
"""The statuses the dashboard counts, in the order of the table and the charts."""


def format_days(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}".replace(".", ",")


class DashboardTable(QTableWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 2, parent)
        self.setAccessibleName(self.tr("Cijfers van de periode"))
        self.setHorizontalHeaderLabels([self.tr("Cijfer"), self.tr("Aantal")])
        self.verticalHeader().setVisible(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def show_stats(self, stats: DashboardStats) -> None:
        rows = self._rows(stats)
        self.setRowCount(len(rows))
        for row, (name, value) in enumerate(rows):
            self.setItem(row, 0, QTableWidgetItem(name))
            item = QTableWidgetItem(value)
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.setItem(row, 1, item)

    def rows(self) -> list[tuple[str, str]]:
        """The (name, value) texts shown now."""
        rows: list[tuple[str, str]] = []
        for row in range(self.rowCount()):
            name, value = self.item(row, 0), self.item(row, 1)
            rows.append((name.text() if name else "", value.text() if value else ""))
        return rows

    def _rows(self, stats: DashboardStats) -> list[tuple[str, str]]:
        rows = [(self.tr("Ontvangen meldingen"), str(stats.received))]
        rows += [
            (self.tr("Status: %1").replace("%1", status_label(s)), str(stats.by_status.get(s, 0)))
            for s in SHOWN_STATUSES
        ]
        rows += [
            (
                self.tr("Categorie: %1").replace("%1", category_label(c)),
                str(stats.by_category.get(c, 0)),
            )
            for c in Category
        ]
        rows += [
            (
                self.tr("Resultaat: %1").replace("%1", outcome_label(o)),
                str(stats.by_outcome.get(o, 0)),
            )
            for o in Outcome
        ]
        for name, tally in (
            (self.tr("Ontvangstbevestiging"), stats.acknowledgement),
            (self.tr("Terugkoppeling"), stats.feedback),
        ):
            rows += [
                (self.tr("%1 op tijd").replace("%1", name), str(tally.met)),
                (self.tr("%1 te laat").replace("%1", name), str(tally.late)),
                (self.tr("%1 verstreken, nog niet gedaan").replace("%1", name), str(tally.overdue)),
            ]
        rows.append((self.tr("Afgerond in de periode"), str(stats.closed)))
        rows.append(
            (self.tr("Mediaan dagen tot afronding"), format_days(stats.median_days_to_close))
        )
        return rows
