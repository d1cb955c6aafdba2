"""The investigation stays with the department that recorded it: another department's ids
(cases, allegations, tasks) answer like unknown ones and its feed never carries them; a
case re-routed elsewhere starts with an empty investigation; 1700 never sees any of it.
Hostile text is kept as written, a NUL in any new field is refused. Real service on SQLite
and PostgreSQL."""

from __future__ import annotations

import json
import uuid
from typing import Any

from sqlalchemy import select

from investigator_app.intake.models import Allegation, Finding, InvestigationTask
from tests.intake.test_nul_characters import database_contents
from tests.support.investigation import allegation, finding, source, task

from .conftest import World, op
from .investigating import act, applied, count, handled, investigation, refused

SECRET = "Geheime tenlastelegging tegen Ward Verhaegen"
MOTIVATION = "Geheime motivering van de bevinding"
FOLLOW_UP = "Geheime aanbevolen opvolging"
PLAN = "Geheime onderzoekstaak"
WITHDRAWN = "Geheime reden van intrekking"


def investigated(world: World) -> tuple[str, dict[str, Any], dict[str, Any]]:
    """An ABB case under investigation with an allegation (finding and all), a withdrawn
    one and a task: (its id, the allegation, the task)."""
    case_id = handled(world, "investigating")
    charge, dropped, plan = allegation(SECRET), allegation("Een tweede"), task(PLAN)
    facts = finding("founded", MOTIVATION, follow_up="other", follow_up_text=FOLLOW_UP)
    applied(world, "jonas", case_id, "add_allegation", allegation=charge)
    applied(world, "jonas", case_id, "add_allegation", allegation=dropped)
    applied(
        world,
        "jonas",
        case_id,
        "withdraw_allegation",
        allegation_id=dropped["allegation_id"],
        reason=WITHDRAWN,
    )
    applied(
        world,
        "jonas",
        case_id,
        "record_finding",
        allegation_id=charge["allegation_id"],
        finding=facts,
    )
    applied(world, "jonas", case_id, "add_task", task=plan)
    return case_id, charge, plan


def every_operation(charge: dict[str, Any], plan: dict[str, Any]) -> list[tuple[str, Any]]:
    """Each operation on the investigation, aimed at ``charge`` and ``plan``."""
    allegation_id = charge["allegation_id"]
    return [
        ("add_allegation", {"allegation": charge}),
        ("edit_allegation", {"allegation": dict(charge, text="Overschreven")}),
        ("withdraw_allegation", {"allegation_id": allegation_id, "reason": "Weg ermee"}),
        ("record_finding", {"allegation_id": allegation_id, "finding": finding()}),
        ("add_task", {"task": plan}),
        ("edit_task", {"task": dict(plan, description="Overschreven")}),
        ("set_task_state", {"task_id": plan["task_id"], "state": "cancelled"}),
    ]


def secrets_in(text: str) -> list[str]:
    return [s for s in (SECRET, MOTIVATION, FOLLOW_UP, PLAN, WITHDRAWN) if s in text]


def test_another_department_cannot_read_or_change_any_of_it(world: World) -> None:
    case_id, charge, plan = investigated(world)
    shown = investigation(world, case_id)
    # Tom (OMG) aims every operation at ABB's case: not found, as a case that does not exist.
    attempts = every_operation(charge, plan)
    results = world.operate("tom", *(op(case_id, a, **f) for a, f in attempts))
    guessed = world.operate("tom", *(op(str(uuid.uuid4()), a, **f) for a, f in attempts))
    for result in results + guessed:
        assert (result["status"], result["message"], result["case"]) == (
            "rejected",
            "case not found",
            None,
        )
    assert investigation(world, case_id) == shown

    # On his own case, ABB's ids are unknown ones: the same words as a fresh guess.
    own = handled(world, "investigating", department="OMG")
    mine = allegation("Een eigen tenlastelegging")
    applied(world, "tom", own, "add_allegation", allegation=mine)
    fresh_charge, fresh_plan = allegation(), task()
    for (action, theirs), (_, guess) in zip(
        every_operation(charge, plan), every_operation(fresh_charge, fresh_plan), strict=True
    ):
        if action.startswith("add_"):
            # An id taken anywhere is taken: the answer for one's own.
            said = refused(world, "tom", own, action, watcher="tom", **theirs)
            assert said.endswith("exists already"), action
            continue
        said = refused(world, "tom", own, action, watcher="tom", **theirs)
        assert said == refused(world, "tom", own, action, watcher="tom", **guess), action
        assert said.startswith("no such"), said
    same_id = dict(mine, text="Nog eens")
    assert refused(world, "tom", own, "add_allegation", watcher="tom", allegation=same_id) == (
        "this allegation exists already"
    )
    # Nor does ABB's colleague reach them from another ABB case.
    other = handled(world, "investigating")
    assert refused(
        world,
        "jonas",
        other,
        "record_finding",
        allegation_id=charge["allegation_id"],
        finding=finding(),
    ) == ("no such allegation on this case")
    assert investigation(world, case_id) == shown
    with world.service.database.read() as session:
        texts = session.scalars(select(Allegation.text).order_by(Allegation.text)).all()
    assert SECRET in texts and "Overschreven" not in texts

    # OMG's feed never carries any of it; ABB's does.
    omg = json.dumps(world.changes("tom", limit=1000))
    assert secrets_in(omg) == [] and case_id not in omg
    assert len(secrets_in(json.dumps(world.changes("an", limit=1000)))) == 5


def test_a_case_returned_and_sent_elsewhere_starts_with_an_empty_investigation(
    world: World,
) -> None:
    case_id, charge, plan = investigated(world)
    before = count(world, Allegation), count(world, Finding), count(world, InvestigationTask)
    returned = act(world, "jonas", case_id, "return_to_1700", reason="Niet bevoegd")
    assert returned["status"] == "applied" and returned["case"] is None
    rerouted = world.post("operator", f"/intake/reports/{case_id}/reroute", {"department": "OMG"})
    assert rerouted.status_code == 200, rerouted.text
    assert secrets_in(rerouted.text) == []

    fresh = world.case(case_id, "tom")
    empty: dict[str, list[Any]] = {"allegations": [], "tasks": [], "pieces": [], "interviews": []}
    assert fresh["investigation"] == empty
    assert fresh["closing_ground"] is None
    assert secrets_in(json.dumps(world.changes("tom", limit=1000))) == []
    applied(world, "tom", case_id, "acknowledge")
    applied(world, "tom", case_id, "assign", assignee_id=world.ids["tom"])
    applied(world, "tom", case_id, "start_assessment")
    applied(world, "tom", case_id, "start_investigation")
    for action, fields in every_operation(charge, plan)[1:]:
        if action == "add_task":
            continue
        assert refused(world, "tom", case_id, action, watcher="tom", **fields).startswith(
            "no such"
        ), action
    own = allegation("De tenlastelegging van Omgeving")
    case = applied(world, "tom", case_id, "add_allegation", allegation=own)
    [shown] = case["investigation"]["allegations"]
    assert (shown["number"], shown["facts"]["text"]) == (1, own["text"])  # numbered afresh
    case = applied(world, "tom", case_id, "add_task", task=task("Eigen taak"))
    assert [t["description"] for t in case["investigation"]["tasks"]] == ["Eigen taak"]
    # ABB's record is kept as it was (its own audit trail refers to it), not shown to OMG.
    after = count(world, Allegation), count(world, Finding), count(world, InvestigationTask)
    assert after == (before[0] + 1, before[1], before[2] + 1)
    # ABB's desktops dropped the case (a tombstone in their feed).
    [gone] = [c for c in world.changes("an", limit=1000)["changes"] if c["case_id"] == case_id]
    assert gone["deleted"] and gone["case"] is None


def test_1700_never_sees_the_investigation(world: World) -> None:
    case_id, _charge, _plan = investigated(world)
    listed = world.get("operator", "/intake/reports", params={"limit": 100})
    assert listed.status_code == 200
    [report] = [r for r in listed.json() if r["id"] == case_id]
    assert set(report) == {
        "id",
        "reference",
        "status",
        "department",
        "received_at",
        "category",
        "summary",
        "return_reason",
    }
    assert secrets_in(listed.text) == []
    phone = world.get("operator", "/intake/phone-requests")
    assert phone.status_code == 200 and secrets_in(phone.text) == []
    # Nor once the case is back at the desk.
    act(world, "jonas", case_id, "return_to_1700", reason="Niet bevoegd")
    listed = world.get("operator", "/intake/reports", params={"limit": 100})
    assert secrets_in(listed.text) == []


HOSTILE_MARKUP = '<b>vet</b> <script>alert("x")</script> &amp; <img src=x onerror=1>'
CONTROLS = "bel\x07 tab\t cr\r\n rtl\u202eesrever\u202c nul-lookalike \\u0000 ￿"
LONG_WORD = "a" * 20_000


def test_hostile_text_is_kept_and_shown_as_written(world: World) -> None:
    case_id = handled(world, "investigating")
    charge = allegation(HOSTILE_MARKUP + CONTROLS, persons=[HOSTILE_MARKUP, CONTROLS.strip()])
    applied(world, "jonas", case_id, "add_allegation", allegation=charge)
    dropped = allegation("Tweede")
    applied(world, "jonas", case_id, "add_allegation", allegation=dropped)
    applied(
        world,
        "jonas",
        case_id,
        "withdraw_allegation",
        allegation_id=dropped["allegation_id"],
        reason=HOSTILE_MARKUP,
    )
    motivation = f"{HOSTILE_MARKUP} {LONG_WORD} {CONTROLS}"
    facts = finding(
        "founded", motivation, follow_up="other", follow_up_text=CONTROLS + LONG_WORD[:4000]
    )
    applied(
        world,
        "jonas",
        case_id,
        "record_finding",
        allegation_id=charge["allegation_id"],
        finding=facts,
    )
    plan = task(HOSTILE_MARKUP + LONG_WORD[:4000])
    case = applied(world, "jonas", case_id, "add_task", task=plan)

    for shown in (case["investigation"], investigation(world, case_id, "an")):
        first, second = shown["allegations"]
        assert first["facts"]["text"] == HOSTILE_MARKUP + CONTROLS
        assert first["facts"]["persons"] == [HOSTILE_MARKUP, CONTROLS.strip()]
        assert first["finding"]["facts"]["motivation"] == motivation
        assert first["finding"]["facts"]["follow_up_text"] == CONTROLS + LONG_WORD[:4000]
        assert second["withdrawn"]["reason"] == HOSTILE_MARKUP
        assert shown["tasks"][0]["description"] == HOSTILE_MARKUP + LONG_WORD[:4000]
    with world.service.database.read() as session:
        assert session.scalars(select(Finding.motivation)).one() == motivation


def _nul(text: str) -> str:
    return text[:1] + "\x00" + text[1:]


def test_a_nul_in_any_new_field_is_refused_naming_it_and_nothing_is_stored(
    world: World,
) -> None:
    case_id = handled(world, "investigating")
    charge, plan = allegation(), task(owner_id=world.ids["jonas"])
    message_id = str(uuid.uuid4())
    cited = [source("answer_file", "0" * 64, message_id)]
    before = database_contents(world.service)
    places: list[tuple[str, str, dict[str, Any]]] = [
        ("add_allegation", "allegation.text", {"allegation": dict(charge, text=_nul("Tekst"))}),
        (
            "edit_allegation",
            "allegation.persons.0",
            {"allegation": dict(charge, persons=[_nul("Ward")])},
        ),
        (
            "add_allegation",
            "allegation.allegation_id",
            {"allegation": dict(charge, allegation_id=_nul(charge["allegation_id"]))},
        ),
        (
            "withdraw_allegation",
            "reason",
            {"allegation_id": charge["allegation_id"], "reason": _nul("Reden")},
        ),
        (
            "record_finding",
            "finding.motivation",
            {"allegation_id": charge["allegation_id"], "finding": finding(motivation=_nul("M"))},
        ),
        (
            "record_finding",
            "finding.follow_up_text",
            {
                "allegation_id": charge["allegation_id"],
                "finding": finding("founded", follow_up="other", follow_up_text=_nul("Tekst")),
            },
        ),
        (
            "record_finding",
            "finding.sources.0.ref",
            {
                "allegation_id": charge["allegation_id"],
                "finding": finding(sources=[source("case_file", _nul("0" * 64))]),
            },
        ),
        (
            "record_finding",
            "finding.sources.0.message_id",
            {
                "allegation_id": charge["allegation_id"],
                "finding": finding(sources=[dict(cited[0], message_id=_nul(message_id))]),
            },
        ),
        ("add_task", "task.description", {"task": dict(plan, description=_nul("Taak"))}),
        ("edit_task", "task.owner_id", {"task": dict(plan, owner_id=_nul(world.ids["jonas"]))}),
        ("set_task_state", "task_id", {"task_id": _nul(plan["task_id"]), "state": "done"}),
        ("start_assessment", "reason", {"reason": _nul("Motivering")}),
        ("start_investigation", "reason", {"reason": _nul("Motivering")}),
    ]
    for action, place, fields in places:
        response = world.post(
            "jonas", "/operations", {"operations": [op(case_id, action, **fields)]}
        )
        assert response.status_code == 422, (action, place, response.text)
        message = response.json()["detail"]["message"]
        assert f"operations.0.{place}: " in message and "NUL" in message, (place, message)
    assert database_contents(world.service) == before
