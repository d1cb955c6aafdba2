"""The conversation with the reporter in the case pane: one card per message, with its
state, deadline, answer and attachments, and the actions on an open request.

A case has a handful of messages, so one widget per message is fine here (the case list,
with thousands of rows, is a model instead). Every text from users is shown as plain text.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from investigator_app.domain.lifecycle import Action, request_action_allowed
from investigator_app.domain.messages import OPEN_REQUEST_STATES, MessageKind, MessageState
from investigator_app.gui.common.formatting import format_datetime, format_day, format_size
from investigator_app.gui.common.labels import message_kind_label, message_state_label
from investigator_app.protocol import (
    CENTRAL_DESK_LABEL,
    DELIVERY_NO_EMAIL,
    RELAY_LABEL,
    REPORTER_LABEL,
)
from investigator_app.store.views import AttachmentView, CaseDetail, MessageView

_OVERDUE_STYLE = "color: #b3261e; font-weight: bold;"


def _plain_label(text: str, parent: QWidget, *, selectable: bool = False) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setText(text)
    return label


def party_label(label: str) -> str:
    """The service's labels for who added something, in Dutch; names stay as they are."""
    if label == REPORTER_LABEL:
        return QCoreApplication.translate("MessageThread", "Melder")
    if label == RELAY_LABEL:
        return QCoreApplication.translate("MessageThread", "Berichtendienst")
    if label == CENTRAL_DESK_LABEL:
        return QCoreApplication.translate("MessageThread", "1700")
    return label


def state_text(message: MessageView) -> str:
    """The state of a message with its moment, as one line."""
    text = message_state_label(message.state)
    if message.state is MessageState.SENT and message.sent_at is not None:
        text = QCoreApplication.translate("MessageThread", "Verzonden op %1").replace(
            "%1", format_datetime(message.sent_at)
        )
    elif message.state is MessageState.NOT_DELIVERED:
        if message.delivery_error == DELIVERY_NO_EMAIL:
            text = QCoreApplication.translate(
                "MessageThread",
                "Niet per e-mail verzonden: de melder heeft geen e-mailadres; 1700 belt.",
            )
        else:
            text = QCoreApplication.translate(
                "MessageThread", "Niet afgeleverd na %1 pogingen"
            ).replace("%1", str(message.delivery_attempts))
    elif message.state is MessageState.ANSWERED and message.answered_at is not None:
        if message.answer_channel == "phone":
            text = QCoreApplication.translate(
                "MessageThread", "Beantwoord op %1 (telefonisch, genoteerd door 1700)"
            )
        else:
            text = QCoreApplication.translate("MessageThread", "Beantwoord op %1")
        text = text.replace("%1", format_datetime(message.answered_at))
    elif message.state is MessageState.CANCELLED:
        if message.cancel_pending:
            text = QCoreApplication.translate("MessageThread", "Geannuleerd (nog niet verzonden)")
        elif message.cancelled_at is not None:
            text = QCoreApplication.translate("MessageThread", "Geannuleerd op %1").replace(
                "%1", format_datetime(message.cancelled_at)
            )
    if message.reminded_at is not None and message.state in OPEN_REQUEST_STATES:
        text += " — " + QCoreApplication.translate(
            "MessageThread", "herinnering verzonden op %1"
        ).replace("%1", format_datetime(message.reminded_at))
    if message.reminder_pending:
        text += " — " + QCoreApplication.translate("MessageThread", "herinnering in wachtrij")
    if message.overdue:
        text += " — " + QCoreApplication.translate("MessageThread", "antwoordtermijn verstreken")
    return text


class AttachmentRow(QWidget):
    def __init__(self, attachment: AttachmentView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.attachment = attachment
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        details = f"{attachment.name} ({format_size(attachment.size)})"
        if not attachment.available:
            details += " — " + QCoreApplication.translate("MessageThread", "nog niet opgehaald")
        self.name_label = _plain_label(details, self, selectable=True)
        self.name_label.setToolTip(
            QCoreApplication.translate("MessageThread", "Toegevoegd door %1 op %2")
            .replace("%1", party_label(attachment.added_by))
            .replace("%2", format_datetime(attachment.added_at))
        )
        self.open_button = QPushButton(QCoreApplication.translate("MessageThread", "Openen"), self)
        self.open_button.setAccessibleName(
            QCoreApplication.translate("MessageThread", "Bijlage %1 openen").replace(
                "%1", attachment.name
            )
        )
        layout.addWidget(self.name_label, 1)
        layout.addWidget(self.open_button)


class MessageCard(QFrame):
    """One message: what, who, when, its state; the answer and its attachments."""

    def __init__(self, message: MessageView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.message = message
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        header = f"{message_kind_label(message.kind)} — {party_label(message.author)} — "
        header += format_datetime(message.created_at)
        self.header_label = _plain_label(header, self)
        font = self.header_label.font()
        font.setBold(True)
        self.header_label.setFont(font)
        layout.addWidget(self.header_label)
        self.state_label = _plain_label(state_text(message), self)
        layout.addWidget(self.state_label)
        self.deadline_label: QLabel | None = None
        if message.kind is MessageKind.INFO_REQUEST and message.answer_due is not None:
            due = QCoreApplication.translate(
                "MessageThread", "Antwoord gevraagd uiterlijk op %1"
            ).replace("%1", format_day(message.answer_due))
            self.deadline_label = _plain_label(due, self)
            if message.overdue:
                self.deadline_label.setStyleSheet(_OVERDUE_STYLE)
                self.state_label.setStyleSheet(_OVERDUE_STYLE)
            layout.addWidget(self.deadline_label)
        self.body_label = _plain_label(message.body, self, selectable=True)
        layout.addWidget(self.body_label)
        self.answer_label: QLabel | None = None
        if message.answer is not None:
            caption = _plain_label(
                QCoreApplication.translate("MessageThread", "Antwoord van de melder:"), self
            )
            layout.addWidget(caption)
            self.answer_label = _plain_label(message.answer, self, selectable=True)
            self.answer_label.setStyleSheet("margin-left: 12px;")
            layout.addWidget(self.answer_label)
        self.attachment_rows = [AttachmentRow(a, self) for a in message.attachments]
        for row in self.attachment_rows:
            layout.addWidget(row)
        buttons = QHBoxLayout()
        self.remind_button = QPushButton(
            QCoreApplication.translate("MessageThread", "Herinnering sturen"), self
        )
        self.cancel_button = QPushButton(
            QCoreApplication.translate("MessageThread", "Vraag annuleren"), self
        )
        buttons.addWidget(self.remind_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)


class MessageThread(QWidget):
    remind_requested = Signal(str, str)  # case id, message id
    cancel_requested = Signal(str, str)  # case id, message id
    open_attachment_requested = Signal(str, object)  # case id, AttachmentView

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.cards: list[MessageCard] = []
        self.registration_rows: list[AttachmentRow] = []
        self._case_id = ""

    def show_case(self, case: CaseDetail) -> None:
        self._clear()
        self._case_id = case.id
        if case.attachments:
            caption = _plain_label(
                QCoreApplication.translate(
                    "MessageThread", "Bijlagen bij de melding (toegevoegd door 1700):"
                ),
                self,
            )
            self._layout.addWidget(caption)
            for attachment in case.attachments:
                row = AttachmentRow(attachment, self)
                self._connect_open(row)
                self.registration_rows.append(row)
                self._layout.addWidget(row)
        if not case.messages:
            self._layout.addWidget(
                _plain_label(
                    QCoreApplication.translate(
                        "MessageThread", "Nog geen berichten met de melder."
                    ),
                    self,
                )
            )
        for message in case.messages:
            card = MessageCard(message, self)
            is_open_request = (
                message.kind is MessageKind.INFO_REQUEST and message.state in OPEN_REQUEST_STATES
            )
            card.remind_button.setVisible(
                is_open_request
                and message.state is MessageState.SENT  # queued or sending: not out yet
                and not message.reminder_pending
                and request_action_allowed(case.status, Action.REMIND)
            )
            card.cancel_button.setVisible(
                is_open_request and request_action_allowed(case.status, Action.CANCEL_REQUEST)
            )
            card.remind_button.clicked.connect(
                lambda _=False, m=message.id: self.remind_requested.emit(self._case_id, m)
            )
            card.cancel_button.clicked.connect(
                lambda _=False, m=message.id: self.cancel_requested.emit(self._case_id, m)
            )
            for row in card.attachment_rows:
                self._connect_open(row)
            self.cards.append(card)
            self._layout.addWidget(card)

    def _connect_open(self, row: AttachmentRow) -> None:
        row.open_button.clicked.connect(
            lambda _=False, a=row.attachment: self.open_attachment_requested.emit(self._case_id, a)
        )

    def _clear(self) -> None:
        while self._layout.count():
            item = self._layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.cards = []
        self.registration_rows = []
