"""The window's handling of the conversation with the reporter: the dialogs of the message
actions, reminders and cancellations of a request, and opening attachments."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from investigator_app.domain.deadlines import BRUSSELS, default_answer_due
from investigator_app.domain.lifecycle import Action
from investigator_app.gui.common.messages import describe_error
from investigator_app.gui.conversation import attachment_opener
from investigator_app.gui.conversation.message_dialogs import (
    InfoRequestDialog,
    acknowledgement_dialog,
    feedback_dialog,
)
from investigator_app.gui.workspace.case_controller import CaseController
from investigator_app.store.views import AttachmentView, CaseDetail

log = logging.getLogger("investigator_app.gui.conversation.message_actions")

HANDLED = frozenset({Action.ACKNOWLEDGE, Action.REQUEST_INFO, Action.SEND_FEEDBACK})


class MessageActions(QObject):
    status_message = Signal(str)  # a Dutch message for the status bar

    def __init__(self, window: QWidget, controller: CaseController, department_name: str) -> None:
        super().__init__(window)
        self._window = window
        self._controller = controller
        self._department_name = department_name

    def perform(self, detail: CaseDetail, action: Action) -> None:
        """Ask what ``action`` (one of HANDLED) needs, then record it."""
        reachable = detail.reporter_reachable_by_email
        if action is Action.REQUEST_INFO:
            today = self._controller.now().astimezone(BRUSSELS).date()
            ask = InfoRequestDialog(
                today,
                default_answer_due(self._controller.now()),
                reachable_by_email=reachable,
                parent=self._window,
            )
            if ask.exec():
                self._controller.request_info(detail.id, ask.question(), ask.answer_due())
            return
        make = acknowledgement_dialog if action is Action.ACKNOWLEDGE else feedback_dialog
        letter = make(
            detail.reporter_language,
            detail.reference,
            self._department_name,
            reachable_by_email=reachable,
            parent=self._window,
        )
        if not letter.exec():
            return
        text = letter.letter()  # None: acknowledging without a letter
        if action is Action.ACKNOWLEDGE:
            self._controller.acknowledge(detail.id, text)
        elif text is not None:  # feedback always has its letter
            self._controller.send_feedback(detail.id, text)

    def on_remind_requested(self, case_id: str, message_id: str) -> None:
        self._controller.remind(case_id, message_id)

    def on_cancel_request_requested(self, case_id: str, message_id: str) -> None:
        answer = QMessageBox.question(
            self._window,
            QCoreApplication.translate("MessageActions", "Vraag annuleren"),
            QCoreApplication.translate(
                "MessageActions",
                "De vraag annuleren? De link in het bericht aan de melder werkt dan niet "
                "meer; een antwoord is niet meer mogelijk.",
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._controller.cancel_request(case_id, message_id)

    def on_open_attachment_requested(self, _case_id: str, attachment: AttachmentView) -> None:
        try:
            data = self._controller.attachment_bytes(attachment.sha256)
        except ValueError:  # the stored bytes no longer match: never open something else
            log.error("stored attachment %s… is damaged", attachment.sha256[:12])
            self.status_message.emit(
                QCoreApplication.translate(
                    "MessageActions",
                    "De bijlage is beschadigd en wordt niet geopend. Synchroniseer opnieuw.",
                )
            )
            return
        if data is None:
            self.status_message.emit(
                QCoreApplication.translate(
                    "MessageActions",
                    "De bijlage is nog niet opgehaald; ze wordt opgehaald zodra de server "
                    "bereikbaar is. Probeer straks opnieuw.",
                )
            )
            return
        if attachment_opener.is_risky(attachment.name) and not attachment_opener.confirm_risky(
            self._window, attachment.name
        ):
            return
        try:
            path = attachment_opener.write_copy(
                self._controller.opened_attachments_folder(), attachment.name, data
            )
        except OSError as error:
            self.status_message.emit(describe_error(error))
            return
        if not attachment_opener.open_with_system_viewer(path):
            self.status_message.emit(
                QCoreApplication.translate(
                    "MessageActions", "Er is geen programma om dit type bestand te openen."
                )
            )
