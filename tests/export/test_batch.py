"""Exporting a selection of cases into a folder, from a real synced store."""

from __future__ import annotations

from pathlib import Path

from investigator_app.export.batch import export_batch
from investigator_app.export.options import ExportOptions, Profile
from investigator_app.export.source import ExportSource
from investigator_app.sync.service_link import ServiceLink
from tests.export.pdf_reading import all_text
from tests.support.operations import wire_op
from tests.support.world import ABB, AN, World


def test_one_file_per_case_and_a_summary_of_failures(world: World, tmp_path: Path) -> None:
    created = [world.register_and_forward(ABB, summary=f"Melding {n}") for n in range(3)]
    undeclared = world.register_and_forward(ABB, summary="Nog niet verklaard")
    for case in created:  # opened in the app: no conflict of interest declared
        world.operate(AN, wire_op(case["id"], "declare_no_conflict"))
    store = world.synced_store(tmp_path / "an" / "store.sqlite3")
    link = ServiceLink(store, world.base_url, world.token(AN))
    folder = tmp_path / "out"
    folder.mkdir()
    progress: list[tuple[int, int]] = []
    ids = [case["id"] for case in created] + ["no-such-case", undeclared["id"]]
    result = export_batch(
        ExportSource(store, link),
        ids,
        ExportOptions(Profile.MANAGER, reader="Archief", made_by="An Peeters"),
        folder,
        lambda done, total: progress.append((done, total)),
    )
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        f"dossier-{case['reference']}-leidinggevende.pdf" for case in created
    )
    assert result.failed == [
        ("no-such-case", "not found"),
        (undeclared["reference"], "no declaration"),  # the app's gate holds here too
    ]
    assert result.unrecorded == 0
    assert progress[-1] == (5, 5)
    texts = [all_text(path.read_bytes()) for path in result.written]
    assert all("Archief" in text for text in texts)
    copy_ids = set()
    for case in created:
        with world.http(AN) as http:
            entries = http.get(f"/cases/{case['id']}/audit").json()["entries"]
        assert [entry["action"] for entry in entries] == [
            "case.conflict_declared",
            "case.copy_exported",
        ]
        copy_ids.add(entries[-1]["detail"]["copy_id"])
    assert len(copy_ids) == 3  # each file its own copy id
    link.close()
    store.close()
