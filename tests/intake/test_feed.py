"""The change feed: ordered pages per department, one row per case, tombstones, resets,
and no way into another department's cases."""

from __future__ import annotations

import threading
import uuid
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import event, insert, update

from investigator_app.intake.db import utcnow
from investigator_app.intake.embedded import EmbeddedService
from investigator_app.intake.models import Case, CaseEvent, Department, FeedEntry, Reporter
from investigator_app.protocol import API_PREFIX
from tests.support import web
from tests.support.investigation import allegation, task

from .conftest import World, op, report_body


def _all_changes(world: World, who: str, cursor: int = 0, limit: int = 1000) -> list[Any]:
    changes: list[Any] = []
    while True:
        page = world.changes(who, cursor, limit=limit)
        changes += page["changes"]
        cursor = page["cursor"]
        if not page["has_more"]:
            return changes


def test_pages_come_in_seq_order_with_progress(world: World) -> None:
    abb = [world.forwarded_case("ABB") for _ in range(7)]
    omg = [world.forwarded_case("OMG") for _ in range(2)]

    seen: list[str] = []
    seqs: list[int] = []
    cursor = 0
    pages = 0
    while True:
        page = world.changes("an", cursor, limit=3)
        pages += 1
        seen += [c["case_id"] for c in page["changes"]]
        seqs += [c["seq"] for c in page["changes"]]
        assert page["remaining"] == 7 - len(seen)
        assert page["has_more"] == (page["remaining"] > 0)
        assert page["cursor"] == seqs[-1]
        cursor = page["cursor"]
        if not page["has_more"]:
            break
    assert pages == 3
    assert seen == abb
    assert seqs == sorted(seqs) and len(set(seqs)) == len(seqs)
    assert [c["case_id"] for c in _all_changes(world, "tom")] == omg

    nothing_new = world.changes("an", cursor)
    assert nothing_new == {
        "changes": [],
        "cursor": cursor,
        "has_more": False,
        "remaining": 0,
        "reset": False,
    }


def test_a_case_changed_many_times_is_one_row_with_its_latest_state(world: World) -> None:
    case_id = world.forwarded_case()
    cursor = world.changes("an")["cursor"]
    case = world.case(case_id)
    steps: list[tuple[str, dict[str, Any]]] = [
        ("acknowledge", {}),
        ("assign", {"assignee_id": world.ids["jonas"]}),
        ("start_assessment", {}),
    ]
    for action, fields in steps:
        [result] = world.operate("an", op(case, action, **fields))
        assert result["status"] == "applied", result
        case = result["case"]

    after = world.changes("an", cursor)
    assert [c["case_id"] for c in after["changes"]] == [case_id]  # compacted
    latest = after["changes"][0]["case"]
    assert latest["status"] == "assessing" and latest["version"] == 5
    assert latest["assignee"]["display_name"] == "Jonas Maes"
    assert [e["kind"] for e in latest["events"]][-3:] == [
        "acknowledged",
        "assigned",
        "assessment_started",
    ]
    assert latest["events"][-2]["assignee"] == "Jonas Maes"
    assert latest["events"][-1]["actor"] == "An Peeters"  # own department: the person
    assert len(_all_changes(world, "an")) == 1


def test_returned_case_leaves_a_tombstone(world: World) -> None:
    keep = world.forwarded_case()
    # Other names than ``keep``'s: a re-route of a case naming the same people signals the
    # department that keeps the other one (related cases), which is not this test's point.
    leave = world.forwarded_case(involved_entity="Stad Elders", involved_persons=["Iemand Anders"])
    cursor = world.changes("an")["cursor"]
    [result] = world.operate("an", op(world.case(leave), "return_to_1700", reason="Niet bevoegd"))
    assert result["status"] == "applied"
    assert result["case"] is None  # the department no longer sees it

    after = world.changes("an", cursor)["changes"]
    assert [(c["case_id"], c["deleted"], c["case"]) for c in after] == [(leave, True, None)]
    # A desktop starting from scratch gets the living case and the tombstone.
    fresh = {c["case_id"]: c["deleted"] for c in _all_changes(world, "an")}
    assert fresh == {keep: False, leave: True}

    world.post("operator", f"/intake/reports/{leave}/reroute", {"department": "OMG"})
    assert world.case(leave, who="tom")["status"] == "forwarded"
    assert world.changes("an", after[-1]["seq"])["changes"] == []  # ABB hears nothing more


# Decided before any SQL that differs between databases: one database is enough.
@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_cursor_games_are_refused_or_reset(world: World) -> None:
    world.forwarded_case()
    for params in (
        {"cursor": -1},
        {"cursor": "abc"},
        {"cursor": "1.5"},
        {"cursor": 2**63},
        {"limit": 0},
        {"limit": 1001},
        {"limit": "many"},
        {"wait": 31},
        {"wait": -1},
    ):
        response = world.get("an", "/changes", params=params)
        assert response.status_code == 422, params
        assert response.json()["detail"]["code"] == "invalid_request"

    ahead = world.changes("an", 10**9)
    assert ahead["reset"] is True
    assert ahead["changes"] == []
    assert ahead["cursor"] == 0 and ahead["remaining"] == 1
    # The cursor of another, busier department is no key to anything either.
    for _ in range(3):
        world.forwarded_case("OMG")
    tom_cursor = world.changes("tom")["cursor"]
    assert world.changes("an", tom_cursor)["reset"] is True


def test_other_departments_cases_never_show(world: World) -> None:
    abb_case = world.forwarded_case("ABB", summary="Geheim dossier van ABB")
    world.operate("an", op(world.case(abb_case), "acknowledge"))
    omg_case = world.forwarded_case("OMG")
    raw = world.get("tom", "/changes", params={"limit": 1000}).text
    assert abb_case not in raw and "Geheim dossier" not in raw
    assert omg_case in raw
    default_limit = world.get("tom", "/changes").json()
    assert [c["case_id"] for c in default_limit["changes"]] == [omg_case]


def test_an_up_to_date_poll_costs_the_token_check_alone(world: World) -> None:
    # The desktops' most frequent request (bench/service_load.py): the token check brings
    # the department's feed position along, so an up-to-date cursor reads nothing else.
    world.forwarded_case()
    cursor = world.changes("an")["cursor"]
    statements: list[str] = []

    def count(*args: Any) -> None:
        if threading.current_thread().name != "intake-relay":  # the relay's own rounds
            statements.append(str(args[2]))

    engine = world.service.engine
    event.listen(engine, "before_cursor_execute", count)
    try:
        page = world.changes("an", cursor)
    finally:
        event.remove(engine, "before_cursor_execute", count)
    assert page == {
        "changes": [],
        "cursor": cursor,
        "has_more": False,
        "remaining": 0,
        "reset": False,
    }
    queries = [statement for statement in statements if statement != "BEGIN"]  # SQLite's
    assert len(queries) == 1 and "device_tokens" in queries[0], statements


def test_a_page_costs_a_fixed_number_of_queries(world: World) -> None:
    ids = [world.forwarded_case() for _ in range(12)]
    statements: list[str] = []

    def count(*args: Any) -> None:
        if threading.current_thread().name != "intake-relay":  # the relay's own rounds
            statements.append(str(args[2]))

    def queries(cursor: int, limit: int) -> tuple[int, dict[str, Any]]:
        statements.clear()
        engine = world.service.engine
        event.listen(engine, "before_cursor_execute", count)
        try:
            page = world.changes("an", cursor, limit=limit)
        finally:
            event.remove(engine, "before_cursor_execute", count)
        return len(statements), page

    queries_small, small = queries(0, 2)
    queries_big, big = queries(0, 12)
    assert len(small["changes"]) == 2 and len(big["changes"]) == 12
    # cases, events, people, departments, messages, case attachments, notes with their
    # versions, declarations, allegations, tasks, whether any pieces or interview records
    # (+ transaction)
    assert queries_big == queries_small <= 18

    # Pages with investigations: their earlier wordings and findings too, whatever the size.
    cursor = world.changes("an")["cursor"]
    for case_id in ids[:3]:
        [ack] = world.operate("an", op(world.case(case_id), "acknowledge"))
        charge = allegation()
        edited = dict(charge, text="Herzien")
        results = world.operate(
            "an",
            op(ack["case"], "assign", assignee_id=world.ids["an"]),
            op(case_id, "add_allegation", allegation=charge),
            op(case_id, "edit_allegation", allegation=edited),
            op(case_id, "add_task", task=task()),
        )
        assert [r["status"] for r in results] == ["applied"] * 4, results
    queries_small, small = queries(cursor, 2)
    queries_big, big = queries(cursor, 12)
    assert len(small["changes"]) == 2 and len(big["changes"]) == 3
    assert all(c["case"]["investigation"]["allegations"] for c in big["changes"])
    # The page of 3 under a limit of 12 needs no count of what remains: one query fewer.
    assert queries_big == queries_small - 1 <= 19


def _bulk_cases(world: World, count: int, events_per_case: int) -> None:
    """Insert forwarded cases straight into the tables (the API would take minutes)."""
    now = utcnow()
    with world.service.session() as session:
        department = session.query(Department).filter_by(code="ABB").one()
        reporter_id = str(uuid.uuid4())
        session.execute(
            insert(Reporter),
            [dict(id=reporter_id, kind="citizen", name="Bulk", phone="1", language="nl")],
        )
        cases, events, feed = [], [], []
        for number in range(1, count + 1):
            case_id = str(uuid.uuid4())
            cases.append(
                dict(
                    id=case_id,
                    reference=f"1700-2001-{number:06d}",
                    status="investigating",
                    version=events_per_case,
                    department_id=department.id,
                    channel="email",
                    category="bribery",
                    received_at=now - timedelta(days=30),
                    registered_at=now - timedelta(days=30),
                    forwarded_at=now - timedelta(days=29),
                    acknowledged_at=now - timedelta(days=28),
                    updated_at=now,
                    summary="Samenvatting van een fictieve melding " * 3,
                    description="Beschrijving van een fictieve melding. " * 30,
                    involved_entity="Gemeente Lindebeek",
                    involved_persons=["Ward Verhaegen", "Nele Segers"],
                    reporter_id=reporter_id,
                    assignee_id=world.ids["an"],
                )
            )
            for version in range(1, events_per_case + 1):
                events.append(
                    dict(
                        id=str(uuid.uuid4()),
                        case_id=case_id,
                        case_version=version,
                        at=now - timedelta(days=30 - version),
                        actor_id=world.ids["an"] if version > 2 else world.ids["operator"],
                        actor_department_id=department.id if version > 2 else None,
                        kind="acknowledged",
                        reason="Een korte motivering.",
                    )
                )
            feed.append(dict(department_id=department.id, case_id=case_id, seq=number))
        session.execute(insert(Case), cases)
        session.execute(insert(CaseEvent), events)
        session.execute(insert(FeedEntry), feed)
        session.execute(
            update(Department).where(Department.id == department.id).values(feed_seq=count)
        )


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_thousands_of_cases_page_through_completely(world: World) -> None:
    # Speed is measured by bench/sync_bench.py; this checks the pages are whole.
    count = 3000
    _bulk_cases(world, count, events_per_case=5)
    changes = _all_changes(world, "an", limit=1000)
    assert len(changes) == count
    assert len({c["case_id"] for c in changes}) == count
    assert all(len(c["case"]["events"]) == 5 for c in changes)
    assert changes[0]["case"]["events"][0]["actor"] == "1700"


def test_a_reader_never_misses_a_change_committed_late(world: World, database_url: str) -> None:
    """Writers on two service copies commit in any order; a desktop paging by cursor
    meanwhile must still end up with every case (seq order is commit order)."""
    with EmbeddedService(database_url) as other_copy:
        bases = [world.service.base_url + API_PREFIX, other_copy.base_url + API_PREFIX]
        writers_done = threading.Event()
        seen: dict[str, int] = {}

        def read() -> None:
            cursor = 0
            with web.client(base_url=bases[0], headers=world.auth("an"), timeout=30) as client:
                while True:
                    params = {"cursor": cursor, "limit": 7, "wait": 0.3}
                    page = client.get("/changes", params=params).json()
                    for change in page["changes"]:
                        seen[change["case_id"]] = change["case"]["version"]
                    cursor = page["cursor"]
                    if writers_done.is_set() and not page["changes"]:
                        return

        def write(index: int) -> None:
            base = bases[index % 2]
            with web.client(base_url=base, headers=world.auth("operator"), timeout=30) as desk:
                for _ in range(8):
                    case_id = desk.post("/intake/reports", json=report_body()).json()["id"]
                    desk.post(f"/intake/reports/{case_id}/forward", json={"department": "ABB"})

        reader = threading.Thread(target=read, daemon=True)
        reader.start()
        writers = [threading.Thread(target=write, args=(i,), daemon=True) for i in range(4)]
        for writer in writers:
            writer.start()
        for writer in writers:
            writer.join(timeout=60)
        writers_done.set()
        reader.join(timeout=30)
    assert not reader.is_alive()
    everything = {c["case_id"]: c["case"]["version"] for c in _all_changes(world, "an")}
    assert len(everything) == 32
    assert seen == everything
