"""First start, or a lapsed session: ask the server, username and password, get a token; or
sign in with the organisation's account through the browser (``organisation_choice``)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from investigator_app.desktop.browser_sign_in import fetch_sign_in_options
from investigator_app.gui.common.background import BackgroundCall
from investigator_app.gui.common.messages import describe_error
from investigator_app.gui.forms.ui_login_dialog import Ui_LoginDialog
from investigator_app.gui.session.organisation_choice import (
    OptionsFetch,
    OrganisationChoice,
    OrganisationStarter,
    system_browser_sign_in,
)
from investigator_app.gui.session.organisation_sign_in import BrowserSignedIn
from investigator_app.gui.session.second_factor_code import is_code_asked
from investigator_app.protocol import LoginResponse, MeResponse


@dataclass(frozen=True)
class SignedIn:
    """What a sign-in job returns: the service's answer, and what the job learned beside it
    (who the user is; the idle lock's offline verifier of the password)."""

    response: LoginResponse
    identity: MeResponse | None = None
    verifier: str | None = None


LoginFunction = Callable[[str, str, str], LoginResponse | SignedIn]
"""(server_url, username, password) -> the answer; blocking, run off the GUI thread."""

_LOOPBACK_HOSTS = {"localhost", "127.0.0.1", "::1"}


def validate_server_url(url: str) -> str | None:
    """None when acceptable, else the reason in Dutch. Only loopback may go without TLS."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return QCoreApplication.translate(
            "LoginDialog", "Geef een volledig serveradres, bv. https://meldingen.voorbeeld.be"
        )
    if parts.scheme == "http" and parts.hostname not in _LOOPBACK_HOSTS:
        return QCoreApplication.translate(
            "LoginDialog", "Gebruik een beveiligd adres dat met https:// begint."
        )
    return None


class LoginDialog(QDialog):
    def __init__(
        self,
        login: LoginFunction,
        *,
        server_url: str = "",
        username: str = "",
        message: str = "",
        parent: QWidget | None = None,
        options: OptionsFetch | None = fetch_sign_in_options,
        organisation: OrganisationStarter = system_browser_sign_in,
    ) -> None:
        """``options`` asks the service whether it offers the organisation's account (None:
        never asked); ``organisation`` makes a sign-in through the browser."""
        super().__init__(parent)
        self.ui = Ui_LoginDialog()
        self.ui.setupUi(self)
        self._login = login
        self._call: BackgroundCall | None = None
        self.signed_in: SignedIn | None = None  # what the job returned, once it succeeded
        self.response: LoginResponse | None = None
        # (server, username, password) -> the sign-in after asking the one-time code of an
        # account with a second factor (second_factor_code), None when the user gave up.
        self.ask_second_factor: Callable[[str, str, str], SignedIn | None] | None = None
        self.ui.serverEdit.setText(server_url)
        self.ui.usernameEdit.setText(username)
        self.ui.messageLabel.setText(message)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Aanmelden"))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(
            self.tr("Annuleren")
        )
        self.ui.buttonBox.accepted.connect(self.on_submit)
        self.ui.buttonBox.rejected.connect(self.reject)
        focus = self.ui.passwordEdit if server_url and username else self.ui.serverEdit
        focus.setFocus()
        self.organisation = OrganisationChoice(
            self, fetch_options=options, start=organisation, validate=validate_server_url
        )
        self.organisation.signed_in.connect(self.on_organisation_signed_in)
        self.organisation.ask_options()

    def keep_account(self) -> None:
        """Re-authenticating the signed-in account: server and username cannot change (its
        store and unsent changes stay)."""
        self.ui.serverEdit.setReadOnly(True)
        self.ui.usernameEdit.setReadOnly(True)

    def prefer_organisation(self) -> None:
        """An account of the organisation's provider has no password here: only the browser
        is offered (when the service still offers it)."""
        self.organisation.prefer_organisation()

    def show_password_sign_in(self, shown: bool) -> None:
        for field in (self.ui.usernameEdit, self.ui.passwordEdit):
            self.ui.form.setRowVisible(field, shown)
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setVisible(shown)
        ok.setDefault(shown)
        self.ui.organisationButton.setDefault(not shown)  # Enter signs in the only way left

    def reject(self) -> None:
        # While the browser is out, Annuleren stops waiting; the dialog stays.
        if self.organisation.waiting:
            self.organisation.cancel()
            return
        super().reject()

    @property
    def server_url(self) -> str:
        return self.ui.serverEdit.text().strip().rstrip("/")

    @property
    def username(self) -> str:
        return self.ui.usernameEdit.text().strip()

    def show_message(self, text: str) -> None:
        self.ui.messageLabel.setText(text)

    def on_submit(self) -> None:
        problem = validate_server_url(self.server_url)
        if problem is None and not self.username:
            problem = self.tr("Vul uw gebruikersnaam in.")
        if problem is None and not self.ui.passwordEdit.text():
            problem = self.tr("Vul uw wachtwoord in.")
        if problem is not None:
            self.show_message(problem)
            return
        self._set_busy(True)
        self.show_message(self.tr("Bezig met aanmelden…"))
        server, username, password = self.server_url, self.username, self.ui.passwordEdit.text()
        self._call = BackgroundCall(
            lambda: self._login(server, username, password),
            self.on_login_succeeded,
            self.on_login_failed,
            self,
        )
        self._call.start()

    def on_login_succeeded(self, result: object) -> None:
        if isinstance(result, LoginResponse):
            result = SignedIn(result)
        assert isinstance(result, SignedIn)
        self.signed_in, self.response = result, result.response
        self.ui.passwordEdit.clear()
        self._set_busy(False)
        self.accept()

    def on_organisation_signed_in(self, result: object) -> None:
        assert isinstance(result, BrowserSignedIn)
        self.on_login_succeeded(SignedIn(result.response, result.identity))

    def on_login_failed(self, error: Exception) -> None:
        if is_code_asked(error) and self.ask_second_factor is not None:
            password = self.ui.passwordEdit.text()
            signed_in = self.ask_second_factor(self.server_url, self.username, password)
            if signed_in is not None:
                self.on_login_succeeded(signed_in)
                return
            error_text = self.tr("Aanmelden zonder de code van de tweestapsverificatie kan niet.")
            self._set_busy(False)
            self.show_message(error_text)
            return
        self._set_busy(False)
        self.ui.passwordEdit.selectAll()
        self.ui.passwordEdit.setFocus()
        self.show_message(describe_error(error))

    def set_busy(self, busy: bool) -> None:
        self._set_busy(busy)

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.ui.serverEdit, self.ui.usernameEdit, self.ui.passwordEdit):
            widget.setEnabled(not busy)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not busy)
        self.ui.organisationButton.setEnabled(not busy)
