"""The right-hand pane: one case's facts, its timeline, the conversation with the reporter,
and the actions allowed now."""

from __future__ import annotations

import html
from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QTreeWidgetItem,
    QWidget,
)

from investigator_app.domain.deadlines import DeadlinePolicy, DeadlineState, state_at
from investigator_app.domain.lifecycle import Action
from investigator_app.gui.common.formatting import format_date, format_datetime
from investigator_app.gui.common.labels import (
    action_label,
    category_label,
    channel_label,
    deadline_kind_label,
    event_label,
    outcome_label,
    reporter_kind_label,
    status_label,
)
from investigator_app.gui.conversation.message_thread import MessageThread, party_label
from investigator_app.gui.forms.ui_case_pane import Ui_CasePane
from investigator_app.gui.session.reveal_session import RevealedIdentities
from investigator_app.gui.workspace.conflict_gate import ConflictGate, recusal_lines
from investigator_app.gui.workspace.notes_panel import CaseTabs
from investigator_app.store.views import CaseDetail, RefusedAction, TimelineEntry


def plain_tooltip(text: str) -> str:
    """Qt renders a tooltip that looks like HTML as HTML; text from users never is."""
    return f'<p style="white-space:pre-wrap">{html.escape(text)}</p>'


class CasePane(QWidget):
    action_requested = Signal(str, object)  # case id, Action
    retry_requested = Signal(str)  # op id
    discard_requested = Signal(str)  # op id
    remind_requested = Signal(str, str)  # case id, message id
    cancel_request_requested = Signal(str, str)  # case id, message id
    open_attachment_requested = Signal(str, object)  # case id, AttachmentView
    reveal_identity_requested = Signal(str)  # case id
    declare_no_conflict_requested = Signal(str)  # case id
    recusal_requested = Signal(str)  # case id

    def __init__(self, identities: RevealedIdentities, parent: QWidget | None = None) -> None:
        """``identities``: the session's revealed identities, which the pane shows and hides
        (it keeps none itself)."""
        super().__init__(parent)
        self.ui = Ui_CasePane()
        self.ui.setupUi(self)
        self._case: CaseDetail | None = None
        self._refused: RefusedAction | None = None
        self._buttons: dict[Action, QPushButton] = {
            Action.ACKNOWLEDGE: self.ui.acknowledgeButton,
            Action.ASSIGN: self.ui.assignButton,
            Action.START_ASSESSMENT: self.ui.assessButton,
            Action.START_INVESTIGATION: self.ui.investigateButton,
            Action.CLOSE: self.ui.closeButton,
            Action.RETURN_TO_1700: self.ui.returnButton,
            Action.REQUEST_INFO: self.ui.requestInfoButton,
            Action.SEND_FEEDBACK: self.ui.feedbackButton,
        }
        for action, button in self._buttons.items():
            button.setAccessibleName(action_label(action))
            button.clicked.connect(lambda _=False, a=action: self._request(a))
        self.message_thread = MessageThread(self.ui.threadContainer)
        self.ui.threadLayout.addWidget(self.message_thread)
        self.message_thread.remind_requested.connect(self.remind_requested)
        self.message_thread.cancel_requested.connect(self.cancel_request_requested)
        self.message_thread.open_attachment_requested.connect(self.open_attachment_requested)
        self.case_tabs = CaseTabs(self.ui)  # "Melding" (the details above) and "Notities"
        self.notes_panel = self.case_tabs.notes
        self.ui.retryButton.clicked.connect(self._on_retry_clicked)
        self.ui.revealIdentityButton.setAccessibleName(self.tr("Toon identiteit melder"))
        self.ui.revealIdentityButton.setToolTip(
            self.tr(
                "Vraagt de identiteit van de melder op bij de server, met een reden. "
                "Elke opvraging wordt in het auditspoor bewaard."
            )
        )
        self.ui.revealIdentityButton.clicked.connect(self._on_reveal_clicked)
        self.ui.identityValue.setAccessibleName(self.tr("Identiteit van de melder"))
        self.hide_identity_button = QPushButton(self.tr("Verberg identiteit"), self.ui.casePage)
        self.hide_identity_button.setAccessibleName(self.tr("Verberg identiteit melder"))
        self.hide_identity_button.setToolTip(
            self.tr("Haalt de identiteit uit het venster; opnieuw tonen vraagt een nieuwe reden.")
        )
        self.hide_identity_button.setVisible(False)
        self.hide_identity_button.clicked.connect(self._on_hide_identity_clicked)
        layout = self.ui.messageActionLayout
        layout.insertWidget(
            layout.indexOf(self.ui.revealIdentityButton) + 1, self.hide_identity_button
        )
        self._identities = identities
        identities.changed.connect(self._on_identities_changed)
        self.ui.discardButton.clicked.connect(self._on_discard_clicked)
        # Until the user declared on a case, the stack shows this gate instead of the case.
        self.conflict_gate = ConflictGate(self.ui.stack)
        self.ui.stack.addWidget(self.conflict_gate)
        self.conflict_gate.declared.connect(self.declare_no_conflict_requested)
        self.conflict_gate.recusal_requested.connect(self.recusal_requested)
        self.recusal_label = QLabel(self.ui.casePage)
        self.recusal_label.setTextFormat(Qt.TextFormat.PlainText)
        self.recusal_label.setWordWrap(True)
        self.recusal_label.setAccessibleName(self.tr("Onthoudingen wegens belangenconflict"))
        self.ui.caseLayout.insertWidget(1, self.recusal_label)
        title_font = self.ui.titleLabel.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.25)
        title_font.setBold(True)
        self.ui.titleLabel.setFont(title_font)
        self.ui.timelineView.setColumnWidth(0, 115)
        self.ui.timelineView.setColumnWidth(1, 110)
        self.show_case(None, [], datetime.now().astimezone(), DeadlinePolicy())

    @property
    def current_case(self) -> CaseDetail | None:
        return self._case

    @property
    def case_id(self) -> str | None:
        return self._case.id if self._case else None

    def button(self, action: Action) -> QPushButton:
        return self._buttons[action]

    def show_case(
        self,
        case: CaseDetail | None,
        refused: list[RefusedAction],
        now: datetime,
        policy: DeadlinePolicy,
    ) -> None:
        self._case = case
        self.notes_panel.show_case(case if case is not None and case.conflict_declared else None)
        if case is None:
            # Hidden buttons also keep the pane's minimum width (and so the list's room) small.
            for button in self._buttons.values():
                button.setVisible(False)
            self.ui.revealIdentityButton.setVisible(False)
            self.hide_identity_button.setVisible(False)
            self.conflict_gate.clear()
            self.ui.stack.setCurrentWidget(self.ui.emptyPage)
            return
        if not case.conflict_declared:
            self._show_gate(case)
            return
        self.conflict_gate.clear()
        self.ui.stack.setCurrentWidget(self.ui.casePage)
        self._show_recusals(case)
        ui = self.ui
        ui.titleLabel.setText(f"{case.reference} — {case.summary}")
        status = status_label(case.status)
        if case.outcome is not None:
            status = f"{status} ({outcome_label(case.outcome)})"
        ui.statusValue.setText(status)
        ui.summaryValue.setText(case.summary)
        ui.deadlineValue.setText(self._deadline_text(case, now, policy))
        ui.assigneeValue.setText(case.assignee_name or self.tr("Niet toegewezen"))
        ui.categoryValue.setText(category_label(case.category))
        ui.channelValue.setText(channel_label(case.channel))
        ui.receivedValue.setText(format_datetime(case.received_at))
        ui.reporterValue.setText(
            self.tr("%1 (identiteit vertrouwelijk, bekend bij 1700)").replace(
                "%1", reporter_kind_label(case.reporter_kind)
            )
        )
        ui.entityValue.setText(case.involved_entity)
        ui.personsValue.setText("\n".join(case.involved_persons) or self.tr("Geen vermeld"))
        ui.descriptionView.setPlainText(case.description)
        self._show_timeline(case.timeline)
        self.message_thread.show_case(case)
        for action, button in self._buttons.items():
            button.setVisible(action in case.allowed_actions)
        self.ui.revealIdentityButton.setVisible(True)
        self._show_identity()
        self._show_refused(refused[0] if refused else None)

    def _show_gate(self, case: CaseDetail) -> None:
        """Only the reference, entity and persons until the user declared; the case page
        keeps nothing of this case meanwhile."""
        for button in self._buttons.values():
            button.setVisible(False)
        self.ui.revealIdentityButton.setVisible(False)
        self.hide_identity_button.setVisible(False)
        for label in (self.ui.titleLabel, self.ui.summaryValue, self.ui.entityValue):
            label.clear()
        self.ui.personsValue.clear()
        self.ui.descriptionView.clear()
        self.ui.timelineView.clear()
        self.recusal_label.clear()
        self.conflict_gate.show_case(case)
        self.ui.stack.setCurrentWidget(self.conflict_gate)

    def _show_recusals(self, case: CaseDetail) -> None:
        """Who stepped aside for a conflict of interest (and why, when they said)."""
        lines = recusal_lines(case.recusals, self.tr("(nog niet verstuurd)"))
        if case.needs_reassignment:
            lines.insert(
                0,
                self.tr(
                    "Te herverdelen: iemand onthield zich wegens een belangenconflict. "
                    "Een leidinggevende wijst de melding opnieuw toe."
                ),
            )
        elif lines:
            lines.insert(0, self.tr("Onthouden wegens een belangenconflict:"))
        self.recusal_label.setText("\n".join(lines))
        self.recusal_label.setVisible(bool(lines))

    def _on_hide_identity_clicked(self) -> None:
        if self._case is not None:
            self._identities.hide(self._case.id)  # the pane follows its changed signal

    def _on_identities_changed(self, _case_id: str) -> None:
        self._show_identity()

    def _show_identity(self) -> None:
        """The session's identity for the shown case, if one was revealed."""
        label = self.ui.identityValue
        revealed = self._identities.get(self._case.id) if self._case else None
        self.hide_identity_button.setVisible(revealed is not None)
        self.ui.revealIdentityButton.setVisible(self._case is not None and revealed is None)
        if revealed is None:
            label.clear()
            label.setVisible(False)
            return
        identity = revealed.identity
        lines = [
            self.tr("Identiteit van de melder (enkel voor deze sessie, niet bewaard)"),
            self.tr("Naam: %1").replace("%1", identity.name or "—"),
            self.tr("Organisatie: %1").replace("%1", identity.organisation or "—"),
            self.tr("E-mail: %1").replace("%1", identity.email or "—"),
            self.tr("Telefoon: %1").replace("%1", identity.phone or "—"),
            self.tr("Taal: %1").replace("%1", identity.language.value.upper()),
        ]
        label.setText("\n".join(lines))
        label.setVisible(True)

    def _deadline_text(self, case: CaseDetail, now: datetime, policy: DeadlinePolicy) -> str:
        deadline = case.next_deadline
        if deadline is None:
            return self.tr("Geen openstaande termijn")
        text = self.tr("%1 uiterlijk %2").replace(
            "%1", deadline_kind_label(deadline.kind).capitalize()
        )
        text = text.replace("%2", format_date(deadline.due))
        state = state_at(deadline, now, policy)
        if state is DeadlineState.OVERDUE:
            text += " — " + self.tr("verstreken")
        elif state is DeadlineState.DUE_SOON:
            text += " — " + self.tr("nadert")
        return text

    def _show_timeline(self, entries: list[TimelineEntry]) -> None:
        view = self.ui.timelineView
        view.clear()
        for entry in entries:
            what = event_label(entry.kind)
            if entry.outcome is not None:
                what = f"{what}: {outcome_label(entry.outcome)}"
            if entry.pending:
                what = f"{what} " + self.tr("(nog niet verstuurd)")
            item = QTreeWidgetItem([format_datetime(entry.at), party_label(entry.actor), what])
            item.setToolTip(2, plain_tooltip(what))
            view.addTopLevelItem(item)
            if entry.reason:
                # The reason gets a full-width line of its own under the event.
                reason = QTreeWidgetItem([entry.reason])
                reason.setToolTip(0, plain_tooltip(entry.reason))
                item.addChild(reason)
                reason.setFirstColumnSpanned(True)
                item.setExpanded(True)

    def _show_refused(self, refused: RefusedAction | None) -> None:
        self._refused = refused
        self.ui.refusedFrame.setVisible(refused is not None)
        if refused is None:
            return
        if refused.refusal == "conflict":
            text = self.tr(
                "Uw actie '%1' werd niet uitgevoerd: een collega wijzigde deze melding eerst. "
                "Bekijk de huidige toestand en voer de actie opnieuw uit of verwerp ze."
            )
        elif refused.refusal == "failed":  # the technical reason (English) as its tooltip
            text = self.tr(
                "Uw actie '%1' werd niet uitgevoerd: de server kon deze actie niet verwerken, "
                "ook niet na enkele pogingen. Probeer ze later opnieuw of verwerp ze."
            )
        else:
            text = self.tr("Uw actie '%1' werd door de server geweigerd: %2")
        self.ui.refusedLabel.setText(
            text.replace("%1", action_label(refused.action)).replace("%2", refused.message)
        )
        failed = refused.refusal == "failed"
        self.ui.refusedLabel.setToolTip(plain_tooltip(refused.message) if failed else "")

    def _request(self, action: Action) -> None:
        if self._case is not None:
            self.action_requested.emit(self._case.id, action)

    def _on_reveal_clicked(self) -> None:
        if self._case is not None:
            self.reveal_identity_requested.emit(self._case.id)

    def _on_retry_clicked(self) -> None:
        if self._refused is not None:
            self.retry_requested.emit(self._refused.op_id)

    def _on_discard_clicked(self) -> None:
        if self._refused is not None:
            self.discard_requested.emit(self._refused.op_id)
