"""Unlocking by signing in again through the browser: for an account of the organisation's
provider, whose idle lock has no password to ask. The same user must come back (the
attempt compares the user id and revokes the token of anyone else); their new device
token replaces the session's (``signed_in``) and the lock opens. Another user, a refusal or
a cancelled wait leaves the window locked and says why."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from investigator_app.desktop.browser_sign_in import SignInCancelled
from investigator_app.gui.session.idle_lock import ScreenLock
from investigator_app.gui.session.organisation_messages import organisation_failure_message
from investigator_app.gui.session.organisation_sign_in import BrowserSignedIn, OrganisationSignIn

log = logging.getLogger("investigator_app.gui.session.browser_unlock")

# () -> a sign-in through the browser that accepts only the signed-in user, not started yet.
SameUserSignIn = Callable[[], OrganisationSignIn]


class BrowserUnlock(QObject):
    signed_in = Signal(object)  # BrowserSignedIn of the same user, before the lock opens

    def __init__(self, lock: ScreenLock, start: SameUserSignIn) -> None:
        super().__init__(lock)
        self._lock = lock
        self._start = start
        self._attempt: OrganisationSignIn | None = None
        lock.browser_requested.connect(self.on_requested)
        lock.locked_changed.connect(self._on_locked_changed)

    @property
    def waiting(self) -> bool:
        return self._attempt is not None

    def on_requested(self) -> None:
        """The lock page's button: start, or (while the browser is out) stop waiting."""
        if self._attempt is not None:
            self._attempt.cancel()
            return
        if not self._lock.locked:
            return
        attempt = self._start()
        attempt.setParent(self)
        attempt.succeeded.connect(self._on_succeeded)
        attempt.failed.connect(self._on_failed)
        self._attempt = attempt
        self._lock.set_browser_waiting(True)
        self._lock.show_message(
            self.tr(
                "Uw browser werd geopend. Meld u daar opnieuw aan met uw organisatieaccount; "
                "daarna wordt dit venster vanzelf ontgrendeld."
            )
        )
        attempt.start()

    def cancel(self) -> None:
        if self._attempt is not None:
            self._attempt.cancel()

    def _on_locked_changed(self, locked: bool) -> None:
        if not locked:
            self.cancel()  # unlocked with the PIN meanwhile: the browser's answer is moot

    def _on_succeeded(self, result: object) -> None:
        assert isinstance(result, BrowserSignedIn)
        self._attempt = None
        self._lock.set_browser_waiting(False)
        # Unlocked with the PIN meanwhile: the new token still replaces the old one.
        self.signed_in.emit(result)
        if self._lock.locked:
            log.info("unlocked by signing in again through the browser")
            self._lock.unlock()

    def _on_failed(self, error: Exception) -> None:
        self._attempt = None
        self._lock.set_browser_waiting(False)
        if not self._lock.locked:
            return
        if isinstance(error, SignInCancelled):
            self._lock.show_message(self.tr("Het aanmelden via de browser werd gestopt."))
        else:
            log.info("unlock through the browser failed: %s", type(error).__name__)
            self._lock.show_message(organisation_failure_message(error))
