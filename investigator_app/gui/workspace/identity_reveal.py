"""'Toon identiteit melder…': the reason dialog and the online fetch whose answer goes into
the session's revealed identities, which the case pane shows (nothing is written to the
store)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from investigator_app.gui.common.background import BackgroundCall
from investigator_app.gui.session.reveal_session import RevealedIdentities
from investigator_app.gui.workspace.case_pane import CasePane
from investigator_app.protocol_audit import ReporterIdentityOut
from investigator_app.sync.errors import AuthenticationFailed, ServiceUnreachable
from investigator_app.sync.identity import IdentityNotFoundError, reveal_identity

MIN_REVEAL_REASON = 10


class RevealReasonDialog(QDialog):
    """Asks why the reporter's identity is needed; OK only with a reason of 10 characters."""

    def __init__(self, reference: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Identiteit melder tonen"))
        layout = QVBoxLayout(self)
        explanation = QLabel(
            self.tr(
                "Waarom hebt u de identiteit van de melder van %1 nodig? De opvraging wordt "
                "met deze reden in de audittrail van de melding bewaard. De identiteit wordt "
                "enkel in deze sessie getoond en niet op deze computer bewaard. "
                "Hiervoor is een verbinding met de server nodig."
            ).replace("%1", reference),
            self,
        )
        explanation.setTextFormat(Qt.TextFormat.PlainText)
        explanation.setWordWrap(True)
        layout.addWidget(explanation)
        self.reason_edit = QPlainTextEdit(self)
        self.reason_edit.setAccessibleName(self.tr("Reden voor het tonen van de identiteit"))
        self.reason_edit.setPlaceholderText(self.tr("Minstens 10 tekens"))
        explanation.setBuddy(self.reason_edit)
        layout.addWidget(self.reason_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button.setText(self.tr("Identiteit tonen"))
        self.ok_button.setAccessibleName(self.tr("Identiteit tonen"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Annuleren"))
        cancel.setAccessibleName(self.tr("Annuleren"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.reason_edit.textChanged.connect(self._update_ok)
        self._update_ok()

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def reason(self) -> str:
        return self.reason_edit.toPlainText().strip()

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(len(self.reason()) >= MIN_REVEAL_REASON)


class IdentityReveal(QObject):
    """Runs 'Toon identiteit melder…' for a case pane: the reason, the online fetch, and
    keeping the answer in the session's ``identities`` (memory only), which the pane shows."""

    def __init__(
        self,
        pane: CasePane,
        identities: RevealedIdentities,
        credentials: Callable[[], tuple[str, str]],
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        self._pane = pane
        self._identities = identities
        self._credentials = credentials  # the service address and token of this session
        self._calls: list[BackgroundCall] = []
        pane.reveal_identity_requested.connect(self.on_reveal_requested)

    def on_reveal_requested(self, case_id: str) -> None:
        case = self._pane.current_case
        reference = case.reference if case is not None and case.id == case_id else case_id
        dialog = RevealReasonDialog(reference, self._pane)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        reason = dialog.reason()
        server_url, token = self._credentials()
        call = BackgroundCall(
            lambda: reveal_identity(server_url, token, case_id, reason),
            lambda identity: self._on_revealed(call, case_id, identity),
            lambda error: self._on_failed(call, error),
            self,
        )
        self._calls.append(call)
        self._pane.ui.revealIdentityButton.setEnabled(False)
        call.start()

    def _done(self, call: BackgroundCall) -> None:
        if call in self._calls:
            self._calls.remove(call)
        self._pane.ui.revealIdentityButton.setEnabled(True)

    def _on_revealed(self, call: BackgroundCall, case_id: str, identity: object) -> None:
        self._done(call)
        if isinstance(identity, ReporterIdentityOut):
            self._identities.reveal(case_id, identity)

    def _on_failed(self, call: BackgroundCall, error: Exception) -> None:
        self._done(call)
        if isinstance(error, ServiceUnreachable):
            text = self.tr(
                "De identiteit van de melder kan niet getoond worden: hiervoor moet de server "
                "online zijn. Probeer het opnieuw wanneer er verbinding is."
            )
        elif isinstance(error, AuthenticationFailed):
            text = self.tr(
                "De identiteit van de melder kan niet getoond worden: uw sessie is verlopen. "
                "Meld u opnieuw aan en probeer het dan nog eens."
            )
        elif isinstance(error, IdentityNotFoundError):
            text = self.tr(
                "De identiteit van de melder kan niet getoond worden: de melding is niet "
                "(meer) van uw dienst."
            )
        else:
            text = self.tr("De identiteit van de melder kan nu niet opgevraagd worden.")
        QMessageBox.warning(self._pane, self.tr("Identiteit melder"), text)
