"""The dashboard's charts and tables as PNG and PDF files.

Charts: the widget grabbed as it is on screen (PNG), or each chart view rendered into an
A4 landscape page (PDF, vector). Tables: as HTML through a QTextDocument, so every row is
in the file and not only those scrolled into view; the PDF's numbers are text."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QPoint, QRect, QRectF, QSizeF
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)
from PySide6.QtWidgets import QGraphicsView, QWidget

PNG_SCALE = 2  # tables as images: twice the logical size, legible when printed
TABLE_WIDTH = 800  # px of the table's text layout


def _writer(path: Path, title: str) -> QPdfWriter:
    writer = QPdfWriter(str(path))
    writer.setTitle(title)
    writer.setCreator("Integriteitsmeldingen")
    writer.setResolution(96)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Landscape,
            QMarginsF(12, 12, 12, 12),
            QPageLayout.Unit.Millimeter,
        )
    )
    return writer


def widgets_pdf(views: list[QWidget], title: str, path: Path) -> bool:
    """The widgets (charts) two by two on one landscape page under ``title``."""
    writer = _writer(path, title)
    painter = QPainter()
    if not painter.begin(writer):
        return False
    try:
        page = writer.pageLayout().paintRectPixels(writer.resolution())
        width, height = page.width(), page.height()
        font = QFont(painter.font())
        font.setPointSize(14)
        font.setBold(True)
        painter.setFont(font)
        heading = 40
        painter.drawText(QRect(0, 0, width, heading), 0, title)
        columns = 2
        rows = max(1, -(-len(views) // columns))
        cell_w, cell_h = width // columns, (height - heading) // rows
        for index, view in enumerate(views):
            x = (index % columns) * cell_w
            y = heading + (index // columns) * cell_h
            target = QRectF(x + 4, y + 4, cell_w - 8, cell_h - 8)
            if isinstance(view, QGraphicsView):  # a chart: its scene, as vectors
                view.render(painter, target, view.viewport().rect())
                continue
            source = view.rect()
            scale = min(target.width() / source.width(), target.height() / source.height())
            painter.save()
            painter.translate(target.topLeft())
            painter.scale(scale, scale)
            view.render(painter, QPoint(0, 0))
            painter.restore()
    finally:
        painter.end()
    return path.exists() and path.stat().st_size > 0


def widget_png(widget: QWidget, path: Path) -> bool:
    return widget.grab().save(str(path), "PNG")


def _document(html: str) -> QTextDocument:
    document = QTextDocument()
    document.setHtml(html)
    document.setTextWidth(TABLE_WIDTH)
    return document


def html_pdf(html: str, title: str, path: Path) -> bool:
    writer = _writer(path, title)
    document = _document(html)
    document.setPageSize(QSizeF(writer.width(), writer.height()))
    document.print_(writer)
    return path.exists() and path.stat().st_size > 0


def html_png(html: str, path: Path) -> bool:
    document = _document(html)
    size = document.size().toSize()
    image = QImage(size * PNG_SCALE, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        painter.scale(PNG_SCALE, PNG_SCALE)
        document.drawContents(painter)
    finally:
        painter.end()
    return bool(image.save(str(path), "PNG"))  # type: ignore[call-overload]
