"""The desktop's side of signing in with the organisation's account, for the tests: a
service configured for the test provider (``oidc_world``), "system browsers" to hand the
desktop (one that makes a browser's requests over HTTP, fast; headless Chromium in the
acceptance tests), a desktop signed in through the browser, and every log line of the
process. Registered for every test through ``tests/conftest.py``."""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import httpx
import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from investigator_app.desktop.app import DesktopApp
from investigator_app.desktop.browser_sign_in import BrowserSignIn
from investigator_app.desktop.credentials import MemoryKeyring, TokenStore
from investigator_app.desktop.settings import SERVER_URL, USERNAME, AppSettings
from investigator_app.gui.session.login_dialog import LoginDialog
from investigator_app.gui.session.pin_dialog import PinDialog
from investigator_app.intake.settings import Settings
from investigator_app.protocol import LoginResponse
from tests.support import web
from tests.support.oidc_provider import (
    OidcProvider,
    desktop_redirect_of,
    page_text,
    sign_in_over_http,
    sign_in_with_browser,
    start_provider,
)
from tests.support.world import Desktop, World, start_world

if TYPE_CHECKING:
    from selenium.webdriver.remote.webdriver import WebDriver

# Subjects at the provider and their claims: An and Jonas of ABB, Tom of OMG, and people
# the service must refuse.
AN_SUB, JONAS_SUB, TOM_SUB = "an.peeters@vlaanderen.be", "jonas.maes@vlaanderen.be", "tom@ovo"
STRANGER_SUB, ROLELESS_SUB = "gast@elders.be", "zonder.rol@vlaanderen.be"
CLAIMS: dict[str, dict[str, object]] = {
    AN_SUB: {"name": "An Peeters", "vo_orgcode": "OVO000001", "vo_rol": "onderzoeker"},
    JONAS_SUB: {"name": "Jonas Maes", "vo_orgcode": "OVO000001", "vo_rol": "onderzoeker"},
    TOM_SUB: {"name": "Tom Janssens", "vo_orgcode": "OVO000002", "vo_rol": "onderzoeker"},
    STRANGER_SUB: {"name": "Gast", "vo_orgcode": "OVO999999", "vo_rol": "onderzoeker"},
    ROLELESS_SUB: {"name": "Zonder Rol", "vo_orgcode": "OVO000001"},
}


@dataclass
class OidcWorld:
    world: World
    provider: OidcProvider

    @property
    def base_url(self) -> str:
        return self.world.base_url


@pytest.fixture(scope="module")
def oidc_world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[OidcWorld]:
    """The test world's service, also the client of a test provider whose users are
    ``CLAIMS`` (ABB is OVO000001). One per test module: a sign-in changes nothing that
    another test of the module looks at (each signs in afresh)."""
    with start_provider() as provider:
        for sub, claims in CLAIMS.items():
            provider.set_user(sub, claims)
        url = f"sqlite:///{tmp_path_factory.mktemp('oidc') / 'intake.sqlite3'}"
        world = start_world(
            url, settings=Settings(database_url=url, oidc=provider.service_settings())
        )
        try:
            yield OidcWorld(world, provider)
        finally:
            world.service.stop()


@pytest.fixture
def every_log_line(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Every record any logger of the process hands to its handlers (also the ones that do
    not propagate, as uvicorn's access log), formatted; the root logger at DEBUG."""
    lines: list[str] = []
    lock = threading.Lock()
    formatter = logging.Formatter("%(name)s %(levelname)s %(message)s")
    handle = logging.Logger.callHandlers

    def capture(logger: logging.Logger, record: logging.LogRecord) -> None:
        with lock:
            lines.append(formatter.format(record))
        handle(logger, record)

    monkeypatch.setattr(logging.Logger, "callHandlers", capture)
    root = logging.getLogger()
    level = root.level
    root.setLevel(logging.DEBUG)
    try:
        yield lines
    finally:
        root.setLevel(level)


@dataclass
class _SystemBrowser:
    """What a test's system browser noted: every address it was given (``opened``), what
    the desktop's loopback address answered (``pages``) and what went wrong
    (``failures``), written by the browser's own thread."""

    opened: list[str] = field(default_factory=list, kw_only=True)
    pages: list[str] = field(default_factory=list, kw_only=True)
    failures: list[str] = field(default_factory=list, kw_only=True)
    _answered: threading.Condition = field(
        default_factory=threading.Condition, kw_only=True, repr=False
    )

    def _note(self, page: str | None = None, failure: str | None = None) -> None:
        with self._answered:
            if page is not None:
                self.pages.append(page)
            if failure is not None:
                self.failures.append(failure)
            self._answered.notify_all()

    def page(self, index: int = 0, timeout: float = 10) -> str:
        """The ``index``-th page the loopback address answered, once the browser has it:
        the desktop may act on the answer (and the test look) before the browser thread
        has read the page it was sent."""
        with self._answered:
            if not self._answered.wait_for(
                lambda: len(self.pages) > index or bool(self.failures), timeout
            ):
                raise AssertionError(f"the browser got no page {index} in {timeout} s")
            if len(self.pages) <= index:
                raise AssertionError(f"the browser failed: {self.failures}")
            return self.pages[index]


@dataclass
class HttpBrowser(_SystemBrowser):
    """A system browser for the desktop (an opener): makes the requests a browser would,
    over HTTP on a thread of its own, signing in at the provider as ``subject`` (or
    pressing "Deny"), and follows the service's redirect to the desktop's loopback
    address. ``opened`` keeps every address it was given; ``pages`` what the loopback
    address answered."""

    subject: str | None = AN_SUB
    deny: bool = False
    follow: bool = True  # False: the browser never comes back (the user walks away)
    # Straight back to the desktop with this ErrorCode, as the service sends a refusal
    # (for refusals the test provider cannot provoke).
    refuse_with: str | None = None

    def __call__(self, address: str) -> bool:
        self.opened.append(address)
        if self.follow:
            threading.Thread(target=self._run, args=(address,), daemon=True).start()
        return True

    def _run(self, address: str) -> None:
        try:
            if self.refuse_with is not None:
                params = httpx.URL(address).params
                answer = web.get(
                    params["redirect_uri"],
                    params={"error": self.refuse_with, "state": params["state"]},
                    timeout=10,
                )
                self._note(answer.text)
                return
            answer = sign_in_over_http(address, self.subject, deny=self.deny)
            location = answer.headers.get("location", "")
            if not location.startswith(desktop_redirect_of(address)):
                self._note(failure=f"ended at {answer.status_code} {answer.url}")
                return
            self._note(web.get(location, timeout=10).text)
        except Exception:  # noted for the test to show, with where it happened
            self._note(failure=traceback.format_exc())


def sign_in_through_browser(base_url: str, subject: str) -> LoginResponse:
    """A device token of ``subject`` by the desktop's own flow (no Qt)."""
    flow = BrowserSignIn(base_url, "testpc", timeout_s=20)
    flow.open_with(HttpBrowser(subject))
    return flow.finish()


def open_oidc_desktop(
    base_url: str, browser: HttpBrowser, data_dir: Path, subject: str = AN_SUB
) -> Desktop:
    """A returning user of the organisation's account: their token (got through the
    browser) in the keyring; the app opens straight into the workspace."""
    response = sign_in_through_browser(base_url, subject)
    username = response.user.username
    settings = AppSettings(QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat))
    settings.set(SERVER_URL, base_url)
    settings.set(USERNAME, username)
    tokens = TokenStore(MemoryKeyring())
    tokens.save(base_url, username, response.token)
    app = DesktopApp(settings, tokens, data_dir, open_browser=browser)
    assert app.start(), "the desktop should open straight into its workspace"
    return Desktop(app, data_dir, tokens)


def set_pin(qtbot: QtBot, desktop: Desktop, pin: str) -> None:
    """Bestand → Pincode instellen…, typed as the user would."""

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PinDialog):
            QTimer.singleShot(20, fill)
            return
        qtbot.keyClicks(dialog.pin_edit, pin)
        qtbot.keyClicks(dialog.repeat_edit, pin)
        dialog.buttons.accepted.emit()

    QTimer.singleShot(20, fill)
    window = desktop.workspace.window
    action = window.findChild(QAction, "actionSetPin")
    assert action is not None and action.text() == "&Pincode instellen…"
    assert action in window.ui.menuFile.actions()
    action.trigger()


def press_organisation_button(seen: list[str], *, give_up_after_ms: int = 30_000) -> QTimer:
    """Press "Aanmelden met uw organisatieaccount" in every sign-in dialog as soon as it is
    offered (exec() blocks the test), noting the dialog's message when it opened. Stop the
    returned timer at the end."""
    pressed: set[int] = set()
    timer = QTimer()
    timer.setInterval(50)
    waited = [0]

    def poll() -> None:
        waited[0] += 50
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, LoginDialog):
            return
        button = dialog.ui.organisationButton
        if id(dialog) not in pressed and button.isVisible() and button.isEnabled():
            pressed.add(id(dialog))
            seen.append(dialog.ui.messageLabel.text())
            button.click()
        elif waited[0] > give_up_after_ms:
            seen.append("still open: " + dialog.ui.messageLabel.text())
            timer.stop()
            dialog.organisation.cancel()
            QTimer.singleShot(1_000, dialog.reject)

    timer.timeout.connect(poll)
    timer.start()
    return timer


@dataclass
class ChromiumBrowser(_SystemBrowser):
    """Headless Chromium as the desktop's system browser: each address it is given opens
    in ``driver`` on a thread of its own, where ``subject`` signs in at the provider; the
    page the desktop's loopback address answered lands in ``pages``."""

    driver: WebDriver
    subject: str = AN_SUB

    def __call__(self, address: str) -> bool:
        self.opened.append(address)
        threading.Thread(target=self._run, args=(address,), daemon=True).start()
        return True

    def _run(self, address: str) -> None:
        try:
            sign_in_with_browser(self.driver, address, self.subject)
            self._note(page_text(self.driver))
        except Exception:  # noted for the test to show, with where it happened
            self._note(failure=traceback.format_exc())
