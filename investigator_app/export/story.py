"""The dossier's flowables, section by section, for the investigator's and the manager's
profiles. What a profile may show is decided here and nowhere else."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from reportlab.graphics.barcode.qr import QrCodeWidget  # type: ignore[import-untyped]
from reportlab.graphics.shapes import Drawing  # type: ignore[import-untyped]
from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]
from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.platypus import (  # type: ignore[import-untyped]
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from investigator_app.export.fonts import SANS, SANS_BOLD
from investigator_app.export.model import (
    DeadlineOutcome,
    DossierAttachment,
    DossierCase,
    DossierMessage,
)
from investigator_app.export.options import ExportOptions, Profile
from investigator_app.export.page_canvas import PageDecoration, TocPlaceholder
from investigator_app.export.redaction import (
    Redactor,
    field_key_event_reason,
    field_key_message,
    field_key_note,
)
from investigator_app.export.safe_text import clean, to_markup
from investigator_app.export.styles import ACCENT, RULE, Styles
from investigator_app.export.texts import Texts, format_date, format_datetime, format_size

PROFILE_TITLES = {
    Profile.FULL: "volledig dossier",
    Profile.MANAGER: "afdruk leidinggevende",
    Profile.FEEDBACK: "terugkoppeling melder",
}

AUDIT_ACTIONS = {
    "case.copy_exported": "Exemplaar geëxporteerd",
    "case.copy_printed": "Exemplaar afgedrukt",
    "case.identity_revealed": "Identiteit onthuld",
    "case.conflict_declared": "Verklaring geen belangenconflict",
    "case.recused": "Onthouding wegens belangenconflict",
}


class SectionHeading(Paragraph):  # type: ignore[misc]  # reportlab has no type hints
    """A heading the table of contents lists."""

    def __init__(self, key: str, text: str, style: ParagraphStyle) -> None:
        super().__init__(text, style)
        self.toc_key = key


class StoryBuilder:
    def __init__(
        self,
        case: DossierCase,
        options: ExportOptions,
        styles: Styles,
        decoration: PageDecoration,
        made_at: datetime,
    ) -> None:
        self.case = case
        self.options = options
        self.s = styles
        self.t = Texts(options.language)
        self.deco = decoration
        self.made_at = made_at
        self.redactor = Redactor(options)
        self._labels: dict[str, str] = {}

    # --- helpers ----------------------------------------------------------------------

    def text(
        self, value: str, field: str | None = None, style: ParagraphStyle | None = None
    ) -> Paragraph:
        """An untrusted text as a paragraph, redacted where asked."""
        style = style or self.s.body
        spans = self.redactor.spans(field, value)
        markup = to_markup(value, spans, font=style.fontName, size=style.fontSize)
        return Paragraph(markup or "&nbsp;", style)

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
        table.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), SANS),  # else Helvetica, not embedded
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                    ("TOPPADDING", (0, 0), (-1, -1), 3),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
                ]
            )
        )
        return table

    # --- the document -----------------------------------------------------------------

    def build(self) -> list[Flowable]:
        story: list[Flowable] = []
        story += self.cover()
        sections: list[Callable[[], list[Flowable]]] = [
            self.summary,
            self.report,
            self.involved,
            self.timeline,
            self.messages,
            self.notes,
            self.attachments,
            self.audit,
        ]
        body: list[Flowable] = []
        for make in sections:
            body += make()
        story += [
            PageBreak(),
            Paragraph(self.label("Inhoud"), self.s.heading),
            TocPlaceholder(self.deco),
            PageBreak(),
        ]
        return story + body

    def cover(self) -> list[Flowable]:
        case = self.case
        qr = QrCodeWidget(str(self.options.copy_id), barLevel="M")
        x0, y0, x1, y1 = qr.getBounds()
        side = 30 * mm
        drawing = Drawing(side, side, transform=[side / (x1 - x0), 0, 0, side / (y1 - y0), 0, 0])
        drawing.add(qr)
        # Drawings start in Helvetica, which would put a non-embedded font in the PDF.
        drawing.initialFontName = SANS
        rows: list[tuple[str, Flowable | str]] = [
            ("Referentie", self.plain(case.reference)),
            ("Entiteit", self.plain(case.department)),
            (
                "Classificatie",
                f'<font name="{SANS_BOLD}" color="{ACCENT.hexval()}">'
                f"{self.label('VERTROUWELIJK')}</font>",
            ),
            ("Profiel", self.label(PROFILE_TITLES[self.options.profile])),
            ("Voor", self.plain(self.options.reader)),
            ("Gemaakt door", self.plain(self.options.made_by)),
            ("Datum", format_datetime(self.made_at)),
            ("Exemplaar", str(self.options.copy_id)),
        ]
        return [
            Spacer(1, 30 * mm),
            Paragraph(self.label("Dossier"), self.s.subtitle),
            Paragraph(self.plain(case.reference), self.s.title),
            Spacer(1, 4 * mm),
            self.text(case.summary, "summary", self.s.subtitle),
            Spacer(1, 14 * mm),
            self.facts(rows),
            Spacer(1, 10 * mm),
            drawing,
            Spacer(1, 6 * mm),
            Paragraph(
                self.label("Dit exemplaar is persoonlijk en traceerbaar. Niet verder verspreiden."),
                self.s.small,
            ),
        ]

    def summary(self) -> list[Flowable]:
        case, t = self.case, self.t
        rows: list[tuple[str, Flowable | str]] = [
            ("Categorie", self.label(t.label(case.category))),
            ("Kanaal", self.label(t.label(case.channel))),
            ("Ontvangen", format_datetime(case.received_at)),
            ("Status", self.label(t.label(case.status))),
            (
                "Uitkomst",
                self.label(t.label(case.outcome)) if case.outcome else self.label("nog geen"),
            ),
            (
                "Toegewezen aan",
                self.plain(case.assignee_name)
                if case.assignee_name
                else self.label("niet toegewezen"),
            ),
        ]
        for deadline in case.deadlines:
            name = (
                "Ontvangstbevestiging" if deadline.kind == "acknowledgement" else "Terugkoppeling"
            )
            due = format_date(deadline.due)
            done = format_date(deadline.done_at) if deadline.done_at else ""
            wording = {
                DeadlineOutcome.MET: "tijdig ({done}, termijn {due})",
                DeadlineOutcome.LATE: "te laat ({done}, termijn {due})",
                DeadlineOutcome.OPEN: "open, termijn {due}",
                DeadlineOutcome.OVERDUE: "overschreden, termijn {due}",
            }[deadline.outcome]
            rows.append((name, self.label(wording, done=done, due=due)))
        return [*self.section("summary", "Samenvatting"), self.facts(rows)]

    def report(self) -> list[Flowable]:
        case = self.case
        out = self.section("report", "De melding")
        out += [
            Paragraph(self.label("Onderwerp"), self.s.subheading),
            self.text(case.summary, "summary"),
            Paragraph(self.label("Beschrijving"), self.s.subheading),
            self.text(case.description, "description"),
            Paragraph(self.label("Soort melder"), self.s.subheading),
            Paragraph(self.label(self.t.label(case.reporter_kind)), self.s.body),
        ]
        identity = case.identity
        if identity is not None and self.options.shows_identity:
            rows: list[tuple[str, Flowable | str]] = [("Naam", self.plain(identity.name))]
            for name, value in (
                ("Organisatie", identity.organisation),
                ("E-mail", identity.email),
                ("Telefoon", identity.phone),
            ):
                if value:
                    rows.append((name, self.plain(value)))
            out += [Paragraph(self.label("Identiteit van de melder"), self.s.subheading)]
            out += [self.facts(rows)]
            if identity.revealed_at is not None:
                out.append(
                    Paragraph(
                        self.label(
                            "Onthuld door {who} op {when}",
                            who=clean(identity.revealed_by),
                            when=format_datetime(identity.revealed_at),
                        ),
                        self.s.small,
                    )
                )
        return out

    def involved(self) -> list[Flowable]:
        case = self.case
        persons: list[Flowable] = [
            self.text(person, f"person:{index}")
            for index, person in enumerate(case.involved_persons)
        ] or [Paragraph(self.label("geen"), self.s.body)]
        return [
            *self.section("involved", "Betrokken entiteit en personen"),
            Paragraph(self.label("Betrokken entiteit"), self.s.subheading),
            self.text(case.involved_entity, "involved_entity"),
            Paragraph(self.label("Betrokken personen"), self.s.subheading),
            *persons,
        ]

    def timeline(self) -> list[Flowable]:
        t = self.t
        out = self.section("timeline", "Tijdlijn")
        if not self.case.events:
            return [*out, Paragraph(self.label("Geen statuswijzigingen."), self.s.body)]
        for index, event in enumerate(self.case.events):
            what = self.label(t.label(event.kind))
            parts = [f"<b>{what}</b> · {self.plain(event.actor)}"]
            if event.from_status and event.to_status and event.from_status != event.to_status:
                parts.append(
                    f"<br/>{self.label(t.label(event.from_status))} → "
                    f"{self.label(t.label(event.to_status))}"
                )
            if event.outcome:
                parts.append(f" ({self.label(t.label(event.outcome))})")
            if event.assignee:
                parts.append(f" → {self.plain(event.assignee)}")
            out.append(
                Paragraph("".join(parts), self.s.event, bulletText=format_datetime(event.at))
            )
            if event.reason:
                out.append(self.text(event.reason, field_key_event_reason(index), self.s.reason))
        return out

    def messages(self) -> list[Flowable]:
        out = self.section("messages", "Vragen en antwoorden")
        if not self.case.messages:
            return [*out, Paragraph(self.label("Geen berichten."), self.s.body)]
        for message in self.case.messages:
            out += self.message(message)
        return out

    def message(self, message: DossierMessage) -> list[Flowable]:
        t = self.t
        head = (
            f"<b>{self.label(t.label(message.kind))}</b> · {self.plain(message.author)} · "
            f"{format_datetime(message.created_at)} · {self.label(t.label(message.state))}"
        )
        out: list[Flowable] = [
            KeepTogether(
                [
                    Paragraph(head, self.s.subheading),
                    self.text(message.body, field_key_message(message.id, "body")),
                ]
            )
        ]
        if message.answer_due is not None:
            out.append(
                Paragraph(
                    f"{self.label('Antwoord uiterlijk')}: {format_date(message.answer_due)}",
                    self.s.small,
                )
            )
        if message.answer is not None:
            channel = "via de webpagina" if message.answer_channel == "web" else "telefonisch"
            when = format_datetime(message.answered_at) if message.answered_at else ""
            out.append(
                Paragraph(
                    self.label("Beantwoord op {when} ({channel})", when=when, channel=t(channel)),
                    self.s.label,
                )
            )
            out.append(self.text(message.answer, field_key_message(message.id, "answer")))
        out += [self.attachment(item) for item in message.attachments]
        return out

    def notes(self) -> list[Flowable]:
        out = self.section("notes", "Notities")
        shown = set(self.options.notes_shown([note.id for note in self.case.notes]))
        notes = [note for note in self.case.notes if note.id in shown]
        if not notes:
            return [*out, Paragraph(self.label("Geen notities in dit exemplaar."), self.s.body)]
        for note in notes:
            out.append(
                Paragraph(
                    f"{self.plain(note.author)} · {format_datetime(note.created_at)}",
                    self.s.label,
                )
            )
            out.append(self.text(note.text, field_key_note(note.id)))
        return out

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

    def attachments(self) -> list[Flowable]:
        out = self.section("attachments", "Bijlagen")
        items = list(self.case.attachments) + [
            item for message in self.case.messages for item in message.attachments
        ]
        if not items:
            return [*out, Paragraph(self.label("Geen bijlagen."), self.s.body)]
        return out + [self.attachment(item) for item in items]

    def audit(self) -> list[Flowable]:
        out = self.section("audit", "Audit")
        if not self.case.audit:
            return [
                *out,
                Paragraph(
                    self.label("Geen onthullingen, exporten of afdrukken geregistreerd."),
                    self.s.body,
                ),
            ]
        for entry in self.case.audit:
            action = AUDIT_ACTIONS.get(entry.action)
            what = self.label(action) if action else self.plain(entry.action)
            detail = f"<br/>{self.plain(entry.detail)}" if entry.detail else ""
            out.append(
                Paragraph(
                    f"<b>{what}</b> · {self.plain(entry.actor)}{detail}",
                    self.s.event,
                    bulletText=format_datetime(entry.at),
                )
            )
        return out
