"""The main window: case list with filters on the left, the selected case on the right."""

from __future__ import annotations

import logging
from collections.abc import Callable, Collection
from datetime import datetime

from PySide6.QtCore import QItemSelection, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import QMainWindow, QVBoxLayout, QWidget

from investigator_app.desktop.settings import (
    CASE_TABLE_HEADER,
    SPLITTER_STATE,
    WINDOW_GEOMETRY,
    WINDOW_STATE,
    AppSettings,
)
from investigator_app.domain.deadlines import BRUSSELS, DEFAULT_POLICY, DeadlinePolicy
from investigator_app.domain.lifecycle import Action
from investigator_app.gui.common.icons import icon
from investigator_app.gui.common.theme import ThemeWatcher
from investigator_app.gui.conversation.message_actions import MessageActions
from investigator_app.gui.forms.ui_main_window import Ui_MainWindow
from investigator_app.gui.session.reveal_session import RevealedIdentities
from investigator_app.gui.shell.case_filter import WordSearch
from investigator_app.gui.shell.case_list import CaseList
from investigator_app.gui.shell.my_tasks import MyTasksDialog
from investigator_app.gui.shell.shortcuts import (
    Command,
    ShortcutsDialog,
    apply_shortcuts,
    find_actions,
    help_entries,
    is_connected,
)
from investigator_app.gui.shell.sync_status import SyncStatus
from investigator_app.gui.workspace.action_texts import command_text, with_mnemonic
from investigator_app.gui.workspace.case_actions import CaseActions
from investigator_app.gui.workspace.case_controller import CaseController
from investigator_app.gui.workspace.case_pane import CasePane
from investigator_app.gui.workspace.declaration_actions import DeclarationActions
from investigator_app.gui.workspace.identity_reveal import IdentityReveal
from investigator_app.protocol import PersonOut
from investigator_app.store.views import CaseSummary

log = logging.getLogger("investigator_app.gui.shell.main_window")

DEADLINE_REFRESH_MS = 60_000
CASE_MENU_COMMANDS: tuple[tuple[Command, Action], ...] = (
    (Command.ACKNOWLEDGE, Action.ACKNOWLEDGE),
    (Command.ASSIGN, Action.ASSIGN),
    (Command.REQUEST_INFO, Action.REQUEST_INFO),
    (Command.CLOSE_CASE, Action.CLOSE),
)
"""The "Melding" menu's items that do what the workspace's commands do."""
MY_TASKS_REFRESH_MS = 300  # rows arrive in bursts during a sync: read the tasks once after


class MainWindow(QMainWindow):
    sync_requested = Signal()
    sign_out_requested = Signal()
    settings_requested = Signal()
    dashboard_requested = Signal()
    yearly_report_requested = Signal()  # Overzicht → Jaarverslag… (managers only)
    lock_requested = Signal()
    forget_workstation_requested = Signal()

    def __init__(
        self,
        controller: CaseController,
        settings: AppSettings,
        *,
        identities: RevealedIdentities,
        my_id: str,
        display_name: str,
        department_name: str,
        colleagues: list[PersonOut],
        policy: DeadlinePolicy = DEFAULT_POLICY,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self._controller = controller
        self._settings = settings
        self._my_id = my_id
        self._colleagues = colleagues
        self._policy = policy
        self._identities = identities  # the session's, owned by the composition root
        self.message_actions = MessageActions(self, controller, department_name)
        self.setWindowTitle(
            self.tr("Integriteitsmeldingen — %1 — %2")
            .replace("%1", department_name)
            .replace("%2", display_name)
        )

        self.case_list = CaseList(self.ui, policy, self)  # with the search and filters
        self.model, self.proxy = self.case_list.model, self.case_list.proxy

        self.case_pane = CasePane(identities, self.ui.casePanel, colleagues=colleagues)
        layout = QVBoxLayout(self.ui.casePanel)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.case_pane)
        self.ui.splitter.setStretchFactor(0, 29)
        self.ui.splitter.setStretchFactor(1, 21)

        self.sync_status = SyncStatus(self.ui.statusBar, self)
        self._connect()
        self._add_lock_action()
        self._install_commands()
        self._follow_theme()
        self._restore_layout()

        self._deadline_timer = QTimer(self)
        self._deadline_timer.setInterval(DEADLINE_REFRESH_MS)
        self._deadline_timer.timeout.connect(self.on_deadline_tick)
        self._deadline_timer.start()
        self.my_tasks: MyTasksDialog | None = None  # Overzicht → Mijn taken…, once opened
        self._my_tasks_timer = QTimer(self)
        self._my_tasks_timer.setSingleShot(True)
        self._my_tasks_timer.setInterval(MY_TASKS_REFRESH_MS)
        self._my_tasks_timer.timeout.connect(self._refresh_my_tasks)

        controller.load_all_rows()  # the list fills as soon as the store is read
        self.case_list.update_count()

    # --- set-up -------------------------------------------------------------------------

    def _connect(self) -> None:
        self.ui.caseTable.selectionModel().selectionChanged.connect(self.on_selection_changed)
        self.ui.actionSync.triggered.connect(self.sync_requested)
        self.ui.actionSignOut.triggered.connect(self.sign_out_requested)
        self.ui.actionForgetWorkstation.triggered.connect(self.forget_workstation_requested)
        self.ui.actionQuit.triggered.connect(self.close)
        self.case_actions = CaseActions(
            self, self._controller, self.message_actions, self._colleagues, self._my_id
        )
        self.case_actions.connect_pane(self.case_pane)  # actions, undo, the Onderzoek tab
        self.case_actions.status_message.connect(self.on_action_failed)
        self.case_pane.retry_requested.connect(self._controller.retry)
        self.case_pane.discard_requested.connect(self._controller.discard)
        messages = self.message_actions
        self.case_pane.remind_requested.connect(messages.on_remind_requested)
        self.case_pane.cancel_request_requested.connect(messages.on_cancel_request_requested)
        self.case_pane.open_attachment_requested.connect(messages.on_open_attachment_requested)
        messages.status_message.connect(self.on_action_failed)
        declarations = DeclarationActions(self, self._controller)
        self.case_pane.declare_no_conflict_requested.connect(declarations.on_declare_no_conflict)
        self.case_pane.recusal_requested.connect(declarations.on_recusal_requested)
        self.case_pane.related_case_requested.connect(self.select_case)  # Verwante meldingen
        declarations.status_message.connect(self.on_action_failed)
        notes = self.case_pane.notes_panel
        notes.add_note_requested.connect(self._controller.add_note)
        notes.edit_note_requested.connect(self._controller.edit_note)
        self._controller.cases_changed.connect(self.on_cases_changed)
        self._controller.rows_changed.connect(self.on_rows_changed)
        self._controller.action_failed.connect(self.on_action_failed)
        self._controller.actions_refused.connect(self.on_actions_refused)

    def enable_identity_reveal(self, credentials: Callable[[], tuple[str, str]]) -> None:
        """'Toon identiteit melder…' with the session's service address and token; what it
        reveals goes into the session's identities."""
        self.identity_reveal = IdentityReveal(self.case_pane, self._identities, credentials, self)

    def _add_lock_action(self) -> None:
        """Bestand → Vergrendelen (Ctrl+L from the shortcuts table): the idle lock at once."""
        self.lock_action = QAction(self.tr("&Vergrendelen"), self)
        self.lock_action.setObjectName("actionLock")
        self.ui.menuFile.insertAction(self.ui.actionSignOut, self.lock_action)
        self.lock_action.triggered.connect(self.lock_requested)
        self._case_content: QWidget | None = None  # the list and pane while locked

    def show_lock_page(self, page: QWidget) -> None:
        """Locked: the lock page replaces list, filters and pane. They leave the window
        (and with it the accessibility tree) until ``hide_lock_page``."""
        if self._case_content is not None:
            return
        self._case_content = self.takeCentralWidget()
        self.setCentralWidget(page)
        page.show()

    def hide_lock_page(self) -> None:
        content, self._case_content = self._case_content, None
        if content is None:
            return
        page = self.takeCentralWidget()
        if page is not None:
            page.hide()
            page.setParent(None)  # type: ignore[call-overload]
        self.setCentralWidget(content)
        content.show()

    def _install_commands(self) -> None:
        """Menus, shortcuts and icons from the one table in gui/shortcuts.py."""
        self.commands = find_actions(self)
        apply_shortcuts(self.commands)
        self.ui.actionSignOut.setIcon(icon("sign-out"))
        for menu in (self.ui.menuFile, self.ui.menuCase):
            menu.aboutToShow.connect(self.refresh_command_visibility)
        commands = self.commands
        commands[Command.SETTINGS].triggered.connect(self.settings_requested)
        commands[Command.DASHBOARD].triggered.connect(self.dashboard_requested)
        commands[Command.MY_TASKS].triggered.connect(self.show_my_tasks)
        commands[Command.HELP].triggered.connect(self.show_shortcuts)
        commands[Command.SEARCH].triggered.connect(self.case_list.focus_search)
        commands[Command.NEXT_CASE].triggered.connect(lambda: self.case_list.step(1))
        commands[Command.PREVIOUS_CASE].triggered.connect(lambda: self.case_list.step(-1))
        for command, action in CASE_MENU_COMMANDS:
            item = commands[command]
            # The workspace's words for the same command (the form's access key kept).
            item.setText(with_mnemonic(command_text(action), item.text()))
            item.triggered.connect(lambda _=False, a=action: self.press_case_action(a))
        self.refresh_command_visibility()

    def _follow_theme(self) -> None:
        """Light or dark as the system switches: re-pick the colours we set ourselves."""
        self.theme_watcher = ThemeWatcher(self)
        self.theme_watcher.changed.connect(self.on_theme_changed)

    def on_theme_changed(self, _dark: bool) -> None:
        self.sync_status.refresh_theme()
        self.model.refresh_theme()

    def refresh_command_visibility(self) -> None:
        """Export and print show once their feature handles them; request-info once the
        case pane offers it."""
        for command in (Command.EXPORT, Command.PRINT):
            self.commands[command].setVisible(is_connected(self.commands[command]))
        self.commands[Command.REQUEST_INFO].setVisible(True)  # the pane always offers it

    def show_shortcuts(self) -> None:
        self.refresh_command_visibility()
        ShortcutsDialog(help_entries(self.commands), self).exec()

    def press_case_action(self, action: Action) -> None:
        """A shortcut does what the pane's command does, when the pane allows it now."""
        if not self.case_pane.trigger(action):
            self.ui.statusBar.showMessage(
                self.tr("Deze actie is nu niet mogelijk voor de gekozen melding."), 5_000
            )

    def _restore_layout(self) -> None:
        geometry = self._settings.get(WINDOW_GEOMETRY)
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        state = self._settings.get(WINDOW_STATE)
        if not state.isEmpty():
            self.restoreState(state)
        splitter = self._settings.get(SPLITTER_STATE)
        if not splitter.isEmpty():
            self.ui.splitter.restoreState(splitter)
        else:
            # First start: the list, with all its columns, gets the larger part.
            self.ui.splitter.setSizes([self.width() * 58 // 100, self.width() * 42 // 100])
        header = self._settings.get(CASE_TABLE_HEADER)
        if not header.isEmpty():
            self.ui.caseTable.horizontalHeader().restoreState(header)
            # An older layout must not cut the reference off; dragged widths stay.
            self.case_list.columns.apply(keep_dragged=True)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.hide_lock_page()  # the list's layout is saved (and owned) with the window
        self._settings.set(WINDOW_GEOMETRY, self.saveGeometry())
        self._settings.set(WINDOW_STATE, self.saveState())
        self._settings.set(SPLITTER_STATE, self.ui.splitter.saveState())
        self._settings.set(CASE_TABLE_HEADER, self.ui.caseTable.horizontalHeader().saveState())
        self._settings.sync()
        super().closeEvent(event)

    # --- list and selection ---------------------------------------------------------------

    def selected_case_id(self) -> str | None:
        """The case the pane shows (see ``CaseList.selected_case_id``)."""
        return self.case_list.selected_case_id()

    def selected_case_ids(self) -> list[str]:
        """Every selected case, in list order (batch export)."""
        return self.case_list.selected_case_ids()

    def select_case(self, case_id: str) -> bool:
        return self.case_list.select_case(case_id)

    def select_first_case(self) -> None:
        """The list's first case, unless one is selected already (the screenshot)."""
        self.case_list.select_first()

    def set_word_search(self, word_search: WordSearch) -> None:
        """The search also finds words of the sealed texts, through the store's keyed index."""
        self.case_list.set_word_search(word_search)

    def on_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        case_id = self.selected_case_id()
        self._show_case(case_id)
        if case_id is not None:
            self._controller.mark_read(case_id)  # the user opened it: answers are read
            self._controller.mark_opened(case_id)  # and it is no longer new

    def _show_case(self, case_id: str | None) -> None:
        detail = self._controller.detail(case_id) if case_id else None
        refused = self._controller.refused_for(case_id) if case_id else []
        self.case_pane.show_case(detail, refused, self._controller.now(), self._policy)

    def on_rows_changed(self, rows: list[CaseSummary], gone: list[str]) -> None:
        self.model.upsert(rows)
        self.model.remove(gone)
        if self.my_tasks is not None and self.my_tasks.isVisible():
            self._my_tasks_timer.start()

    # --- my tasks -------------------------------------------------------------------------

    def show_my_tasks(self) -> MyTasksDialog:
        """Overzicht → Mijn taken…: one window, brought forward when open already."""
        if self.my_tasks is None:
            controller = self._controller
            self.my_tasks = MyTasksDialog(
                controller.my_tasks,
                lambda: controller.now().astimezone(BRUSSELS).date(),
                self,
            )
            self.my_tasks.open_case_requested.connect(self.open_case)
        else:
            self.my_tasks.refresh()
        self.my_tasks.show()
        self.my_tasks.raise_()
        self.my_tasks.activateWindow()
        return self.my_tasks

    def enable_yearly_report(self) -> QAction:
        """Overzicht → Jaarverslag…: shown to a department's manager only."""
        action = QAction(self.tr("&Jaarverslag…"), self)
        action.setObjectName("actionYearlyReport")
        action.setToolTip(self.tr("Het jaarverslag van de entiteit als PDF, CSV of XLSX"))
        action.triggered.connect(self.yearly_report_requested)
        self.ui.menuView.addAction(action)
        self.yearly_report_action = action
        return action

    def show_only_cases(self, case_ids: Collection[str], what: str) -> None:
        """The list shows exactly ``case_ids`` (the cases behind a dashboard number)."""
        self.case_list.show_only(case_ids, what)
        self.raise_()
        self.activateWindow()

    def _refresh_my_tasks(self) -> None:
        if self.my_tasks is not None and self.my_tasks.isVisible():
            self.my_tasks.refresh()

    def open_case(self, case_id: str) -> bool:
        """Show ``case_id`` in the pane, clearing the search and filters if they hide it."""
        if self.select_case(case_id):
            return True
        self.case_list.clear_filters()
        return self.select_case(case_id)

    def on_cases_changed(self, case_ids: list[str]) -> None:
        current = self.case_pane.case_id
        if current is not None and current in case_ids:
            self._show_case(self.selected_case_id())

    def on_deadline_tick(self) -> None:
        self.model.refresh_deadlines(self._controller.now())

    # --- actions ---------------------------------------------------------------------

    def on_action_requested(self, case_id: str, action: Action) -> None:
        self.case_actions.perform(case_id, action)

    def on_action_failed(self, message: str) -> None:
        self.ui.statusBar.showMessage(message, 15_000)

    def on_actions_refused(self, count: int) -> None:
        self.ui.statusBar.showMessage(
            self.tr("%n actie(s) niet uitgevoerd: open de gemarkeerde melding(en).", "", count),
            30_000,
        )

    # --- sync status (connected to the runner by the composition root) -----------------

    def on_sync_started(self) -> None:
        self.sync_status.on_sync_started()

    def on_sync_progress(self, done: int, total: int) -> None:
        self.sync_status.on_sync_progress(done, total)

    def on_sync_finished(self, at: datetime | None) -> None:
        self.sync_status.on_sync_finished(at)

    def on_online_changed(self, online: bool) -> None:
        self.sync_status.on_online_changed(online)

    def on_sync_failed(self, kind: str, message: str) -> None:
        self.sync_status.on_sync_failed(kind, message)

    def show_signed_out(self) -> None:
        self.sync_status.show_signed_out()

    def show_status_message(self, text: str, msecs: int) -> None:
        """A passing sentence in the status bar."""
        self.ui.statusBar.showMessage(text, msecs)
