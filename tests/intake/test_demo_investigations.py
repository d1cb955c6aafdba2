"""Issue 11: the demo's investigations, seeded through the real operations, read back
through the same API the desktop syncs from: realistic allegations, findings and plans on
the cases in investigation, closings that obey the rules, each department its own."""

from __future__ import annotations

from collections import Counter

import httpx

from investigator_app.domain.deadlines import BRUSSELS
from investigator_app.domain.events import EventKind
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
from investigator_app.domain.vocabulary import Status
from investigator_app.intake.db import utcnow
from investigator_app.intake.demo import DemoAccount, seed_demo
from investigator_app.intake.demo_data import CASES
from investigator_app.intake.demo_investigations import INVESTIGATIONS
from investigator_app.intake.embedded import EmbeddedService
from investigator_app.protocol import API_PREFIX, CaseOut

ABB_PEOPLE = {"An Peeters", "Jonas Maes", "Els Wouters"}


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


def test_the_demo_investigations_are_realistic_and_follow_the_rules(database_url: str) -> None:
    now = utcnow()
    today = now.astimezone(BRUSSELS).date()
    with EmbeddedService(database_url) as service:
        accounts = seed_demo(service.engine, now)
        client = httpx.Client(base_url=service.base_url + API_PREFIX)
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
