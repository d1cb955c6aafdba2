"""Local actions: shown at once, validated, queued with the right base version, answered."""

from __future__ import annotations

import threading
import uuid
from datetime import datetime, timedelta

import pytest

from investigator_app.domain.deadlines import DeadlineKind
from investigator_app.domain.lifecycle import Action, TransitionError
from investigator_app.domain.notes import NoteVisibility
from investigator_app.domain.vocabulary import Outcome, Status
from investigator_app.operations import OperationResult, OperationsResponse
from investigator_app.protocol import RecusalOut
from investigator_app.store import LocalStore, UnknownCaseError
from tests.store.case_factory import COLLEAGUE, RECEIVED, make_case, me, page
from tests.store.message_factory import request
from tests.support.operations import queue_action

NOW = RECEIVED + timedelta(days=2)


def at(minutes: int) -> datetime:
    return NOW + timedelta(minutes=minutes)


def test_own_action_shows_at_once_with_a_pending_timeline_entry(store: LocalStore) -> None:
    store.apply_changes(page(make_case("c1"), cursor=1))

    queue_action(store, "c1", Action.ACKNOWLEDGE, made_at=at(1))

    summary = store.list_summaries(NOW)[0]
    assert summary.status is Status.ACKNOWLEDGED and summary.pending_actions == 1
    assert summary.next_deadline is not None
    assert summary.next_deadline.kind is DeadlineKind.FEEDBACK  # acknowledged: next is feedback
    detail = store.detail("c1", NOW)
    assert detail is not None
    assert detail.allowed_actions[0] is Action.START_ASSESSMENT
    assert detail.timeline[-1].pending and detail.timeline[-1].actor == "Ines Investigator"
    assert detail.acknowledged_at == at(1)


def test_pending_action_survives_a_newer_snapshot(store: LocalStore) -> None:
    store.apply_changes(page(make_case("c1", version=2), cursor=1))
    queue_action(store, "c1", Action.ACKNOWLEDGE, made_at=at(1))

    # A colleague's assignment arrives before our push: still forwarded on the server.
    store.apply_changes(page(make_case("c1", version=3, assignee=COLLEAGUE), cursor=2))

    detail = store.detail("c1", NOW)
    assert detail is not None
    assert detail.status is Status.ACKNOWLEDGED
    assert detail.assignee_name == "Cas Colleague"


def test_disallowed_actions_are_refused_and_not_queued(store: LocalStore) -> None:
    store.apply_changes(page(make_case("c1"), cursor=1))

    with pytest.raises(TransitionError):
        queue_action(store, "c1", Action.START_INVESTIGATION, made_at=at(1))
    with pytest.raises(TransitionError):  # closing needs assessing first, an outcome and a reason
        queue_action(store, "c1", Action.CLOSE, outcome=Outcome.FOUNDED, made_at=at(1))
    with pytest.raises(TransitionError):
        queue_action(store, "c1", Action.RETURN_TO_1700, reason="  ", made_at=at(1))
    with pytest.raises(TransitionError):
        queue_action(store, "c1", Action.ASSIGN, assignee_id="stranger", made_at=at(1))
    with pytest.raises(UnknownCaseError):
        queue_action(store, "nope", Action.ACKNOWLEDGE, made_at=at(1))
    assert store.pending_count() == 0
    assert store.list_summaries(NOW)[0].status is Status.FORWARDED


def test_queued_actions_build_on_each_other(store: LocalStore) -> None:
    store.apply_changes(page(make_case("c1", version=4), cursor=1))
    queue_action(store, "c1", Action.ACKNOWLEDGE, made_at=at(1))
    queue_action(store, "c1", Action.START_ASSESSMENT, made_at=at(2))
    queue_action(
        store,
        "c1",
        Action.CLOSE,
        outcome=Outcome.UNFOUNDED,
        reason="No evidence",
        ground="manifestly_unfounded",
        made_at=at(3),
    )

    detail = store.detail("c1", NOW)
    assert detail is not None and detail.status is Status.CLOSED
    assert detail.outcome is Outcome.UNFOUNDED and detail.next_deadline is None
    # One op per case per batch: the second must wait for the first's answer.
    first = store.pending_operations(200)
    assert [(op.action, op.base_version) for op in first] == [(Action.ACKNOWLEDGE, 4)]

    applied = make_case("c1", version=5, status=Status.ACKNOWLEDGED, acknowledged_at=at(1))
    store.apply_results(
        OperationsResponse(
            results=[OperationResult(op_id=first[0].op_id, status="applied", case=applied)]
        )
    )
    second = store.pending_operations(200)
    assert [(op.action, op.base_version) for op in second] == [(Action.START_ASSESSMENT, 5)]


def test_a_refusal_also_refuses_the_actions_built_on_it(store: LocalStore) -> None:
    store.apply_changes(page(make_case("c1", version=1), cursor=1))
    queue_action(store, "c1", Action.ACKNOWLEDGE, made_at=at(1))
    queue_action(store, "c1", Action.START_ASSESSMENT, made_at=at(2))
    [op] = store.pending_operations(200)
    theirs = make_case("c1", version=2, status=Status.ACKNOWLEDGED, acknowledged_at=at(0))

    store.apply_results(
        OperationsResponse(
            results=[
                OperationResult(op_id=op.op_id, status="conflict", message="changed", case=theirs)
            ]
        )
    )

    refused = store.refused_actions()
    assert [(r.action, r.refusal) for r in refused] == [
        (Action.ACKNOWLEDGE, "conflict"),
        (Action.START_ASSESSMENT, "conflict"),
    ]
    assert store.pending_operations(200) == []
    summary = store.list_summaries(NOW)[0]
    assert summary.has_conflict and summary.status is Status.ACKNOWLEDGED  # the colleague's
    # Starting the assessment is still possible on the colleague's version: retry it.
    new_id = store.retry_refused(refused[1].op_id, at(5))
    [retried] = store.pending_operations(200)
    assert (retried.op_id, retried.base_version) == (new_id, 2)
    assert store.discard_refused(refused[0].op_id)
    assert store.refused_actions() == []
    assert not store.list_summaries(NOW)[0].has_conflict


def test_rejected_answer_for_an_unknown_op_changes_nothing(store: LocalStore) -> None:
    store.apply_changes(page(make_case("c1"), cursor=1))
    queue_action(store, "c1", Action.ACKNOWLEDGE, made_at=at(1))
    stray = OperationResult(op_id=uuid.uuid4(), status="rejected", message="?")

    assert store.apply_results(OperationsResponse(results=[stray])) == []
    assert store.pending_count() == 1


def test_deadlines_follow_the_department_policy(store: LocalStore) -> None:
    store.set_identity(me(ack_days=3))
    store.apply_changes(page(make_case("c1"), cursor=1))

    deadline = store.list_summaries(NOW)[0].next_deadline
    assert deadline is not None
    assert deadline.due == RECEIVED + timedelta(days=3)


def test_another_account_on_the_store_drops_the_previous_data(store: LocalStore) -> None:
    store.apply_changes(page(make_case("c1"), cursor=1))
    queue_action(store, "c1", Action.ACKNOWLEDGE, made_at=at(1))

    assert store.set_identity(me(COLLEAGUE))

    assert store.list_summaries(NOW) == [] and store.pending_count() == 0
    assert store.cursor() == 0
    identity = store.identity()
    assert identity is not None and identity.user.id == COLLEAGUE.id


def test_writers_in_two_threads_and_a_reader_do_not_trip_over_each_other(
    store: LocalStore,
) -> None:
    store.apply_changes(page(*(make_case(f"c{n}") for n in range(200)), cursor=200))
    errors: list[BaseException] = []

    def pull() -> None:
        try:
            for n in range(20):
                cases = [make_case(f"c{m}", version=n + 2) for m in range(200)]
                store.apply_changes(page(*cases, cursor=201 + n * 200))
        except BaseException as error:
            errors.append(error)

    def act() -> None:
        try:
            for n in range(200):
                queue_action(store, f"c{n}", Action.ACKNOWLEDGE, made_at=at(n))
        except BaseException as error:
            errors.append(error)

    threads = [threading.Thread(target=pull), threading.Thread(target=act)]
    for thread in threads:
        thread.start()
    while any(t.is_alive() for t in threads):
        assert len(store.list_summaries(NOW)) == 200  # the GUI keeps reading meanwhile
    for thread in threads:
        thread.join()

    assert errors == []
    assert store.pending_count() == 200
    assert {s.status for s in store.list_summaries(NOW)} == {Status.ACKNOWLEDGED}


def test_made_at_must_be_aware(store: LocalStore) -> None:
    store.apply_changes(page(make_case("c1"), cursor=1))
    with pytest.raises(ValueError):
        queue_action(store, "c1", Action.ACKNOWLEDGE, made_at=datetime(2026, 1, 1))
    assert store.pending_count() == 0


def test_an_answer_arriving_after_the_tombstone_does_not_bring_a_returned_case_back(
    store: LocalStore,
) -> None:
    store.apply_changes(page(make_case("c1", version=1), cursor=1))
    op_id = queue_action(store, "c1", Action.RETURN_TO_1700, reason="Niet bevoegd", made_at=at(1))
    (sent,) = store.pending_operations(10)

    # The puller is faster than the pusher: the feed's tombstone lands first ...
    store.apply_changes(page("c1", cursor=2))
    # ... then the push answer, with a snapshot of the case as it is now: returned.
    returned = make_case("c1", version=2, status=Status.RETURNED)
    store.apply_results(
        OperationsResponse(
            results=[OperationResult(op_id=sent.op_id, status="applied", case=returned)]
        )
    )

    assert store.list_summaries(NOW) == []
    assert store.detail("c1", NOW) is None
    assert store.pending_count() == 0 and op_id == sent.op_id


def test_an_answer_never_adds_a_case_the_feed_did_not_bring(store: LocalStore) -> None:
    store.apply_changes(page(make_case("c1"), cursor=1))
    queue_action(store, "c1", Action.ACKNOWLEDGE, made_at=at(1))
    (sent,) = store.pending_operations(10)
    stranger = make_case("c2", version=3)
    store.apply_results(
        OperationsResponse(
            results=[OperationResult(op_id=sent.op_id, status="applied", case=stranger)]
        )
    )
    assert [s.id for s in store.list_summaries(NOW)] == ["c1"]


def test_queued_actions_show_what_the_service_will_make_of_them(store: LocalStore) -> None:
    """The desktop's overlay runs the service's own effects (domain.case_effects): an
    offline assignment settles "Te herverdelen" at once, a return drops the assignee."""
    flagged = make_case("c1", assignee=COLLEAGUE).model_copy(update={"needs_reassignment": True})
    store.apply_changes(page(flagged, make_case("c2", assignee=COLLEAGUE), cursor=2))
    assert store.summaries(["c1"], NOW)[0].needs_reassignment

    queue_action(store, "c1", Action.ASSIGN, assignee_id=None, made_at=at(1))  # unassigning
    assert store.summaries(["c1"], NOW)[0].needs_reassignment  # ... is no reassignment
    queue_action(store, "c1", Action.ASSIGN, assignee_id=COLLEAGUE.id, made_at=at(2))
    [row] = store.summaries(["c1"], NOW)
    detail = store.detail("c1", NOW)
    assert detail is not None
    assert not row.needs_reassignment and not detail.needs_reassignment
    assert (detail.assignee_id, row.assignee_name) == (COLLEAGUE.id, COLLEAGUE.display_name)

    queue_action(store, "c2", Action.RETURN_TO_1700, reason="Niet bevoegd", made_at=at(3))
    returned = store.detail("c2", NOW)
    assert returned is not None and returned.status is Status.RETURNED
    assert (returned.assignee_id, returned.assignee_name) == (None, None)


def test_what_the_service_would_refuse_is_not_queued(store: LocalStore) -> None:
    """Found by the property test: assigning someone who recused, and reminding a reporter
    without e-mail, were shown as done on the desktop and then refused by the service."""
    recusal = RecusalOut(person=COLLEAGUE, at=RECEIVED, reason=None)
    stepped_aside = make_case("c1").model_copy(
        update={"recusals": [recusal], "needs_reassignment": True}
    )
    asked = uuid.uuid4()
    by_phone = make_case("c2", status=Status.ASSESSING).model_copy(
        update={"reporter_reachable_by_email": False, "messages": [request(str(asked))]}
    )
    store.apply_changes(page(stepped_aside, by_phone, cursor=2))
    with pytest.raises(TransitionError, match="recused"):
        queue_action(store, "c1", Action.ASSIGN, assignee_id=COLLEAGUE.id, made_at=at(1))
    with pytest.raises(TransitionError, match="phone"):
        queue_action(store, "c2", Action.REMIND, target_message_id=asked, made_at=at(1))
    assert store.pending_count() == 0


@pytest.mark.parametrize(
    ("action", "fields"),
    [
        (Action.CLOSE, {"outcome": Outcome.UNFOUNDED, "reason": "Geen\x00bewijs"}),
        (Action.RETURN_TO_1700, {"reason": "\x00"}),
        (Action.ACKNOWLEDGE, {"body": "Beste\x00melder"}),
    ],
)
def test_a_nul_character_is_never_queued(
    store: LocalStore, action: Action, fields: dict[str, object]
) -> None:
    """The service refuses U+0000 in any text; the desktop says so before queueing."""
    store.apply_changes(page(make_case("c1", status=Status.ASSESSING), cursor=1))
    with pytest.raises(TransitionError, match="NUL"):
        queue_action(store, "c1", action, made_at=at(1), **fields)
    with pytest.raises(TransitionError, match="NUL"):
        store.add_note("c1", "Notitie\x00", NoteVisibility.ONLY_ME, NOW)
    assert store.pending_count() == 0
