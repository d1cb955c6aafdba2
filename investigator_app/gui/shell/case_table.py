"""The case list's table model: the CaseSummary rows in their sort order, sorted here and
kept sorted as sync pages arrive (a few new rows inserted with bisect, many appended and
the list sorted once)."""

from __future__ import annotations

import bisect
import operator
from collections.abc import Callable, Collection, Iterable, Sequence
from datetime import datetime
from itertools import compress, count, repeat
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
_DISPLAY = Qt.ItemDataRole.DisplayRole
_COLUMNS = tuple(Column)
# More new rows than this are appended and the list sorted once: a sync page of a thousand
# new cases is then two model signals, not a thousand.
_INSERT_RUNS_MAX = 16
# More changed rows than this are announced as one range rather than one signal each.
_CHANGED_ROWS_MAX = 16

ModelIndex = QModelIndex | QPersistentModelIndex
_REFERENCE = operator.attrgetter("reference")
_FEW = 16


def _no_key(_case: CaseSummary) -> int:
    return 0


class _Descending:
    """A sort key in reverse, so that bisect can work on a descending list."""

    __slots__ = ("key",)

    def __init__(self, key: Any) -> None:
        self.key = key

    def __lt__(self, other: _Descending) -> bool:
        return bool(other.key < self.key)


class CaseTableModel(QAbstractTableModel):
    """Holds the case rows, sorted here (not in the proxy): with a hundred thousand rows a
    Python sort takes tens of milliseconds, where the proxy's comparisons would call back
    into Python millions of times. Updated incrementally as sync pages arrive.
    What a cell shows is ``CaseCells``'s (case_columns.py)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[CaseSummary] = []
        self._columns: dict[str, list[Any]] = {}  # one field of every row, when asked
        self._by_reference: list[CaseSummary] | None = None  # the rows by reference, kept
        self._row_of: dict[str, int] | None = {}  # case id -> row; None: made when asked
        self._cells = CaseCells()
        self._sort_column: Column | None = None
        self._sort_order = Qt.SortOrder.AscendingOrder

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
        self._changed()
        self._sort_rows(by_column=True)
        self.endResetModel()

    def upsert(self, cases: Iterable[CaseSummary]) -> None:
        """Replace known rows in place and insert new ones where the sort order puts them.

        Inserting at the right place keeps the cost per row small whatever the list's size;
        a changed sort key of a known row, or new rows for many places at once, re-sort the
        whole list instead (one layoutChanged).
        """
        new: list[CaseSummary] = []
        changed: list[int] = []
        reorder = False
        # A first load comes in reference order (the store's): sorting it by reference first
        # costs one pass, and two simple sorts beat one on a tuple key per row.
        first_load = not self._rows
        key = self._primary_key()
        row_of = self._row_index()
        for case in cases:
            row = row_of.get(case.id)
            if row is None:
                new.append(case)
            else:
                reorder = reorder or key(case) != key(self._rows[row])
                self._rows[row] = case
                changed.append(row)
        if changed:
            self._changed()
        self._announce_changed(changed)
        if new:
            reorder = self._insert_sorted(new) or reorder
        if reorder and self._sort_column is not None:
            self._resort(by_column=first_load)

    def _announce_changed(self, rows: list[int]) -> None:
        last_column = len(Column) - 1
        if len(rows) > _CHANGED_ROWS_MAX:
            self.dataChanged.emit(self.index(min(rows), 0), self.index(max(rows), last_column))
            return
        for row in rows:
            self.dataChanged.emit(self.index(row, 0), self.index(row, last_column))

    def _insert_sorted(self, new: list[CaseSummary]) -> bool:
        """Insert ``new`` rows; True when they were appended and the list must be sorted."""
        if self._sort_column is None:
            positions = [len(self._rows)] * len(new)
        elif len(new) > _INSERT_RUNS_MAX:
            self._append(new)
            return True
        else:
            order = self._order_key()
            new.sort(key=order)
            positions = [bisect.bisect_right(self._rows, order(case), key=order) for case in new]
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
            self._changed()
            self.endInsertRows()
        self._index_rows()
        return False

    def _append(self, new: list[CaseSummary]) -> None:
        at = len(self._rows)
        self.beginInsertRows(QModelIndex(), at, at + len(new) - 1)
        self._rows.extend(new)
        self._changed()
        if self._row_of is not None and len(new) <= _FEW:
            for row, case in enumerate(new, start=at):
                self._row_of[case.id] = row
        else:
            self._row_of = None
        self.endInsertRows()

    def remove(self, case_ids: Collection[str]) -> None:
        if not case_ids:
            return
        # Highest row first, so the rows still to remove keep their numbers.
        row_of = self._row_index()
        rows = sorted((row_of[i] for i in case_ids if i in row_of), reverse=True)
        for row in rows:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self._changed()
            self.endRemoveRows()
        if rows:
            self._index_rows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        sort_column = Column(column) if 0 <= column < len(Column) else None
        if (sort_column, order) == (self._sort_column, self._sort_order):
            return  # kept in this order all along (QTableView.sortByColumn asks twice)
        self._sort_column, self._sort_order = sort_column, order
        if self._sort_column is not None:
            self._resort(by_column=True)

    @property
    def _descending(self) -> bool:
        return self._sort_order == Qt.SortOrder.DescendingOrder

    def _primary_key(self) -> Callable[[CaseSummary], Any]:
        """The current column's sort key of a row (without the reference that breaks ties)."""
        column = self._sort_column
        return _no_key if column is None else self._cells.sort_key_function(column)

    def _order_key(self) -> Callable[[CaseSummary], Any]:
        """The full sort key of a row, the reference breaking ties, for bisect: reversed
        when the list is sorted in descending order."""
        key = self._primary_key()
        if self._descending:
            return lambda case: _Descending((key(case), case.reference))
        return lambda case: (key(case), case.reference)

    def _sort_rows(self, *, by_column: bool = False) -> None:
        """Sort by the column's key, then the reference. In another column's order
        (``by_column``): two stable sorts over keys made by one function each, cheaper than a
        tuple key per row. Else the rows are in order but for a few changed or appended ones:
        one sort on the whole key, which merges what is in order already."""
        if self._sort_column is not None:
            descending = self._descending
            if by_column:
                if self._by_reference is None:
                    self._by_reference = sorted(self._rows, key=_REFERENCE)
                rows = self._by_reference[::-1] if descending else list(self._by_reference)
                rows.sort(key=self._primary_key(), reverse=descending)
                self._rows = rows
            else:
                key = self._primary_key()
                self._rows.sort(key=lambda case: (key(case), case.reference), reverse=descending)
        self._columns.clear()  # the same rows in another order: _by_reference stays
        self._index_rows()

    def _changed(self) -> None:
        """The rows changed: what was worked out from them is worked out again."""
        self._columns.clear()
        self._by_reference = None

    def _index_rows(self) -> None:
        """The rows moved: the row of each case is looked up again when next asked (a sort
        without a selection need not pay for a dictionary of 100,000 rows)."""
        self._row_of = None

    def _row_index(self) -> dict[str, int]:
        if self._row_of is None:
            self._row_of = {case.id: row for row, case in enumerate(self._rows)}
        return self._row_of

    def rows_of(self, cases: Sequence[CaseSummary]) -> list[int | None]:
        """The rows of these case rows (None: not in the list). A few (a selection after a
        sort) are found by identity in a pass at C speed, without reading a field of every
        row or making the dictionary of every row."""
        if self._row_of is None and len(cases) <= _FEW:
            rows = self._rows
            return [
                next(compress(count(), map(operator.is_, rows, repeat(case))), None)
                for case in cases
            ]
        row_of = self._row_index()
        return [row_of.get(case.id) for case in cases]

    def _resort(self, *, by_column: bool = False) -> None:
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        held = [(self._rows[index.row()], index.column()) for index in persistent]
        self._sort_rows(by_column=by_column)
        rows = self.rows_of([case for case, _ in held])
        self.changePersistentIndexList(
            persistent,
            [
                QModelIndex() if row is None else self.index(row, column)
                for row, (_, column) in zip(rows, held, strict=True)
            ],
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

    def cases(self) -> list[CaseSummary]:
        """Every row in list order (the model's own list: read it, do not change it)."""
        return self._rows

    def column(self, field: str) -> list[Any]:
        """One field of every row, in list order, kept until the rows change: the filters
        read a field of 100,000 rows at each keystroke (read it, do not change it)."""
        values = self._columns.get(field)
        if values is None:
            values = self._columns[field] = list(map(operator.attrgetter(field), self._rows))
        return values

    def row_of(self, case_id: str) -> int | None:
        return self._row_index().get(case_id)

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

    def display_case(self, case: CaseSummary, column: Column) -> str:
        """What ``case``'s cell in ``column`` shows."""
        return self._cells.display(case, column)

    def deadline_state(self, case: CaseSummary) -> DeadlineState | None:
        return self._cells.deadline_state(case)

    def deadline_moment(self) -> tuple[datetime, DeadlinePolicy]:
        """The moment and the policy the deadlines are shown for (refresh_deadlines)."""
        return self._cells.now, self._cells.policy

    def request_overdue(self, case: CaseSummary) -> bool:
        """Also turns true as time passes, without new data (see refresh_deadlines)."""
        return self._cells.request_overdue(case)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        return self.cell(index.row(), index.column(), role)

    def cell(self, row: int, column: int, role: int) -> Any:
        """data() by row and column, without a model index (the proxy's data())."""
        case = self._rows[row]
        if role == _DISPLAY:
            return self._cells.display(case, _COLUMNS[column])
        if role == CASE_ID_ROLE:
            return case.id
        if role == SORT_ROLE:
            return self._cells.sort_key(case, _COLUMNS[column])
        return self._cells.decoration(case, _COLUMNS[column], role)
