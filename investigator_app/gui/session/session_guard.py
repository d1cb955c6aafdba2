"""The guard of a signed-in session: the idle lock (after the idle time of the settings, or
at once with Ctrl+L) and a lapsed session (the service refused the token), which asks to
sign in again over the window, or after the unlock when the screen is locked; signing in
from the lock page also unlocks. An account of the organisation's provider unlocks with
its PIN or by signing in again through the browser (``browser_unlock``)."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from investigator_app.desktop.credentials_policy import AccountCredentials
from investigator_app.gui.common.messages import auth_failure_message
from investigator_app.gui.session.browser_unlock import BrowserUnlock
from investigator_app.gui.session.idle_lock import ScreenLock
from investigator_app.gui.session.idle_watcher import IdleWatcher
from investigator_app.gui.session.login_dialog import SignedIn
from investigator_app.gui.session.organisation_sign_in import BrowserSignedIn
from investigator_app.gui.session.pin_dialog import install_pin_action
from investigator_app.gui.session.sign_in import Session, SignInFlow
from investigator_app.gui.shell.main_window import MainWindow
from investigator_app.sync.api import ApiClient

# A request in flight may still carry the token a new sign-in replaced: it is revoked this
# much later, so that its answer is not a refusal that asks to sign in again.
OLD_TOKEN_REVOKE_DELAY_MS = 5_000


class SessionGuard(QObject):
    renewed = Signal(str)  # the new token, after signing in again
    sign_out_requested = Signal()  # from the lock page

    def __init__(
        self,
        window: MainWindow,
        session: Session,
        display_name: str,
        *,
        sign_in: SignInFlow,
        credentials: AccountCredentials,
        idle_minutes: int,
        organisation_user_id: str | None = None,
    ) -> None:
        """``organisation_user_id``: the session is of an account of the organisation's
        provider, this user."""
        super().__init__(window)
        self._window = window
        self._server_url, self._username = session.server_url, session.username
        self._token = session.token
        self._sign_in = sign_in
        self._auth_failed_while_locked: str | None = None
        self._closed = False  # the workspace closed: late signals change nothing
        account = session.server_url, session.username
        organisation = organisation_user_id is not None
        self.lock = ScreenLock(
            window,
            display_name,
            check_online=self._check_password_online,
            load_verifier=(
                (lambda: credentials.load_pin(*account))
                if organisation
                else (lambda: credentials.load_verifier(*account))
            ),
            save_verifier=lambda verifier: credentials.keep_verifier(*account, verifier),
            organisation=organisation,
            parent=window,
        )
        self.browser_unlock: BrowserUnlock | None = None
        if organisation_user_id is not None:
            user_id = organisation_user_id
            self.browser_unlock = BrowserUnlock(
                self.lock, lambda: sign_in.organisation_attempt(self._server_url, user_id)
            )
            self.browser_unlock.signed_in.connect(self.on_signed_in_again)
            install_pin_action(window, lambda verifier: credentials.keep_pin(*account, verifier))
        self.idle = IdleWatcher(idle_minutes * 60_000, window)
        self.idle.idle.connect(self.lock.lock)
        window.lock_requested.connect(self.lock.lock)
        self.lock.locked_changed.connect(self.on_locked_changed)
        self.lock.sign_out_requested.connect(self.sign_out_requested)
        self.lock.session_expired.connect(self.on_unlock_needs_sign_in)
        self.idle.start()

    def close(self) -> None:
        self._closed = True
        if self.browser_unlock is not None:
            self.browser_unlock.cancel()
        self.idle.close()
        self.lock.close()
        self._auth_failed_while_locked = None

    def _check_password_online(self, password: str, code: str | None = None) -> None:
        """Runs off the GUI thread: the service checks the signed-in user's password (and
        the one-time code of an account with a second factor)."""
        with ApiClient(self._server_url, self._token, timeout=10.0) as client:
            client.verify_password(password, code)

    def on_locked_changed(self, locked: bool) -> None:
        if self._closed:
            return
        if locked:
            self.idle.stop()
            return
        self.idle.start()
        code, self._auth_failed_while_locked = self._auth_failed_while_locked, None
        if code is not None:
            self.on_auth_failed(code)  # the sign-in waited for the unlock

    def on_signed_in_again(self, result: object) -> None:
        """The same user signed in again through the browser at the lock: their new token
        replaces the session's (keyring, sync) and the old one is revoked."""
        assert isinstance(result, BrowserSignedIn)
        if self._closed:
            return
        old, token = self._token, result.response.token
        session = Session(self._server_url, self._username, token)
        self._sign_in.keep(session, SignedIn(result.response, result.identity))
        self._token = token
        self._auth_failed_while_locked = None  # the new token is the sign-in it waited for
        self.renewed.emit(token)
        server_url = self._server_url
        QTimer.singleShot(
            OLD_TOKEN_REVOKE_DELAY_MS,
            self,
            lambda: self._sign_in.revoke_in_background(server_url, old),
        )

    def on_unlock_needs_sign_in(self, code: str) -> None:
        """The service says the session is over: signing in again also unlocks."""
        if not self._closed and self._sign_in_again(code):
            self._auth_failed_while_locked = None  # that sign-in was the one it waited for
            self.lock.unlock()

    def on_auth_failed(self, code: str) -> None:
        if self._closed or self._sign_in.in_progress:
            return  # both sync threads may report it: one dialog is enough
        self._window.show_signed_out()
        if self.lock.locked:
            # No sign-in over the lock page: unlocking asks the service, or signs in after.
            self._auth_failed_while_locked = code
            return
        self._sign_in_again(code)

    def _sign_in_again(self, code: str) -> bool:
        if self._sign_in.in_progress:
            return False
        session = self._sign_in.ask(
            self._server_url,
            self._username,
            auth_failure_message(code),
            keep_account=True,  # the same account: its store and unsent changes stay
            parent=self._window,
        )
        if session is None or self._closed:
            return False  # keep working offline; F5 or a restart offers the sign-in again
        self._token = session.token
        self.renewed.emit(session.token)
        return True
