"""Undo against a real service and the real sync engine: an undone action never reaches the
service; one on its way, or that may have arrived, cannot be undone; one whose request
certainly never left (no connection, a lapsed session) can."""

from __future__ import annotations

import socket
import sqlite3
import threading
import time
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from investigator_app.domain.lifecycle import Action
from investigator_app.store import LocalStore
from investigator_app.store.undo import UndoRefusal, UndoRefused
from investigator_app.sync.api import ApiClient
from investigator_app.sync.engine import PushOutcome, SyncEngine
from investigator_app.sync.errors import AuthenticationFailed, ServiceUnreachable
from tests.support.operations import queue_action
from tests.support.world import AN, JONAS, World


@pytest.fixture
def desk(world: World, tmp_path: Path) -> Iterator[LocalStore]:
    """An's desktop store, signed in and synced."""
    store = LocalStore.open(tmp_path / "an" / "store.sqlite3")
    with world.client(AN) as client:
        SyncEngine(store, client).refresh_identity()
    yield store
    store.close()


def forwarded(world: World, desk: LocalStore) -> str:
    case_id = str(world.register_and_forward()["id"])
    with world.client(AN) as client:
        SyncEngine(desk, client).pull(0.0)
    return case_id


def acknowledge(desk: LocalStore, case_id: str) -> uuid.UUID:
    return queue_action(desk, case_id, Action.ACKNOWLEDGE, made_at=datetime.now(UTC))


def push(world: World, desk: LocalStore, client: ApiClient | None = None) -> PushOutcome:
    with client or world.client(AN) as sending:
        return SyncEngine(desk, sending).push()


def refusal(desk: LocalStore, op_id: uuid.UUID) -> UndoRefusal:
    with pytest.raises(UndoRefused) as refused:
        desk.undo(op_id)
    return refused.value.refusal


def test_an_undone_action_never_reaches_the_service(world: World, desk: LocalStore) -> None:
    undone_case, kept_case = forwarded(world, desk), forwarded(world, desk)
    undone = acknowledge(desk, undone_case)
    acknowledge(desk, kept_case)

    desk.undo(undone)
    outcome = push(world, desk)

    assert (outcome.sent, outcome.applied) == (1, 1)
    assert world.case(JONAS, undone_case)["status"] == "forwarded"
    assert world.case(JONAS, kept_case)["status"] == "acknowledged"
    assert desk.operation_state(undone) is None


def test_an_action_on_its_way_is_not_undone(world: World, desk: LocalStore) -> None:
    case_id = forwarded(world, desk)
    op_id = acknowledge(desk, case_id)
    # The service's database is busy: the request waits inside the service.
    database = world.service.engine.url.database
    assert database is not None
    lock = sqlite3.connect(database, isolation_level=None)
    lock.execute("BEGIN IMMEDIATE")
    outcomes: list[PushOutcome] = []
    sender = threading.Thread(target=lambda: outcomes.append(push(world, desk)))
    sender.start()
    try:
        _wait_until(lambda: not desk.queued_actions(case_id)[0].undoable)
        time.sleep(0.3)  # the request is with the service now

        assert refusal(desk, op_id) is UndoRefusal.SENT
    finally:
        lock.execute("COMMIT")
        lock.close()
        sender.join(30)

    assert [o.applied for o in outcomes] == [1]
    assert world.case(JONAS, case_id)["status"] == "acknowledged"
    assert refusal(desk, op_id) is UndoRefusal.GONE


def test_an_action_whose_answer_never_came_is_not_undone(world: World, desk: LocalStore) -> None:
    """The desktop gave up waiting, but the service went on and applied it."""
    case_id = forwarded(world, desk)
    op_id = acknowledge(desk, case_id)
    database = world.service.engine.url.database
    assert database is not None
    lock = sqlite3.connect(database, isolation_level=None)
    lock.execute("BEGIN IMMEDIATE")
    impatient = ApiClient(world.base_url, world.token(AN), timeout=0.5)
    try:
        with pytest.raises(ServiceUnreachable):
            push(world, desk, impatient)
        assert refusal(desk, op_id) is UndoRefusal.SENT
    finally:
        lock.execute("COMMIT")
        lock.close()

    _wait_until(lambda: world.case(JONAS, case_id)["status"] == "acknowledged")
    assert refusal(desk, op_id) is UndoRefusal.SENT  # still: it did arrive
    push(world, desk)  # the service answers the stored result
    assert desk.operation_state(op_id) == "applied"


def test_an_action_sent_without_a_connection_can_be_undone(world: World, desk: LocalStore) -> None:
    case_id = forwarded(world, desk)
    op_id = acknowledge(desk, case_id)
    nowhere = ApiClient(f"http://127.0.0.1:{_closed_port()}", world.token(AN), timeout=2.0)

    with pytest.raises(ServiceUnreachable) as offline:
        push(world, desk, nowhere)

    assert not offline.value.request_sent
    assert [q.undoable for q in desk.queued_actions(case_id)] == [True]
    desk.undo(op_id)
    assert push(world, desk).sent == 0
    assert world.case(JONAS, case_id)["status"] == "forwarded"


def test_an_action_refused_unread_for_a_lapsed_session_can_be_undone(
    world: World, desk: LocalStore
) -> None:
    case_id = forwarded(world, desk)
    op_id = acknowledge(desk, case_id)
    world.expire_tokens_of(AN)

    with pytest.raises(AuthenticationFailed):
        push(world, desk)

    desk.undo(op_id)
    world.login(AN)
    assert push(world, desk).sent == 0
    assert world.case(JONAS, case_id)["status"] == "forwarded"


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


def _wait_until(condition: object, seconds: float = 10.0) -> None:
    assert callable(condition)
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.02)
