"""A piece's file name and its chain of custody (bewaringsketen) on the Stukken tab.

``NameLabel`` shows a file name literally (piece_texts.literal_name), cut in the middle
when the pane is too narrow, the whole name in its tooltip. ``CustodyTable`` lists who
did what with which version when, the sha256 short with the whole in its tooltip; it is
as tall as its rows (the tab is the one scroll area).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from investigator_app.domain.evidence import CustodyEntry, CustodyKind, Piece
from investigator_app.gui.common.formatting import format_datetime
from investigator_app.gui.workspace.investigation_texts import one_line, plain_tooltip
from investigator_app.gui.workspace.piece_texts import custody_label, literal_name, short_sha


class NameLabel(QLabel):
    """A file name as it is called, elided in the middle to the width it gets."""

    def __init__(self, name: str, parent: QWidget | None = None, *, prefix: str = "") -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.literal = ""
        self._full = ""
        self.set_name(name, prefix=prefix)

    def set_name(self, name: str, *, prefix: str = "", more: str = "") -> None:
        """Show ``name`` after ``prefix``; ``more``: a line added to the tooltip."""
        self.literal = literal_name(name)
        self._full = prefix + self.literal
        self.setToolTip(plain_tooltip(self.literal + (f"\n{more}" if more else "")))
        self.setAccessibleName(self._full)
        self.setText(self._full)
        self.updateGeometry()
        self._elide()

    @property
    def full_text(self) -> str:
        return self._full

    def minimumSizeHint(self) -> QSize:
        return QSize(self.fontMetrics().averageCharWidth() * 12, super().minimumSizeHint().height())

    def sizeHint(self) -> QSize:
        width = self.fontMetrics().horizontalAdvance(self._full) + 4
        return QSize(width, super().sizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        width = max(self.width() - 2, 1)
        self.setText(self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideMiddle, width))


def custody_detail(entry: CustodyEntry) -> str:
    """What the entry says beyond its kind: the source, the copy id, the reason."""
    if not entry.detail:
        return ""
    if entry.kind is CustodyKind.ADDED:
        return one_line(entry.detail)
    if entry.kind in (CustodyKind.EXPORTED, CustodyKind.PRINTED):
        return QCoreApplication.translate("CustodyTable", "kopie %1").replace("%1", entry.detail)
    return one_line(entry.detail)


class CustodyTable(QTableWidget):
    """The chain of custody of one piece, oldest first; read only."""

    COLUMNS = 4

    def __init__(self, piece: Piece, parent: QWidget | None = None) -> None:
        super().__init__(len(piece.custody), self.COLUMNS, parent)
        self.setHorizontalHeaderLabels(
            [self.tr("Wanneer"), self.tr("Wie"), self.tr("Wat"), self.tr("Versie · sha256")]
        )
        self.setAccessibleName(self.tr("Bewaringsketen"))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWordWrap(True)  # what was done (a reason, a copy id) wraps in its column
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        for column in (0, 1, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for row, entry in enumerate(piece.custody):
            what = custody_label(entry.kind)
            detail = custody_detail(entry)
            texts = [
                format_datetime(entry.at),
                one_line(entry.by),
                f"{what}: {detail}" if detail else what,
                f"{entry.version} · {short_sha(entry.sha256)}",
            ]
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                if column == 2 and detail:
                    item.setToolTip(plain_tooltip(f"{what}: {entry.detail}"))
                if column == 3:
                    item.setToolTip(entry.sha256)
                    item.setData(
                        Qt.ItemDataRole.AccessibleTextRole, f"{entry.version} · {entry.sha256}"
                    )
                self.setItem(row, column, item)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._fit_rows()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            # The stretched column takes its new width after this event: fit rows then.
            QTimer.singleShot(0, self, self._fit_rows)

    def _fit_rows(self) -> None:
        """Rows as tall as their wrapped text at the columns' widths now; the table as
        tall as its rows."""
        self.resizeRowsToContents()
        self.setFixedHeight(self._full_height())

    def _full_height(self) -> int:
        rows = sum(self.rowHeight(row) for row in range(self.rowCount()))
        return rows + self.horizontalHeader().sizeHint().height() + 2 * self.frameWidth()

    def row_texts(self, row: int) -> list[str]:
        items = [self.item(row, column) for column in range(self.COLUMNS)]
        return [item.text() if item is not None else "" for item in items]
