"""SyncEngine against the real service: pull, push, exactly-once, conflicts."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from investigator_app.domain.events import EventKind
from investigator_app.domain.lifecycle import Action, TransitionError
from investigator_app.domain.vocabulary import Status
from investigator_app.protocol import ChangesResponse
from investigator_app.store import LocalStore
from investigator_app.sync.engine import SyncEngine
from tests.support.operations import queue_action
from tests.sync.service_fixture import COLLEAGUE, INVESTIGATOR, Deployment


def now() -> datetime:
    return datetime.now(UTC)


def server_case(deployment: Deployment, username: str, case_id: str):  # type: ignore[no-untyped-def]
    """The case as the service has it now, seen by ``username``."""
    with deployment.client(username) as client:
        page = client.changes(0, 1000, 0)
    return next(c.case for c in reversed(page.changes) if c.case_id == case_id)


def test_pull_pages_through_the_feed_with_progress(
    deployment: Deployment, store: LocalStore
) -> None:
    ids = [deployment.forward_case(f"report {n}") for n in range(5)]
    progress: list[tuple[int, int]] = []
    with deployment.client(INVESTIGATOR) as client:
        engine = SyncEngine(store, client, page_size=2)
        outcome = engine.pull(0, on_page=lambda done, total: progress.append((done, total)))
        again = engine.pull(0)

    assert set(outcome.changed_ids) == set(ids)
    assert outcome.pages == 3
    assert progress == [(2, 5), (4, 5), (5, 5)]
    assert {s.id for s in store.list_summaries(now())} == set(ids)
    assert again.changed_ids == []
    assert store.last_sync_at() is not None


def test_two_offline_actions_on_one_case_apply_in_order(
    deployment: Deployment, store: LocalStore
) -> None:
    case_id = deployment.forward_case()
    with deployment.client(INVESTIGATOR) as client:
        engine = SyncEngine(store, client)
        engine.pull(0)
        queue_action(store, case_id, Action.ACKNOWLEDGE, made_at=now())
        queue_action(store, case_id, Action.START_ASSESSMENT, made_at=now())
        shown = store.detail(case_id, now())
        assert shown is not None and shown.status is Status.ASSESSING  # at once, offline

        outcome = engine.push()

    assert (outcome.sent, outcome.applied, outcome.refused) == (2, 2, [])
    on_server = server_case(deployment, COLLEAGUE, case_id)
    assert on_server.status is Status.ASSESSING
    assert [e.kind for e in on_server.events][-2:] == [
        EventKind.ACKNOWLEDGED,
        EventKind.ASSESSMENT_STARTED,
    ]
    detail = store.detail(case_id, now())
    assert detail is not None and detail.version == on_server.version
    assert not any(entry.pending for entry in detail.timeline)


def test_batch_resent_after_a_crash_is_applied_once(
    deployment: Deployment, store: LocalStore
) -> None:
    case_id = deployment.forward_case()
    with deployment.client(INVESTIGATOR) as client:
        engine = SyncEngine(store, client)
        engine.pull(0)
        before = server_case(deployment, COLLEAGUE, case_id).version
        queue_action(store, case_id, Action.ACKNOWLEDGE, made_at=now())
        client.push(store.pending_operations(200))  # sent, then "killed" before the answer
        assert store.pending_count() == 1

        outcome = engine.push()  # the restarted app sends the same op again

    assert outcome.applied == 1
    on_server = server_case(deployment, COLLEAGUE, case_id)
    assert on_server.version == before + 1
    assert [e.kind for e in on_server.events].count(EventKind.ACKNOWLEDGED) == 1
    assert store.pending_count() == 0


def test_colleague_first_gives_a_conflict_to_retry_or_discard(
    deployment: Deployment, store: LocalStore
) -> None:
    first, second = deployment.forward_case("first"), deployment.forward_case("second")
    with deployment.client(INVESTIGATOR) as mine, deployment.client(COLLEAGUE) as theirs:
        engine = SyncEngine(store, mine)
        engine.pull(0)
        # While we are offline, a colleague acknowledges one case and assigns the other.
        colleague_id = deployment.user_ids[COLLEAGUE]
        colleague_store = LocalStore.open(store.path.with_name("colleague.sqlite3"))
        colleague = SyncEngine(colleague_store, theirs)
        colleague.refresh_identity()
        colleague.pull(0)
        queue_action(colleague_store, first, Action.ACKNOWLEDGE, made_at=now())
        queue_action(
            colleague_store, second, Action.ASSIGN, assignee_id=colleague_id, made_at=now()
        )
        assert colleague.push().applied == 2
        colleague_store.close()

        queue_action(store, first, Action.ACKNOWLEDGE, made_at=now())
        queue_action(store, second, Action.ACKNOWLEDGE, made_at=now())
        outcome = engine.push()

        assert {(r.case_id, r.refusal) for r in outcome.refused} == {
            (first, "conflict"),
            (second, "conflict"),
        }
        summaries = {s.id: s for s in store.list_summaries(now())}
        assert summaries[first].has_conflict and summaries[first].pending_actions == 0
        assert summaries[second].assignee_name == "Jonas Maes"  # their change is shown

        refused = {r.case_id: r for r in store.refused_actions()}
        with pytest.raises(TransitionError):  # already acknowledged by the colleague
            store.retry_refused(refused[first].op_id, now())
        assert store.discard_refused(refused[first].op_id)
        store.retry_refused(refused[second].op_id, now())  # still possible: do it again
        retried = engine.push()

    assert retried.applied == 1 and store.refused_actions() == []
    assert server_case(deployment, COLLEAGUE, second).status is Status.ACKNOWLEDGED


def test_returned_case_leaves_the_desktop(deployment: Deployment, store: LocalStore) -> None:
    case_id = deployment.forward_case()
    with deployment.client(INVESTIGATOR) as client:
        engine = SyncEngine(store, client)
        engine.pull(0)
        queue_action(store, case_id, Action.RETURN_TO_1700, reason="Not our agency", made_at=now())
        engine.push()
        outcome = engine.pull(0)

    assert case_id in outcome.changed_ids
    assert store.detail(case_id, now()) is None  # the tombstone removed it


def test_cursor_ahead_of_the_service_starts_over(deployment: Deployment, store: LocalStore) -> None:
    case_id = deployment.forward_case()
    # A store restored from another server's backup: ahead of this feed.
    store.apply_changes(ChangesResponse(changes=[], cursor=500, has_more=False, remaining=0))
    with deployment.client(INVESTIGATOR) as client:
        SyncEngine(store, client).pull(0)

    assert [s.id for s in store.list_summaries(now())] == [case_id]
    assert store.cursor() < 500
