"""The keyed search index in SQLite (store/search_index.py) answers what the cases hold now:
through new snapshots, newer ones, tombstones, a reset of the feed and another account; the
same answers without FTS5 and after a rebuild; and it holds no word in the clear."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from investigator_app.protocol import CaseOut
from investigator_app.store import LocalStore, search_index
from tests.store.case_factory import COLLEAGUE, RECEIVED, make_case, me, page
from tests.store.disk_scan import hits

NOW = RECEIVED


def described(case_id: str, description: str, version: int = 1) -> CaseOut:
    return make_case(case_id, version=version).model_copy(update={"description": description})


def matches(store: LocalStore, word: str) -> set[str]:
    """The ids of the cases the index finds for ``word``."""
    keys = store.word_matches(word) or frozenset()
    return {row.id for row in store.list_summaries(NOW) if row.search_key in keys}


def test_the_index_follows_new_and_newer_snapshots_and_tombstones(store: LocalStore) -> None:
    store.apply_changes(
        page(
            described("c1", "Een aanbesteding in Overijse."),
            described("c2", "Aanbesteding van wegenwerken."),
            described("c3", "Diefstal van laptops."),
            cursor=3,
        )
    )
    assert matches(store, "aanbest") == {"c1", "c2"}
    assert matches(store, "overijse-aanbesteding") == {"c1"}  # every part, in one case
    assert matches(store, "Overijse") == {"c1"}

    # A newer snapshot replaces what the case said; the old words no longer find it.
    store.apply_changes(page(described("c1", "Een gift van een leverancier.", 2), cursor=4))
    assert matches(store, "aanbest") == {"c2"}
    assert matches(store, "overijse") == set()
    assert matches(store, "leverancier") == {"c1"}

    store.apply_changes(page("c2", cursor=5))  # the case left the department
    assert matches(store, "aanbest") == set()
    assert matches(store, "laptops") == {"c3"}
    with store.engine.begin() as conn:
        conn.exec_driver_sql(
            f"INSERT INTO {search_index.TABLE}({search_index.TABLE}) VALUES ('integrity-check')"
        )


def test_a_reset_of_the_feed_and_another_account_empty_the_index(store: LocalStore) -> None:
    store.apply_changes(page(described("c1", "Aanbesteding."), cursor=1))
    store.apply_changes(page(described("c9", "Laptops."), cursor=1, reset=True, first_seq=1))
    assert matches(store, "aanbesteding") == set()
    assert matches(store, "laptops") == {"c9"}
    store.set_identity(me(COLLEAGUE))
    assert matches(store, "laptops") == set()
    store.apply_changes(page(described("c1", "Laptops."), cursor=1))
    assert matches(store, "laptops") == {"c1"}


def test_without_fts5_and_after_a_rebuild_the_answers_are_the_same(store: LocalStore) -> None:
    texts = {f"c{n}": f"Woord{n} gedeeld {'extra' if n % 2 else ''}" for n in range(1, 7)}
    store.apply_changes(page(*(described(i, t) for i, t in texts.items()), cursor=6))
    questions = ["gedeeld", "extra", "woord3", "wo", "onbekend"]
    indexed = {word: matches(store, word) for word in questions}
    assert indexed["extra"] == {"c1", "c3", "c5"} and indexed["woord3"] == {"c3"}

    with store.engine.begin() as conn:  # the migration's path: number and index again
        search_index.rebuild(conn)
    assert {word: matches(store, word) for word in questions} == indexed

    with store.engine.begin() as conn:  # an SQLite without FTS5 never had the table
        conn.exec_driver_sql(f"DROP TABLE {search_index.TABLE}")
    assert {word: matches(store, word) for word in questions} == indexed
    store.apply_changes(page(described("c1", "Iets anders.", 2), cursor=7))
    assert matches(store, "extra") == {"c3", "c5"}


def test_the_index_holds_no_word_in_the_clear(tmp_path: Path) -> None:
    store = LocalStore.open(tmp_path / "data" / "store.sqlite3")
    store.set_identity(me())
    store.apply_changes(page(described("c1", "Quetzalaanbesteding bij Narwaldienst."), cursor=1))
    with store.engine.connect() as conn:
        tables = {
            name
            for (name,) in conn.execute(text("SELECT name FROM sqlite_master WHERE type='table'"))
        }
    assert search_index.TABLE in tables
    store.close()
    assert hits(tmp_path / "data", ["Quetzal", "quetzal", "Narwal", "narwal"]) == []
