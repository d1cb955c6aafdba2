"""The case list: a table model over CaseSummary rows and the proxy that filters and sorts it."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, datetime
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QFont

from investigator_app.domain.deadlines import (
    BRUSSELS,
    DEFAULT_POLICY,
    DeadlinePolicy,
    DeadlineState,
    state_at,
)
from investigator_app.domain.messages import answer_deadline_passed
from investigator_app.domain.vocabulary import OPEN_STATUSES, Category, Status
from investigator_app.gui.formatting import format_date, format_day
from investigator_app.gui.labels import category_label, deadline_kind_label, status_label
from investigator_app.gui.theme import deadline_colours
from investigator_app.store.views import CaseSummary

CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

ModelIndex = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    REFERENCE = 0
    RECEIVED = 1
    CATEGORY = 2
    ENTITY = 3
    STATUS = 4
    DEADLINE = 5
    ASSIGNEE = 6


def _header(column: Column) -> str:
    return {
        Column.REFERENCE: QCoreApplication.translate("CaseTableModel", "Referentie"),
        Column.RECEIVED: QCoreApplication.translate("CaseTableModel", "Ontvangen"),
        Column.CATEGORY: QCoreApplication.translate("CaseTableModel", "Categorie"),
        Column.ENTITY: QCoreApplication.translate("CaseTableModel", "Betrokken entiteit"),
        Column.STATUS: QCoreApplication.translate("CaseTableModel", "Status"),
        Column.DEADLINE: QCoreApplication.translate("CaseTableModel", "Volgende termijn"),
        Column.ASSIGNEE: QCoreApplication.translate("CaseTableModel", "Toegewezen aan"),
    }[column]


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
    into Python hundreds of thousands of times. Updated incrementally as sync pages arrive."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[CaseSummary] = []
        self._row_of: dict[str, int] = {}
        self._now = datetime.now(UTC)
        self._policy = DEFAULT_POLICY
        self._sort_column: Column | None = None
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._sort_keys: dict[str, tuple[Any, str]] = {}
        self._unread_font = QFont()
        self._unread_font.setBold(True)
        self._brushes: dict[DeadlineState, tuple[QBrush, QBrush]] = {}
        self._pick_colours()

    def _pick_colours(self) -> None:
        """Deadline colours for the current light or dark palette, looked up once (data()
        runs for every visible cell on every repaint)."""
        self._brushes = {}
        for state in (DeadlineState.OVERDUE, DeadlineState.DUE_SOON):
            colours = deadline_colours(state)
            if colours is not None:
                self._brushes[state] = (QBrush(colours.background), QBrush(colours.foreground))

    def refresh_theme(self) -> None:
        """The palette changed (light/dark): repaint the coloured columns."""
        self._pick_colours()
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0),
                self.index(len(self._rows) - 1, len(Column) - 1),
                [Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole],
            )

    # --- updates ------------------------------------------------------------------------

    def set_policy(self, policy: DeadlinePolicy) -> None:
        self._policy = policy
        self.refresh_deadlines(self._now)

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
        return (self._sort_key(case, self._sort_column), case.reference)

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
        self._now = now
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
            return _header(Column(section))
        return None

    def deadline_state(self, case: CaseSummary) -> DeadlineState | None:
        if case.next_deadline is None:
            return None
        return state_at(case.next_deadline, self._now, self._policy)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        case = self._rows[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(case, column)
        if role == SORT_ROLE:
            return self._sort_key(case, column)
        if role == CASE_ID_ROLE:
            return case.id
        if column is Column.DEADLINE and role in (
            Qt.ItemDataRole.BackgroundRole,
            Qt.ItemDataRole.ForegroundRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return self._deadline_decoration(case, role)
        if role == Qt.ItemDataRole.FontRole:
            return self._unread_font if case.unread else None
        if column is Column.STATUS and role in (
            Qt.ItemDataRole.BackgroundRole,
            Qt.ItemDataRole.ForegroundRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return self._request_decoration(case, role)
        if column is Column.ASSIGNEE and case.needs_reassignment:
            return self._reassignment_decoration(role)
        if column is Column.REFERENCE and role == Qt.ItemDataRole.ToolTipRole:
            if case.unread:
                return QCoreApplication.translate(
                    "CaseTableModel", "Nieuw antwoord van de melder; nog niet gelezen."
                )
            if case.has_conflict:
                return QCoreApplication.translate(
                    "CaseTableModel", "Een actie van u werd niet uitgevoerd; open de melding."
                )
            if case.pending_actions:
                return QCoreApplication.translate(
                    "CaseTableModel", "Nog niet verstuurde wijzigingen: %1"
                ).replace("%1", str(case.pending_actions))
        return None

    def _display(self, case: CaseSummary, column: Column) -> str:
        if column is Column.REFERENCE:
            marker = " ⚠" if case.has_conflict else (" ↻" if case.pending_actions else "")
            return case.reference + marker
        if column is Column.RECEIVED:
            return format_date(case.received_at)
        if column is Column.CATEGORY:
            return category_label(case.category)
        if column is Column.ENTITY:
            return case.involved_entity
        if column is Column.STATUS:
            return status_label(case.status)
        if column is Column.DEADLINE:
            return format_date(case.next_deadline.due) if case.next_deadline else ""
        if case.assignee_name is None and case.needs_reassignment:
            return QCoreApplication.translate("CaseTableModel", "Te herverdelen")
        return case.assignee_name or ""

    def _sort_key(self, case: CaseSummary, column: Column) -> Any:
        if column is Column.RECEIVED:
            return case.received_at.timestamp()
        if column is Column.DEADLINE:
            # Cases without a deadline sort after every dated one.
            return case.next_deadline.due.timestamp() if case.next_deadline else float("inf")
        if column is Column.STATUS:
            return list(Status).index(case.status)
        return self._display(case, column).casefold()

    def request_overdue(self, case: CaseSummary) -> bool:
        """Also turns true as time passes, without new data (see refresh_deadlines)."""
        if case.overdue_request:
            return True
        today = self._now.astimezone(BRUSSELS).date()
        return answer_deadline_passed(case.answer_due, today)

    def _request_decoration(self, case: CaseSummary, role: int) -> Any:
        """An information request past its answer deadline stands out like a deadline."""
        overdue = self.request_overdue(case)
        if role == Qt.ItemDataRole.ToolTipRole:
            if overdue:
                return QCoreApplication.translate(
                    "CaseTableModel", "De melder antwoordde niet binnen de gevraagde termijn"
                )
            if case.awaiting_answer and case.answer_due is not None:
                return QCoreApplication.translate(
                    "CaseTableModel", "Wacht op antwoord van de melder (uiterlijk %1)"
                ).replace("%1", format_day(case.answer_due))
            if case.awaiting_answer:
                return QCoreApplication.translate(
                    "CaseTableModel", "Wacht op antwoord van de melder"
                )
            return None
        if not overdue:
            return None
        background, foreground = self._brushes[DeadlineState.OVERDUE]
        return background if role == Qt.ItemDataRole.BackgroundRole else foreground

    def _reassignment_decoration(self, role: int) -> Any:
        """A colleague recused: the manager has to give the case to someone else."""
        if role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate(
                "CaseTableModel",
                "Iemand onthield zich wegens een belangenconflict; wijs de melding opnieuw toe.",
            )
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            background, foreground = self._brushes[DeadlineState.DUE_SOON]
            return background if role == Qt.ItemDataRole.BackgroundRole else foreground
        return None

    def _deadline_decoration(self, case: CaseSummary, role: int) -> Any:
        state = self.deadline_state(case)
        if state is None or case.next_deadline is None:
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            kind = deadline_kind_label(case.next_deadline.kind)
            if state is DeadlineState.OVERDUE:
                return QCoreApplication.translate(
                    "CaseTableModel", "Termijn voor %1 verstreken"
                ).replace("%1", kind)
            if state is DeadlineState.DUE_SOON:
                return QCoreApplication.translate(
                    "CaseTableModel", "Termijn voor %1 nadert"
                ).replace("%1", kind)
            return QCoreApplication.translate("CaseTableModel", "Termijn voor %1").replace(
                "%1", kind
            )
        brushes = self._brushes.get(state)
        if brushes is None:
            return None
        return brushes[0] if role == Qt.ItemDataRole.BackgroundRole else brushes[1]


OPEN_FILTER = "open"
AWAITING_ANSWER_FILTER = "awaiting_answer"
NEEDS_REASSIGNMENT_FILTER = "needs_reassignment"


QueryTokens = Callable[[str], list[bytes] | None]
"""The keyed index tokens one typed word needs (LocalStore.query_tokens); None: none."""


class CaseFilterProxy(QSortFilterProxyModel):
    """Filters on free text, status (or awaiting an answer) and category; sorting is the
    source model's.

    Every typed word must match: as part of the reference, summary, entity, persons or
    assignee the row holds in memory, or as a whole word or word prefix of the long texts
    (description, messages, answers) through the case's keyed index tokens."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._word_tokens: list[list[bytes] | None] = []
        self._query_tokens: QueryTokens | None = None
        self._status: Status | str | None = None
        self._category: Category | None = None
        self.setDynamicSortFilter(True)  # filters follow changes; sorting is the source's

    def set_query_tokens(self, query_tokens: QueryTokens) -> None:
        """Search the long texts too, through the store's keyed index."""
        self._query_tokens = query_tokens

    def set_search_text(self, text: str) -> None:
        self.beginFilterChange()
        self._words = text.casefold().split()
        # Tokens once per search change, not once per row.
        tokens = self._query_tokens
        self._word_tokens = [tokens(word) if tokens else None for word in self._words]
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_status_filter(self, status: Status | str | None) -> None:
        """A Status, OPEN_FILTER for every open case, AWAITING_ANSWER_FILTER for cases with
        an open information request, NEEDS_REASSIGNMENT_FILTER for cases someone recused
        from, or None for all."""
        self.beginFilterChange()
        self._status = status
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_category_filter(self, category: Category | None) -> None:
        self.beginFilterChange()
        self._category = category
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        model = self.sourceModel()
        assert isinstance(model, CaseTableModel)
        case = model.case_at(source_row)
        if self._status == OPEN_FILTER:
            if case.status not in OPEN_STATUSES:
                return False
        elif self._status == AWAITING_ANSWER_FILTER:
            if not case.awaiting_answer:
                return False
        elif self._status == NEEDS_REASSIGNMENT_FILTER:
            if not case.needs_reassignment:
                return False
        elif self._status is not None and case.status != self._status:
            return False
        if self._category is not None and case.category != self._category:
            return False
        return all(
            word in case.search_text
            or (tokens is not None and case.search_tokens.issuperset(tokens))
            for word, tokens in zip(self._words, self._word_tokens, strict=True)
        )

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorted by the source model; the proxy keeps the source's order."""
        model = self.sourceModel()
        assert isinstance(model, CaseTableModel)
        model.sort(column, order)

    def case_id(self, proxy_row: int) -> str:
        value = self.data(self.index(proxy_row, 0), CASE_ID_ROLE)
        return str(value)
