"""Where the second factor meets the session: setting it up right after a sign-in when the
department demands it (the token can do nothing else until then), and the menu item
Bestand → Tweestapsverificatie instellen…"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from investigator_app.gui.session.login_dialog import SignedIn
from investigator_app.gui.session.second_factor_account import SecondFactorAccount
from investigator_app.gui.session.second_factor_enrolment import SecondFactorDialog
from investigator_app.protocol import MeResponse

if TYPE_CHECKING:
    from investigator_app.gui.shell.main_window import MainWindow


def needs_enrolment(identity: MeResponse | None) -> bool:
    """The department demands a second factor and the account has none: its token may
    only set one up."""
    factor = identity.second_factor if identity is not None else None
    return factor is not None and factor.required and not factor.enrolled


def enrol_if_required(
    server_url: str, signed_in: SignedIn, parent: QWidget | None
) -> SignedIn | None:
    """``signed_in`` as it is, or after the forced set-up (who the user is now); None when
    the user gave up (the caller ends that token)."""
    if not needs_enrolment(signed_in.identity):
        return signed_in
    account = SecondFactorAccount(server_url, signed_in.response.token)
    dialog = SecondFactorDialog(account, forced=True, parent=parent)
    try:
        dialog.exec()
        if not dialog.enrolled or dialog.identity is None:
            return None
        return SignedIn(signed_in.response, dialog.identity, signed_in.verifier)
    finally:
        dialog.deleteLater()


def install_second_factor_action(
    window: MainWindow, credentials: Callable[[], tuple[str, str]]
) -> QAction:
    """Bestand → Tweestapsverificatie instellen… (before Vergrendelen); ``credentials``:
    the session's service address and current token."""
    action = QAction(
        QCoreApplication.translate("SecondFactor", "&Tweestapsverificatie instellen…"), window
    )
    action.setObjectName("actionSecondFactor")

    def open_dialog() -> None:
        dialog = SecondFactorDialog(SecondFactorAccount(*credentials()), parent=window)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    action.triggered.connect(open_dialog)
    window.ui.menuFile.insertAction(window.lock_action, action)
    return action
