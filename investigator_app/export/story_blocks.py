"""The building blocks every dossier section is made of: a case's untrusted texts as
escaped, redacted paragraphs, our own words in the copy's language, headings the table of
contents lists, two-column fact tables and an attachment's line. Nothing here decides which
parts of a case a copy shows; ``story.py`` does."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]
from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.platypus import (  # type: ignore[import-untyped]
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
)

from investigator_app.domain.evidence import Piece
from investigator_app.export.fonts import SANS
from investigator_app.export.model import CarriedPiece, DossierAttachment, DossierCase
from investigator_app.export.options import ExportOptions
from investigator_app.export.page_canvas import PageDecoration
from investigator_app.export.redaction import Redactor
from investigator_app.export.rtl import directed_paragraph
from investigator_app.export.safe_text import clean, to_markup
from investigator_app.export.styles import FACTS_TABLE, Styles
from investigator_app.export.texts import Texts, format_datetime, format_size


class SectionHeading(Paragraph):  # type: ignore[misc]  # reportlab has no type hints
    """A heading the table of contents lists."""

    def __init__(self, key: str, text: str, style: ParagraphStyle) -> None:
        super().__init__(text, style)
        self.toc_key = key


class StoryBlocks:
    """One copy's case, options, styles and page decoration, and the blocks made from them."""

    def __init__(
        self,
        case: DossierCase,
        options: ExportOptions,
        styles: Styles,
        decoration: PageDecoration,
        made_at: datetime,
        carried: Sequence[CarriedPiece] = (),
    ) -> None:
        self.case = case
        self.options = options
        self.s = styles
        self.t = Texts(options.language)
        self.deco = decoration
        self.made_at = made_at
        self.redactor = Redactor(options)
        self._labels: dict[str, str] = {}
        self.carried = {piece.piece_id: piece for piece in carried}  # content in this copy

    def text(
        self, value: str, field: str | None = None, style: ParagraphStyle | None = None
    ) -> Paragraph:
        """An untrusted text as a paragraph, redacted where asked."""
        style = style or self.s.body
        spans = self.redactor.spans(field, value)
        markup = to_markup(value, spans, font=style.fontName, size=style.fontSize)
        return directed_paragraph(markup or "&nbsp;", style, value)

    def plain(self, value: str) -> str:
        """Escaped markup of a short untrusted value (a name); phrases to black out
        everywhere are blacked out here too."""
        spans = self.redactor.spans(None, value)
        return to_markup(value, spans, font=self.s.body.fontName, size=self.s.body.fontSize)

    def label(self, dutch: str, **values: object) -> str:
        """Markup of one of our own words (escaped too: names may be in ``values``)."""
        if values:
            return to_markup(self.t(dutch, **values), font=self.s.body.fontName, size=9)
        cached = self._labels.get(dutch)
        if cached is None:  # a 1,000-event timeline asks for the same few words
            cached = self._labels[dutch] = to_markup(self.t(dutch), font=SANS, size=9)
        return cached

    def section(self, key: str, dutch_title: str) -> list[Flowable]:
        title = self.t(dutch_title)
        self.deco.toc_titles.append((key, title))
        return [
            CondPageBreak(40 * mm),
            SectionHeading(key, self.label(dutch_title), self.s.heading),
        ]

    def facts(self, rows: list[tuple[str, Flowable | str]]) -> Table:
        data = [
            [
                Paragraph(self.label(name), self.s.label),
                value if isinstance(value, Flowable) else Paragraph(value, self.s.body),
            ]
            for name, value in rows
        ]
        table = Table(data, colWidths=[45 * mm, None], hAlign="LEFT")
        table.setStyle(FACTS_TABLE)
        return table

    def piece_label(self, piece: Piece) -> str:
        """ "stuk 3: titel": a piece as a finding's source or a record's signed scan."""
        label = (
            f"{self.label('stuk {number}', number=piece.number)}: {self.plain(piece.facts.title)}"
        )
        if piece.withdrawn is not None:
            label += f" ({self.label('ingetrokken')})"
        return label

    def piece_by_id(self, piece_id: str) -> Piece | None:
        return next((p for p in self.case.investigation.pieces if p.id == piece_id), None)

    def attachment(self, item: DossierAttachment) -> Flowable:
        return KeepTogether(
            [
                Paragraph(
                    f"<b>{self.plain(item.name)}</b> · {format_size(item.size)} · "
                    f"{self.plain(item.added_by)} · {format_datetime(item.added_at)}",
                    self.s.body,
                ),
                Paragraph(f"sha256 {clean(item.sha256)[:64]}", self.s.mono),
                Spacer(1, 2),
            ]
        )
