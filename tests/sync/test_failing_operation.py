"""An action the service fails on (a 500 for it alone) holds back no other action: the
healthy ones arrive, it is tried again a few times, then shown refused with its reason."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from pytestqt.qtbot import QtBot

from investigator_app.domain.lifecycle import Action
from investigator_app.domain.notes import NoteVisibility
from investigator_app.domain.vocabulary import Status
from investigator_app.protocol import CaseOut
from investigator_app.store import LocalStore
from investigator_app.sync.engine import REFUSE_AFTER_FAILURES, SyncEngine
from investigator_app.sync.errors import ServiceError, ServiceUnreachable
from investigator_app.sync.runner import SyncRunner
from tests.support.faults import refuse_status_changes, repair
from tests.support.operations import queue_action
from tests.sync.service_fixture import INVESTIGATOR, Deployment


def now() -> datetime:
    return datetime.now(UTC)


def on_server(deployment: Deployment, case_id: str) -> CaseOut:
    """The case as the service has it now, seen by the investigator (their notes too)."""
    with deployment.client(INVESTIGATOR) as client:
        page = client.changes(0, 1000, 0)
    case = next(c.case for c in reversed(page.changes) if c.case_id == case_id)
    assert case is not None
    return case


def queue_poison_and_the_rest(deployment: Deployment, store: LocalStore) -> tuple[str, str, str]:
    """The service fails on acknowledging ``poisoned``; queued first, then an action that
    builds on it, a note on the same case (independent of it), and two healthy actions on
    other cases."""
    poisoned, other, third = (deployment.forward_case(s) for s in ("poisoned", "other", "third"))
    with deployment.client(INVESTIGATOR) as client:
        SyncEngine(store, client).pull(0)
    refuse_status_changes(deployment.service, poisoned)
    queue_action(store, poisoned, Action.ACKNOWLEDGE, made_at=now())
    queue_action(store, poisoned, Action.START_ASSESSMENT, made_at=now())
    store.add_note(poisoned, "Eerst de aannemer bellen.", NoteVisibility.ONLY_ME, now())
    queue_action(store, other, Action.ACKNOWLEDGE, made_at=now())
    queue_action(store, third, Action.ACKNOWLEDGE, made_at=now())
    return poisoned, other, third


def test_an_action_the_service_fails_on_does_not_hold_back_the_others(
    deployment: Deployment, store: LocalStore
) -> None:
    poisoned, other, third = queue_poison_and_the_rest(deployment, store)

    with deployment.client(INVESTIGATOR) as client:
        # First its database takes no writes at all for a while: the service's trouble,
        # no verdict on any action, however often it is tried.
        refuse_status_changes(deployment.service)
        for _ in range(REFUSE_AFTER_FAILURES + 1):
            with pytest.raises(ServiceError) as failed:
                SyncEngine(store, client).push()
            assert failed.value.status == 500
        assert store.refused_actions() == [] and store.pending_count() == 5
        repair(deployment.service)  # back, but it still fails on the poisoned case

        engine = SyncEngine(store, client)
        outcome = engine.push()
        again = engine.push()  # at once: the failed one waits for its back-off

    assert outcome.applied == 2 and outcome.refused == []
    for case_id in (other, third):
        assert on_server(deployment, case_id).status is Status.ACKNOWLEDGED
        detail = store.detail(case_id, now())
        assert detail is not None and not any(entry.pending for entry in detail.timeline)
    assert on_server(deployment, poisoned).status is Status.FORWARDED
    # The poisoned case's actions wait, in the order they were made, still shown.
    assert store.pending_count() == 3 and store.refused_actions() == []
    shown = store.detail(poisoned, now())
    assert shown is not None and shown.status is Status.ASSESSING
    assert again.sent == 0 and store.pending_count() == 3


def test_an_action_that_keeps_failing_is_refused_with_its_reason_and_the_rest_flows(
    deployment: Deployment, store: LocalStore
) -> None:
    poisoned, _other, _third = queue_poison_and_the_rest(deployment, store)

    def push_round(local: LocalStore) -> list[tuple[Action, str, str]]:
        """One round of a freshly started app (no back-off remembered); what it refused."""
        with deployment.client(INVESTIGATOR) as client:
            outcome = SyncEngine(local, client).push()
        return [(r.action, r.refusal, r.message) for r in outcome.refused]

    for _ in range(REFUSE_AFTER_FAILURES - 3):
        assert push_round(store) == []
    store.close()  # the app is closed and started again: the attempts are remembered
    store = LocalStore.open(store.path)
    assert push_round(store) == []

    deployment.service.stop()  # offline: no answer is no verdict on the action
    for _ in range(REFUSE_AFTER_FAILURES):
        with pytest.raises(ServiceUnreachable), deployment.client(INVESTIGATOR) as client:
            SyncEngine(store, client).push()
    deployment.service.start()

    assert push_round(store) == []  # the one but last failure
    assert store.pending_count() == 3
    refused = push_round(store)

    [(action, refusal, reason), (later, later_refusal, _)] = refused
    assert (action, refusal) == (Action.ACKNOWLEDGE, "failed")
    assert "500" in reason and "service" in reason  # what went wrong, for the log and support
    assert (later, later_refusal) == (Action.START_ASSESSMENT, "conflict")  # built on it
    # The note never depended on it: it arrived in the same round.
    assert store.pending_count() == 0
    assert [n.body for n in on_server(deployment, poisoned).notes] == ["Eerst de aannemer bellen."]
    summary = next(s for s in store.list_summaries(now()) if s.id == poisoned)
    assert summary.has_conflict and summary.status is Status.FORWARDED  # marked in the list

    # Once the service is repaired, the user's "Opnieuw" delivers it.
    repair(deployment.service, poisoned)
    store.retry_refused(store.refused_actions()[0].op_id, now())
    assert push_round(store) == []
    assert on_server(deployment, poisoned).status is Status.ACKNOWLEDGED
    store.close()


def test_the_runner_tries_it_again_by_itself_and_reports_it_refused(
    qtbot: QtBot, deployment: Deployment, store: LocalStore
) -> None:
    poisoned, other, third = queue_poison_and_the_rest(deployment, store)
    runner = SyncRunner(
        store.path,
        deployment.base_url,
        deployment.token(INVESTIGATOR),
        backoff=(0.2, 1.0),
        op_backoff=(0.05, 0.2),
    )
    try:
        with qtbot.waitSignal(runner.actions_refused, timeout=10_000) as refused:
            runner.start()  # no further push is asked for: it retries when the back-off ends
    finally:
        runner.stop()

    assert [(r.case_id, r.action, r.refusal) for r in refused.args[0]] == [
        (poisoned, Action.ACKNOWLEDGE, "failed"),
        (poisoned, Action.START_ASSESSMENT, "conflict"),
    ]
    for case_id in (other, third):
        assert on_server(deployment, case_id).status is Status.ACKNOWLEDGED
    assert len(on_server(deployment, poisoned).notes) == 1
    assert store.pending_count() == 0
