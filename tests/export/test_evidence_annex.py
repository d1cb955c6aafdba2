"""Issue 12: the dossier's annex "Overzicht van de stukken", the findings naming pieces, the
section "Verhoren" and the pieces a full copy carries, parsed back from real PDFs."""

from __future__ import annotations

import hashlib
import io
import re
from dataclasses import replace
from datetime import UTC, datetime

import pytest
from pypdf import PdfReader

from investigator_app.domain import evidence as piece_rules
from investigator_app.domain.evidence import PieceFacts, PieceFile, PieceType
from investigator_app.export.embedded_files import attachment_name
from investigator_app.export.files import custody_records
from investigator_app.export.model import AuditEntry, CarriedPiece, DossierCase
from investigator_app.export.options import ExportOptions, Profile, Span
from investigator_app.export.redaction import field_key_interview
from investigator_app.export.render import RenderedDossier, render_dossier
from investigator_app.export.sample_evidence import (
    EXTRACT,
    INVOICE,
    PHOTO,
    SCAN,
    STATEMENTS,
    SUSPECT,
    WITNESS,
    sample_contents,
    sample_evidence_case,
    sample_files,
)
from investigator_app.export.source import _detail_line
from investigator_app.protocol_audit import CopyKind
from tests.export.pdf_reading import all_text, image_count, read_pages

MADE_AT = datetime(2026, 4, 20, 10, 0, tzinfo=UTC)


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def render(
    case: DossierCase,
    profile: Profile = Profile.FULL,
    contents: list[CarriedPiece] | None = None,
    **options: object,
) -> RenderedDossier:
    chosen = ExportOptions(
        profile,
        reader="Karel Chef",
        made_by="An Peeters",
        made_at=MADE_AT,
        **options,  # type: ignore[arg-type]
    )
    return render_dossier(case, chosen, contents=contents or [])


def annex(data: bytes) -> str:
    """The text from the annex's heading on (its title is also in the contents)."""
    text = squash(all_text(data))
    return text[text.rindex(squash("Overzicht van de stukken")) :]


@pytest.mark.parametrize("profile", [Profile.FULL, Profile.MANAGER])
def test_the_annex_lists_every_piece_with_its_sha256_and_the_findings_citing_it(
    profile: Profile,
) -> None:
    case = sample_evidence_case()
    data = render(case, profile).data
    pages = read_pages(data)
    assert re.search(r"Overzicht van de stukken\W+\d+", pages[1].text)  # in the contents
    listed = annex(data)
    pieces = {p.id: p for p in case.investigation.pieces}
    for piece in pieces.values():
        assert squash(f"Stuk {piece.number} · {piece.facts.title}") in listed
        assert squash(f"sha256{piece.file.sha256}") in listed  # in full, beside its name
    invoice, photo, extract, scan = (pieces[k] for k in (INVOICE, PHOTO, EXTRACT, SCAN))
    for expected in (
        "Soort document",
        "Bron Boekhouding van de gemeente",
        "Verkregen op 10/03/2026",
        "Toegevoegd door An Peeters op",
        "Versie 2",
        "Bestandsnaam factuur-reisbureau-zon.pdf",
        "Aangehaald in bevinding bij tenlastelegging 1 (gegrond)",
        "Eerdere versies versie 1 · 88.0 kB",
        "0b" * 32,  # the replaced version's sha256 stays verifiable
        "Soort foto",
        "Soort uittreksel uit een register",
        f"Stuk {extract.number} · {extract.facts.title} · ingetrokken",
        "Ingetrokken Els Wouters op",
        "Reden van intrekking",
        "Het uittreksel betreft een andere onderneming met dezelfde naam.",
        "door geen bevinding aangehaald",
        "Soort verhoor",
        "Ondertekend exemplaar verhoor 1",
    ):
        assert squash(expected) in listed, expected
    # Each piece's entry names its own citations: the photo is cited, the scan not.
    photo_entry = listed[listed.index(squash(f"Stuk {photo.number} ·")) :]
    assert photo_entry.index(squash("bevinding bij tenlastelegging 1")) < photo_entry.index(
        squash(f"Stuk {extract.number} ·")
    )
    assert scan.number == 4
    # The finding names the pieces it rests on by number and title.
    flat = squash(all_text(data))
    founded = flat[flat.index(squash("Stukken waarop de bevinding steunt")) :]
    assert squash(f"stuk 1: {invoice.facts.title}") in founded
    assert squash(f"stuk 2: {photo.facts.title}") in founded


def test_a_withdrawn_cited_piece_is_named_so_in_the_finding() -> None:
    case = sample_evidence_case()
    at = MADE_AT
    pieces = piece_rules.withdraw_piece(
        case.investigation.pieces, PHOTO, "Brochure van een ander jaar.", "Els Wouters", at
    )
    case = replace(case, investigation=replace(case.investigation, pieces=pieces))
    flat = squash(all_text(render(case).data))
    assert squash("stuk 2: Foto van de reisbrochure (ingetrokken)") in flat


def test_interview_records_full_copy_all_manager_only_chosen_letter_none() -> None:
    case = sample_evidence_case()
    full = squash(all_text(render(case).data))
    for expected in (
        "Verhoor 1 · Piet Fictief (betrokkene)",
        "Gehoorde persoon Piet Fictief",
        "Hoedanigheid betrokkene",
        "20/03/2026, van 09:30 tot 10:45",
        "Plaats Gemeentehuis Voorbeeldegem, lokaal 2",
        "Aanwezigen An Peeters; Els Wouters",
        "Bijstand door advocaat of vertrouwenspersoon Mr. Jan Raadsman, advocaat",
        "Voorafgaande mededeling (voorgelezen)",
        "versie 1: stuk 4: Ondertekend verhoor van het diensthoofd",
        "versie 2: nog niet ondertekend",
        "Verbetering van een ondertekende versie",
        "De gehoorde persoon vroeg het bedrag toe te voegen.",
        "Opmerkingen van de gehoorde persoon",
        "Het bedrag was 1.800 euro.",
        "Verhoor 2 · Marie Verzonnen (getuige)",
        "22/03/2026, vanaf 14:00",
    ):
        assert squash(expected) in full, expected
    for statement in STATEMENTS:
        assert squash(statement.text) in full

    manager = squash(all_text(render(case, Profile.MANAGER).data))
    assert squash("Geen verhoren in dit exemplaar.") in manager
    assert squash(STATEMENTS[1].text) not in manager
    chosen = squash(
        all_text(render(case, Profile.MANAGER, interview_ids=frozenset({WITNESS})).data)
    )
    assert squash("Verhoor 2 · Marie Verzonnen") in chosen
    assert squash("Verhoor 1 ·") not in chosen and squash(STATEMENTS[1].text) not in chosen
    assert "Overzicht van de stukken" in all_text(render(case, Profile.MANAGER).data)

    letter = all_text(render(case, Profile.FEEDBACK).data)
    for internal in ("Verhoren", "Overzicht van de stukken", "Piet Fictief", "sha256"):
        assert internal not in letter


def test_a_statement_is_blacked_out_like_any_text() -> None:
    case = sample_evidence_case()
    answer = STATEMENTS[1].text
    start = answer.index("de factuur nooit")
    span = Span(field_key_interview(SUSPECT, "statement:1"), start, len(answer) - 1)
    text = all_text(
        render(case, Profile.MANAGER, interview_ids=frozenset({SUSPECT}), redact_spans=(span,)).data
    )
    assert "Ik dacht dat de gemeente" in text
    assert "factuur nooit gezien" not in text
    phrases = all_text(render(case, redact_phrases=("Raadsman",)).data)
    assert "Raadsman" not in phrases and "Mr. Jan" in phrases


def test_chosen_pieces_travel_as_attachments_with_their_exact_bytes() -> None:
    case = sample_evidence_case()
    rendered = render(
        case, contents=sample_contents(case), carried_piece_ids=frozenset({INVOICE, PHOTO})
    )
    reader = PdfReader(io.BytesIO(rendered.data))
    attached = {name: data[0] for name, data in reader.attachments.items()}
    files = sample_files()
    assert attached == {"stuk-001-v2.pdf": files[INVOICE][2], "stuk-002-v1.png": files[PHOTO][2]}
    for data in attached.values():
        assert hashlib.sha256(data).hexdigest() in {
            p.file.sha256 for p in case.investigation.pieces
        }
    assert rendered.carried == ((INVOICE, 2), (PHOTO, 1))
    listed = annex(rendered.data)
    assert squash("Inhoud in dit exemplaar als bijlage in deze PDF: stuk-001-v2.pdf") in listed
    assert squash("stuk-002-v1.png; afgedrukt na dit overzicht") in listed
    # The photo is also a page of its own after the annex, with its sha256.
    assert image_count(rendered.data) == 1
    last = read_pages(rendered.data)[-1].text
    assert "Stuk 2, versie 1 · Foto van de reisbrochure" in last
    assert case.investigation.pieces[1].file.sha256 in squash(last)


def test_only_the_full_copy_carries_and_only_the_current_version() -> None:
    case = sample_evidence_case()
    with pytest.raises(ValueError, match="only a full dossier"):
        ExportOptions(
            Profile.MANAGER, reader="x", made_by="y", carried_piece_ids=frozenset({INVOICE})
        )
    stale = [replace(c, version=1) for c in sample_contents(case) if c.piece_id == INVOICE]
    rendered = render(case, contents=stale, carried_piece_ids=frozenset({INVOICE}))
    assert rendered.carried == () and not PdfReader(io.BytesIO(rendered.data)).attachments
    nothing = render(case, contents=sample_contents(case))  # none chosen
    assert nothing.carried == () and image_count(nothing.data) == 0


def test_an_image_that_cannot_be_read_is_said_and_still_attached() -> None:
    case = sample_evidence_case()
    broken = b"\x89PNG\r\n\x1a\n" + b"\x00garbage" * 50
    contents = [
        replace(c, data=broken) if c.piece_id == PHOTO else c for c in sample_contents(case)
    ]
    rendered = render(case, contents=contents, carried_piece_ids=frozenset({PHOTO}))
    assert "De afbeelding kan niet getoond worden" in all_text(rendered.data)
    reader = PdfReader(io.BytesIO(rendered.data))
    assert reader.attachments["stuk-002-v1.png"] == [broken]


HOSTILE_NAMES = (
    "../../../etc/passwd",
    "..\\..\\Windows\\System32\\evil.dll",
    "CON.txt",
    "factuur\u202efdp.exe",
    "lang-" + "x" * 291 + ".pdf",
)


def test_hostile_file_names_are_shown_literally_and_never_name_the_attachment() -> None:
    case = sample_evidence_case()
    pieces = case.investigation.pieces
    contents: list[CarriedPiece] = []
    for n, name in enumerate(HOSTILE_NAMES):
        data = f"bytes of piece {n}".encode()
        file = PieceFile(hashlib.sha256(data).hexdigest(), len(data), name, "text/plain")
        facts = PieceFacts(f"Vijandige naam {n}", "", "test", MADE_AT.date(), PieceType.OTHER)
        pieces = piece_rules.add_piece(pieces, f"h{n}", facts, file, "An Peeters", MADE_AT)
        added = pieces[-1]
        contents.append(
            CarriedPiece(
                added.id, added.number, 1, added.facts.title, name, "text/plain", file.sha256, data
            )
        )
    case = replace(case, investigation=replace(case.investigation, pieces=pieces))
    chosen = frozenset(c.piece_id for c in contents)
    rendered = render(case, contents=contents, carried_piece_ids=chosen)
    listed = annex(rendered.data)
    assert squash("../../../etc/passwd") in listed
    assert squash("..\\..\\Windows\\System32\\evil.dll") in listed
    assert squash("CON.txt") in listed
    assert squash("factuur⟨U+202E⟩fdp.exe") in listed  # the override shown, not obeyed
    assert "\u202e" not in all_text(rendered.data)
    assert squash(HOSTILE_NAMES[-1]) in listed  # 300 characters, wrapped, all there
    names = set(PdfReader(io.BytesIO(rendered.data)).attachments)
    assert names == {attachment_name(c) for c in contents}
    for name in names:
        assert re.fullmatch(r"stuk-\d{3}-v\d+(\.[a-z0-9]{1,10})?", name), name


def test_each_carried_piece_gets_a_custody_entry_with_the_copy_id() -> None:
    case = sample_evidence_case()
    chosen = frozenset({INVOICE, PHOTO})
    rendered = render(case, contents=sample_contents(case), carried_piece_ids=chosen)
    for kind, custody in ((CopyKind.EXPORT, "exported"), (CopyKind.PRINT, "printed")):
        ops = custody_records(case.id, rendered, kind)
        assert [(str(op.piece_id), op.version, op.kind.value) for op in ops] == [
            (INVOICE, 2, custody),
            (PHOTO, 1, custody),
        ]
        assert {op.copy_id for op in ops} == {rendered.options.copy_id}
        assert all(op.made_at == rendered.made_at for op in ops)
    assert custody_records(case.id, render(case), CopyKind.EXPORT) == []


def test_english_annex_and_interview_records() -> None:
    case = sample_evidence_case()
    text = squash(all_text(render(case, language="en").data))
    for expected in (
        "Overview of the pieces",
        "Piece 1 · Factuur van Reisbureau Zon",
        "Type extract from a register",
        "Source Kruispuntbank van Ondernemingen",
        "Obtained on 12/03/2026",
        "Cited in finding on allegation 1 (founded)",
        "not cited by any finding",
        "Reason for withdrawal",
        "Interview records",
        "Interview record 1 · Piet Fictief (person concerned)",
        "Person heard",
        "Assisted by counsel or a trusted person",
        "Notice read at the start (read)",
        "Correction of a signed version",
        "version 2: not signed yet",
        "piece 1: Factuur van Reisbureau Zon",
    ):
        assert squash(expected) in text, expected


def test_the_audit_section_names_the_piece_and_what_was_done_with_it() -> None:
    detail = _detail_line(
        {"piece_number": 3, "version": 2, "kind": "exported", "copy_id": "c-1", "sha256": "ab"}
    )
    assert detail == "stuk 3 · geëxporteerd · c-1 · versie 2"  # never the sha256 or an id
    assert _detail_line({"interview_number": 1, "version": 2, "piece_id": "x"}) == (
        "verhoor 1 · versie 2"
    )
    entry = AuditEntry(MADE_AT, "Jonas Maes", "case.record_custody", detail)
    text = squash(all_text(render(replace(sample_evidence_case(), audit=(entry,))).data))
    assert squash("Stuk geopend, geëxporteerd of afgedrukt · Jonas Maes") in text
    assert squash("stuk 3 · geëxporteerd · c-1 · versie 2") in text
