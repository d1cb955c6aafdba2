"""Migration 0007: after the update no case is suddenly "new", an action an older release
may have sent already cannot be undone, and investigations are kept from then on."""

from __future__ import annotations

import uuid
from datetime import timedelta
from pathlib import Path

import pytest

from investigator_app.domain.lifecycle import Action
from investigator_app.store import LocalStore
from investigator_app.store.sealing import Sealer
from investigator_app.store.undo import UndoRefusal, UndoRefused
from investigator_app.vault.cipher import new_key
from tests.store.case_factory import RECEIVED, make_case, me, page
from tests.store.investigation_factory import allegation, investigating, task
from tests.store.old_store import fill_as_an_older_release, queue_as_0005, store_at
from tests.support.operations import build_op

NOW = RECEIVED + timedelta(days=10)


def test_a_store_of_the_previous_release_is_updated(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite"
    key = new_key()
    sealer = Sealer(key)
    engine = store_at(path, sealer, "0006")
    feed = page(make_case("c1"), make_case("c2"), cursor=2)
    fill_as_an_older_release(engine, sealer, me(), feed, tmp_path / "newest.sqlite")
    sent = build_op("c1", Action.ACKNOWLEDGE, made_at=RECEIVED + timedelta(days=1), base_version=1)
    queue_as_0005(engine, sealer, sent)  # maybe sent already before the update
    engine.dispose()

    store = LocalStore.open(path, key)
    try:
        assert [s.new for s in store.list_summaries(NOW)] == [False, False]
        with pytest.raises(UndoRefused) as refused:
            store.undo(sent.op_id)
        assert refused.value.refusal is UndoRefusal.SENT
        assert store.pending_operations(10) == [sent.model_copy()]  # and it is still sent

        # From now on: new cases are new, investigations are kept, new actions undone.
        kept = investigating("c3", allegation(uuid.uuid4(), 1), tasks=(task(uuid.uuid4()),))
        store.apply_changes(page(make_case("c4"), kept, cursor=4))
        assert {s.id: s.new for s in store.list_summaries(NOW)}["c4"]
        detail = store.detail("c3", NOW)
        assert detail is not None and detail.investigation == kept.investigation
        assert len(store.my_tasks(NOW)) == 1
        later = build_op("c2", Action.ACKNOWLEDGE, made_at=NOW)
        store.undo(store.queue(later).op_id)
    finally:
        store.close()
