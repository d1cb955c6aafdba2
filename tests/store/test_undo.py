"""Undoing a queued action ("Ongedaan maken"): gone before the pusher takes it, refused once
it may be on its way, and refused while a later queued action builds on it."""

from __future__ import annotations

import threading
import time
import uuid
from datetime import datetime, timedelta
from typing import Any

import pytest

from investigator_app.domain.lifecycle import Action
from investigator_app.domain.notes import NoteVisibility
from investigator_app.domain.vocabulary import Status
from investigator_app.operations import OperationResult, OperationsResponse
from investigator_app.store import LocalStore
from investigator_app.store.undo import UndoRefusal, UndoRefused
from tests.store.case_factory import COLLEAGUE, ME, RECEIVED, make_case, page
from tests.store.investigation_factory import investigating
from tests.support.operations import allegation_in, finding_in, queue_action

NOW = RECEIVED + timedelta(days=2)


def at(minutes: int) -> datetime:
    return NOW + timedelta(minutes=minutes)


def queue(store: LocalStore, action: Action, minute: int = 1, **fields: Any) -> uuid.UUID:
    return queue_action(store, "c1", action, made_at=at(minute), **fields)


def refused(store: LocalStore, op_id: uuid.UUID) -> UndoRefusal:
    with pytest.raises(UndoRefused) as refusal:
        store.undo(op_id)
    return refusal.value.refusal


def undoable(store: LocalStore) -> list[tuple[Action, bool]]:
    return [(q.action, q.undoable) for q in store.queued_actions("c1")]


def test_an_action_not_yet_taken_is_undone_and_never_sent(store: LocalStore) -> None:
    store.apply_changes(page(make_case("c1"), make_case("c2"), cursor=2))
    ours = queue(store, Action.ACKNOWLEDGE)
    queue_action(store, "c2", Action.ACKNOWLEDGE, made_at=at(2))
    assert undoable(store) == [(Action.ACKNOWLEDGE, True)]

    assert store.undo(str(ours)) == "c1"

    detail = store.detail("c1", NOW)
    assert detail is not None and detail.status is Status.FORWARDED and detail.queued == []
    assert store.operation_state(ours) is None
    assert [op.case_id for op in store.pending_operations(10)] == ["c2"]  # only the other


def test_an_action_the_pusher_took_is_not_undone(store: LocalStore) -> None:
    store.apply_changes(page(make_case("c1"), cursor=1))
    op_id = queue(store, Action.ACKNOWLEDGE)
    [taken] = store.pending_operations(10)  # on its way: it may reach the service
    assert taken.op_id == op_id

    assert refused(store, op_id) is UndoRefusal.SENT
    assert undoable(store) == [(Action.ACKNOWLEDGE, False)]
    assert store.operation_state(op_id) == "pending"

    # The request never left (no connection): it can be undone after all.
    store.release([op_id])
    assert undoable(store) == [(Action.ACKNOWLEDGE, True)]
    store.undo(op_id)
    assert store.pending_count() == 0


def test_an_action_taken_twice_stays_taken(store: LocalStore) -> None:
    """An earlier request may have reached the service although the last one did not."""
    store.apply_changes(page(make_case("c1"), cursor=1))
    op_id = queue(store, Action.ACKNOWLEDGE)
    store.pending_operations(10)  # sent; no answer (the line broke while reading it)
    store.pending_operations(10)  # sent again; this time no connection at all
    store.release([op_id])

    assert refused(store, op_id) is UndoRefusal.SENT


def test_an_answered_action_no_longer_waits(store: LocalStore) -> None:
    store.apply_changes(page(make_case("c1"), cursor=1))
    op_id = queue(store, Action.ACKNOWLEDGE)
    [sent] = store.pending_operations(10)
    acknowledged = make_case("c1", version=2, status=Status.ACKNOWLEDGED, acknowledged_at=at(1))
    store.apply_results(
        OperationsResponse(
            results=[OperationResult(op_id=sent.op_id, status="applied", case=acknowledged)]
        )
    )

    assert refused(store, op_id) is UndoRefusal.GONE
    assert refused(store, uuid.uuid4()) is UndoRefusal.GONE


def test_a_later_life_cycle_action_keeps_the_one_it_builds_on(store: LocalStore) -> None:
    store.apply_changes(page(make_case("c1"), cursor=1))
    acknowledge = queue(store, Action.ACKNOWLEDGE, 1)
    start = queue(store, Action.START_ASSESSMENT, 2)
    assert undoable(store) == [(Action.ACKNOWLEDGE, False), (Action.START_ASSESSMENT, True)]

    assert refused(store, acknowledge) is UndoRefusal.NEEDED
    store.undo(start)
    store.undo(acknowledge)  # nothing builds on it now
    assert store.pending_count() == 0


def test_an_action_nothing_builds_on_is_undone_alone(store: LocalStore) -> None:
    store.apply_changes(page(make_case("c1"), cursor=1))
    assign = queue(store, Action.ASSIGN, 1, assignee_id=COLLEAGUE.id)
    queue(store, Action.ACKNOWLEDGE, 2)
    assert undoable(store) == [(Action.ASSIGN, True), (Action.ACKNOWLEDGE, True)]

    store.undo(assign)
    detail = store.detail("c1", NOW)
    assert detail is not None and detail.assignee_id is None
    assert detail.status is Status.ACKNOWLEDGED  # still queued, still shown


def test_a_finding_keeps_the_allegation_it_is_on(store: LocalStore) -> None:
    store.apply_changes(page(investigating("c1", assignee=ME), cursor=1))
    new = uuid.uuid4()
    added = queue(store, Action.ADD_ALLEGATION, 1, allegation=allegation_in(new))
    found = queue(store, Action.RECORD_FINDING, 2, allegation_id=str(new), finding=finding_in())
    other = queue(store, Action.ADD_ALLEGATION, 3, allegation=allegation_in())

    assert undoable(store) == [
        (Action.ADD_ALLEGATION, False),
        (Action.RECORD_FINDING, True),
        (Action.ADD_ALLEGATION, True),
    ]
    assert refused(store, added) is UndoRefusal.NEEDED
    store.undo(other)
    store.undo(found)
    store.undo(added)
    detail = store.detail("c1", NOW)
    assert detail is not None and detail.investigation.allegations == ()


def test_an_edit_keeps_the_note_it_edits(store: LocalStore) -> None:
    store.apply_changes(page(make_case("c1"), cursor=1))
    note_id = store.add_note("c1", "Eerste versie", NoteVisibility.CASE_TEAM, at(1))
    store.edit_note("c1", note_id, "Tweede versie", NoteVisibility.CASE_TEAM, at(2))
    assert undoable(store) == [(Action.ADD_NOTE, False), (Action.EDIT_NOTE, True)]


def test_an_action_is_never_both_undone_and_taken_by_the_pusher(store: LocalStore) -> None:
    """The pusher takes while the user undoes everything: each action ends up on exactly
    one side."""
    count = 60
    store.apply_changes(page(*(make_case(f"c{n}") for n in range(count)), cursor=count))
    queued = [queue_action(store, f"c{n}", Action.ACKNOWLEDGE, made_at=at(n)) for n in range(count)]
    pusher = LocalStore.open(store.path)  # its own store, as the pusher thread has
    # Each side has one before the race, whoever is faster on this machine: then the rest
    # is raced for (the pusher from the oldest, the user from the newest).
    taken = [op.op_id for op in pusher.pending_operations(1)]
    store.undo(queued[-1])
    undone = [queued[-1]]

    start = threading.Barrier(2)

    def push() -> None:
        start.wait()
        # As the engine does: one it took before (waiting for an answer) is held back.
        while sent := pusher.pending_operations(1, held=set(taken)):
            taken.extend(op.op_id for op in sent)
            time.sleep(0.001)

    thread = threading.Thread(target=push)
    thread.start()
    start.wait()
    for op_id in reversed(queued[1:-1]):
        try:
            store.undo(op_id)
        except UndoRefused as refusal:
            assert refusal.refusal is UndoRefusal.SENT
        else:
            undone.append(op_id)
        time.sleep(0.002)  # SQLite's busy wait would let this thread win every time
    thread.join()
    pusher.close()

    assert set(taken).isdisjoint(undone)
    assert set(taken) | set(undone) == set(queued)
    assert len(taken) + len(undone) == len(queued)  # nothing on both sides, nothing lost


def test_a_copy_made_is_recorded_whatever_the_user_undoes(store: LocalStore) -> None:
    """A copy of the dossier (or a piece opened, exported or printed) happened: the audit
    trail and the chain of custody hear of it, so "Ongedaan maken" never takes it back."""
    store.apply_changes(page(make_case("c1"), cursor=1))
    copy = queue(
        store,
        Action.RECORD_COPY,
        copy_id=str(uuid.uuid4()),
        profile="volledig",
        reader="Leidinggevende",
        kind="export",
        sha256="a" * 64,
        pages=3,
    )
    ack = queue(store, Action.ACKNOWLEDGE, minute=2)
    assert undoable(store) == [(Action.RECORD_COPY, False), (Action.ACKNOWLEDGE, True)]
    assert refused(store, copy) is UndoRefusal.RECORDED
    assert store.undo(ack) == "c1"
    assert [op.op_id for op in store.pending_operations(10)] == [copy]
