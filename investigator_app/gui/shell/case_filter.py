"""The case list's filters: free text (also through the keyed index tokens of the long
texts), status or a named group of cases (open, mine, with a task of mine, a deadline
passed, awaiting an answer, to be reassigned), and category. Sorting stays the model's."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QSortFilterProxyModel, Qt

from investigator_app.domain.deadlines import DeadlineState
from investigator_app.domain.vocabulary import OPEN_STATUSES, Category, Status
from investigator_app.gui.shell.case_table import CASE_ID_ROLE, CaseTableModel, ModelIndex
from investigator_app.store.views import CaseSummary

OPEN_FILTER = "open"
AWAITING_ANSWER_FILTER = "awaiting_answer"
NEEDS_REASSIGNMENT_FILTER = "needs_reassignment"
MINE_FILTER = "mine"  # assigned to the signed-in user
MY_TASKS_FILTER = "my_tasks"  # an open task of the signed-in user
OVERDUE_FILTER = "overdue"  # a deadline passed: the case's, or an answer's
NAMED_FILTERS = (
    OPEN_FILTER,
    MINE_FILTER,
    MY_TASKS_FILTER,
    OVERDUE_FILTER,
    AWAITING_ANSWER_FILTER,
    NEEDS_REASSIGNMENT_FILTER,
)


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
        self._ids: frozenset[str] | None = None  # only these cases (from the dashboard)
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
        """A Status, one of NAMED_FILTERS (OPEN_FILTER for every open case, MINE_FILTER for
        those assigned to the user, MY_TASKS_FILTER for those with an open task of theirs,
        OVERDUE_FILTER for those past a deadline, AWAITING_ANSWER_FILTER for those with an
        open information request, NEEDS_REASSIGNMENT_FILTER for those someone recused
        from), or None for all."""
        self.beginFilterChange()
        self._status = status
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_category_filter(self, category: Category | None) -> None:
        self.beginFilterChange()
        self._category = category
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_id_filter(self, case_ids: frozenset[str] | None) -> None:
        """Only the cases with these ids (the cases behind a dashboard number); None: off."""
        self.beginFilterChange()
        self._ids = case_ids
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    @property
    def id_filter(self) -> frozenset[str] | None:
        return self._ids

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        model = self.sourceModel()
        assert isinstance(model, CaseTableModel)
        case = model.case_at(source_row)
        if self._ids is not None and case.id not in self._ids:
            return False
        if not self._status_accepts(model, case):
            return False
        if self._category is not None and case.category != self._category:
            return False
        return all(
            word in case.search_text
            or (tokens is not None and case.search_tokens.issuperset(tokens))
            for word, tokens in zip(self._words, self._word_tokens, strict=True)
        )

    def _status_accepts(self, model: CaseTableModel, case: CaseSummary) -> bool:
        status = self._status
        if status is None:
            return True
        if status == OPEN_FILTER:
            return case.status in OPEN_STATUSES
        if status == MINE_FILTER:
            return case.assigned_to_me
        if status == MY_TASKS_FILTER:
            return case.my_open_tasks > 0
        if status == OVERDUE_FILTER:
            # As time passes too: the model's deadline tick repaints, and the proxy, which
            # filters dynamically, looks again.
            return model.deadline_state(case) is DeadlineState.OVERDUE or model.request_overdue(
                case
            )
        if status == AWAITING_ANSWER_FILTER:
            return case.awaiting_answer
        if status == NEEDS_REASSIGNMENT_FILTER:
            return case.needs_reassignment
        return case.status == status

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorted by the source model; the proxy keeps the source's order."""
        model = self.sourceModel()
        assert isinstance(model, CaseTableModel)
        model.sort(column, order)

    def case_id(self, proxy_row: int) -> str:
        value = self.data(self.index(proxy_row, 0), CASE_ID_ROLE)
        return str(value)
