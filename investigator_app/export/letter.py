"""The reporter's copy: a letter with the outcome and nothing internal (no timeline, no
names of staff, no notes, no messages but the feedback letter itself)."""

from __future__ import annotations

from datetime import datetime

from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]
from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.platypus import Flowable, Paragraph, Spacer  # type: ignore[import-untyped]

from investigator_app.domain.messages import MessageKind
from investigator_app.domain.vocabulary import Status
from investigator_app.export.model import DossierCase
from investigator_app.export.options import ExportOptions
from investigator_app.export.redaction import Redactor, field_key_message
from investigator_app.export.rtl import directed_paragraph
from investigator_app.export.safe_text import to_markup
from investigator_app.export.styles import Styles
from investigator_app.export.texts import Texts, format_date


def letter_story(
    case: DossierCase, options: ExportOptions, styles: Styles, made_at: datetime
) -> list[Flowable]:
    t = Texts(options.language)
    redactor = Redactor(options)
    body = styles.body

    def para(text: str, style: ParagraphStyle = body, field: str | None = None) -> Paragraph:
        spans = redactor.spans(field, text)
        markup = to_markup(text, spans, font=body.fontName, size=body.fontSize)
        return directed_paragraph(markup, style, text)

    story: list[Flowable] = [
        para(case.department, styles.label),
        para(format_date(made_at), styles.small),
        Spacer(1, 12 * mm),
        para(t("Terugkoppeling over uw melding"), styles.heading),
        para(f"{t('Referentie')}: {case.reference}", styles.small),
        Spacer(1, 6 * mm),
        para(t("Beste melder,")),
        para(
            t(
                "U deed op {date} een melding bij 1700 over een mogelijke integriteitsschending.",
                date=format_date(case.received_at),
            )
        ),
    ]
    if case.status is Status.CLOSED and case.outcome is not None:
        story.append(
            para(
                t(
                    "Uw melding is behandeld en afgerond. De uitkomst: {outcome}.",
                    outcome=t.label(case.outcome),
                )
            )
        )
    else:
        story.append(para(t("Uw melding is nog in behandeling.")))
    # The feedback letter the department sent (written for the reporter) is not internal.
    feedback = [m for m in case.messages if m.kind is MessageKind.FEEDBACK]
    if feedback:
        latest = feedback[-1]
        story.append(Spacer(1, 3 * mm))
        story.append(para(latest.body, body, field_key_message(latest.id, "body")))
    story += [
        Spacer(1, 3 * mm),
        para(t("Dank u voor uw melding.")),
        Spacer(1, 6 * mm),
        para(t("Met vriendelijke groeten,")),
        para(case.department),
    ]
    return story
