"""Untrusted text into reportlab Paragraph markup that prints exactly that text.

Reportlab's Paragraph reads a small XML dialect (``<b>``, ``<img src=...>``, ``<font>``,
``<a href>``); text from users and reporters must never be read as such. Everything is
escaped, characters a PDF cannot carry are dropped, and redacted passages are replaced by a
black bar of the same width made of non-breaking spaces: the words themselves are never
written into the page.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from xml.sax.saxutils import escape

from reportlab.pdfbase.pdfmetrics import stringWidth  # type: ignore[import-untyped]

from investigator_app.export.rtl import font_for, shape, with_fallback_font

NBSP = "\u00a0"
_LINE_BREAK = "<br/>"


def clean(text: str) -> str:
    """``text`` with control and format characters removed (tabs become spaces, line
    breaks stay), lone surrogates replaced, so that any input can be drawn."""
    if text.isprintable():  # the common case: nothing to drop (checked in C)
        return text
    text = text.encode("utf-8", "replace").decode("utf-8")
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    return "".join(
        ch for ch in text if ch == "\n" or unicodedata.category(ch) not in ("Cc", "Cf", "Cs", "Co")
    )


def merge_spans(spans: Iterable[tuple[int, int]], length: int) -> list[tuple[int, int]]:
    """Spans clipped to ``0..length``, empty ones dropped, overlapping ones merged."""
    clipped = sorted(
        (max(0, start), min(length, end)) for start, end in spans if min(length, end) > start
    )
    merged: list[tuple[int, int]] = []
    for start, end in clipped:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def phrase_spans(text: str, phrases: Iterable[str]) -> list[tuple[int, int]]:
    """Every occurrence of each phrase, ignoring case (a redaction errs on the safe side)."""
    spans: list[tuple[int, int]] = []
    for phrase in phrases:
        if phrase.strip():
            pattern = re.compile(re.escape(phrase), re.IGNORECASE)
            spans.extend(match.span() for match in pattern.finditer(text))
    return spans


def to_markup(
    text: str,
    spans: Iterable[tuple[int, int]] = (),
    *,
    font: str,
    size: float,
) -> str:
    """Paragraph markup of ``text`` with ``spans`` (offsets into ``text``) blacked out."""
    parts: list[str] = []
    position = 0
    for start, end in merge_spans(spans, len(text)):
        parts.append(_plain(text[position:start], font))
        parts.append(_bar(text[start:end], font, size))
        position = end
    parts.append(_plain(text[position:], font))
    return "".join(parts)


def _plain(text: str, font: str) -> str:
    return with_fallback_font(escape(shape(clean(text))), font).replace("\n", _LINE_BREAK)


def _bar(text: str, font: str, size: float) -> str:
    """Black bars as wide as the words they replace; lines and word gaps kept so the
    paragraph still wraps. Only non-breaking spaces are written: no trace of the text."""
    unit = stringWidth(NBSP, font, size)
    lines = []
    for line in shape(clean(text)).split("\n"):
        words = [
            NBSP * max(1, round(stringWidth(word, font_for(word, font), size) / unit))
            for word in line.split(" ")
        ]
        lines.append(" ".join(words))
    bar = _LINE_BREAK.join(lines)
    return f'<span backColor="#000000">{bar}</span>'
