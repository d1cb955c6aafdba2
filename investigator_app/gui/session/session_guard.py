"""The guard of a signed-in session: the idle lock (after the idle time of the settings, or
at once with Ctrl+L) and a lapsed session (the service refused the token), which asks to
sign in again over the window, or after the unlock when the screen is locked; signing in
from the lock page also unlocks."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from investigator_app.desktop.credentials_policy import AccountCredentials
from investigator_app.gui.common.messages import auth_failure_message
from investigator_app.gui.session.idle_lock import ScreenLock
from investigator_app.gui.session.idle_watcher import IdleWatcher
from investigator_app.gui.session.sign_in import Session, SignInFlow
from investigator_app.gui.shell.main_window import MainWindow
from investigator_app.sync.api import ApiClient


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
    ) -> None:
        super().__init__(window)
        self._window = window
        self._server_url, self._username = session.server_url, session.username
        self._token = session.token
        self._sign_in = sign_in
        self._auth_failed_while_locked: str | None = None
        self._closed = False  # the workspace closed: late signals change nothing
        account = session.server_url, session.username
        self.lock = ScreenLock(
            window,
            display_name,
            check_online=self._check_password_online,
            load_verifier=lambda: credentials.load_verifier(*account),
            save_verifier=lambda verifier: credentials.keep_verifier(*account, verifier),
            parent=window,
        )
        self.idle = IdleWatcher(idle_minutes * 60_000, window)
        self.idle.idle.connect(self.lock.lock)
        window.lock_requested.connect(self.lock.lock)
        self.lock.locked_changed.connect(self.on_locked_changed)
        self.lock.sign_out_requested.connect(self.sign_out_requested)
        self.lock.session_expired.connect(self.on_unlock_needs_sign_in)
        self.idle.start()

    def close(self) -> None:
        self._closed = True
        self.idle.close()
        self.lock.close()
        self._auth_failed_while_locked = None

    def _check_password_online(self, password: str) -> None:
        """Runs off the GUI thread: the service checks the signed-in user's password."""
        with ApiClient(self._server_url, self._token, timeout=10.0) as client:
            client.verify_password(password)

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
