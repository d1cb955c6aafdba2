"""The second factor on the desktop, against the real service on loopback: setting it up
from Bestand → Tweestapsverificatie instellen… (the QR code read back by a real decoder,
codes computed with pyotp from what the screen shows), signing in with a code or a
recovery code, the set-up a department demands right after signing in, and the idle lock
asking the code after the password."""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pyotp
import pytest
import zxingcpp
from PIL import Image
from PySide6.QtCore import QBuffer, QDeadlineTimer, QIODevice, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget

from investigator_app.desktop.app import DesktopApp
from investigator_app.desktop.credentials import MemoryKeyring, TokenStore
from investigator_app.desktop.settings import SERVER_URL, USERNAME, AppSettings
from investigator_app.gui.session.login_dialog import LoginDialog
from investigator_app.gui.session.second_factor_account import SecondFactorAccount
from investigator_app.gui.session.second_factor_code import OneTimeCodeDialog
from investigator_app.gui.session.second_factor_enrolment import SecondFactorDialog
from investigator_app.intake.actors import cli_actor
from investigator_app.intake.second_factor import set_require_second_factor
from investigator_app.sync.api import ApiClient
from tests.support.world import ABB, AN, PASSWORD, Desktop, World

Handler = Callable[[QWidget], bool]
"""Acts on an open modal dialog; True when it is done with that dialog."""


def answer_modals(
    handlers: dict[type, Handler], give_up_after_ms: int = 30_000
) -> Callable[[], None]:
    """While exec() blocks the test, hand each modal dialog of a known type to its handler
    (again and again until it says it is done). After the deadline any open dialog is
    cancelled, so a failing flow ends the test instead of hanging it."""
    deadline = QDeadlineTimer(give_up_after_ms)
    stopped = False

    def stop() -> None:
        nonlocal stopped
        stopped = True

    def poll() -> None:
        if stopped:
            return
        dialog = QApplication.activeModalWidget()
        if dialog is not None and deadline.hasExpired():
            dialog.close()
        elif dialog is not None:
            for kind, handler in handlers.items():
                if isinstance(dialog, kind):
                    handler(dialog)
        QTimer.singleShot(100, poll)

    QTimer.singleShot(100, poll)
    return stop


def enrol_with_api(world: World, username: str) -> tuple[pyotp.TOTP, list[str]]:
    """Set up TOTP for ``username`` with their current token, as another desktop would."""
    with ApiClient(world.base_url, world.token(username)) as client:
        enrolment = client.start_totp_enrolment()
        totp = pyotp.TOTP(enrolment.secret)
        codes = client.confirm_totp(totp.now())
    return totp, list(codes.codes)


def next_code(totp: pyotp.TOTP) -> str:
    """The code of the next 30-second step: still accepted, and later than the one the
    set-up used (a code works once)."""
    return totp.at(datetime.now(UTC) + timedelta(seconds=30))


def read_qr(dialog: SecondFactorDialog) -> str:
    """The text of the QR code the dialog shows, decoded by zxing-cpp from its pixels."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert dialog.qr_label.pixmap().save(buffer, "PNG")
    found = zxingcpp.read_barcodes(Image.open(io.BytesIO(bytes(buffer.data().data()))))
    assert len(found) == 1
    return str(found[0].text)


def first_start(world: World, data_dir: Path, username: str = AN) -> DesktopApp:
    settings = AppSettings(QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat))
    settings.set(SERVER_URL, world.base_url)
    settings.set(USERNAME, username)
    return DesktopApp(settings, TokenStore(MemoryKeyring()), data_dir)


def sign_in_with_password(dialog: QWidget) -> bool:
    assert isinstance(dialog, LoginDialog)
    ok = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    if ok.isEnabled() and not dialog.ui.passwordEdit.text():
        dialog.ui.passwordEdit.setText(PASSWORD)
        ok.click()
    return True


def test_setting_it_up_shows_a_qr_code_that_reads_back_and_the_recovery_codes_once(
    qtbot, world: World
) -> None:
    account = SecondFactorAccount(world.base_url, world.token(AN))
    dialog = SecondFactorDialog(account)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.pages.currentWidget() is dialog.enrol_page, timeout=10_000)
    secret = dialog.secret_label.text().replace(" ", "")
    scanned = pyotp.parse_uri(read_qr(dialog))  # what the phone's app reads
    assert isinstance(scanned, pyotp.TOTP)
    assert (scanned.secret, scanned.name, scanned.issuer) == (secret, AN, "Integriteitsmeldingen")

    right = scanned.now()
    dialog.code_edit.setText(f"{(int(right) + 1) % 1_000_000:06d}")
    dialog.confirm_button.click()
    qtbot.waitUntil(lambda: "niet juist" in dialog.message.text(), timeout=10_000)
    assert dialog.message.text().startswith("Deze code is niet juist of werd al gebruikt.")

    dialog.code_edit.setText(right)
    dialog.confirm_button.click()
    qtbot.waitUntil(lambda: dialog.showing_codes, timeout=10_000)
    codes = dialog.codes_label.text().splitlines()
    assert len(codes) == len(set(codes)) == 10
    assert not dialog.close_button.isEnabled()
    dialog.reject()  # Esc: the codes are shown once, so not before they are saved
    assert dialog.isVisible() and "bewaard" in dialog.message.text()
    dialog.saved_box.setChecked(True)
    assert dialog.close_button.isEnabled() and dialog.close_button.text() == "Klaar"
    with qtbot.waitSignal(dialog.accepted, timeout=2_000):
        dialog.close_button.click()

    with ApiClient(world.base_url, world.token(AN)) as client:
        factor = client.me().second_factor
    assert factor is not None and factor.enrolled and factor.recovery_codes_left == 10
    # Opened again: what is set up, and new recovery codes for a code of the app.
    again = SecondFactorDialog(account)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitUntil(lambda: again.pages.currentWidget() is again.status_page, timeout=10_000)
    assert "Ongebruikte herstelcodes: 10." in again.status_label.text()
    again.renew_edit.setText(next_code(scanned))
    again.renew_button.click()
    qtbot.waitUntil(lambda: again.showing_codes, timeout=10_000)
    assert not set(again.codes_label.text().splitlines()) & set(codes)


def test_the_menu_offers_it(qtbot, world: World, desktops) -> None:
    an: Desktop = desktops(AN)
    window = an.workspace.window
    [action] = [a for a in window.ui.menuFile.actions() if a.objectName() == "actionSecondFactor"]
    assert action.text().replace("&", "") == "Tweestapsverificatie instellen…"
    shown: list[str] = []

    def look(dialog: QWidget) -> bool:
        assert isinstance(dialog, SecondFactorDialog)
        if dialog.pages.currentWidget() is dialog.enrol_page:
            shown.append(dialog.secret_label.text())
            dialog.reject()
        return True

    stop = answer_modals({SecondFactorDialog: look})
    try:
        action.trigger()
    finally:
        stop()
    assert shown and len(shown[0].replace(" ", "")) == 32


@pytest.mark.slow
def test_signing_in_asks_the_code_and_takes_a_recovery_code(
    qtbot, world: World, data_dir: Path
) -> None:
    totp, recovery = enrol_with_api(world, AN)
    steps: list[str] = []

    def give_codes(dialog: QWidget) -> bool:
        assert isinstance(dialog, OneTimeCodeDialog)
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if not ok.isEnabled():
            return False
        if not steps:  # first a wrong code of the app
            steps.append(dialog.prompt.text())
            dialog.code_edit.setText(f"{(int(next_code(totp)) + 1) % 1_000_000:06d}")
            ok.click()
        elif len(steps) == 1 and dialog.message.text():
            steps.append(dialog.message.text())
            dialog.switch_button.click()  # "Herstelcode gebruiken"
            steps.append(dialog.prompt.text())
            dialog.code_edit.setText(recovery[0].upper())
            ok.click()
        return True

    app = first_start(world, data_dir)
    stop = answer_modals({LoginDialog: sign_in_with_password, OneTimeCodeDialog: give_codes})
    try:
        assert app.start()
        assert app.workspace is not None
        qtbot.addWidget(app.workspace.window)
        identity = app.workspace.store.identity()
        assert identity is not None and identity.sign_in_method == "password_totp"
    finally:
        stop()
        app.close_workspace()
    assert "code van zes cijfers" in steps[0]
    assert steps[1].startswith("Deze code is niet juist of werd al gebruikt.")
    assert "herstelcodes" in steps[2]
    with ApiClient(world.base_url, world.token(AN)) as client:
        factor = client.me().second_factor
    assert factor is not None and factor.recovery_codes_left == 9


@pytest.mark.slow
def test_a_department_that_demands_it_has_it_set_up_right_after_signing_in(
    qtbot, world: World, data_dir: Path
) -> None:
    case = world.register_and_forward(ABB)
    with world.service.session() as session:
        set_require_second_factor(session, cli_actor(), ABB, True, datetime.now(UTC))
    shown: dict[str, str] = {}

    def set_up(dialog: QWidget) -> bool:
        assert isinstance(dialog, SecondFactorDialog)
        if dialog.pages.currentWidget() is dialog.enrol_page and "secret" not in shown:
            shown["secret"] = dialog.secret_label.text().replace(" ", "")
            shown["qr"] = read_qr(dialog)
            dialog.code_edit.setText(pyotp.TOTP(shown["secret"]).now())
            dialog.confirm_button.click()
        elif dialog.showing_codes and not dialog.saved_box.isChecked():
            dialog.saved_box.setChecked(True)
            dialog.close_button.click()
        return True

    app = first_start(world, data_dir)
    stop = answer_modals({LoginDialog: sign_in_with_password, SecondFactorDialog: set_up})
    try:
        assert app.start()
        workspace = app.workspace
        assert workspace is not None
        qtbot.addWidget(workspace.window)
        # The token the set-up made whole syncs the department's cases.
        qtbot.waitUntil(
            lambda: workspace.store.detail(case["id"], datetime.now(UTC)) is not None,
            timeout=15_000,
        )
        with ApiClient(world.base_url, workspace.token) as client:
            me = client.me()
        assert me.sign_in_method == "password_totp"
        assert me.second_factor is not None
        assert me.second_factor.enrolled and me.second_factor.required
    finally:
        stop()
        app.close_workspace()
    assert pyotp.parse_uri(shown["qr"]).secret == shown["secret"]


@pytest.mark.slow
def test_the_idle_lock_asks_the_code_after_the_password(qtbot, world: World, desktops) -> None:
    an: Desktop = desktops(AN)
    totp, _recovery = enrol_with_api(world, AN)
    lock = an.workspace.lock
    assert lock is not None
    page = lock.page
    lock.lock()

    def type_and_wait(text: str) -> None:
        qtbot.waitUntil(lambda: page.unlock_button.isEnabled(), timeout=5_000)
        page.password_edit.setText(text)
        page.unlock_button.click()
        qtbot.waitUntil(lambda: page.unlock_button.isEnabled() or not lock.locked, timeout=10_000)

    type_and_wait(PASSWORD)
    assert lock.locked and "authenticator-app" in page.message_label.text()
    assert page.password_edit.placeholderText() == "Code uit de app of herstelcode"
    code = next_code(totp)
    type_and_wait(f"{(int(code) + 1) % 1_000_000:06d}")
    assert lock.locked and "niet juist" in page.message_label.text()
    type_and_wait(code)
    assert not lock.locked
    # The next lock starts with the password again; offline the password alone unlocks
    # (the verifier in the keyring; only the service can check a code).
    lock.lock()
    assert page.password_edit.placeholderText() == "Wachtwoord"
    world.service.stop()
    try:
        type_and_wait(PASSWORD)
        assert not lock.locked
    finally:
        world.service.start()
