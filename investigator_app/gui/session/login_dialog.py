"""First start, or a lapsed session: ask the server, username and password, get a token."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from investigator_app.gui.common.background import BackgroundCall
from investigator_app.gui.common.messages import describe_error
from investigator_app.gui.forms.ui_login_dialog import Ui_LoginDialog
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
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_LoginDialog()
        self.ui.setupUi(self)
        self._login = login
        self._call: BackgroundCall | None = None
        self.signed_in: SignedIn | None = None  # what the job returned, once it succeeded
        self.response: LoginResponse | None = None
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

    def keep_account(self) -> None:
        """Re-authenticating the signed-in account: server and username cannot change (its
        store and unsent changes stay)."""
        self.ui.serverEdit.setReadOnly(True)
        self.ui.usernameEdit.setReadOnly(True)

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

    def on_login_failed(self, error: Exception) -> None:
        self._set_busy(False)
        self.ui.passwordEdit.selectAll()
        self.ui.passwordEdit.setFocus()
        self.show_message(describe_error(error))

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.ui.serverEdit, self.ui.usernameEdit, self.ui.passwordEdit):
            widget.setEnabled(not busy)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not busy)
