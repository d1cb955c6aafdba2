"""Several copies of the service on one PostgreSQL database: a change committed by one copy
wakes the desktops long-polling on another at once (LISTEN/NOTIFY), a waiting long-poll
costs no query, a lost listening connection loses no change and comes back, and the
retention purge runs once across copies. Real uvicorn servers on loopback, real
PostgreSQL."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import create_engine, event, func, select, text, update

from investigator_app.intake import retention
from investigator_app.intake.actors import cli_actor
from investigator_app.intake.cli import main
from investigator_app.intake.db import Database, utcnow
from investigator_app.intake.embedded import EmbeddedService
from investigator_app.intake.feed_listener import APPLICATION_NAME, FeedListener
from investigator_app.intake.models import AuditEvent, Case, Department
from investigator_app.intake.run_once import REQUEST_EXPIRY, try_job_lock
from investigator_app.intake.settings import MailSettings, Settings
from investigator_app.protocol import API_PREFIX
from tests.support import web
from tests.support.relay import wait_until

from .conftest import World

pytestmark = pytest.mark.postgres

QUIET_POLL = 30.0  # a copy that polled this seldom could only wake a long-poll by NOTIFY


class Waiter(threading.Thread):
    """A desktop long-polling on one copy while the test changes something on another."""

    def __init__(self, world: World, copy: EmbeddedService, cursor: int) -> None:
        super().__init__(daemon=True)
        self.url = f"{copy.base_url}{API_PREFIX}/changes"
        self.params = {"cursor": cursor, "wait": 20}
        self.headers = world.auth("an")
        self.response: httpx.Response | None = None
        self.answered_at = 0.0
        self.forwarded: list[str] = []  # what a test forwarded meanwhile

    def run(self) -> None:
        self.response = web.get(self.url, params=self.params, headers=self.headers, timeout=30)
        self.answered_at = time.monotonic()

    def case_ids(self) -> list[str]:
        assert self.response is not None and self.response.status_code == 200
        return [change["case_id"] for change in self.response.json()["changes"]]


class Copies:
    """Copy 1 (the world's: the 1700 desk forwards there) and copy 2 (the desktop waits)."""

    def __init__(self, world: World, second: EmbeddedService) -> None:
        self.world, self.second = world, second
        self.forwarded = 0

    @property
    def listener(self) -> FeedListener:
        assert self.second.app is not None
        listener = self.second.app.state.feed_listener
        assert isinstance(listener, FeedListener)
        return listener

    def listening(self) -> bool:
        return self.listener.notifier.listening

    def wait(self) -> Waiter:
        """A long-poll on copy 2 from the current cursor, waiting by the time this returns."""
        waiter = Waiter(self.world, self.second, self.world.changes("an")["cursor"])
        notifier = self.listener.notifier
        before = notifier.waiting()
        waiter.start()
        wait_until(lambda: notifier.waiting() > before)
        return waiter

    def forward(self) -> tuple[str, float]:
        """A case forwarded to ABB on copy 1; when the forward was answered.

        Each names people and an entity of its own. Cases naming the same ones are related,
        and the forward then publishes the earlier case again, in a transaction after the
        forward's own (related.signal_moved). A long-poll woken by the forward's commit
        would see that earlier case or not, by how fast it reads."""
        self.forwarded += 1
        case_id = self.world.forwarded_case(
            involved_entity=f"Dienst nummer {self.forwarded}",
            involved_persons=[f"Getuige nummer {self.forwarded}"],
        )
        return case_id, time.monotonic()


def _second_copy(database_url: str, tmp_path: Path, **changes: Any) -> EmbeddedService:
    settings = Settings(
        database_url=database_url,
        # The relay of copy 2 looks at its outbox only when told: its queries stay out of
        # the counts below.
        mail=MailSettings(transport="folder", folder=tmp_path / "mail-2", poll_interval=600),
    )
    return EmbeddedService(database_url, settings=replace(settings, **changes))


@pytest.fixture
def copies_with(
    postgres_url: str, password_hash: str, tmp_path: Path
) -> Iterator[Callable[..., Copies]]:
    """Make two copies on one fresh database; copy 2 with the given settings."""
    made: list[EmbeddedService] = []
    worlds: list[World] = []

    def make(**changes: Any) -> Copies:
        first = EmbeddedService(postgres_url).start()
        made.append(first)
        world = World(first, password_hash)
        worlds.append(world)
        second = _second_copy(postgres_url, tmp_path, **changes).start()
        made.append(second)
        copies = Copies(world, second)
        wait_until(copies.listening)
        return copies

    yield make
    for world in worlds:
        world.http.close()
    for service in reversed(made):
        service.stop()


def _admin(database_url: str) -> Any:
    return create_engine(database_url, isolation_level="AUTOCOMMIT")


def test_a_forward_on_one_copy_wakes_a_desktop_waiting_on_another_at_once(
    copies_with: Callable[..., Copies],
) -> None:
    copies = copies_with(poll_interval=QUIET_POLL)
    waiter = copies.wait()
    case_id, forwarded_at = copies.forward()
    waiter.join(timeout=10)
    assert not waiter.is_alive()
    delay = waiter.answered_at - forwarded_at
    assert delay < 1.0, f"the case took {delay:.2f} s to reach the other copy"
    assert waiter.case_ids() == [case_id]


def test_a_waiting_long_poll_makes_no_query(copies_with: Callable[..., Copies]) -> None:
    copies = copies_with()  # polling every 0.25 s would show below
    statements: list[str] = []

    def count(_conn: Any, _cursor: Any, statement: str, *_rest: Any) -> None:
        statements.append(statement)

    waiter = copies.wait()
    event.listen(copies.second.engine, "before_cursor_execute", count)
    try:
        time.sleep(2.0)
        assert statements == [], "a waiting long-poll asked the database"
        case_id, _ = copies.forward()
        waiter.join(timeout=10)
    finally:
        event.remove(copies.second.engine, "before_cursor_execute", count)
    assert waiter.case_ids() == [case_id]
    assert statements, "the change was read through this engine"


def _department_id(copies: Copies, code: str) -> int:
    with copies.world.service.session() as session:
        found = session.scalar(select(Department.id).where(Department.code == code))
    assert found is not None
    return int(found)


def test_asking_again_up_to_date_reads_only_the_token_before_waiting(
    copies_with: Callable[..., Copies],
) -> None:
    """A desktop asks again as soon as it has a page: the token check's read of the feed
    position stands in for reading the page, so waiting costs that one query."""
    copies = copies_with(poll_interval=QUIET_POLL)
    copies.forward()
    statements: list[str] = []

    def count(_conn: Any, _cursor: Any, statement: str, *_rest: Any) -> None:
        statements.append(statement)

    event.listen(copies.second.engine, "before_cursor_execute", count)
    try:
        waiter = copies.wait()
        time.sleep(0.5)
        assert len(statements) == 1, statements
        assert "device_tokens" in statements[0]
        case_id, _ = copies.forward()
        waiter.join(timeout=10)
    finally:
        event.remove(copies.second.engine, "before_cursor_execute", count)
    assert waiter.case_ids() == [case_id]


def _long_poll_after(copies: Copies, between: Callable[[], str], timeout: float) -> Waiter:
    """A long-poll on copy 2 from the current cursor; ``between`` runs once right after
    its token check read the feed position (and before it subscribes), returning the id
    of a case it forwarded. The waiter has its answer, or ``timeout`` passed."""
    cursor = copies.world.changes("an")["cursor"]
    done: list[str] = []

    def after_token_check(_conn: Any, _cursor: Any, statement: str, *_rest: Any) -> None:
        if not done and "device_tokens" in statement:
            done.append(between())

    event.listen(copies.second.engine, "after_cursor_execute", after_token_check)
    try:
        waiter = Waiter(copies.world, copies.second, cursor)
        waiter.start()
        waiter.join(timeout=timeout)
    finally:
        event.remove(copies.second.engine, "after_cursor_execute", after_token_check)
    waiter.forwarded = done
    return waiter


def test_a_change_heard_between_the_token_check_and_the_wait_is_not_missed(
    copies_with: Callable[..., Copies],
) -> None:
    """A forward committed (and heard) after the token check read the feed position, but
    before the long-poll subscribed, is answered at once: the check's position is old."""
    copies = copies_with(poll_interval=QUIET_POLL)
    notifier = copies.listener.notifier
    abb = _department_id(copies, "ABB")

    cursor = copies.world.changes("an")["cursor"]  # the long-poll's, below

    def forward_heard() -> str:
        case_id, _ = copies.forward()  # on copy 1, committed
        wait_until(lambda: notifier.newest_heard(abb) > cursor)  # heard on copy 2
        return case_id

    waiter = _long_poll_after(copies, forward_heard, timeout=5)
    assert not waiter.is_alive(), "the long-poll waits for a change it had already missed"
    assert waiter.case_ids() == waiter.forwarded


def test_a_change_made_while_the_listener_was_away_after_the_token_check_is_read(
    copies_with: Callable[..., Copies],
) -> None:
    """After the token check the listening connection is lost, a forward is committed
    unheard, and the listener is back before the long-poll subscribes: the check's feed
    position may be old and nothing will wake it, so the long-poll reads first."""
    copies = copies_with(poll_interval=QUIET_POLL)

    def forward_unheard() -> str:
        _kill_listener(copies)
        case_id, _ = copies.forward()
        wait_until(copies.listening, timeout=10)
        return case_id

    waiter = _long_poll_after(copies, forward_unheard, timeout=15)
    assert not waiter.is_alive(), "the long-poll waits for a change nobody will tell it of"
    assert waiter.case_ids() == waiter.forwarded


def _kill_listener(copies: Copies) -> int:
    pid = copies.listener.backend_pid
    assert pid is not None
    admin = _admin(copies.second.settings.database_url)
    try:
        with admin.connect() as connection:
            assert connection.scalar(select(func.pg_terminate_backend(pid)))
    finally:
        admin.dispose()
    wait_until(lambda: not copies.listening())
    return pid


def _listening_backends(database_url: str) -> dict[int, str]:
    """The listening connections of every copy: pid -> what it last ran."""
    admin = _admin(database_url)
    try:
        with admin.connect() as connection:
            rows = connection.execute(
                text(
                    "SELECT pid, query FROM pg_stat_activity "
                    "WHERE application_name = :name AND datname = current_database()"
                ),
                {"name": APPLICATION_NAME},
            ).all()
    finally:
        admin.dispose()
    return {int(pid): str(query) for pid, query in rows}


@pytest.mark.slow
def test_without_its_listening_connection_a_copy_polls_until_it_is_back(
    copies_with: Callable[..., Copies],
) -> None:
    copies = copies_with(listen_retry=3.0)
    waiter = copies.wait()
    _kill_listener(copies)
    case_id, forwarded_at = copies.forward()
    waiter.join(timeout=10)
    assert waiter.case_ids() == [case_id]
    assert waiter.answered_at - forwarded_at < 1.5  # polling, before the listener is back
    wait_until(copies.listening, timeout=15)


def test_a_change_committed_while_nobody_listens_is_found_on_reconnecting(
    copies_with: Callable[..., Copies],
) -> None:
    """No polling to fall back on here: only the check after LISTEN can find the case."""
    copies = copies_with(poll_interval=QUIET_POLL, listen_retry=1.5)
    waiter = copies.wait()
    old_pid = _kill_listener(copies)
    case_id, forwarded_at = copies.forward()
    assert not copies.listening(), "the case was forwarded after the listener came back"
    waiter.join(timeout=15)
    assert waiter.case_ids() == [case_id]
    assert waiter.answered_at - forwarded_at < 10  # not the 20 s wait nor the 30 s poll

    # LISTENing again on a new connection: the next forward wakes the next desktop at once.
    wait_until(copies.listening)
    pid = copies.listener.backend_pid
    backends = _listening_backends(copies.second.settings.database_url)
    assert pid is not None and pid != old_pid and old_pid not in backends
    assert backends[pid] == "LISTEN intake_feed"
    waiter = copies.wait()
    case_id, forwarded_at = copies.forward()
    waiter.join(timeout=10)
    assert waiter.case_ids() == [case_id]
    assert waiter.answered_at - forwarded_at < 1.0


# --- jobs that run once across copies ---------------------------------------------------


def _old_closed_cases(world: World, count: int) -> list[str]:
    ids = [world.forwarded_case(summary=f"Oude melding {n}") for n in range(count)]
    with world.service.session() as session:
        session.execute(
            update(Case)
            .where(Case.id.in_(ids))
            .values(status="closed", outcome="unfounded", closed_at=utcnow() - timedelta(days=2200))
        )
    return ids


def _purge_command(database_url: str) -> subprocess.CompletedProcess[str]:
    """`investigator-intake retention purge` as a timer on another copy's host runs it."""
    command = ["-m", "investigator_app.intake.cli", "--database-url", database_url]
    return subprocess.run(
        [sys.executable, *command, "retention", "purge"],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )


@pytest.mark.slow
def test_a_second_purge_while_one_runs_says_so_and_does_nothing(
    postgres_url: str, password_hash: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with EmbeddedService(postgres_url) as service:
        world = World(service, password_hash)
        ids = _old_closed_cases(world, 5)
        admin = _admin(postgres_url)
        # A desktop's transaction holds one of the cases: the first purge waits for it
        # while it holds the purge's lock.
        holder = admin.connect()
        holder.execute(text("BEGIN"))
        holder.execute(select(Case.id).where(Case.id == ids[0]).with_for_update())
        first: list[int] = []
        db = Database.from_url(postgres_url)
        thread = threading.Thread(
            target=lambda: first.append(len(retention.purge(db, cli_actor(), utcnow(), 5).purged))
        )
        thread.start()
        try:
            wait_until(lambda: _purge_waits(admin), timeout=20)
            second = _purge_command(postgres_url)
        finally:
            holder.execute(text("COMMIT"))
            holder.close()
            thread.join(timeout=60)
            db.dispose()
        assert second.returncode == 0, second.stderr
        assert "Another copy is running the retention purge now" in second.stdout
        assert first == [len(ids)]
        with service.database.read() as session:
            purges = session.scalar(
                select(func.count()).where(AuditEvent.action == "retention.purge")
            )
            purged = session.scalar(select(func.count()).where(AuditEvent.action == "case.purge"))
        assert (purges, purged) == (1, len(ids))
        # Once it is over, the next purge runs (and finds nothing left).
        assert main(["--database-url", postgres_url, "retention", "purge"]) == 0
        assert "Purged 0 cases" in capsys.readouterr().out
        admin.dispose()
        world.http.close()


def _purge_waits(admin: Any) -> bool:
    """The purge holds its advisory lock and waits for a row lock."""
    with admin.connect() as connection:
        held = connection.scalar(
            text("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted")
        )
        waiting = connection.scalar(
            text(
                "SELECT count(*) FROM pg_stat_activity "
                "WHERE wait_event_type = 'Lock' AND datname = current_database()"
            )
        )
    return bool(held) and bool(waiting)


def test_one_copy_at_a_time_expires_requests(postgres_url: str) -> None:
    db = Database.from_url(postgres_url)
    try:
        with db.write() as first:
            assert try_job_lock(first, REQUEST_EXPIRY)
            with db.write() as second:
                assert not try_job_lock(second, REQUEST_EXPIRY)  # the other copy skips
        with db.write() as later:
            assert try_job_lock(later, REQUEST_EXPIRY)  # free once that round committed
    finally:
        db.dispose()
