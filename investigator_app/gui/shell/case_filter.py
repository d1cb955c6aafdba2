"""The case list's filters: free text (the long texts too, through the store's keyed
index), status or a named group of cases (open, mine, with a task of mine, a deadline
passed, awaiting an answer, to be reassigned), and category. Sorting stays the model's.

The proxy keeps its row mapping in a Python list and filters every row in one pass: with a
hundred thousand cases, QSortFilterProxyModel's call into Python for each row made each
keystroke of a search cost half a second (bench/store_scale_bench.py)."""

from __future__ import annotations

import bisect
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractProxyModel, QModelIndex, QObject, Qt

from investigator_app.domain.vocabulary import Category, Status
from investigator_app.gui.shell.case_checks import (
    AWAITING_ANSWER_FILTER,
    MINE_FILTER,
    MY_TASKS_FILTER,
    NAMED_FILTERS,
    NEEDS_REASSIGNMENT_FILTER,
    OPEN_FILTER,
    OVERDUE_FILTER,
    Check,
    Span,
    category_check,
    ids_check,
    passes,
    passing,
    status_check,
    word_check,
)
from investigator_app.gui.shell.case_table import CASE_ID_ROLE, CaseTableModel, ModelIndex
from investigator_app.store.views import CaseSummary

__all__ = [  # the filters' names, where the list and its users have always found them
    "AWAITING_ANSWER_FILTER",
    "MINE_FILTER",
    "MY_TASKS_FILTER",
    "NAMED_FILTERS",
    "NEEDS_REASSIGNMENT_FILTER",
    "OPEN_FILTER",
    "OVERDUE_FILTER",
    "CaseFilterProxy",
    "WordSearch",
]

WordSearch = Callable[[str], frozenset[int] | None]
"""The search keys of the cases whose long texts hold one typed word
(LocalStore.word_matches); None when the word is too short to look up."""

_FLAGS = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren
_WIDE_CHANGE = 64  # a data change over more rows than this is filtered again in one pass


class CaseFilterProxy(QAbstractProxyModel):
    """Filters on free text, status (or awaiting an answer) and category; sorting is the
    source model's, and the rows keep the source's order.

    Every typed word must match: as part of the reference, summary, entity, persons or
    assignee the row holds in memory, or as a whole word or word prefix of the long texts
    (description, messages, answers) through the store's keyed index.

    A filter change is one layout change (as QSortFilterProxyModel.invalidate() does): the
    selection of the rows still shown stays."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._word_hits: list[frozenset[int] | None] = []
        self._word_search: WordSearch | None = None
        self._hits_stale = False
        self._status: Status | str | None = None
        self._category: Category | None = None
        self._ids: frozenset[str] | None = None  # only these cases (from the dashboard)
        self._rows: list[int] = []  # proxy row -> source row, ascending
        # The persistent indexes' rows and columns over a source layout change.
        self._held: list[tuple[CaseSummary, int]] = []
        self._removing = False

    # --- the source ---------------------------------------------------------------------

    def _source(self) -> CaseTableModel:
        model = self.sourceModel()
        assert isinstance(model, CaseTableModel)
        return model

    def setSourceModel(self, model: Any) -> None:  # Qt's name
        assert isinstance(model, CaseTableModel)
        self.beginResetModel()
        old = self.sourceModel()
        if isinstance(old, CaseTableModel):
            for signal, slot in self._following(old):
                signal.disconnect(slot)
        super().setSourceModel(model)
        for signal, slot in self._following(model):
            signal.connect(slot)
        self._filter_all()
        self.endResetModel()

    def _following(self, model: CaseTableModel) -> list[tuple[Any, Callable[..., None]]]:
        """The source's signals and what the proxy does on each."""
        return [
            (model.modelAboutToBeReset, self.beginResetModel),
            (model.modelReset, self._on_source_reset),
            (model.rowsInserted, self._on_rows_inserted),
            (model.rowsAboutToBeRemoved, self._on_rows_about_to_be_removed),
            (model.rowsRemoved, self._on_rows_removed),
            (model.dataChanged, self._on_data_changed),
            (model.layoutAboutToBeChanged, self._on_layout_about_to_change),
            (model.layoutChanged, self._on_layout_changed),
        ]

    def _set_rows(self, rows: list[int]) -> None:
        self._rows = rows

    def _filter_all(self) -> None:
        model = self.sourceModel()
        self._set_rows(passing(self._checks(), model) if isinstance(model, CaseTableModel) else [])

    def _on_source_reset(self) -> None:
        self._source_changed()
        self._filter_all()
        self.endResetModel()

    def _on_rows_inserted(self, _parent: QModelIndex, first: int, last: int) -> None:
        self._source_changed()
        count = last - first + 1
        rows = self._rows
        at = bisect.bisect_left(rows, first)
        arrived = passing(self._checks(), Span(self._source(), first, last))
        new = [first + row for row in arrived]
        # The rows shown keep their cases (now further down in the source) before the new
        # ones are announced: a view reads them while it hears of the insertion.
        self._set_rows(rows[:at] + [row + count for row in rows[at:]])
        if new:
            self.beginInsertRows(QModelIndex(), at, at + len(new) - 1)
            self._rows[at:at] = new
            self.endInsertRows()

    def _on_rows_about_to_be_removed(self, _parent: QModelIndex, first: int, last: int) -> None:
        start = bisect.bisect_left(self._rows, first)
        end = bisect.bisect_right(self._rows, last)
        self._removing = end > start
        if self._removing:
            self.beginRemoveRows(QModelIndex(), start, end - 1)

    def _on_rows_removed(self, _parent: QModelIndex, first: int, last: int) -> None:
        count = last - first + 1
        rows = self._rows
        start = bisect.bisect_left(rows, first)
        end = bisect.bisect_right(rows, last)
        self._set_rows(rows[:start] + [row - count for row in rows[end:]])
        if self._removing:
            self._removing = False
            self.endRemoveRows()

    def _on_data_changed(self, top: QModelIndex, bottom: QModelIndex, roles: Any = ()) -> None:
        first, last = top.row(), bottom.row()
        self._source_changed()
        checks = self._checks()
        if checks and last - first >= _WIDE_CHANGE:
            self._relayout()  # a deadline tick, a new palette: every row may move in or out
        elif checks:
            for row in range(first, last + 1):
                self._follow_row(row, passes(checks, self._source().case_at(row)))
        start = bisect.bisect_left(self._rows, first)
        end = bisect.bisect_right(self._rows, last)
        if end > start:
            self.dataChanged.emit(
                self.index(start, top.column()), self.index(end - 1, bottom.column()), roles
            )

    def _follow_row(self, source_row: int, accepted: bool) -> None:
        """One changed row enters or leaves the filtered rows."""
        rows = self._rows
        at = bisect.bisect_left(rows, source_row)
        shown = at < len(rows) and rows[at] == source_row
        if accepted and not shown:
            self.beginInsertRows(QModelIndex(), at, at)
            rows.insert(at, source_row)
            self.endInsertRows()
        elif shown and not accepted:
            self.beginRemoveRows(QModelIndex(), at, at)
            del rows[at]
            self.endRemoveRows()

    def _on_layout_about_to_change(self, *_args: object) -> None:
        self.layoutAboutToBeChanged.emit()
        model = self._source()
        self._held = [
            (model.case_at(self._rows[index.row()]), index.column())
            for index in self.persistentIndexList()
        ]

    def _on_layout_changed(self, *_args: object) -> None:
        self._filter_all()
        persistent = self.persistentIndexList()
        source_rows = self._source().rows_of([case for case, _ in self._held])
        moved = []
        for source_row, (_, column) in zip(source_rows, self._held, strict=True):
            row = None if source_row is None else self._proxy_row(source_row)
            moved.append(QModelIndex() if row is None else self.index(row, column))
        self._held = []
        self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()

    def _relayout(self) -> None:
        """The filter changed: the rows shown are filtered again in one layout change."""
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        held = [(self._rows[index.row()], index.column()) for index in persistent]
        self._filter_all()
        moved = []
        for source_row, column in held:
            row = self._proxy_row(source_row)
            moved.append(QModelIndex() if row is None else self.index(row, column))
        self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()

    def _proxy_row(self, source_row: int) -> int | None:
        rows = self._rows
        at = bisect.bisect_left(rows, source_row)
        return at if at < len(rows) and rows[at] == source_row else None

    # --- the filters --------------------------------------------------------------------

    def set_word_search(self, word_search: WordSearch) -> None:
        """Search the long texts too, through the store's keyed index."""
        self._word_search = word_search

    def set_search_text(self, text: str) -> None:
        self._words = text.casefold().split()
        self._ask_index()
        self._relayout()

    def _ask_index(self) -> None:
        """The index is asked once per word and change, not once per row."""
        search = self._word_search
        self._word_hits = [search(word) if search else None for word in self._words]
        self._hits_stale = False

    def _source_changed(self) -> None:
        """Rows arrived or changed: a search of the long texts asks the index again (once)
        before it filters them."""
        if self._word_search is not None and self._words:
            self._hits_stale = True

    def set_status_filter(self, status: Status | str | None) -> None:
        """A Status, one of NAMED_FILTERS (OPEN_FILTER for every open case, MINE_FILTER for
        those assigned to the user, MY_TASKS_FILTER for those with an open task of theirs,
        OVERDUE_FILTER for those past a deadline, AWAITING_ANSWER_FILTER for those with an
        open information request, NEEDS_REASSIGNMENT_FILTER for those someone recused
        from), or None for all."""
        self._status = status
        self._relayout()

    def set_category_filter(self, category: Category | None) -> None:
        self._category = category
        self._relayout()

    def set_id_filter(self, case_ids: frozenset[str] | None) -> None:
        """Only the cases with these ids (the cases behind a dashboard number); None: off."""
        self._ids = case_ids
        self._relayout()

    @property
    def id_filter(self) -> frozenset[str] | None:
        return self._ids

    def _checks(self) -> list[Check]:
        """What a row must pass under the current filters (nothing: every row shows)."""
        if self._hits_stale:
            self._ask_index()
        checks: list[Check] = []
        if self._ids is not None:
            checks.append(ids_check(self._ids))
        if self._status is not None:
            # Overdue as time passes too: the model's deadline tick changes every row's
            # data, and the rows are filtered again.
            checks.append(status_check(self._status, *self._source().deadline_moment()))
        if self._category is not None:
            checks.append(category_check(self._category))
        for word, hits in zip(self._words, self._word_hits, strict=True):
            checks.append(word_check(word, hits))
        return checks

    # --- the model ----------------------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorted by the source model; the proxy keeps the source's order."""
        self._source().sort(column, order)

    def index(self, row: int, column: int, parent: ModelIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if parent.isValid() or not (0 <= row < len(self._rows)):
            return QModelIndex()
        if not 0 <= column < self._source().columnCount():
            return QModelIndex()
        return self.createIndex(row, column)

    def parent(self, _index: ModelIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        return QModelIndex()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        model = self.sourceModel()
        return 0 if parent.isValid() or model is None else model.columnCount()

    def hasChildren(self, parent: ModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and bool(self._rows)

    def mapToSource(self, proxy_index: ModelIndex) -> QModelIndex:
        if not proxy_index.isValid() or proxy_index.row() >= len(self._rows):
            return QModelIndex()
        return self._source().index(self._rows[proxy_index.row()], proxy_index.column())

    def mapFromSource(self, source_index: ModelIndex) -> QModelIndex:
        if not source_index.isValid():
            return QModelIndex()
        row = self._proxy_row(source_index.row())
        return QModelIndex() if row is None else self.index(row, source_index.column())

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = index.row()
        if not index.isValid() or row >= len(self._rows):
            return None
        return self._source().cell(self._rows[row], index.column(), role)

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        return _FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            return self._source().headerData(section, orientation, role)
        return None

    def case_id(self, proxy_row: int) -> str:
        value = self.data(self.index(proxy_row, 0), CASE_ID_ROLE)
        return str(value)
