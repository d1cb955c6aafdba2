"""The window's handling of the workspace's requests: the dialog each case action needs,
then the controller; undoing a queued action; the Onderzoek tab's requests."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget

from investigator_app.domain.lifecycle import Action
from investigator_app.gui.conversation.message_actions import (
    HANDLED as MESSAGE_DIALOG_ACTIONS,
    MessageActions,
)
from investigator_app.gui.workspace.case_controller import CaseController
from investigator_app.gui.workspace.case_dialogs import (
    AssignDialog,
    ReturnCaseDialog,
    assessment_dialog,
    investigation_dialog,
)
from investigator_app.gui.workspace.case_pane import CasePane, Tab
from investigator_app.gui.workspace.close_dialog import CloseCaseDialog, Next
from investigator_app.gui.workspace.evidence_actions import EvidenceActions
from investigator_app.gui.workspace.interview_actions import InterviewActions
from investigator_app.protocol import PersonOut


class CaseActions(QObject):
    status_message = Signal(str)  # a Dutch message for the status bar

    def __init__(
        self,
        window: QWidget,
        controller: CaseController,
        messages: MessageActions,
        colleagues: list[PersonOut],
        my_id: str,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._controller = controller
        self._messages = messages
        self._colleagues = colleagues
        self._my_id = my_id
        self._pane: CasePane | None = None

    def connect_pane(self, pane: CasePane) -> None:
        """Wire the pane's requests (its actions, undo, the Onderzoek tab) to the controller."""
        self._pane = pane
        controller = self._controller
        pane.action_requested.connect(self.perform)
        pane.undo_requested.connect(self.on_undo_requested)
        panel = pane.investigation_panel
        panel.add_allegation_requested.connect(controller.add_allegation)
        panel.edit_allegation_requested.connect(controller.edit_allegation)
        panel.withdraw_allegation_requested.connect(controller.withdraw_allegation)
        panel.record_finding_requested.connect(controller.record_finding)
        panel.add_task_requested.connect(controller.add_task)
        panel.edit_task_requested.connect(controller.edit_task)
        panel.task_state_requested.connect(controller.set_task_state)
        # The Stukken tab: adding, opening, replacing and withdrawing pieces.
        self.evidence = EvidenceActions(self._window, controller)
        self.evidence.connect_view(pane.files_view)
        self.evidence.status_message.connect(self.status_message)
        # The Verhoren tab: reading a record back (its PDF) and adding its signed copy.
        self.interviews = InterviewActions(self._window, controller)
        self.interviews.connect_panel(pane.interviews_panel)
        self.interviews.status_message.connect(self.status_message)

    def perform(self, case_id: str, action: Action) -> None:
        """Ask what ``action`` needs, then record it."""
        detail = self._controller.detail(case_id)
        if detail is None:
            return
        window, controller = self._window, self._controller
        if action is Action.ASSIGN:
            # Who recused from the case cannot be assigned it.
            stepped_aside = {r.person_id for r in detail.recusals}
            candidates = [p for p in self._colleagues if p.id not in stepped_aside]
            assign = AssignDialog(candidates, self._my_id, detail.assignee_id, window)
            if assign.exec():
                controller.assign(case_id, assign.assignee_id())
        elif action is Action.START_ASSESSMENT:
            assess = assessment_dialog(detail.reference, window)
            if assess.exec():
                controller.start_assessment(case_id, assess.motivation())
        elif action is Action.START_INVESTIGATION:
            investigate = investigation_dialog(detail.reference, window)
            if investigate.exec():
                controller.start_investigation(case_id, investigate.motivation())
        elif action is Action.CLOSE:
            self._close(case_id)
        elif action is Action.RETURN_TO_1700:
            back = ReturnCaseDialog(detail.reference, window)
            if back.exec():
                controller.return_to_1700(case_id, back.reason())
        elif action in MESSAGE_DIALOG_ACTIONS:
            self._messages.perform(detail, action)

    def _close(self, case_id: str) -> None:
        detail = self._controller.detail(case_id)
        if detail is None:
            return
        dialog = CloseCaseDialog(detail, self._window)
        result = dialog.exec()
        if result == Next.RETURN_TO_1700:
            self.perform(case_id, Action.RETURN_TO_1700)
            return
        if result == Next.SHOW_INVESTIGATION:
            if self._pane is not None:
                self._pane.show_tab(Tab.INVESTIGATION)
            return
        outcome = dialog.outcome()
        if not result or outcome is None:
            return
        closed = self._controller.close(case_id, outcome, dialog.motivation(), dialog.ground())
        if not closed or not dialog.write_feedback():
            return
        after = self._controller.detail(case_id)
        if after is not None and Action.SEND_FEEDBACK in after.allowed_actions:
            self._messages.perform(after, Action.SEND_FEEDBACK)

    def on_undo_requested(self, op_id: str) -> None:
        if self._controller.undo(op_id):
            self.status_message.emit(
                QCoreApplication.translate(
                    "CaseActions", "De wijziging is ongedaan gemaakt; ze werd niet verzonden."
                )
            )
