"""The interview record's PDF, read back with pypdf: the house style's header and footer
with right page numbers, the initials boxes on every page, a signature block for each
signer, the copy id, hostile text printed literally, and its copy's audit record."""

from __future__ import annotations

import io
import uuid
from dataclasses import replace
from datetime import UTC, datetime

import pytest
from pypdf import PdfReader

from investigator_app.domain.interviews import Statement, StatementKind
from investigator_app.export.interview_record import (
    PROFILE,
    RecordOptions,
    record_copy_op,
    record_file_name,
    render_interview_record,
)
from investigator_app.operations import OPERATION
from investigator_app.protocol_audit import CopyKind
from tests.export.pdf_reading import font_files, read_pages
from tests.gui.interview_cases import corrected, draft, facts, signed

REFERENCE = "1700-2026-000417"
COPY = uuid.UUID("3f0c9a52-1b7e-4c1d-9a55-0f4e2a7d9b11")
MADE_AT = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


def options(**changes: object) -> RecordOptions:
    made = RecordOptions(reader="Ward Verhaegen", made_by="An Peeters", copy_id=COPY)
    return replace(made, made_at=MADE_AT, **changes)  # type: ignore[arg-type]


def squashed(text: str) -> str:
    """Text without the line breaks and spaces pypdf puts where the layout wrapped."""
    return "".join(text.split())


def test_every_page_has_the_initials_boxes_the_header_and_its_number() -> None:
    record = signed(1)
    long = replace(record, facts=facts(questions=40, person="Ward Verhaegen"))
    rendered = render_interview_record(REFERENCE, long, options())
    pages = read_pages(rendered.data)
    assert rendered.pages == len(pages) == len(PdfReader(io.BytesIO(rendered.data)).pages)
    assert len(pages) >= 3
    for number, page in enumerate(pages, start=1):
        assert "Paraaf gehoorde persoon" in page.text
        assert "Paraaf verhoorder" in page.text
        assert f"pagina {number} van {len(pages)}" in page.text
        assert f"Verhoor 1 · melding {REFERENCE}" in page.text
        assert "VERTROUWELIJK" in page.text
        assert f"Exemplaar {COPY}" in page.text
        assert str(COPY) in page.rotated  # the watermark: reader and copy id
    # The statements in order, numbered; the signature blocks at the end, once each.
    whole = "\n".join(page.text for page in pages)
    assert whole.index("Vraag 1") < whole.index("Antwoord 1") < whole.index("Vraag 40")
    last = pages[-1].text
    assert "Nalezen en ondertekenen" in last
    signers = ["Ward Verhaegen", "An Peeters (onderzoeker)", "Jonas Maes (leidinggevende)"]
    assert whole.count("Handtekening") == len(signers)
    assert last.count("Handtekening") == len(signers)
    assert "Gehoorde persoon" in last and last.count("Verhoorder of aanwezige") == 2
    for name in signers:
        assert name in last
    assert all(embedded for embedded in font_files(rendered.data).values())


def test_the_facts_notice_and_assistance_are_on_the_first_page() -> None:
    rendered = render_interview_record(REFERENCE, signed(1), options())
    first = read_pages(rendered.data)[0].text
    for expected in (
        "Verhoor 1",
        "Gehoorde persoon",
        "Ward Verhaegen",
        "betrokkene",
        "12/11/2026",
        "14:00",
        "15:35",
        "Stadhuis, lokaal 2.14",
        "Mr. Karel Smets, advocaat",
        "Voorafgaande mededeling",
        "Voorgelezen aan de gehoorde persoon",
    ):
        assert expected in first, expected
    # Counsel signs too: four blocks.
    assert read_pages(rendered.data)[-1].text.count("Handtekening") == 4


def test_a_correction_names_its_reason_and_version() -> None:
    rendered = render_interview_record(REFERENCE, corrected(1), options())
    first = read_pages(rendered.data)[0].text
    assert "versie 2, verbetering van een ondertekende versie" in first
    assert "Het lokaal was 2.16, niet 2.14." in first


def test_hostile_text_is_printed_literally_and_a_huge_statement_spans_pages() -> None:
    hostile = '<b>niet vet</b> <img src="x"/> & \x00\x07 <font size=40>groot</font>'
    huge = "Een heel lang antwoord zonder einde. " * 1_300  # ~ 48,000 characters
    record = draft(
        2,
        person="<i>Els</i> Wuyts",
        notice="",
        remarks=hostile,
        statements=(
            Statement(StatementKind.QUESTION, hostile),
            Statement(StatementKind.ANSWER, huge),
            Statement(StatementKind.PARAGRAPH, "مرحبا، هذا نص تجريبي"),
        ),
    )
    rendered = render_interview_record(REFERENCE, record, options())
    pages = read_pages(rendered.data)
    whole = "\n".join(page.text for page in pages)
    assert rendered.pages == len(pages) > 5
    assert squashed("<b>niet vet</b>") in squashed(whole)
    assert squashed('<img src="x"/>') in squashed(whole)
    assert "<i>Els</i> Wuyts" in whole
    assert "Geen voorafgaande mededeling ingesteld door de dienst." in whole
    assert all("Paraaf gehoorde persoon" in page.text for page in pages)


def test_english_copy() -> None:
    rendered = render_interview_record(REFERENCE, draft(2), options(language="en"))
    pages = read_pages(rendered.data)
    assert "Interview record 2" in pages[0].text and "Person heard" in pages[0].text
    assert "witness" in pages[0].text
    assert all(f"page {n} of {len(pages)}" in p.text for n, p in enumerate(pages, start=1))
    assert "Initials of the person heard" in pages[-1].text
    assert "Signature" in pages[-1].text


def test_each_copy_is_recorded_with_its_own_id_and_the_file_it_is() -> None:
    rendered = render_interview_record(REFERENCE, draft(2), options())
    op = record_copy_op("case-1", rendered, CopyKind.PRINT)
    again = OPERATION.validate_python(op.model_dump(mode="json"))  # the wire takes it
    assert again == op
    assert (op.profile, op.copy_id, op.reader, op.kind) == (
        PROFILE,
        COPY,
        "Ward Verhaegen",
        CopyKind.PRINT,
    )
    assert (op.sha256, op.pages) == (rendered.sha256, rendered.pages)
    other = render_interview_record(REFERENCE, draft(2), RecordOptions("Els", "An Peeters"))
    assert other.options.copy_id != COPY
    assert record_file_name(REFERENCE, 2) == "verhoor-1700-2026-000417-2.pdf"
    assert record_file_name("../../etc/passwd", 1) == "verhoor-.._.._etc_passwd-1.pdf"


def test_a_reader_is_needed() -> None:
    with pytest.raises(ValueError):
        RecordOptions(reader="  ", made_by="An Peeters")
