"""Recording copies on the service's audit trail: department-only, exactly once, offline-safe."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from pathlib import Path

from investigator_app.export.copy_record import CopyRecord, CopyRecorder, PendingRecords
from tests.support.world import ABB, AN, JONAS, OMG, TOM, World


def a_record(case_id: str, kind: str = "export") -> CopyRecord:
    return CopyRecord(
        case_id=case_id,
        copy_id=str(uuid.uuid4()),
        profile="leidinggevende",
        reader="Karel Chef",
        kind=kind,
        sha256="ab" * 32,
        pages=12,
        made_at=datetime.now(UTC).isoformat(),
    )


def test_a_copy_is_recorded_once_and_read_back(world: World, tmp_path: Path) -> None:
    case = world.register_and_forward(ABB, description="Geheime beschrijving")
    recorder = CopyRecorder(world.base_url, world.token(AN), tmp_path / "an")
    record = a_record(case["id"])
    assert recorder.record(record) is True
    assert recorder.record(record) is True  # a resend records nothing new
    printed = a_record(case["id"], "print")
    assert recorder.record(printed) is True

    colleague = CopyRecorder(world.base_url, world.token(JONAS), tmp_path / "jonas")
    trail = colleague.case_audit(case["id"])
    assert trail is not None
    assert [entry.action for entry in trail] == ["case.copy_exported", "case.copy_printed"]
    assert trail[0].actor == "An Peeters"
    assert record.copy_id in trail[0].detail and "Karel Chef" in trail[0].detail

    with world.http(AN) as http:
        raw = http.get(f"/cases/{case['id']}/audit").json()
    assert raw["entries"][0]["detail"]["sha256"] == "ab" * 32
    assert "Geheime" not in str(raw)  # no case content in the trail
    recorder.close()
    colleague.close()


def test_other_departments_and_unknown_cases_get_the_same_404(world: World) -> None:
    case = world.register_and_forward(ABB)
    body = a_record(case["id"]).wire().model_dump(mode="json")
    with world.http(TOM) as other:  # Tom works for OMG
        foreign = other.post(f"/cases/{case['id']}/copies", json=body)
        unknown = other.post(f"/cases/{uuid.uuid4()}/copies", json=body)
        foreign_audit = other.get(f"/cases/{case['id']}/audit")
    assert foreign.status_code == unknown.status_code == foreign_audit.status_code == 404
    assert foreign.json() == unknown.json()
    assert OMG != ABB


def test_offline_copies_wait_in_the_data_folder_and_are_sent_later(
    world: World, tmp_path: Path
) -> None:
    case = world.register_and_forward(ABB)
    token = world.token(AN)
    data_dir = tmp_path / "an"
    world.service.stop()
    recorder = CopyRecorder(world.base_url, token, data_dir, timeout=2)
    first, second = a_record(case["id"]), a_record(case["id"], "print")
    assert recorder.record(first) is False
    assert recorder.record(second) is False
    recorder.close()
    assert [r.copy_id for r in PendingRecords(data_dir).load()] == [first.copy_id, second.copy_id]

    world.service.start()  # later, the app starts again and flushes
    again = CopyRecorder(world.base_url, token, data_dir)
    assert again.flush() == 0
    trail = again.case_audit(case["id"])
    assert trail is not None and len(trail) == 2
    assert PendingRecords(data_dir).load() == []
    again.close()


def test_a_refused_record_does_not_block_the_others(world: World, tmp_path: Path) -> None:
    case = world.register_and_forward(ABB)
    recorder = CopyRecorder(world.base_url, world.token(AN), tmp_path / "an")
    assert recorder.record(a_record(str(uuid.uuid4()))) is True  # unknown case: dropped
    assert recorder.record(a_record(case["id"])) is True
    assert recorder.flush() == 0
    recorder.close()
