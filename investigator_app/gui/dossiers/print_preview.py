"""Print preview of a rendered dossier (QtPdf) and printing of exactly those pages.

What goes to the printer are the pages of the very PDF that was rendered for this copy
(with its watermark and copy id), drawn by QtPdf, not a second layout of the case. The
preview says how many pages that is and which one shows, and zooms.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, QObject, QRect, QSize, Signal
from PySide6.QtGui import QKeySequence, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from investigator_app.gui.common.dialog_buttons import close_buttons

MAX_PRINT_DPI = 300  # enough for text; a 1200 dpi A4 page would be half a gigabyte of pixels
ZOOM_STEPS = (0.25, 0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0, 4.0)


class PrintError(RuntimeError):
    """The printer could not be opened or the document is not readable."""


def print_document(document: QPdfDocument, printer: QPrinter) -> int:
    """Draw the document's pages (the printer's page range, else all) onto ``printer``;
    returns the number of pages printed."""
    count = document.pageCount()
    if count <= 0:
        raise PrintError("the document has no pages")
    first = max(printer.fromPage(), 1) - 1 if printer.fromPage() else 0
    last = min(printer.toPage(), count) if printer.toPage() else count
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintError("the printer could not be opened")
    printed = 0
    try:
        dpi = min(printer.resolution(), MAX_PRINT_DPI)
        for page in range(first, last):
            if printed:
                printer.newPage()
            area = painter.viewport()
            points = document.pagePointSize(page)
            scale = min(area.width() / points.width(), area.height() / points.height())
            target = QRect(0, 0, int(points.width() * scale), int(points.height() * scale))
            pixels = QSize(int(points.width() / 72 * dpi), int(points.height() / 72 * dpi))
            painter.drawImage(target, document.render(page, pixels))
            printed += 1
    finally:
        painter.end()
    return printed


class PrintPreviewDialog(QDialog):
    printed = Signal(int)  # pages sent to the printer

    def __init__(self, pdf: bytes, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(760, 900)
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(pdf))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        bar = self._tool_bar()
        buttons = close_buttons(self)
        self.print_button = QPushButton(self.tr("&Afdrukken…"), self)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.clicked.connect(self.on_print_clicked)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view)
        layout.addWidget(buttons)
        self.view.pageNavigator().currentPageChanged.connect(self.show_page)
        self.view.zoomFactorChanged.connect(self.show_zoom)
        self.view.zoomModeChanged.connect(self.show_zoom)
        self.view.viewport().installEventFilter(self)  # a fitted zoom changes with the size
        self.show_page()
        self.show_zoom()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt's name
        if watched is self.view.viewport() and event.type() == QEvent.Type.Resize:
            self.show_zoom()
        return super().eventFilter(watched, event)

    # --- pages and zoom -----------------------------------------------------------------

    def _tool_bar(self) -> QHBoxLayout:
        self.page_label = QLabel(self)
        self.zoom_out_button = QPushButton(self.tr("Verkleinen"), self)
        self.zoom_out_button.setShortcut(QKeySequence.StandardKey.ZoomOut)
        self.zoom_label = QLabel(self)
        self.zoom_in_button = QPushButton(self.tr("Vergroten"), self)
        self.zoom_in_button.setShortcut(QKeySequence.StandardKey.ZoomIn)
        self.fit_width_button = QPushButton(self.tr("Paginabreedte"), self)
        self.fit_page_button = QPushButton(self.tr("Hele pagina"), self)
        self.zoom_out_button.clicked.connect(lambda: self.zoom_by(-1))
        self.zoom_in_button.clicked.connect(lambda: self.zoom_by(1))
        for button, mode in (
            (self.fit_width_button, QPdfView.ZoomMode.FitToWidth),
            (self.fit_page_button, QPdfView.ZoomMode.FitInView),
        ):
            button.setCheckable(True)
            button.clicked.connect(lambda _checked=False, m=mode: self.fit(m))
        bar = QHBoxLayout()
        bar.addWidget(self.page_label)
        bar.addStretch(1)
        for widget in (
            self.zoom_out_button,
            self.zoom_label,
            self.zoom_in_button,
            self.fit_width_button,
            self.fit_page_button,
        ):
            bar.addWidget(widget)
        return bar

    def fit(self, mode: QPdfView.ZoomMode) -> None:
        self.view.setZoomMode(mode)
        self.show_zoom()

    def show_page(self, *_args: object) -> None:
        current = self.view.pageNavigator().currentPage() + 1
        self.page_label.setText(
            self.tr("Pagina %1 van %2")
            .replace("%1", str(min(current, max(self.document.pageCount(), 1))))
            .replace("%2", str(self.document.pageCount()))
        )

    def zoom(self) -> float:
        """The scale the pages show at now (1.0: their printed size), also when fitted."""
        mode = self.view.zoomMode()
        if mode is QPdfView.ZoomMode.Custom or self.document.pageCount() == 0:
            return float(self.view.zoomFactor())
        page = self.document.pagePointSize(0)
        dots = self.logicalDpiX() / 72
        area = self.view.viewport().size()
        width = area.width() / max(page.width() * dots, 1)
        if mode is QPdfView.ZoomMode.FitToWidth:
            return width
        return min(width, area.height() / max(page.height() * dots, 1))

    def zoom_by(self, steps: int) -> None:
        """The next zoom step up (1) or down (-1) from what shows now."""
        now = self.zoom()
        if steps > 0:
            factor = next((z for z in ZOOM_STEPS if z > now + 0.01), ZOOM_STEPS[-1])
        else:
            factor = next((z for z in reversed(ZOOM_STEPS) if z < now - 0.01), ZOOM_STEPS[0])
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(factor)
        self.show_zoom()

    def show_zoom(self, *_args: object) -> None:
        """The scale as a percentage; the fitting that is on shows as a checked button."""
        zoom = self.zoom()
        self.zoom_label.setText(f"{round(zoom * 100)} %")
        mode = self.view.zoomMode()
        self.fit_width_button.setChecked(mode is QPdfView.ZoomMode.FitToWidth)
        self.fit_page_button.setChecked(mode is QPdfView.ZoomMode.FitInView)
        self.zoom_out_button.setEnabled(zoom > ZOOM_STEPS[0] + 0.01)
        self.zoom_in_button.setEnabled(zoom < ZOOM_STEPS[-1] - 0.01)

    def on_print_clicked(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.windowTitle())
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, self.document.pageCount())
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> int:
        pages = print_document(self.document, printer)
        self.printed.emit(pages)
        return pages
