"""Asking the one-time code after the password, when the service says the account signs in
with a second factor: a small dialog over the sign-in, with "Herstelcode gebruiken" for
when the phone is not at hand. The idle lock asks it on its own page (``idle_lock``); both
word a refused code with ``code_error_message``."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from investigator_app.gui.common.background import BackgroundCall
from investigator_app.gui.common.messages import describe_error
from investigator_app.protocol import ErrorCode
from investigator_app.sync.errors import AuthenticationFailed


def is_code_asked(error: BaseException) -> bool:
    """The password was right and the account has a second factor: ask its code."""
    return (
        isinstance(error, AuthenticationFailed)
        and error.code == ErrorCode.SECOND_FACTOR_REQUIRED.value
    )


def is_code_refused(error: BaseException) -> bool:
    return (
        isinstance(error, AuthenticationFailed)
        and error.code == ErrorCode.INVALID_ONE_TIME_CODE.value
    )


def code_error_message(error: BaseException, *, recovery: bool) -> str:
    """What to tell about a refused code (``recovery``: a recovery code was typed)."""
    if is_code_refused(error):
        if recovery:
            return QCoreApplication.translate(
                "SecondFactor", "Deze herstelcode is niet juist of werd al gebruikt."
            )
        return QCoreApplication.translate(
            "SecondFactor",
            "Deze code is niet juist of werd al gebruikt. Wacht op de volgende code in de "
            "app en probeer opnieuw.",
        )
    return describe_error(error)


class OneTimeCodeDialog(QDialog):
    """Asks the code and runs ``attempt(code)`` off the GUI thread until it succeeds (its
    result in ``result_value``) or the user cancels."""

    def __init__(self, attempt: Callable[[str], object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._attempt = attempt
        self._call: BackgroundCall | None = None
        self._recovery = False
        self.result_value: object = None
        self.setWindowTitle(self.tr("Tweestapsverificatie"))
        self.prompt = QLabel(self)
        self.prompt.setWordWrap(True)
        self.prompt.setTextFormat(Qt.TextFormat.PlainText)
        self.code_edit = QLineEdit(self)
        self.code_edit.setObjectName("oneTimeCode")
        self.code_edit.setMaxLength(32)
        self.switch_button = QPushButton(self)
        self.switch_button.setObjectName("useRecoveryCode")
        self.switch_button.setFlat(True)
        self.switch_button.clicked.connect(self.toggle_recovery)
        self.message = QLabel(self)
        self.message.setObjectName("oneTimeCodeMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setAccessibleName(self.tr("Melding bij de code"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Aanmelden"))
        ok.setAccessibleName(self.tr("Aanmelden"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Annuleren"))
        cancel.setAccessibleName(self.tr("Annuleren"))
        self.buttons.accepted.connect(self.on_submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.prompt, self.code_edit, self.switch_button, self.message):
            layout.addWidget(widget)
        layout.addWidget(self.buttons)
        self._show_mode()
        self.code_edit.setFocus()

    def _show_mode(self) -> None:
        if self._recovery:
            self.prompt.setText(
                self.tr("Vul een van uw herstelcodes in. Elke herstelcode werkt één keer.")
            )
            self.code_edit.setPlaceholderText(self.tr("Herstelcode"))
            self.code_edit.setAccessibleName(self.tr("Herstelcode"))
            self.switch_button.setText(self.tr("Code uit de app gebruiken"))
        else:
            self.prompt.setText(
                self.tr(
                    "Uw account vraagt tweestapsverificatie. Vul de code van zes cijfers in "
                    "die de authenticator-app op uw telefoon toont."
                )
            )
            self.code_edit.setPlaceholderText(self.tr("Code van zes cijfers"))
            self.code_edit.setAccessibleName(self.tr("Code uit de authenticator-app"))
            self.switch_button.setText(self.tr("Herstelcode gebruiken"))
        self.switch_button.setAccessibleName(self.switch_button.text())

    def toggle_recovery(self) -> None:
        self._recovery = not self._recovery
        self.code_edit.clear()
        self.message.clear()
        self._show_mode()
        self.code_edit.setFocus()

    def on_submit(self) -> None:
        code = self.code_edit.text().strip()
        if not code:
            self.message.setText(
                self.tr("Vul uw herstelcode in.")
                if self._recovery
                else self.tr("Vul de code in die de app toont.")
            )
            return
        self._set_busy(True)
        self.message.setText(self.tr("Bezig met aanmelden…"))
        self._call = BackgroundCall(
            lambda: self._attempt(code), self._on_succeeded, self._on_failed, self
        )
        self._call.start()

    def _on_succeeded(self, result: object) -> None:
        self._set_busy(False)
        self.result_value = result
        self.accept()

    def _on_failed(self, error: Exception) -> None:
        self._set_busy(False)
        self.message.setText(code_error_message(error, recovery=self._recovery))
        self.code_edit.selectAll()
        self.code_edit.setFocus()

    def _set_busy(self, busy: bool) -> None:
        self.code_edit.setEnabled(not busy)
        self.switch_button.setEnabled(not busy)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not busy)


def ask_one_time_code(attempt: Callable[[str], object], parent: QWidget | None) -> object | None:
    """``attempt``'s result once a code is accepted; None when the user cancels."""
    dialog = OneTimeCodeDialog(attempt, parent)
    try:
        return dialog.result_value if dialog.exec() else None
    finally:
        dialog.deleteLater()
