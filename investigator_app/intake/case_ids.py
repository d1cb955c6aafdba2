"""The cases a bulk read is about, and its statements built once.

A snapshot (one case, in every operation's answer) or a small feed page names its cases'
ids; a big feed page passes a SELECT of them, kept in the database. Each bulk read over
them is some dozen statements, and building one (SQLAlchemy's coercions and cache key)
cost more than SQLite took to run it. So a read's statement over listed ids is built once
per process, with the ids as an expanding bind parameter; over a SELECT of ids it is built
per call, once for up to 1000 cases. Values other than the ids are bind parameters in both,
passed by name at execution.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import Any, Generic, TypeVar

from sqlalchemy import BindParameter, ColumnElement, Executable, Select, bindparam, select

CaseIds = Select[str] | Collection[str]
IdsClause = Select[str] | BindParameter[Any]
Statement = TypeVar("Statement", bound=Executable)

_IDS = "case_ids"
DEPARTMENT = "department_id"  # the parameter of of_department's statements


class ByCases(Generic[Statement]):
    """A statement over a set of case ids, made by ``build`` from what the ids are in SQL
    (an IN clause's right side). Calling it gives the statement and its parameters."""

    def __init__(self, build: Callable[[IdsClause], Statement]) -> None:
        self._build = build
        self._listed: Statement | None = None

    def __call__(self, case_ids: CaseIds, **params: Any) -> tuple[Statement, dict[str, Any]]:
        if isinstance(case_ids, Select):
            return self._build(case_ids), params
        if self._listed is None:  # two threads may both build it: the same statement
            self._listed = self._build(bindparam(_IDS, expanding=True))
        return self._listed, {**params, _IDS: list(case_ids)}


def rows_under(
    model: Any,
    parent: Any,
    parent_key: Any,
    of_page: Callable[[IdsClause], tuple[ColumnElement[bool], ...]],
    order: Any,
) -> ByCases[Select[Any]]:
    """The rows of ``model`` that belong to a page's ``parent`` rows (those ``of_page``
    picks; joined on ``parent.id == parent_key``), in ``order``: an allegation's earlier
    wordings, a piece's file versions, and the like."""
    return ByCases(
        lambda ids: (
            select(model).join(parent, parent.id == parent_key).where(*of_page(ids)).order_by(order)
        )
    )


def of_department(model: Any, ids: IdsClause) -> tuple[ColumnElement[bool], ...]:
    """The rows of ``model`` on the page's cases that the department recorded (its id the
    ``DEPARTMENT`` parameter): an investigation's and its evidence's rows are its own."""
    return (model.case_id.in_(ids), model.department_id == bindparam(DEPARTMENT))


def numbered_rows(model: Any) -> ByCases[Select[Any]]:
    """The department's rows of ``model`` on the page's cases, per case by number."""
    return ByCases(
        lambda ids: (
            select(model).where(*of_department(model, ids)).order_by(model.case_id, model.number)
        )
    )
