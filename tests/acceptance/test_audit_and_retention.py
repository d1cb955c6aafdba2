"""Issue 4, service side, end to end: a case closed longer ago than the retention period
disappears from an investigator's synced desktop store and keeps only its statistics on
the service; someone who changes the audit trail in the database is caught by
`investigator-intake audit verify`. A real service on loopback, the desktop's own store and
sync engine, the CLI as a separate process."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select, update

from investigator_app.intake.models import AuditEvent, Case, Reporter
from investigator_app.intake.retention import PURGED_SUMMARY
from investigator_app.store import LocalStore
from investigator_app.sync.engine import SyncEngine
from tests.support.investigation import allegation, finding
from tests.support.world import ABB, AN, World

SUMMARY = "Schepen laat oprit aanleggen door aannemer van de gemeente"
REPORTER = {"kind": "business", "name": "Bouwbedrijf Verzonnen", "phone": "0470 12 34 56"}


def intake(world: World, *args: str) -> subprocess.CompletedProcess[str]:
    """``investigator-intake`` as an operator runs it, in a process of its own."""
    url = world.service.settings.database_url
    return subprocess.run(
        [sys.executable, "-m", "investigator_app.intake.cli", *args, "--database-url", url],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def step(case: dict[str, Any], action: str, **fields: Any) -> dict[str, Any]:
    return {
        "op_id": str(uuid.uuid4()),
        "case_id": case["id"],
        "action": action,
        "base_version": case["version"],
        "made_at": datetime.now(UTC).isoformat(),
        **fields,
    }


def closed_case(world: World, **report: Any) -> dict[str, Any]:
    created = world.register_and_forward(ABB, **report)
    case = world.case(AN, created["id"])
    alleged = allegation("De schepen liet zich een reis betalen.")
    for action, fields in (
        ("acknowledge", {}),
        ("assign", {"assignee_id": world.user_id(AN)}),
        ("start_assessment", {}),
        ("start_investigation", {}),
        ("add_allegation", {"allegation": alleged}),
        (
            "record_finding",
            {"allegation_id": alleged["allegation_id"], "finding": finding("founded")},
        ),
        ("close", {"outcome": "founded", "reason": "De schepen heeft het toegegeven."}),
    ):
        [result] = world.operate(AN, step(case, action, **fields))
        assert result["status"] == "applied", result
        case = result["case"]
    return case


def sync(store: LocalStore, world: World) -> None:
    with world.client(AN) as client:
        engine = SyncEngine(store, client)
        engine.refresh_identity()
        engine.pull(0.0)


def test_a_case_past_retention_leaves_the_desktop_and_keeps_its_statistics(
    world: World, tmp_path: Path
) -> None:
    old = closed_case(world, summary=SUMMARY, reporter=REPORTER)
    recent = closed_case(world, summary="Recent afgesloten melding")
    store = LocalStore.open(tmp_path / "an" / "store.sqlite3")
    try:
        sync(store, world)
        now = datetime.now(UTC)
        assert store.detail(old["id"], now) is not None
        with world.service.session() as session:
            session.execute(
                update(Case)
                .where(Case.id == old["id"])
                .values(closed_at=now - timedelta(days=5 * 365 + 30))
            )

        dry = intake(world, "retention", "purge", "--dry-run")
        assert dry.returncode == 0, dry.stderr
        assert old["reference"] in dry.stdout and recent["reference"] not in dry.stdout
        sync(store, world)
        assert store.detail(old["id"], datetime.now(UTC)) is not None  # a dry run changes nothing

        purged = intake(world, "retention", "purge")
        assert purged.returncode == 0, purged.stderr
        assert purged.stdout.startswith("Purged 1 cases")
        sync(store, world)
        now = datetime.now(UTC)
        assert store.detail(old["id"], now) is None
        assert {s.reference for s in store.list_summaries(now)} == {recent["reference"]}
        assert store.detail(recent["id"], now) is not None
    finally:
        store.close()

    with world.service.database.read() as session:
        case = session.get_one(Case, old["id"])
        assert (case.summary, case.description, case.involved_persons) == (PURGED_SUMMARY, "", [])
        assert (case.category, case.status, case.outcome) == ("bribery", "closed", "founded")
        assert case.closed_at is not None and case.acknowledged_at is not None
        reporter = session.get_one(Reporter, case.reporter_id)
        assert (reporter.kind, reporter.name, reporter.phone) == ("business", "", "")

    verified = intake(world, "audit", "verify")
    assert verified.returncode == 0, verified.stdout + verified.stderr
    assert verified.stdout.startswith("ok: ")


def test_an_audit_row_changed_in_the_database_is_caught_by_verify(world: World) -> None:
    case = closed_case(world)
    assert intake(world, "audit", "verify").returncode == 0
    with world.service.database.read() as session:
        victim = session.scalars(
            select(AuditEvent).where(
                AuditEvent.case_id == case["id"], AuditEvent.action == "case.close"
            )
        ).one()
    # Someone with access to the database file makes the case look closed by someone else.
    path = world.service.settings.database_url.removeprefix("sqlite:///")
    with sqlite3.connect(path) as connection:
        connection.execute(
            "UPDATE audit_events SET actor_name = 'Jonas Maes' WHERE id = ?", (victim.id,)
        )
    verified = intake(world, "audit", "verify")
    assert verified.returncode == 1
    assert verified.stdout.startswith(f"broken: event {victim.id} (")
    assert "case.close" in verified.stdout and "hash mismatch" in verified.stdout
