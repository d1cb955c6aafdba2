"""The main window: case list with filters on the left, the selected case on the right."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from investigator_app.domain.deadlines import DEFAULT_POLICY, DeadlinePolicy
from investigator_app.domain.lifecycle import Action, allowed_outcomes
from investigator_app.domain.vocabulary import Category, Status
from investigator_app.gui.case_controller import CaseController
from investigator_app.gui.case_dialogs import AssignDialog, CloseCaseDialog, ReturnCaseDialog
from investigator_app.gui.case_pane import CasePane
from investigator_app.gui.case_table import (
    AWAITING_ANSWER_FILTER,
    NEEDS_REASSIGNMENT_FILTER,
    OPEN_FILTER,
    CaseFilterProxy,
    CaseTableModel,
    Column,
)
from investigator_app.gui.declaration_actions import DeclarationActions
from investigator_app.gui.formatting import format_datetime, format_time
from investigator_app.gui.forms.ui_main_window import Ui_MainWindow
from investigator_app.gui.icons import icon
from investigator_app.gui.identity_reveal import IdentityReveal
from investigator_app.gui.labels import category_label, status_label
from investigator_app.gui.message_actions import HANDLED as MESSAGE_DIALOG_ACTIONS
from investigator_app.gui.message_actions import MessageActions
from investigator_app.gui.messages import sync_failure_message
from investigator_app.gui.shortcuts import (
    Command,
    ShortcutsDialog,
    apply_shortcuts,
    find_actions,
    help_entries,
    is_connected,
)
from investigator_app.gui.theme import ThemeWatcher, warning_style
from investigator_app.protocol import PersonOut
from investigator_app.settings import (
    CASE_TABLE_HEADER,
    SPLITTER_STATE,
    WINDOW_GEOMETRY,
    WINDOW_STATE,
    AppSettings,
)
from investigator_app.store.views import CaseSummary

log = logging.getLogger("investigator_app.gui.main_window")

DEADLINE_REFRESH_MS = 60_000


class MainWindow(QMainWindow):
    sync_requested = Signal()
    sign_out_requested = Signal()
    settings_requested = Signal()
    dashboard_requested = Signal()
    lock_requested = Signal()

    def __init__(
        self,
        controller: CaseController,
        settings: AppSettings,
        *,
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
        self.message_actions = MessageActions(self, controller, department_name)
        self.setWindowTitle(
            self.tr("Integriteitsmeldingen — %1 — %2")
            .replace("%1", department_name)
            .replace("%2", display_name)
        )

        self.model = CaseTableModel(self)
        self.model.set_policy(policy)
        self.proxy = CaseFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        table = self.ui.caseTable
        table.setModel(self.proxy)
        table.sortByColumn(Column.DEADLINE, self.proxy.sortOrder().AscendingOrder)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in (
            (Column.REFERENCE, 130),
            (Column.RECEIVED, 80),
            (Column.CATEGORY, 145),
            (Column.ENTITY, 160),
            (Column.STATUS, 145),
            (Column.DEADLINE, 115),
        ):
            table.setColumnWidth(column, width)

        self.case_pane = CasePane(self.ui.casePanel)
        layout = QVBoxLayout(self.ui.casePanel)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.case_pane)
        self.ui.splitter.setStretchFactor(0, 3)
        self.ui.splitter.setStretchFactor(1, 2)

        self._fill_filters()
        self._build_status_bar()
        self._connect()
        self._add_lock_action()
        self._install_commands()
        self._follow_theme()
        self._restore_layout()

        self._deadline_timer = QTimer(self)
        self._deadline_timer.setInterval(DEADLINE_REFRESH_MS)
        self._deadline_timer.timeout.connect(self.on_deadline_tick)
        self._deadline_timer.start()

        controller.load_all_rows()  # the list fills as soon as the store is read
        self._update_count()

    # --- set-up -------------------------------------------------------------------------

    def _fill_filters(self) -> None:
        status = self.ui.statusFilter
        status.addItem(self.tr("Alle statussen"), None)
        status.addItem(self.tr("Alle open meldingen"), OPEN_FILTER)
        status.addItem(self.tr("Wacht op antwoord"), AWAITING_ANSWER_FILTER)
        status.addItem(self.tr("Te herverdelen"), NEEDS_REASSIGNMENT_FILTER)
        for value in (
            Status.FORWARDED,
            Status.ACKNOWLEDGED,
            Status.ASSESSING,
            Status.INVESTIGATING,
            Status.CLOSED,
        ):
            status.addItem(status_label(value), value.value)
        category = self.ui.categoryFilter
        category.addItem(self.tr("Alle categorieën"), None)
        for kind in Category:
            category.addItem(category_label(kind), kind.value)

    def _build_status_bar(self) -> None:
        bar = self.ui.statusBar
        self.online_label = QLabel(self)
        self.sync_label = QLabel(self.tr("Nog niet gesynchroniseerd"), self)
        for label in (self.online_label, self.sync_label):
            label.setTextFormat(Qt.TextFormat.PlainText)
        self.progress = QProgressBar(self)
        self.progress.setMaximumWidth(200)
        self.progress.setTextVisible(True)
        self.progress.setVisible(False)
        self.progress.setAccessibleName(self.tr("Voortgang van de synchronisatie"))
        bar.addPermanentWidget(self.progress)
        bar.addPermanentWidget(self.sync_label)
        bar.addPermanentWidget(self.online_label)

    def _connect(self) -> None:
        self.ui.searchEdit.textChanged.connect(self.on_search_changed)
        self.ui.statusFilter.currentIndexChanged.connect(self.on_status_filter_changed)
        self.ui.categoryFilter.currentIndexChanged.connect(self.on_category_filter_changed)
        self.ui.caseTable.selectionModel().selectionChanged.connect(self.on_selection_changed)
        self.proxy.rowsInserted.connect(self._update_count)
        self.proxy.rowsRemoved.connect(self._update_count)
        self.proxy.modelReset.connect(self._update_count)
        self.ui.actionSync.triggered.connect(self.sync_requested)
        self.ui.actionSignOut.triggered.connect(self.sign_out_requested)
        self.ui.actionQuit.triggered.connect(self.close)
        self.case_pane.action_requested.connect(self.on_action_requested)
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
        declarations.status_message.connect(self.on_action_failed)
        notes = self.case_pane.notes_panel
        notes.add_note_requested.connect(self._controller.add_note)
        notes.edit_note_requested.connect(self._controller.edit_note)
        self._controller.cases_changed.connect(self.on_cases_changed)
        self._controller.rows_changed.connect(self.on_rows_changed)
        self._controller.action_failed.connect(self.on_action_failed)
        self._controller.actions_refused.connect(self.on_actions_refused)

    def enable_identity_reveal(self, credentials: Callable[[], tuple[str, str]]) -> None:
        """'Toon identiteit melder…' with the session's service address and token."""
        self.identity_reveal = IdentityReveal(self.case_pane, credentials, self)

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
        commands[Command.HELP].triggered.connect(self.show_shortcuts)
        commands[Command.SEARCH].triggered.connect(self.focus_search)
        commands[Command.NEXT_CASE].triggered.connect(lambda: self.step_case(1))
        commands[Command.PREVIOUS_CASE].triggered.connect(lambda: self.step_case(-1))
        for command, action in (
            (Command.ACKNOWLEDGE, Action.ACKNOWLEDGE),
            (Command.ASSIGN, Action.ASSIGN),
            (Command.REQUEST_INFO, Action.REQUEST_INFO),
            (Command.CLOSE_CASE, Action.CLOSE),
        ):
            commands[command].triggered.connect(lambda _=False, a=action: self.press_case_action(a))
        self.refresh_command_visibility()

    def _follow_theme(self) -> None:
        """Light or dark as the system switches: re-pick the colours we set ourselves."""
        self.theme_watcher = ThemeWatcher(self)
        self.theme_watcher.changed.connect(self.on_theme_changed)

    def on_theme_changed(self, _dark: bool) -> None:
        if self.online_label.styleSheet():
            self.online_label.setStyleSheet(warning_style())
        self.model.refresh_theme()

    def refresh_command_visibility(self) -> None:
        """Export and print show once their feature handles them; request-info once the
        case pane offers it."""
        for command in (Command.EXPORT, Command.PRINT):
            self.commands[command].setVisible(is_connected(self.commands[command]))
        self.commands[Command.REQUEST_INFO].setVisible(
            self._case_button(Action.REQUEST_INFO) is not None
        )

    def show_shortcuts(self) -> None:
        self.refresh_command_visibility()
        ShortcutsDialog(help_entries(self.commands), self).exec()

    def focus_search(self) -> None:
        self.ui.searchEdit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.searchEdit.selectAll()

    def step_case(self, step: int) -> None:
        rows = self.proxy.rowCount()
        if rows == 0:
            return
        current = self.ui.caseTable.selectionModel().selectedRows()
        row = 0 if not current else min(max(current[0].row() + step, 0), rows - 1)
        self.ui.caseTable.selectRow(row)
        self.ui.caseTable.scrollTo(self.proxy.index(row, 0))

    def _case_button(self, action: Action) -> QPushButton | None:
        try:
            return self.case_pane.button(action)
        except KeyError:  # the pane does not offer this action (yet)
            return None

    def press_case_action(self, action: Action) -> None:
        """A shortcut does what the pane's button does, when the pane offers it now."""
        button = self._case_button(action)
        if button is not None and not button.isHidden() and button.isEnabled():
            button.click()
        else:
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
            self.ui.splitter.setSizes([self.width() * 62 // 100, self.width() * 38 // 100])
        header = self._settings.get(CASE_TABLE_HEADER)
        if not header.isEmpty():
            self.ui.caseTable.horizontalHeader().restoreState(header)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.hide_lock_page()  # the list's layout is saved (and owned) with the window
        self._settings.set(WINDOW_GEOMETRY, self.saveGeometry())
        self._settings.set(WINDOW_STATE, self.saveState())
        self._settings.set(SPLITTER_STATE, self.ui.splitter.saveState())
        self._settings.set(CASE_TABLE_HEADER, self.ui.caseTable.horizontalHeader().saveState())
        self._settings.sync()
        super().closeEvent(event)

    # --- list and selection ---------------------------------------------------------------

    def on_search_changed(self, text: str) -> None:
        self.proxy.set_search_text(text)
        self._update_count()

    def on_status_filter_changed(self, _index: int) -> None:
        data = self.ui.statusFilter.currentData()
        self.proxy.set_status_filter(
            None
            if data is None
            else (
                data
                if data in (OPEN_FILTER, AWAITING_ANSWER_FILTER, NEEDS_REASSIGNMENT_FILTER)
                else Status(data)
            )
        )
        self._update_count()

    def on_category_filter_changed(self, _index: int) -> None:
        data = self.ui.categoryFilter.currentData()
        self.proxy.set_category_filter(None if data is None else Category(data))
        self._update_count()

    def _update_count(self, *_args: object) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.ui.countLabel.setText(
            self.tr("%1 van %2 meldingen").replace("%1", str(shown)).replace("%2", str(total))
        )

    def selected_case_id(self) -> str | None:
        """The case the pane shows: the current row when it is selected (several rows may
        be, for a batch export), else the first selected one."""
        selection = self.ui.caseTable.selectionModel()
        current = selection.currentIndex()
        if current.isValid() and selection.isRowSelected(current.row()):
            return self.proxy.case_id(current.row())
        rows = selection.selectedRows()
        return self.proxy.case_id(rows[0].row()) if rows else None

    def selected_case_ids(self) -> list[str]:
        """Every selected case, in list order (batch export)."""
        rows = sorted(index.row() for index in self.ui.caseTable.selectionModel().selectedRows())
        return [self.proxy.case_id(row) for row in rows]

    def select_case(self, case_id: str) -> bool:
        row = self.model.row_of(case_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        # Not selectRow(): in extended selection it follows the keyboard modifiers held at
        # that moment (Ctrl toggles), and this selects one case whatever the keyboard says.
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.ui.caseTable.selectionModel().setCurrentIndex(index, flags)
        self.ui.caseTable.scrollTo(index)
        return True

    def on_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        case_id = self.selected_case_id()
        self._show_case(case_id)
        if case_id is not None:
            self._controller.mark_read(case_id)  # the user opened it: answers are read

    def _show_case(self, case_id: str | None) -> None:
        detail = self._controller.detail(case_id) if case_id else None
        refused = self._controller.refused_for(case_id) if case_id else []
        self.case_pane.show_case(detail, refused, self._controller.now(), self._policy)

    def on_rows_changed(self, rows: list[CaseSummary], gone: list[str]) -> None:
        self.model.upsert(rows)
        self.model.remove(gone)

    def on_cases_changed(self, case_ids: list[str]) -> None:
        current = self.case_pane.case_id
        if current is not None and current in case_ids:
            self._show_case(self.selected_case_id())

    def on_deadline_tick(self) -> None:
        self.model.refresh_deadlines(self._controller.now())

    # --- actions ---------------------------------------------------------------------

    def on_action_requested(self, case_id: str, action: Action) -> None:
        detail = self._controller.detail(case_id)
        if detail is None:
            return
        if action is Action.ASSIGN:
            assign = AssignDialog(self._colleagues, self._my_id, detail.assignee_id, self)
            if assign.exec():
                self._controller.perform(case_id, action, assignee_id=assign.assignee_id())
        elif action is Action.CLOSE:
            close = CloseCaseDialog(allowed_outcomes(detail.status), self)
            if close.exec():
                self._controller.perform(
                    case_id, action, outcome=close.outcome(), reason=close.motivation()
                )
        elif action is Action.RETURN_TO_1700:
            back = ReturnCaseDialog(self)
            if back.exec():
                self._controller.perform(case_id, action, reason=back.reason())
        elif action in MESSAGE_DIALOG_ACTIONS:
            self.message_actions.perform(detail, action)
        else:
            self._controller.perform(case_id, action)

    def on_action_failed(self, message: str) -> None:
        self.ui.statusBar.showMessage(message, 15_000)

    def on_actions_refused(self, count: int) -> None:
        self.ui.statusBar.showMessage(
            self.tr("%n actie(s) niet uitgevoerd: open de gemarkeerde melding(en).", "", count),
            30_000,
        )

    # --- sync status (connected to the runner by the composition root) -----------------

    def on_sync_started(self) -> None:
        self.sync_label.setText(self.tr("Bezig met synchroniseren…"))

    def on_sync_progress(self, done: int, total: int) -> None:
        if total <= 0:
            return
        self.progress.setVisible(True)
        self.progress.setRange(0, total)
        self.progress.setValue(min(done, total))
        self.progress.setFormat(self.tr("%v van %m meldingen"))

    def on_sync_finished(self, at: datetime | None) -> None:
        self.progress.setVisible(False)
        if at is not None:
            self.sync_label.setText(
                self.tr("Laatst gesynchroniseerd om %1").replace("%1", format_time(at))
            )
            self.sync_label.setToolTip(format_datetime(at))

    def on_online_changed(self, online: bool) -> None:
        if online:
            self.online_label.setText(self.tr("Online"))
            self.online_label.setStyleSheet("")
        else:
            self.online_label.setText(self.tr("Offline — wijzigingen worden later verstuurd"))
            self.online_label.setStyleSheet(warning_style())

    def on_sync_failed(self, kind: str, _message: str) -> None:
        # The runner's message is English and meant for the log; the user gets Dutch.
        self.progress.setVisible(False)
        self.ui.statusBar.showMessage(sync_failure_message(kind), 15_000)

    def show_signed_out(self) -> None:
        self.online_label.setText(self.tr("Niet aangemeld — wijzigingen blijven bewaard"))
        self.online_label.setStyleSheet(warning_style())
