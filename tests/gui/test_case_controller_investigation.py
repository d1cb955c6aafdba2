"""The case controller's investigation actions, undo, "new" and "my tasks": each action is
queued and shown at once; what the store refuses is told in Dutch, saying why."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from investigator_app.domain.investigation import (
    AllegationFacts,
    ClosingGround,
    Conclusion,
    FindingFacts,
    FollowUp,
    SourceKind,
    SourceRef,
    TaskState,
)
from investigator_app.domain.lifecycle import Action
from investigator_app.domain.vocabulary import Category, Outcome, Status
from investigator_app.gui.workspace.case_controller import CaseController
from investigator_app.store import LocalStore
from investigator_app.store.views import CaseDetail
from investigator_app.sync.runner import SyncRunner
from tests.store.case_factory import COLLEAGUE, ME, RECEIVED, make_case, me, page
from tests.store.investigation_factory import AT, allegation, investigating, task
from tests.store.message_factory import attachment

NOW = AT + timedelta(days=1)
FACTS = AllegationFacts("Liet een reis betalen.", ("J. Janssens",), Category.BRIBERY)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[LocalStore]:
    opened = LocalStore.open(tmp_path / "data" / "store.sqlite3")
    opened.set_identity(me())
    yield opened
    opened.close()


@pytest.fixture
def controller(store: LocalStore) -> CaseController:
    runner = SyncRunner(store.path, "http://127.0.0.1:9", None)  # never started: offline
    return CaseController(store, runner, clock=lambda: NOW)


def detail(controller: CaseController, case_id: str = "c1") -> CaseDetail:
    shown = controller.detail(case_id)
    assert shown is not None
    return shown


def told(qtbot: QtBot, controller: CaseController, act: object) -> str:
    """What ``act`` (refused) tells the user."""
    assert callable(act)
    with qtbot.waitSignal(controller.action_failed, timeout=1000) as failed:
        assert act() is False
    message: str = failed.args[0]
    return message


def test_each_investigation_action_is_queued_and_shown(
    qtbot: QtBot, store: LocalStore, controller: CaseController
) -> None:
    registration = attachment(b"%PDF aangifte", "aangifte.pdf", by="1700")
    store.apply_changes(page(investigating("c1", attachments=[registration]), cursor=1))
    failures: list[str] = []
    controller.action_failed.connect(failures.append)

    assert controller.add_allegation("c1", FACTS)
    [added] = detail(controller).investigation.allegations
    assert added.pending and added.facts == FACTS
    better = AllegationFacts("Liet twee reizen betalen.", FACTS.persons, Category.ABUSE_OF_POWERS)
    assert controller.edit_allegation("c1", added.id, better)
    cited = (SourceRef(SourceKind.CASE_FILE, registration.sha256),)
    finding = FindingFacts(Conclusion.FOUNDED, "Facturen.", cited, FollowUp.DISCIPLINARY)
    assert controller.record_finding("c1", added.id, finding)
    assert controller.add_allegation("c1", FACTS)
    second = detail(controller).investigation.allegations[1]
    assert controller.withdraw_allegation("c1", second.id, "Dubbel met 1.")
    due = NOW.date() + timedelta(days=5)
    assert controller.add_task("c1", "Verhoor de leverancier.", ME.id, due)
    [job] = detail(controller).investigation.tasks
    assert controller.edit_task("c1", job.id, "Verhoor beiden.", COLLEAGUE.id, None)
    assert controller.set_task_state("c1", job.id, TaskState.CANCELLED)

    inv = detail(controller).investigation
    first, withdrawn = inv.allegations
    assert first.facts == better and first.finding is not None
    assert first.finding.facts == finding
    assert withdrawn.withdrawn is not None and withdrawn.withdrawn.reason == "Dubbel met 1."
    [cancelled] = inv.tasks
    assert (cancelled.description, cancelled.owner, cancelled.state) == (
        "Verhoor beiden.",
        "Cas Colleague",
        TaskState.CANCELLED,
    )
    assert failures == []
    assert [q.action for q in controller.queued_actions("c1")][-1] is Action.SET_TASK_STATE

    # Closing on the findings: the outcome they give.
    assert controller.close("c1", Outcome.FOUNDED, "Afgerond na onderzoek.")
    assert detail(controller).status is Status.CLOSED


def test_the_start_of_the_assessment_and_a_closing_without_investigation(
    store: LocalStore, controller: CaseController
) -> None:
    acknowledged = make_case("c1", status=Status.ACKNOWLEDGED, acknowledged_at=RECEIVED)
    store.apply_changes(page(acknowledged, cursor=1))

    assert controller.start_assessment("c1", motivation="Ernstig: <b>dringend</b>")
    assert detail(controller).timeline[-1].reason == "Ernstig: <b>dringend</b>"
    assert controller.close(
        "c1", Outcome.INADMISSIBLE, "Al behandeld.", ClosingGround.ALREADY_HANDLED
    )
    shown = detail(controller)
    assert (shown.status, shown.closing_ground) == (Status.CLOSED, ClosingGround.ALREADY_HANDLED)


def test_refusals_say_why_in_dutch(
    qtbot: QtBot, store: LocalStore, controller: CaseController
) -> None:
    hers = investigating("c2", assignee=COLLEAGUE)
    ours = investigating("c1", allegation(uuid.uuid4(), 1), allegation(uuid.uuid4(), 2))
    store.apply_changes(page(ours, hers, cursor=2))

    team = told(qtbot, controller, lambda: controller.add_allegation("c2", FACTS))
    assert team == (
        "De wijziging aan het onderzoek werd niet bewaard: alleen het dossierteam (wie de "
        "melding toegewezen kreeg en de leidinggevenden) kan het onderzoek wijzigen."
    )
    owner = told(qtbot, controller, lambda: controller.add_task("c1", "Bel.", "u-stranger", None))
    assert owner.startswith("De taak werd niet bewaard: de verantwoordelijke moet")
    blank = told(qtbot, controller, lambda: controller.add_task("c1", "   ", None, None))
    assert blank == "De taak werd niet bewaard: ze heeft een omschrijving nodig."
    too_long = told(qtbot, controller, lambda: controller.add_task("c1", "x" * 6000, None, None))
    assert too_long.startswith("De wijziging aan het onderzoek werd niet bewaard:")
    unfinished = told(
        qtbot, controller, lambda: controller.close("c1", Outcome.UNFOUNDED, "Klaar.")
    )
    assert unfinished.startswith("De melding werd niet afgerond: tenlastelegging 1, 2 heeft")
    ground = told(
        qtbot,
        controller,
        lambda: controller.close("c1", Outcome.UNFOUNDED, "Klaar.", ClosingGround.OTHER),
    )
    assert "niet op een grond" in ground
    assert store.pending_count() == 0


def test_undo_takes_back_a_queued_action_and_says_why_it_cannot(
    qtbot: QtBot, store: LocalStore, controller: CaseController
) -> None:
    store.apply_changes(page(make_case("c1"), cursor=1))
    assert controller.acknowledge("c1")
    assert controller.start_assessment("c1")
    first, second = controller.queued_actions("c1")

    needed = told(qtbot, controller, lambda: controller.undo(first.op_id))
    assert "een latere actie op deze melding" in needed
    with qtbot.waitSignal(controller.cases_changed) as changed:
        assert controller.undo(second.op_id)
    assert changed.args == [["c1"]]
    store.pending_operations(10)  # the pusher takes the acknowledgement
    sent = told(qtbot, controller, lambda: controller.undo(first.op_id))
    assert sent.startswith("Deze actie kan niet meer ongedaan gemaakt worden: ze is al verzonden")
    assert detail(controller).status is Status.ACKNOWLEDGED


def test_opening_a_new_case_and_my_tasks(
    qtbot: QtBot, store: LocalStore, controller: CaseController
) -> None:
    job = uuid.uuid4()
    store.apply_changes(
        page(make_case("c1"), investigating("c2", tasks=(task(job, "Bel de melder."),)), cursor=2)
    )
    assert [s.new for s in store.list_summaries(NOW)] == [True, False]

    with qtbot.waitSignal(controller.cases_changed) as changed:
        controller.mark_opened("c1")
    assert changed.args == [["c1"]]
    with qtbot.assertNotEmitted(controller.cases_changed):
        controller.mark_opened("c1")  # not new any more: nothing changes
    assert [s.new for s in store.list_summaries(NOW)] == [False, False]
    assert [(t.case_id, t.task.description) for t in controller.my_tasks()] == [
        ("c2", "Bel de melder.")
    ]
