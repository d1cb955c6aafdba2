"""Paragraph styles of the dossier: one sans family, a calm grey scale, generous leading."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.colors import Color, HexColor  # type: ignore[import-untyped]
from reportlab.lib.enums import TA_LEFT  # type: ignore[import-untyped]
from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]
from reportlab.platypus import TableStyle  # type: ignore[import-untyped]

from investigator_app.export.fonts import MONO, SANS, SANS_BOLD

INK = HexColor("#1a1a1a")
MUTED = HexColor("#5f6368")
RULE = HexColor("#c8ccd0")
ACCENT = HexColor("#8a1c1c")  # the classification's colour
WATERMARK = Color(0.45, 0.45, 0.45, alpha=0.16)

BODY_SIZE = 9.5


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    small: ParagraphStyle
    label: ParagraphStyle
    mono: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    subheading: ParagraphStyle
    event: ParagraphStyle
    reason: ParagraphStyle
    toc: ParagraphStyle
    item: ParagraphStyle  # one line of a list, with a bullet
    block: ParagraphStyle  # a text inside an item (a finding under its allegation)
    aside: ParagraphStyle  # a small grey line inside an item (who did what when)


def make_styles() -> Styles:
    body = ParagraphStyle(
        "body",
        fontName=SANS,
        fontSize=BODY_SIZE,
        leading=13.5,
        textColor=INK,
        alignment=TA_LEFT,
        spaceAfter=4,
        splitLongWords=1,
        wordWrap=None,
    )
    return Styles(
        body=body,
        small=ParagraphStyle("small", parent=body, fontSize=8, leading=11, textColor=MUTED),
        label=ParagraphStyle(
            "label", parent=body, fontName=SANS_BOLD, textColor=MUTED, fontSize=8.5
        ),
        mono=ParagraphStyle("mono", parent=body, fontName=MONO, fontSize=7.5, leading=10),
        title=ParagraphStyle("title", parent=body, fontName=SANS_BOLD, fontSize=24, leading=30),
        subtitle=ParagraphStyle("subtitle", parent=body, fontSize=13, leading=18, textColor=MUTED),
        heading=ParagraphStyle(
            "heading",
            parent=body,
            fontName=SANS_BOLD,
            fontSize=15,
            leading=20,
            spaceBefore=14,
            spaceAfter=8,
        ),
        subheading=ParagraphStyle(
            "subheading", parent=body, fontName=SANS_BOLD, fontSize=10.5, spaceBefore=8
        ),
        event=ParagraphStyle(
            "event",
            parent=body,
            leftIndent=88,
            bulletIndent=0,
            bulletFontName=SANS,
            bulletFontSize=8.5,
            spaceAfter=1,
        ),
        reason=ParagraphStyle(
            "reason", parent=body, leftIndent=88, textColor=MUTED, fontSize=8.5, leading=12
        ),
        toc=ParagraphStyle("toc", parent=body, fontSize=11, leading=22),
        item=ParagraphStyle(
            "item", parent=body, leftIndent=12, bulletIndent=2, bulletFontName=SANS, spaceAfter=1
        ),
        block=ParagraphStyle("block", parent=body, leftIndent=12),
        aside=ParagraphStyle(
            "aside", parent=body, leftIndent=12, fontSize=8, leading=11, textColor=MUTED
        ),
    )


FACTS_TABLE = TableStyle(
    [
        ("FONTNAME", (0, 0), (-1, -1), SANS),  # else Helvetica, not embedded
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
    ]
)
"""A table of named facts (name | value rows under a thin rule): the dossier's and the
interview record's."""
