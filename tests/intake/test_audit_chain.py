"""The audit trail is a hash chain: every event carries the hash of the one before, so a
changed, deleted or inserted row shows up in `investigator-intake audit verify`, which
names the first broken link. Real SQLite and PostgreSQL; the CLI is called in-process."""

from __future__ import annotations

import itertools
import threading
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.exc import DBAPIError

from investigator_app.intake import audit
from investigator_app.intake.actors import cli_actor
from investigator_app.intake.audit_chain import GENESIS_HASH, event_hash, verify_chain
from investigator_app.intake.cases import lock_case
from investigator_app.intake.cli import main
from investigator_app.intake.db import Base, Database, utcnow
from investigator_app.intake.migrate import upgrade
from investigator_app.intake.models import AuditChainHead, AuditEvent

from .conftest import World


def verify(database_url: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(["--database-url", database_url, "audit", "verify"])
    out, _err = capsys.readouterr()
    return code, out


def events(database_url: str) -> list[AuditEvent]:
    db = Database.from_url(database_url)
    try:
        with db.read() as session:
            return list(session.scalars(select(AuditEvent).order_by(AuditEvent.id)))
    finally:
        db.dispose()


def tamper(database_url: str, sql: str, **params: Any) -> None:
    """Change the table behind the service's back, as someone with database access could
    (on PostgreSQL as superuser, with the append-only trigger switched off)."""
    engine = create_engine(database_url)
    try:
        with engine.begin() as connection:
            if connection.dialect.name == "postgresql":
                connection.execute(text("SET LOCAL session_replication_role = replica"))
            connection.execute(text(sql), params)
    finally:
        engine.dispose()


@pytest.fixture
def busy_world(world: World) -> World:
    """Accounts, reports and forwards with a note: a trail of some length."""
    for n in range(3):
        case_id = str(world.register(summary=f"Melding {n}")["id"])
        assert world.forward(case_id, "ABB", note="Graag snel bekijken").status_code == 200
    return world


def test_every_event_carries_the_hash_of_the_one_before(
    busy_world: World, database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    trail = events(database_url)
    assert len(trail) > 10
    assert trail[0].prev_hash == GENESIS_HASH
    for before, after in itertools.pairwise(trail):
        assert after.id == before.id + 1 and after.prev_hash == before.hash
    code, out = verify(database_url, capsys)
    assert code == 0
    assert out.strip() == f"ok: {len(trail)} events, head {trail[-1].hash}"


def test_a_changed_field_is_named_with_its_event(
    busy_world: World, database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    trail = events(database_url)
    victim = trail[len(trail) // 2]
    tamper(
        database_url, "UPDATE audit_events SET actor_name = 'Niemand' WHERE id = :id", id=victim.id
    )
    code, out = verify(database_url, capsys)
    assert code == 1
    assert f"broken: event {victim.id} (" in out and victim.action in out
    assert "hash mismatch" in out
    assert f"The {victim.id - 1} events before it are intact" in out


def test_a_changed_reason_or_a_rewritten_time_is_detected(
    busy_world: World, database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    forward = next(e for e in events(database_url) if e.action == "report.forward")
    tamper(
        database_url, "UPDATE audit_events SET reason = 'verzonnen' WHERE id = :id", id=forward.id
    )
    code, out = verify(database_url, capsys)
    assert code == 1 and f"event {forward.id} " in out and "reason was changed" in out

    tamper(database_url, "UPDATE audit_events SET reason = NULL WHERE id = :id", id=forward.id)
    code, out = verify(database_url, capsys)
    assert code == 1 and "reason was erased, but the case was not purged" in out

    later = forward.at + timedelta(seconds=1)
    tamper(
        database_url,
        "UPDATE audit_events SET reason = :r, at = :at WHERE id = :id",
        r=forward.reason,
        at=later if "postgresql" in database_url else later.replace(tzinfo=None),
        id=forward.id,
    )
    code, out = verify(database_url, capsys)
    assert code == 1 and f"event {forward.id} " in out and "hash mismatch" in out


def test_a_deleted_row_is_named(
    busy_world: World, database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    trail = events(database_url)
    victim = trail[5]
    tamper(database_url, "DELETE FROM audit_events WHERE id = :id", id=victim.id)
    code, out = verify(database_url, capsys)
    assert code == 1
    assert f"broken: event {victim.id + 1} (" in out
    assert f"prev_hash does not match event {victim.id - 1}'s hash" in out
    assert f"event {victim.id} is missing" in out


def test_a_deleted_first_event_is_named(
    busy_world: World, database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    tamper(database_url, "DELETE FROM audit_events WHERE id = 1")
    code, out = verify(database_url, capsys)
    assert code == 1 and out.startswith("broken: event 2 (")
    assert "the events before it are missing" in out


def test_deleted_or_added_newest_events_are_detected_by_the_head(
    busy_world: World, database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    trail = events(database_url)
    last = trail[-1]
    forged_at = utcnow()
    forged = event_hash(
        id=last.id + 1,
        at=forged_at,
        actor_id=None,
        actor_name="1700",
        action="report.forward",
        case_id=None,
        detail={},
        reason_sha256=None,
        prev_hash=last.hash,
    )
    # A well-forged event at the end: its own link holds, the head does not agree.
    tamper(
        database_url,
        "INSERT INTO audit_events (id, at, actor_id, actor_name, action, case_id, detail, "
        "reason, reason_sha256, prev_hash, hash) VALUES (:id, :at, NULL, '1700', "
        "'report.forward', NULL, '{}', NULL, NULL, :prev, :hash)",
        id=last.id + 1,
        at=forged_at if "postgresql" in database_url else forged_at.replace(tzinfo=None),
        prev=last.hash,
        hash=forged,
    )
    code, out = verify(database_url, capsys)
    assert code == 1 and f"the chain ends at event {last.id + 1}" in out

    tamper(database_url, "DELETE FROM audit_events WHERE id >= :id", id=last.id)
    code, out = verify(database_url, capsys)
    assert code == 1
    assert f"the chain ends at event {last.id - 1} but its head records event {last.id}" in out


def test_a_rolled_back_transaction_leaves_no_event_and_no_gap(database_url: str) -> None:
    db = Database.from_url(database_url)
    try:
        with db.write() as session:
            audit.record(session, cli_actor(), "test.one", utcnow())
        with pytest.raises(RuntimeError), db.write() as session:
            audit.record(session, cli_actor(), "test.lost", utcnow())
            raise RuntimeError("changed my mind")
        with db.write() as session:
            audit.record(session, cli_actor(), "test.two", utcnow())
        with db.read() as session:
            rows = session.execute(
                select(AuditEvent.id, AuditEvent.action).order_by(AuditEvent.id)
            ).all()
            assert [tuple(row) for row in rows] == [(1, "test.one"), (2, "test.two")]
            assert verify_chain(session).ok
    finally:
        db.dispose()


# Concurrency and triggers exist on PostgreSQL only (SQLite runs one writer at a time):
# these tests take the PostgreSQL parameter of ``database_url`` alone.
ON_POSTGRESQL = pytest.mark.parametrize(
    "database_url", [pytest.param("postgresql", marks=pytest.mark.postgres)], indirect=True
)


@ON_POSTGRESQL
def test_two_writers_on_postgresql_never_fork_the_chain(
    database_url: str, busy_world: World, capsys: pytest.CaptureFixture[str]
) -> None:
    """Two service copies (own pools) append at once, some events about a case one of them
    holds locked: the chain stays one line, without deadlocks."""
    postgres_url = database_url
    case_id = busy_world.forwarded_case()
    before = len(events(postgres_url))
    rounds, errors = 150, []

    def write(name: str) -> None:
        db = Database.from_url(postgres_url)
        try:
            for n in range(rounds):
                with db.write() as session:
                    if n % 3 == 0:
                        assert lock_case(session, case_id) is not None
                    audit.record(session, cli_actor(), f"test.{name}", utcnow(), case_id=case_id)
                    if n % 5 == 0:
                        audit.record(session, cli_actor(), f"test.{name}.extra", utcnow())
        except Exception as error:  # reported below, not lost in the thread
            errors.append(error)
        finally:
            db.dispose()

    threads = [threading.Thread(target=write, args=(name,)) for name in ("a", "b")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert errors == []
    trail = events(postgres_url)
    assert len(trail) == before + 2 * (rounds + rounds // 5)
    assert [e.id for e in trail] == list(range(1, len(trail) + 1))
    assert len({e.prev_hash for e in trail}) == len(trail)  # nobody shares a predecessor
    code, out = verify(postgres_url, capsys)
    assert code == 0 and out.startswith(f"ok: {len(trail)} events")


@ON_POSTGRESQL
def test_postgresql_refuses_to_change_or_delete_audit_events(
    database_url: str, busy_world: World
) -> None:
    engine = create_engine(database_url)
    try:
        for statement in (
            "UPDATE audit_events SET actor_name = 'x' WHERE id = 1",
            "UPDATE audit_events SET reason = 'x' WHERE id = 1",
            "DELETE FROM audit_events WHERE id = 1",
        ):
            with pytest.raises(DBAPIError, match="append-only"), engine.begin() as connection:
                connection.execute(text(statement))
        with engine.connect() as connection:
            assert (connection.scalar(select(func.count()).select_from(AuditEvent)) or 0) > 0
    finally:
        engine.dispose()


def test_the_migration_chains_the_events_that_were_there(
    empty_database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    upgrade(empty_database_url, "0002")
    engine = create_engine(empty_database_url)
    now = utcnow()
    old_rows = Base.metadata.tables["audit_events"]
    try:
        with engine.begin() as connection:
            for n in range(1, 8):
                connection.execute(
                    old_rows.insert().values(
                        id=n * 2,  # ids of old rows may have gaps (rolled-back sequences)
                        at=now,
                        actor_name="1700",
                        action="test.old",
                        detail={"n": n, "reference": f"1700-2026-00000{n}"},
                        reason="waarom" if n % 2 else None,
                    )
                )
    finally:
        engine.dispose()
    upgrade(empty_database_url)
    code, out = verify(empty_database_url, capsys)
    assert code == 0 and out.startswith("ok: 7 events")
    db = Database.from_url(empty_database_url)
    try:
        with db.write() as session:
            audit.record(session, cli_actor(), "test.new", utcnow())
        with db.read() as session:
            head = session.get_one(AuditChainHead, 1)
            assert head.last_id == 15
            assert verify_chain(session).events == 8
    finally:
        db.dispose()
