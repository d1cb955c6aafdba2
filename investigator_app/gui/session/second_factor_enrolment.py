"""Bestand → Tweestapsverificatie instellen…, and the same dialog forced after a sign-in
when the user's department demands a second factor they do not have yet.

Setting up: the QR code of the otpauth:// URI (made here, ``second_factor_qr``) and the
secret as text, a code of the app to confirm, then the recovery codes, shown once: the
dialog closes only after "Ik heb ze bewaard" (nothing to copy, save or print: they are
written down). An account that has a second factor sees how many recovery codes are left
and can make new ones with a code of the app."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QFontDatabase, QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from investigator_app.gui.common.background import BackgroundCall
from investigator_app.gui.session.second_factor_account import SecondFactorAccount
from investigator_app.gui.session.second_factor_code import code_error_message
from investigator_app.gui.session.second_factor_qr import qr_pixmap
from investigator_app.protocol import MeResponse, SecondFactorOut
from investigator_app.protocol_signin import RecoveryCodes, TotpEnrolment


def _label(text: str, parent: QWidget, name: str = "") -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if name:
        label.setObjectName(name)
    return label


def grouped(secret: str) -> str:
    """The secret in groups of four, as people type it over."""
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))


class SecondFactorDialog(QDialog):
    """``forced``: right after a sign-in whose token may only set up the second factor;
    afterwards ``identity`` holds who the user is now (enrolled)."""

    def __init__(
        self, account: SecondFactorAccount, *, forced: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._account = account
        self._forced = forced
        self._call: BackgroundCall | None = None
        self.enrolled = False
        self.identity: MeResponse | None = None
        self.setWindowTitle(self.tr("Tweestapsverificatie"))
        self.setMinimumWidth(460)
        self.pages = QStackedWidget(self)
        self.message = _label("", self, "secondFactorMessage")
        self.message.setAccessibleName(self.tr("Melding bij de tweestapsverificatie"))
        self.close_button = QPushButton(
            self.tr("Annuleren") if forced else self.tr("Sluiten"), self
        )
        self.close_button.setAccessibleName(self.close_button.text())
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.busy_page = _label(self.tr("Even geduld…"), self)
        self.pages.addWidget(self.busy_page)
        self._build_enrol_page()
        self._build_status_page()
        self._build_codes_page()
        if forced:
            self._run(account.start, self._on_started)
        else:
            self._run(account.status, self._on_status)

    # --- pages ----------------------------------------------------------------------

    def _build_enrol_page(self) -> None:
        page = QWidget(self)
        intro = (
            self.tr(
                "Uw dienst vraagt dat u zich aanmeldt met tweestapsverificatie. Stel ze nu "
                "in om verder te gaan."
            )
            if self._forced
            else self.tr(
                "Met tweestapsverificatie vraagt de app bij het aanmelden en ontgrendelen, "
                "na uw wachtwoord, ook een code uit de authenticator-app op uw telefoon."
            )
        )
        self.qr_label = QLabel(page)
        self.qr_label.setObjectName("secondFactorQr")
        self.qr_label.setAccessibleName(self.tr("QR-code voor de authenticator-app"))
        self.qr_label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.secret_label = _label("", page, "secondFactorSecret")
        self.secret_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.secret_label.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.secret_label.setAccessibleName(self.tr("Sleutel om zelf in te voeren"))
        self.code_edit = QLineEdit(page)
        self.code_edit.setObjectName("secondFactorCode")
        self.code_edit.setPlaceholderText(self.tr("Code van zes cijfers"))
        self.code_edit.setAccessibleName(self.tr("Code uit de authenticator-app"))
        self.code_edit.setMaxLength(32)
        self.confirm_button = QPushButton(self.tr("Bevestigen"), page)
        self.confirm_button.setAccessibleName(self.tr("Bevestigen"))
        self.code_edit.returnPressed.connect(self.on_confirm)
        self.confirm_button.clicked.connect(self.on_confirm)
        row = QHBoxLayout()
        row.addWidget(self.code_edit, 1)
        row.addWidget(self.confirm_button)
        layout = QVBoxLayout(page)
        layout.addWidget(_label(intro, page))
        layout.addWidget(
            _label(self.tr("1. Scan deze QR-code met de authenticator-app op uw telefoon."), page)
        )
        layout.addWidget(self.qr_label)
        layout.addWidget(_label(self.tr("Kunt u niet scannen? Voer dan deze sleutel in:"), page))
        layout.addWidget(self.secret_label)
        layout.addWidget(_label(self.tr("2. Vul de code in die de app nu toont."), page))
        layout.addLayout(row)
        self.enrol_page = page
        self.pages.addWidget(page)

    def _build_status_page(self) -> None:
        page = QWidget(self)
        self.status_label = _label("", page, "secondFactorStatus")
        self.renew_edit = QLineEdit(page)
        self.renew_edit.setObjectName("renewCode")
        self.renew_edit.setPlaceholderText(self.tr("Code van zes cijfers"))
        self.renew_edit.setAccessibleName(self.tr("Code uit de authenticator-app"))
        self.renew_edit.setMaxLength(32)
        self.renew_button = QPushButton(self.tr("Nieuwe herstelcodes maken"), page)
        self.renew_button.setAccessibleName(self.tr("Nieuwe herstelcodes maken"))
        self.renew_edit.returnPressed.connect(self.on_renew)
        self.renew_button.clicked.connect(self.on_renew)
        row = QHBoxLayout()
        row.addWidget(self.renew_edit, 1)
        row.addWidget(self.renew_button)
        layout = QVBoxLayout(page)
        layout.addWidget(self.status_label)
        layout.addWidget(
            _label(
                self.tr(
                    "Nieuwe herstelcodes vervangen de vorige. Vul daarvoor de code in die de "
                    "app nu toont. Een nieuwe telefoon of de app kwijt? Vraag uw beheerder om "
                    "de tweestapsverificatie opnieuw in te stellen."
                ),
                page,
            )
        )
        layout.addLayout(row)
        self.status_page = page
        self.pages.addWidget(page)

    def _build_codes_page(self) -> None:
        page = QWidget(self)
        self.codes_label = _label("", page, "recoveryCodes")
        self.codes_label.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.codes_label.setAccessibleName(self.tr("Herstelcodes"))
        self.saved_box = QCheckBox(self.tr("Ik heb ze bewaard"), page)
        self.saved_box.setAccessibleName(self.tr("Ik heb ze bewaard"))
        self.saved_box.toggled.connect(self._on_saved_toggled)
        layout = QVBoxLayout(page)
        layout.addWidget(
            _label(
                self.tr(
                    "Uw herstelcodes. Hebt u uw telefoon niet bij de hand, dan meldt u zich "
                    "aan met een herstelcode in plaats van de code uit de app. Elke code "
                    "werkt één keer. Schrijf ze op en bewaar ze op een veilige plaats: ze "
                    "worden maar één keer getoond."
                ),
                page,
            )
        )
        layout.addWidget(self.codes_label)
        layout.addWidget(self.saved_box)
        self.codes_page = page
        self.pages.addWidget(page)

    # --- steps ----------------------------------------------------------------------

    def _run(self, work: Callable[[], Any], on_success: Callable[[Any], None]) -> None:
        self._set_busy(True)
        self._call = BackgroundCall(work, on_success, self._on_failed, self)
        self._call.start()

    def _on_status(self, status: object) -> None:
        self._set_busy(False)
        if status is None:  # an account of the organisation's provider
            self.pages.setCurrentWidget(self.busy_page)
            self.busy_page.setText(
                self.tr(
                    "U meldt zich aan met uw organisatieaccount; de tweestapsverificatie "
                    "regelt uw organisatie."
                )
            )
            return
        assert isinstance(status, SecondFactorOut)
        if not status.enrolled:
            self._run(self._account.start, self._on_started)
            return
        self.status_label.setText(
            self.tr("Tweestapsverificatie is ingesteld. Ongebruikte herstelcodes: %1.").replace(
                "%1", str(status.recovery_codes_left)
            )
        )
        self.pages.setCurrentWidget(self.status_page)
        self.renew_edit.setFocus()

    def _on_started(self, enrolment: object) -> None:
        assert isinstance(enrolment, TotpEnrolment)
        self._set_busy(False)
        self.qr_label.setPixmap(qr_pixmap(enrolment.otpauth_uri))
        self.secret_label.setText(grouped(enrolment.secret))
        self.pages.setCurrentWidget(self.enrol_page)
        self.code_edit.setFocus()

    def on_confirm(self) -> None:
        code = self.code_edit.text().strip()
        if not code:
            self.message.setText(self.tr("Vul de code in die de app toont."))
            return
        self._run(lambda: self._account.confirm(code, identify=self._forced), self._on_codes)

    def on_renew(self) -> None:
        code = self.renew_edit.text().strip()
        if not code:
            self.message.setText(self.tr("Vul de code in die de app toont."))
            return
        self._run(lambda: self._account.renew(code), self._on_codes)

    def _on_codes(self, result: object) -> None:
        self._set_busy(False)
        codes, identity = result if isinstance(result, tuple) else (result, None)
        assert isinstance(codes, RecoveryCodes)
        self.enrolled = True
        self.identity = identity
        self.code_edit.clear()
        self.renew_edit.clear()
        self.message.clear()
        self.codes_label.setText("\n".join(codes.codes))
        self.pages.setCurrentWidget(self.codes_page)
        self.close_button.setText(self.tr("Klaar"))
        self.close_button.setAccessibleName(self.tr("Klaar"))
        self.close_button.setEnabled(False)
        self.saved_box.setFocus()

    def _on_saved_toggled(self, saved: bool) -> None:
        self.close_button.setEnabled(saved)
        if saved:
            self.close_button.setDefault(True)

    def _on_failed(self, error: Exception) -> None:
        self._set_busy(False)
        if self.pages.currentWidget() is self.busy_page:
            self.busy_page.clear()  # nothing came: the message says why
        self.message.setText(code_error_message(error, recovery=False))
        for edit in (self.code_edit, self.renew_edit):
            if edit.isVisible():
                edit.selectAll()
                edit.setFocus()

    def _set_busy(self, busy: bool) -> None:
        if busy:
            self.message.setText(self.tr("Even geduld…"))
        else:
            self.message.clear()
        for widget in (self.code_edit, self.confirm_button, self.renew_edit, self.renew_button):
            widget.setEnabled(not busy)

    # --- closing: not before the recovery codes are saved ------------------------------

    @property
    def showing_codes(self) -> bool:
        return self.pages.currentWidget() is self.codes_page

    def reject(self) -> None:
        if self.showing_codes:
            if self.saved_box.isChecked():
                self.accept()
            else:
                self.message.setText(self.tr("Bevestig eerst dat u de herstelcodes bewaard hebt."))
            return
        super().reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.showing_codes and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.saved_box.isChecked():
                self.accept()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.showing_codes and not self.saved_box.isChecked():
            event.ignore()
            self.reject()  # says why
            return
        super().closeEvent(event)
