"""A case's audit trail across a real re-route: the department that has the case now sees
what it did in full, and of the earlier department only what its feed shows too (that
department's name, what it did and when), never its people, reasons or ids."""

from __future__ import annotations

import uuid
from typing import Any

from .conftest import World, op

REVEAL_REASON = "Verhoor van de melder is nodig voor het onderzoek naar de facturen."
RETURN_REASON = "Geen bevoegdheid: het gaat om een gemeentelijke vergunning."
RECUSE_REASON = "Mijn schoonbroer werkt bij de betrokken aannemer."
READER = "Karel Chef van Juridische Dienst"


def copy_of(reader: str) -> dict[str, Any]:
    return {
        "copy_id": str(uuid.uuid4()),
        "profile": "volledig",
        "reader": reader,
        "kind": "export",
        "sha256": "ab" * 32,
        "pages": 3,
    }


def applied(world: World, who: str, operation: dict[str, Any]) -> None:
    [result] = world.operate(who, operation)
    assert result["status"] == "applied", result


def trail(world: World, who: str, case_id: str) -> list[dict[str, Any]]:
    response = world.get(who, f"/cases/{case_id}/audit")
    assert response.status_code == 200, response.text
    return list(response.json()["entries"])


def test_after_a_re_route_the_new_department_sees_nothing_of_the_earlier_ones_people(
    world: World,
) -> None:
    case_id = world.forwarded_case("ABB")
    reference = world.case(case_id)["reference"]
    abb_copy = copy_of(READER)
    abb_ops = [
        op(case_id, "declare_no_conflict"),
        op(case_id, "record_copy", **abb_copy),
    ]
    for operation in abb_ops:
        applied(world, "an", operation)
    revealed = world.post("an", f"/cases/{case_id}/identity", {"reason": REVEAL_REASON})
    assert revealed.status_code == 200, revealed.text
    recusal = op(case_id, "recuse", reason=RECUSE_REASON)
    applied(world, "jonas", recusal)
    own = trail(world, "manager", case_id)  # ABB's own view, while it has the case
    assert {e["actor"] for e in own} == {"An Peeters", "Jonas Maes"}
    assert REVEAL_REASON in str(own) and READER in str(own)
    returned = op(world.case(case_id, "manager"), "return_to_1700", reason=RETURN_REASON)
    applied(world, "manager", returned)

    rerouted = world.post("operator", f"/intake/reports/{case_id}/reroute", {"department": "OMG"})
    assert rerouted.status_code == 200, rerouted.text
    omg_copy = copy_of("Inspectie Omgeving")
    applied(world, "tom", op(case_id, "declare_no_conflict"))
    applied(world, "tom", op(case_id, "record_copy", **omg_copy))

    seen = trail(world, "tom", case_id)
    assert [(e["actor"], e["action"]) for e in seen] == [
        ("Agentschap Binnenlands Bestuur", "case.conflict_declared"),
        ("Agentschap Binnenlands Bestuur", "case.copy_exported"),
        ("Agentschap Binnenlands Bestuur", "case.identity_revealed"),
        ("Agentschap Binnenlands Bestuur", "case.recused"),
        ("Tom Janssens", "case.conflict_declared"),
        ("Tom Janssens", "case.copy_exported"),
    ]
    for earlier in seen[:4]:
        assert earlier["detail"] == {"reference": reference} and earlier["reason"] is None
    text = str(seen[:4])
    for secret in ("An Peeters", "Jonas Maes", "Els Wouters", REVEAL_REASON, READER,
                   abb_copy["copy_id"], *(o["op_id"] for o in [*abb_ops, recusal])):  # fmt: skip
        assert secret not in text
    # OMG's own entries in full: its people, its ids, its readers.
    assert seen[5]["detail"]["copy_id"] == omg_copy["copy_id"]
    assert seen[5]["detail"]["reader"] == "Inspectie Omgeving"
