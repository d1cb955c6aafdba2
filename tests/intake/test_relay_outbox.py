"""The outbox under pressure: two service copies share it without sending a mail twice,
and a restart in the middle loses nothing."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from investigator_app.domain.messages import MessageState
from investigator_app.intake.db import Database, utcnow
from investigator_app.intake.embedded import EmbeddedService
from investigator_app.intake.models import MailOutbox, Message
from investigator_app.intake.relay.outbox import claim_next
from investigator_app.intake.relay.transport import FolderTransport
from investigator_app.intake.relay.worker import RelayWorker
from investigator_app.intake.settings import MailSettings, Settings
from tests.intake.conftest import World, op
from tests.support.engines import EngineLoan
from tests.support.relay import mails_in, wait_until


@pytest.fixture
def service(database_url: str, engines: EngineLoan) -> Iterator[EmbeddedService]:
    """A service whose own relay sends nothing: these tests run the workers themselves."""
    settings = Settings(database_url=database_url, mail=MailSettings(transport="off"))
    with engines.service(database_url, settings=settings) as running:
        yield running


def queue_requests(world: World, count: int) -> list[str]:
    case = world.case(world.forwarded_case())
    [ack] = world.operate("an", op(case, "acknowledge"))
    [assess] = world.operate("an", op(ack["case"], "start_assessment"))
    due = (utcnow() + timedelta(days=20)).date().isoformat()
    ids = [str(uuid.uuid4()) for _ in range(count)]
    operations = [
        op(
            assess["case"],
            "request_info",
            message={"message_id": i, "body": "?", "answer_due": due},
        )
        for i in ids
    ]
    assert {r["status"] for r in world.operate("an", *operations)} == {"applied"}
    return ids


def test_two_service_copies_send_each_mail_exactly_once(world: World, tmp_path: Path) -> None:
    ids = queue_requests(world, 12)
    settings = MailSettings(transport="folder", folder=tmp_path, poll_interval=0.01)
    copies = [
        RelayWorker(
            Database.from_url(world.service.settings.database_url),
            settings,
            FolderTransport(tmp_path),
            "https://melding.example.org",
        )
        for _ in range(2)
    ]
    barrier = threading.Barrier(len(copies))
    sent: list[int] = []

    def run(worker: RelayWorker) -> None:
        barrier.wait()
        sent.append(worker.run_once())

    threads = [threading.Thread(target=run, args=(worker,)) for worker in copies]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    for worker in copies:
        worker.db.dispose()

    assert sum(sent) == len(ids)  # no mail claimed by both copies
    assert len(mails_in(tmp_path)) == len(ids)
    with world.service.session() as session:
        states = session.scalars(select(Message.state).where(Message.id.in_(ids))).all()
        outcomes = session.scalars(select(MailOutbox.outcome)).all()
    assert set(states) == {MessageState.SENT} and outcomes == ["sent"] * len(ids)
    assert all("https://melding.example.org/r/" in str(mail) for mail in mails_in(tmp_path))


def test_mails_queued_before_a_restart_are_sent_after_it(
    database_url: str, tmp_path: Path, password_hash: str
) -> None:
    folder = tmp_path / "mail"
    off = Settings(database_url=database_url, mail=MailSettings(transport="off"))
    service = EmbeddedService(database_url, settings=off).start()
    try:
        world = World(service, password_hash)
        ids = queue_requests(world, 3)
        world.http.close()
    finally:
        service.stop()  # e.g. the mail transport was down, or the service was redeployed
    on = Settings(
        database_url=database_url,
        mail=MailSettings(transport="folder", folder=folder, poll_interval=0.05),
    )
    with EmbeddedService(database_url, settings=on) as again:

        def states() -> set[MessageState]:
            with again.session() as session:
                query = select(Message.state).where(Message.id.in_(ids))
                return set(session.scalars(query).all())

        wait_until(lambda: states() == {MessageState.SENT})
        assert len(mails_in(folder)) == len(ids)


# Row locks are PostgreSQL's: SQLite has one writer at a time, so no circle can form there.
@pytest.mark.parametrize(
    "database_url", [pytest.param("postgresql", marks=pytest.mark.postgres)], indirect=True
)
def test_a_mail_whose_message_is_being_changed_is_not_waited_for(world: World) -> None:
    """Cancelling a request locks its case, then the message, then its mails; the worker
    takes a mail first. Were the worker to wait for the message, the two would wait for each
    other (PostgreSQL's deadlock, a 500 for the investigator). It passes it over instead, and
    takes it once the change is done."""
    [message_id] = queue_requests(world, 1)
    settings = MailSettings(transport="off", claim_lease=timedelta(minutes=5))
    database = world.service.database
    with database.write() as changing:
        changing.execute(select(Message).where(Message.id == message_id).with_for_update()).one()
        claimed: list[object] = []

        def claim() -> None:
            with database.write() as session:
                claimed.append(
                    claim_next(session, utcnow(), "https://melding.example.org", settings)
                )

        worker = threading.Thread(target=claim)
        worker.start()
        worker.join(timeout=10)
        assert not worker.is_alive(), "the worker waited for the message being changed"
        assert claimed == [None]
    with database.write() as session:
        mail = claim_next(session, utcnow(), "https://melding.example.org", settings)
    assert mail is not None
