"""The reporter's views of the reply page on the audit trail: bounded, so that reloading
the page (by hand, or a script in a loop) does not grow the append-only table, while the
trail still shows when the reporter read it. Real service, SQLite and PostgreSQL."""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from investigator_app.intake.audit_chain import verify_chain
from investigator_app.intake.embedded import EmbeddedService
from investigator_app.intake.models import AuditEvent, MailOutbox
from tests.intake.conftest import World
from tests.intake.test_reply_page_input import POLICY, ask, reply_settings
from tests.support import web
from tests.support.engines import EngineLoan
from tests.support.relay import wait_until

VIEWED = "reply.page_viewed"


@pytest.fixture
def service(database_url: str, tmp_path: Path, engines: EngineLoan) -> Iterator[EmbeddedService]:
    settings = reply_settings(database_url, tmp_path / "mail")
    with engines.service(database_url, settings=settings) as running:
        yield running


def views(service: EmbeddedService, message_id: str) -> int:
    with service.session() as session:
        details = session.scalars(select(AuditEvent.detail).where(AuditEvent.action == VIEWED))
        return sum(1 for detail in details if detail.get("message_id") == message_id)


def events(service: EmbeddedService) -> int:
    """All the trail's events, once the relay has recorded how its mails went."""

    def relay_done() -> bool:
        with service.session() as session:
            return all(row.done_at for row in session.scalars(select(MailOutbox)))

    wait_until(relay_done)
    with service.session() as session:
        return int(session.scalar(select(func.count()).select_from(AuditEvent)) or 0)


def test_reloading_the_reply_page_puts_one_view_on_the_audit_trail(world: World) -> None:
    link, message_id = ask(world)
    other_link, other_id = ask(world, "en")
    before = events(world.service)
    with web.client(timeout=30) as browser:
        for _ in range(20):
            assert browser.get(link).status_code == 200

    def view(_: int) -> int:
        return web.get(link, timeout=30).status_code

    with ThreadPoolExecutor(max_workers=8) as pool:  # reloads at the same moment, too
        assert set(pool.map(view, range(16))) == {200}
    assert views(world.service, message_id) == 1
    assert events(world.service) == before + 1

    # Another message's page is another view; the chain holds.
    assert web.get(other_link).status_code == 200
    assert views(world.service, other_id) == 1
    with world.service.session() as session:
        assert verify_chain(session).ok


def test_a_view_after_the_interval_is_on_the_trail_again(
    world: World, database_url: str, tmp_path: Path
) -> None:
    link, message_id = ask(world)
    interval = timedelta(seconds=3)
    policy = dataclasses.replace(POLICY, view_audit_interval=interval)
    settings = reply_settings(database_url, tmp_path / "mail-2", policy)
    with EmbeddedService(database_url, settings=settings) as copy:  # a second service copy
        page = copy.base_url + "/r/" + link.rsplit("/r/", 1)[1]
        for _ in range(3):
            assert web.get(page).status_code == 200
        assert views(copy, message_id) == 1
        time.sleep(interval.total_seconds() + 0.2)
        assert web.get(page).status_code == 200
        assert web.get(page).status_code == 200
        assert views(copy, message_id) == 2
