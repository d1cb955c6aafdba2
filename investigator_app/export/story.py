"""The dossier's story for the investigator's and the manager's profiles: the cover that
says which copy this is and for whom, the order of the sections, and what a profile may
show of the reporter's identity and of the notes. What a profile may show is decided here
and nowhere else (the reporter's letter is ``letter.py``); the other sections are
``story_sections.py``, their building blocks ``story_blocks.py``."""

from __future__ import annotations

from collections.abc import Callable

from reportlab.graphics.barcode.qr import QrCodeWidget  # type: ignore[import-untyped]
from reportlab.graphics.shapes import Drawing  # type: ignore[import-untyped]
from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.platypus import (  # type: ignore[import-untyped]
    Flowable,
    PageBreak,
    Paragraph,
    Spacer,
)

from investigator_app.export.fonts import SANS, SANS_BOLD
from investigator_app.export.options import Profile
from investigator_app.export.page_canvas import TocPlaceholder
from investigator_app.export.redaction import field_key_note
from investigator_app.export.safe_text import clean
from investigator_app.export.story_evidence import EvidenceSections
from investigator_app.export.story_investigation import InvestigationSections
from investigator_app.export.story_sections import CaseSections
from investigator_app.export.styles import ACCENT
from investigator_app.export.texts import format_datetime

INVESTIGATION_PROFILES = frozenset({Profile.FULL, Profile.MANAGER})
"""The copies that show the allegations, findings and plan; the reporter's letter never
does (letter.py prints only the outcome and the feedback letter the investigator wrote)."""

PROFILE_TITLES = {
    Profile.FULL: "volledig dossier",
    Profile.MANAGER: "afdruk leidinggevende",
    Profile.FEEDBACK: "terugkoppeling melder",
}


class StoryBuilder(CaseSections, InvestigationSections, EvidenceSections):
    """The flowables of one dossier copy, cover to audit, as its profile allows."""

    def build(self) -> list[Flowable]:
        story: list[Flowable] = []
        story += self.cover()
        sections: list[Callable[[], list[Flowable]]] = [
            self.summary,
            self.report,
            self.involved,
        ]
        if self.options.profile in INVESTIGATION_PROFILES:
            sections += [self.allegations, self.plan, self.interviews]
        sections += [
            self.timeline,
            self.messages,
            self.notes,
            self.attachments,
            self.audit,
        ]
        if self.options.profile in INVESTIGATION_PROFILES:  # the annex, last
            sections.append(self.pieces_annex)
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
