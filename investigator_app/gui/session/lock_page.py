"""What the main window (or a dialog that was open) shows while the workspace is locked:
who is signed in and a password field, nothing of any case."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget


class LockPage(QWidget):
    """What the main window shows while locked: who is signed in and a password field,
    nothing of any case."""

    unlock_requested = Signal(str)
    sign_out_requested = Signal()
    browser_requested = Signal()  # an account of the organisation: sign in again

    def __init__(self, display_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockPage")
        self.setAccessibleName(self.tr("Vergrendeld scherm"))
        title = QLabel(self.tr("Integriteitsmeldingen"), self)
        title.setObjectName("lockAppName")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        self.state_label = QLabel(self.tr("Vergrendeld"), self)
        self.state_label.setObjectName("lockState")
        self.user_label = QLabel(self.tr("Aangemeld als %1").replace("%1", display_name), self)
        self.user_label.setObjectName("lockUser")
        self.password_edit = QLineEdit(self)
        self.password_edit.setObjectName("lockPassword")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(self.tr("Wachtwoord"))
        self.password_edit.setAccessibleName(self.tr("Wachtwoord om te ontgrendelen"))
        self.password_edit.setMinimumWidth(260)
        self.password_edit.setMaximumWidth(360)
        self.message_label = QLabel(self)
        self.message_label.setObjectName("lockMessage")
        self.message_label.setAccessibleName(self.tr("Melding bij het ontgrendelen"))
        self.message_label.setWordWrap(True)
        self.unlock_button = QPushButton(self.tr("Ontgrendelen"), self)
        self.unlock_button.setObjectName("lockUnlock")
        self.unlock_button.setAccessibleName(self.tr("Ontgrendelen"))
        self.unlock_button.setDefault(True)
        # An account of the organisation's provider (``set_organisation``): a PIN instead
        # of the password, and signing in again through the browser.
        self._organisation = False
        self._pin = False
        self._code = False  # the field takes a second factor's code (lock_code_step)
        self.browser_button = QPushButton(self.tr("Opnieuw aanmelden via de browser"), self)
        self.browser_button.setObjectName("lockBrowser")
        self.browser_button.setAccessibleName(self.tr("Opnieuw aanmelden via de browser"))
        self.browser_button.setVisible(False)
        self.sign_out_button = QPushButton(self.tr("Afmelden"), self)
        self.sign_out_button.setObjectName("lockSignOut")
        self.sign_out_button.setAccessibleName(self.tr("Afmelden"))
        for label in (title, self.state_label, self.user_label, self.message_label):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        buttons.addWidget(self.browser_button)
        buttons.addWidget(self.sign_out_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for widget in (title, self.state_label, self.user_label):
            layout.addWidget(widget)
        layout.addSpacing(12)
        layout.addWidget(self.password_edit, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.message_label)
        layout.addLayout(buttons)
        layout.addStretch(2)

        self.password_edit.returnPressed.connect(self.on_submit)
        self.unlock_button.clicked.connect(self.on_submit)
        self.sign_out_button.clicked.connect(self.sign_out_requested)
        self.browser_button.clicked.connect(self.browser_requested)

    def set_organisation(self, *, pin: bool) -> None:
        """An account of the organisation's provider: the browser, and the PIN field when
        the user set a PIN on this workstation."""
        self._organisation, self._pin = True, pin
        self.browser_button.setVisible(True)
        self.password_edit.setPlaceholderText(self.tr("Pincode"))
        self.password_edit.setAccessibleName(self.tr("Pincode om te ontgrendelen"))
        self.password_edit.setVisible(pin)
        self.unlock_button.setVisible(pin)
        self.unlock_button.setDefault(pin)
        self.browser_button.setDefault(not pin)

    def set_browser_waiting(self, waiting: bool) -> None:
        """While the browser is out its button stops the wait; the PIN still works."""
        self.browser_button.setText(
            self.tr("Annuleren") if waiting else self.tr("Opnieuw aanmelden via de browser")
        )

    def on_submit(self) -> None:
        password = self.password_edit.text()
        if not self.unlock_button.isEnabled():
            return
        if not password:
            if self._code:
                self.show_message(self.tr("Vul de code in."))
            elif self._organisation:
                self.show_message(self.tr("Vul uw pincode in."))
            else:
                self.show_message(self.tr("Vul uw wachtwoord in."))
            return
        self.unlock_requested.emit(password)

    def show_message(self, text: str) -> None:
        self.message_label.setText(text)

    def set_busy(self, busy: bool) -> None:
        self.password_edit.setEnabled(not busy)
        self.unlock_button.setEnabled(not busy)
        # The browser stays offered: waiting after wrong PINs slows guesses, not the user.

    def ask_code(self) -> None:
        """The password was right and the account has a second factor: the field takes its
        code (from the app, or a recovery code) next."""
        self._code = True
        self.password_edit.clear()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Normal)
        self.password_edit.setPlaceholderText(self.tr("Code uit de app of herstelcode"))
        self.password_edit.setAccessibleName(self.tr("Code om te ontgrendelen"))

    def _end_code_step(self) -> None:
        if self._code:
            self._code = False
            self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
            self.password_edit.setPlaceholderText(self.tr("Wachtwoord"))
            self.password_edit.setAccessibleName(self.tr("Wachtwoord om te ontgrendelen"))

    def reset(self) -> None:
        self._end_code_step()
        self.password_edit.clear()
        self.message_label.clear()
        self.set_busy(False)
        self.focus_input()

    def focus_input(self) -> None:
        """Where the user starts: the password (or PIN), else the browser's button."""
        if self._organisation and not self._pin:
            self.browser_button.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.password_edit.setFocus(Qt.FocusReason.OtherFocusReason)
