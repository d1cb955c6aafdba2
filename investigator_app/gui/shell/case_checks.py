"""What the case list's filters let through, as checks that run over every row at C speed.

A check is one or more parts of which one must hold; a part tests one field of a row. Over
the whole list it runs as ``map(test, <that field of every row>)``: the tests are C
functions (a set's ``__contains__``, ``operator.contains``), so 100,000 rows cost
milliseconds instead of a Python call each. On one row (a row that changed) the same part
is called directly: both ways give the same answer by construction.
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from itertools import compress, repeat
from typing import Any, Protocol

from investigator_app.domain.deadlines import BRUSSELS, DeadlinePolicy, DeadlineState, state_at
from investigator_app.domain.messages import answer_deadline_passed
from investigator_app.domain.vocabulary import OPEN_STATUSES, Category, Status
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

_OPEN = frozenset(OPEN_STATUSES)
_OVERDUE = DeadlineState.OVERDUE
_FLAGS: dict[str, str] = {
    MINE_FILTER: "assigned_to_me",
    MY_TASKS_FILTER: "my_open_tasks",
    AWAITING_ANSWER_FILTER: "awaiting_answer",
    NEEDS_REASSIGNMENT_FILTER: "needs_reassignment",
}


class Rows(Protocol):
    """The list's rows and, per field, that field of every row (CaseTableModel)."""

    def cases(self) -> Sequence[CaseSummary]: ...

    def column(self, field: str) -> Sequence[Any]: ...


@dataclass(frozen=True)
class Test:
    """``test(case.<field>)``; ``field`` None: ``test(case)``."""

    field: str | None
    test: Callable[[Any], bool]

    def one(self, case: CaseSummary) -> bool:
        return self.test(case if self.field is None else getattr(case, self.field))

    def many(self, rows: Rows) -> Iterator[bool]:
        return map(self.test, rows.cases() if self.field is None else rows.column(self.field))


@dataclass(frozen=True)
class Holds:
    """``text in case.<field>`` (a string holding a piece of text)."""

    field: str
    text: str

    def one(self, case: CaseSummary) -> bool:
        return self.text in getattr(case, self.field)

    def many(self, rows: Rows) -> Iterator[bool]:
        return map(operator.contains, rows.column(self.field), repeat(self.text))


@dataclass(frozen=True)
class Given:
    """``test(case.<field>)`` for a row whose field is set (None: does not hold). Over the
    whole list the test runs only on those rows: most cases have no deadline any more."""

    field: str
    test: Callable[[Any], bool]

    def one(self, case: CaseSummary) -> bool:
        value = getattr(case, self.field)
        return value is not None and self.test(value)

    def many(self, rows: Rows) -> Iterator[bool]:
        values = rows.column(self.field)
        flags = bytearray(len(values))
        test = self.test
        for at in compress(range(len(values)), map(operator.is_not, values, repeat(None))):
            flags[at] = test(values[at])
        return map(bool, flags)


@dataclass(frozen=True)
class Check:
    """Holds for a row when one of its parts does."""

    parts: tuple[Test | Holds | Given, ...]

    def one(self, case: CaseSummary) -> bool:
        return any(part.one(case) for part in self.parts)

    def many(self, rows: Rows) -> Iterator[bool]:
        flags = [part.many(rows) for part in self.parts]
        combined = flags[0]
        for more in flags[1:]:
            combined = map(operator.or_, combined, more)
        return combined


def status_check(status: Status | str, now: datetime, policy: DeadlinePolicy) -> Check:
    """A Status, or one of NAMED_FILTERS; ``now`` and ``policy`` say which deadlines
    passed (the model's, as time passes)."""
    if status == OPEN_FILTER:
        return Check((Test("status", _OPEN.__contains__),))
    if status == OVERDUE_FILTER:
        # The case's deadline (CaseCells.deadline_state), or an answer's (request_overdue).
        today = now.astimezone(BRUSSELS).date()
        return Check(
            (
                Given("next_deadline", lambda due: state_at(due, now, policy) is _OVERDUE),
                Test("overdue_request", operator.truth),
                Given("answer_due", lambda day: answer_deadline_passed(day, today)),
            )
        )
    if isinstance(status, str) and status in _FLAGS:
        return Check((Test(_FLAGS[status], operator.truth),))
    return Check((Test("status", Status(status).__eq__),))


def category_check(category: Category) -> Check:
    return Check((Test("category", category.__eq__),))


def ids_check(case_ids: frozenset[str]) -> Check:
    return Check((Test("id", case_ids.__contains__),))


def word_check(word: str, hits: frozenset[int] | None) -> Check:
    """Part of the text the row holds, or (``hits``: the search keys the store's index
    found for the word) a word of its long texts."""
    in_text = Holds("search_text", word)
    if not hits:
        return Check((in_text,))
    return Check((Test("search_key", hits.__contains__), in_text))


def passing(checks: Sequence[Check], rows: Rows) -> list[int]:
    """The rows every check holds for, in order."""
    count = len(rows.cases())
    if not checks:
        return list(range(count))
    flags: Iterable[bool] = checks[0].many(rows)
    for check in checks[1:]:
        flags = map(operator.and_, flags, check.many(rows))
    return list(compress(range(count), flags))


@dataclass(frozen=True)
class Span:
    """Rows ``first`` to ``last`` of ``rows`` (rows that just arrived)."""

    rows: Rows
    first: int
    last: int

    def cases(self) -> Sequence[CaseSummary]:
        return self.rows.cases()[self.first : self.last + 1]

    def column(self, field: str) -> Sequence[Any]:
        return self.rows.column(field)[self.first : self.last + 1]


def passes(checks: Sequence[Check], case: CaseSummary) -> bool:
    return all(check.one(case) for check in checks)
