"""The case list's column widths, from what the columns hold: the reference (with its
markers, in bold, as an unread case shows it), the dates, the status and the
assignee get the width of their widest value, so they are never cut off; the category and
the entity share what is left of the list's width (on a laptop they are shortened, and
read whole in the case pane or the cell's tooltip)."""

from __future__ import annotations

import operator
import re
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QHeaderView, QTableView

from investigator_app.domain.vocabulary import Status
from investigator_app.gui.common.labels import status_label
from investigator_app.gui.shell.case_columns import REFERENCE_MARKERS, Column, header
from investigator_app.gui.shell.case_table import CaseTableModel

PADDING = 14  # the cell's margins and the grid
HEADER_PADDING = 24  # the header's margins and its sort arrow
SHARED_MIN = 60  # the category and the entity never get narrower than this (1366 px)
ASSIGNEE_MAX = 220  # a long name is shortened here
_DIGIT = re.compile(r"\d")
_DIGITS_AS_ZERO = str.maketrans("123456789", "000000000")
_REF = operator.attrgetter("reference")
_STATUS_KIND = operator.attrgetter("status", "new")
_ASSIGNEE_KIND = operator.attrgetter("assignee_name", "needs_reassignment")
_SAMPLE_DATE = "00/00/0000"
_MEASURED = (Column.REFERENCE, Column.STATUS, Column.ASSIGNEE)  # per row; the rest is fixed
_CONTENT = (Column.REFERENCE, Column.RECEIVED, Column.STATUS, Column.DEADLINE, Column.ASSIGNEE)
_FIXED = (Column.REFERENCE, Column.RECEIVED, Column.DEADLINE)  # never dragged narrower
_SHARED = (Column.CATEGORY, Column.ENTITY)


class ColumnSizer(QObject):
    """Keeps ``table``'s columns sized to ``model``'s content as rows arrive."""

    def __init__(self, table: QTableView, model: CaseTableModel) -> None:
        super().__init__(table)
        self._table = table
        self._model = model
        bold = QFont(table.font())
        bold.setBold(True)
        self._bold = QFontMetrics(bold)
        self._header = QFontMetrics(table.horizontalHeader().font())
        self._content: dict[Column, int] = {}
        self._seen: set[tuple[Column, object]] = set()  # kinds of cell measured already
        self._widths: dict[str, int] = {}  # text (digits as 0) -> width in bold
        model.rowsInserted.connect(self._on_rows_inserted)
        model.dataChanged.connect(self._on_data_changed)
        model.modelReset.connect(self._on_reset)
        self._reset_content()
        self.apply()

    # --- measuring ----------------------------------------------------------------------

    def _text_width(self, text: str) -> int:
        shape = _DIGIT.sub("0", text)  # every reference and date has the same few shapes
        width = self._widths.get(shape)
        if width is None:
            width = self._widths[shape] = self._bold.horizontalAdvance(shape)
        return width

    def _reference_width(self, reference: str) -> int:
        """The reference in its widest form, whatever it shows now: with its widest marker
        (a conflict, unsent changes), in bold. Opening a case marks it read, or queues an
        action: its column must not widen then and shift the others."""
        return max(self._text_width(reference + marker) for marker in ("", *REFERENCE_MARKERS))

    def _reset_content(self) -> None:
        self._seen.clear()
        date = self._text_width(_SAMPLE_DATE)
        self._content = {
            Column.REFERENCE: 0,
            Column.RECEIVED: date,
            Column.STATUS: self._text_width(status_label(Status.FORWARDED)),
            Column.DEADLINE: date,
            Column.ASSIGNEE: 0,
        }

    def _measure(self, first: int, last: int) -> set[Column]:
        """Widen for the texts of rows ``first`` to ``last``; the columns whose content grew.
        A hundred thousand rows arrive at once: the kinds of cell are gathered first (one
        case of each, in C-speed passes), and each kind not seen before is measured once."""
        chosen = self._model.cases()[first : last + 1]
        # Every reference with its digits as 0 (the shapes), in one pass over one string.
        shapes = set("\0".join(map(_REF, chosen)).translate(_DIGITS_AS_ZERO).split("\0"))
        kinds: list[tuple[Column, dict[Any, Any]]] = [
            (Column.REFERENCE, dict.fromkeys(shapes)),
            (Column.STATUS, dict(zip(map(_STATUS_KIND, chosen), chosen, strict=True))),
            (Column.ASSIGNEE, dict(zip(map(_ASSIGNEE_KIND, chosen), chosen, strict=True))),
        ]
        grew: set[Column] = set()
        for column, cases in kinds:
            for kind, case in cases.items():
                if (column, kind) in self._seen:
                    continue
                self._seen.add((column, kind))
                if column is Column.REFERENCE:
                    width = self._reference_width(kind)
                else:
                    width = self._text_width(self._model.display_case(case, column))
                if column is Column.ASSIGNEE:
                    width = min(width, ASSIGNEE_MAX)
                if width > self._content[column]:
                    self._content[column] = width
                    grew.add(column)
        return grew

    def width(self, column: Column) -> int:
        """What ``column`` needs to show its widest value and its header whole."""
        caption = self._header.horizontalAdvance(header(column)) + HEADER_PADDING
        return max(self._content.get(column, 0) + PADDING, caption)

    # --- following the model --------------------------------------------------------------

    def _on_rows_inserted(self, _parent: QModelIndex, first: int, last: int) -> None:
        self._widen(self._measure(first, last))

    def _on_data_changed(self, top: QModelIndex, bottom: QModelIndex, *_roles: object) -> None:
        if any(top.column() <= column <= bottom.column() for column in _MEASURED):
            self._widen(self._measure(top.row(), bottom.row()))

    def _on_reset(self) -> None:
        self._reset_content()
        self._widen(self._measure(0, self._model.rowCount() - 1))

    def _widen(self, columns: set[Column]) -> None:
        """Longer content arrived: its column follows, unless the user made it wider."""
        for column in columns:
            needed = self.width(column)
            if column in _FIXED or self._table.columnWidth(column) < needed:
                self._table.setColumnWidth(column, needed)

    # --- applying -------------------------------------------------------------------------

    def apply(self, *, keep_dragged: bool = False) -> None:
        """Content widths for the reference, dates, status and assignee (the reference and
        dates fixed: the user cannot drag them into cutting a reference off); the category
        and the entity stretch over the rest. ``keep_dragged``: after a saved header state
        was restored, the status and assignee widths the user dragged stay; its older modes
        and the fixed widths do not."""
        head = self._table.horizontalHeader()
        # Captions start where their cells do; a shortened one then keeps its first word.
        head.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        head.setStretchLastSection(False)
        head.setMinimumSectionSize(SHARED_MIN)
        for column in _SHARED:
            head.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        for column in _CONTENT:
            fixed = column in _FIXED
            mode = QHeaderView.ResizeMode.Fixed if fixed else QHeaderView.ResizeMode.Interactive
            head.setSectionResizeMode(column, mode)
            if fixed or not keep_dragged:
                self._table.setColumnWidth(column, self.width(column))
