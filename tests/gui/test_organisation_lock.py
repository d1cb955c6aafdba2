"""The idle lock, the PIN and signing out for a user of the organisation's account: they
have no password here, so the lock offers signing in again through the browser (the same
user only) and the PIN they set on this workstation (also offline). Real service, real
provider, the app's own composition root; the "system browser" makes a browser's
requests over HTTP."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from investigator_app.desktop.credentials import SERVICE_NAME, MemoryKeyring
from investigator_app.desktop.unlock_verifier import PIN_COST, VerifierStore, matches
from investigator_app.gui.session import session_guard
from investigator_app.gui.session.idle_lock import ScreenLock
from investigator_app.gui.session.login_dialog import LoginDialog
from investigator_app.gui.session.pin_dialog import PinDialog
from investigator_app.intake.models import DeviceToken
from investigator_app.sync.api import ApiClient
from investigator_app.sync.errors import AuthenticationFailed
from tests.support.oidc_desktop import (
    AN_SUB,
    JONAS_SUB,
    HttpBrowser,
    OidcWorld,
    open_oidc_desktop,
    set_pin,
    sign_in_through_browser,
)
from tests.support.screen import visible_texts
from tests.support.world import AN, Desktop

PIN = "480613"


@pytest.fixture
def browser() -> HttpBrowser:
    return HttpBrowser(AN_SUB)


@pytest.fixture
def an(qtbot, oidc_world: OidcWorld, browser: HttpBrowser, tmp_path: Path) -> Iterator[Desktop]:
    data_dir = tmp_path / "desktop-an"
    data_dir.mkdir()
    desktop = open_oidc_desktop(oidc_world.base_url, browser, data_dir)
    qtbot.addWidget(desktop.workspace.window)
    yield desktop
    desktop.close()


def lock_of(desktop: Desktop) -> ScreenLock:
    lock = desktop.workspace.lock
    assert lock is not None
    return lock


def keyring_of(desktop: Desktop) -> MemoryKeyring:
    backend = desktop.tokens.backend
    assert isinstance(backend, MemoryKeyring)
    return backend


def pin_verifier(desktop: Desktop) -> str | None:
    workspace = desktop.workspace
    return VerifierStore(keyring_of(desktop), kind="pin").load(
        workspace.server_url, workspace.username
    )


def active_tokens(oidc_world: OidcWorld, user_id: str) -> int:
    with oidc_world.world.service.session() as session:
        return int(
            session.scalar(
                select(func.count())
                .select_from(DeviceToken)
                .where(DeviceToken.user_id == user_id, DeviceToken.revoked_at.is_(None))
            )
            or 0
        )


def test_the_lock_asks_no_password_and_the_same_user_signs_in_again_through_the_browser(
    qtbot, an: Desktop, oidc_world: OidcWorld, browser: HttpBrowser, monkeypatch
) -> None:
    monkeypatch.setattr(session_guard, "OLD_TOKEN_REVOKE_DELAY_MS", 50)
    lock, page = lock_of(an), lock_of(an).page
    old_token = an.workspace.token
    lock.lock()
    assert lock.locked and lock.organisation
    assert page.browser_button.isVisible()
    assert page.browser_button.text() == "Opnieuw aanmelden via de browser"
    assert not page.password_edit.isVisible()  # no PIN set on this workstation

    page.browser_button.click()
    assert "Uw browser werd geopend" in page.message_label.text()
    qtbot.waitUntil(lambda: not lock.locked, timeout=20_000)
    new_token = an.workspace.token
    assert new_token != old_token
    assert an.tokens.load(an.workspace.server_url, an.workspace.username) == new_token
    with ApiClient(oidc_world.base_url, new_token) as client:
        assert client.me().user.display_name == "An Peeters"

    def old_revoked() -> bool:
        with ApiClient(oidc_world.base_url, old_token) as client:
            try:
                client.me()
            except AuthenticationFailed:
                return True
            return False

    qtbot.waitUntil(old_revoked, timeout=10_000)


def test_another_user_in_the_browser_is_refused_and_the_window_stays_locked(
    qtbot, an: Desktop, oidc_world: OidcWorld, browser: HttpBrowser
) -> None:
    jonas_id = sign_in_through_browser(oidc_world.base_url, JONAS_SUB).user.id
    jonas_tokens = active_tokens(oidc_world, jonas_id)
    token = an.workspace.token
    lock, page = lock_of(an), lock_of(an).page
    lock.lock()
    browser.subject = JONAS_SUB  # a colleague at the same workstation
    page.browser_button.click()
    qtbot.waitUntil(lambda: "andere gebruiker" in page.message_label.text(), timeout=20_000)
    assert lock.locked and "Vergrendeld" in visible_texts()
    assert an.workspace.token == token
    assert an.tokens.load(an.workspace.server_url, an.workspace.username) == token
    assert active_tokens(oidc_world, jonas_id) == jonas_tokens  # theirs was revoked at once


def test_a_pin_unlocks_also_offline_and_a_wrong_one_is_refused(
    qtbot, an: Desktop, oidc_world: OidcWorld
) -> None:
    set_pin(qtbot, an, PIN)
    verifier = pin_verifier(an)
    assert verifier is not None and matches(verifier, PIN)
    assert f"${PIN_COST.n}$" in verifier
    assert not any(PIN in secret for secret in keyring_of(an)._secrets.values())
    assert "Uw pincode werd ingesteld" in an.workspace.window.statusBar().currentMessage()

    lock, page = lock_of(an), lock_of(an).page
    lock.lock()
    assert page.password_edit.isVisible() and page.password_edit.placeholderText() == "Pincode"
    assert page.browser_button.isVisible()
    page.password_edit.setText("480614")
    page.unlock_button.click()
    qtbot.waitUntil(lambda: page.message_label.text() == "Onjuiste pincode.", timeout=10_000)
    assert lock.locked

    oidc_world.world.service.stop()  # offline: only this workstation knows the PIN anyway
    try:
        page.password_edit.setText(PIN)
        page.unlock_button.click()
        qtbot.waitUntil(lambda: not lock.locked, timeout=10_000)
    finally:
        oidc_world.world.service.start()


@pytest.mark.parametrize(
    ("first", "second", "said"),
    [
        ("4806", None, "Een pincode heeft 6 tot 12 cijfers."),
        ("123456", None, "Deze pincode is te makkelijk te raden. Kies een andere."),
        ("777777", None, "Deze pincode is te makkelijk te raden. Kies een andere."),
        ("480613", "480631", "De twee pincodes verschillen."),
    ],
)
def test_a_pin_must_be_six_digits_not_obvious_and_typed_twice_alike(
    qtbot, first: str, second: str | None, said: str
) -> None:
    kept: list[str] = []
    dialog = PinDialog(kept.append)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.pin_edit, first)
    qtbot.keyClicks(dialog.repeat_edit, first if second is None else second)
    dialog.buttons.accepted.emit()
    assert dialog.message_label.text() == said
    assert dialog.isVisible() and kept == []


def test_letters_cannot_be_typed_into_a_pin(qtbot) -> None:
    dialog = PinDialog(lambda _verifier: None)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.pin_edit, "48a06b13")
    assert dialog.pin_edit.text() == "480613"


def test_signing_out_revokes_the_token_and_keeps_the_store_and_the_pin(
    qtbot, an: Desktop, oidc_world: OidcWorld
) -> None:
    set_pin(qtbot, an, PIN)
    workspace = an.workspace
    server_url, username, token = workspace.server_url, workspace.username, workspace.token
    store_path = workspace.store.path
    offered: list[bool] = []

    def close_sign_in() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, LoginDialog):
            QTimer.singleShot(20, close_sign_in)
            return
        if not dialog.ui.organisationBox.isVisible():
            QTimer.singleShot(20, close_sign_in)  # the service's answer is on its way
            return
        offered.append(True)
        dialog.reject()

    QTimer.singleShot(20, close_sign_in)
    with qtbot.waitSignal(an.app.exit_requested, timeout=10_000):
        workspace.window.ui.actionSignOut.trigger()
    assert offered == [True]  # back to the sign-in, which offers the organisation's account
    assert an.tokens.load(server_url, username) is None
    assert store_path.exists()
    assert pin_verifier_of(keyring_of(an), server_url, username) is not None

    def revoked() -> bool:
        with ApiClient(oidc_world.base_url, token) as client:
            try:
                client.me()
            except AuthenticationFailed as error:
                return error.code == "token_revoked"
            return False

    qtbot.waitUntil(revoked, timeout=10_000)


def pin_verifier_of(backend: MemoryKeyring, server_url: str, username: str) -> str | None:
    return backend.get_password(SERVICE_NAME, f"pin:{username}@{server_url}")


def answer_sign_in(check: Callable[[LoginDialog], None]) -> None:
    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, LoginDialog) and dialog.ui.organisationBox.isVisible():
            check(dialog)
            return
        QTimer.singleShot(20, poll)

    QTimer.singleShot(20, poll)


def test_a_revoked_token_asks_to_sign_in_again_through_the_browser_as_the_same_user(
    qtbot, an: Desktop, oidc_world: OidcWorld, browser: HttpBrowser
) -> None:
    workspace = an.workspace
    old_token = workspace.token
    seen: list[str] = []

    def sign_in_as_jonas_then_an(dialog: LoginDialog) -> None:
        # The password part is not offered: this account has no password here.
        seen.append(f"password shown: {dialog.ui.passwordEdit.isVisible()}")
        seen.append(dialog.ui.messageLabel.text())
        browser.subject = JONAS_SUB
        dialog.ui.organisationButton.click()

        def then_an() -> None:
            if not dialog.ui.organisationButton.isEnabled():
                QTimer.singleShot(50, then_an)
                return
            seen.append(dialog.ui.messageLabel.text())
            browser.subject = AN_SUB
            dialog.ui.organisationButton.click()

        QTimer.singleShot(50, then_an)

    with ApiClient(oidc_world.base_url, old_token) as client:
        client.logout()  # revoked (an administrator, another device …)
    answer_sign_in(sign_in_as_jonas_then_an)
    with qtbot.waitSignal(workspace.guard.renewed, timeout=30_000):  # type: ignore[union-attr]
        workspace.runner.sync_now()
    assert seen[0] == "password shown: False"
    assert "ingetrokken" in seen[1]
    assert seen[2].startswith("U meldde zich aan als een andere gebruiker.")
    assert workspace.token != old_token
    with ApiClient(oidc_world.base_url, workspace.token) as client:
        assert client.me().user.display_name == "An Peeters"


def test_a_password_account_gets_no_pin_and_no_browser_at_the_lock(qtbot, desktops) -> None:
    an = desktops(AN)
    window, lock = an.workspace.window, lock_of(an)
    assert window.findChild(QAction, "actionSetPin") is None
    lock.lock()
    assert lock.page.password_edit.isVisible()
    assert lock.page.password_edit.placeholderText() == "Wachtwoord"
    assert not lock.page.browser_button.isVisible()
