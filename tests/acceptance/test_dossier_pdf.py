"""Issue 5: PDF case files. Real PDFs rendered and parsed back with pypdf."""

from __future__ import annotations

import hashlib
import re
from datetime import UTC, datetime
from pathlib import Path

import pytest

from investigator_app.export.files import file_name
from investigator_app.export.model import AuditEntry, DossierNote, RevealedIdentity
from investigator_app.export.options import ExportOptions, Profile, Span
from investigator_app.export.render import render_dossier
from investigator_app.export.sample import DESCRIPTION, sample_case
from investigator_app.export.source import ExportSource
from investigator_app.sync.service_link import ServiceLink
from tests.export.pdf_reading import all_text, font_files, image_count, read_pages
from tests.support.operations import wire_op
from tests.support.world import ABB, AN, JONAS, World

IDENTITY = RevealedIdentity(
    name="Lies Verzonnen",
    email="lies@example.org",
    phone="0470 00 00 00",
    revealed_by="An Peeters",
)
NOTES = (
    DossierNote("n1", "An Peeters", sample_case().received_at, "Notitie over de facturen"),
    DossierNote("n2", "An Peeters", sample_case().received_at, "Geheime strategie: eerst horen"),
)


def options(profile: Profile, **changes: object) -> ExportOptions:
    values: dict[str, object] = {"reader": "Karel Chef", "made_by": "An Peeters"}
    values.update(changes)
    return ExportOptions(profile, **values)  # type: ignore[arg-type]


def squash(text: str) -> str:
    """Text without whitespace: wrapped words and lines joined."""
    return re.sub(r"\s+", "", text)


def test_full_dossier_has_every_section_and_numbered_pages() -> None:
    audit = (AuditEntry(sample_case().received_at, "An Peeters", "case.copy_printed", "x"),)
    rendered = render_dossier(
        sample_case(events=30, messages=3, audit=audit), options(Profile.FULL)
    )
    pages = read_pages(rendered.data)
    text = all_text(rendered.data)
    for section in (
        "Inhoud",
        "Samenvatting",
        "De melding",
        "Betrokken entiteit en personen",
        "Tijdlijn",
        "Vragen en antwoorden",
        "Notities",
        "Bijlagen",
        "Audittrail",
    ):
        assert section in text
    for expected in ("VERTROUWELIJK", "1700-2026-000123", "volledig dossier", "Omkoping"):
        assert expected in text
    assert "tijdig (03/03/2026, termijn 09/03/2026)" in text  # a deadline met
    assert "factuur-reis.pdf" in text and "9f2c" * 16 in text  # attachment with sha256
    assert "Exemplaar afgedrukt" in text  # the audit summary
    assert rendered.pages == len(pages) >= 4
    for number, page in enumerate(pages, start=1):
        assert f"pagina {number} van {len(pages)}" in page.text
        assert "1700-2026-000123" in page.text and "VERTROUWELIJK" in page.text
        assert str(rendered.options.copy_id) in page.rotated  # the diagonal watermark
        assert "Karel Chef" in page.rotated


def test_contents_list_the_page_each_section_starts_on() -> None:
    rendered = render_dossier(sample_case(events=200), options(Profile.FULL))
    pages = read_pages(rendered.data)
    contents = pages[1].text
    listed = dict(re.findall(r"^(Tijdlijn|Audittrail)\s*\.*\s*(\d+)$", contents, re.MULTILINE))
    assert set(listed) == {"Tijdlijn", "Audittrail"}
    for title, page in listed.items():
        assert re.search(rf"^{title}$", pages[int(page) - 1].text, re.MULTILINE)


def test_identity_only_when_revealed_and_chosen() -> None:
    case = sample_case(identity=IDENTITY)
    assert "Lies Verzonnen" not in all_text(render_dossier(case, options(Profile.FULL)).data)
    chosen = render_dossier(case, options(Profile.FULL, include_identity=True)).data
    assert "Lies Verzonnen" in all_text(chosen) and "lies@example.org" in all_text(chosen)
    manager = render_dossier(case, options(Profile.MANAGER, include_identity=True)).data
    assert "Lies Verzonnen" not in all_text(manager)
    assert "lies@example.org" not in all_text(manager)


def test_manager_copy_hides_unchosen_notes_and_removes_redacted_text() -> None:
    case = sample_case(identity=IDENTITY, notes=NOTES)
    start = DESCRIPTION.index("heraanleg")
    rendered = render_dossier(
        case,
        options(
            Profile.MANAGER,
            note_ids=frozenset({"n1"}),
            redact_spans=(Span("description", start, start + len("heraanleg van het marktplein")),),
            redact_phrases=("barcelona", "piet fictief", "Jonas Maes"),
        ),
    )
    text = all_text(rendered.data)
    assert "Piet Fictief" not in text and "Marie Verzonnen" in text  # a person, everywhere
    assert "Jonas Maes" not in text  # also a name in the timeline
    assert "afdruk leidinggevende" in text
    assert "Notitie over de facturen" in text
    assert "Geheime strategie" not in text
    for gone in ("heraanleg", "marktplein", "Barcelona"):
        assert gone not in text
    assert "zonder dat andere offertes" in text  # the rest of the passage stays
    assert "Lies Verzonnen" not in text and "lies@example.org" not in text
    # Nothing of the removed words hides in the raw file either (fonts are subset, so the
    # words would be glyph codes; the bars are non-breaking spaces only).
    manager_default = all_text(render_dossier(case, options(Profile.MANAGER)).data)
    assert "Notitie over de facturen" not in manager_default


def test_feedback_letter_says_the_outcome_and_nothing_internal() -> None:
    case = sample_case(identity=IDENTITY, notes=NOTES, events=20)
    text = all_text(render_dossier(case, options(Profile.FEEDBACK, reader="melder")).data)
    assert "Terugkoppeling over uw melding" in text and "gegrond" in text
    for internal in ("Notitie", "Geheime", "Tijdlijn", "Jonas Maes", "Lies Verzonnen", "Vraag 1"):
        assert internal not in text


HOSTILE = [
    "<b>vet</b> & <i>schuin</i>",
    "<a href='https://evil.example/'>klik</a>",
    '<font name="Courier" size="40">groot</font>',
    "&amp; &lt;tag&gt; &#60;",
    "]]> <![CDATA[ x ]]>",
    "\x00\x07\x1b[31mrood\x1b[0m",
    "😀🎉 Gerücht — ολα καλά — Съвет",
    "שלום עולם مرحبا بالعالم",
]


def test_hostile_text_prints_literally_and_embeds_nothing(tmp_path: Path) -> None:
    secret = tmp_path / "geheim.png"
    secret.write_bytes(b"not really a png")
    long_word = "A" * 20_000
    lines = [*HOSTILE, f'<img src="{secret}" width="100" height="100"/>', long_word]
    case = sample_case(description="\n".join(lines))
    rendered = render_dossier(case, options(Profile.FULL))
    text = squash(all_text(rendered.data))
    for line in HOSTILE[:5]:
        assert squash(line) in text
    assert squash(f'<img src="{secret}"') in text
    assert "rood" in text and "\x1b" not in text
    assert "Gerücht" in text and "ολακαλά" in text and "Съвет" in text
    assert "שלום" in text or "םולש" in text  # right-to-left: the letters are there
    assert text.count("A" * 100) >= 150  # the long word wraps over many lines, all there
    assert image_count(rendered.data) == 0
    assert secret.read_bytes() not in rendered.data


def test_fonts_are_embedded() -> None:
    fonts = font_files(render_dossier(sample_case(), options(Profile.FULL)).data)
    assert fonts and all(fonts.values()), fonts
    assert any("DejaVuSans" in name for name in fonts)


def test_english_dossier() -> None:
    text = all_text(render_dossier(sample_case(), options(Profile.FULL, language="en")).data)
    assert "CONFIDENTIAL" in text and "page 1 of" in text and "Timeline" in text
    assert "Bribery" in text


@pytest.mark.slow
def test_a_thousand_events_over_many_pages() -> None:
    progress: list[tuple[int, int]] = []
    rendered = render_dossier(
        sample_case(events=1000, messages=200),
        options(Profile.FULL),
        lambda done, total: progress.append((done, total)),
    )
    assert len(progress) > 10 and progress[-1][0] == progress[-1][1]  # a bar can follow it
    pages = read_pages(rendered.data)
    assert len(pages) > 50
    text = all_text(rendered.data)
    assert "Stap 998:" in text and "Vraag 200:" in text
    assert f"pagina {len(pages)} van {len(pages)}" in pages[-1].text


def test_an_exported_copy_is_in_the_audit_trail_and_its_next_dossier(
    world: World, tmp_path: Path
) -> None:
    created = world.register_and_forward(ABB, description="Zie <b>factuur</b> & co")
    # Only a case the user declared no conflict of interest in leaves as a copy.
    world.operate(AN, wire_op(created["id"], "declare_no_conflict"))
    store = world.synced_store(tmp_path / "an" / "store.sqlite3")
    link = ServiceLink(store, world.base_url, world.token(AN))
    source = ExportSource(store, link)
    now = datetime.now(UTC)
    case = source.dossier(source.case_id(created["reference"], now), now)
    out = tmp_path / file_name(created["reference"], "leidinggevende")
    opts = options(Profile.MANAGER)
    outcome = source.export(case, opts, out)
    assert outcome.recorded
    assert hashlib.sha256(out.read_bytes()).hexdigest() == outcome.rendered.sha256
    assert "Zie <b>factuur</b> & co" in all_text(out.read_bytes())

    with world.http(JONAS) as colleague:
        trail = colleague.get(f"/cases/{created['id']}/audit").json()["entries"]
    assert [entry["action"] for entry in trail] == ["case.conflict_declared", "case.copy_exported"]
    entry = trail[-1]
    assert entry["actor"] == "An Peeters"
    assert entry["detail"]["copy_id"] == str(opts.copy_id)
    assert entry["detail"]["sha256"] == outcome.rendered.sha256
    assert entry["detail"]["reader"] == "Karel Chef"
    assert entry["detail"]["profile"] == "leidinggevende"

    # The next copy lists the first in its audit summary.
    again = source.dossier(case.id, datetime.now(UTC))
    text = all_text(render_dossier(again, options(Profile.FULL)).data)
    assert "Exemplaar geëxporteerd" in text and str(opts.copy_id) in squash(text)
    link.close()
    store.close()
