"""Migration 0006: an action the previous release sent many times while offline (each
send counted as an attempt then) is not refused at the first failure of the service."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from investigator_app.domain.lifecycle import Action
from investigator_app.store import LocalStore
from investigator_app.store.sealing import Sealer
from investigator_app.vault.cipher import new_key
from tests.store.case_factory import RECEIVED, make_case, me, page
from tests.store.old_store import fill_as_an_older_release, queue_as_0005, store_at
from tests.support.operations import build_op

REFUSE_AFTER = 5


def test_sends_while_offline_in_the_previous_release_count_as_no_failures(
    tmp_path: Path,
) -> None:
    path = tmp_path / "store.sqlite"
    key = new_key()
    sealer = Sealer(key)
    engine = store_at(path, sealer, "0005")
    fill_as_an_older_release(engine, sealer, me(), page(make_case("c1"), cursor=1), tmp_path / "n")
    op = build_op("c1", Action.ACKNOWLEDGE, made_at=RECEIVED + timedelta(days=1), base_version=1)
    # As the previous release (0005) left it after a day offline: sent, unanswered, often.
    queue_as_0005(engine, sealer, op, attempts=40)
    engine.dispose()

    store = LocalStore.open(path, key)  # the new release migrates it
    attempts = store.count_failure(op.op_id, "service answered 500", REFUSE_AFTER)

    assert attempts == 1
    assert store.operation_state(op.op_id) == "pending" and store.refused_actions() == []
    store.close()
