"""What an interview record's PDF says, as reportlab flowables: the facts of the hearing,
the notice read at the start, the statements, the remarks, and the signature blocks.

Every text of the record is untrusted (typed by an investigator, said by the person
heard): it goes through ``safe_text`` (escaped, control characters dropped) and is laid
out in its own direction (``rtl.directed_paragraph``). The page furniture (header, footer,
initials boxes, watermark) is the canvas's (``interview_record.RecordCanvas``).
"""

from __future__ import annotations

from datetime import time

from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]
from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.platypus import (  # type: ignore[import-untyped]
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from investigator_app.domain.interviews import Interview, StatementKind
from investigator_app.export.fonts import SANS, SANS_BOLD
from investigator_app.export.interview_record_texts import RecordTexts
from investigator_app.export.rtl import directed_paragraph
from investigator_app.export.safe_text import to_markup
from investigator_app.export.styles import FACTS_TABLE, INK, MUTED, RULE, Styles
from investigator_app.export.texts import format_date

SIGNATURE_HEIGHT = 20 * mm  # room to sign in each block
DATE_HEIGHT = 5 * mm  # room to write the date
LABEL_AND_TWO_LINES = 14 * mm


def clock(moment: time) -> str:
    return moment.strftime("%H:%M")


class RecordStory:
    """The flowables of one record in one language."""

    def __init__(self, reference: str, interview: Interview, t: RecordTexts, s: Styles) -> None:
        self.reference = reference
        self.interview = interview
        self.t = t
        self.s = s
        self.statement_label = ParagraphStyle(
            "statement-label", parent=s.label, spaceBefore=6, spaceAfter=1
        )
        self.statement = ParagraphStyle("statement", parent=s.body, leftIndent=12)
        self.question = ParagraphStyle("question", parent=self.statement, textColor=INK)
        self.sign_label = ParagraphStyle(
            "sign-label", parent=s.label, fontName=SANS_BOLD, textColor=MUTED
        )

    # --- building blocks ------------------------------------------------------------------

    def text(self, value: str, style: ParagraphStyle | None = None) -> Paragraph:
        style = style or self.s.body
        markup = to_markup(value, font=style.fontName, size=style.fontSize)
        return directed_paragraph(markup or "&nbsp;", style, value)

    def words(self, dutch: str, style: ParagraphStyle | None = None, **values: str) -> Paragraph:
        """Our own words (escaped too: names may be among ``values``)."""
        style = style or self.s.body
        return Paragraph(
            to_markup(self.t(dutch, **values), font=style.fontName, size=style.fontSize), style
        )

    def heading(self, dutch: str) -> list[Flowable]:
        return [CondPageBreak(30 * mm), self.words(dutch, self.s.heading)]

    def facts_table(self, rows: list[tuple[str, Flowable]]) -> Table:
        data = [[self.words(name, self.s.label), value] for name, value in rows]
        table = Table(data, colWidths=[52 * mm, None], hAlign="LEFT")
        table.setStyle(FACTS_TABLE)
        return table

    # --- the record -----------------------------------------------------------------------

    def build(self) -> list[Flowable]:
        return [
            *self.title(),
            *self.facts(),
            *self.notice(),
            *self.statements(),
            *self.remarks(),
            *self.signatures(),
        ]

    def title(self) -> list[Flowable]:
        i = self.interview
        return [
            self.words("Verhoor {number}", self.s.title, number=str(i.number)),
            self.words("Melding {reference}", self.s.subtitle, reference=self.reference),
            Spacer(1, 6 * mm),
        ]

    def facts(self) -> list[Flowable]:
        i, t = self.interview, self.t
        f = i.facts
        none = self.words("geen")
        rows: list[tuple[str, Flowable]] = [
            ("Gehoorde persoon", self.text(f.person_heard)),
            ("Hoedanigheid", self.words(t.capacity(f.capacity))),
            ("Datum", self.words(format_date(f.held_on))),
            ("Plaats", self.text(f.place) if f.place.strip() else self.words("niet ingevuld")),
            ("Aanvang", self.words(clock(f.start))),
            ("Einde", self.words(clock(f.end)) if f.end else self.words("niet ingevuld")),
            (
                "Aanwezigen",
                self.text("\n".join(f.present)) if f.present else none,
            ),
            (
                "Bijstand door advocaat of vertrouwenspersoon",
                self.text(f.assistance) if f.assistance.strip() else self.words("geen"),
            ),
        ]
        if i.correction_reason:
            version = self.words(
                "versie {version}, verbetering van een ondertekende versie",
                version=str(i.version),
            )
            rows.append(("Versie", version))
            rows.append(("Reden van de verbetering", self.text(i.correction_reason)))
        else:
            rows.append(("Versie", self.words("versie {version}", version=str(i.version))))
        flowables: list[Flowable] = [self.facts_table(rows)]
        if i.signed:
            flowables += [
                Spacer(1, 3 * mm),
                self.words(
                    "Dit verhoor is ondertekend: deze versie is alleen-lezen.", self.s.small
                ),
            ]
        return flowables

    def notice(self) -> list[Flowable]:
        f = self.interview.facts
        out = self.heading("Voorafgaande mededeling")
        if not f.notice.strip():
            return [*out, self.words("Geen voorafgaande mededeling ingesteld door de dienst.")]
        said = (
            "Voorgelezen aan de gehoorde persoon bij het begin van het verhoor."
            if f.notice_read
            else "NIET voorgelezen aan de gehoorde persoon."
        )
        return [*out, self.text(f.notice), self.words(said, self.s.small)]

    def statements(self) -> list[Flowable]:
        out = self.heading("Verklaringen")
        statements = self.interview.facts.statements
        if not statements:
            return [*out, self.words("Nog geen verklaringen opgenomen.")]
        question = 0
        for statement in statements:
            if statement.kind is StatementKind.QUESTION:
                question += 1
            label = self.t.statement(statement.kind)
            if statement.kind is not StatementKind.PARAGRAPH and question:
                label = f"{label} {question}"
            style = self.question if statement.kind is StatementKind.QUESTION else self.statement
            # A label never ends a page alone; a long statement still splits over pages
            # (keepWithNext would push it whole to the next page).
            out.append(CondPageBreak(LABEL_AND_TWO_LINES))
            out.append(Paragraph(to_markup(label, font=SANS_BOLD, size=8.5), self.statement_label))
            out.append(self.text(statement.text, style))
        return out

    def remarks(self) -> list[Flowable]:
        remarks = self.interview.facts.remarks
        out = self.heading("Opmerkingen van de gehoorde persoon")
        return [*out, self.text(remarks) if remarks.strip() else self.words("Geen opmerkingen.")]

    def signatures(self) -> list[Flowable]:
        """One block for the person heard, one for each person present (the interviewers
        among them) and one for who assisted, two to a row; a row never splits."""
        f = self.interview.facts
        signers = [("Gehoorde persoon", f.person_heard)]
        signers += [("Verhoorder of aanwezige", name) for name in f.present]
        if f.assistance.strip():
            signers.append(("Bijstand", f.assistance))
        blocks = [self._signature_block(role, name) for role, name in signers]
        if len(blocks) % 2:
            blocks.append(Spacer(1, 1))
        rows = [blocks[n : n + 2] for n in range(0, len(blocks), 2)]
        grid = Table(rows, colWidths=["50%", "50%"], hAlign="LEFT")
        grid.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), SANS),  # else Helvetica, not embedded
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
                ]
            )
        )
        intro = self.words(
            "De gehoorde persoon las deze weergave van het verhoor na (of kreeg ze "
            "voorgelezen), parafeerde elke pagina en ondertekent hieronder."
        )
        heading = self.heading("Nalezen en ondertekenen")
        return [*heading[:1], KeepTogether([heading[1], intro, Spacer(1, 3 * mm), grid])]

    def _signature_block(self, role: str, name: str) -> Table:
        """Role, name, a date line and a box to sign in: kept whole on one page."""
        date_line = self.words("Datum", self.s.small)
        sign = self.words("Handtekening", self.s.small)
        block = Table(
            [
                [self.words(role, self.sign_label)],
                [self.text(name)],
                [[date_line, Spacer(1, DATE_HEIGHT)]],
                [[sign, Spacer(1, SIGNATURE_HEIGHT)]],
            ],
            colWidths=[None],
            hAlign="LEFT",
        )
        block.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), SANS),
                    ("BOX", (0, 0), (-1, -1), 0.6, RULE),
                    ("LINEBELOW", (0, 1), (0, 2), 0.25, RULE),  # under the name and the date
                    ("LEFTPADDING", (0, 0), (-1, -1), 5),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 5),
                    ("TOPPADDING", (0, 0), (-1, -1), 3),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ]
            )
        )
        return block
