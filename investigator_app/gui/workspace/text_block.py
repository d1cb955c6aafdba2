"""A light block of wrapped rich text, for the Onderzoek tab's many items.

A word-wrapped QLabel measures its text several times per layout pass and never breaks a
long word (a 20,000-character word widens the window); a case with 50 allegations and 200
tasks then takes far longer than the 100 ms it may. This block lays its document out once
per width, wraps a word anywhere when it must, and paints; screen readers get its text as
the accessible description. The HTML it is given must be built from escaped text
(investigation_texts.escaped).
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QRectF, QSize
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QContextMenuEvent,
    QGuiApplication,
    QPainter,
    QPaintEvent,
    QPalette,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import QMenu, QSizePolicy, QWidget

from investigator_app.gui.common.theme import contrast_ratio


def muted_text(palette: QPalette) -> QColor:
    """A greyed text colour that still reads (4.5:1 on the window), light or dark."""
    text = palette.color(QPalette.ColorRole.WindowText)
    window = palette.color(QPalette.ColorRole.Window)
    for share in (0.45, 0.35, 0.25, 0.15):
        mixed = QColor(
            round(text.red() * (1 - share) + window.red() * share),
            round(text.green() * (1 - share) + window.green() * share),
            round(text.blue() * (1 - share) + window.blue() * share),
        )
        if contrast_ratio(mixed, window) >= 4.5:
            return mixed
    return text


class TextBlock(QWidget):
    """Rich text that takes the width it is given and the height its text needs."""

    def __init__(
        self,
        parent: QWidget | None,
        html_text: str,
        plain_text: str,
        *,
        name: str = "",
        muted: bool = False,
    ) -> None:
        super().__init__(parent)
        self._doc = QTextDocument(self)
        self._doc.setUndoRedoEnabled(False)
        self._doc.setDocumentMargin(0)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self._doc.setDefaultTextOption(option)
        self._doc.setDefaultFont(self.font())
        self._width = -1  # the width the document is laid out for
        self._heights: dict[int, int] = {}  # layout managers ask for a few widths, often
        self._muted = muted
        self._plain = ""
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        if name:
            self.setAccessibleName(name)
        self.set_text(html_text, plain_text)

    def set_text(self, html_text: str, plain_text: str) -> None:
        self._doc.setHtml(html_text)
        self._plain = plain_text
        self.setAccessibleDescription(plain_text)
        self._forget()

    def _forget(self) -> None:
        self._width = -1
        self._heights.clear()
        self.updateGeometry()
        self.update()

    def text(self) -> str:
        """What the block says, as plain text (what a screen reader reads)."""
        return self._plain

    def shown_text(self) -> str:
        """The text as laid out (what the user sees), for tests and the copy action."""
        return self._doc.toPlainText()

    def _layout(self, width: int) -> None:
        if width != self._width:
            self._doc.setTextWidth(max(width, 1))
            self._width = width

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        """Exact, laid out once per width asked (layouts ask again and again)."""
        height = self._heights.get(width)
        if height is None:
            self._layout(width)
            height = self._heights[width] = math.ceil(self._doc.size().height())
        return height

    def sizeHint(self) -> QSize:
        """About 60 characters wide, and an estimate of the height at that width: laying
        the text out for a hint costs as much as for real, and a vertical layout gives
        the block the height for the width it really gets anyway."""
        metrics = self.fontMetrics()
        width = metrics.averageCharWidth() * 60
        lines = sum(1 + len(line) // 60 for line in self._plain.splitlines())
        return QSize(width, lines * metrics.lineSpacing())

    def minimumSizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        return QSize(metrics.averageCharWidth() * 8, metrics.height())

    def paintEvent(self, event: QPaintEvent) -> None:
        self._layout(self.width())
        painter = QPainter(self)
        context = QAbstractTextDocumentLayout.PaintContext()
        palette = QPalette(self.palette())
        colour = (
            muted_text(palette) if self._muted else palette.color(QPalette.ColorRole.WindowText)
        )
        palette.setColor(QPalette.ColorRole.Text, colour)
        context.palette = palette
        context.clip = QRectF(event.rect())
        self._doc.documentLayout().draw(painter, context)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._doc.setDefaultFont(self.font())
            self._forget()
        super().changeEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = QMenu(self)
        copy = menu.addAction(self.tr("Tekst kopiëren"))
        if menu.exec(event.globalPos()) is copy:
            QGuiApplication.clipboard().setText(self.shown_text())
        menu.deleteLater()


def paragraph(inner_html: str, *, bold: bool = False, indent: int = 0, space: int = 4) -> str:
    """One paragraph of a block: spaces and line breaks of user text kept."""
    style = f"white-space:pre-wrap; margin-top:0; margin-bottom:{space}px"
    if indent:
        style += f"; margin-left:{indent}px"
    body = f"<b>{inner_html}</b>" if bold else inner_html
    return f'<p style="{style}">{body}</p>'


class Column(QWidget):
    """A widget whose layout stacks text blocks: as a size hint it gives a fixed guess
    instead of asking every block for its height at the hint's width (the layout asks each
    block for its height at the width it really gets anyway)."""

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        return QSize(metrics.averageCharWidth() * 60, metrics.lineSpacing() * 10)
