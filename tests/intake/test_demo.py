"""The demo data, seeded once per backend for this module's tests and read back through the
same API the desktop syncs from: a believable department with cases in every state and its
conversations with reporters; investigations (issue 11) with realistic allegations,
findings and plans, closings that obey the rules, each department its own; and evidence:
pieces whose bytes match their sha256 and an interview record signed with a piece."""

from __future__ import annotations

import hashlib
import random
import uuid
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import httpx
import pytest
from sqlalchemy import func, select

from investigator_app.domain.deadlines import BRUSSELS, DeadlineState, next_deadline
from investigator_app.domain.events import EventKind
from investigator_app.domain.evidence import CustodyKind, PieceType
from investigator_app.domain.investigation import (
    FOUNDED_CONCLUSIONS,
    Conclusion,
    Investigation,
    SourceKind,
    TaskState,
    check_close,
    derived_outcome,
    outcome_without_investigation,
    overdue,
)
from investigator_app.domain.messages import MessageKind, MessageState, is_overdue
from investigator_app.domain.vocabulary import Outcome, Status
from investigator_app.intake.db import utcnow
from investigator_app.intake.demo import DemoAccount, DemoAccounts, forward_new_demo_case, seed_demo
from investigator_app.intake.demo_data import CASES
from investigator_app.intake.demo_evidence import DEMO_NOTICE
from investigator_app.intake.demo_investigations import INVESTIGATIONS
from investigator_app.intake.embedded import EmbeddedService
from investigator_app.intake.models import Case, CaseEvent, Reporter, User
from investigator_app.intake.note_cipher import NoteCipher
from investigator_app.intake.snapshots import Viewer, build_snapshots
from investigator_app.protocol import API_PREFIX, CaseOut
from tests.support import web
from tests.support.operations import wire_op

ABB_PEOPLE = {"An Peeters", "Jonas Maes", "Els Wouters"}


def _headers(client: httpx.Client, account: DemoAccount) -> dict[str, str]:
    login = client.post(
        "/auth/login", json={"username": account.username, "password": account.password}
    )
    assert login.status_code == 200, login.text
    return {"Authorization": f"Bearer {login.json()['token']}"}


@dataclass(frozen=True)
class Demo:
    service: EmbeddedService
    accounts: DemoAccounts
    now: datetime  # when it was seeded


@pytest.fixture(scope="module")
def demo(module_database_url: str) -> Iterator[Demo]:
    """The demo seeded once (seconds of CPU) for the tests below, which read it; the one
    that adds a case runs last but one, before the one that adds a note and a recusal."""
    now = utcnow()
    with EmbeddedService(module_database_url) as service:
        yield Demo(service, seed_demo(service.engine, now), now)


def test_one_demo_case_has_pieces_and_a_signed_interview_record(demo: Demo) -> None:
    service, accounts = demo.service, demo.accounts
    with web.client(base_url=service.base_url + API_PREFIX) as client:
        account = accounts.investigator
        login = client.post(
            "/auth/login", json={"username": account.username, "password": account.password}
        )
        headers = {"Authorization": f"Bearer {login.json()['token']}"}
        page = client.get("/changes", params={"limit": 1000}, headers=headers).json()
        cases = [CaseOut.model_validate(c["case"]) for c in page["changes"] if c["case"]]
        [case] = [c for c in cases if c.investigation.pieces]
        inv = case.investigation
        assert [p.facts.type for p in inv.pieces] == [
            PieceType.REGISTER_EXTRACT,
            PieceType.PHOTO,
            PieceType.INTERVIEW_RECORD,
        ]
        for piece in inv.pieces:
            path = f"/cases/{case.id}/pieces/{piece.id}/content"
            content = client.get(path, headers=headers)
            assert hashlib.sha256(content.content).hexdigest() == piece.file.sha256
        minutes = inv.pieces[0]
        assert [e.kind for e in minutes.custody] == [CustodyKind.ADDED, CustodyKind.OPENED]
        cited = {
            s.ref
            for a in inv.allegations
            if a.finding is not None
            for s in a.finding.facts.sources
            if s.kind is SourceKind.PIECE
        }
        assert cited == {minutes.id}
        [record] = inv.interviews
        assert record.signature is not None
        assert record.signature.piece_id == inv.pieces[2].id
        assert record.facts.notice == DEMO_NOTICE and record.facts.notice_read
        me = client.get("/me", headers=headers).json()
        assert me["settings"]["interview_notice"] == DEMO_NOTICE


def feed(client: httpx.Client, account: DemoAccount) -> list[CaseOut]:
    """The cases ``account`` syncs, as the desktop reads them."""
    login = client.post(
        "/auth/login", json={"username": account.username, "password": account.password}
    )
    assert login.status_code == 200
    headers = {"Authorization": f"Bearer {login.json()['token']}"}
    page = client.get("/changes", params={"limit": 1000}, headers=headers).json()
    return [CaseOut.model_validate(c["case"]) for c in page["changes"] if not c["deleted"]]


def assert_cited_pieces_are_on_the_case(case: CaseOut) -> None:
    files = {a.sha256 for a in case.attachments}
    answers = {m.id: {a.sha256 for a in m.attachments} for m in case.messages if m.answer}
    for allegation in case.investigation.allegations:
        if allegation.finding is None:
            continue
        for source in allegation.finding.facts.sources:
            if source.kind is SourceKind.CASE_FILE:
                assert source.ref in files
            elif source.kind is SourceKind.ANSWER:
                assert source.ref in answers
            elif source.kind is SourceKind.PIECE:
                assert source.ref in {p.id for p in case.investigation.pieces}
            else:
                assert source.message_id in answers
                assert source.ref in answers[source.message_id]


def assert_closing_obeys_the_rules(case: CaseOut) -> None:
    inv: Investigation = case.investigation
    assert case.outcome is not None
    if case.closing_ground is not None:  # closed without investigation
        assert inv.empty
        assert case.outcome is outcome_without_investigation(case.closing_ground)
        return
    assert inv.standing and derived_outcome(inv) is case.outcome
    check_close(inv, Status.INVESTIGATING, case.outcome, None)  # raises when it may not


def test_every_investigating_or_investigated_demo_case_has_a_plan_and_no_other() -> None:
    summaries = {case.summary: case for case in CASES}
    assert set(INVESTIGATIONS) <= set(summaries)  # each plan names a demo case
    for case in CASES:
        investigated = case.status is Status.INVESTIGATING or (
            case.status is Status.CLOSED and case.ground is None
        )
        assert (case.summary in INVESTIGATIONS) is investigated, case.summary


def test_the_demo_investigations_are_realistic_and_follow_the_rules(demo: Demo) -> None:
    service, accounts, now = demo.service, demo.accounts, demo.now
    today = now.astimezone(BRUSSELS).date()
    client = web.client(base_url=service.base_url + API_PREFIX)
    abb = feed(client, accounts.investigator)
    colleagues = (accounts.other_investigator, *accounts.extra)
    others = {a.department: feed(client, a) for a in colleagues}
    client.close()

    investigating = [c for c in abb if c.status is Status.INVESTIGATING]
    assert len(investigating) >= 4
    for case in investigating:
        assert case.investigation.allegations and case.investigation.tasks, case.reference
        assert all(a.facts.text.strip() and a.facts.persons for a in case.investigation.standing)
    closed = [c for c in abb if c.status is Status.CLOSED]
    assert any(c.closing_ground is None for c in closed)  # closed after an investigation
    assert any(c.closing_ground is not None for c in closed)  # and without one
    for case in closed:
        assert_closing_obeys_the_rules(case)
    for case in abb:
        assert_cited_pieces_are_on_the_case(case)

    allegations = [a for c in abb for a in c.investigation.allegations]
    findings = [a.finding for a in allegations if a.finding is not None]
    assert {f.facts.conclusion for f in findings} == set(Conclusion)  # a mix
    founded = [f for f in findings if f.facts.conclusion in FOUNDED_CONCLUSIONS]
    assert all(f.facts.follow_up is not None for f in founded)
    assert len({f.facts.follow_up for f in founded}) >= 3 and any(
        f.facts.follow_up_text for f in founded
    )
    assert {s.kind for f in findings for s in f.facts.sources} == set(SourceKind)
    assert any(a.finding is None for c in investigating for a in c.investigation.standing)
    withdrawn = [a for a in allegations if a.withdrawn is not None]
    assert withdrawn and all(a.withdrawn.reason.strip() for a in withdrawn if a.withdrawn)
    assert any(a.withdrawn.by == "Els Wouters" for a in withdrawn if a.withdrawn)  # a manager
    edited = [a for a in allegations if a.version > 1]
    assert edited and all(a.earlier and a.earlier[0].facts != a.facts for a in edited)

    tasks = [t for c in abb for t in c.investigation.tasks]
    assert Counter(t.state for t in tasks).keys() == set(TaskState)
    assert {t.owner for t in tasks} <= ABB_PEOPLE and len({t.owner for t in tasks}) == 3
    assert all(t.state_by and t.state_at for t in tasks if t.state is not TaskState.OPEN)
    late = [t for t in tasks if overdue(t, today)]
    assert len(late) == 1 and late[0].owner == "An Peeters"  # her notice and Mijn taken
    assert any(t.due is not None and t.due >= today for t in tasks if t.state is TaskState.OPEN)
    started = EventKind.INVESTIGATION_STARTED
    motivations = [e.reason for c in investigating for e in c.events if e.kind is started]
    assert any(motivations)  # why the investigation started, on the timeline

    # Each department sees its own investigations only, made by its own people.
    for department, cases in others.items():
        assert {c.department for c in cases} <= {department}
        people = {t.owner for c in cases for t in c.investigation.tasks}
        people |= {a.created_by for c in cases for a in c.investigation.allegations}
        assert not people & ABB_PEOPLE, department
        for case in cases:
            if case.status is Status.INVESTIGATING:
                assert case.investigation.allegations and case.investigation.tasks
            if case.status is Status.CLOSED:
                assert_closing_obeys_the_rules(case)
            assert_cited_pieces_are_on_the_case(case)


def test_demo_seed_covers_every_state(demo: Demo) -> None:
    service, accounts, now = demo.service, demo.accounts, demo.now
    assert seed_demo(service.engine, now) == accounts  # a second run adds nothing
    assert accounts.operator.username == "1700.operator"
    assert accounts.investigator.department == accounts.colleague.department == "ABB"
    assert accounts.manager.department == "ABB" and accounts.manager.role == "manager"
    assert accounts.other_investigator.department not in (None, "ABB")
    with service.database.read() as session:
        cases = session.scalars(select(Case)).all()
        latest_event = session.scalar(select(func.max(CaseEvent.at)))
        reporters = session.scalar(select(func.count()).select_from(Reporter))
    assert 35 <= len(cases) <= 45 and reporters == len(cases)
    assert latest_event is not None and latest_event <= now
    assert {c.status for c in cases} == set(Status)
    assert {c.outcome for c in cases if c.status is Status.CLOSED} == set(Outcome)
    departments = Counter(c.department_id for c in cases if c.department_id is not None)
    assert len(departments) == 4
    states = Counter(
        deadline.state
        for c in cases
        if (deadline := next_deadline(c.status, c.received_at, c.acknowledged_at, now))
    )
    assert states[DeadlineState.OVERDUE] >= 2 and states[DeadlineState.DUE_SOON] >= 2

    client = web.client(base_url=service.base_url + API_PREFIX)
    login = client.post(
        "/auth/login",
        json={
            "username": accounts.investigator.username,
            "password": accounts.investigator.password,
        },
    )
    assert login.status_code == 200
    headers = {"Authorization": f"Bearer {login.json()['token']}"}
    page = client.get("/changes", params={"limit": 1000}, headers=headers).json()
    live = [c["case"] for c in page["changes"] if not c["deleted"]]
    assert {c["department"] for c in live} == {"ABB"}
    assert len(live) >= 20
    for case in live:
        times = [datetime.fromisoformat(e["at"]) for e in case["events"]]
        assert times == sorted(times) and times[-1] <= now
    _assert_demo_conversations(live, now)
    rerouted = [c for c in live if any(e["kind"] == "rerouted" for e in c["events"])]
    assert rerouted and any(
        e["actor"] == "Departement Omgeving" for c in rerouted for e in c["events"]
    )

    reference = forward_new_demo_case(service.engine, utcnow(), rng=random.Random(4))
    newer = client.get("/changes", params={"cursor": page["cursor"]}, headers=headers)
    assert [c["case"]["reference"] for c in newer.json()["changes"]] == [reference]
    client.close()


def _assert_demo_conversations(live: list[dict[str, Any]], now: datetime) -> None:
    """The seeded cases show the conversation with reporters in its typical states."""
    today = now.astimezone(BRUSSELS).date()
    messages = [m for case in live for m in case["messages"]]
    kinds_states = Counter((m["kind"], m["state"]) for m in messages)
    assert kinds_states[(MessageKind.ACKNOWLEDGEMENT, MessageState.SENT)] >= 5
    assert kinds_states[(MessageKind.FEEDBACK, MessageState.SENT)] >= 1
    assert kinds_states[(MessageKind.INFO_REQUEST, MessageState.SENT)] >= 2
    answered = [m for m in messages if m["state"] == MessageState.ANSWERED]
    assert any(m["attachments"] and m["answer_channel"] == "web" for m in answered)
    assert any(m["answer_channel"] == "phone" for m in answered)
    overdue = [
        m
        for m in messages
        if is_overdue(
            MessageKind(m["kind"]),
            MessageState(m["state"]),
            date.fromisoformat(m["answer_due"]) if m["answer_due"] else None,
            today,
        )
    ]
    assert overdue, "one request should be overdue"
    assert any(m["delivery_error"] == "no_email" for m in messages)  # 1700 calls them
    assert any(c["feedback_sent_at"] for c in live)
    sent = [datetime.fromisoformat(m["sent_at"]) for m in messages if m["sent_at"]]
    assert sent and max(sent) <= now


def test_snapshots_over_listed_ids_and_over_a_select_of_ids_are_equal(demo: Demo) -> None:
    """A snapshot or a small feed page reads its cases by listed ids (statements built once
    and reused with other ids); a big page by a SELECT of ids in the database. Every member
    of every department gets the same cases both ways, with everything a case carries: a
    note and a recusal are added first (the demo has none), so this test runs last."""
    accounts = demo.accounts
    with web.client(base_url=demo.service.base_url + API_PREFIX) as client:
        investigator, colleague = (
            _headers(client, account) for account in (accounts.investigator, accounts.colleague)
        )
        page = client.get("/changes", params={"limit": 1000}, headers=investigator).json()
        mine = [
            c["case"]["id"]
            for c in page["changes"]
            if c["case"] and (c["case"]["assignee"] or {}).get("display_name") == "An Peeters"
        ]
        note = {
            "note_id": str(uuid.uuid4()),
            "body": "Nota <b>&amp;</b>",
            "visibility": "case_team",
        }
        for headers, op in (
            (investigator, wire_op(mine[0], "add_note", note=note)),
            (colleague, wire_op(mine[1], "recuse", reason="Familie van de betrokkene")),
        ):
            answer = client.post("/operations", json={"operations": [op]}, headers=headers)
            assert answer.json()["results"][0]["status"] == "applied", answer.text
    key = demo.service.settings.notes_key
    assert key is not None
    cipher = NoteCipher(key)
    with demo.service.database.read() as session:
        members = session.execute(
            select(User.id, User.role, User.department_id).where(User.department_id.is_not(None))
        ).all()
        seen: list[CaseOut] = []
        for member in members:
            viewer = Viewer(member.id, member.role, member.department_id)
            department = select(Case.id).where(Case.department_id == member.department_id)
            ids = list(session.scalars(department))
            selected = build_snapshots(session, viewer, department, cipher)
            assert build_snapshots(session, viewer, ids, cipher) == selected
            odd, even = ids[::2], ids[1::2]
            halves = build_snapshots(session, viewer, odd, cipher)
            halves |= build_snapshots(session, viewer, even, cipher)
            assert halves == selected
            assert [build_snapshots(session, viewer, [i], cipher) for i in ids] == [
                {i: selected[i]} if i in selected else {} for i in ids
            ]
            seen.extend(selected.values())
    # What the equality covered: each part of a snapshot, somewhere in the demo.
    assert any(case.notes for case in seen) and any(case.recusals for case in seen)
    assert any(case.messages for case in seen) and any(case.events for case in seen)
    assert any(m.attachments for case in seen for m in case.messages)
    assert any(case.investigation.allegations for case in seen)
    assert any(a.finding for case in seen for a in case.investigation.allegations)
    assert any(case.investigation.tasks for case in seen)
    assert any(case.investigation.pieces for case in seen)
    assert any(case.investigation.interviews for case in seen)
