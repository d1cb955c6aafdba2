"""One sign-in with the organisation's account through the system browser, for the sign-in
dialog and the lock page: opens the browser (``QDesktopServices`` unless another opener is
given, as the tests do), waits off the GUI thread for it to come back, exchanges the code
and asks who signed in. With ``expected_user_id`` (signing in again as the same account)
another user is refused and the token they got is revoked at once."""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices

from investigator_app.desktop.browser_sign_in import (
    BrowserOpener,
    BrowserSignIn,
    BrowserUnavailable,
)
from investigator_app.gui.common.background import emit_from_worker
from investigator_app.protocol import LoginResponse, MeResponse
from investigator_app.sync.api import ApiClient

log = logging.getLogger("investigator_app.gui.session.organisation_sign_in")


@dataclass(frozen=True)
class BrowserSignedIn:
    """The device token the browser sign-in gave, and who it is of."""

    response: LoginResponse
    identity: MeResponse


class DifferentUser(Exception):  # noqa: N818 (reads as what happened)
    """The browser signed in another user than the one this session is of."""


def open_in_system_browser(address: str) -> bool:
    return QDesktopServices.openUrl(QUrl(address, QUrl.ParsingMode.StrictMode))


class _Relay(QObject):
    """Lives on the GUI thread, so the waiting thread's signals arrive there."""

    succeeded = Signal(object)
    failed = Signal(object)


class OrganisationSignIn(QObject):
    """``start()`` once; then exactly one of ``succeeded(BrowserSignedIn)`` /
    ``failed(Exception)`` (``SignInCancelled`` after ``cancel()``)."""

    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(
        self,
        server_url: str,
        device_name: str,
        *,
        opener: BrowserOpener = open_in_system_browser,
        expected_user_id: str | None = None,
        timeout_s: float | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._server_url = server_url
        self._expected = expected_user_id
        self._opener = opener
        if timeout_s is None:
            self._flow = BrowserSignIn(server_url, device_name)
        else:
            self._flow = BrowserSignIn(server_url, device_name, timeout_s=timeout_s)
        self._relay = _Relay(self)
        self._relay.succeeded.connect(self.succeeded)
        self._relay.failed.connect(self.failed)

    def start(self) -> None:
        try:
            self._flow.open_with(self._opener)
        except (BrowserUnavailable, OSError) as error:
            log.warning("the browser for signing in could not be opened: %s", type(error).__name__)
            self.failed.emit(BrowserUnavailable() if isinstance(error, OSError) else error)
            return
        # A thread of its own, not the pool the other background calls share: the wait may
        # last minutes, and a daemon thread never holds up quitting the app.
        threading.Thread(target=self._wait, name="browser-sign-in", daemon=True).start()

    def cancel(self) -> None:
        self._flow.cancel()

    def _wait(self) -> None:
        try:
            result = self._finish()
        except Exception as error:  # handed to the GUI thread, which says what went wrong
            emit_from_worker(self._relay.failed, error)
        else:
            emit_from_worker(self._relay.succeeded, result)

    def _finish(self) -> BrowserSignedIn:
        """Off the GUI thread: the token, then who it is of."""
        response = self._flow.finish()
        with ApiClient(self._server_url, response.token) as client:
            identity = client.me()
            if self._expected is not None and identity.user.id != self._expected:
                log.warning("browser sign-in: another user came back; their token is revoked")
                client.logout()
                raise DifferentUser()
        return BrowserSignedIn(response, identity)
