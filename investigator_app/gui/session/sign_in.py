"""Signing in: the saved session at start, else the sign-in dialog; what a sign-in leaves on
this workstation (settings, token, unlock verifier, who the user is in the account's store);
signing out again."""

from __future__ import annotations

import logging
import socket
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from investigator_app.desktop.browser_sign_in import BrowserOpener
from investigator_app.desktop.credentials import KeyringUnavailable
from investigator_app.desktop.credentials_policy import AccountCredentials
from investigator_app.desktop.settings import SERVER_URL, USERNAME, AppSettings
from investigator_app.desktop.unlock_verifier import make_verifier
from investigator_app.gui.common.background import BackgroundCall
from investigator_app.gui.common.messages import describe_error, keyring_unavailable_message
from investigator_app.gui.session.account_dialogs import warn_keyring_unavailable
from investigator_app.gui.session.login_dialog import LoginDialog, SignedIn
from investigator_app.gui.session.organisation_sign_in import (
    OrganisationSignIn,
    open_in_system_browser,
)
from investigator_app.gui.session.second_factor_code import ask_one_time_code
from investigator_app.gui.session.second_factor_sign_in import enrol_if_required
from investigator_app.protocol import LoginResponse, MeResponse
from investigator_app.protocol_signin import SignInMethod
from investigator_app.sync.api import ApiClient

log = logging.getLogger("investigator_app.gui.session.sign_in")


def login_with_password(
    server_url: str,
    username: str,
    password: str,
    previous_token: str | None = None,
    one_time_code: str | None = None,
) -> LoginResponse:
    with ApiClient(server_url, None) as client:
        device = socket.gethostname()[:200]
        return client.login(username, password, device, previous_token, one_time_code)


class LoginCall(Protocol):
    """(server, username, password, the token this workstation had for the account or
    None, the one-time code of an account with a second factor or None)"""

    def __call__(
        self,
        server_url: str,
        username: str,
        password: str,
        previous_token: str | None,
        one_time_code: str | None = None,
        /,
    ) -> LoginResponse: ...


def fetch_identity(server_url: str, token: str) -> MeResponse:
    with ApiClient(server_url, token) as client:
        return client.me()


@dataclass(frozen=True)
class Session:
    """A signed-in account: the service, the service's spelling of the username, the token."""

    server_url: str
    username: str
    token: str


class SignInFlow(QObject):
    """Signs this workstation's account in (at start, after a sign-out, when the session
    lapsed) and out. ``in_progress`` while a sign-in dialog is open: both sync threads may
    report a lapsed session, and one dialog is enough."""

    def __init__(
        self,
        settings: AppSettings,
        credentials: AccountCredentials,
        login: LoginCall = login_with_password,
        open_browser: BrowserOpener = open_in_system_browser,
    ) -> None:
        super().__init__()
        self._settings = settings
        self._credentials = credentials
        self._login = login
        self._open_browser = open_browser  # the system browser; the tests' is Chromium
        self.in_progress = False
        self._revoke_call: BackgroundCall | None = None

    def start(self) -> Session | None:
        """The saved account's session when its token is in the keyring and the account's
        store knows who the user is (asked of the service if not); else the sign-in. None:
        the user closed it."""
        server_url, username = self._settings.get(SERVER_URL), self._settings.get(USERNAME)
        token: str | None = None
        message = ""
        if server_url and username:
            try:
                token = self._credentials.load_token(server_url, username)
            except KeyringUnavailable:
                message = keyring_unavailable_message()
        if token is not None and not self._has_identity(server_url, username):
            token, message = self._identify(server_url, username, token)
        if token is not None:
            return Session(server_url, username, token)
        return self.ask(server_url, username, message)

    def _has_identity(self, server_url: str, username: str) -> bool:
        if not self._credentials.store_path(server_url, username).exists():
            return False
        store = self._credentials.open_store(server_url, username)
        try:
            return store.identity() is not None
        finally:
            store.close()

    def _identify(self, server_url: str, username: str, token: str) -> tuple[str | None, str]:
        """A token without a local identity (a store that was removed): ask who we are."""
        try:
            identity = fetch_identity(server_url, token)
        except Exception as error:
            log.info("identity fetch at start failed: %s", type(error).__name__)
            return None, describe_error(error)
        self._remember_identity(server_url, username, identity)
        return token, ""

    def _remember_identity(self, server_url: str, username: str, identity: MeResponse) -> None:
        store = self._credentials.open_store(server_url, username)
        try:
            store.set_identity(identity)
        finally:
            store.close()

    def ask(
        self,
        server_url: str,
        username: str,
        message: str,
        *,
        keep_account: bool = False,
        parent: QWidget | None = None,
    ) -> Session | None:
        """The sign-in dialog; ``keep_account``: re-authenticating the signed-in account,
        whose store and unsent changes stay. None: the user closed it."""
        previous = self._previous_token(server_url, username)

        def login_and_identify(
            url: str, name: str, password: str, one_time_code: str | None = None
        ) -> SignedIn:
            # The token goes only to the server it came from, for the account it is of.
            same = url == server_url and name.strip().lower() == username.strip().lower()
            known = previous if same else None
            return self._login_and_identify(url, name, password, known, one_time_code)

        def second_factor(url: str, name: str, password: str) -> SignedIn | None:
            # The password was right: the code of the account's second factor, then again.
            result = ask_one_time_code(
                lambda code: login_and_identify(url, name, password, code), dialog
            )
            return result if isinstance(result, SignedIn) else None

        # Signing in again for a session: through the browser only for an account of the
        # provider (it has no password here), and the same user must come back.
        known = self._known_identity(server_url, username) if keep_account else None
        same_user = known.user.id if known is not None else None

        def organisation(url: str) -> OrganisationSignIn:
            return self.organisation_attempt(url, same_user if url == server_url else None)

        dialog = LoginDialog(
            login_and_identify,
            server_url=server_url,
            username=username,
            message=message,
            parent=parent,
            organisation=organisation,
        )
        dialog.ask_second_factor = second_factor
        if keep_account:
            dialog.keep_account()
        if known is not None and known.sign_in_method == SignInMethod.OIDC:
            dialog.prefer_organisation()
        self.in_progress = True
        try:
            signed_in = dialog.signed_in if dialog.exec() else None
            if signed_in is None:
                return None
            token = signed_in.response.token
            signed_in = enrol_if_required(dialog.server_url, signed_in, parent)
            if signed_in is None:  # its token could only set up the second factor
                self.revoke_in_background(dialog.server_url, token)
                return None
            # The service's spelling of the username keys the store and the keyring entry,
            # so "An.Peeters" and "an.peeters" are one account on this workstation too.
            response = signed_in.response
            session = Session(dialog.server_url, response.user.username, response.token)
            self._keep(session, signed_in)
            return session
        finally:
            self.in_progress = False

    def organisation_attempt(
        self, server_url: str, expected_user_id: str | None = None
    ) -> OrganisationSignIn:
        """A sign-in through the browser, not started; with ``expected_user_id`` only that
        user may come back (the lock, a lapsed session)."""
        return OrganisationSignIn(
            server_url,
            socket.gethostname()[:200],
            opener=self._open_browser,
            expected_user_id=expected_user_id,
        )

    def _known_identity(self, server_url: str, username: str) -> MeResponse | None:
        if not server_url or not username or not self._has_identity(server_url, username):
            return None
        store = self._credentials.open_store(server_url, username)
        try:
            return store.identity()
        finally:
            store.close()

    def _previous_token(self, server_url: str, username: str) -> str | None:
        """The account's token still in the keyring (a lapsed session): presented at the
        login, it makes this workstation a known device, which a stranger's guesses at the
        account do not slow down."""
        if not server_url or not username:
            return None
        try:
            return self._credentials.load_token(server_url, username)
        except KeyringUnavailable:
            return None

    def _login_and_identify(
        self,
        server_url: str,
        username: str,
        password: str,
        previous_token: str | None,
        one_time_code: str | None = None,
    ) -> SignedIn:
        """Runs off the GUI thread: the token, then who we are (department, colleagues)."""
        response = self._login(server_url, username, password, previous_token, one_time_code)
        identity = fetch_identity(server_url, response.token)
        # For unlocking offline after the idle lock; scrypt is slow on purpose, so here.
        return SignedIn(response, identity, make_verifier(password))

    def keep(self, session: Session, signed_in: SignedIn) -> None:
        """What a sign-in leaves on this workstation (also one from the lock page)."""
        self._keep(session, signed_in)

    def _keep(self, session: Session, signed_in: SignedIn) -> None:
        server_url, username = session.server_url, session.username
        self._settings.set(SERVER_URL, server_url)
        self._settings.set(USERNAME, username)
        self._settings.sync()
        if not self._credentials.keep_token(server_url, username, session.token):
            warn_keyring_unavailable()  # the workspace keeps the token for this session
        if signed_in.verifier is not None:
            self._credentials.keep_verifier(server_url, username, signed_in.verifier)
        assert signed_in.identity is not None, "the sign-in job fetches who we are first"
        self._remember_identity(server_url, username, signed_in.identity)

    def sign_out(self, session: Session, *, forget_account: bool = False) -> None:
        """The token ends on the service too (in the background: offline it only lapses)
        and leaves the keyring with the unlock verifier; ``forget_account`` (forgetting the
        workstation): the data key as well."""
        self.revoke_in_background(session.server_url, session.token)
        if forget_account:
            self._credentials.forget_account(session.server_url, session.username)
        else:
            self._credentials.forget_sign_in(session.server_url, session.username)

    def revoke_in_background(self, server_url: str, token: str) -> None:
        def revoke() -> None:
            with ApiClient(server_url, token) as client:
                client.logout()

        def on_failure(error: Exception) -> None:
            log.warning("sign-out could not reach the service: %s", type(error).__name__)

        self._revoke_call = BackgroundCall(revoke, lambda _: None, on_failure, self)
        self._revoke_call.start()
