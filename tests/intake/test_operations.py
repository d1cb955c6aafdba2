"""Operations pushed by the desktop: the life cycle, exactly once, conflicts, and no way
into another department's cases."""

from __future__ import annotations

import uuid
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select, update

from investigator_app.domain.lifecycle import Action
from investigator_app.intake.db import utcnow
from investigator_app.intake.models import AppliedOperation, AuditEvent, CaseEvent, User
from tests.support.investigation import allegation, finding, task

from .conftest import World, op
from .evidencing import file_in, interview_in, piece_in


def _count(world: World, model: Any, *where: Any) -> int:
    with world.service.database.read() as session:
        return int(session.scalar(select(func.count()).select_from(model).where(*where)) or 0)


def test_a_case_goes_through_its_life_cycle(world: World) -> None:
    case = world.case(world.forwarded_case())
    charge = allegation()
    steps: list[tuple[str, str, dict[str, Any]]] = [
        ("an", "acknowledge", {}),
        ("an", "assign", {"assignee_id": world.ids["jonas"]}),
        ("an", "start_assessment", {}),
        ("an", "start_investigation", {"reason": "Ernstige aanwijzingen."}),
        ("jonas", "add_allegation", {"allegation": charge}),  # the assignee investigates
        (
            "jonas",
            "record_finding",
            {"allegation_id": charge["allegation_id"], "finding": finding("founded")},
        ),
        ("an", "close", {"outcome": "founded", "reason": "Feiten bewezen."}),
    ]
    for who, action, fields in steps:
        [result] = world.operate(who, op(case, action, **fields))
        assert result["status"] == "applied", result
        assert result["case"]["version"] == case["version"] + 1
        case = result["case"]
    assert case["status"] == "closed" and case["outcome"] == "founded"
    assert case["acknowledged_at"] is not None and case["closed_at"] is not None
    assert case["assignee"] == {
        "id": world.ids["jonas"],
        "display_name": "Jonas Maes",
        "role": "investigator",
    }
    timeline = [(e["kind"], e["from_status"], e["to_status"], e["actor"]) for e in case["events"]]
    assert timeline[2:] == [
        ("acknowledged", "forwarded", "acknowledged", "An Peeters"),
        ("assigned", "acknowledged", "acknowledged", "An Peeters"),
        ("assessment_started", "acknowledged", "assessing", "An Peeters"),
        ("investigation_started", "assessing", "investigating", "An Peeters"),
        ("closed", "investigating", "closed", "An Peeters"),
    ]
    assert case["events"][-1]["reason"] == "Feiten bewezen."
    assert case["events"][-1]["outcome"] == "founded"
    assert [e["reason"] for e in case["events"][-3:-1]] == [None, "Ernstige aanwijzingen."]
    assert case["closing_ground"] is None
    assert world.case(case["id"]) == case  # the feed carries the same state

    with world.service.database.read() as session:
        audit = session.scalars(
            select(AuditEvent).where(AuditEvent.case_id == case["id"]).order_by(AuditEvent.id)
        ).all()
    assert [a.action for a in audit] == [
        "report.register",
        "report.forward",
        "case.acknowledge",
        "case.assign",
        "case.start_assessment",
        "case.start_investigation",
        "case.add_allegation",
        "case.record_finding",
        "case.close",
    ]
    assert audit[-1].actor_id == world.ids["an"] and audit[-1].reason == "Feiten bewezen."
    assert audit[5].reason == "Ernstige aanwijzingen." and audit[4].reason is None
    assert all("Ambtenaar" not in str(a.detail) for a in audit)  # no case content
    assert all(charge["text"] not in str(a.detail) for a in audit)


def test_a_batch_sent_twice_is_applied_once(world: World) -> None:
    case = world.case(world.forwarded_case())
    batch = [
        op(case, "acknowledge"),
        op(case, "assign", base_version=case["version"] + 1, assignee_id=world.ids["an"]),
    ]
    first = world.operate("an", *batch)
    second = world.operate("an", *batch)  # e.g. the answer was lost on the way
    assert [r["status"] for r in first] == ["applied", "applied"]
    assert second == first
    assert world.case(case["id"])["version"] == case["version"] + 2
    assert _count(world, CaseEvent, CaseEvent.case_id == case["id"]) == 4
    assert _count(world, AuditEvent, AuditEvent.action == "case.acknowledge") == 1
    assert _count(world, AuditEvent, AuditEvent.action == "case.assign") == 1


def test_the_same_operation_sent_concurrently_is_applied_once(world: World) -> None:
    case = world.case(world.forwarded_case())
    operation = op(case, "acknowledge")

    def send(_: int) -> list[dict[str, Any]]:
        return world.operate("an", operation)

    with ThreadPoolExecutor(max_workers=4) as pool:
        answers = list(pool.map(send, range(4)))
    assert all(answer == answers[0] for answer in answers)
    assert answers[0][0]["status"] == "applied"
    assert _count(world, CaseEvent, CaseEvent.case_id == case["id"]) == 3
    assert _count(world, AppliedOperation) == 1


def test_someone_elses_op_id_is_not_a_replay(world: World) -> None:
    case = world.case(world.forwarded_case())
    operation = op(case, "acknowledge")
    [mine] = world.operate("an", operation)
    [theirs] = world.operate("jonas", operation)
    assert mine["status"] == "applied"
    assert theirs["status"] == "rejected" and theirs["case"] is None


def test_a_stale_version_is_a_conflict_with_the_current_case(world: World) -> None:
    case = world.case(world.forwarded_case())
    [first] = world.operate("jonas", op(case, "acknowledge"))
    assert first["status"] == "applied"
    [late] = world.operate("an", op(case, "return_to_1700", reason="Niet bevoegd"))
    assert late["status"] == "conflict"
    assert late["case"] == first["case"]  # the state to show the user
    current = world.case(case["id"])
    assert current["status"] == "acknowledged" and current["version"] == case["version"] + 1


def test_actions_the_life_cycle_forbids_are_rejected(world: World) -> None:
    case = world.case(world.forwarded_case())
    v = case["version"]
    rejected = world.operate(
        "an",
        op(case, "start_investigation"),
        op(case, "close", outcome="unfounded", reason="x"),
        op(case, "return_to_1700", reason="   "),
        op(case, "assign", assignee_id=world.ids["tom"]),  # another department
        op(case, "assign", assignee_id=world.ids["operator"]),
    )
    assert [r["status"] for r in rejected] == ["rejected"] * 5
    assert all(r["message"] and r["case"] is None for r in rejected)
    assert "not allowed" in rejected[0]["message"]
    assert "reason" in rejected[2]["message"]

    steps = world.operate(
        "an",
        op(case, "acknowledge"),
        op(case, "start_assessment", base_version=v + 1),
        op(case, "close", base_version=v + 2, outcome="founded", reason="Te vroeg"),
        op(case, "close", base_version=v + 2, outcome="unfounded", reason=""),  # no motivation
        # closing from the assessment names its ground
        op(case, "close", base_version=v + 2, outcome="inadmissible", reason="Geen integriteit"),
        op(
            case,
            "close",
            base_version=v + 2,
            outcome="inadmissible",
            reason="Geen integriteit",
            ground="no_integrity_violation",
        ),
    )
    assert [r["status"] for r in steps] == [
        "applied",
        "applied",
        "rejected",
        "rejected",
        "rejected",
        "applied",
    ]
    assert steps[-2]["message"] == "closing without investigation needs a ground"
    assert steps[-1]["case"]["outcome"] == "inadmissible"
    assert steps[-1]["case"]["closing_ground"] == "no_integrity_violation"
    closed = steps[-1]["case"]
    [after] = world.operate("an", op(closed, "return_to_1700", reason="Toch niet"))
    assert after["status"] == "rejected"


# Every action with the fields it needs, and one field it does not take.
_NEEDS: dict[str, dict[str, Any]] = {
    "acknowledge": {},
    "assign": {},
    "start_assessment": {},
    "start_investigation": {},
    "close": {"outcome": "unfounded", "reason": "x"},
    "return_to_1700": {"reason": "x"},
    "request_info": {
        "message": {"message_id": str(uuid.uuid4()), "body": "?", "answer_due": "2099-01-01"}
    },
    "send_feedback": {"message": {"message_id": str(uuid.uuid4()), "body": "Brief"}},
    "remind": {"target_message_id": str(uuid.uuid4())},
    "cancel_request": {"target_message_id": str(uuid.uuid4())},
    "add_note": {"note": {"note_id": str(uuid.uuid4()), "body": "x", "visibility": "only_me"}},
    "edit_note": {"note": {"note_id": str(uuid.uuid4()), "body": "x", "visibility": "only_me"}},
    "declare_no_conflict": {},
    "recuse": {},
    "record_copy": {
        "copy_id": str(uuid.uuid4()),
        "profile": "volledig",
        "reader": "Archief",
        "kind": "export",
        "sha256": "0" * 64,
        "pages": 1,
    },
    "add_allegation": {"allegation": allegation()},
    "edit_allegation": {"allegation": allegation()},
    "withdraw_allegation": {"allegation_id": str(uuid.uuid4()), "reason": "x"},
    "record_finding": {"allegation_id": str(uuid.uuid4()), "finding": finding()},
    "add_task": {"task": task()},
    "edit_task": {"task": task()},
    "set_task_state": {"task_id": str(uuid.uuid4()), "state": "done"},
    "add_piece": {"piece": piece_in(b"stuk")},
    "replace_piece": {"piece_id": str(uuid.uuid4()), "file": file_in(b"stuk"), "reason": "x"},
    "withdraw_piece": {"piece_id": str(uuid.uuid4()), "reason": "x"},
    "record_custody": {"piece_id": str(uuid.uuid4()), "kind": "opened", "version": 1},
    "add_interview": {"interview": interview_in()},
    "edit_interview": {"interview": interview_in()},
    "sign_interview": {"interview_id": str(uuid.uuid4()), "piece_id": str(uuid.uuid4())},
    "correct_interview": {"interview": interview_in(), "reason": "x"},
}
_STRAY: dict[str, Any] = {
    "outcome": "founded",
    "reason": "x",
    "assignee_id": "someone",
    "target_message_id": str(uuid.uuid4()),
    "note": _NEEDS["add_note"]["note"],
    "message": {"message_id": str(uuid.uuid4()), "body": "?"},
    "ground": "other",
    "allegation": allegation(),
    "allegation_id": str(uuid.uuid4()),
    "finding": finding(),
    "task": task(),
    "task_id": str(uuid.uuid4()),
    "state": "open",
}


def test_every_action_refuses_a_field_it_does_not_take_as_a_whole_request(world: World) -> None:
    assert set(_NEEDS) == {action.value for action in Action}
    case = world.case(world.forwarded_case())
    for action, needs in _NEEDS.items():
        for field, value in _STRAY.items():
            if field in needs or field in _TAKES.get(action, ()):
                continue
            stray = op(case, action, **needs, **{field: value})
            response = world.post("an", "/operations", {"operations": [stray]})
            assert response.status_code == 422, (action, field)
            detail = response.json()["detail"]
            assert detail["code"] == "invalid_request"
            assert (
                f"operations.0.{action}.{field}: '{action}' takes no '{field}'" in detail["message"]
            )
    assert world.case(case["id"]) == case  # nothing was applied


_TAKES = {
    "acknowledge": ("message",),
    "assign": ("assignee_id",),
    "recuse": ("reason",),
    "start_assessment": ("reason",),  # an optional motivation
    "start_investigation": ("reason",),
    "close": ("ground",),  # closing without investigation
    "record_custody": ("copy_id",),  # an export's or a print's
}


def test_an_action_without_what_it_needs_or_an_unknown_action_is_a_422(world: World) -> None:
    case = world.case(world.forwarded_case())
    for action, needs in _NEEDS.items():
        for field in needs:
            bare = {k: v for k, v in needs.items() if k != field}
            response = world.post("an", "/operations", {"operations": [op(case, action, **bare)]})
            assert response.status_code == 422, (action, field)
            assert f"{action}.{field}: Field required" in response.json()["detail"]["message"]
    unknown = op(case, "self_destruct")
    missing = {k: v for k, v in op(case, "acknowledge").items() if k != "action"}
    for operation in (unknown, missing):
        response = world.post("an", "/operations", {"operations": [operation]})
        assert response.status_code == 422 and "action" in response.json()["detail"]["message"]


def test_an_inactive_colleague_cannot_be_assigned(world: World) -> None:
    case = world.case(world.forwarded_case())
    with world.service.session() as session:
        session.execute(update(User).where(User.id == world.ids["jonas"]).values(active=False))
    [result] = world.operate("an", op(case, "assign", assignee_id=world.ids["jonas"]))
    assert result["status"] == "rejected"
    [unassign] = world.operate("an", op(case, "assign", assignee_id=None))
    assert unassign["status"] == "applied" and unassign["case"]["assignee"] is None


def test_other_departments_cases_are_not_found(world: World) -> None:
    abb = world.case(world.forwarded_case("ABB"))
    registered = world.register()
    attempts = [
        op(abb, "acknowledge"),  # a real case of ABB
        op(abb["reference"], "acknowledge", base_version=abb["version"]),
        op(str(uuid.uuid4()), "acknowledge"),  # a guess
        op(registered["id"], "acknowledge", base_version=1),  # still at the 1700 desk
        op("x" * 64, "acknowledge"),
    ]
    results = world.operate("tom", *attempts)
    assert [(r["status"], r["message"], r["case"]) for r in results] == [
        ("rejected", "case not found", None)
    ] * len(attempts)
    assert world.case(abb["id"]) == abb  # untouched
    # The real owner can still act, and a rejected op does not stop the rest of a batch.
    mixed = world.operate("an", op(str(uuid.uuid4()), "acknowledge"), op(abb, "acknowledge"))
    assert [r["status"] for r in mixed] == ["rejected", "applied"]


def test_offline_actions_keep_their_time_but_never_the_future(world: World) -> None:
    case = world.case(world.forwarded_case())
    future = (utcnow() + timedelta(days=3)).isoformat()
    [ack] = world.operate("an", op(case, "acknowledge", made_at=future))
    assert datetime.fromisoformat(ack["case"]["acknowledged_at"]) <= utcnow()
    before_forward = (utcnow() - timedelta(days=3)).isoformat()
    [start] = world.operate("an", op(ack["case"], "start_assessment", made_at=before_forward))
    times = [e["at"] for e in start["case"]["events"]]
    assert times == sorted(times)  # the timeline stays in order


def test_returning_a_case_answers_without_a_snapshot_the_department_may_no_longer_see(
    world: World,
) -> None:
    case = world.case(world.forwarded_case())
    [answer] = world.operate("an", op(case, "return_to_1700", reason="Niet bevoegd"))
    assert answer["status"] == "applied"
    assert answer["case"] is None
    # A resend gets the same stored answer: still nothing of the case.
    [again] = world.operate(
        "an", op(case, "return_to_1700", reason="Niet bevoegd", op_id=answer["op_id"])
    )
    assert again == answer
