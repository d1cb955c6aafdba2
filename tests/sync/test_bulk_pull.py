"""A big sync is applied by a helper process (sync/bulk_pull.py) against the real service:
the same cases, progress and changed ids as in the app's own thread; its failures reach
the app as they were raised; a helper that dies or idles out is replaced; stopping ends it."""

from __future__ import annotations

import os
import pickle
import signal
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from investigator_app.protocol import ChangesResponse
from investigator_app.store import LocalStore
from investigator_app.sync.bulk_pull import BulkPullError, HelperProcessPull
from investigator_app.sync.engine import SyncEngine
from investigator_app.sync.errors import (
    AttachmentMismatch,
    AuthenticationFailed,
    ProtocolError,
    ServiceError,
    ServiceUnreachable,
    SyncError,
    TooManyAttempts,
)
from investigator_app.sync.identity import IdentityNotFoundError
from investigator_app.vault.cipher import new_key
from tests.support.pids import alive
from tests.sync.service_fixture import INVESTIGATOR, Deployment

MORE = ChangesResponse(changes=[], cursor=0, has_more=False, remaining=0)


@pytest.fixture
def helper(store: LocalStore, deployment: Deployment) -> Iterator[HelperProcessPull]:
    pull = HelperProcessPull(store.path, deployment.base_url, page_size=2)
    yield pull
    pull.stop()


def _first_page(deployment: Deployment, cursor: int = 0) -> bytes:
    with deployment.client(INVESTIGATOR) as client:
        return client.changes_body(cursor, 2)


def _alive(pid: int | None) -> bool:
    assert pid is not None
    return alive(pid)


def test_a_big_answer_is_applied_by_a_helper_process_page_by_page(
    deployment: Deployment, store: LocalStore, helper: HelperProcessPull
) -> None:
    ids = [deployment.forward_case(f"melding {n}") for n in range(5)]
    progress: list[tuple[int, int]] = []
    changed: list[list[str]] = []
    with deployment.client(INVESTIGATOR) as client:
        # Every answer counts as big here: one byte is enough.
        engine = SyncEngine(store, client, page_size=2, bulk=helper, bulk_bytes=1)
        outcome = engine.pull(
            0, on_page=lambda done, total: progress.append((done, total)), on_changed=changed.append
        )
        first_helper = helper.last_pid
        again = engine.pull(0)

    assert first_helper not in (None, os.getpid())
    assert set(outcome.changed_ids) == set(ids)
    assert (outcome.pages, outcome.cursor) == (3, store.cursor())
    assert progress == [(2, 5), (4, 5), (5, 5)]
    assert [len(page) for page in changed] == [2, 2, 1]
    summaries = store.list_summaries(datetime.now(UTC))
    assert {s.id for s in summaries} == set(ids)
    # Sealed by the helper with the store's key, read back here.
    assert all(any(f"melding {n}" in s.search_text for s in summaries) for n in range(5))
    # The same helper serves the next pull (nothing new: no page with changes).
    assert helper.last_pid == first_helper
    assert again.changed_ids == [] and progress[-1] == (5, 5)


def test_an_answer_under_the_threshold_stays_in_the_app(
    deployment: Deployment, store: LocalStore, helper: HelperProcessPull
) -> None:
    case_id = deployment.forward_case()
    with deployment.client(INVESTIGATOR) as client:
        outcome = SyncEngine(store, client, bulk=helper).pull(0)
    assert outcome.changed_ids == [case_id]
    assert helper.last_pid is None  # no helper was started


def test_the_helpers_sync_errors_reach_the_app_as_raised(
    deployment: Deployment, store: LocalStore
) -> None:
    for _ in range(3):
        deployment.forward_case()
    first = _first_page(deployment)  # page 1 of 2: the helper asks for the next itself
    refused = HelperProcessPull(store.path, deployment.base_url, page_size=2)
    try:
        with pytest.raises(AuthenticationFailed) as failed:
            refused(first, "not-a-token-of-this-service", None, None)
        assert failed.value.code == "invalid_token"
        with pytest.raises(ProtocolError, match="not a valid ChangesResponse"):
            refused(b'{"changes": "none"}', None, None, None)
    finally:
        refused.stop()
    # Neither failure applied anything but the first page, which was applied with its cursor.
    assert len(store.list_summaries(datetime.now(UTC))) == 2


def test_every_sync_error_travels_between_processes_with_its_fields() -> None:
    samples: list[SyncError] = [
        SyncError("something"),
        ServiceUnreachable("no route", request_sent=False),
        AuthenticationFailed("token_expired", "expired"),
        TooManyAttempts("wait", 3.5),
        ServiceError(503, "maintenance", "back soon"),
        ProtocolError("not a page"),
        AttachmentMismatch("other bytes"),
        IdentityNotFoundError(404, "not_found", "no such case"),
    ]
    kinds: set[type[SyncError]] = set()
    todo: list[type[SyncError]] = [SyncError]
    while todo:
        kind = todo.pop()
        kinds.add(kind)
        todo += kind.__subclasses__()
    assert {type(error) for error in samples} == kinds, "a new SyncError needs a sample here"
    for error in samples:
        copy = pickle.loads(pickle.dumps(error))
        assert type(copy) is type(error)
        assert str(copy) == str(error)
        assert vars(copy) == vars(error)


def test_a_helper_that_died_or_idled_out_is_replaced(
    deployment: Deployment, store: LocalStore
) -> None:
    idle = HelperProcessPull(store.path, deployment.base_url, idle_seconds=0.5)
    try:
        idle(_first_page(deployment), None, None, None)
        first = idle.last_pid
        deadline = time.monotonic() + 10
        while _alive(first) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not _alive(first), "an idle helper stays"

        case_id = deployment.forward_case()
        idle(_first_page(deployment, store.cursor()), None, None, None)
        second = idle.last_pid
        assert second != first
        assert second is not None
        os.kill(second, signal.SIGKILL)  # as a crash or the task manager would

        other = deployment.forward_case()
        cursor = store.cursor()
        outcome = idle(_first_page(deployment, cursor), None, None, None)
        assert idle.last_pid not in (first, second)
        assert outcome.changed_ids == [other]
        assert {case_id, other} <= {s.id for s in store.list_summaries(datetime.now(UTC))}
    finally:
        idle.stop()


def test_a_helper_that_cannot_open_the_store_fails_the_pull_clearly(
    deployment: Deployment, store: LocalStore
) -> None:
    deployment.forward_case()
    wrong_key = HelperProcessPull(store.path, deployment.base_url, key=new_key())
    with pytest.raises(BulkPullError, match="helper process ended"):
        wrong_key(_first_page(deployment), None, None, None)
    assert store.cursor() == 0
    assert store.list_summaries(datetime.now(UTC)) == []


def test_stopping_ends_the_helper_and_refuses_later_pulls(
    deployment: Deployment, store: LocalStore, helper: HelperProcessPull, tmp_path: Path
) -> None:
    helper(MORE.model_dump_json().encode(), None, None, None)
    pid = helper.last_pid
    assert _alive(pid)
    helper.stop()
    deadline = time.monotonic() + 10
    while _alive(pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not _alive(pid)
    with pytest.raises(BulkPullError, match="stopping"):
        helper(MORE.model_dump_json().encode(), None, None, None)
