"""Render a dossier to PDF bytes: one reportlab layout pass, pages finished at the end."""

from __future__ import annotations

import hashlib
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import partial
from typing import Any

from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate  # type: ignore[import-untyped]

from investigator_app.export.embedded_files import CarryingCanvas
from investigator_app.export.fonts import SANS, register_fonts
from investigator_app.export.letter import letter_story
from investigator_app.export.model import CarriedPiece, DossierCase
from investigator_app.export.options import ExportOptions, Profile
from investigator_app.export.page_canvas import (
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    PageDecoration,
)
from investigator_app.export.safe_text import clean
from investigator_app.export.story import PROFILE_TITLES, StoryBuilder
from investigator_app.export.story_blocks import SectionHeading
from investigator_app.export.styles import make_styles
from investigator_app.export.texts import Texts

Progress = Callable[[int, int], None]
"""Called with (flowables laid out, of total) while rendering, from the rendering thread."""


@dataclass(frozen=True)
class RenderedDossier:
    data: bytes
    pages: int
    sha256: str
    options: ExportOptions
    made_at: datetime
    carried: tuple[tuple[str, int], ...] = ()  # (piece id, version) whose content it holds


class _DossierDoc(BaseDocTemplate):  # type: ignore[misc]  # reportlab has no type hints
    def __init__(
        self, target: io.BytesIO, decoration: PageDecoration, progress: Progress | None, **kw: Any
    ) -> None:
        super().__init__(target, **kw)
        self.decoration = decoration
        self.progress = progress
        self.total = 0
        self.done = 0
        self.page_count = 0

    def afterFlowable(self, flowable: Flowable) -> None:  # reportlab's name
        if isinstance(flowable, SectionHeading):
            self.decoration.section_pages.setdefault(flowable.toc_key, self.canv.getPageNumber())
        self.done += 1
        if self.progress is not None and self.done % 50 == 0:
            self.progress(self.done, self.total)

    def afterPage(self) -> None:  # reportlab's name
        self.page_count = self.canv.getPageNumber()


def decoration_for(case: DossierCase, options: ExportOptions) -> PageDecoration:
    t = Texts(options.language)
    reader = clean(options.reader).replace("\n", " ")
    return PageDecoration(
        header_left=(
            f"{t('Dossier')} {clean(case.reference)} · {t(PROFILE_TITLES[options.profile])}"
        ),
        classification=t("VERTROUWELIJK"),
        page_label=t("pagina {page} van {pages}"),
        footer_left=f"{t('Exemplaar')} {options.copy_id} · {reader}",
        watermark=f"{reader} · {options.copy_id}",
    )


def build_story(
    case: DossierCase,
    options: ExportOptions,
    decoration: PageDecoration,
    made_at: datetime,
    carried: Sequence[CarriedPiece] = (),
) -> list[Flowable]:
    styles = make_styles()
    if options.profile is Profile.FEEDBACK:
        return letter_story(case, options, styles, made_at)
    return StoryBuilder(case, options, styles, decoration, made_at, carried).build()


def carried_pieces(
    case: DossierCase, options: ExportOptions, contents: Sequence[CarriedPiece]
) -> list[CarriedPiece]:
    """Of ``contents``, what this copy carries: the chosen pieces of this case's (the
    current version of each), in their order; never in a copy other than the full one."""
    if options.profile is not Profile.FULL:
        return []
    current = {
        p.id: p.version for p in case.investigation.pieces if p.id in options.carried_piece_ids
    }
    return sorted(
        (c for c in contents if current.get(c.piece_id) == c.version),
        key=lambda c: c.number,
    )


def render_dossier(
    case: DossierCase,
    options: ExportOptions,
    progress: Progress | None = None,
    contents: Sequence[CarriedPiece] = (),
) -> RenderedDossier:
    """The PDF of ``case`` as ``options`` say, with the content of the chosen pieces among
    ``contents`` (read and checked by the caller); raises only on a broken installation."""
    register_fonts()
    made_at = options.made_at or datetime.now(UTC)
    decoration = decoration_for(case, options)
    carried = carried_pieces(case, options, contents)
    story = build_story(case, options, decoration, made_at, carried)
    target = io.BytesIO()
    doc = _DossierDoc(
        target,
        decoration,
        progress,
        pagesize=(PAGE_WIDTH, PAGE_HEIGHT),
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=f"{Texts(options.language)('Dossier')} {clean(case.reference)}",
        author=clean(options.made_by),
        subject=Texts(options.language)("VERTROUWELIJK"),
        creator="investigator-app",
        lang=options.language,
        initialFontName=SANS,
    )
    frame = Frame(
        doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body", showBoundary=0
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    doc.total = len(story)
    t = Texts(options.language)
    descriptions = {
        c.piece_id: f"{t('Stuk {number}', number=c.number)}: {c.title}" for c in carried
    }
    canvas = partial(
        CarryingCanvas, decoration=decoration, carried=carried, descriptions=descriptions
    )
    doc.build(story, canvasmaker=canvas)
    if progress is not None:
        progress(doc.total, doc.total)
    data = target.getvalue()
    return RenderedDossier(
        data=data,
        pages=doc.page_count,
        sha256=hashlib.sha256(data).hexdigest(),
        options=options,
        made_at=made_at,
        carried=tuple((c.piece_id, c.version) for c in carried),
    )
