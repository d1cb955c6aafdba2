"""The case list's table model: the CaseSummary rows in their sort order, sorted here over
cached keys and kept sorted as sync pages arrive (new rows inserted with bisect)."""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from investigator_app.domain.deadlines import DeadlinePolicy, DeadlineState
from investigator_app.gui.shell.case_columns import CaseCells, Column, header, header_tooltip
from investigator_app.store.views import CaseSummary

CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

ModelIndex = QModelIndex | QPersistentModelIndex


class _Descending:
    """A sort key in reverse, so that bisect can work on a descending list."""

    __slots__ = ("key",)

    def __init__(self, key: Any) -> None:
        self.key = key

    def __lt__(self, other: _Descending) -> bool:
        return bool(other.key < self.key)


class CaseTableModel(QAbstractTableModel):
    """Holds the case rows, sorted here (not in the proxy): with ten thousand rows a Python
    sort over cached keys takes milliseconds, where the proxy's comparisons would call back
    into Python hundreds of thousands of times. Updated incrementally as sync pages arrive.
    What a cell shows is ``CaseCells``'s (case_columns.py)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[CaseSummary] = []
        self._row_of: dict[str, int] = {}
        self._cells = CaseCells()
        self._sort_column: Column | None = None
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._sort_keys: dict[str, tuple[Any, str]] = {}

    def refresh_theme(self) -> None:
        """The palette changed (light/dark): repaint the coloured columns."""
        self._cells.pick_colours()
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0),
                self.index(len(self._rows) - 1, len(Column) - 1),
                [Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole],
            )

    # --- updates ------------------------------------------------------------------------

    def set_policy(self, policy: DeadlinePolicy) -> None:
        self._cells.policy = policy
        self.refresh_deadlines(self._cells.now)

    def set_cases(self, cases: Sequence[CaseSummary]) -> None:
        self.beginResetModel()
        self._rows = list(cases)
        self._sort_keys = {case.id: self._key(case) for case in self._rows}
        if self._sort_column is not None:
            self._rows.sort(key=self._cached_key, reverse=self._descending)
        self._index_rows()
        self.endResetModel()

    def upsert(self, cases: Iterable[CaseSummary]) -> None:
        """Replace known rows in place and insert new ones where the sort order puts them.

        Inserting at the right place keeps the cost per row small whatever the list's size;
        only a changed sort key of a known row re-sorts the whole list (layoutChanged).
        """
        new: list[CaseSummary] = []
        reorder = False
        for case in cases:
            row = self._row_of.get(case.id)
            key = self._key(case)
            if row is None:
                new.append(case)
            else:
                reorder = reorder or key != self._sort_keys.get(case.id)
                self._rows[row] = case
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1))
            self._sort_keys[case.id] = key
        if new:
            self._insert_sorted(new)
        if reorder and self._sort_column is not None:
            self._resort()

    def _insert_sorted(self, new: list[CaseSummary]) -> None:
        if self._sort_column is None:
            positions = [len(self._rows)] * len(new)
        else:
            new.sort(key=self._order_key)
            positions = [
                bisect.bisect_right(self._rows, self._order_key(case), key=self._order_key)
                for case in new
            ]
        # Going from the back keeps the positions of the runs still to insert valid.
        start = len(new)
        while start > 0:
            end = start
            start -= 1
            while start > 0 and positions[start - 1] == positions[end - 1]:
                start -= 1
            at = positions[start]
            self.beginInsertRows(QModelIndex(), at, at + end - start - 1)
            self._rows[at:at] = new[start:end]
            self.endInsertRows()
        self._index_rows()

    def remove(self, case_ids: Iterable[str]) -> None:
        # Highest row first, so the rows still to remove keep their numbers.
        rows = sorted((self._row_of[i] for i in case_ids if i in self._row_of), reverse=True)
        for row in rows:
            self.beginRemoveRows(QModelIndex(), row, row)
            self._sort_keys.pop(self._rows[row].id, None)
            del self._rows[row]
            self.endRemoveRows()
        if rows:
            self._index_rows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort_column = Column(column) if 0 <= column < len(Column) else None
        self._sort_order = order
        self._sort_keys = {case.id: self._key(case) for case in self._rows}
        if self._sort_column is not None:
            self._resort()

    @property
    def _descending(self) -> bool:
        return self._sort_order == Qt.SortOrder.DescendingOrder

    def _key(self, case: CaseSummary) -> tuple[Any, str]:
        # The reference breaks ties, so equal keys keep one stable order.
        if self._sort_column is None:
            return (0, case.reference)
        return (self._cells.sort_key(case, self._sort_column), case.reference)

    def _cached_key(self, case: CaseSummary) -> tuple[Any, str]:
        return self._sort_keys[case.id]

    def _order_key(self, case: CaseSummary) -> Any:
        key = self._sort_keys[case.id]
        return _Descending(key) if self._descending else key

    def _index_rows(self) -> None:
        self._row_of = {case.id: row for row, case in enumerate(self._rows)}

    def _resort(self) -> None:
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        held = [(self._rows[index.row()].id, index.column()) for index in persistent]
        self._rows.sort(key=self._cached_key, reverse=self._descending)
        self._index_rows()
        self.changePersistentIndexList(
            persistent, [self.index(self._row_of[case_id], column) for case_id, column in held]
        )
        self.layoutChanged.emit()

    def refresh_deadlines(self, now: datetime) -> None:
        """Deadlines turn due-soon or overdue as time passes, without new data."""
        self._cells.now = now
        if self._rows:
            # The status column too: an information request turns overdue at midnight.
            top, bottom = (
                self.index(0, Column.STATUS),
                self.index(len(self._rows) - 1, Column.DEADLINE),
            )
            self.dataChanged.emit(top, bottom)

    # --- reading ------------------------------------------------------------------------

    def case_at(self, row: int) -> CaseSummary:
        return self._rows[row]

    def row_of(self, case_id: str) -> int | None:
        return self._row_of.get(case_id)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return header(Column(section))
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            return header_tooltip(Column(section))
        return None

    def display_text(self, row: int, column: Column) -> str:
        """What a cell shows, without building a model index (column sizing reads many)."""
        return self._cells.display(self._rows[row], column)

    def deadline_state(self, case: CaseSummary) -> DeadlineState | None:
        return self._cells.deadline_state(case)

    def request_overdue(self, case: CaseSummary) -> bool:
        """Also turns true as time passes, without new data (see refresh_deadlines)."""
        return self._cells.request_overdue(case)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        case = self._rows[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cells.display(case, column)
        if role == SORT_ROLE:
            return self._cells.sort_key(case, column)
        if role == CASE_ID_ROLE:
            return case.id
        return self._cells.decoration(case, column, role)
