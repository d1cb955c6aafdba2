"""The demo data: a believable department with cases in every state, reachable through
the same API the desktop uses."""

from __future__ import annotations

import random
from collections import Counter
from datetime import date, datetime
from typing import Any

import httpx
from sqlalchemy import func, select

from investigator_app.domain.deadlines import BRUSSELS, DeadlineState, next_deadline
from investigator_app.domain.messages import MessageKind, MessageState, is_overdue
from investigator_app.domain.vocabulary import Outcome, Status
from investigator_app.intake.db import utcnow
from investigator_app.intake.demo import forward_new_demo_case, seed_demo
from investigator_app.intake.embedded import EmbeddedService
from investigator_app.intake.models import Case, CaseEvent, Reporter
from investigator_app.protocol import API_PREFIX


def test_demo_seed_covers_every_state(database_url: str) -> None:
    now = utcnow()
    with EmbeddedService(database_url) as service:
        accounts = seed_demo(service.engine, now)
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

        client = httpx.Client(base_url=service.base_url + API_PREFIX)
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
