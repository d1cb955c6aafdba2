"""A canvas that finishes every page once the whole document is laid out.

Pages are kept until ``save()``; then each gets its header, its footer with "pagina X van
Y" (the total is known by then) and the diagonal watermark with the reader and the copy
id, and the table of contents is written into the space its placeholder reserved. So the
document is laid out once: no second reportlab pass for page numbers or the contents.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib.pagesizes import A4  # type: ignore[import-untyped]
from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.pdfbase.pdfmetrics import stringWidth  # type: ignore[import-untyped]
from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]
from reportlab.pdfgen.textobject import PDFTextObject  # type: ignore[import-untyped]
from reportlab.platypus import Flowable  # type: ignore[import-untyped]

from investigator_app.export.fit_text import fit_line, wrap_lines
from investigator_app.export.fonts import SANS, SANS_BOLD
from investigator_app.export.rtl import visual
from investigator_app.export.styles import ACCENT, MUTED, RULE, WATERMARK

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 22 * mm
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 22 * mm
TOC_LINE = 22.0
WATERMARK_LARGEST, WATERMARK_SMALLEST = 26.0, 12.0  # font sizes


@dataclass
class PageDecoration:
    """What goes on every page, and the contents filled in at the end."""

    header_left: str
    classification: str
    page_label: str  # "pagina {page} van {pages}" in the dossier's language
    footer_left: str
    watermark: str
    toc_titles: list[tuple[str, str]] = field(default_factory=list)  # (key, title) in order
    section_pages: dict[str, int] = field(default_factory=dict)  # key -> page number
    toc_slot: tuple[int, float, float, float] | None = None  # page, x, top y, width


class TocPlaceholder(Flowable):  # type: ignore[misc]  # reportlab has no type hints
    """Reserves the contents' space and tells the canvas where it is."""

    def __init__(self, decoration: PageDecoration) -> None:
        super().__init__()
        self._decoration = decoration

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self._width = avail_width
        return avail_width, TOC_LINE * len(self._decoration.toc_titles)

    def draw(self) -> None:
        canvas = self.canv
        top = canvas.absolutePosition(0, TOC_LINE * len(self._decoration.toc_titles))[1]
        left = canvas.absolutePosition(0, 0)[0]
        self._decoration.toc_slot = (canvas.getPageNumber(), left, top, self._width)


class _ReadingOrderText(PDFTextObject):  # type: ignore[misc]  # reportlab has no type hints
    """Draws each run of text in display order: right-to-left words reversed in place (our
    own lines with a name in them, headers, footers; a case's texts order their lines
    themselves, see ``rtl.DirectedParagraph``)."""

    def _formatText(self, text: str) -> Any:  # reportlab's name; every drawn run passes here
        return super()._formatText(visual(text))


class DossierCanvas(Canvas):  # type: ignore[misc]  # reportlab has no type hints
    def __init__(self, *args: Any, decoration: PageDecoration, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._decoration = decoration
        self._pages: list[dict[str, Any]] = []

    def beginText(self, x: float = 0, y: float = 0, direction: str | None = None) -> Any:
        return _ReadingOrderText(self, x, y, direction=direction)

    def showPage(self) -> None:  # reportlab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self._finish_page(number, total)
            Canvas.showPage(self)
        Canvas.save(self)

    def _finish_page(self, number: int, total: int) -> None:
        deco = self._decoration
        self.saveState()
        self.setStrokeColor(RULE)
        self.setLineWidth(0.5)
        top_rule = PAGE_HEIGHT - MARGIN_TOP + 6 * mm
        self.line(MARGIN_X, top_rule, PAGE_WIDTH - MARGIN_X, top_rule)
        # Left-hand texts get what their right-hand neighbour leaves (cut if longer).
        width = PAGE_WIDTH - 2 * MARGIN_X
        right = deco.classification
        left_width = width - stringWidth(right, SANS_BOLD, 8) - 6 * mm
        self.setFont(SANS, 8)
        self.setFillColor(MUTED)
        header = fit_line(deco.header_left, SANS, 8, left_width)
        self.drawString(MARGIN_X, top_rule + 2.5 * mm, header)
        self.setFont(SANS_BOLD, 8)
        self.setFillColor(ACCENT)
        self.drawRightString(PAGE_WIDTH - MARGIN_X, top_rule + 2.5 * mm, right)
        bottom_rule = MARGIN_BOTTOM - 8 * mm
        self.line(MARGIN_X, bottom_rule, PAGE_WIDTH - MARGIN_X, bottom_rule)
        label = deco.page_label.format(page=number, pages=total)
        left_width = width - stringWidth(label, SANS, 8) - 6 * mm
        self.setFont(SANS, 7.5)
        self.setFillColor(MUTED)
        footer = fit_line(deco.footer_left, SANS, 7.5, left_width)
        self.drawString(MARGIN_X, bottom_rule - 4 * mm, footer)
        self.setFont(SANS, 8)
        self.drawRightString(PAGE_WIDTH - MARGIN_X, bottom_rule - 4 * mm, label)
        if deco.toc_slot is not None and deco.toc_slot[0] == number:
            self._draw_toc(*deco.toc_slot[1:])
        self._draw_watermark()
        self.restoreState()

    def _draw_toc(self, left: float, top: float, width: float) -> None:
        deco = self._decoration
        y = top - TOC_LINE + 6
        for key, title in deco.toc_titles:
            page = deco.section_pages.get(key)
            if page is None:
                continue
            self.setFont(SANS, 11)
            self.setFillColor(MUTED)
            self.drawString(left, y, title)
            self.drawRightString(left + width, y, str(page))
            dots_from = left + stringWidth(title, SANS, 11) + 6
            dots_to = left + width - stringWidth(str(page), SANS, 11) - 6
            self.setStrokeColor(RULE)
            self.setDash(1, 3)
            self.line(dots_from, y + 1, dots_to, y + 1)
            self.setDash()
            y -= TOC_LINE

    def _draw_watermark(self) -> None:
        text = self._decoration.watermark
        length = 0.75 * math.hypot(PAGE_WIDTH, PAGE_HEIGHT)
        size = min(WATERMARK_LARGEST, length / max(1.0, stringWidth(text, SANS, 1)))
        lines = [text]
        if size < WATERMARK_SMALLEST:  # a long name: over several lines, still legible
            size = WATERMARK_SMALLEST
            lines = wrap_lines(text, SANS, size, length)
        leading = 1.2 * size
        self.saveState()
        self.setFillColor(WATERMARK)
        self.setFont(SANS, size)
        self.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
        self.rotate(math.degrees(math.atan2(PAGE_HEIGHT, PAGE_WIDTH)))
        top = (len(lines) - 1) * leading / 2 - size / 3  # the block centred on the page
        for index, line in enumerate(lines):
            self.drawCentredString(0, top - index * leading, line)
        self.restoreState()
