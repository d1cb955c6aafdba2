"""Signing in, and what happens when the session lapses: real service, real dialogs."""

from __future__ import annotations

import socket
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from keyring.backends import fail
from PySide6.QtCore import QDeadlineTimer, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from investigator_app.desktop.app import DesktopApp
from investigator_app.desktop.credentials import KeyringUnavailable, MemoryKeyring, TokenStore
from investigator_app.desktop.settings import SERVER_URL, USERNAME, AppSettings
from investigator_app.gui.session.login_dialog import LoginDialog
from investigator_app.gui.session.sign_in import login_with_password
from investigator_app.intake.login_throttle import LoginLimits, ThrottleRule
from investigator_app.intake.settings import Settings
from investigator_app.protocol import API_PREFIX
from investigator_app.sync.api import ApiClient, TooManyAttempts
from tests.support.strangers import STRANGER_ADDRESSES, client_from, login
from tests.support.world import ABB, AN, PASSWORD, World, open_desktop, start_world


def submit(dialog: LoginDialog, password: str) -> None:
    dialog.ui.passwordEdit.setText(password)
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_a_wrong_password_is_said_in_dutch_and_the_user_can_try_again(qtbot, world: World) -> None:
    dialog = LoginDialog(login_with_password, server_url=world.base_url, username=AN)
    qtbot.addWidget(dialog)
    dialog.show()
    submit(dialog, "verkeerd")
    qtbot.waitUntil(lambda: "niet juist" in dialog.ui.messageLabel.text(), timeout=10_000)
    assert dialog.ui.messageLabel.text() == "Gebruikersnaam of wachtwoord is niet juist."
    assert dialog.ui.passwordEdit.isEnabled()

    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        submit(dialog, PASSWORD)
    assert dialog.response is not None and dialog.response.user.username == AN


def test_an_unreachable_server_is_said_in_dutch(qtbot) -> None:
    dialog = LoginDialog(
        login_with_password, server_url=f"http://127.0.0.1:{closed_port()}", username=AN
    )
    qtbot.addWidget(dialog)
    dialog.show()
    submit(dialog, PASSWORD)
    qtbot.waitUntil(lambda: "niet bereikbaar" in dialog.ui.messageLabel.text(), timeout=15_000)


def test_only_loopback_may_be_reached_without_tls(qtbot) -> None:
    dialog = LoginDialog(
        login_with_password, server_url="http://meldingen.example.org", username=AN
    )
    qtbot.addWidget(dialog)
    dialog.show()
    submit(dialog, PASSWORD)
    assert dialog.ui.messageLabel.text() == "Gebruik een beveiligd adres dat met https:// begint."


def answer_login_dialogs(
    password: str, seen: list[str], *, give_up_after_ms: int = 20_000
) -> Callable[[], None]:
    """Fill in every modal login dialog as it is shown (exec() blocks the test), noting
    the message it opened with. A dialog still open after the deadline is cancelled, so a
    failing sign-in ends the test instead of hanging it."""
    answered: set[int] = set()
    deadline = QDeadlineTimer(give_up_after_ms)
    stopped = False

    def stop() -> None:
        nonlocal stopped
        stopped = True

    def poll() -> None:
        if stopped:
            return
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, LoginDialog):
            if id(dialog) not in answered:
                answered.add(id(dialog))
                seen.append(dialog.ui.messageLabel.text())
                submit(dialog, password)
            elif deadline.hasExpired():
                seen.append("still open: " + dialog.ui.messageLabel.text())
                dialog.reject()
                return
        elif deadline.hasExpired():
            return
        QTimer.singleShot(50, poll)

    QTimer.singleShot(50, poll)
    return stop


def test_first_start_asks_to_sign_in_and_keeps_the_token_in_the_keyring(
    qtbot, world: World, data_dir: Path
) -> None:
    settings = AppSettings(QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat))
    settings.set(SERVER_URL, world.base_url)
    settings.set(USERNAME, AN)
    backend = MemoryKeyring()
    app = DesktopApp(settings, TokenStore(backend), data_dir)
    seen: list[str] = []
    stop_answering = answer_login_dialogs(PASSWORD, seen)
    try:
        assert app.start()
        assert app.workspace is not None
        qtbot.addWidget(app.workspace.window)
        token = TokenStore(backend).load(world.base_url, AN)
        assert token is not None and len(token) >= 40
        assert token not in (data_dir / "settings.ini").read_text()
        assert seen == [""]
    finally:
        stop_answering()
        app.close_workspace()


def test_an_expired_session_asks_to_sign_in_again_and_loses_nothing(
    qtbot, world: World, data_dir: Path
) -> None:
    created = world.register_and_forward(ABB)
    desktop = open_desktop(world, AN, data_dir)
    qtbot.addWidget(desktop.workspace.window)
    seen: list[str] = []
    stop_answering = answer_login_dialogs(PASSWORD, seen, give_up_after_ms=40_000)
    try:
        qtbot.waitUntil(lambda: created["reference"] in desktop.references(), timeout=5_000)
        world.expire_tokens_of(AN)
        world.service.stop()  # offline: the action stays local for now
        assert desktop.workspace.controller.acknowledge(created["id"])
        world.service.start()
        desktop.workspace.runner.sync_now()

        qtbot.waitUntil(lambda: bool(seen), timeout=20_000)
        assert "verlopen" in seen[0] and "blijven bewaard" in seen[0]
        qtbot.waitUntil(lambda: desktop.workspace.store.pending_count() == 0, timeout=20_000)
        detail = desktop.workspace.store.detail(created["id"], datetime.now(UTC))
        assert detail is not None and detail.acknowledged_at is not None
        assert created["reference"] in desktop.references()
        assert not [message for message in seen if message.startswith("still open")]
    finally:
        stop_answering()
        desktop.close()


def test_a_lapsed_session_signs_in_again_while_strangers_slow_the_account_down(
    qtbot, tmp_path: Path, data_dir: Path
) -> None:
    """Guesses from many addresses make new devices wait for the account; this
    workstation presents its lapsed token, is a known device, and gets in."""
    url = f"sqlite:///{tmp_path / 'intake.sqlite3'}"
    slow_account = ThrottleRule(free=4, first_delay=timedelta(minutes=1))
    world = start_world(url, settings=Settings(url, login=LoginLimits(account=slow_account)))
    desktop = open_desktop(world, AN, data_dir)
    qtbot.addWidget(desktop.workspace.window)
    seen: list[str] = []
    stop_answering = answer_login_dialogs(PASSWORD, seen)
    try:
        for address in STRANGER_ADDRESSES[:2]:
            with client_from(world.base_url + API_PREFIX, address) as stranger:
                for _ in range(2):
                    assert login(stranger, AN, "gok").status_code == 401
        with ApiClient(world.base_url, None) as new_device, pytest.raises(TooManyAttempts):
            new_device.login(AN, PASSWORD)

        world.expire_tokens_of(AN)
        lapsed = desktop.workspace.token
        desktop.workspace.runner.sync_now()
        qtbot.waitUntil(lambda: desktop.workspace.token != lapsed, timeout=20_000)
        assert seen and "verlopen" in seen[0]
        assert not [message for message in seen if message.startswith("still open")]
    finally:
        stop_answering()
        desktop.close()
        world.service.stop()


def test_a_workstation_without_a_usable_keyring_gets_a_clear_message() -> None:
    tokens = TokenStore(fail.Keyring())
    with pytest.raises(KeyringUnavailable):
        tokens.save("https://meldingen.example.org", AN, "token")
    with pytest.raises(KeyringUnavailable):
        tokens.load("https://meldingen.example.org", AN)
    from investigator_app.gui.common.messages import describe_error

    assert "geen veilige opslag" in describe_error(KeyringUnavailable("no backend"))


def test_signing_out_ends_the_token_on_the_service_and_in_the_keyring(
    qtbot, world: World, data_dir: Path
) -> None:
    desktop = open_desktop(world, AN, data_dir)
    qtbot.addWidget(desktop.workspace.window)
    token = desktop.workspace.token

    def cancel(dialog: LoginDialog) -> None:
        dialog.reject()  # after signing out, the user closes the sign-in dialog

    QTimer.singleShot(50, lambda: _on_login_dialog(cancel))
    with qtbot.waitSignal(desktop.app.exit_requested, timeout=5_000) as leaving:
        desktop.workspace.window.ui.actionSignOut.trigger()
    assert leaving.args == [0]  # no account signed in: the app ends

    assert desktop.app.workspace is None
    assert desktop.tokens.load(world.base_url, AN) is None

    def revoked() -> bool:
        with world.http(None) as http:
            answer = http.get("/me", headers={"Authorization": f"Bearer {token}"})
        return answer.status_code == 401 and answer.json()["detail"]["code"] == "token_revoked"

    qtbot.waitUntil(revoked, timeout=10_000)


def _on_login_dialog(act: Callable[[LoginDialog], None]) -> None:
    dialog = QApplication.activeModalWidget()
    if isinstance(dialog, LoginDialog):
        act(dialog)
    else:
        QTimer.singleShot(50, lambda: _on_login_dialog(act))
