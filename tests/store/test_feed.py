"""Applying pages of the change feed."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from investigator_app.domain.vocabulary import Status
from investigator_app.store import LocalStore
from tests.store.case_factory import make_case, page

NOW = datetime(2026, 3, 4, 12, 0, tzinfo=UTC)


def test_page_adds_cases_and_moves_the_cursor(store: LocalStore) -> None:
    changed = store.apply_changes(page(make_case("c1"), make_case("c2", events=3), cursor=2))

    assert changed == ["c1", "c2"]
    assert store.cursor() == 2
    assert [s.id for s in store.list_summaries(NOW)] == sorted(
        ["c1", "c2"], key=lambda i: make_case(i).reference
    )
    detail = store.detail("c2", NOW)
    assert detail is not None
    assert [e.actor for e in detail.timeline] == ["1700"] * 3
    assert detail.involved_persons == ["J. Janssens"]
    assert detail.received_at == make_case("c2").received_at


def test_newer_snapshot_replaces_and_stale_one_is_ignored(store: LocalStore) -> None:
    store.apply_changes(page(make_case("c1", version=3, summary="v3"), cursor=1))

    assert store.apply_changes(page(make_case("c1", version=2, summary="old"), cursor=2)) == []
    detail = store.detail("c1", NOW)
    assert detail is not None and detail.summary == "v3" and detail.version == 3
    assert store.cursor() == 2  # the cursor moves on even when nothing was newer

    store.apply_changes(page(make_case("c1", version=4, summary="v4", events=2), cursor=3))
    detail = store.detail("c1", NOW)
    assert detail is not None and detail.summary == "v4" and len(detail.timeline) == 2


def test_tombstone_removes_the_case(store: LocalStore) -> None:
    store.apply_changes(page(make_case("c1"), make_case("c2"), cursor=2))

    changed = store.apply_changes(page("c1", cursor=3))

    assert changed == ["c1"]
    assert store.detail("c1", NOW) is None
    assert [s.id for s in store.list_summaries(NOW)] == ["c2"]


def test_case_that_leaves_and_returns_within_one_page_stays(store: LocalStore) -> None:
    store.apply_changes(page(make_case("c1"), cursor=1))
    store.apply_changes(page("c1", make_case("c1", version=5), cursor=3))
    assert store.detail("c1", NOW) is not None


def test_reset_drops_local_cases_and_restarts(store: LocalStore) -> None:
    store.apply_changes(page(make_case("c1"), make_case("c2"), cursor=40))

    changed = store.apply_changes(page(make_case("c3"), cursor=1, reset=True))

    assert set(changed) == {"c1", "c2", "c3"}
    assert [s.id for s in store.list_summaries(NOW)] == ["c3"]
    assert store.cursor() == 1


def test_failure_mid_page_applies_nothing(store: LocalStore) -> None:
    store.apply_changes(page(make_case("c0"), cursor=1))
    with store.engine.begin() as conn:  # a disk error while writing the second case
        conn.execute(
            text(
                "CREATE TRIGGER fail BEFORE INSERT ON case_events WHEN NEW.id = 'c2-e0' "
                "BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END"
            )
        )

    with pytest.raises(IntegrityError):
        store.apply_changes(page(make_case("c1"), make_case("c2"), "c0", cursor=4))

    assert store.cursor() == 1
    assert [s.id for s in store.list_summaries(NOW)] == ["c0"]


def test_ten_thousand_cases_apply_page_by_page(store: LocalStore) -> None:
    # Speed is measured by bench/sync_bench.py; this checks ten pages land whole.
    pages = [
        page(
            *(make_case(f"case-{p}-{n}", events=5) for n in range(1000)),
            cursor=(p + 1) * 1000,
            has_more=p < 9,
            remaining=(9 - p) * 1000,
        )
        for p in range(10)
    ]
    for each in pages:
        store.apply_changes(each)

    rows = store.list_summaries(NOW)
    assert len(rows) == 10_000
    assert store.cursor() == 10_000
    assert rows[0].status is Status.FORWARDED
