"""The case list's filters: free text (also through the keyed index tokens of the long
texts), status or a named group of cases, and category. Sorting stays the model's."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QSortFilterProxyModel, Qt

from investigator_app.domain.vocabulary import OPEN_STATUSES, Category, Status
from investigator_app.gui.shell.case_table import CASE_ID_ROLE, CaseTableModel, ModelIndex

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
