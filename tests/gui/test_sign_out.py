"""Signing out with changes not yet sent asks first, also with a keyring (the changes would
wait until this account signs in here again); without unsent changes it asks nothing."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from investigator_app.gui.session.login_dialog import LoginDialog
from investigator_app.store.files import unsent_count
from tests.support.world import ABB, AN, World


class Answers:
    """Answers the modal dialogs as they open (exec() blocks the test): a message box with
    the next queued button (noting its text and buttons), the sign-in dialog by closing
    it (the user walks away after signing out)."""

    def __init__(self) -> None:
        self.asked: list[tuple[str, list[str]]] = []
        self.buttons: list[QMessageBox.StandardButton] = []
        self.sign_in_shown = 0
        self._timer = QTimer()
        self._timer.setInterval(30)
        self._timer.timeout.connect(self._answer)
        self._timer.start()

    def _answer(self) -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QMessageBox) and self.buttons:
            self.asked.append((dialog.text(), [b.text() for b in dialog.buttons()]))
            dialog.button(self.buttons.pop(0)).click()
        elif isinstance(dialog, LoginDialog):
            self.sign_in_shown += 1
            dialog.reject()

    def stop(self) -> None:
        self._timer.stop()


def test_signing_out_with_unsent_changes_asks_and_staying_keeps_them(
    qtbot, world: World, desktops
) -> None:
    created = world.register_and_forward(ABB)
    an = desktops(AN)
    workspace = an.workspace
    qtbot.waitUntil(lambda: an.open_case(created["id"]), timeout=10_000)
    qtbot.waitUntil(lambda: workspace.store.pending_count() == 0, timeout=10_000)
    world.service.stop()  # offline: what the user does now waits in the outbox
    assert workspace.controller.acknowledge(created["id"])
    assert workspace.store.pending_count() == 1
    answers = Answers()
    try:
        answers.buttons = [QMessageBox.StandardButton.Cancel]  # "Aangemeld blijven"
        workspace.window.ui.actionSignOut.trigger()
        qtbot.waitUntil(lambda: len(answers.asked) == 1, timeout=5_000)
        text, buttons = answers.asked[0]
        assert text.startswith("1 wijziging is nog niet naar de server verzonden.")
        assert "opnieuw aanmeldt" in text
        assert sorted(buttons) == ["Aangemeld blijven", "Toch afmelden"]
        assert an.app.workspace is workspace and workspace.window.isVisible()

        path = workspace.store.path
        answers.buttons = [QMessageBox.StandardButton.Yes]  # "Toch afmelden"
        with qtbot.waitSignal(an.app.exit_requested, timeout=10_000):
            workspace.window.ui.actionSignOut.trigger()
        assert an.app.workspace is None and answers.sign_in_shown == 1
        assert unsent_count(path) == 1  # kept for the next sign-in here
    finally:
        answers.stop()


def test_signing_out_with_nothing_unsent_asks_nothing(qtbot, world: World, desktops) -> None:
    an = desktops(AN)
    assert an.workspace.store.pending_count() == 0
    answers = Answers()
    try:
        answers.buttons = [QMessageBox.StandardButton.Cancel]  # would stay, if asked
        with qtbot.waitSignal(an.app.exit_requested, timeout=10_000):
            an.workspace.window.ui.actionSignOut.trigger()
        assert answers.asked == [] and an.app.workspace is None
    finally:
        answers.stop()
