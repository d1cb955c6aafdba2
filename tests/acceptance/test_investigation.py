"""The investigation end to end: a real service on loopback and real desktops.

Allegations, findings and tasks recorded offline arrive exactly once and show on a
colleague's desktop; closing waits for the findings and closes with the outcome shown;
another department and 1700 see none of it; the dossier carries it and the reporter's
letter does not; a queued action can be undone; an empty letter is refused.
"""

from __future__ import annotations

import io
import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from investigator_app.domain.investigation import (
    AllegationFacts,
    ClosingGround,
    Conclusion,
    FindingFacts,
    FollowUp,
    TaskState,
)
from investigator_app.domain.letters import (
    EMPTY_LETTER,
    LetterKind,
    body_is_missing,
    feedback_letter,
)
from investigator_app.domain.vocabulary import Category, Language, Outcome
from investigator_app.export.options import ExportOptions, Profile
from investigator_app.export.render import render_dossier
from investigator_app.export.source import ExportSource, _detail_line
from tests.support.operations import wire_op
from tests.support.world import ABB, AN, DESK, JONAS, TOM, Desktop, World

TIMEOUT_MS = 20_000

ALLEGATION = "Het diensthoofd liet een aannemer een reis naar Barcelona betalen."
MOTIVATION = "De factuur van het reisbureau staat op naam van de aannemer."
TASK = "Boekhouding van de aannemer opvragen"


def investigating_case(world: World, assignee: str = AN) -> dict[str, Any]:
    """A case of ABB in investigation, assigned to ``assignee``."""
    created = world.register_and_forward(ABB)
    case_id = created["id"]
    steps: list[tuple[str, dict[str, Any]]] = [
        ("acknowledge", {}),
        ("assign", {"assignee_id": world.user_id(assignee)}),
        ("start_assessment", {}),
        ("start_investigation", {"reason": "Voldoende aanwijzingen na de beoordeling."}),
    ]
    for action, fields in steps:
        case = world.case(AN, case_id)
        [result] = world.operate(AN, wire_op(case, action, **fields))
        assert result["status"] == "applied", result
    return world.case(AN, case_id)


def service_investigation(world: World, username: str, case_id: str) -> dict[str, Any]:
    return dict(world.case(username, case_id)["investigation"])


def synced(desktop: Desktop) -> bool:
    return desktop.workspace.store.pending_count() == 0


def test_recorded_offline_arrives_exactly_once_and_shows_on_a_colleagues_desktop(
    qtbot: QtBot, world: World, desktops: Callable[[str], Desktop]
) -> None:
    case = investigating_case(world)
    case_id = case["id"]
    an = desktops(AN)
    qtbot.waitUntil(lambda: an.open_case(case_id), timeout=TIMEOUT_MS)
    controller = an.workspace.controller

    an.workspace.runner.stop()  # offline: everything waits in the outbox
    facts = AllegationFacts(ALLEGATION, ("Piet Fictief",), Category.BRIBERY)
    assert controller.add_allegation(case_id, facts)
    detail = controller.detail(case_id)
    assert detail is not None
    [allegation] = detail.investigation.allegations
    assert allegation.pending and allegation.number == 1
    finding = FindingFacts(Conclusion.FOUNDED, MOTIVATION, (), FollowUp.DISCIPLINARY)
    assert controller.record_finding(case_id, allegation.id, finding)
    assert controller.add_task(case_id, TASK, world.user_id(JONAS), date.today())
    detail = controller.detail(case_id)
    assert detail is not None
    [allegation] = detail.investigation.allegations
    assert allegation.finding is not None and allegation.finding.facts == finding
    [task] = detail.investigation.tasks
    assert (task.description, task.owner, task.pending) == (TASK, "Jonas Maes", True)
    assert service_investigation(world, AN, case_id)["allegations"] == []  # not sent yet

    an.workspace.runner.start()  # back online
    qtbot.waitUntil(lambda: synced(an), timeout=TIMEOUT_MS)
    sent = service_investigation(world, AN, case_id)
    assert [a["facts"]["text"] for a in sent["allegations"]] == [ALLEGATION]
    assert sent["allegations"][0]["finding"]["facts"]["conclusion"] == "founded"
    assert [t["description"] for t in sent["tasks"]] == [TASK]

    def confirmed() -> bool:
        shown = controller.detail(case_id)
        return shown is not None and not any(a.pending for a in shown.investigation.allegations)

    qtbot.waitUntil(confirmed, timeout=TIMEOUT_MS)

    jonas = desktops(JONAS)

    def jonas_sees_it() -> bool:
        shown = jonas.workspace.controller.detail(case_id)
        return shown is not None and len(shown.investigation.allegations) == 1

    qtbot.waitUntil(jonas_sees_it, timeout=TIMEOUT_MS)
    shown = jonas.workspace.controller.detail(case_id)
    assert shown is not None
    [task] = shown.investigation.tasks
    assert task.owner_id == world.user_id(JONAS) and task.state is TaskState.OPEN
    my_tasks = jonas.workspace.store.my_tasks(datetime.now(UTC))
    assert [(t.reference, t.task.description) for t in my_tasks] == [(case["reference"], TASK)]
    # And on his screen: the Onderzoek tab shows the allegation with its finding.
    qtbot.waitUntil(lambda: jonas.open_case(case_id), timeout=TIMEOUT_MS)
    panel = jonas.workspace.window.case_pane.investigation_panel
    qtbot.waitUntil(lambda: len(panel.cards) == 1, timeout=TIMEOUT_MS)
    [card] = panel.cards
    assert card.allegation.facts.text == ALLEGATION and not card.allegation.pending
    assert card.allegation.finding is not None


def test_closing_waits_for_every_finding_and_closes_with_the_outcome_shown(
    qtbot: QtBot, world: World, desktops: Callable[[str], Desktop]
) -> None:
    case = investigating_case(world)
    case_id = case["id"]
    an = desktops(AN)
    qtbot.waitUntil(lambda: an.open_case(case_id), timeout=TIMEOUT_MS)
    controller = an.workspace.controller
    for text in (ALLEGATION, "Het diensthoofd gunde de opdracht zonder vergelijking."):
        assert controller.add_allegation(
            case_id, AllegationFacts(text, ("Piet Fictief",), Category.BRIBERY)
        )
    detail = controller.detail(case_id)
    assert detail is not None
    first, second = detail.investigation.allegations
    assert controller.record_finding(
        case_id, first.id, FindingFacts(Conclusion.UNFOUNDED, "Geen bewijs gevonden.")
    )
    # The desktop refuses while the second allegation has no finding …
    assert not controller.close(case_id, Outcome.UNFOUNDED, "Onderzoek afgerond.")
    qtbot.waitUntil(lambda: synced(an), timeout=TIMEOUT_MS)
    # … and so does the service, for a desktop that would not.
    [refused] = world.operate(
        AN, wire_op(world.case(AN, case_id), "close", outcome="unfounded", reason="Klaar.")
    )
    assert refused["status"] == "rejected" and "no finding" in refused["message"]

    partly = FindingFacts(
        Conclusion.PARTLY_FOUNDED,
        "De vergelijking ontbrak, maar de prijs was marktconform.",
        (),
        FollowUp.ORGANISATIONAL,
        "Aankoopprocedure herzien.",
    )
    assert controller.record_finding(case_id, second.id, partly)
    detail = controller.detail(case_id)
    assert detail is not None
    from investigator_app.domain.investigation import derived_outcome

    assert derived_outcome(detail.investigation) is Outcome.PARTLY_FOUNDED
    # Closing with another outcome than the findings give is refused on both sides.
    assert not controller.close(case_id, Outcome.FOUNDED, "Onderzoek afgerond.")
    assert controller.close(case_id, Outcome.PARTLY_FOUNDED, "Onderzoek afgerond.")
    qtbot.waitUntil(lambda: synced(an), timeout=TIMEOUT_MS)
    closed = world.case(AN, case_id)
    assert (closed["status"], closed["outcome"]) == ("closed", "partly_founded")


def test_closing_without_investigation_needs_a_ground(
    qtbot: QtBot, world: World, desktops: Callable[[str], Desktop]
) -> None:
    created = world.register_and_forward(ABB)
    case_id = created["id"]
    for action in ("acknowledge", "start_assessment"):
        [result] = world.operate(AN, wire_op(world.case(AN, case_id), action))
        assert result["status"] == "applied"
    [refused] = world.operate(
        AN, wire_op(world.case(AN, case_id), "close", outcome="inadmissible", reason="Oud.")
    )
    assert refused["status"] == "rejected" and "ground" in refused["message"]

    an = desktops(AN)
    qtbot.waitUntil(lambda: an.open_case(case_id), timeout=TIMEOUT_MS)
    controller = an.workspace.controller
    assert not controller.close(case_id, Outcome.INADMISSIBLE, "De feiten zijn te oud.")
    assert controller.close(
        case_id, Outcome.INADMISSIBLE, "De feiten dateren van 2019.", ClosingGround.FACTS_TOO_OLD
    )
    qtbot.waitUntil(lambda: synced(an), timeout=TIMEOUT_MS)
    closed = world.case(AN, case_id)
    assert (closed["status"], closed["closing_ground"]) == ("closed", "facts_too_old")


def test_another_department_and_1700_see_and_change_none_of_it(world: World) -> None:
    case = investigating_case(world)
    case_id = case["id"]
    allegation_id, task_id = str(uuid.uuid4()), str(uuid.uuid4())
    allegation = {"allegation_id": allegation_id, "text": ALLEGATION, "category": "bribery"}
    task = {"task_id": task_id, "description": TASK}
    results = world.operate(
        AN,
        wire_op(case, "add_allegation", allegation=allegation),
        wire_op(case, "add_task", task=task),
    )
    assert [r["status"] for r in results] == ["applied", "applied"]

    # Tom of OMG: every operation on ABB's case, with its real ids, answers as for a case
    # that does not exist.
    finding = {"conclusion": "unfounded", "motivation": "Niets."}
    attempts = [
        wire_op(
            case_id, "add_allegation", allegation={**allegation, "allegation_id": str(uuid.uuid4())}
        ),
        wire_op(case_id, "edit_allegation", allegation={**allegation, "text": "Overschreven"}),
        wire_op(case_id, "withdraw_allegation", allegation_id=allegation_id, reason="Weg."),
        wire_op(case_id, "record_finding", allegation_id=allegation_id, finding=finding),
        wire_op(case_id, "edit_task", task={**task, "description": "Overschreven"}),
        wire_op(case_id, "set_task_state", task_id=task_id, state="cancelled"),
    ]
    unknown = [wire_op(str(uuid.uuid4()), op["action"], **_fields(op)) for op in attempts]
    answers = world.operate(TOM, *attempts)
    assert {(a["status"], a["message"]) for a in answers} == {("rejected", "case not found")}
    assert [(a["status"], a["message"]) for a in world.operate(TOM, *unknown)] == [
        (a["status"], a["message"]) for a in answers
    ]
    with world.http(TOM) as client:
        feed = client.get("/changes", params={"cursor": 0, "limit": 1000}).json()
    assert case_id not in {change["case_id"] for change in feed["changes"]}

    # Nothing changed for ABB.
    shown = service_investigation(world, AN, case_id)
    assert [a["facts"]["text"] for a in shown["allegations"]] == [ALLEGATION]
    assert [(t["description"], t["state"]) for t in shown["tasks"]] == [(TASK, "open")]

    # The case's audit trail names what was done to which allegation or task, never a text.
    with world.http(AN) as client:
        trail = client.get(f"/cases/{case_id}/audit").json()["entries"]
    done = {entry["action"]: entry["detail"] for entry in trail}
    assert done["case.add_allegation"]["number"] == 1
    assert (done["case.add_task"]["task_number"], done["case.add_task"]["state"]) == (1, "open")
    assert ALLEGATION not in str(trail) and TASK not in str(trail)
    line = _detail_line({"task_number": 2, "state": "done", "op_id": "x", "task_id": "y"})
    assert line == "taak 2 · uitgevoerd"

    # 1700's operator API shows the report, never the investigation.
    with world.http(DESK) as desk:
        pages = [
            desk.get("/intake/reports"),
            desk.get("/intake/reports", params={"department": ABB}),
        ]
    for page in pages:
        assert page.status_code == 200, page.text
        assert case["reference"] in page.text
        for words in (ALLEGATION, TASK, "allegation", "investigation", "task"):
            assert words not in page.text


def _fields(op: dict[str, Any]) -> dict[str, Any]:
    return {
        k: v
        for k, v in op.items()
        if k not in {"op_id", "case_id", "action", "base_version", "made_at"}
    }


def test_the_dossier_carries_the_investigation_and_the_reporters_letter_does_not(
    qtbot: QtBot, world: World, desktops: Callable[[str], Desktop], tmp_path: Path
) -> None:
    case = investigating_case(world)
    case_id = case["id"]
    an = desktops(AN)
    qtbot.waitUntil(lambda: an.open_case(case_id), timeout=TIMEOUT_MS)
    controller = an.workspace.controller
    assert controller.add_allegation(
        case_id, AllegationFacts(ALLEGATION, ("Piet Fictief",), Category.BRIBERY)
    )
    detail = controller.detail(case_id)
    assert detail is not None
    [allegation] = detail.investigation.allegations
    assert controller.record_finding(
        case_id,
        allegation.id,
        FindingFacts(Conclusion.FOUNDED, MOTIVATION, (), FollowUp.PROSECUTOR, "Parket Gent."),
    )
    assert controller.add_task(case_id, TASK, None, date.today() + timedelta(days=7))
    qtbot.waitUntil(lambda: synced(an), timeout=TIMEOUT_MS)

    source = ExportSource(an.workspace.store)
    dossier = source.dossier(case_id, datetime.now(UTC))
    for profile in (Profile.FULL, Profile.MANAGER):
        options = ExportOptions(profile=profile, reader="Mia Manager", made_by="An Peeters")
        text = _pdf_text(render_dossier(dossier, options).data)
        for words in ("Tenlasteleggingen en bevindingen", "Onderzoeksplan", "gegrond", TASK):
            assert words in text, (profile, words)
        assert "Barcelona" in text and "reisbureau" in text
    letter_options = ExportOptions(profile=Profile.FEEDBACK, reader="De melder", made_by="An")
    letter = _pdf_text(render_dossier(dossier, letter_options).data)
    for words in ("Tenlastelegging", "bevinding", "reisbureau", TASK):
        assert words not in letter


def _pdf_text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    return " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)


def test_a_queued_action_is_undone_and_never_reaches_the_service(
    qtbot: QtBot, world: World, desktops: Callable[[str], Desktop]
) -> None:
    case = investigating_case(world)
    case_id = case["id"]
    an = desktops(AN)
    qtbot.waitUntil(lambda: an.open_case(case_id), timeout=TIMEOUT_MS)
    controller = an.workspace.controller
    qtbot.waitUntil(lambda: synced(an), timeout=TIMEOUT_MS)  # the declaration went out
    an.workspace.runner.stop()
    assert controller.add_task(case_id, TASK, None, None)
    assert controller.add_task(case_id, "Getuige horen", None, None)
    queued = controller.queued_actions(case_id)
    assert [q.undoable for q in queued] == [True, True]
    assert controller.undo(str(queued[0].op_id))
    detail = controller.detail(case_id)
    assert detail is not None
    assert [t.description for t in detail.investigation.tasks] == ["Getuige horen"]
    an.workspace.runner.start()
    qtbot.waitUntil(lambda: synced(an), timeout=TIMEOUT_MS)
    tasks = service_investigation(world, AN, case_id)["tasks"]
    assert [t["description"] for t in tasks] == ["Getuige horen"]


def test_an_empty_feedback_letter_is_refused_by_the_desktop_and_the_service(
    qtbot: QtBot, world: World, desktops: Callable[[str], Desktop]
) -> None:
    """Only the template's greeting and closing: in a trial run such a letter reached a
    reporter. A letter with a middle goes out."""
    case = investigating_case(world)
    case_id, reference = case["id"], case["reference"]
    department = "Agentschap Binnenlands Bestuur"
    empty = feedback_letter(Language.NL, reference, department)
    assert body_is_missing(empty, reference, department, LetterKind.FEEDBACK)
    careless = empty.replace("Beste melder,", "beste melder").replace("groeten,", "groeten")

    an = desktops(AN)
    qtbot.waitUntil(lambda: an.open_case(case_id), timeout=TIMEOUT_MS)
    controller = an.workspace.controller
    refusals: list[str] = []
    controller.action_failed.connect(refusals.append)
    assert not controller.send_feedback(case_id, empty)
    assert not controller.send_feedback(case_id, careless)
    assert len(refusals) == 2 and all("melder" in text for text in refusals)
    qtbot.waitUntil(lambda: synced(an), timeout=TIMEOUT_MS)

    for body in (empty, careless):  # a desktop that would not check
        letter = {"message_id": str(uuid.uuid4()), "body": body}
        [refused] = world.operate(
            AN, wire_op(world.case(AN, case_id), "send_feedback", message=letter)
        )
        assert (refused["status"], refused["message"]) == ("rejected", EMPTY_LETTER)
    assert world.case(AN, case_id)["messages"] == []

    written = empty.replace(
        "\n\n\n\n", "\n\nHet onderzoek loopt nog; we laten u de uitkomst weten.\n\n"
    )
    assert not body_is_missing(written, reference, department, LetterKind.FEEDBACK)
    assert controller.send_feedback(case_id, written)
    qtbot.waitUntil(lambda: synced(an), timeout=TIMEOUT_MS)
    [sent] = world.case(AN, case_id)["messages"]
    assert "Het onderzoek loopt nog" in sent["body"]
