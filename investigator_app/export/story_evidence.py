"""The dossier's sections on the evidence and the interview records: "Verhoren" (each
record as drafted or signed, with who was heard, how, and what they said) and the annex
"Overzicht van de stukken" (each piece with the sha256 of its file, who added it, its
version, whether it was withdrawn and why, and the findings that cite it), followed by the
carried pieces that are images, one per page. Which copies show what is ``story.py``'s
and ``options.py``'s decision; the carried files themselves are ``embedded_files.py``'s.
"""

from __future__ import annotations

import io
import unicodedata
from datetime import datetime, time

from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.lib.utils import ImageReader  # type: ignore[import-untyped]
from reportlab.platypus import (  # type: ignore[import-untyped]
    CondPageBreak,
    Flowable,
    Image,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
)

from investigator_app.domain.evidence import Piece
from investigator_app.domain.file_names import BIDI_CONTROLS
from investigator_app.domain.interviews import Interview, Signature
from investigator_app.domain.investigation import SourceKind
from investigator_app.export.embedded_files import attachment_name
from investigator_app.export.model import CarriedPiece
from investigator_app.export.page_canvas import (
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    PAGE_HEIGHT,
    PAGE_WIDTH,
)
from investigator_app.export.redaction import field_key_interview, field_key_piece_withdrawn
from investigator_app.export.safe_text import clean, to_markup
from investigator_app.export.story_blocks import StoryBlocks
from investigator_app.export.texts import format_date, format_datetime, format_size
from investigator_app.export.texts_evidence import evidence_term
from investigator_app.export.texts_investigation import term

# The start of the files a page can show as an image (reportlab draws JPEG as it is and
# reads PNG and GIF through Pillow); what a piece's media type claims is not trusted.
_IMAGE_MAGIC = (b"\xff\xd8\xff", b"\x89PNG\r\n\x1a\n", b"GIF87a", b"GIF89a")
_IMAGE_ROOM = (PAGE_WIDTH - 2 * MARGIN_X, PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM - 40 * mm)


def visible_name(name: str) -> str:
    """A file name as it is: the characters that are invisible or reorder the display
    (a right-to-left override, a zero-width space, a line break) shown as ⟨U+202E⟩."""
    return "".join(
        f"⟨U+{ord(char):04X}⟩"
        if char in BIDI_CONTROLS
        or unicodedata.category(char) in ("Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp")
        or (char.isspace() and char != " ")
        else char
        for char in name
    )


def printable_image(piece: CarriedPiece) -> bool:
    """Whether a page can show ``piece`` as an image (by its bytes, not its claims)."""
    return piece.data.startswith(_IMAGE_MAGIC)


class EvidenceSections(StoryBlocks):
    """Verhoren; Overzicht van de stukken (and the carried images after it)."""

    # --- the interview records ----------------------------------------------------------

    def interviews(self) -> list[Flowable]:
        out = self.section("interviews", "Verhoren")
        records = self.case.investigation.interviews
        shown = set(self.options.interviews_shown([record.id for record in records]))
        chosen = [record for record in records if record.id in shown]
        if not chosen:
            return [*out, Paragraph(self.label("Geen verhoren in dit exemplaar."), self.s.body)]
        for record in chosen:
            out += self.interview(record)
        return out

    def interview(self, record: Interview) -> list[Flowable]:
        facts, language = record.facts, self.t.language
        made = [
            self.label("versie {version}", version=record.version),
            self.by_line_evidence(
                "Opgesteld door {who} op {when}", record.created_by, record.created_at
            ),
        ]
        if record.edited_at != record.created_at:
            made.append(
                self.by_line_evidence(
                    "laatst gewijzigd door {who} op {when}", record.edited_by, record.edited_at
                )
            )
        if record.pending:
            made.append(self.label("nog niet verzonden"))
        capacity = self.label(evidence_term(facts.capacity, language))
        head = (
            f"{self.label('Verhoor {number}', number=record.number)} · "
            f"{self.plain(facts.person_heard)} ({capacity})"
        )
        rows: list[tuple[str, Flowable | str]] = [
            ("Gehoorde persoon", self.plain(facts.person_heard)),
            ("Hoedanigheid", capacity),
            ("Datum en uur", self.interview_time(record)),
            ("Plaats", self.plain(facts.place) if facts.place.strip() else self.label("geen")),
            (
                "Aanwezigen",
                "; ".join(self.plain(person) for person in facts.present) or self.label("geen"),
            ),
            (
                "Bijstand door advocaat of vertrouwenspersoon",
                self.plain(facts.assistance) if facts.assistance.strip() else self.label("geen"),
            ),
            ("Ondertekend exemplaar", self.signatures(record)),
        ]
        out: list[Flowable] = [
            CondPageBreak(45 * mm),
            Paragraph(head, self.s.subheading),
            Paragraph(" · ".join(made), self.s.small),
            self.facts(rows),
        ]
        if record.correction_reason.strip():
            out += [
                Paragraph(self.label("Verbetering van een ondertekende versie"), self.s.label),
                Paragraph(self.label("Reden van de verbetering"), self.s.aside),
                self.text(record.correction_reason, None, self.s.block),
            ]
        if facts.notice.strip():
            read = "voorgelezen" if facts.notice_read else "niet voorgelezen"
            out += [
                Paragraph(
                    f"{self.label('Voorafgaande mededeling')} ({self.label(read)})", self.s.label
                ),
                self.text(facts.notice, None, self.s.aside),
            ]
        out.append(Paragraph(self.label("Verklaringen"), self.s.label))
        if not facts.statements:
            out.append(Paragraph(self.label("Geen verklaringen."), self.s.block))
        for index, statement in enumerate(facts.statements):
            key = field_key_interview(record.id, f"statement:{index}")
            kind = Paragraph(self.label(evidence_term(statement.kind, language)), self.s.aside)
            # The word and the first lines together; a long statement then runs on.
            out += [CondPageBreak(15 * mm), kind, self.text(statement.text, key, self.s.block)]
        if facts.remarks.strip():
            out += [
                CondPageBreak(15 * mm),
                Paragraph(self.label("Opmerkingen van de gehoorde persoon"), self.s.label),
                self.text(facts.remarks, field_key_interview(record.id, "remarks"), self.s.block),
            ]
        return out

    def signatures(self, record: Interview) -> str:
        """Each signed version with its scan, and whether the current one is signed."""
        lines = [
            self.signature_line(earlier.version, earlier.signature)
            for earlier in record.earlier
            if earlier.signature is not None
        ]
        lines.append(self.signature_line(record.version, record.signature))
        return "<br/>".join(lines)

    def interview_time(self, record: Interview) -> str:
        facts = record.facts
        day = format_date(facts.held_on)
        if facts.end is None:
            return self.label("{date}, vanaf {start}", date=day, start=_clock(facts.start))
        return self.label(
            "{date}, van {start} tot {end}",
            date=day,
            start=_clock(facts.start),
            end=_clock(facts.end),
        )

    def signature_line(self, version: int, signature: Signature | None) -> str:
        which = self.label("versie {version}", version=version)
        if signature is None:
            return f"{which}: {self.label('nog niet ondertekend')}"
        piece = self.piece_by_id(signature.piece_id)
        scan = (
            self.piece_label(piece) if piece is not None else self.label("stuk niet in dit dossier")
        )
        added = self.by_line_evidence("toegevoegd door {who} op {when}", signature.by, signature.at)
        return f"{which}: {scan} · {added}"

    def by_line_evidence(self, dutch: str, who: str, when: datetime, **values: object) -> str:
        """One of our phrases with a name (escaped, blacked out where a phrase to black
        out everywhere says so) and a moment."""
        moment = format_datetime(when)
        phrase = self.t(dutch, who="{who}", when=moment, **values)
        before, _, after = phrase.partition("{who}")
        font, size = self.s.body.fontName, 9
        return (
            to_markup(before, font=font, size=size)
            + self.plain(who)
            + to_markup(after, font=font, size=size)
        )

    # --- the annex ----------------------------------------------------------------------

    def pieces_annex(self) -> list[Flowable]:
        pieces = self.case.investigation.pieces
        if not pieces:
            out = self.section("pieces", "Overzicht van de stukken")
            return [*out, Paragraph(self.label("Geen stukken."), self.s.body)]
        out = [PageBreak(), *self.section("pieces", "Overzicht van de stukken")]  # an annex
        out.append(
            Paragraph(
                self.label(
                    "Elk stuk met de sha256 van zijn bestand: wie een kopie heeft, kan nagaan "
                    "dat het hetzelfde bestand is."
                ),
                self.s.small,
            )
        )
        for piece in pieces:
            out += self.piece_entry(piece)
        return out + self.carried_pages()

    def piece_entry(self, piece: Piece) -> list[Flowable]:
        facts, file, language = piece.facts, piece.file, self.t.language
        title = f"{self.label('Stuk {number}', number=piece.number)} · {self.plain(facts.title)}"
        if piece.withdrawn is not None:
            title += f" · {self.label('ingetrokken')}"
        if piece.pending:
            title += f" · {self.label('nog niet verzonden')}"
        rows: list[tuple[str, Flowable | str]] = [
            ("Soort", self.label(evidence_term(facts.type, language))),
            ("Bron", self.plain(facts.source) if facts.source.strip() else self.label("geen")),
            ("Verkregen op", format_date(facts.obtained_on)),
            (
                "Toegevoegd door",
                self.by_line_evidence("{who} op {when}", piece.added_by, piece.added_at),
            ),
            ("Versie", str(piece.version)),
            ("Bestandsnaam", Paragraph(self.plain(visible_name(file.name)), self.s.body)),
            ("Grootte", format_size(file.size)),
            ("sha256", Paragraph(clean(file.sha256)[:64], self.s.mono)),
            ("Aangehaald in", self.citations(piece)),
        ]
        if piece.earlier:
            rows.append(("Eerdere versies", self.earlier_versions(piece)))
        signed = [
            record.number
            for record in self.case.investigation.interviews
            for signature in (record.signature, *(v.signature for v in record.earlier))
            if signature is not None and signature.piece_id == piece.id
        ]
        for number in sorted(set(signed)):
            rows.append(("Ondertekend exemplaar", self.label("verhoor {number}", number=number)))
        carried = self.carried.get(piece.id)
        if carried is not None:
            rows.append(("Inhoud in dit exemplaar", self.carried_line(carried)))
        if piece.withdrawn is not None:
            by, at = piece.withdrawn.by, piece.withdrawn.at
            rows.append(("Ingetrokken", self.by_line_evidence("{who} op {when}", by, at)))
        out: list[Flowable] = [
            Paragraph(title, self.s.subheading),
            self.facts(rows),
        ]
        if piece.withdrawn is not None:
            withdrawal = piece.withdrawn
            out += [
                Paragraph(self.label("Reden van intrekking"), self.s.label),
                self.text(withdrawal.reason, field_key_piece_withdrawn(piece.id), self.s.block),
            ]
        return [CondPageBreak(60 * mm), KeepTogether(out)]

    def citations(self, piece: Piece) -> str:
        """The findings that cite ``piece`` (their current version)."""
        cited: list[str] = []
        for allegation in self.case.investigation.allegations:
            finding = allegation.finding
            if finding is None or not any(
                ref.kind is SourceKind.PIECE and ref.ref == piece.id
                for ref in finding.facts.sources
            ):
                continue
            if allegation.withdrawn is not None:
                cited.append(
                    self.label("ingetrokken tenlastelegging {number}", number=allegation.number)
                )
                continue
            cited.append(
                self.label(
                    "bevinding bij tenlastelegging {number} ({conclusion})",
                    number=allegation.number,
                    conclusion=term(finding.facts.conclusion, self.t.language),
                )
            )
        return "; ".join(cited) or self.label("door geen bevinding aangehaald")

    def earlier_versions(self, piece: Piece) -> Flowable:
        lines = [
            self.by_line_evidence(
                "versie {version} · {size} · {who} op {when}",
                earlier.by,
                earlier.at,
                version=earlier.version,
                size=format_size(earlier.file.size),
            )
            + f'<br/><font name="{self.s.mono.fontName}" size="{self.s.mono.fontSize}">'
            f"{clean(earlier.file.sha256)[:64]}</font>"
            for earlier in piece.earlier
        ]
        return Paragraph("<br/>".join(lines), self.s.body)

    def carried_line(self, carried: CarriedPiece) -> str:
        line = self.label("als bijlage in deze PDF: {name}", name=attachment_name(carried))
        if printable_image(carried):
            line += f"; {self.label('afgedrukt na dit overzicht')}"
        return line

    # --- the carried images -------------------------------------------------------------

    def carried_pages(self) -> list[Flowable]:
        out: list[Flowable] = []
        for piece in self.case.investigation.pieces:
            carried = self.carried.get(piece.id)
            if carried is None or not printable_image(carried):
                continue
            which = self.label(
                "Stuk {number}, versie {version}", number=carried.number, version=carried.version
            )
            caption = f"{which} · {self.plain(piece.facts.title)}"
            out += [
                PageBreak(),
                Paragraph(caption, self.s.subheading),
                Paragraph(f"sha256 {clean(carried.sha256)[:64]}", self.s.mono),
                Spacer(1, 4 * mm),
                self.image(carried),
            ]
        return out

    def image(self, carried: CarriedPiece) -> Flowable:
        try:
            width, height = ImageReader(io.BytesIO(carried.data)).getSize()
            scale = min(_IMAGE_ROOM[0] / width, _IMAGE_ROOM[1] / height, 1.0)
            return Image(io.BytesIO(carried.data), width * scale, height * scale, hAlign="LEFT")
        except Exception:  # any image Pillow cannot read is said, not fatal: it is attached
            unreadable = (
                "De afbeelding kan niet getoond worden; het bestand zit als bijlage in deze PDF."
            )
            return Paragraph(self.label(unreadable), self.s.body)


def _clock(moment: time) -> str:
    return f"{moment.hour:02d}:{moment.minute:02d}"
