"""The right-hand pane: the workspace of one case.

A header that stays put (reference, title, status, next deadline, assignee, flags), the
action bar (one primary button for the next step, the other actions in fixed places),
and tabs that each scroll on their own: Overzicht, Onderzoek, Verhoren, Berichten,
Notities, Stukken, Tijdlijn. Until the user declared on the conflict of interest, the pane shows the
declaration instead, and nothing else of the case.
"""

from __future__ import annotations

import html
from datetime import datetime
from enum import IntEnum

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractScrollArea, QProxyStyle, QStyle, QStyleOption, QWidget

from investigator_app.domain.deadlines import BRUSSELS, DeadlinePolicy
from investigator_app.domain.events import EventKind
from investigator_app.domain.lifecycle import Action
from investigator_app.domain.vocabulary import Status
from investigator_app.gui.common.formatting import format_date, format_datetime
from investigator_app.gui.common.labels import (
    action_label,
    category_label,
    channel_label,
    outcome_label,
    reporter_kind_label,
)
from investigator_app.gui.conversation.message_thread import MessageThread
from investigator_app.gui.forms.ui_case_pane import Ui_CasePane
from investigator_app.gui.session.reveal_session import RevealedIdentities
from investigator_app.gui.workspace.action_texts import queued_text
from investigator_app.gui.workspace.case_action_bar import CaseActionBar
from investigator_app.gui.workspace.case_header import CaseHeader
from investigator_app.gui.workspace.close_dialog import closing_ground_label
from investigator_app.gui.workspace.conflict_gate import ConflictGate, recusal_lines
from investigator_app.gui.workspace.files_view import FilesView
from investigator_app.gui.workspace.interviews_panel import InterviewsPanel
from investigator_app.gui.workspace.investigation_panel import InvestigationPanel
from investigator_app.gui.workspace.notes_panel import NotesPanel
from investigator_app.gui.workspace.plain_text import set_plain
from investigator_app.gui.workspace.related_cases_view import RelatedCasesView
from investigator_app.gui.workspace.timeline_view import TimelineView
from investigator_app.protocol import PersonOut
from investigator_app.store.views import CaseDetail, RefusedAction


class Tab(IntEnum):
    """The workspace's tabs, in their order."""

    OVERVIEW = 0
    INVESTIGATION = 1
    INTERVIEWS = 2  # Verhoren: a tab made in code, not in the form
    MESSAGES = 3
    NOTES = 4
    FILES = 5
    TIMELINE = 6


def plain_tooltip(text: str) -> str:
    """Qt renders a tooltip that looks like HTML as HTML; text from users never is."""
    return f'<p style="white-space:pre-wrap">{html.escape(text)}</p>'


class CompactTabStyle(QProxyStyle):
    """The application's style, with tabs padded a little less."""

    def pixelMetric(
        self,
        metric: QStyle.PixelMetric,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> int:
        value = super().pixelMetric(metric, option, widget)
        if metric is QStyle.PixelMetric.PM_TabBarTabHSpace:
            return min(value, 12)
        return value


class CasePane(QWidget):
    action_requested = Signal(str, object)  # case id, Action
    retry_requested = Signal(str)  # op id
    discard_requested = Signal(str)  # op id
    undo_requested = Signal(str)  # op id of an action still in the outbox
    remind_requested = Signal(str, str)  # case id, message id
    cancel_request_requested = Signal(str, str)  # case id, message id
    open_attachment_requested = Signal(str, object)  # case id, AttachmentView
    reveal_identity_requested = Signal(str)  # case id
    declare_no_conflict_requested = Signal(str)  # case id
    recusal_requested = Signal(str)  # case id
    related_case_requested = Signal(str)  # case id of a related case to select

    def __init__(
        self,
        identities: RevealedIdentities,
        parent: QWidget | None = None,
        *,
        colleagues: list[PersonOut] | None = None,
    ) -> None:
        """``identities``: the session's revealed identities, which the pane shows and hides
        (it keeps none itself); ``colleagues``: the department's people (task owners)."""
        super().__init__(parent)
        self.ui = Ui_CasePane()
        self.ui.setupUi(self)
        self._case: CaseDetail | None = None
        self._refused: RefusedAction | None = None
        self._colleagues = list(colleagues or [])
        self.header = CaseHeader(self.ui, self)
        self.header.undo_requested.connect(self.undo_requested)
        self.header.messages_requested.connect(lambda: self.show_tab(Tab.MESSAGES))
        self.action_bar = CaseActionBar(self.ui, self)
        self.action_bar.action_requested.connect(self._request)
        self.action_bar.reveal_identity_requested.connect(self._on_reveal_clicked)
        self._build_tabs()
        self.ui.retryButton.clicked.connect(self._on_retry_clicked)
        self.ui.discardButton.clicked.connect(self._on_discard_clicked)
        self._set_up_identity(identities)
        # Until the user declared on a case, the stack shows this gate instead of the case.
        self.conflict_gate = ConflictGate(self.ui.stack)
        self.ui.stack.addWidget(self.conflict_gate)
        self.conflict_gate.declared.connect(self.declare_no_conflict_requested)
        self.conflict_gate.recusal_requested.connect(self.recusal_requested)
        self.recusal_label = self.ui.recusalLabel
        self.show_case(None, [], datetime.now().astimezone(), DeadlinePolicy())

    def _build_tabs(self) -> None:
        ui = self.ui
        self.case_tabs = ui.caseTabs
        # Six tabs fit the pane at 1366×768 with a little less padding than the style's.
        self._tab_style = CompactTabStyle()
        ui.caseTabs.tabBar().setStyle(self._tab_style)
        self.investigation_panel = InvestigationPanel(ui.investigationTab)
        ui.investigationLayout.addWidget(self.investigation_panel)
        self.interviews_panel = InterviewsPanel()
        verhoren = QCoreApplication.translate("CasePane", "Verhoren")
        ui.caseTabs.insertTab(Tab.INTERVIEWS, self.interviews_panel, verhoren)
        self.message_thread = MessageThread(ui.threadContainer)
        ui.threadLayout.addWidget(self.message_thread)
        ui.threadLayout.addStretch(1)
        self.message_thread.remind_requested.connect(self.remind_requested)
        self.message_thread.cancel_requested.connect(self.cancel_request_requested)
        self.message_thread.open_attachment_requested.connect(self.open_attachment_requested)
        # Overzicht: "Verwante meldingen", after the facts (entity and persons).
        self.related_view = RelatedCasesView(ui.overviewContents)
        ui.overviewLayout.insertWidget(
            ui.overviewLayout.indexOf(ui.closingFrame), self.related_view
        )
        self.related_view.case_requested.connect(self.related_case_requested)
        self.notes_panel = NotesPanel(ui.notesTab)
        ui.notesLayout.addWidget(self.notes_panel)
        self.notes_panel.count_changed.connect(
            lambda count: self._count_in_title(
                Tab.NOTES, QCoreApplication.translate("CasePane", "Notities"), count
            )
        )
        self.files_view = FilesView(ui.filesTab)
        ui.filesLayout.addWidget(self.files_view)
        self.files_view.open_requested.connect(self._on_open_file)
        self.timeline_view = TimelineView(ui.timelineTab)
        ui.timelineLayout.addWidget(self.timeline_view)
        # The timeline and the files are built when their tab is shown: a selection then
        # costs only what the user sees (a long history takes tens of milliseconds).
        self._stale: set[Tab] = set()
        ui.caseTabs.currentChanged.connect(self._on_tab_changed)
        self._scrolls: list[QAbstractScrollArea] = [
            ui.overviewScroll,
            self.interviews_panel.scroll_area,
            ui.threadScroll,
            self.files_view,
            self.timeline_view,
        ]

    def _set_up_identity(self, identities: RevealedIdentities) -> None:
        ui = self.ui
        ui.revealIdentityButton.setAccessibleName(
            QCoreApplication.translate("CasePane", "Toon identiteit melder")
        )
        ui.revealIdentityButton.setToolTip(
            QCoreApplication.translate(
                "CasePane",
                "Vraagt de identiteit van de melder op bij de server, met een reden. "
                "Elke opvraging wordt in de Audittrail bewaard.",
            )
        )
        ui.revealIdentityButton.clicked.connect(self._on_reveal_clicked)
        ui.identityValue.setAccessibleName(
            QCoreApplication.translate("CasePane", "Identiteit van de melder")
        )
        self.hide_identity_button = ui.hideIdentityButton
        self.hide_identity_button.setAccessibleName(
            QCoreApplication.translate("CasePane", "Verberg identiteit melder")
        )
        self.hide_identity_button.setToolTip(
            QCoreApplication.translate(
                "CasePane",
                "Haalt de identiteit uit het venster; opnieuw tonen vraagt een nieuwe reden.",
            )
        )
        self.hide_identity_button.setVisible(False)
        self.hide_identity_button.clicked.connect(self._on_hide_identity_clicked)
        self._identities = identities
        identities.changed.connect(self._on_identities_changed)

    # --- what tests, shortcuts and the window reach ----------------------------------------

    @property
    def current_case(self) -> CaseDetail | None:
        return self._case

    @property
    def case_id(self) -> str | None:
        return self._case.id if self._case else None

    def action(self, action: Action) -> QAction:
        """The command of a case action (enabled when the life cycle allows it now)."""
        return self.action_bar.actions[action]

    def trigger(self, action: Action) -> bool:
        """Do what the command does, when it is possible now; False when it is not."""
        command = self.action_bar.actions.get(action)
        if command is None or not command.isEnabled() or self._case is None:
            return False
        command.trigger()
        return True

    def set_colleagues(self, colleagues: list[PersonOut]) -> None:
        self._colleagues = list(colleagues)

    def show_tab(self, tab: Tab) -> None:
        self.case_tabs.setCurrentIndex(int(tab))

    def tab_text(self, tab: Tab) -> str:
        return self.case_tabs.tabText(int(tab))

    # --- showing a case ---------------------------------------------------------------------

    def show_case(
        self,
        case: CaseDetail | None,
        refused: list[RefusedAction],
        now: datetime,
        policy: DeadlinePolicy,
    ) -> None:
        same_case = case is not None and self._case is not None and case.id == self._case.id
        if not same_case:
            self.header.forget_unread()
        self._case = case
        declared = case is not None and case.conflict_declared
        self.notes_panel.show_case(case if declared else None)
        self.action_bar.show_case(case if declared else None)
        if case is None:
            self._clear_case_page()
            self.conflict_gate.clear()
            self.ui.stack.setCurrentWidget(self.ui.emptyPage)
            return
        if not declared:
            self._show_gate(case)
            return
        scrolled = [area.verticalScrollBar().value() for area in self._scrolls]
        self.conflict_gate.clear()
        self.ui.stack.setCurrentWidget(self.ui.casePage)
        self.header.show_case(case, now, policy)
        self._show_overview(case)
        self.investigation_panel.show_case(case, self._colleagues, now.astimezone(BRUSSELS).date())
        self.message_thread.show_case(case)
        self._count_in_title(
            Tab.MESSAGES, QCoreApplication.translate("CasePane", "Berichten"), len(case.messages)
        )
        files = len(case.attachments) + sum(len(m.attachments) for m in case.messages)
        files += len(case.investigation.pieces)  # the investigators' own (evidence)
        self._count_in_title(Tab.FILES, QCoreApplication.translate("CasePane", "Stukken"), files)
        self._count_in_title(
            Tab.INTERVIEWS,
            QCoreApplication.translate("CasePane", "Verhoren"),
            InterviewsPanel.count(case),
        )
        self._stale = {Tab.INTERVIEWS, Tab.FILES, Tab.TIMELINE}
        self._render_current_tab()
        self._show_identity()
        self._show_refused(refused[0] if refused else None)
        if same_case:  # a refresh (a sync, an action) keeps the reader's place
            QTimer.singleShot(0, self, lambda: self._restore_scroll(scrolled))

    def _on_tab_changed(self, _index: int) -> None:
        self._render_current_tab()

    def _render_current_tab(self) -> None:
        tab = Tab(self.case_tabs.currentIndex())
        case = self._case
        if tab not in self._stale or case is None or not case.conflict_declared:
            return
        self._stale.discard(tab)
        if tab is Tab.INTERVIEWS:
            self.interviews_panel.show_case(case, datetime.now(BRUSSELS).date())
        elif tab is Tab.FILES:
            self.files_view.show_case(case)
        elif tab is Tab.TIMELINE:
            self.timeline_view.show_entries(case.timeline, case.closing_ground)

    def _restore_scroll(self, values: list[int]) -> None:
        for area, value in zip(self._scrolls, values, strict=True):
            area.verticalScrollBar().setValue(value)

    def _count_in_title(self, tab: Tab, title: str, count: int) -> None:
        text = (
            QCoreApplication.translate("CasePane", "%1 (%2)")
            .replace("%1", title)
            .replace("%2", str(count))
            if count
            else title
        )
        self.case_tabs.setTabText(int(tab), text)

    def _show_overview(self, case: CaseDetail) -> None:
        ui = self.ui
        self._show_recusals(case)
        ui.categoryValue.setText(category_label(case.category))
        ui.channelValue.setText(channel_label(case.channel))
        received = format_datetime(case.received_at)
        if case.forwarded_at is not None:
            received += " · " + QCoreApplication.translate(
                "CasePane", "doorgestuurd op %1"
            ).replace("%1", format_date(case.forwarded_at))
        ui.receivedValue.setText(received)
        ui.reporterValue.setText(
            QCoreApplication.translate(
                "CasePane", "%1 (identiteit vertrouwelijk, bekend bij 1700)"
            ).replace("%1", reporter_kind_label(case.reporter_kind))
        )
        set_plain(ui.entityValue, case.involved_entity)
        set_plain(
            ui.personsValue,
            "\n".join(case.involved_persons)
            or QCoreApplication.translate("CasePane", "Geen vermeld"),
        )
        set_plain(ui.descriptionValue, case.description)
        self.related_view.show_related(case.related)
        self._show_closing(case)

    def _show_closing(self, case: CaseDetail) -> None:
        """A closed case: its outcome, ground and motivation, in full."""
        ui = self.ui
        closed = case.status is Status.CLOSED
        ui.closingFrame.setVisible(closed)
        if not closed:
            ui.closingValue.clear()
            ui.closingMotivationValue.clear()
            return
        lines = []
        if case.outcome is not None:
            lines.append(
                QCoreApplication.translate("CasePane", "Uitkomst: %1").replace(
                    "%1", outcome_label(case.outcome)
                )
            )
        if case.closing_ground is not None:
            lines.append(
                QCoreApplication.translate(
                    "CasePane", "Afgerond zonder onderzoek, grond: %1"
                ).replace("%1", closing_ground_label(case.closing_ground))
            )
        closing = next((e for e in reversed(case.timeline) if e.kind is EventKind.CLOSED), None)
        moment = closing.at if closing is not None else case.closed_at
        if moment is not None:
            by = f" ({closing.actor})" if closing is not None and closing.actor else ""
            lines.append(
                QCoreApplication.translate("CasePane", "Afgerond op %1").replace(
                    "%1", format_datetime(moment)
                )
                + by
            )
        ui.closingValue.setText("\n".join(lines))
        reason = closing.reason if closing is not None else None
        set_plain(
            ui.closingMotivationValue,
            QCoreApplication.translate("CasePane", "Motivering:") + "\n" + reason
            if reason
            else QCoreApplication.translate("CasePane", "Geen motivering bewaard."),
        )

    def _clear_case_page(self) -> None:
        """Nothing of a case stays in the (hidden) case page: no case, or not declared."""
        ui = self.ui
        for label in (
            ui.referenceLabel,
            ui.statusValue,
            ui.summaryValue,
            ui.deadlineValue,
            ui.assigneeValue,
            ui.entityValue,
            ui.personsValue,
            ui.descriptionValue,
            ui.closingValue,
            ui.closingMotivationValue,
            self.recusal_label,
        ):
            label.clear()
        ui.revealIdentityButton.setVisible(False)
        self.hide_identity_button.setVisible(False)
        ui.identityValue.clear()
        ui.identityValue.setVisible(False)
        self.investigation_panel.clear()
        self.interviews_panel.clear()
        self.related_view.clear()
        self.files_view.clear()
        self.timeline_view.clear()
        self._stale = set()

    def _show_gate(self, case: CaseDetail) -> None:
        """Only the reference, entity and persons until the user declared; the case page
        keeps nothing of this case meanwhile."""
        self._clear_case_page()
        self.conflict_gate.show_case(case)
        self.ui.stack.setCurrentWidget(self.conflict_gate)

    def _show_recusals(self, case: CaseDetail) -> None:
        """Who stepped aside for a conflict of interest (and why, when they said)."""
        lines = recusal_lines(
            case.recusals, QCoreApplication.translate("CasePane", "(nog niet verzonden)")
        )
        if case.needs_reassignment:
            lines.insert(
                0,
                QCoreApplication.translate(
                    "CasePane",
                    "Te herverdelen: iemand onthield zich wegens een belangenconflict. "
                    "Een leidinggevende wijst de melding opnieuw toe.",
                ),
            )
        elif lines:
            lines.insert(
                0, QCoreApplication.translate("CasePane", "Onthouden wegens een belangenconflict:")
            )
        set_plain(self.recusal_label, "\n".join(lines))
        self.recusal_label.setVisible(bool(lines))

    # --- the reporter's identity (the session's, never stored) ----------------------------

    def _on_hide_identity_clicked(self) -> None:
        if self._case is not None:
            self._identities.hide(self._case.id)  # the pane follows its changed signal

    def _on_identities_changed(self, _case_id: str) -> None:
        self._show_identity()

    def _show_identity(self) -> None:
        """The session's identity for the shown case, if one was revealed."""
        label = self.ui.identityValue
        shown = self._case is not None and self._case.conflict_declared
        revealed = self._identities.get(self._case.id) if shown and self._case else None
        self.hide_identity_button.setVisible(revealed is not None)
        self.ui.revealIdentityButton.setVisible(shown and revealed is None)
        self.action_bar.reveal_action.setEnabled(shown and revealed is None)
        if revealed is None:
            label.clear()
            label.setVisible(False)
            return
        identity = revealed.identity
        lines = [
            QCoreApplication.translate(
                "CasePane", "Identiteit van de melder (enkel voor deze sessie, niet bewaard)"
            ),
            QCoreApplication.translate("CasePane", "Naam: %1").replace("%1", identity.name or "—"),
            QCoreApplication.translate("CasePane", "Organisatie: %1").replace(
                "%1", identity.organisation or "—"
            ),
            QCoreApplication.translate("CasePane", "E-mail: %1").replace(
                "%1", identity.email or "—"
            ),
            QCoreApplication.translate("CasePane", "Telefoon: %1").replace(
                "%1", identity.phone or "—"
            ),
            QCoreApplication.translate("CasePane", "Taal: %1").replace(
                "%1", identity.language.value.upper()
            ),
        ]
        set_plain(label, "\n".join(lines), break_long=False)  # an address is copied whole
        label.setVisible(True)

    # --- a refused action ---------------------------------------------------------------

    def _show_refused(self, refused: RefusedAction | None) -> None:
        self._refused = refused
        self.ui.refusedFrame.setVisible(refused is not None)
        if refused is None:
            return
        if refused.refusal == "conflict":
            text = QCoreApplication.translate(
                "CasePane",
                "Uw actie '%1' werd niet uitgevoerd: een collega wijzigde deze melding eerst. "
                "Bekijk de huidige toestand en voer de actie opnieuw uit of verwerp ze.",
            )
        elif refused.refusal == "failed":  # the technical reason (English) as its tooltip
            text = QCoreApplication.translate(
                "CasePane",
                "Uw actie '%1' werd niet uitgevoerd: de server kon deze actie niet verwerken, "
                "ook niet na enkele pogingen. Probeer ze later opnieuw of verwerp ze.",
            )
        else:
            text = QCoreApplication.translate(
                "CasePane", "Uw actie '%1' werd door de server geweigerd: %2"
            )
        try:
            what = action_label(refused.action)
        except KeyError:  # an action without a case-action label (the investigation's)
            what = queued_text(refused.action)
        set_plain(self.ui.refusedLabel, text.replace("%1", what).replace("%2", refused.message))
        failed = refused.refusal == "failed"
        self.ui.refusedLabel.setToolTip(plain_tooltip(refused.message) if failed else "")

    # --- requests to the window -----------------------------------------------------------

    def _request(self, action: Action) -> None:
        if self._case is not None:
            self.action_requested.emit(self._case.id, action)

    def _on_open_file(self, attachment: object) -> None:
        if self._case is not None:
            self.open_attachment_requested.emit(self._case.id, attachment)

    def _on_reveal_clicked(self) -> None:
        if self._case is not None:
            self.reveal_identity_requested.emit(self._case.id)

    def _on_retry_clicked(self) -> None:
        if self._refused is not None:
            self.retry_requested.emit(self._refused.op_id)

    def _on_discard_clicked(self) -> None:
        if self._refused is not None:
            self.discard_requested.emit(self._refused.op_id)
