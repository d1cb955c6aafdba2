"""Migration 0008: a store of the previous release keeps its cases and queued actions, and
takes pieces from then on (the department's limit before /me says one: 200 MB)."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from investigator_app.domain.evidence import DEFAULT_MAX_PIECE_BYTES
from investigator_app.domain.lifecycle import Action
from investigator_app.store import LocalStore
from investigator_app.store.sealing import Sealer
from investigator_app.vault.cipher import new_key
from tests.store.case_factory import RECEIVED, make_case, me, page
from tests.store.evidence_factory import piece_in
from tests.store.investigation_factory import investigating
from tests.store.old_store import fill_as_an_older_release, queue_as_0005, store_at
from tests.support.operations import build_op, queue_action

NOW = RECEIVED + timedelta(days=10)


def test_a_store_of_the_previous_release_takes_pieces(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite"
    key = new_key()
    sealer = Sealer(key)
    engine = store_at(path, sealer, "0007")
    fill_as_an_older_release(engine, sealer, me(), page(make_case("c1"), cursor=1), tmp_path / "n")
    queued = build_op(
        "c1", Action.ACKNOWLEDGE, made_at=RECEIVED + timedelta(days=1), base_version=1
    )
    queue_as_0005(engine, sealer, queued)
    engine.dispose()

    store = LocalStore.open(path, key)
    try:
        assert [s.id for s in store.list_summaries(NOW)] == ["c1"]
        assert store.max_piece_bytes() == DEFAULT_MAX_PIECE_BYTES
        assert store.interview_notice() == ""
        assert [op.op_id for op in store.pending_operations(10)] == [queued.op_id]
        source = tmp_path / "stuk.txt"
        source.write_bytes(b"een stuk")
        file = store.import_piece_file(source)
        assert store.piece_bytes(file.sha256) == b"een stuk"
        store.apply_changes(page(investigating("c2"), cursor=2))
        queue_action(store, "c2", Action.ADD_PIECE, made_at=NOW, piece=piece_in(file))
        assert list(store.piece_uploads("c2")) == [file.sha256]
    finally:
        store.close()
