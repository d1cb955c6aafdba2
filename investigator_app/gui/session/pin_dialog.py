"""Bestand → Pincode instellen…: a user who signs in with the organisation's account has no
password on this workstation; a PIN of their own unlocks the idle lock without the browser,
also offline. Only its scrypt verifier is kept, in the keyring (``unlock_verifier``)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from itertools import pairwise

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from investigator_app.desktop.unlock_verifier import (
    MAX_PIN_DIGITS,
    MIN_PIN_DIGITS,
    PIN_COST,
    is_valid_pin,
    make_verifier,
)
from investigator_app.gui.common.background import BackgroundCall
from investigator_app.gui.common.messages import describe_error
from investigator_app.gui.shell.main_window import MainWindow

log = logging.getLogger("investigator_app.gui.session.pin_dialog")

KeepPin = Callable[[str], None]
"""Keeps a PIN's verifier in the keyring; raises KeyringUnavailable."""


def too_easy(pin: str) -> bool:
    """One digit repeated, or a run up or down (123456, 987654): the first tries of anyone."""
    steps = {int(b) - int(a) for a, b in pairwise(pin)}
    return len(steps) == 1 and steps <= {-1, 0, 1}


class PinDialog(QDialog):
    pin_kept = Signal()

    def __init__(self, keep: KeepPin, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._keep = keep
        self._call: BackgroundCall | None = None
        self.setWindowTitle(self.tr("Pincode instellen"))
        intro = QLabel(
            self.tr(
                "Met een pincode ontgrendelt u deze werkplek na de automatische "
                "vergrendeling, ook zonder verbinding, zonder opnieuw aan te melden via de "
                "browser. De pincode geldt alleen op deze werkplek en wordt er niet zelf "
                "bewaard. Gebruik %1 tot %2 cijfers."
            )
            .replace("%1", str(MIN_PIN_DIGITS))
            .replace("%2", str(MAX_PIN_DIGITS)),
            self,
        )
        intro.setWordWrap(True)
        self.pin_edit = self._pin_field(self.tr("Nieuwe pincode"))
        self.repeat_edit = self._pin_field(self.tr("Nieuwe pincode herhalen"))
        form = QFormLayout()
        form.addRow(self.tr("&Pincode"), self.pin_edit)
        form.addRow(self.tr("&Herhaal"), self.repeat_edit)
        self.message_label = QLabel(self)
        self.message_label.setObjectName("pinMessage")
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        self.message_label.setWordWrap(True)
        self.message_label.setAccessibleName(self.tr("Melding bij de pincode"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Instellen"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        self.buttons.accepted.connect(self.on_submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message_label)
        layout.addWidget(self.buttons)
        self.resize(440, self.sizeHint().height())

    def _pin_field(self, name: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        edit.setAccessibleName(name)
        edit.setMaxLength(MAX_PIN_DIGITS)
        edit.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
        edit.setValidator(QRegularExpressionValidator(r"[0-9]*", edit))
        return edit

    def problem(self) -> str | None:
        pin = self.pin_edit.text()
        if not is_valid_pin(pin):
            return (
                self.tr("Een pincode heeft %1 tot %2 cijfers.")
                .replace("%1", str(MIN_PIN_DIGITS))
                .replace("%2", str(MAX_PIN_DIGITS))
            )
        if too_easy(pin):
            return self.tr("Deze pincode is te makkelijk te raden. Kies een andere.")
        if self.repeat_edit.text() != pin:
            return self.tr("De twee pincodes verschillen.")
        return None

    def on_submit(self) -> None:
        problem = self.problem()
        if problem is not None:
            self.message_label.setText(problem)
            return
        pin = self.pin_edit.text()
        self._set_busy(True)
        # scrypt is slow on purpose: off the GUI thread.
        self._call = BackgroundCall(
            lambda: self._keep(make_verifier(pin, PIN_COST)), self._on_kept, self._on_failed, self
        )
        self._call.start()

    def _on_kept(self, _result: object) -> None:
        log.info("a PIN was set on this workstation")
        self.pin_edit.clear()
        self.repeat_edit.clear()
        self.pin_kept.emit()
        self.accept()

    def _on_failed(self, error: Exception) -> None:
        self._set_busy(False)
        log.warning("the PIN could not be kept: %s", type(error).__name__)
        self.message_label.setText(describe_error(error))

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.pin_edit, self.repeat_edit):
            widget.setEnabled(not busy)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not busy)


def install_pin_action(window: MainWindow, keep: KeepPin) -> QAction:
    """Bestand → Pincode instellen… (for an account of the organisation's provider)."""
    action = QAction(QCoreApplication.translate("PinDialog", "&Pincode instellen…"), window)
    action.setObjectName("actionSetPin")
    action.setToolTip(
        QCoreApplication.translate(
            "PinDialog", "Een pincode om deze werkplek te ontgrendelen zonder opnieuw aan te melden"
        )
    )

    def open_dialog() -> None:
        dialog = PinDialog(keep, window)
        if dialog.exec():
            window.show_status_message(
                QCoreApplication.translate(
                    "PinDialog", "Uw pincode werd ingesteld voor deze werkplek."
                ),
                10_000,
            )

    action.triggered.connect(open_dialog)
    window.ui.menuFile.insertAction(window.ui.actionSignOut, action)
    return action
