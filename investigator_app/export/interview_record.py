"""The PDF of an interview record, to be read back and signed ("nalezen en ondertekenen").

The dossier's house style (``page_canvas.DossierCanvas``: header with the case reference and
the classification, footer with the copy id and "pagina X van Y", the reader's watermark),
plus a box on every page where the person heard and the interviewer put their initials, and
signature blocks at the end (``interview_story``). Each rendering is one copy with its own
id, recorded on the case's audit trail like a dossier copy (``record_copy_op``, profile
``verhoor``). The signed paper comes back as a scan: a piece of type interview record.
"""

from __future__ import annotations

import hashlib
import io
import re
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import partial
from typing import Any

from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate  # type: ignore[import-untyped]

from investigator_app.domain.interviews import Interview
from investigator_app.export.fit_text import fit_line
from investigator_app.export.fonts import SANS, register_fonts
from investigator_app.export.interview_record_texts import RecordTexts
from investigator_app.export.interview_story import RecordStory
from investigator_app.export.options import reader_line, reader_problem
from investigator_app.export.page_canvas import (
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    DossierCanvas,
    PageDecoration,
)
from investigator_app.export.safe_text import clean
from investigator_app.export.styles import MUTED, RULE, make_styles
from investigator_app.operations import RecordCopyOp
from investigator_app.protocol_audit import CopyKind

PROFILE = "verhoor"
"""The profile an interview record's copy carries on the audit trail (``record_copy``)."""

INITIALS_WIDTH = 42 * mm
INITIALS_HEIGHT = 15 * mm
INITIALS_GAP = 4 * mm
BODY_BOTTOM = MARGIN_BOTTOM + INITIALS_HEIGHT + 6 * mm  # the text stays above the boxes

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


@dataclass(frozen=True)
class RecordOptions:
    """One copy of a record: for whom (the person heard, usually), by whom, which language."""

    reader: str
    made_by: str
    language: str = "nl"
    copy_id: uuid.UUID = field(default_factory=uuid.uuid4)
    made_at: datetime | None = None  # None: now

    def __post_init__(self) -> None:
        problem = reader_problem(self.reader)
        if problem is not None:
            raise ValueError(problem)
        object.__setattr__(self, "reader", reader_line(self.reader))
        if self.language not in ("nl", "en"):
            raise ValueError("the record's language must be nl or en")


@dataclass(frozen=True)
class RenderedRecord:
    data: bytes
    pages: int
    sha256: str
    options: RecordOptions
    made_at: datetime
    interview_id: str
    version: int  # the record's version this copy shows


class RecordCanvas(DossierCanvas):
    """The dossier's canvas with the initials boxes drawn on every page."""

    def __init__(self, *args: Any, initials: tuple[str, str], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._initials = initials

    def _finish_page(self, number: int, total: int) -> None:
        super()._finish_page(number, total)
        self.saveState()
        self.setStrokeColor(RULE)
        self.setLineWidth(0.8)
        right = PAGE_WIDTH - MARGIN_X
        bottom = MARGIN_BOTTOM - 4 * mm
        for index, label in enumerate(reversed(self._initials)):
            x = right - (index + 1) * INITIALS_WIDTH - index * INITIALS_GAP
            self.rect(x, bottom, INITIALS_WIDTH, INITIALS_HEIGHT, stroke=1, fill=0)
            self.setFont(SANS, 6.5)
            self.setFillColor(MUTED)
            text = fit_line(label, SANS, 6.5, INITIALS_WIDTH - 3 * mm)
            self.drawString(x + 1.5 * mm, bottom + INITIALS_HEIGHT - 3 * mm, text)
        self.restoreState()


class _RecordDoc(BaseDocTemplate):  # type: ignore[misc]  # reportlab has no type hints
    page_count = 0

    def afterPage(self) -> None:  # reportlab's name
        self.page_count = self.canv.getPageNumber()


def render_interview_record(
    reference: str, interview: Interview, options: RecordOptions
) -> RenderedRecord:
    """The PDF of ``interview`` (its current version) of the case ``reference``."""
    register_fonts()
    t = RecordTexts(options.language)
    made_at = options.made_at or datetime.now(UTC)
    reader = clean(options.reader).replace("\n", " ")
    decoration = PageDecoration(
        header_left=t(
            "Verhoor {number} · melding {reference}",
            number=str(interview.number),
            reference=clean(reference),
        ),
        classification=t("VERTROUWELIJK"),
        page_label=t("pagina {page} van {pages}"),
        footer_left=f"{t('Exemplaar')} {options.copy_id} · {reader}",
        watermark=f"{reader} · {options.copy_id}",
    )
    target = io.BytesIO()
    doc = _RecordDoc(
        target,
        pagesize=(PAGE_WIDTH, PAGE_HEIGHT),
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=BODY_BOTTOM,
        title=t("Verhoor {number}", number=str(interview.number)) + f" · {clean(reference)}",
        author=clean(options.made_by),
        subject=t("VERTROUWELIJK"),
        creator="investigator-app",
        lang=options.language,
        initialFontName=SANS,
    )
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body")
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    story = RecordStory(reference, interview, t, make_styles()).build()
    initials = (t("Paraaf gehoorde persoon"), t("Paraaf verhoorder"))
    doc.build(story, canvasmaker=partial(RecordCanvas, decoration=decoration, initials=initials))
    data = target.getvalue()
    return RenderedRecord(
        data=data,
        pages=doc.page_count,
        sha256=hashlib.sha256(data).hexdigest(),
        options=options,
        made_at=made_at,
        interview_id=interview.id,
        version=interview.version,
    )


def record_file_name(reference: str, number: int) -> str:
    """``verhoor-1700-2026-000123-2.pdf``: only characters every file system takes."""
    stem = _UNSAFE.sub("_", f"verhoor-{reference}-{number}").strip("._") or "verhoor"
    return stem[:120] + ".pdf"


def record_copy_op(case_id: str, rendered: RenderedRecord, kind: CopyKind) -> RecordCopyOp:
    """The audit record of a saved or printed copy, for the outbox (the store sets its
    base version when it is queued)."""
    return RecordCopyOp.model_validate(
        {
            "op_id": uuid.uuid4(),
            "case_id": case_id,
            "base_version": 0,
            "made_at": rendered.made_at,
            "copy_id": rendered.options.copy_id,
            "profile": PROFILE,
            "reader": rendered.options.reader.strip()[:200],
            "kind": kind,
            "sha256": rendered.sha256,
            "pages": rendered.pages,
        }
    )
