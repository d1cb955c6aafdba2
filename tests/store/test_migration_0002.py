"""An existing store (schema 0001, with cases and unsent actions) upgrades to 0002 without
losing anything, and then takes the conversation with the reporter."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from alembic import command
from sqlalchemy import text

from investigator_app.domain.lifecycle import Action
from investigator_app.domain.vocabulary import Status
from investigator_app.store import LocalStore
from investigator_app.store.database import alembic_config, create_store_engine, writer
from investigator_app.vault.cipher import new_key
from tests.store.case_factory import RECEIVED, make_case, me, page
from tests.store.message_factory import answered, case_with, request

NOW = RECEIVED + timedelta(days=2)


def make_0001_store(path: Path) -> None:
    """A store as the previous release left it: created by 0001, then used."""
    engine = create_store_engine(path)
    config = alembic_config()
    with writer(engine).begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0001")
    engine.dispose()
    # Fill it through the 0001 schema only (today's code would write 0002's columns).
    engine = create_store_engine(path)
    case = make_case("c1", version=2, summary="Oude melding")
    with writer(engine).begin() as conn:
        conn.execute(
            text(
                "INSERT INTO cases (id, reference, version, department, status, channel, "
                "category, received_at, forwarded_at, summary, description, involved_entity, "
                "involved_persons, reporter_kind, search_text) VALUES (:id, :reference, 2, "
                "'AGO', 'forwarded', 'phone', 'bribery', :received, :forwarded, :summary, "
                "'beschrijving', 'Agentschap Wegen', '[]', 'citizen', 'oude melding')"
            ),
            {
                "id": case.id,
                "reference": case.reference,
                "received": "2026-03-02T09:30:00.000000+00:00",
                "forwarded": "2026-03-02T10:30:00.000000+00:00",
                "summary": case.summary,
            },
        )
        conn.execute(
            text(
                "INSERT INTO outbox (op_id, case_id, reference, action, reason, base_version, "
                "made_at, state, message, attempts) VALUES ('0f8b0e8a3c2a4d6e9d8b8c0a1b2c3d4e', "
                "'c1', :reference, 'acknowledge', '', 2, '2026-03-04T09:31:00.000000+00:00', "
                "'pending', '', 1)"
            ),
            {"reference": case.reference},
        )
        conn.execute(text("UPDATE sync_state SET cursor = 41"))
    engine.dispose()


def test_a_used_0001_store_upgrades_keeping_cases_and_unsent_actions(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite3"
    make_0001_store(path)

    store = LocalStore.open(path, new_key())  # the account's data key, from the keyring
    try:
        store.set_identity(me())
        [summary] = store.list_summaries(NOW)
        assert summary.status is Status.ACKNOWLEDGED  # the unsent action still shows
        assert summary.pending_actions == 1 and not summary.unread
        [op] = store.pending_operations(10)
        assert op.action is Action.ACKNOWLEDGE and op.message is None and op.base_version == 2
        detail = store.detail("c1", NOW)
        assert detail is not None and detail.messages == [] and detail.summary == "Oude melding"
        # Snapshots of 0001 lack their messages: the feed is read again from the start.
        assert store.cursor() == 0

        # The same version again fills in the conversation; nothing is announced as new.
        refreshed = case_with(answered(request("m1")), version=2, status=Status.FORWARDED)
        assert store.apply_page(page(refreshed, cursor=41)).answered_ids == []
        detail = store.detail("c1", NOW)
        assert detail is not None and [m.id for m in detail.messages] == ["m1"]
        assert store.pending_count() == 1
    finally:
        store.close()
