"""Revealing the reporter's identity: only with a reason, only for the case's department,
always in the audit trail, and the identity itself never in the trail or the logs."""

from __future__ import annotations

import logging
import uuid

import pytest
from sqlalchemy import select, update

from investigator_app.intake.db import utcnow
from investigator_app.intake.models import AuditEvent, Case
from tests.intake.conftest import World

REPORTER = {
    "kind": "citizen",
    "name": "Marleen Goossens",
    "email": "marleen@example.org",
    "phone": "0470 11 22 33",
}
REASON = "Verhoor nodig: de melder is rechtstreeks getuige van de feiten."


def test_a_reveal_needs_a_reason(world: World) -> None:
    case_id = world.forwarded_case()
    path = f"/cases/{case_id}/identity"
    assert world.post("an", path, {}).status_code == 422
    assert world.post("an", path, {"reason": "   te kort   "}).status_code == 422
    assert world.post("an", path, {"reason": "x" * 2001}).status_code == 422
    trail = world.get("jonas", f"/cases/{case_id}/audit").json()["entries"]
    assert [e for e in trail if e["action"] == "case.identity_revealed"] == []


def test_a_reveal_answers_the_identity_and_is_audited(
    world: World, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="investigator_app")
    case_id = world.forwarded_case(reporter=REPORTER)
    response = world.post("an", f"/cases/{case_id}/identity", {"reason": f"  {REASON}  "})
    assert response.status_code == 200, response.text
    assert response.json() == {
        "kind": "citizen",
        "name": "Marleen Goossens",
        "organisation": "",
        "email": "marleen@example.org",
        "phone": "0470 11 22 33",
        "language": "nl",
    }
    manager = world.post("manager", f"/cases/{case_id}/identity", {"reason": REASON})
    assert manager.status_code == 200

    trail = world.get("jonas", f"/cases/{case_id}/audit").json()["entries"]
    reveals = [e for e in trail if e["action"] == "case.identity_revealed"]
    assert [(e["actor"], e["reason"]) for e in reveals] == [
        ("An Peeters", REASON),
        ("Els Wouters", REASON),
    ]
    assert reveals[0]["detail"] == {"reference": world.case(case_id)["reference"]}
    with world.service.session() as session:
        stored = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "case.identity_revealed")
        ).all()
    for secret in ("Marleen", "marleen@example.org", "0470 11 22 33"):
        assert secret not in str(trail)
        assert all(secret not in str(event.detail) for event in stored)
        assert secret not in caplog.text


def test_other_departments_unknown_and_purged_cases_get_the_same_404(world: World) -> None:
    case_id = world.forwarded_case(reporter=REPORTER)
    body = {"reason": REASON}
    foreign = world.post("tom", f"/cases/{case_id}/identity", body)
    unknown = world.post("tom", f"/cases/{uuid.uuid4()}/identity", body)
    assert foreign.status_code == unknown.status_code == 404
    assert foreign.json() == unknown.json()
    assert "Marleen" not in foreign.text

    operator = world.post("operator", f"/cases/{case_id}/identity", body)
    assert operator.status_code == 403

    with world.service.session() as session:
        session.execute(update(Case).where(Case.id == case_id).values(purged_at=utcnow()))
    purged = world.post("an", f"/cases/{case_id}/identity", body)
    assert purged.status_code == 404
    assert purged.json() == unknown.json()
    with world.service.session() as session:
        actions = session.scalars(
            select(AuditEvent.action).where(AuditEvent.case_id == case_id)
        ).all()
    assert "case.identity_revealed" not in actions
