"""The case list's columns and what each cell of a case row shows: header, text, sort key,
and the deadline colours, bold font and tooltips that make a row stand out."""

from __future__ import annotations

import html
import operator
from collections.abc import Callable
from datetime import UTC, datetime
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QFont

from investigator_app.domain.deadlines import (
    BRUSSELS,
    DEFAULT_POLICY,
    DeadlinePolicy,
    DeadlineState,
    state_at,
)
from investigator_app.domain.messages import answer_deadline_passed
from investigator_app.domain.vocabulary import Category, Status
from investigator_app.gui.common.formatting import format_date, format_day
from investigator_app.gui.common.labels import category_label, deadline_kind_label, status_label
from investigator_app.gui.common.theme import deadline_colours
from investigator_app.store.views import CaseSummary


class Column(IntEnum):
    REFERENCE = 0
    RECEIVED = 1
    CATEGORY = 2
    ENTITY = 3
    STATUS = 4
    DEADLINE = 5
    ASSIGNEE = 6


def header(column: Column) -> str:
    return {
        Column.REFERENCE: QCoreApplication.translate("CaseTableModel", "Referentie"),
        Column.RECEIVED: QCoreApplication.translate("CaseTableModel", "Ontvangen"),
        Column.CATEGORY: QCoreApplication.translate("CaseTableModel", "Categorie"),
        Column.ENTITY: QCoreApplication.translate("CaseTableModel", "Betrokken entiteit"),
        Column.STATUS: QCoreApplication.translate("CaseTableModel", "Status"),
        Column.DEADLINE: QCoreApplication.translate("CaseTableModel", "Termijn"),
        Column.ASSIGNEE: QCoreApplication.translate("CaseTableModel", "Toegewezen aan"),
    }[column]


def new_mark() -> str:
    """The mark after the status of a forwarded case not opened yet."""
    return QCoreApplication.translate("CaseTableModel", "Nieuw")


def header_tooltip(column: Column) -> str | None:
    if column is Column.DEADLINE:
        return QCoreApplication.translate(
            "CaseTableModel", "De volgende termijn: ontvangstbevestiging of terugkoppeling"
        )
    if column in (Column.CATEGORY, Column.ENTITY):  # shortened on a narrow screen
        return header(column)
    return None


_NO_DEADLINE = float("inf")
_RECEIVED = operator.attrgetter("received_at")
_STATUS_ORDER = {status: order for order, status in enumerate(Status)}
REFERENCE_MARKERS = (" ⚠", " ↻")  # after the reference: a conflict, unsent changes
TOOLTIP_TEXT_MAX = 300  # a tooltip shows the start of an endless text


def literal_tooltip(text: str) -> str:
    """A tooltip that shows ``text`` as it is: Qt would render markup in a plain tooltip
    (it guesses), so the text is escaped inside a paragraph that is surely rich text."""
    short = text if len(text) <= TOOLTIP_TEXT_MAX else text[: TOOLTIP_TEXT_MAX - 1] + "…"
    return "<p>" + html.escape(short) + "</p>"


_DECORATION_ROLES = (
    Qt.ItemDataRole.BackgroundRole,
    Qt.ItemDataRole.ForegroundRole,
    Qt.ItemDataRole.ToolTipRole,
)


class CaseCells:
    """The cells of case rows at a moment (``now``) under a deadline policy, in the colours
    of the current light or dark palette. The model asks it for every visible cell on every
    repaint, so the brushes and the bold font are made once."""

    def __init__(self) -> None:
        self.now = datetime.now(UTC)
        self.policy: DeadlinePolicy = DEFAULT_POLICY
        self._bold_font = QFont()  # unread answers and new cases stand out
        self._bold_font.setBold(True)
        self._brushes: dict[DeadlineState, tuple[QBrush, QBrush]] = {}
        self.pick_colours()

    def pick_colours(self) -> None:
        """Deadline colours for the current light or dark palette, looked up once (data()
        runs for every visible cell on every repaint)."""
        self._brushes = {}
        for state in (DeadlineState.OVERDUE, DeadlineState.DUE_SOON):
            colours = deadline_colours(state)
            if colours is not None:
                self._brushes[state] = (QBrush(colours.background), QBrush(colours.foreground))

    # --- text and order -------------------------------------------------------------------

    def display(self, case: CaseSummary, column: Column) -> str:
        if column is Column.REFERENCE:
            conflict, unsent = REFERENCE_MARKERS
            marker = conflict if case.has_conflict else (unsent if case.pending_actions else "")
            return case.reference + marker
        if column is Column.RECEIVED:
            return format_date(case.received_at)
        if column is Column.CATEGORY:
            return category_label(case.category)
        if column is Column.ENTITY:
            return case.involved_entity
        if column is Column.STATUS:
            # A new case is forwarded by definition: its mark costs the list no width.
            return status_label(case.status) + (" · " + new_mark() if case.new else "")
        if column is Column.DEADLINE:
            return format_date(case.next_deadline.due) if case.next_deadline else ""
        if case.assignee_name is None and case.needs_reassignment:
            return QCoreApplication.translate("CaseTableModel", "Te herverdelen")
        return case.assignee_name or ""

    def sort_key(self, case: CaseSummary, column: Column) -> Any:
        return self.sort_key_function(column)(case)

    def sort_key_function(self, column: Column) -> Callable[[CaseSummary], Any]:
        """The sort key of ``column`` as one function, for sorting many rows: each key is
        made from the row's own fields without going through what the cell displays."""
        if column is Column.RECEIVED:
            return _RECEIVED
        if column is Column.DEADLINE:
            # Cases without a deadline sort after every dated one.
            return lambda case: (
                case.next_deadline.due.timestamp() if case.next_deadline else _NO_DEADLINE
            )
        if column is Column.STATUS:
            return lambda case: _STATUS_ORDER[case.status]
        if column is Column.REFERENCE:
            return lambda case: case.reference
        if column is Column.CATEGORY:
            labels = {category: category_label(category).casefold() for category in Category}
            return lambda case: labels[case.category]
        if column is Column.ENTITY:
            return lambda case: case.involved_entity.casefold()
        return lambda case: self.display(case, column).casefold()

    # --- standing out ---------------------------------------------------------------------

    def deadline_state(self, case: CaseSummary) -> DeadlineState | None:
        if case.next_deadline is None:
            return None
        return state_at(case.next_deadline, self.now, self.policy)

    def request_overdue(self, case: CaseSummary) -> bool:
        """Also turns true as time passes, without new data (the model's refresh_deadlines
        repaints it)."""
        if case.overdue_request:
            return True
        today = self.now.astimezone(BRUSSELS).date()
        return answer_deadline_passed(case.answer_due, today)

    def decoration(self, case: CaseSummary, column: Column, role: int) -> Any:
        """Any role but display, sort and case id: colours, font and tooltips."""
        if column is Column.DEADLINE and role in _DECORATION_ROLES:
            return self._deadline_decoration(case, role)
        if role == Qt.ItemDataRole.FontRole:
            return self._bold_font if case.unread or case.new else None
        if column is Column.STATUS and role == Qt.ItemDataRole.ToolTipRole and case.new:
            return self._reference_tooltip(case)
        if column is Column.STATUS and role in _DECORATION_ROLES:
            return self._request_decoration(case, role)
        if column is Column.ASSIGNEE and case.needs_reassignment:
            return self._reassignment_decoration(role)
        if role == Qt.ItemDataRole.ToolTipRole:
            # The category and the entity may be shortened on a narrow screen: whole here.
            if column is Column.REFERENCE:
                return self._reference_tooltip(case)
            if column is Column.CATEGORY:
                return category_label(case.category)
            if column is Column.ENTITY and case.involved_entity:
                return literal_tooltip(case.involved_entity)
        return None

    def _reference_tooltip(self, case: CaseSummary) -> str | None:
        if case.new:
            return QCoreApplication.translate(
                "CaseTableModel", "Nieuw doorgestuurd; nog niet geopend op deze werkplek."
            )
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
                "CaseTableModel", "Nog niet verzonden wijzigingen: %1"
            ).replace("%1", str(case.pending_actions))
        return None

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
