"""Recording copies on the service's audit trail through the outbox: department-only,
exactly once, offline-safe, one refused record never holding back the others."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from investigator_app.export.source import ExportSource
from investigator_app.operations import RecordCopyOp
from investigator_app.protocol_audit import CopyKind
from investigator_app.store import LocalStore
from investigator_app.store.files import legacy_copies_folder
from investigator_app.store.legacy_copy_records import import_legacy_copy_records
from investigator_app.sync.engine import SyncEngine
from investigator_app.sync.service_link import ServiceLink
from tests.support.operations import wire_op
from tests.support.world import ABB, AN, JONAS, TOM, World


def a_record(
    case_id: str, kind: CopyKind = CopyKind.EXPORT, copy_id: uuid.UUID | None = None
) -> RecordCopyOp:
    return RecordCopyOp(
        op_id=uuid.uuid4(),
        case_id=case_id,
        base_version=0,
        made_at=datetime.now(UTC),
        copy_id=copy_id or uuid.uuid4(),
        profile="leidinggevende",
        reader="Karel Chef",
        kind=kind,
        sha256="ab" * 32,
        pages=12,
    )


@pytest.fixture
def synced(world: World, tmp_path: Path) -> Iterator[LocalStore]:
    store = world.synced_store(tmp_path / "an" / "store.sqlite3")
    yield store
    store.close()


def pull(world: World, store: LocalStore) -> None:
    with world.client(AN) as client:
        SyncEngine(store, client).pull(0.0)


def test_a_copy_is_recorded_once_and_read_back(
    world: World, tmp_path: Path, synced: LocalStore
) -> None:
    case = world.register_and_forward(ABB, description="Geheime beschrijving")
    pull(world, synced)
    record = a_record(case["id"])
    again = a_record(case["id"], copy_id=record.copy_id)  # the same copy queued twice
    printed = a_record(case["id"], CopyKind.PRINT)
    with ServiceLink(synced, world.base_url, world.token(AN)) as link:
        for queued in (record, again, printed):
            synced.queue(queued)
        link.send_outbox()
        assert [synced.operation_state(r.op_id) for r in (record, again, printed)] == [
            "applied"
        ] * 3
    colleague = LocalStore.open(tmp_path / "jonas" / "store.sqlite3")
    with ServiceLink(colleague, world.base_url, world.token(JONAS)) as link:
        trail = ExportSource(colleague, link).audit(case["id"])
    colleague.close()
    assert trail is not None
    assert [entry.action for entry in trail] == ["case.copy_exported", "case.copy_printed"]
    assert trail[0].actor == "An Peeters"
    assert str(record.copy_id) in trail[0].detail and "Karel Chef" in trail[0].detail

    with world.http(AN) as http:
        raw = http.get(f"/cases/{case['id']}/audit").json()
    assert raw["entries"][0]["detail"]["sha256"] == "ab" * 32
    assert "Geheime" not in str(raw)  # no case content in the trail


def test_other_departments_and_unknown_cases_get_the_same_refusal(world: World) -> None:
    case = world.register_and_forward(ABB)
    fields = a_record(case["id"]).model_dump(
        mode="json", exclude={"op_id", "case_id", "action", "base_version", "made_at"}
    )
    [foreign, unknown] = world.operate(
        TOM,  # Tom works for OMG
        wire_op(case["id"], "record_copy", **fields),
        wire_op(str(uuid.uuid4()), "record_copy", **fields),
    )
    assert (foreign["status"], foreign["message"]) == ("rejected", "case not found")
    assert (unknown["status"], unknown["message"]) == ("rejected", "case not found")
    with world.http(TOM) as other:
        assert other.get(f"/cases/{case['id']}/audit").status_code == 404
    with world.http(AN) as http:
        assert http.get(f"/cases/{case['id']}/audit").json()["entries"] == []


def test_offline_copies_wait_in_the_outbox_and_are_sent_later(
    world: World, tmp_path: Path, synced: LocalStore
) -> None:
    case = world.register_and_forward(ABB)
    pull(world, synced)
    token = world.token(AN)
    world.service.stop()
    first, second = a_record(case["id"]), a_record(case["id"], CopyKind.PRINT)
    with ServiceLink(synced, world.base_url, token, timeout=2) as link:
        for record in (first, second):
            synced.queue(record)
        link.send_outbox()  # offline: not an error, they wait
        assert link.case_audit(case["id"]) is None
    assert synced.pending_count() == 2

    world.service.start()  # later, the app starts again and sends
    with ServiceLink(synced, world.base_url, token) as link:
        trail = ExportSource(synced, link).audit(case["id"])  # sends what waits first
    assert trail is not None and len(trail) == 2
    assert synced.pending_count() == 0


def test_a_refused_record_does_not_hold_back_the_others(world: World, synced: LocalStore) -> None:
    gone, kept = world.register_and_forward(ABB), world.register_and_forward(ABB)
    pull(world, synced)
    synced.queue(a_record(gone["id"]))
    synced.queue(a_record(kept["id"]))
    # Meanwhile a colleague returns the first case to 1700: it is no longer the department's.
    current = world.case(JONAS, gone["id"])
    [back] = world.operate(JONAS, wire_op(current, "return_to_1700", reason="Niet bevoegd"))
    assert back["status"] == "applied"
    with ServiceLink(synced, world.base_url, world.token(AN)) as link:
        link.send_outbox()
    [refused] = synced.refused_actions()
    assert refused.refusal == "rejected" and "returned" in refused.message
    with world.http(AN) as http:
        assert len(http.get(f"/cases/{kept['id']}/audit").json()["entries"]) == 1


def test_copy_records_an_earlier_release_kept_in_a_file_move_into_the_outbox(
    world: World, synced: LocalStore
) -> None:
    case = world.register_and_forward(ABB)
    pull(world, synced)
    folder = legacy_copies_folder(synced.path)
    folder.mkdir()
    old = a_record(case["id"])
    legacy = {
        "case_id": case["id"],
        "copy_id": str(old.copy_id),
        "profile": "volledig",
        "reader": "Archief",
        "kind": "print",
        "sha256": "cd" * 32,
        "pages": 3,
        "made_at": datetime.now(UTC).isoformat(),
    }
    unknown = {**legacy, "case_id": "elders", "copy_id": str(uuid.uuid4())}
    (folder / "pending-copy-records.json").write_text(json.dumps([legacy, unknown, {"x": 1}]))

    assert import_legacy_copy_records(synced) == 1
    assert not folder.exists() and synced.pending_count() == 1
    with ServiceLink(synced, world.base_url, world.token(AN)) as link:
        link.send_outbox()
        [entry] = link.case_audit(case["id"]) or []
    assert entry.action == "case.copy_printed" and entry.detail["copy_id"] == str(old.copy_id)
