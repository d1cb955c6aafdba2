"""The window's handling of the conflict-of-interest declaration: no conflict, or recusal
after a confirmation with an optional reason. Both work offline (queued)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget

from investigator_app.gui.workspace.case_controller import CaseController
from investigator_app.gui.workspace.conflict_gate import RecusalDialog


class DeclarationActions(QObject):
    status_message = Signal(str)  # a Dutch message for the status bar

    def __init__(self, window: QWidget, controller: CaseController) -> None:
        super().__init__(window)
        self._window = window
        self._controller = controller

    def on_declare_no_conflict(self, case_id: str) -> None:
        self._controller.declare_no_conflict(case_id)

    def on_recusal_requested(self, case_id: str) -> None:
        detail = self._controller.detail(case_id)
        if detail is None:
            return
        dialog = RecusalDialog(detail.reference, self._window)
        if not dialog.exec():
            return
        if self._controller.recuse(case_id, dialog.reason()):
            self.status_message.emit(
                QCoreApplication.translate(
                    "DeclarationActions",
                    "U onthoudt zich van melding %1; ze verdwijnt uit uw lijst en uw "
                    "leidinggevende wordt gevraagd ze opnieuw toe te wijzen.",
                ).replace("%1", detail.reference)
            )
