"""What the desktop shows while actions wait in its outbox is what the service makes of them.

Hypothesis draws a case in some state (forwarded, acknowledged, in assessment or in
investigation by a colleague; assigned to the user or not; with an allegation and a task
a manager recorded or not; a colleague recused or not) and a random sequence of actions
of every kind. Each is queued on a real desktop store the way the case controller queues
it: the store refuses what the displayed case does not allow, as the desktop's screens
do. The case the desktop then shows is compared with what a real service on loopback
returns once the outbox was pushed: the same status, outcome, closing ground, assignee,
reassignment flag, dates set, messages, notes, motivations on the timeline and the
investigation (allegations, findings, tasks), and no action the desktop accepted is
refused by the service.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings, strategies as st
from pydantic import ValidationError

from investigator_app.domain.deadlines import BRUSSELS
from investigator_app.domain.events import EventKind
from investigator_app.domain.investigation import (
    FOUNDED_CONCLUSIONS,
    ClosingGround,
    Conclusion,
    FollowUp,
    Investigation,
    TaskState,
    derived_outcome,
    outcome_without_investigation,
)
from investigator_app.domain.lifecycle import Action, TransitionError
from investigator_app.domain.messages import MessageKind, MessageState
from investigator_app.domain.notes import NoteVisibility
from investigator_app.domain.vocabulary import Category, Outcome, Status
from investigator_app.store import LocalStore
from investigator_app.store.outbox import UnknownCaseError
from investigator_app.store.views import CaseDetail
from investigator_app.sync.api import ApiClient
from investigator_app.sync.engine import SyncEngine
from tests.support.operations import allegation_in, build_op, finding_in, task_in, wire_op
from tests.support.world import ABB, AN, JONAS, MIA, World, add_manager

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
    max_size=10,
)
STAGES = ["forwarded", "acknowledged", "assessing", "investigating"]


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
        self.files = path.parent / "files"  # what the user adds as pieces
        self.files.mkdir(exist_ok=True)

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


def fresh_case(
    world: World, stage: str, mine: bool, recorded: bool, colleague_recused: bool
) -> str:
    """A forwarded case that a colleague took to ``stage``, assigned to An when ``mine``,
    with an allegation and a task (An's) a manager recorded when ``recorded``."""
    case = world.register_and_forward(ABB)
    steps = ["acknowledge", "start_assessment", "start_investigation"][: STAGES.index(stage)]
    for action in steps:
        [done] = world.operate(JONAS, wire_op(world.case(JONAS, case["id"]), action))
        assert done["status"] == "applied", done
    if mine:
        an = world.user_ids[AN]
        current = world.case(JONAS, case["id"])
        [assigned] = world.operate(JONAS, wire_op(current, "assign", assignee_id=an))
        assert assigned["status"] == "applied", assigned
    if recorded and stage in ("assessing", "investigating"):
        recordings = [
            wire_op(case["id"], "add_allegation", allegation=allegation_in()),
            wire_op(case["id"], "add_task", task=task_in(owner_id=world.user_ids[AN])),
        ]
        for recording in recordings:
            [done] = world.operate(MIA, recording)
            assert done["status"] == "applied", done
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
        fields.update(closing(shown.status, shown.investigation, step), reason=step.text)
    elif action in (Action.START_ASSESSMENT, Action.START_INVESTIGATION):
        fields["reason"] = step.text  # an optional motivation
    elif action.value in INVESTIGATION_FIELDS:
        fields.update(INVESTIGATION_FIELDS[action.value](shown.investigation, step, people))
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
    elif action in (Action.ADD_PIECE, Action.REPLACE_PIECE):
        fields.update(_piece_fields(desk, shown.investigation, step))
    elif action in (Action.WITHDRAW_PIECE, Action.RECORD_CUSTODY, Action.SIGN_INTERVIEW):
        fields.update(_piece_handling(shown.investigation, step))
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


def closing(status: Status, inv: Investigation, step: Step) -> dict[str, Any]:
    """The closing the dialog offers (``step.letter``): from the assessment on a ground
    and its outcome, from the investigation on the outcome the findings give; or, not
    offered, a drawn outcome (the store refuses what does not fit)."""
    if step.letter and status is Status.ASSESSING:
        ground = list(ClosingGround)[step.pick % len(ClosingGround)]
        return {"outcome": outcome_without_investigation(ground), "ground": ground.value}
    if step.letter and status is Status.INVESTIGATING:
        return {"outcome": derived_outcome(inv) or outcome_of(step)}
    return {"outcome": outcome_of(step)}


def _pick(ids: list[str], step: Step) -> str:
    """One of ``ids`` (an unknown id when there are none)."""
    return ids[step.pick % len(ids)] if ids else str(uuid.uuid4())


def _allegations(inv: Investigation, step: Step) -> str:
    return _pick([a.id for a in inv.allegations], step)


def _tasks(inv: Investigation, step: Step) -> str:
    return _pick([t.id for t in inv.tasks], step)


def _interview(inv: Investigation | None, step: Step) -> dict[str, Any]:
    """A whole interview record (the department in this world configured no notice)."""
    record = _pick([i.id for i in inv.interviews], step) if inv is not None else uuid.uuid4()
    today = datetime.now(UTC).date()
    return {
        "interview_id": str(record),
        "person_heard": step.text,
        "capacity": ["reporter", "witness", "person_concerned"][step.pick % 3],
        "held_on": (today - timedelta(days=step.due_in_days % 30)).isoformat(),
        "place": "Stadhuis" if step.letter else "",
        "start": "10:00:00",
        "end": "11:30:00" if step.letter else None,
        "present": ["An Peeters"],
        "statements": [{"kind": "question", "text": step.text}],
        "remarks": step.text if step.letter else "",
    }


def _piece_fields(desk: Desk, inv: Investigation, step: Step) -> dict[str, Any]:
    """A new piece (``add_piece``) or a new version (``replace_piece``) of a drawn one, its
    file imported into the store first as the Stukken tab does."""
    path = desk.files / f"{uuid.uuid4()}.txt"
    path.write_bytes(f"{step.text} {uuid.uuid4()}".encode())
    made = desk.store.import_piece_file(path)
    file = {"sha256": made.sha256, "size": made.size, "name": made.name}
    file["media_type"] = made.media_type
    if step.action is Action.REPLACE_PIECE:
        target = _pick([p.id for p in inv.pieces], step)
        return {"piece_id": target, "file": file, "reason": step.text}
    kinds = ["document", "interview_record", "photo"]
    return {
        "piece": {
            "piece_id": str(uuid.uuid4()),
            "title": step.text[:300],  # blank ("   ") is refused
            "description": step.text if step.letter else "",
            "source": "De melder" if step.letter else "",
            "obtained_on": datetime.now(UTC).date().isoformat(),
            "type": kinds[step.pick % len(kinds)],
            "file": file,
        }
    }


def _piece_handling(inv: Investigation, step: Step) -> dict[str, Any]:
    """Withdrawing, opening or signing with a drawn piece (an unknown one when none)."""
    piece = _pick([p.id for p in inv.pieces], step)
    if step.action is Action.WITHDRAW_PIECE:
        return {"piece_id": piece, "reason": step.text}
    if step.action is Action.RECORD_CUSTODY:
        version = next((p.version for p in inv.pieces if p.id == piece), 1)
        return {"piece_id": piece, "kind": "opened", "version": version}
    return {"interview_id": _pick([i.id for i in inv.interviews], step), "piece_id": piece}


def _finding(step: Step) -> dict[str, Any]:
    conclusion = list(Conclusion)[step.pick % len(Conclusion)]
    follow_up = None
    if conclusion in FOUNDED_CONCLUSIONS or not step.letter:  # else: one the rule refuses
        follow_up = list(FollowUp)[step.due_in_days % len(FollowUp)].value
    other = follow_up == FollowUp.OTHER.value and step.letter
    return finding_in(
        conclusion.value, step.text, follow_up=follow_up, follow_up_text=step.text if other else ""
    )


def _task(task_id: str | None, step: Step, people: list[str | None]) -> dict[str, Any]:
    due = datetime.now(UTC).date() + timedelta(days=step.due_in_days) if step.letter else None
    return task_in(task_id, step.text, owner_id=people[step.pick % len(people)], due=due)


InvestigationFields = Callable[[Investigation, Step, list[str | None]], dict[str, Any]]
INVESTIGATION_FIELDS: dict[str, InvestigationFields] = {
    "add_allegation": lambda inv, step, people: {"allegation": allegation_in(None, step.text)},
    "edit_allegation": lambda inv, step, people: {
        "allegation": allegation_in(
            _allegations(inv, step),
            step.text,
            category=list(Category)[step.pick % len(Category)].value,
            persons=("A. Betrokkene",) if step.letter else (),
        )
    },
    "withdraw_allegation": lambda inv, step, people: {
        "allegation_id": _allegations(inv, step),
        "reason": step.text,
    },
    "record_finding": lambda inv, step, people: {
        "allegation_id": _allegations(inv, step),
        "finding": _finding(step),
    },
    "add_task": lambda inv, step, people: {"task": _task(None, step, people)},
    "edit_task": lambda inv, step, people: {"task": _task(_tasks(inv, step), step, people)},
    "set_task_state": lambda inv, step, people: {
        "task_id": _tasks(inv, step),
        "state": list(TaskState)[step.pick % len(TaskState)].value,
    },
    "add_interview": lambda inv, step, people: {"interview": _interview(None, step)},
    "edit_interview": lambda inv, step, people: {"interview": _interview(inv, step)},
    "correct_interview": lambda inv, step, people: {
        "interview": _interview(inv, step),
        "reason": step.text,
    },
}


def investigation(inv: Investigation) -> dict[str, Any]:
    """What a user sees of the investigation (when the service recorded a change may be
    a moment after the desktop showed it: times are left out, who is not)."""
    return {
        "allegations": [
            (
                a.id,
                a.number,
                a.facts,
                a.version,
                a.created_by,
                a.edited_by,
                [v.facts for v in a.earlier],
                (a.withdrawn.reason, a.withdrawn.by) if a.withdrawn else None,
                (a.finding.facts, a.finding.version, a.finding.by) if a.finding else None,
                [f.facts for f in a.finding.earlier] if a.finding else [],
            )
            for a in inv.allegations
        ],
        "tasks": [
            (t.id, t.description, t.owner_id, t.owner, t.due, t.state, t.created_by, t.state_by)
            for t in inv.tasks
        ],
        "interviews": [
            (
                i.id,
                i.number,
                i.facts,
                i.version,
                i.created_by,
                i.edited_by,
                [v.facts for v in i.earlier],
                i.correction_reason,
                (i.signature.piece_id, i.signature.version) if i.signature else None,
            )
            for i in inv.interviews
        ],
        "pieces": [
            (
                p.id,
                p.number,
                p.facts,
                p.file,
                p.version,
                p.added_by,
                [v.file for v in p.earlier],
                (p.withdrawn.reason, p.withdrawn.by) if p.withdrawn else None,
                [(c.kind, c.by, c.version, c.sha256, c.detail) for c in p.custody],
            )
            for p in inv.pieces
        ],
    }


_MOTIVATED = (EventKind.ASSESSMENT_STARTED, EventKind.INVESTIGATION_STARTED, EventKind.CLOSED)


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
        "closing_ground": detail.closing_ground,
        "motivations": [
            (e.kind, e.reason or None) for e in detail.timeline if e.kind in _MOTIVATED
        ],
        "investigation": investigation(detail.investigation),
    }


# Every piece operation, in an order that makes each applicable, whatever is drawn.
EVIDENCE_STEPS = [
    Step(Action.ADD_PIECE, 1, "Genoeg.", 0, True),  # an interview record's signed scan
    Step(Action.RECORD_CUSTODY, 0, "Genoeg.", 0, False),
    Step(Action.ADD_INTERVIEW, 0, "Genoeg.", 0, True),
    Step(Action.SIGN_INTERVIEW, 0, "Genoeg.", 0, False),
    Step(Action.ADD_PIECE, 0, "<b>markup</b> & co", 0, False),  # a document
    Step(Action.REPLACE_PIECE, 1, "Genoeg.", 0, False),
    Step(Action.WITHDRAW_PIECE, 1, "Genoeg.", 0, False),
    Step(Action.CORRECT_INTERVIEW, 0, "Zeer lange motivering", 0, True),
]


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@example(
    steps=EVIDENCE_STEPS,
    stage="investigating",
    mine=True,
    recorded=False,
    colleague_recused=False,
)
@given(
    steps=STEPS,
    stage=st.sampled_from(STAGES),
    mine=st.sampled_from([True, True, False]),  # mostly on the case team
    recorded=st.booleans(),
    colleague_recused=st.booleans(),
)
def test_the_desktop_shows_what_the_service_will_make_of_its_queued_actions(
    world: World,
    desk: Desk,
    steps: list[Step],
    stage: str,
    mine: bool,
    recorded: bool,
    colleague_recused: bool,
) -> None:
    case_id = fresh_case(world, stage, mine, recorded, colleague_recused)
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
