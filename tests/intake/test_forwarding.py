"""Forwarding and re-routing follow the life cycle; the returned listing feeds 1700."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from .conftest import World, op


def test_forward_only_from_registered_to_known_departments(world: World) -> None:
    case_id = str(world.register()["id"])
    unknown = world.forward(case_id, "XYZ")
    assert unknown.status_code == 422
    assert unknown.json()["detail"]["code"] == "unknown_department"
    invalid_code = world.forward(case_id, "abb; drop")
    assert invalid_code.status_code == 422

    forwarded = world.forward(case_id, "ABB", note="Graag dringend bekijken.")
    assert forwarded.status_code == 200
    assert forwarded.json()["status"] == "forwarded"
    assert forwarded.json()["department"] == "ABB"

    again = world.forward(case_id, "OMG")
    assert again.status_code == 409
    assert again.json()["detail"]["code"] == "invalid_transition"
    missing = world.forward("no-such-report", "ABB")
    assert missing.status_code == 404
    assert missing.json()["detail"]["code"] == "not_found"

    case = world.case(case_id)
    assert [e["kind"] for e in case["events"]] == ["registered", "forwarded"]
    assert case["events"][1]["reason"] == "Graag dringend bekijken."
    assert case["events"][1]["actor"] == "1700"


def test_returned_case_is_listed_and_rerouted_elsewhere(world: World) -> None:
    case_id = world.forwarded_case("ABB")
    reroute_early = world.post(
        "operator", f"/intake/reports/{case_id}/reroute", {"department": "OMG"}
    )
    assert reroute_early.status_code == 409  # only a returned case can be re-routed

    case = world.case(case_id)
    reason = "Niet bevoegd: omgevingsvergunning."
    [result] = world.operate("an", op(case, "return_to_1700", reason=reason))
    assert result["status"] == "applied"

    returned = world.get("operator", "/intake/reports", params={"status": "returned"}).json()
    assert [(r["id"], r["department"], r["return_reason"]) for r in returned] == [
        (case_id, "ABB", reason)
    ]
    same = world.post("operator", f"/intake/reports/{case_id}/reroute", {"department": "ABB"})
    assert same.status_code == 422
    assert same.json()["detail"]["code"] == "same_department"
    forward_instead = world.forward(case_id, "OMG")
    assert forward_instead.status_code == 409

    rerouted = world.post(
        "operator", f"/intake/reports/{case_id}/reroute", {"department": "OMG", "note": "Voor OMG"}
    )
    assert rerouted.status_code == 200
    assert rerouted.json()["status"] == "forwarded"
    assert rerouted.json()["return_reason"] is None
    assert world.get("operator", "/intake/reports", params={"status": "returned"}).json() == []

    omg_case = world.case(case_id, who="tom")
    assert omg_case["department"] == "OMG"
    assert omg_case["acknowledged_at"] is None and omg_case["assignee"] is None
    kinds = [(e["kind"], e["actor"]) for e in omg_case["events"]]
    # What happened at ABB shows the department, not the investigator.
    assert kinds == [
        ("registered", "1700"),
        ("forwarded", "1700"),
        ("returned", "Agentschap Binnenlands Bestuur"),
        ("rerouted", "1700"),
    ]
    assert omg_case["events"][2]["reason"] == reason


def test_listing_is_newest_first_and_paged(world: World) -> None:
    references = []
    for hours in (30, 10, 20):
        at = (datetime.now(UTC) - timedelta(hours=hours)).isoformat()
        references.append((hours, world.register(received_at=at)["reference"]))
    newest_first = [ref for _hours, ref in sorted(references)]
    page1 = world.get("operator", "/intake/reports", params={"limit": 2}).json()
    page2 = world.get("operator", "/intake/reports", params={"limit": 2, "offset": 2}).json()
    assert [r["reference"] for r in page1 + page2] == newest_first
    bad = world.get("operator", "/intake/reports", params={"limit": 0})
    assert bad.status_code == 422
    departments = world.get("operator", "/intake/departments").json()
    assert [d["code"] for d in departments] == ["ABB", "OMG"]
    assert departments[0]["ack_days"] == 7 and departments[0]["feedback_months"] == 3
