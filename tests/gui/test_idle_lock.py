"""The idle lock: after the idle time (here a fraction of a second) the window shows only
the lock page, every other window is hidden, and the password opens it again: checked by
the real service, or offline by the verifier in the keyring."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QApplication,
)

from investigator_app.desktop.app import DesktopApp
from investigator_app.desktop.credentials import SERVICE_NAME, MemoryKeyring, TokenStore
from investigator_app.desktop.settings import SERVER_URL, USERNAME, AppSettings
from investigator_app.desktop.unlock_verifier import VerifierStore, matches
from investigator_app.gui.session.idle_lock import ScreenLock, wait_after
from investigator_app.gui.session.lock_page import LockPage
from investigator_app.gui.session.login_dialog import LoginDialog
from investigator_app.gui.shell.settings_dialog import SettingsDialog
from investigator_app.gui.shell.shortcuts import Command, help_entries
from investigator_app.gui.workspace.note_dialogs import NoteDialog
from investigator_app.protocol import API_PREFIX
from tests.support.screen import visible_texts
from tests.support.strangers import Flood
from tests.support.world import ABB, AN, PASSWORD, Desktop, World

SUMMARY = "Aannemer betaalt reis van diensthoofd"
ENTITY = "Gemeente Voorbeeldegem"


def lock_of(desktop: Desktop) -> ScreenLock:
    lock = desktop.workspace.lock
    assert lock is not None
    return lock


def unlock_with(qtbot, lock: ScreenLock, password: str) -> None:
    page = lock.page
    qtbot.waitUntil(lambda: page.unlock_button.isEnabled(), timeout=5_000)
    page.password_edit.setText(password)
    page.unlock_button.click()
    qtbot.waitUntil(lambda: page.unlock_button.isEnabled() or not lock.locked, timeout=10_000)


def opened(qtbot, world: World, desktops: Callable[..., Desktop]) -> tuple[Desktop, dict[str, str]]:
    case = world.register_and_forward(ABB)
    an = desktops(AN)
    qtbot.waitUntil(lambda: an.open_case(case["id"]), timeout=10_000)
    assert SUMMARY in visible_texts() and case["reference"] in visible_texts()
    return an, case


def test_idle_time_locks_hides_every_case_text_and_the_password_brings_it_back(
    qtbot, world: World, desktops
) -> None:
    an, case = opened(qtbot, world, desktops)
    window, lock = an.workspace.window, lock_of(an)
    an.workspace.window.dashboard_requested.emit()  # a window of its own
    dashboard = an.app.dashboard
    assert dashboard is not None and dashboard.isVisible()
    title = window.windowTitle()
    assert an.workspace.idle is not None
    an.workspace.idle.set_interval_ms(300)

    qtbot.waitUntil(lambda: lock.locked, timeout=5_000)
    shown = visible_texts()
    for secret in (SUMMARY, ENTITY, case["reference"]):
        assert secret not in shown
    assert "Vergrendeld" in shown and "An Peeters" in shown
    assert window.centralWidget() is lock.page and lock.page.isVisible()
    assert not dashboard.isVisible()
    assert not window.menuBar().isVisible()
    assert case["reference"] not in window.windowTitle()
    # No command runs past the lock: the dashboard's shortcut stays shut.
    qtbot.keyClick(lock.page.password_edit, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert not dashboard.isVisible()
    assert lock.page.password_edit.accessibleName() and lock.page.unlock_button.accessibleName()

    unlock_with(qtbot, lock, PASSWORD)
    assert not lock.locked
    assert window.centralWidget() is not lock.page
    assert dashboard.isVisible()  # back as it was
    assert window.windowTitle() == title
    assert SUMMARY in visible_texts()

    # The online unlock kept a verifier in the keyring, and not the password.
    backend = an.tokens.backend
    assert isinstance(backend, MemoryKeyring)
    verifier = VerifierStore(backend).load(world.base_url, AN)
    assert verifier is not None and matches(verifier, PASSWORD)
    assert not any(PASSWORD in secret for secret in backend._secrets.values())
    for path in _files(an.data_dir):  # nothing of it in the data folder (logs included)
        assert PASSWORD.encode() not in path.read_bytes()
        assert verifier.split("$")[-1].encode() not in path.read_bytes()


def _files(folder: Path) -> list[Path]:
    return [path for path in folder.rglob("*") if path.is_file()]


def test_a_dialog_open_at_lock_time_waits_behind_the_lock_with_what_was_typed(
    qtbot, world: World, desktops
) -> None:
    an, case = opened(qtbot, world, desktops)
    window, lock = an.workspace.window, lock_of(an)
    draft = f"Halve gedachte over {ENTITY}: eerst de facturen."
    steps: list[str] = []

    def poll(step: Callable[[], bool]) -> None:
        if not step():
            QTimer.singleShot(20, lambda: poll(step))

    def type_then_lock() -> bool:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, NoteDialog):
            return False
        dialog.ui.noteEdit.setPlainText(draft)
        lock.lock()  # the idle time runs out while the user is writing
        assert lock.locked and dialog.isVisible()  # not cancelled ...
        assert not dialog.ui.noteEdit.isVisible()  # ... but out of sight
        shown = visible_texts()
        assert draft not in shown and SUMMARY not in shown and ENTITY not in shown
        assert case["reference"] not in dialog.windowTitle()
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Esc does not throw the draft away
        assert dialog.isVisible()
        [page] = dialog.findChildren(LockPage)
        page.password_edit.setText(PASSWORD)
        page.unlock_button.click()
        steps.append("unlocking")
        poll(back_and_save)
        return True

    def back_and_save() -> bool:
        if lock.locked:
            return False
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, NoteDialog)
        assert dialog.ui.noteEdit.isVisible() and dialog.ui.noteEdit.toPlainText() == draft
        assert not dialog.findChildren(LockPage) or not dialog.findChildren(LockPage)[0].isVisible()
        steps.append("saved")
        dialog.ok_button.click()
        return True

    QTimer.singleShot(20, lambda: poll(type_then_lock))
    window.case_pane.notes_panel.on_new_clicked()
    assert steps == ["unlocking", "saved"]
    assert not lock.locked and window.centralWidget() is not lock.page

    def noted() -> bool:
        detail = an.workspace.store.detail(case["id"], datetime.now(UTC))
        return detail is not None and [note.body for note in detail.notes] == [draft]

    qtbot.waitUntil(noted, timeout=10_000)


def test_input_postpones_the_lock(qtbot, world: World, desktops) -> None:
    an = desktops(AN)
    lock, idle = lock_of(an), an.workspace.idle
    assert idle is not None
    idle.set_interval_ms(600)
    for _ in range(6):
        qtbot.wait(200)
        qtbot.keyClick(an.workspace.window.ui.searchEdit, Qt.Key.Key_Shift)
        assert not lock.locked  # 1.2 s in all, never 0.6 s without input
    qtbot.waitUntil(lambda: lock.locked, timeout=3_000)


def test_the_lock_follows_the_setting_when_it_changes(qtbot, world: World, desktops) -> None:
    an = desktops(AN)
    idle = an.workspace.idle
    assert idle is not None and idle.interval_ms == 15 * 60_000  # the default

    def choose_five() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, SettingsDialog):
            QTimer.singleShot(20, choose_five)
            return
        dialog.ui.idleLockSpin.setValue(5)
        dialog.on_accept()

    QTimer.singleShot(20, choose_five)
    an.workspace.window.settings_requested.emit()
    assert idle.interval_ms == 5 * 60_000 and idle.active


def test_ctrl_l_locks_at_once_and_a_wrong_password_is_refused(
    qtbot, world: World, desktops
) -> None:
    an, case = opened(qtbot, world, desktops)
    window, lock = an.workspace.window, lock_of(an)
    assert ("Ctrl+L", "Het scherm vergrendelen") in help_entries(window.commands)
    window.activateWindow()
    qtbot.keyClick(window.ui.caseTable, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.commands[Command.LOCK].shortcut() == QKeySequence("Ctrl+L")
    assert lock.locked and case["reference"] not in visible_texts()

    unlock_with(qtbot, lock, "niet mijn wachtwoord")
    assert lock.locked
    assert "Onjuist wachtwoord" in lock.page.message_label.text()
    unlock_with(qtbot, lock, PASSWORD)
    assert not lock.locked


def test_growing_wait_after_five_wrong_passwords(qtbot, world: World, desktops) -> None:
    assert [wait_after(n) for n in (1, 4, 5, 6, 7, 30)] == [0, 0, 30, 60, 120, 900]
    an = desktops(AN)
    lock = lock_of(an)
    lock.lock()
    for _ in range(4):
        unlock_with(qtbot, lock, "gok")
        assert lock.page.unlock_button.isEnabled()  # no wait yet
    lock.page.password_edit.setText("gok")
    lock.page.unlock_button.click()
    qtbot.waitUntil(lambda: lock.failures == 5, timeout=10_000)
    assert lock.waiting and not lock.page.unlock_button.isEnabled()
    assert "Probeer opnieuw over 30 seconden" in lock.page.message_label.text()


def test_unlocking_works_while_a_stranger_guesses_the_password(
    qtbot, world: World, desktops
) -> None:
    """Another's wrong passwords for this account, from elsewhere, do not lock the
    signed-in workstation out (they once shared the account's lock)."""
    an = desktops(AN)
    lock = lock_of(an)
    lock.lock()
    with Flood(world.base_url + API_PREFIX, AN, limit=2000) as flood:
        flood.wait_for_answers(20)  # more than 5 wrong passwords of An's by now
        unlock_with(qtbot, lock, PASSWORD)
        assert not lock.locked, lock.page.message_label.text()
        assert flood.going


def test_offline_the_local_verifier_unlocks_and_refuses(qtbot, world: World, desktops) -> None:
    an = desktops(AN)
    lock = lock_of(an)
    lock.lock()
    world.service.stop()
    # Signed in with a token only, never with the password here: nothing to check against.
    unlock_with(qtbot, lock, PASSWORD)
    assert lock.locked and "niet bereikbaar" in lock.page.message_label.text()

    world.service.start()
    unlock_with(qtbot, lock, PASSWORD)  # online: keeps a verifier
    assert not lock.locked
    world.service.stop()
    lock.lock()
    unlock_with(qtbot, lock, "fout wachtwoord")
    assert lock.locked and "Onjuist wachtwoord" in lock.page.message_label.text()
    unlock_with(qtbot, lock, PASSWORD)
    assert not lock.locked


def test_an_expired_session_signs_in_again_from_the_lock(qtbot, world: World, desktops) -> None:
    an = desktops(AN)
    lock = lock_of(an)
    lock.lock()
    world.expire_tokens_of(AN)

    def sign_in() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, LoginDialog):
            QTimer.singleShot(50, sign_in)
            return
        dialog.ui.passwordEdit.setText(PASSWORD)
        dialog.on_submit()

    QTimer.singleShot(50, sign_in)
    lock.page.password_edit.setText(PASSWORD)
    lock.page.unlock_button.click()
    qtbot.waitUntil(lambda: not lock.locked, timeout=10_000)
    with world.http(None) as http:
        me = http.get("/me", headers={"Authorization": f"Bearer {an.workspace.token}"})
    assert me.status_code == 200  # a fresh token


def test_signing_in_keeps_a_verifier_and_signing_out_removes_it(
    qtbot, world: World, data_dir: Path
) -> None:
    settings = AppSettings(QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat))
    settings.set(SERVER_URL, world.base_url)
    settings.set(USERNAME, AN)
    backend = MemoryKeyring()
    app = DesktopApp(settings, TokenStore(backend), data_dir)
    verifiers = VerifierStore(backend)

    def answer(password: str | None) -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, LoginDialog):
            QTimer.singleShot(50, lambda: answer(password))
        elif password is None:
            dialog.reject()
        else:
            dialog.ui.passwordEdit.setText(password)
            dialog.on_submit()

    QTimer.singleShot(50, lambda: answer(PASSWORD))
    assert app.start()
    assert app.workspace is not None
    qtbot.addWidget(app.workspace.window)
    verifier = verifiers.load(world.base_url, AN)
    assert verifier is not None and matches(verifier, PASSWORD)
    assert all(PASSWORD not in secret for secret in backend._secrets.values())
    key = f"unlock:{AN}@{world.base_url}"
    assert (SERVICE_NAME, key) in backend._secrets

    QTimer.singleShot(50, lambda: answer(None))
    lock = app.workspace.lock
    assert lock is not None
    lock.lock()
    with qtbot.waitSignal(app.exit_requested, timeout=10_000):
        lock.page.sign_out_button.click()  # "Afmelden" on the lock page
    assert verifiers.load(world.base_url, AN) is None
