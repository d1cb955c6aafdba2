"""Evidence in the dossier end to end (issue 12, test 4): a real service on loopback and a
real desktop store. Pieces added on the desktop and uploaded, a finding on the service that
cites one, then a full dossier exported through the export's own source: parsed back with
pypdf it lists every piece with its sha256 and the findings that cite it, carries the chosen
pieces as embedded files with exactly their bytes, and the service's trail has the copy and
a custody entry per carried piece with the copy's id (a printed copy: "printed"). The
manager's copy lists the pieces and carries none. A piece whose bytes are not on the
workstation is never carried silently: no file, no copy recorded."""

from __future__ import annotations

import hashlib
import io
import re
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from investigator_app.domain.evidence import PieceFacts, PieceType
from investigator_app.export.options import ExportOptions, Profile
from investigator_app.export.sample_evidence import sample_png
from investigator_app.export.source import ExportSource
from investigator_app.protocol_audit import CopyKind
from investigator_app.store.evidence import PieceMissing
from investigator_app.sync.engine import SyncEngine
from investigator_app.sync.service_link import ServiceLink
from tests.export.pdf_reading import all_text, image_count
from tests.support.operations import wire_op
from tests.support.world import AN, JONAS, World
from tests.sync.evidence_world import investigating_case, service_pieces, signed_in_store

ALLEGATION = "Het diensthoofd liet een aannemer een reis naar Barcelona betalen."
MOTIVATION = "De factuur van het reisbureau staat op naam van de aannemer."


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_the_dossier_lists_the_pieces_with_sha256_and_citing_findings_and_carries_them(
    world: World, tmp_path: Path
) -> None:
    case_id = investigating_case(world)
    world.operate(AN, wire_op(world.case(AN, case_id), "declare_no_conflict"))
    store = signed_in_store(world, AN, tmp_path / "an" / "store.sqlite3")
    invoice = b"%PDF-1.4\n% factuur van Reisbureau Zon (fictief)\n%%EOF\n"
    photo = sample_png()
    incoming = tmp_path / "in"
    incoming.mkdir()
    (incoming / "factuur zon.pdf").write_bytes(invoice)
    (incoming / "brochure.png").write_bytes(photo)
    with world.client(AN) as client:
        engine = SyncEngine(store, client)
        engine.pull()
        now = datetime.now(UTC)
        added = {}
        for name, title, kind in (
            ("factuur zon.pdf", "Factuur van Reisbureau Zon", PieceType.DOCUMENT),
            ("brochure.png", "Foto van de reisbrochure", PieceType.PHOTO),
        ):
            file = store.import_piece_file(incoming / name)
            facts = PieceFacts(title, "", "Boekhouding", date(2026, 3, 10), kind)
            added[title] = (store.add_piece(case_id, facts, file, now), file)
        engine.push()  # uploads first, then the operations
        invoice_id, invoice_file = added["Factuur van Reisbureau Zon"]
        photo_id, photo_file = added["Foto van de reisbrochure"]

        # A finding on the service that cites the invoice (not the photo).
        allegation_id = "6d2f0000-0000-4000-8000-0000000000a1"
        case = world.case(AN, case_id)
        world.operate(
            AN,
            wire_op(
                case,
                "add_allegation",
                allegation={
                    "allegation_id": allegation_id,
                    "text": ALLEGATION,
                    "persons": ["Piet Fictief"],
                    "category": "bribery",
                },
            ),
        )
        [result] = world.operate(
            AN,
            wire_op(
                world.case(AN, case_id),
                "record_finding",
                allegation_id=allegation_id,
                finding={
                    "conclusion": "founded",
                    "motivation": MOTIVATION,
                    "sources": [{"kind": "piece", "ref": str(invoice_id)}],
                    "follow_up": "disciplinary_procedure",
                },
            ),
        )
        assert result["status"] == "applied", result
        engine.pull()

    link = ServiceLink(store, world.base_url, world.token(AN))
    source = ExportSource(store, link)
    now = datetime.now(UTC)
    dossier = source.dossier(case_id, now)
    assert source.availability(dossier) == {
        str(invoice_id): "available",
        str(photo_id): "available",
    }
    options = ExportOptions(
        Profile.FULL,
        reader="Parket Brussel",
        made_by="An Peeters",
        carried_piece_ids=frozenset({str(invoice_id), str(photo_id)}),
    )
    out = tmp_path / "volledig.pdf"
    outcome = source.export(dossier, options, out)
    assert outcome.recorded
    data = out.read_bytes()
    assert hashlib.sha256(data).hexdigest() == outcome.rendered.sha256

    # The annex: each piece with its sha256, and which findings cite it.
    text = squash(all_text(data))
    annex = text[text.rindex(squash("Overzicht van de stukken")) :]
    invoice_entry = annex[annex.index(squash("Stuk 1 · Factuur van Reisbureau Zon")) :]
    photo_entry = annex[annex.index(squash("Stuk 2 · Foto van de reisbrochure")) :]
    assert (
        squash(f"sha256{invoice_file.sha256}")
        in invoice_entry[: len(invoice_entry) - len(photo_entry)]
    )
    assert squash("Aangehaald in bevinding bij tenlastelegging 1 (gegrond)") in invoice_entry
    assert squash(f"sha256{photo_file.sha256}") in photo_entry
    assert squash("Aangehaald in door geen bevinding aangehaald") in photo_entry
    assert squash("Toegevoegd door An Peeters op") in annex
    # The finding names the piece it rests on.
    finding = text[text.index(squash("Stukken waarop de bevinding steunt")) :]
    assert squash("stuk 1: Factuur van Reisbureau Zon") in finding

    # The carried pieces: embedded with exactly their bytes; the photo also as a page.
    attached = PdfReader(io.BytesIO(data)).attachments
    assert attached == {"stuk-001-v1.pdf": [invoice], "stuk-002-v1.png": [photo]}
    assert image_count(data) == 1

    # The service's trail: the copy, and a custody entry per carried piece with its id.
    with world.client(JONAS) as colleague:
        trail = colleague.case_audit(case_id).entries
    copies = [e for e in trail if e.action == "case.copy_exported"]
    assert [e.detail["copy_id"] for e in copies] == [str(options.copy_id)]
    custody = [e for e in trail if e.action == "case.record_custody"]
    assert sorted(
        (e.detail["sha256"], e.detail["kind"], e.detail["copy_id"]) for e in custody
    ) == sorted(
        (file.sha256, "exported", str(options.copy_id)) for file in (invoice_file, photo_file)
    )
    pieces = {p["id"]: p for p in service_pieces(world, AN, case_id)}
    for piece_id in (invoice_id, photo_id):
        chain = pieces[str(piece_id)]["custody"]
        assert [(c["kind"], c["detail"]) for c in chain][-1] == ("exported", str(options.copy_id))

    # The manager's copy lists the pieces too and carries none (no custody entry for it).
    manager = ExportOptions(Profile.MANAGER, reader="Karel Chef", made_by="An Peeters")
    managed = source.export(source.dossier(case_id, datetime.now(UTC)), manager, tmp_path / "m.pdf")
    manager_text = squash(all_text(managed.rendered.data))
    assert squash(f"sha256{invoice_file.sha256}") in manager_text
    assert not PdfReader(io.BytesIO(managed.rendered.data)).attachments
    with world.client(JONAS) as colleague:
        trail = colleague.case_audit(case_id).entries
    assert len([e for e in trail if e.action == "case.record_custody"]) == 2

    # A printed copy carrying the photo (as a page): on its chain as printed, with the id.
    printing = ExportOptions(
        Profile.FULL,
        reader="Archief",
        made_by="An Peeters",
        carried_piece_ids=frozenset({str(photo_id)}),
    )
    printed = source.render(source.dossier(case_id, datetime.now(UTC)), printing)
    assert image_count(printed.data) == 1
    assert source.record(case_id, printed, CopyKind.PRINT)
    chain = {p["id"]: p for p in service_pieces(world, AN, case_id)}[str(photo_id)]["custody"]
    assert (chain[-1]["kind"], chain[-1]["detail"]) == ("printed", str(printing.copy_id))
    link.close()
    store.close()


def test_a_piece_whose_bytes_are_not_here_is_never_carried_silently(
    world: World, tmp_path: Path
) -> None:
    case_id = investigating_case(world)
    an = signed_in_store(world, AN, tmp_path / "an" / "store.sqlite3")
    source_file = tmp_path / "verslag.txt"
    source_file.write_bytes(b"Verslag van de plaatsbezoek (fictief).")
    with world.client(AN) as client:
        SyncEngine(an, client).pull()
        file = an.import_piece_file(source_file)
        facts = PieceFacts(
            "Verslag", "", "Eigen vaststelling", date(2026, 3, 10), PieceType.DOCUMENT
        )
        piece_id = an.add_piece(case_id, facts, file, datetime.now(UTC))
        SyncEngine(an, client).push()
    an.close()

    # Jonas's workstation has the case but has not fetched the piece's bytes yet.
    world.operate(JONAS, wire_op(world.case(JONAS, case_id), "declare_no_conflict"))
    jonas = signed_in_store(world, JONAS, tmp_path / "jonas" / "store.sqlite3")
    with world.client(JONAS) as client:
        SyncEngine(jonas, client).pull()
    source = ExportSource(jonas)
    dossier = source.dossier(case_id, datetime.now(UTC))
    assert source.availability(dossier) == {str(piece_id): "missing"}
    options = ExportOptions(
        Profile.FULL,
        reader="Parket",
        made_by="Jonas Maes",
        carried_piece_ids=frozenset({str(piece_id)}),
    )
    before = jonas.pending_count()
    out = tmp_path / "nooit.pdf"
    with pytest.raises(PieceMissing):
        source.export(dossier, options, out)
    assert not out.exists() and jonas.pending_count() == before  # no file, no copy recorded
    jonas.close()
