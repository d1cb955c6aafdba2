"""What the desktop shows while actions wait in its outbox is what the service makes of them.

Hypothesis draws a case in some state (acknowledged or not by a colleague, a colleague
recused or not) and a random sequence of actions of every kind. Each is queued on a real
desktop store the way the case controller queues it: the store refuses what the displayed
case does not allow, as the desktop's screens do. The case the desktop then shows is
compared with what a real service on loopback returns once the outbox was pushed: the
same status, outcome, assignee, reassignment flag, dates set, messages and notes, and no
action the desktop accepted is refused by the service.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from investigator_app.domain.deadlines import BRUSSELS
from investigator_app.domain.lifecycle import Action, TransitionError
from investigator_app.domain.messages import MessageKind, MessageState
from investigator_app.domain.notes import NoteVisibility
from investigator_app.domain.vocabulary import Outcome, Status
from investigator_app.store import LocalStore
from investigator_app.store.outbox import UnknownCaseError
from investigator_app.store.views import CaseDetail
from investigator_app.sync.api import ApiClient
from investigator_app.sync.engine import SyncEngine
from tests.support.operations import build_op, wire_op
from tests.support.world import ABB, AN, JONAS, World, add_manager

TEXT = st.sampled_from(["Genoeg.", "<b>markup</b> & co", "   ", "Zeer lange motivering " * 40])


@dataclass(frozen=True)
class Step:
    action: Action
    pick: int  # which colleague, outcome, request or note the step names
    text: str
    due_in_days: int
    letter: bool


STEPS = st.lists(
    st.builds(
        Step,
        action=st.sampled_from(sorted(Action)),
        pick=st.integers(0, 7),
        text=TEXT,
        due_in_days=st.integers(-3, 400),
        letter=st.booleans(),
    ),
    max_size=8,
)


def outcome_of(step: Step) -> Outcome:
    return list(Outcome)[step.pick % len(Outcome)]


class Desk:
    """An's desktop store, synced with the world's service."""

    def __init__(self, world: World, path: Path) -> None:
        self.world = world
        self.store = LocalStore.open(path)
        self.client = ApiClient(world.base_url, world.token(AN))
        self.engine = SyncEngine(self.store, self.client)
        self.engine.refresh_identity()

    def close(self) -> None:
        self.client.close()
        self.store.close()


@pytest.fixture
def desk(world: World, tmp_path: Path) -> Iterator[Desk]:
    add_manager(world)
    desk = Desk(world, tmp_path / "an" / "store.sqlite3")
    yield desk
    desk.close()


def colleague_ids(world: World) -> list[str | None]:
    with world.http(AN) as http:
        me = http.get("/me").json()
    return [None, me["user"]["id"], *(c["id"] for c in me["colleagues"])]


def fresh_case(world: World, colleague_acknowledged: bool, colleague_recused: bool) -> str:
    case = world.register_and_forward(ABB)
    if colleague_acknowledged:
        current = world.case(JONAS, case["id"])
        [ack] = world.operate(JONAS, wire_op(current, "acknowledge"))
        assert ack["status"] == "applied", ack
    if colleague_recused:
        [recused] = world.operate(JONAS, wire_op(world.case(JONAS, case["id"]), "recuse"))
        assert recused["status"] == "applied", recused
    return str(case["id"])


def queue(desk: Desk, case_id: str, step: Step, people: list[str | None]) -> None:
    """Queue ``step`` as the desktop would; what the displayed case refuses is skipped."""
    now = datetime.now(UTC)
    shown = desk.store.detail(case_id, now)
    if shown is None:
        return  # recused: the case is gone for us
    requests = [m.id for m in shown.messages if m.kind is MessageKind.INFO_REQUEST]
    notes = [n.id for n in shown.notes]
    fields: dict[str, Any] = {}
    action = step.action
    if action is Action.ASSIGN:
        fields["assignee_id"] = people[step.pick % len(people)]
    elif action is Action.CLOSE:
        fields.update(outcome=outcome_of(step), reason=step.text)
    elif action in (Action.RETURN_TO_1700, Action.RECUSE):
        fields["reason"] = step.text
    elif action is Action.REQUEST_INFO:
        today = now.astimezone(BRUSSELS).date()
        fields.update(body=step.text, answer_due=today + timedelta(days=step.due_in_days))
    elif action is Action.SEND_FEEDBACK or (action is Action.ACKNOWLEDGE and step.letter):
        fields["body"] = step.text
    elif action is Action.RECORD_COPY:
        copy = {"copy_id": uuid.uuid4(), "profile": "volledig", "reader": step.text.strip()}
        fields.update(copy, kind="print", sha256="ab" * 32, pages=step.pick + 1)
    elif action in (Action.REMIND, Action.CANCEL_REQUEST):
        known = requests[step.pick % len(requests)] if requests else None
        fields["target_message_id"] = uuid.UUID(known) if known else uuid.uuid4()
    try:
        if action in (Action.ADD_NOTE, Action.EDIT_NOTE):
            visibility = list(NoteVisibility)[step.pick % 2]
            if action is Action.ADD_NOTE:
                desk.store.add_note(case_id, step.text, visibility, now)
            else:
                target = notes[step.pick % len(notes)] if notes else str(uuid.uuid4())
                desk.store.edit_note(case_id, target, step.text, visibility, now)
            return
        desk.store.queue(build_op(case_id, action, made_at=now, **fields))
    except (TransitionError, ValidationError, UnknownCaseError):
        pass  # not offered or refused on the desktop: never queued


def facts(detail: CaseDetail | None) -> dict[str, Any] | None:
    """What a user sees of the case that actions change."""
    if detail is None:
        return None
    return {
        "status": detail.status,
        "outcome": detail.outcome,
        "assignee": (detail.assignee_id, detail.assignee_name),
        "needs_reassignment": detail.needs_reassignment,
        "acknowledged": detail.acknowledged_at is not None,
        "closed": detail.closed_at is not None,
        "feedback_sent": detail.feedback_sent_at is not None,
        "conflict_declared": detail.conflict_declared,
        "messages": sorted(
            (
                m.id,
                m.kind,
                m.body,
                m.answer_due,
                m.state is MessageState.CANCELLED,
                m.reminder_pending or m.reminded_at is not None,
            )
            for m in detail.messages
        ),
        "notes": sorted(
            (n.id, n.body, n.visibility, n.version, tuple(v.body for v in n.earlier))
            for n in detail.notes
        ),
    }


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(steps=STEPS, colleague_acknowledged=st.booleans(), colleague_recused=st.booleans())
def test_the_desktop_shows_what_the_service_will_make_of_its_queued_actions(
    world: World,
    desk: Desk,
    steps: list[Step],
    colleague_acknowledged: bool,
    colleague_recused: bool,
) -> None:
    case_id = fresh_case(world, colleague_acknowledged, colleague_recused)
    desk.engine.pull(0.0)
    people = colleague_ids(world)
    for step in steps:
        queue(desk, case_id, step, people)
    expected = facts(desk.store.detail(case_id, datetime.now(UTC)))

    outcome = desk.engine.push()
    assert outcome.refused == [], [r.message for r in outcome.refused]
    desk.engine.pull(0.0)
    after = desk.store.detail(case_id, datetime.now(UTC))
    if expected is not None and expected["status"] is Status.RETURNED:
        assert after is None  # it left the department: the tombstone removed it
        return
    assert facts(after) == expected
