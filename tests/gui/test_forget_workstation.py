"""Forgetting the workstation, and a store whose data key is gone: the real app against
a real service, real dialogs and the keyring API over an in-memory backend."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from investigator_app.gui.session.login_dialog import LoginDialog
from investigator_app.store.files import legacy_copies_folder, store_files, store_path
from investigator_app.store.sealing import forget_key
from investigator_app.vault.keys import DataKeyStore
from tests.support.world import ABB, AN, Desktop, World, open_desktop


def answer_next_box(button: QMessageBox.StandardButton, seen: list[str]) -> None:
    """Click ``button`` in the next message box (exec() blocks the test), noting its text."""

    def poll() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            box.button(button).click()
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(20, poll)


def on_login_dialog(act: Callable[[LoginDialog], None]) -> None:
    dialog = QApplication.activeModalWidget()
    if isinstance(dialog, LoginDialog):
        act(dialog)
    else:
        QTimer.singleShot(50, lambda: on_login_dialog(act))


def with_unsent_change(qtbot, world: World, desktop: Desktop, case: dict[str, str]) -> None:
    qtbot.waitUntil(lambda: case["reference"] in desktop.references(), timeout=10_000)
    world.service.stop()  # offline: the change stays local
    assert desktop.workspace.controller.acknowledge(case["id"])
    assert desktop.workspace.store.pending_count() == 1


def test_forgetting_the_workstation_warns_about_unsent_changes_and_removes_everything(
    qtbot, world: World, data_dir: Path
) -> None:
    case = world.register_and_forward(ABB)
    desktop = open_desktop(world, AN, data_dir)
    qtbot.addWidget(desktop.workspace.window)
    keys = DataKeyStore(desktop.tokens.backend)
    path = store_path(data_dir, world.base_url, AN)
    legacy_copies_folder(path).mkdir(exist_ok=True)
    with_unsent_change(qtbot, world, desktop, case)
    assert keys.load(world.base_url, AN) is not None

    seen: list[str] = []
    answer_next_box(QMessageBox.StandardButton.Cancel, seen)  # first: changes one's mind
    desktop.workspace.window.ui.actionForgetWorkstation.trigger()
    assert "1 wijziging is nog niet naar de server verzonden" in seen[0]
    assert desktop.app.workspace is not None and path.exists()  # nothing removed

    answer_next_box(QMessageBox.StandardButton.Yes, seen)
    QTimer.singleShot(50, lambda: on_login_dialog(lambda dialog: dialog.reject()))
    with qtbot.waitSignal(desktop.app.exit_requested, timeout=10_000) as leaving:
        desktop.workspace.window.ui.actionForgetWorkstation.trigger()
    assert leaving.args == [0]  # back at the sign-in, which the user closed

    assert desktop.app.workspace is None
    assert desktop.tokens.load(world.base_url, AN) is None
    assert keys.load(world.base_url, AN) is None
    assert [f for f in store_files(path) if f.exists()] == []
    assert not legacy_copies_folder(path).exists()
    assert list((data_dir / "stores").rglob("*.sqlite3*")) == []


def test_forgetting_online_also_ends_the_token_on_the_service(
    qtbot, world: World, data_dir: Path
) -> None:
    desktop = open_desktop(world, AN, data_dir)
    qtbot.addWidget(desktop.workspace.window)
    token = desktop.workspace.token
    seen: list[str] = []
    answer_next_box(QMessageBox.StandardButton.Yes, seen)
    QTimer.singleShot(50, lambda: on_login_dialog(lambda dialog: dialog.reject()))
    with qtbot.waitSignal(desktop.app.exit_requested, timeout=10_000):
        desktop.workspace.window.ui.actionForgetWorkstation.trigger()
    assert "nog niet naar de server verzonden" not in seen[0]  # nothing unsent: no warning

    def revoked() -> bool:
        with world.http(None) as http:
            answer = http.get("/me", headers={"Authorization": f"Bearer {token}"})
        return answer.status_code == 401 and answer.json()["detail"]["code"] == "token_revoked"

    qtbot.waitUntil(revoked, timeout=10_000)


def test_a_store_whose_key_is_gone_is_set_aside_after_telling_what_is_lost(
    qtbot, world: World, data_dir: Path
) -> None:
    case = world.register_and_forward(ABB)
    desktop = open_desktop(world, AN, data_dir)
    with_unsent_change(qtbot, world, desktop, case)
    desktop.close()
    world.service.start()
    path = store_path(data_dir, world.base_url, AN)
    forget_key(path)  # a new Windows profile: neither this process nor the keyring has it

    seen: list[str] = []
    answer_next_box(QMessageBox.StandardButton.Ok, seen)
    again = open_desktop(world, AN, data_dir)  # a fresh keyring, as on a new profile
    qtbot.addWidget(again.workspace.window)
    assert "onleesbaar" in seen[0]
    assert "1 nog niet verzonden wijziging gaat daarbij verloren" in seen[0]
    # A new store, synced again from the service; the old one is set aside, sealed.
    qtbot.waitUntil(lambda: case["reference"] in again.references(), timeout=10_000)
    assert again.workspace.store.pending_count() == 0
    assert len(list((path.parent / "unreadable").glob("*.sqlite3"))) == 1
