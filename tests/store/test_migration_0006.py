"""Migration 0006: an action the previous release sent many times while offline (each
send counted as an attempt then) is not refused at the first failure of the service."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from sqlalchemy import text

from investigator_app.domain.lifecycle import Action
from investigator_app.store import LocalStore
from investigator_app.store.database import writer
from tests.store.case_factory import RECEIVED, make_case, me, page
from tests.support.operations import queue_action

REFUSE_AFTER = 5


def test_sends_while_offline_in_the_previous_release_count_as_no_failures(
    tmp_path: Path,
) -> None:
    path = tmp_path / "store.sqlite"
    store = LocalStore.open(path)
    store.set_identity(me())
    store.apply_changes(page(make_case("c1"), cursor=1))
    op_id = queue_action(store, "c1", Action.ACKNOWLEDGE, made_at=RECEIVED + timedelta(days=1))
    # As the previous release (0005) left it after a day offline: sent, unanswered, often.
    with writer(store.engine).begin() as conn:
        conn.execute(text("UPDATE outbox SET attempts = 40"))
        conn.execute(text("UPDATE alembic_version SET version_num = '0005'"))
    store.close()

    store = LocalStore.open(path)  # the new release migrates it
    attempts = store.count_failure(op_id, "service answered 500", REFUSE_AFTER)

    assert attempts == 1
    assert store.operation_state(op_id) == "pending" and store.refused_actions() == []
    store.close()
