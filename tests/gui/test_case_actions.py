"""Handling a case in the window: the actions offered, their dialogs, and conflicts."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from investigator_app.domain.investigation import ClosingGround
from investigator_app.domain.lifecycle import Action
from investigator_app.domain.vocabulary import Outcome, Status
from investigator_app.gui.common.labels import status_label
from investigator_app.gui.conversation.message_dialogs import LetterDialog
from investigator_app.gui.workspace.action_texts import CASE_COMMANDS
from investigator_app.gui.workspace.case_dialogs import (
    AssignDialog,
    MotivationDialog,
    ReturnCaseDialog,
)
from investigator_app.gui.workspace.close_dialog import CloseCaseDialog
from investigator_app.sync.api import ApiClient
from investigator_app.sync.engine import REFUSE_AFTER_FAILURES, SyncEngine
from tests.support.faults import refuse_status_changes, repair
from tests.support.world import ABB, AN, JONAS, Desktop, World


def in_next_dialog(kind: type[QDialog], act: Callable[[QDialog], None]) -> None:
    """Act on the next modal dialog of ``kind`` once it is shown (exec() blocks the test)."""

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind):
            act(dialog)
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(20, poll)


def enabled_actions(desktop: Desktop) -> list[Action]:
    """The case actions the workspace allows now (the others are there, disabled)."""
    pane = desktop.workspace.window.case_pane
    return [action for action in CASE_COMMANDS if pane.action(action).isEnabled()]


def click_in_message_box(text: str) -> None:
    """Click the button named ``text`` of the next message box (a confirmation)."""

    def click(box: QDialog) -> None:
        assert isinstance(box, QMessageBox)
        next(b for b in box.buttons() if b.text() == text).click()

    in_next_dialog(QMessageBox, click)


def server_case(world: World, case_id: str):
    with ApiClient(world.base_url, world.token(JONAS)) as client:
        case = next(c.case for c in client.changes(0).changes if c.case_id == case_id)
    assert case is not None
    return case


def test_the_workspace_offers_what_the_life_cycle_allows_through_to_closing(
    qtbot, world: World, desktops
) -> None:
    created = world.register_and_forward(ABB)
    an = desktops(AN)
    window = an.workspace.window
    pane = window.case_pane
    qtbot.waitUntil(lambda: an.open_case(created["id"]), timeout=5_000)
    assert enabled_actions(an) == [Action.ACKNOWLEDGE, Action.ASSIGN, Action.RETURN_TO_1700]
    assert pane.ui.primaryButton.text() == "Ontvangst bevestigen…"
    QApplication.processEvents()  # laid out
    places = [pane.ui.assignButton.geometry(), pane.ui.moreButton.geometry()]

    def acknowledge_without_letter(dialog: QDialog) -> None:
        assert isinstance(dialog, LetterDialog)
        assert "1700-" in dialog.ui.letterEdit.toPlainText()  # the template names the case
        dialog.ui.noLetterCheck.setChecked(True)
        dialog.on_accept()

    in_next_dialog(LetterDialog, acknowledge_without_letter)
    pane.ui.primaryButton.click()
    messages = [Action.REQUEST_INFO, Action.SEND_FEEDBACK]
    assert enabled_actions(an) == [
        Action.ASSIGN,
        Action.START_ASSESSMENT,
        Action.RETURN_TO_1700,
        *messages,
    ]
    assert pane.ui.primaryButton.text() == "Gegrondheid beoordelen…"

    def assess_with_motivation(dialog: QDialog) -> None:
        assert isinstance(dialog, MotivationDialog)
        dialog.motivation_edit.setPlainText("Eerst nagaan of de reis plaatsvond.")
        dialog.on_accept()

    in_next_dialog(MotivationDialog, assess_with_motivation)
    pane.ui.primaryButton.click()
    assert pane.ui.primaryButton.text() == "Onderzoek starten…"
    QApplication.processEvents()
    assert [pane.ui.assignButton.geometry(), pane.ui.moreButton.geometry()] == places

    def close_on_a_ground(dialog: QDialog) -> None:
        assert isinstance(dialog, CloseCaseDialog)
        assert dialog.outcome() is None  # nothing chosen in advance
        dialog.ui.motivationEdit.setPlainText("Geen aanwijzingen <b>gevonden</b> & afgerond.")
        dialog.on_accept()  # without a ground: refused, dialog stays
        assert dialog.isVisible() and "grond" in dialog.ui.hintLabel.text()
        dialog.ground_buttons[ClosingGround.MANIFESTLY_UNFOUNDED].setChecked(True)
        click_in_message_box("Alleen afronden")
        dialog.on_accept()

    in_next_dialog(CloseCaseDialog, close_on_a_ground)
    pane.action(Action.CLOSE).trigger()  # "Meer acties" → "Melding afronden…"
    assert pane.ui.statusValue.text() == f"{status_label(Status.CLOSED)} (Ongegrond)"
    assert enabled_actions(an) == [Action.SEND_FEEDBACK]  # feedback on the outcome
    assert pane.ui.primaryButton.text() == "Terugkoppeling sturen…"
    QApplication.processEvents()
    assert [pane.ui.assignButton.geometry(), pane.ui.moreButton.geometry()] == places
    assert "Geen aanwijzingen <b>gevonden</b>" in pane.ui.closingMotivationValue.text()

    qtbot.waitUntil(lambda: an.workspace.store.pending_count() == 0, timeout=10_000)
    case = server_case(world, created["id"])
    assert case.outcome is Outcome.UNFOUNDED
    assert case.closing_ground is ClosingGround.MANIFESTLY_UNFOUNDED
    assert case.events[-1].reason == "Geen aanwijzingen <b>gevonden</b> & afgerond."
    reasons = [e.reason for e in case.events]
    assert "Eerst nagaan of de reis plaatsvond." in reasons  # the assessment's motivation


def test_closing_offers_the_feedback_letter_and_an_unsent_action_can_be_undone(
    qtbot, world: World, desktops
) -> None:
    created = world.register_and_forward(ABB)
    case_id = created["id"]
    an = desktops(AN)
    pane = an.workspace.window.case_pane
    qtbot.waitUntil(lambda: an.open_case(case_id), timeout=5_000)
    controller = an.workspace.controller
    assert controller.acknowledge(case_id) and controller.start_assessment(case_id)
    qtbot.waitUntil(lambda: an.workspace.store.pending_count() == 0, timeout=10_000)

    world.token(JONAS)  # learns his id
    an.workspace.runner.stop()  # offline: the assignment waits in the outbox
    assert controller.assign(case_id, world.user_ids[JONAS])
    assert pane.ui.assigneeValue.text() == "Toegewezen aan Jonas Maes"
    assert pane.ui.queuedButton.accessibleName() == "1 wijziging nog niet verzonden"
    [undo] = pane.header.undo_actions.values()
    undo.trigger()  # "Ongedaan maken: Toegewezen (…)"
    assert pane.ui.queuedButton.isHidden()
    assert pane.ui.assigneeValue.text() == "Niet toegewezen"
    assert an.workspace.store.pending_count() == 0

    letters: list[str] = []

    def close_and_write(dialog: QDialog) -> None:
        assert isinstance(dialog, CloseCaseDialog)
        dialog.ground_buttons[ClosingGround.ALREADY_HANDLED].setChecked(True)
        dialog.ui.motivationEdit.setPlainText("Reeds behandeld door de interne audit.")
        click_in_message_box("Afronden en terugkoppeling schrijven…")
        dialog.on_accept()

    def write_feedback(dialog: QDialog) -> None:
        assert isinstance(dialog, LetterDialog)
        dialog.on_accept()  # only the template: refused
        letters.append(dialog.ui.hintLabel.text())
        text = dialog.ui.letterEdit.toPlainText()
        dialog.ui.letterEdit.setPlainText(
            text.replace("\n\n\n\n", "\n\nUw melding werd al door de audit behandeld.\n\n")
        )
        dialog.on_accept()

    in_next_dialog(CloseCaseDialog, close_and_write)
    in_next_dialog(LetterDialog, write_feedback)
    pane.ui.moreButton.menu().actions()[4].trigger()  # "Melding afronden…", always 5th
    assert "alleen de aanhef en de groet" in letters[0]
    an.workspace.runner.start()
    qtbot.waitUntil(lambda: an.workspace.store.pending_count() == 0, timeout=10_000)
    case = server_case(world, case_id)
    assert case.status is Status.CLOSED and case.assignee is None  # the undone one never left
    assert case.closing_ground is ClosingGround.ALREADY_HANDLED
    assert case.feedback_sent_at is not None


def test_assigning_to_a_colleague_and_returning_with_a_reason(
    qtbot, world: World, desktops
) -> None:
    created = world.register_and_forward(ABB)
    an = desktops(AN)
    window = an.workspace.window
    qtbot.waitUntil(lambda: an.open_case(created["id"]), timeout=5_000)

    def pick_jonas(dialog: QDialog) -> None:
        assert isinstance(dialog, AssignDialog)
        combo = dialog.ui.assigneeCombo
        names = [combo.itemText(i) for i in range(combo.count())]
        assert names == ["Mezelf", "Jonas Maes", "Niemand (toewijzing opheffen)"]
        combo.setCurrentIndex(1)
        dialog.accept()

    in_next_dialog(AssignDialog, pick_jonas)
    window.case_pane.ui.assignButton.click()
    assert window.case_pane.ui.assigneeValue.text() == "Toegewezen aan Jonas Maes"

    def give_reason(dialog: QDialog) -> None:
        assert isinstance(dialog, ReturnCaseDialog)
        dialog.on_accept()  # no reason: refused
        assert dialog.isVisible()
        dialog.ui.reasonEdit.setPlainText("Bevoegdheid van de provincie.")
        click_in_message_box("Terugsturen")  # the confirmation
        dialog.on_accept()

    in_next_dialog(ReturnCaseDialog, give_reason)
    window.case_pane.action(Action.RETURN_TO_1700).trigger()
    qtbot.waitUntil(lambda: created["reference"] not in an.references(), timeout=10_000)
    assert window.case_pane.case_id is None  # the pane does not keep showing a gone case
    with world.http("desk.1700") as desk:
        returned = desk.get("/intake/reports", params={"status": "returned"}).json()
    assert [r["return_reason"] for r in returned] == ["Bevoegdheid van de provincie."]


def test_a_colleague_who_acted_first_causes_a_conflict_the_user_resolves(
    qtbot, world: World, desktops
) -> None:
    first = world.register_and_forward(ABB, summary="Eerste melding")
    second = world.register_and_forward(ABB, summary="Tweede melding")
    an, jonas = desktops(AN), desktops(JONAS)
    for desktop in (an, jonas):
        qtbot.waitUntil(
            lambda d=desktop: {first["reference"], second["reference"]} <= d.references(),
            timeout=5_000,
        )

    an.workspace.runner.stop()  # An works on without hearing from the service for a while
    for case in (first, second):
        assert jonas.workspace.controller.acknowledge(case["id"])
    qtbot.waitUntil(lambda: jonas.workspace.store.pending_count() == 0, timeout=10_000)

    controller = an.workspace.controller
    assert controller.acknowledge(first["id"])  # based on the old version
    assert controller.assign(second["id"], world.user_ids[AN])
    window = an.workspace.window
    with qtbot.waitSignal(an.workspace.runner.actions_refused, timeout=10_000):
        an.workspace.runner.start()
    qtbot.waitUntil(lambda: len(an.workspace.store.refused_actions()) == 2, timeout=10_000)

    assert an.open_case(first["id"])
    pane = window.case_pane
    assert pane.ui.refusedFrame.isVisible()
    assert "een collega wijzigde deze melding eerst" in pane.ui.refusedLabel.text()
    qtbot.waitUntil(lambda: "⚠" in an.reference_cell(first["id"]), timeout=2_000)
    pane.ui.discardButton.click()  # the colleague already did it: drop ours
    assert not pane.ui.refusedFrame.isVisible()
    assert pane.ui.statusValue.text() == "Ontvangst bevestigd"

    assert an.open_case(second["id"])
    assert pane.ui.refusedFrame.isVisible()
    pane.ui.retryButton.click()  # still makes sense: redo it on the current version
    qtbot.waitUntil(lambda: an.workspace.store.pending_count() == 0, timeout=10_000)
    qtbot.waitUntil(lambda: not an.workspace.store.refused_actions(), timeout=10_000)
    case = server_case(world, second["id"])
    assert case.assignee is not None and case.assignee.display_name == "An Peeters"


def test_an_action_the_service_keeps_failing_on_is_shown_refused_and_holds_back_nothing(
    qtbot, world: World, desktops
) -> None:
    poisoned = world.register_and_forward(ABB, summary="Melding die de server niet verwerkt")
    healthy = world.register_and_forward(ABB, summary="Gewone melding")
    an = desktops(AN)
    references = {poisoned["reference"], healthy["reference"]}
    qtbot.waitUntil(lambda: references <= an.references(), timeout=5_000)
    refuse_status_changes(world.service, poisoned["id"])  # its database refuses that row

    an.workspace.runner.stop()
    controller = an.workspace.controller
    assert controller.acknowledge(poisoned["id"])  # the first action in the outbox
    assert controller.acknowledge(healthy["id"])
    # Earlier push rounds (the app's back-off between them aside) failed on it each time.
    with ApiClient(world.base_url, world.token(AN)) as client:
        for _ in range(REFUSE_AFTER_FAILURES - 1):
            SyncEngine(an.workspace.store, client).push()
    assert server_case(world, healthy["id"]).status is Status.ACKNOWLEDGED
    with qtbot.waitSignal(an.workspace.runner.actions_refused, timeout=10_000):
        an.workspace.runner.start()  # its last attempt

    assert an.open_case(poisoned["id"])
    pane = an.workspace.window.case_pane
    assert pane.ui.refusedFrame.isVisible()
    assert "de server kon deze actie niet verwerken" in pane.ui.refusedLabel.text()
    assert "500" in pane.ui.refusedLabel.toolTip()  # what went wrong, for the helpdesk
    assert pane.ui.statusValue.text() == "Doorgestuurd"  # what the service has
    qtbot.waitUntil(lambda: "⚠" in an.reference_cell(poisoned["id"]), timeout=2_000)

    repair(world.service, poisoned["id"])
    pane.ui.retryButton.click()  # later, when the service works again
    qtbot.waitUntil(lambda: an.workspace.store.pending_count() == 0, timeout=10_000)
    assert not an.workspace.store.refused_actions()
    assert server_case(world, poisoned["id"]).status is Status.ACKNOWLEDGED


def test_the_window_remembers_its_size_and_splitter_between_starts(
    qtbot, world: World, data_dir
) -> None:
    from tests.support.world import open_desktop

    first = open_desktop(world, AN, data_dir)
    window = first.workspace.window
    qtbot.addWidget(window)
    window.resize(720, 520)  # within the offscreen screen (800 x 600): restore clamps to it
    window.ui.splitter.setSizes([500, 214])
    sizes = window.ui.splitter.sizes()
    first.close()  # closing the window saves its layout

    again = open_desktop(world, AN, data_dir)
    try:
        restored = again.workspace.window
        qtbot.addWidget(restored)
        assert (restored.width(), restored.height()) == (720, 520)
        assert restored.ui.splitter.sizes() == sizes
    finally:
        again.close()
