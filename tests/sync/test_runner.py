"""SyncRunner with a real service: signals, offline back-off, auth failures, prompt stop."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime

import pytest
from pytestqt.qtbot import QtBot

from investigator_app.domain.events import EventKind
from investigator_app.domain.lifecycle import Action
from investigator_app.domain.vocabulary import Status
from investigator_app.protocol import ErrorCode
from investigator_app.store import LocalStore
from investigator_app.sync.api import ApiClient
from investigator_app.sync.engine import PushOutcome
from investigator_app.sync.runner import SyncRunner, SyncSummary
from tests.support.operations import queue_action
from tests.sync.service_fixture import COLLEAGUE, INVESTIGATOR, Deployment

TIMEOUT_MS = 10_000
RunnerFactory = Callable[[], SyncRunner]


def now() -> datetime:
    return datetime.now(UTC)


@pytest.fixture
def make_runner(deployment: Deployment, store: LocalStore) -> Iterator[RunnerFactory]:
    made: list[SyncRunner] = []

    def factory() -> SyncRunner:
        runner = SyncRunner(
            store.path,
            deployment.base_url,
            deployment.tokens.get(INVESTIGATOR) or deployment.login(INVESTIGATOR),
            backoff=(0.2, 1.0),
        )
        made.append(runner)
        return runner

    yield factory
    for runner in made:
        runner.stop()


def started(qtbot: QtBot, runner: SyncRunner) -> SyncSummary:
    with qtbot.waitSignal(runner.sync_finished, timeout=TIMEOUT_MS) as finished:
        runner.start()
    summary = finished.args[0]
    assert isinstance(summary, SyncSummary)
    return summary


def server_events(deployment: Deployment, case_id: str) -> list[EventKind]:
    with deployment.client(COLLEAGUE) as client:
        page = client.changes(0, 1000, 0)
    case = next(c.case for c in page.changes if c.case_id == case_id and c.case is not None)
    return [event.kind for event in case.events]


def test_start_syncs_and_a_forwarded_case_appears_within_two_seconds(
    qtbot: QtBot, deployment: Deployment, store: LocalStore, make_runner: RunnerFactory
) -> None:
    existing = deployment.forward_case("already there")
    runner = make_runner()
    with qtbot.waitSignal(runner.online_changed, timeout=TIMEOUT_MS) as online:
        summary = started(qtbot, runner)
    assert online.args == [True]
    assert summary.changed_ids == [existing] and summary.foreground

    with qtbot.waitSignal(
        runner.cases_changed, timeout=TIMEOUT_MS, check_params_cb=lambda ids: len(ids) == 1
    ) as changed:
        forwarded_at = time.perf_counter()
        new_id = deployment.forward_case("new one")  # the runner is in a long-poll now
    elapsed = time.perf_counter() - forwarded_at

    assert changed.args == [[new_id]]
    assert elapsed < 2.0
    assert store.detail(new_id, now()) is not None


def test_recorded_action_is_pushed_and_shown_as_confirmed(
    qtbot: QtBot, deployment: Deployment, store: LocalStore, make_runner: RunnerFactory
) -> None:
    case_id = deployment.forward_case()
    runner = make_runner()
    started(qtbot, runner)

    queue_action(store, case_id, Action.ACKNOWLEDGE, made_at=now())
    with qtbot.waitSignal(runner.push_finished, timeout=TIMEOUT_MS) as pushed:
        runner.request_push()

    outcome = pushed.args[0]
    assert isinstance(outcome, PushOutcome) and outcome.applied == 1
    detail = store.detail(case_id, now())
    assert detail is not None and detail.status is Status.ACKNOWLEDGED
    assert not any(entry.pending for entry in detail.timeline)
    assert server_events(deployment, case_id).count(EventKind.ACKNOWLEDGED) == 1


def test_offline_work_is_delivered_once_when_the_service_is_back(
    qtbot: QtBot, deployment: Deployment, store: LocalStore, make_runner: RunnerFactory
) -> None:
    case_id = deployment.forward_case()
    runner = make_runner()
    started(qtbot, runner)

    with qtbot.waitSignal(runner.online_changed, timeout=TIMEOUT_MS) as offline:
        deployment.service.stop()
        runner.sync_now()
    assert offline.args == [False]
    queue_action(store, case_id, Action.ACKNOWLEDGE, made_at=now())
    queue_action(store, case_id, Action.START_ASSESSMENT, made_at=now())
    runner.request_push()  # fails quietly and keeps retrying
    shown = store.detail(case_id, now())
    assert shown is not None and shown.status is Status.ASSESSING

    with qtbot.waitSignals(
        [runner.online_changed, runner.push_finished],
        timeout=TIMEOUT_MS,
        check_params_cbs=[lambda online: online, lambda outcome: outcome.applied == 2],
    ):
        deployment.service.start()  # same port: the runner finds it by itself

    assert store.pending_count() == 0
    events = server_events(deployment, case_id)
    assert events.count(EventKind.ACKNOWLEDGED) == 1
    assert events.count(EventKind.ASSESSMENT_STARTED) == 1


@pytest.mark.parametrize("code", [ErrorCode.TOKEN_REVOKED, ErrorCode.TOKEN_EXPIRED])
def test_refused_token_stops_syncing_and_keeps_the_store(
    qtbot: QtBot,
    deployment: Deployment,
    store: LocalStore,
    make_runner: RunnerFactory,
    code: ErrorCode,
) -> None:
    case_id = deployment.forward_case()
    runner = make_runner()
    started(qtbot, runner)
    queue_action(store, case_id, Action.ACKNOWLEDGE, made_at=now())
    cursor = store.cursor()

    if code is ErrorCode.TOKEN_REVOKED:
        with ApiClient(deployment.base_url, deployment.tokens[INVESTIGATOR]) as elsewhere:
            elsewhere.logout()  # e.g. an administrator signed the device out
    else:
        deployment.expire_token(INVESTIGATOR)
    with qtbot.waitSignal(runner.auth_failed, timeout=TIMEOUT_MS) as failed:
        runner.sync_now()

    assert failed.args == [code.value]
    assert [s.id for s in store.list_summaries(now())] == [case_id]
    assert store.pending_count() == 1 and store.cursor() == cursor

    # Signing in again resumes syncing, and the kept action goes out.
    runner.set_token(deployment.login(INVESTIGATOR))
    with qtbot.waitSignal(runner.push_finished, timeout=TIMEOUT_MS):
        runner.start()
    assert store.pending_count() == 0


def test_stop_does_not_wait_for_a_long_poll(
    qtbot: QtBot, deployment: Deployment, make_runner: RunnerFactory
) -> None:
    runner = make_runner()
    started(qtbot, runner)  # the puller now waits in a 20 s long-poll

    stopping = time.perf_counter()
    runner.stop()

    assert time.perf_counter() - stopping < 2.0
