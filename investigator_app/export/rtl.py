"""Right-to-left text (Arabic, Hebrew) in reading order on the page.

A PDF draws glyphs left to right, one after the other: it knows no writing direction and no
Arabic joining. So the dossier does both itself:

- ``shape`` (where text becomes paragraph markup, in ``safe_text``, before lines are
  measured and broken): Arabic letters become the presentation form of their place in the
  word (isolated, initial, medial, final), lam-alef its ligature: glyphs DejaVu Sans has.
  Shaping keeps the logical order; it changes widths, so it comes before the layout.
- ``display_runs`` (when a line is drawn, after the paragraph was broken into lines, as
  the Unicode bidirectional algorithm wants): the characters of the line in display order,
  brackets mirrored, kept in the runs of markup they came from (a redaction bar in the
  middle of an Arabic sentence stays between the same words).

A case's own texts are ``DirectedParagraph``s: the base direction is that of the text's
first strong character (as ``dir="auto"`` in HTML), so a Dutch paragraph with an Arabic
name reads left to right with the name in place, and a Hebrew answer reads right to left,
right-aligned. Every other line the canvas draws (our own words with names in them,
headers, footers, the watermark) goes through ``visual`` with a left-to-right base.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import Any

from arabic_reshaper import ArabicReshaper  # type: ignore[import-untyped]
from bidi import algorithm  # type: ignore[import-untyped]
from reportlab.lib.enums import TA_RIGHT  # type: ignore[import-untyped]
from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]
from reportlab.pdfbase import pdfmetrics  # type: ignore[import-untyped]
from reportlab.pdfgen.textobject import PDFTextObject  # type: ignore[import-untyped]
from reportlab.platypus import Paragraph  # type: ignore[import-untyped]

from investigator_app.export.fonts import ARABIC, ARABIC_BOLD, SANS, SANS_BOLD, register_fonts

# Hebrew, Arabic, Syriac, Thaana, N'Ko, Samaritan, Mandaic and their presentation forms.
_RIGHT_TO_LEFT = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]")

# Only the ligatures DejaVu Sans draws (lam-alef, on by default); harakat are kept.
_RESHAPER = ArabicReshaper(configuration={"delete_harakat": False, "ARABIC LIGATURE ALLAH": False})


def has_rtl(text: str) -> bool:
    return _RIGHT_TO_LEFT.search(text) is not None


def shape(text: str) -> str:
    """Arabic letters in their joined forms (logical order kept); other text as it is."""
    if _ARABIC.search(text) is None:
        return text
    return str(_RESHAPER.reshape(text))


@functools.cache
def _lacking() -> re.Pattern[str]:
    """The characters the dossier's sans faces lack and its Arabic face has."""
    register_fonts()
    ours = [pdfmetrics.getFont(name).face.charToGlyph for name in (SANS, SANS_BOLD)]
    arabic = pdfmetrics.getFont(ARABIC).face.charToGlyph
    lacking = sorted(chr(code) for code in arabic if any(code not in face for face in ours))
    return re.compile("[" + "".join(re.escape(char) for char in lacking) + "]")


def font_for(word: str, font: str) -> str:
    """``font``, or the Arabic face of its weight when ``word`` has a letter it lacks."""
    if _lacking().search(word) is None:
        return font
    return ARABIC_BOLD if font == SANS_BOLD else ARABIC


_WORD = re.compile(r"\S+")


def with_fallback_font(escaped: str, font: str) -> str:
    """Escaped text (in ``font``) with each word that face cannot draw set in the Arabic
    face of its weight (the whole word, so its letters join in one design)."""
    if _lacking().search(escaped) is None:
        return escaped
    face = font_for(escaped, font)
    return _WORD.sub(
        lambda word: (
            f'<font face="{face}">{word[0]}</font>' if _lacking().search(word[0]) else word[0]
        ),
        escaped,
    )


def is_rtl(text: str) -> bool:
    """Whether a paragraph reads right to left: its first strong character does."""
    return has_rtl(text) and algorithm.get_base_level(text) == 1


def display_runs(parts: Sequence[str], *, rtl: bool) -> list[tuple[int, str]]:
    """One line made of ``parts`` (runs of markup, logical order) in display order: pieces
    of (index of the part, its characters as drawn), left to right."""
    text = "".join(parts)
    if not has_rtl(text):
        return [(index, part) for index, part in enumerate(parts) if part]
    owner = [index for index, part in enumerate(parts) for _ in part]
    storage = algorithm.get_empty_storage()
    storage["base_level"] = 1 if rtl else 0
    storage["base_dir"] = "R" if rtl else "L"
    algorithm.get_embedding_levels(text, storage)
    for position, char in enumerate(storage["chars"]):
        char["part"] = owner[position]
    algorithm.explicit_embed_and_overrides(storage)
    algorithm.resolve_weak_types(storage)
    algorithm.resolve_neutral_types(storage, False)
    algorithm.resolve_implicit_levels(storage, False)
    algorithm.reorder_resolved_levels(storage, False)
    algorithm.apply_mirroring(storage, False)
    pieces: list[tuple[int, str]] = []
    for char in storage["chars"]:
        part, drawn = int(char["part"]), str(char["ch"])
        if pieces and pieces[-1][0] == part:
            pieces[-1] = (part, pieces[-1][1] + drawn)
        else:
            pieces.append((part, drawn))
    return pieces


def visual(line: str, *, rtl: bool = False) -> str:
    """One drawn line (no line breaks), shaped, in display order for a base direction."""
    if not has_rtl(line):
        return line
    return "".join(piece for _, piece in display_runs([shape(line)], rtl=rtl))


class DirectedParagraph(Paragraph):  # type: ignore[misc]  # reportlab has no type hints
    """A case's text: lines broken in logical order, each drawn in display order."""

    rtl = False
    blPara: Any  # reportlab's lines, set by wrap()

    def beginText(self, x: float, y: float) -> Any:  # reportlab's name
        return PDFTextObject(self.canv, x, y)  # the lines are in display order already

    def drawPara(self, debug: int = 0) -> Any:  # reportlab's name
        logical = self.blPara
        self.blPara = self._display_lines(logical)
        try:
            return super().drawPara(debug)
        finally:
            self.blPara = logical

    def _display_lines(self, para: Any) -> Any:
        if para.kind == 0:  # one run of text: lines are lists of words
            lines = [
                (space, visual(" ".join(words), rtl=self.rtl).split(" "))
                for space, words in para.lines
            ]
            return para.clone(lines=lines)
        out = []
        for line in para.lines:  # runs of markup (a redaction's bar is one)
            if any(hasattr(frag, "cbDefn") for frag in line.words):
                out.append(line)
                continue
            texts = [frag.text for frag in line.words]
            pieces = display_runs(texts, rtl=self.rtl)
            out.append(line.clone(words=[line.words[i].clone(text=text) for i, text in pieces]))
        return para.clone(lines=out)


class _RightToLeftParagraph(DirectedParagraph):
    rtl = True


def directed_paragraph(markup: str, style: ParagraphStyle, text: str) -> Paragraph:
    """The paragraph of ``markup`` (made from ``text``), in ``text``'s direction: right to
    left and right-aligned when its first strong character is."""
    if not is_rtl(text):
        return DirectedParagraph(markup, style)
    right = ParagraphStyle(f"{style.name}-rtl", parent=style, alignment=TA_RIGHT)
    return _RightToLeftParagraph(markup, right)
