"""A workstation without a keyring (a Linux desktop without Secret Service): the app says so,
works for the session, and loses no unsent change without asking. The real app against a
real service, keyring's own "no keyring" backend, real dialogs."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from keyring.backends import fail
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from investigator_app.desktop.app import DesktopApp
from investigator_app.desktop.credentials import TokenStore
from investigator_app.desktop.settings import SERVER_URL, USERNAME, AppSettings
from investigator_app.gui.session.login_dialog import LoginDialog
from investigator_app.store.files import UNREADABLE_FOLDER, unsent_count
from investigator_app.store.sealing import forget_key
from tests.support.world import ABB, AN, PASSWORD, World


class Answering:
    """Answers modal dialogs as they open (exec() blocks the test): the sign-in with the
    password, a message box with the next button queued in ``buttons`` (else its first),
    noting what each said."""

    def __init__(self) -> None:
        self.seen: list[str] = []
        self.buttons: list[QMessageBox.StandardButton] = []
        self._signed_in: list[LoginDialog] = []  # kept, so that no id is seen twice
        self._timer = QTimer()
        self._timer.setInterval(30)
        self._timer.timeout.connect(self._answer)
        self._timer.start()

    def _answer(self) -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, LoginDialog) and dialog not in self._signed_in:
            self._signed_in.append(dialog)
            self.seen.append(dialog.ui.messageLabel.text())
            dialog.ui.passwordEdit.setText(PASSWORD)
            dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
        elif isinstance(dialog, QMessageBox):
            self.seen.append(dialog.text())
            if self.buttons:
                dialog.button(self.buttons.pop(0)).click()
            else:
                dialog.buttons()[0].click()

    def stop(self) -> None:
        self._timer.stop()


@pytest.fixture
def answering() -> Iterator[Answering]:
    answers = Answering()
    yield answers
    answers.stop()


@pytest.fixture
def start(world: World, data_dir: Path, qtbot) -> Iterator[Callable[[], DesktopApp]]:
    """``start()`` starts the app on this workstation without keyring (signed in through
    the dialog); every app started is closed at the end, as the process end would."""
    started: list[DesktopApp] = []

    def start_app() -> DesktopApp:
        settings = AppSettings(
            QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat)
        )
        settings.set(SERVER_URL, world.base_url)
        settings.set(USERNAME, AN)
        app = DesktopApp(settings, TokenStore(fail.Keyring()), data_dir)
        started.append(app)
        assert app.start() and app.workspace is not None
        qtbot.addWidget(app.workspace.window)
        return app

    yield start_app
    for app in started:
        app.close_workspace()


def test_unsent_changes_are_never_lost_without_being_asked_and_told(
    world: World, answering: Answering, start: Callable[[], DesktopApp], qtbot
) -> None:
    case = world.register_and_forward(ABB)
    app = start()
    assert app.workspace is not None
    window = app.workspace.window
    # Said at the sign-in and once signed in: no keyring, this session only.
    assert "geen veilige opslag" in answering.seen[0]
    assert "geen veilige opslag" in answering.seen[1] and "niet meer lezen" in answering.seen[1]

    qtbot.waitUntil(lambda: _listed(app, case), timeout=10_000)
    world.service.stop()  # offline: the change waits in the store
    assert app.workspace.controller.acknowledge(case["id"])
    assert app.workspace.store.pending_count() == 1

    answering.buttons = [QMessageBox.StandardButton.Cancel]  # "Aangemeld blijven"
    window.close()
    assert "1 wijziging is nog niet naar de server verzonden" in answering.seen[-1]
    assert window.isVisible() and app.workspace is not None  # still at work
    answering.buttons = [QMessageBox.StandardButton.Cancel]
    window.ui.actionSignOut.trigger()
    assert "gaan ze verloren" in answering.seen[-1] and app.workspace is not None

    answering.buttons = [QMessageBox.StandardButton.Yes]  # "Toch afsluiten"
    window.close()
    assert not window.isVisible()
    path = app.workspace.store.path
    app.close_workspace()  # the process ends, and its session key with it
    forget_key(path)

    world.service.start()
    told = len(answering.seen)
    again = start()
    assert again.workspace is not None
    # The store of the previous session cannot be read: the user is told how many changes
    # it held unsent and why; the file itself is kept, set aside.
    [unreadable] = [text for text in answering.seen[told:] if "onleesbaar" in text]
    assert "geen veilige opslag voor sleutels" in unreadable
    assert "1 nog niet verzonden wijziging" in unreadable
    [aside] = (path.parent / UNREADABLE_FOLDER).glob("*.sqlite3")
    assert unsent_count(aside) == 1
    assert again.workspace.store.pending_count() == 0
    qtbot.waitUntil(lambda: _listed(again, case), timeout=10_000)  # synced afresh


def test_without_unsent_changes_the_window_closes_without_a_question(
    answering: Answering, start: Callable[[], DesktopApp]
) -> None:
    app = start()
    assert app.workspace is not None
    window = app.workspace.window
    asked = len(answering.seen)
    window.close()
    assert not window.isVisible() and len(answering.seen) == asked


def _listed(app: DesktopApp, case: dict[str, str]) -> bool:
    workspace = app.workspace
    if workspace is None:
        return False
    model = workspace.window.model
    return any(model.case_at(row).id == case["id"] for row in range(model.rowCount()))
