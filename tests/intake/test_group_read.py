"""Long-polls woken together read their page once, and each still gets the page as they see
it: their own notes, their own declaration, a tombstone for a case they recused from, the
reasons of recusals for managers only. Real service on loopback, SQLite and PostgreSQL."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import event, select

from investigator_app.domain.vocabulary import Role
from investigator_app.intake.accounts import create_user
from investigator_app.intake.actors import cli_actor
from investigator_app.intake.changes import read_changes, read_changes_for
from investigator_app.intake.db import utcnow
from investigator_app.intake.models import User
from investigator_app.intake.notifier import ChangeNotifier
from investigator_app.intake.settings import MailSettings, Settings
from investigator_app.intake.snapshots import Viewer
from investigator_app.protocol import API_PREFIX
from tests.support import web
from tests.support.engines import EngineLoan
from tests.support.relay import wait_until

from .conftest import World, op
from .test_notes import note

ABB = ("an", "jonas", "manager")


@pytest.fixture
def quiet_world(
    database_url: str, password_hash: str, tmp_path: Path, engines: EngineLoan
) -> Iterator[World]:
    """The world on a service whose long-polls never look by themselves: only a commit
    wakes them, so all of a department's wake at the same moment."""
    settings = Settings(
        database_url=database_url,
        mail=MailSettings(transport="folder", folder=tmp_path / "mail", poll_interval=600),
    )
    settings = replace(settings, poll_interval=30)
    with engines.service(database_url, settings=settings) as service:
        world = World(service, password_hash)
        yield world
        world.http.close()


def _seed(world: World) -> dict[str, str]:
    """ABB's cases with notes of every kind by several people, a recusal, a declaration,
    an assignee; one case at OMG. The cases name the same person, so they are related."""
    cases = {name: world.forwarded_case() for name in ("assigned", "declared", "recused")}
    cases["elsewhere"] = world.forwarded_case("OMG")
    assigned, declared, recused = cases["assigned"], cases["declared"], cases["recused"]
    [result] = world.operate(
        "manager", op(world.case(assigned, "manager"), "assign", assignee_id=world.ids["an"])
    )
    assert result["status"] == "applied", result
    world.operate(
        "an",
        op(assigned, "add_note", note=note("Eigen werkhypothese", "only_me")),
        op(assigned, "add_note", note=note("Voor het team", "case_team")),
        op(declared, "declare_no_conflict"),
    )
    world.operate(
        "jonas",
        op(assigned, "add_note", note=note("Jonas alleen", "only_me")),
        op(declared, "add_note", note=note("Jonas voor het team", "case_team")),
        op(recused, "recuse", reason="Familie van de betrokkene"),
    )
    world.operate("manager", op(recused, "add_note", note=note("Opvolgen", "case_team")))
    return cases


def _viewers(world: World, *people: str) -> dict[str, Viewer]:
    people = people or ABB
    with world.service.session() as session:
        rows = session.execute(
            select(User.id, User.role, User.department_id).where(
                User.id.in_([world.ids[who] for who in people])
            )
        ).all()
    by_id = {row.id: Viewer(row.id, row.role, row.department_id) for row in rows}
    return {who: by_id[world.ids[who]] for who in people}


def test_the_page_read_for_a_group_is_each_viewers_own_page(world: World) -> None:
    _seed(world)
    viewers = _viewers(world)
    assert world.service.app is not None
    db = world.service.app.state.database
    cipher = world.service.app.state.notes_cipher
    current = world.changes("an")["cursor"]
    for cursor in (0, current // 2, current, current + 5):
        for limit in (1000, 2):
            together = read_changes_for(db, list(viewers.values()), cursor, limit, cipher)
            for who, viewer in viewers.items():
                alone = read_changes(db, viewer, cursor, limit, cipher)
                assert together[viewer] == alone, (who, cursor, limit)
    # The pages do differ per viewer: the test would otherwise prove little.
    pages = read_changes_for(db, list(viewers.values()), 0, 1000, cipher)
    assert len({pages[v].model_dump_json() for v in viewers.values()}) == len(ABB)


def test_viewers_the_page_does_not_involve_share_one_page_per_role(world: World) -> None:
    """A forward wakes a whole department: everyone the page does not name (no note of
    theirs, not the assignee, no declaration) sees it as their role does, and gets the
    same page, serialised once; the people it names still get their own."""
    cases = _seed(world)
    now = utcnow()
    extra = {"lies": Role.INVESTIGATOR, "pieter": Role.INVESTIGATOR, "sara": Role.MANAGER}
    with world.service.session() as session:
        for who, role in extra.items():
            user = create_user(
                session,
                cli_actor(),
                username=f"{who}.abb",
                display_name=who.title(),
                role=role,
                department_code="ABB",
                password_hash="unused",
                now=now,
            )
            world.ids[who] = user.id
    viewers = _viewers(world, *ABB, *extra)
    assert world.service.app is not None
    db = world.service.app.state.database
    cipher = world.service.app.state.notes_cipher
    cursor = world.changes("an")["cursor"]
    [noted] = world.operate(
        "manager", op(cases["assigned"], "add_note", note=note("Nieuw", "case_team"))
    )
    assert noted["status"] == "applied", noted

    pages = read_changes_for(db, list(viewers.values()), cursor, 1000, cipher)
    for who, viewer in viewers.items():
        assert pages[viewer] == read_changes(db, viewer, cursor, 1000, cipher), who
    assert pages[viewers["lies"]] is pages[viewers["pieter"]]
    # The manager sees what the investigators do not (the team's notes of a case that is
    # not theirs); An is the assignee, and the note's author has a page of her own.
    assert pages[viewers["sara"]] is not pages[viewers["lies"]]
    assert pages[viewers["sara"]] is not pages[viewers["manager"]]
    assert pages[viewers["an"]] is not pages[viewers["lies"]]
    [lies_case] = [c["case"] for c in pages[viewers["lies"]].model_dump()["changes"]]
    [an_case] = [c["case"] for c in pages[viewers["an"]].model_dump()["changes"]]
    assert [n["body"] for n in an_case["notes"]] == [
        "Eigen werkhypothese",
        "Voor het team",
        "Nieuw",
    ]
    assert lies_case["notes"] == []


class _Waiter(threading.Thread):
    """A desktop's long-poll from ``cursor``."""

    def __init__(self, world: World, who: str, cursor: int) -> None:
        super().__init__(daemon=True)
        self.url = f"{world.service.base_url}{API_PREFIX}/changes"
        self.params = {"cursor": cursor, "wait": 20}
        self.headers = world.auth(who)
        self.response: httpx.Response | None = None

    def run(self) -> None:
        self.response = web.get(self.url, params=self.params, headers=self.headers, timeout=30)

    def page(self) -> dict[str, Any]:
        assert self.response is not None and self.response.status_code == 200
        return dict(self.response.json())


def test_long_polls_woken_together_each_get_their_own_page_read_once(
    quiet_world: World,
) -> None:
    world = quiet_world
    cases = _seed(world)
    assert world.service.app is not None
    notifier: ChangeNotifier = world.service.app.state.notifier
    engine = world.service.app.state.database.engine
    cursor = world.changes("an")["cursor"]
    waiters = [_Waiter(world, who, cursor) for who in ABB for _device in range(2)]
    for waiter in waiters:
        waiter.start()
    wait_until(lambda: notifier.waiting() == len(waiters))

    case_reads: list[str] = []

    def count(*args: Any) -> None:
        if "JOIN reporters" in args[2]:  # the cases of a page, as snapshots load them
            case_reads.append(args[2])

    event.listen(engine, "before_cursor_execute", count)
    try:
        # The manager writes on the case Jonas recused from: the change every waiter
        # sees differently (Jonas: a tombstone; An: no reason for his recusal).
        [noted] = world.operate(
            "manager", op(cases["recused"], "add_note", note=note("Dringend", "case_team"))
        )
        assert noted["status"] == "applied"
        for waiter in waiters:
            waiter.join(timeout=10)
    finally:
        event.remove(engine, "before_cursor_execute", count)
    assert not any(waiter.is_alive() for waiter in waiters)
    # One read for the operation's answer, one for the six woken long-polls.
    assert len(case_reads) == 2, len(case_reads)

    pages = {waiter.headers["Authorization"]: waiter.page() for waiter in waiters}
    for waiter in waiters:
        who = next(w for w in ABB if world.auth(w) == waiter.headers)
        assert waiter.page() == world.changes(who, cursor)  # what a plain read gives them
    [jonas] = world.changes("jonas", cursor)["changes"]
    assert (jonas["case_id"], jonas["deleted"], jonas["case"]) == (cases["recused"], True, None)
    [an] = world.changes("an", cursor)["changes"]
    [manager] = world.changes("manager", cursor)["changes"]
    assert an["case"]["notes"] == []  # the case team's notes: not hers (not the assignee)
    assert {n["body"] for n in manager["case"]["notes"]} == {"Opvolgen", "Dringend"}
    [seen_by_an] = an["case"]["recusals"]
    [seen_by_manager] = manager["case"]["recusals"]
    assert seen_by_an["reason"] is None
    assert seen_by_manager["reason"] == "Familie van de betrokkene"
    assert len(pages) == len(ABB)
