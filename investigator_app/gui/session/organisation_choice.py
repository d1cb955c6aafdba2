"""The sign-in dialog's way in with the organisation's account: it asks the service (once
its address is known, and again when it changes) whether a provider is configured, then
offers "Aanmelden met uw organisatieaccount" with the provider's name; while the browser
is out it says so, and Annuleren stops waiting."""

from __future__ import annotations

import logging
import socket
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from investigator_app.desktop.browser_sign_in import SignInCancelled
from investigator_app.gui.common.background import BackgroundCall
from investigator_app.gui.session.organisation_messages import organisation_failure_message
from investigator_app.gui.session.organisation_sign_in import BrowserSignedIn, OrganisationSignIn
from investigator_app.protocol_signin import SignInOptions

if TYPE_CHECKING:
    from investigator_app.gui.session.login_dialog import LoginDialog

log = logging.getLogger("investigator_app.gui.session.organisation_choice")

OptionsFetch = Callable[[str], SignInOptions]
"""(server_url) -> how one signs in there; blocking, run off the GUI thread."""

OrganisationStarter = Callable[[str], OrganisationSignIn]
"""(server_url) -> a sign-in through the browser, not started yet."""


def system_browser_sign_in(server_url: str) -> OrganisationSignIn:
    return OrganisationSignIn(server_url, socket.gethostname()[:200])


class OrganisationChoice(QObject):
    signed_in = Signal(object)  # BrowserSignedIn
    options_known = Signal()  # the service of the address shown answered (or failed to)

    def __init__(
        self,
        dialog: LoginDialog,
        *,
        fetch_options: OptionsFetch | None,
        start: OrganisationStarter,
        validate: Callable[[str], str | None],
    ) -> None:
        super().__init__(dialog)
        self._dialog = dialog
        self._validate = validate  # None when the address may be used, else why not
        self._fetch = fetch_options
        self._start = start
        self._asked_for = ""  # the address whose options were asked last
        self._options_call: BackgroundCall | None = None
        self._attempt: OrganisationSignIn | None = None
        self.options: SignInOptions | None = None  # the options of the address shown
        self._prefer = False  # an account of the provider: hide the password part
        ui = dialog.ui
        ui.organisationButton.clicked.connect(self.on_button_clicked)
        ui.serverEdit.editingFinished.connect(self.ask_options)

    @property
    def waiting(self) -> bool:
        """The browser is out: Annuleren stops waiting instead of closing the dialog."""
        return self._attempt is not None

    def prefer_organisation(self) -> None:
        self._prefer = True
        self._show(self.options)

    # --- what the service offers ------------------------------------------------------

    def ask_options(self) -> None:
        url = self._dialog.server_url
        if self._fetch is None or url == self._asked_for:
            return
        self._asked_for = url
        self._show(None)
        if self._validate(url) is not None:
            return
        fetch = self._fetch
        self._options_call = BackgroundCall(
            lambda: fetch(url),
            lambda options: self._on_options(url, options),
            lambda error: self._on_options_failed(url, error),
            self,
        )
        self._options_call.start()

    def _on_options(self, url: str, options: object) -> None:
        if url != self._dialog.server_url:
            return  # an answer for an address the user changed since
        assert isinstance(options, SignInOptions)
        self._show(options)
        self.options_known.emit()

    def _on_options_failed(self, url: str, error: Exception) -> None:
        # The password sign-in says what is wrong with the address when it is used.
        log.info("sign-in options not known: %s", type(error).__name__)
        if url == self._dialog.server_url:
            self.options_known.emit()

    def _show(self, options: SignInOptions | None) -> None:
        self.options = options
        ui = self._dialog.ui
        offered = options is not None and options.organisation
        ui.organisationBox.setVisible(offered)
        if options is not None and options.organisation_label:
            ui.organisationButton.setText(
                self.tr("Aanmelden met uw organisatieaccount (%1)").replace(
                    "%1", options.organisation_label
                )
            )
        else:
            ui.organisationButton.setText(self.tr("Aanmelden met uw organisatieaccount"))
        passwords = options is None or not offered or (options.local and not self._prefer)
        self._dialog.show_password_sign_in(passwords)
        ui.organisationOrLabel.setVisible(passwords)

    # --- the sign-in through the browser ----------------------------------------------

    def on_button_clicked(self) -> None:
        url = self._dialog.server_url
        problem = self._validate(url)
        if problem is not None:
            self._dialog.show_message(problem)
            return
        attempt = self._start(url)
        attempt.setParent(self)
        attempt.succeeded.connect(self._on_succeeded)
        attempt.failed.connect(self._on_failed)
        self._attempt = attempt
        self._dialog.set_busy(True)
        self._dialog.show_message(
            self.tr(
                "Uw browser werd geopend. Meld u daar aan met uw organisatieaccount; daarna "
                "gaat het hier vanzelf verder."
            )
        )
        attempt.start()

    def cancel(self) -> None:
        if self._attempt is not None:
            self._attempt.cancel()

    def _on_succeeded(self, result: object) -> None:
        assert isinstance(result, BrowserSignedIn)
        self._attempt = None
        self._dialog.set_busy(False)
        self.signed_in.emit(result)

    def _on_failed(self, error: Exception) -> None:
        self._attempt = None
        self._dialog.set_busy(False)
        if isinstance(error, SignInCancelled):
            self._dialog.show_message(self.tr("Het aanmelden via de browser werd gestopt."))
        else:
            self._dialog.show_message(organisation_failure_message(error))
        self._dialog.ui.organisationButton.setFocus()
