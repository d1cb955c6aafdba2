"""Conflict-of-interest declarations on the service: "no conflict" is the declarer's own
business; a recusal unassigns, flags the case for reassigning, and hides the case from the
person who recused (a tombstone, and 404 everywhere, as for an unknown case); the manager
sees who recused and why, and cannot give the case back to them. Real service on SQLite
and PostgreSQL."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import func, select

from investigator_app.intake.models import AuditEvent, Case, ConflictDeclaration

from .conftest import World, op

REASON = "Mijn schoonbroer werkt bij die gemeente."
TRANSCRIPT = b"From: melder\nSubject: melding\n\nDe bestelwagen stond er weer.\n"


def assigned_case(world: World, who: str) -> dict[str, Any]:
    case = world.case(world.forwarded_case(), "manager")
    [result] = world.operate("manager", op(case, "assign", assignee_id=world.ids[who]))
    assert result["status"] == "applied", result
    return dict(result["case"])


def recuse(world: World, who: str, case_id: str, reason: str = "") -> dict[str, Any]:
    [result] = world.operate(who, op(case_id, "recuse", reason=reason))
    return dict(result)


def audit_of(world: World, case_id: str, action: str) -> list[AuditEvent]:
    with world.service.database.read() as session:
        return list(
            session.scalars(
                select(AuditEvent)
                .where(AuditEvent.case_id == case_id, AuditEvent.action == action)
                .order_by(AuditEvent.id)
            )
        )


def test_declaring_no_conflict_is_the_declarers_own(world: World) -> None:
    case = world.case(world.forwarded_case(), "jonas")
    assert case["conflict_declared"] is False
    [declared] = world.operate("jonas", op(case, "declare_no_conflict"))
    assert declared["status"] == "applied", declared
    assert declared["case"]["conflict_declared"] is True
    assert world.case(case["id"], "jonas")["conflict_declared"] is True
    assert world.case(case["id"], "an")["conflict_declared"] is False
    # A repeat (a second desktop) changes nothing; no timeline entry either way.
    [again] = world.operate("jonas", op(case, "declare_no_conflict"))
    assert again["status"] == "applied" and again["case"]["conflict_declared"] is True
    assert world.case(case["id"], "an")["events"] == case["events"]
    [event] = audit_of(world, case["id"], "case.conflict_declared")
    assert event.actor_id == world.ids["jonas"] and event.reason is None
    trail = world.get("an", f"/cases/{case['id']}/audit").json()["entries"]
    assert [(e["action"], e["actor"]) for e in trail] == [("case.conflict_declared", "Jonas Maes")]
    stray = op(case, "declare_no_conflict", reason="Waarom niet")
    refused = world.post("jonas", "/operations", {"operations": [stray]})
    assert refused.status_code == 422 and "takes no 'reason'" in refused.text


def test_a_recusal_unassigns_flags_and_hides_the_case(world: World) -> None:
    case = assigned_case(world, "jonas")
    cursor = world.changes("jonas")["cursor"]
    result = recuse(world, "jonas", case["id"], f"  {REASON}  ")
    assert (result["status"], result["case"]) == ("applied", None)

    for reader, reason in (("an", None), ("manager", REASON)):  # the reason: managers only
        seen = world.case(case["id"], reader)
        assert seen["assignee"] is None and seen["needs_reassignment"] is True
        [recusal] = seen["recusals"]
        assert recusal["person"]["display_name"] == "Jonas Maes"
        assert recusal["reason"] == reason
        last = seen["events"][-1]
        assert (last["kind"], last["actor"], last["reason"]) == ("recused", "Jonas Maes", None)

    # Jonas's desktop drops it: a tombstone, now and from a fresh start.
    [gone] = [c for c in world.changes("jonas", cursor)["changes"] if c["case_id"] == case["id"]]
    assert (gone["deleted"], gone["case"]) == (True, None)
    [fresh] = [c for c in world.changes("jonas")["changes"] if c["case_id"] == case["id"]]
    assert fresh["deleted"] is True and "Jonas" not in str(fresh)

    # Unassigning is a lifecycle change: a queued assignment made before it conflicts.
    [late] = world.operate("an", op(case, "assign", assignee_id=world.ids["an"]))
    assert late["status"] == "conflict"
    with world.service.database.read() as session:
        stored = session.get_one(Case, case["id"])
        assert stored.lifecycle_version == stored.version
        declaration = session.get_one(ConflictDeclaration, (case["id"], world.ids["jonas"]))
        assert declaration.reason_ciphertext is not None
        assert REASON.encode() not in declaration.reason_ciphertext
    [event] = audit_of(world, case["id"], "case.recused")
    # Recorded, with its reason kept sealed with the declaration only (the trail is clear text).
    assert event.reason is None and REASON not in str(event.detail)
    assert event.detail["unassigned"] is True and event.detail["with_reason"] is True


def test_the_recused_person_gets_404_everywhere_like_an_unknown_case(world: World) -> None:
    case_id = world.forwarded_case()
    added = world.http.post(
        f"/intake/reports/{case_id}/attachments",
        files=[("files", ("transcript.eml", TRANSCRIPT, "message/rfc822"))],
        headers=world.auth("operator"),
    )
    assert added.status_code == 201, added.text
    sha256 = added.json()[0]["sha256"]
    unknown = str(uuid.uuid4())
    reason = {"reason": "Verhoor van de melder is nodig voor het onderzoek."}
    copy: dict[str, Any] = {
        "copy_id": str(uuid.uuid4()),
        "profile": "volledig",
        "reader": "Jonas Maes",
        "kind": "export",
        "sha256": "0" * 64,
        "pages": 3,
    }

    def asks(target: str) -> list[Any]:
        return [
            world.get("jonas", f"/cases/{target}/audit"),
            world.post("jonas", f"/cases/{target}/identity", reason),
            world.get("jonas", f"/attachments/{sha256}", params={"case_id": target}),
        ]

    assert [a.status_code for a in asks(case_id)] == [200, 200, 200]  # before
    [recorded] = world.operate("jonas", op(case_id, "record_copy", **copy))
    assert recorded["status"] == "applied", recorded
    assert recuse(world, "jonas", case_id)["status"] == "applied"
    after, missing = asks(case_id), asks(unknown)
    assert [a.status_code for a in after] == [404, 404, 404]
    assert [a.json() for a in after] == [a.json() for a in missing]
    assert world.get("an", f"/attachments/{sha256}", params={"case_id": case_id}).status_code == 200

    attempts: list[tuple[str, dict[str, Any]]] = [
        (
            "add_note",
            {"note": {"note_id": str(uuid.uuid4()), "body": "x", "visibility": "only_me"}},
        ),
        ("declare_no_conflict", {}),
        ("recuse", {}),
        ("acknowledge", {}),
        ("record_copy", {**copy, "copy_id": str(uuid.uuid4())}),
    ]
    for action, fields in attempts:
        [refused] = world.operate("jonas", op(case_id, action, **fields))
        assert (refused["status"], refused["message"], refused["case"]) == (
            "rejected",
            "case not found",
            None,
        ), action


def test_assigning_clears_the_flag_but_never_to_the_recused_person(world: World) -> None:
    case = assigned_case(world, "jonas")
    recuse(world, "jonas", case["id"], REASON)
    case = world.case(case["id"], "manager")
    [refused] = world.operate("manager", op(case, "assign", assignee_id=world.ids["jonas"]))
    assert (refused["status"], refused["message"]) == (
        "rejected",
        "this person recused themself from the case",
    )
    [assigned] = world.operate("manager", op(case, "assign", assignee_id=world.ids["an"]))
    assert assigned["status"] == "applied", assigned
    after = assigned["case"]
    assert after["assignee"]["id"] == world.ids["an"] and after["needs_reassignment"] is False
    assert [r["person"]["id"] for r in after["recusals"]] == [world.ids["jonas"]]  # still known


def test_a_colleague_who_recuses_leaves_the_assignee_in_place(world: World) -> None:
    case = assigned_case(world, "an")
    declaration = op(case, "declare_no_conflict")
    [declared] = world.operate("jonas", declaration)
    assert declared["status"] == "applied" and declared["case"] is not None
    assert recuse(world, "jonas", case["id"])["status"] == "applied"  # changed his mind
    [resent] = world.operate("jonas", declaration)  # its stored answer no longer shows the case
    assert (resent["status"], resent["case"]) == ("applied", None)
    seen = world.case(case["id"], "an")
    assert seen["assignee"]["id"] == world.ids["an"] and seen["needs_reassignment"] is True
    assert [(r["person"]["id"], r["reason"]) for r in seen["recusals"]] == [
        (world.ids["jonas"], None)
    ]
    # Not a lifecycle change: An's queued step based on the earlier version still applies.
    [step] = world.operate("an", op(case, "acknowledge"))
    assert step["status"] == "applied", step
    with world.service.database.read() as session:
        kinds = session.scalars(
            select(ConflictDeclaration.kind).where(ConflictDeclaration.case_id == case["id"])
        ).all()
        assert kinds == ["recused"]
        assert session.scalar(select(func.count()).select_from(ConflictDeclaration)) == 1


def test_another_department_cannot_declare(world: World) -> None:
    case_id = world.forwarded_case("ABB")
    [refused] = world.operate("tom", op(case_id, "recuse", reason="Poging"))
    assert (refused["status"], refused["message"]) == ("rejected", "case not found")
    assert world.case(case_id, "an")["recusals"] == []
