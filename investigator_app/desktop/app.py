"""The composition root: builds settings, keyring access, store, sync runner, controller and
windows for one signed-in account, and shuts them down in order. It wires; the decisions
live elsewhere: what the keyring keeps and how the store opens (``credentials_policy``),
the sign-in (``gui/sign_in``), what the user is told (``gui/account_dialogs``)."""

from __future__ import annotations

import gc
import logging
import shutil
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from investigator_app.dashboard.facts import load_facts
from investigator_app.desktop.browser_sign_in import BrowserOpener
from investigator_app.desktop.credentials import TokenStore
from investigator_app.desktop.credentials_policy import AccountCredentials
from investigator_app.desktop.i18n import current_language
from investigator_app.desktop.settings import IDLE_LOCK_MINUTES, SYNC_INTERVAL_SECONDS, AppSettings
from investigator_app.desktop.single_instance import bring_to_front, front_window
from investigator_app.domain.deadlines import DeadlinePolicy
from investigator_app.domain.vocabulary import Role
from investigator_app.gui.conversation import attachment_opener
from investigator_app.gui.dashboard.coordinator_window import CoordinatorWindow
from investigator_app.gui.dashboard.dashboard import DashboardDialog
from investigator_app.gui.dashboard.yearly_dialog import YearlyReportDialog, service_fetch
from investigator_app.gui.dossiers.export_actions import ExportActions, install_export_actions
from investigator_app.gui.session.account_dialogs import (
    confirm_forget_workstation,
    tell_store_unreadable,
)
from investigator_app.gui.session.idle_lock import ScreenLock
from investigator_app.gui.session.idle_watcher import IdleWatcher
from investigator_app.gui.session.organisation_sign_in import open_in_system_browser
from investigator_app.gui.session.reveal_session import RevealedIdentities
from investigator_app.gui.session.second_factor_sign_in import install_second_factor_action
from investigator_app.gui.session.session_guard import SessionGuard
from investigator_app.gui.session.sign_in import (
    LoginCall,
    Session,
    SignInFlow,
    login_with_password,
)
from investigator_app.gui.session.unsent_guard import UnsentChangesGuard
from investigator_app.gui.shell.main_window import MainWindow
from investigator_app.gui.shell.notifications import Notifier
from investigator_app.gui.shell.settings_dialog import SettingsDialog
from investigator_app.gui.workspace.case_controller import CaseController, Clock, utc_now
from investigator_app.protocol_signin import SignInMethod
from investigator_app.store.files import remove_store
from investigator_app.store.legacy_copy_records import import_legacy_copy_records
from investigator_app.store.local_store import LocalStore
from investigator_app.sync.runner import SyncRunner
from investigator_app.vault.keys import DataKeyStore

log = logging.getLogger("investigator_app.desktop.app")


def tune_garbage_collection() -> None:
    """Fewer, cheaper collections: a full sync creates millions of short-lived objects, and
    CPython's default thresholds then run collections that stop every thread, the GUI
    thread included, for a few hundred milliseconds (measured by bench/gui_stall_bench.py).
    The middle generation is collected every 10 young ones: at 50 the one collection of a
    10,000-case sync took 140-420 ms, at 10 the five took 48 ms at most (--profile)."""
    gc.set_threshold(10_000, 10, 100)


@dataclass
class Workspace:
    """Everything that exists while one account is signed in."""

    server_url: str
    username: str
    token: str
    store: LocalStore
    runner: SyncRunner
    controller: CaseController
    window: MainWindow
    identities: RevealedIdentities  # revealed reporters' identities: this session only
    notifier: Notifier | None = None
    exports: ExportActions | None = None
    guard: SessionGuard | None = None  # the idle lock; signing in again when the token lapses
    unsent: UnsentChangesGuard | None = None  # leaving with unsent changes asks

    def session(self) -> Session:
        return Session(self.server_url, self.username, self.token)

    @property
    def lock(self) -> ScreenLock | None:
        return self.guard.lock if self.guard is not None else None

    @property
    def idle(self) -> IdleWatcher | None:
        return self.guard.idle if self.guard is not None else None


class DesktopApp(QObject):
    """Runs the sign-in flow and owns the workspace of the signed-in account."""

    # The app is done (exit code): the screenshot was taken, or the user closed the sign-in
    # after signing out. The caller owns the event loop and ends it.
    exit_requested = Signal(int)

    def __init__(
        self,
        settings: AppSettings,
        tokens: TokenStore,
        data_dir: Path,
        *,
        login: LoginCall = login_with_password,
        open_browser: BrowserOpener = open_in_system_browser,
        clock: Clock = utc_now,
        screenshot: Path | None = None,
        keys: DataKeyStore | None = None,
    ) -> None:
        super().__init__()
        self._settings = settings
        self._credentials = AccountCredentials(
            tokens, data_dir, keys=keys, on_store_set_aside=tell_store_unreadable
        )
        # open_browser: the system browser of a sign-in with the organisation's account.
        self._sign_in = SignInFlow(settings, self._credentials, login, open_browser)
        self._data_dir = data_dir
        self._clock = clock
        self._screenshot = screenshot
        self.workspace: Workspace | None = None
        self.dashboard: QDialog | None = None  # the open dashboard (one at a time)
        self.yearly_dialog: YearlyReportDialog | None = None  # Overzicht → Jaarverslag…
        # A coordinator reads no case: a small window of its own instead of the workspace.
        self.coordinator: CoordinatorWindow | None = None
        self._coordinator_session: Session | None = None

    def start(self) -> bool:
        """Open the workspace, asking to sign in when there is no token. False: user quit."""
        # Plaintext viewer copies that a crashed or killed session left behind go first.
        attachment_opener.prune_stale_sessions()
        session = self._sign_in.start()
        if session is None:
            return False
        self._open_workspace(session)
        return True

    # --- the workspace --------------------------------------------------------------------

    def _open_workspace(self, session: Session) -> None:
        server_url, username, token = session.server_url, session.username, session.token
        # Viewer copies of older versions lived in the data folder; plaintext goes.
        shutil.rmtree(self._data_dir / "opened", ignore_errors=True)
        store = self._credentials.open_store(server_url, username)
        import_legacy_copy_records(store)  # an earlier release's unsent copies: to the outbox
        identity = store.identity()
        assert identity is not None, "a workspace opens only for an account with a known identity"
        if identity.user.role is Role.COORDINATOR:
            store.close()
            self._open_coordinator(session, identity.user.display_name)
            return
        runner = SyncRunner(
            store.path,
            server_url,
            token,
            long_poll_wait=float(self._settings.get(SYNC_INTERVAL_SECONDS)),
        )
        controller = CaseController(store, runner, self._clock)
        department = identity.user.department
        policy = store.deadline_policy()
        identities = RevealedIdentities()
        window = MainWindow(
            controller,
            self._settings,
            identities=identities,
            my_id=identity.user.id,
            display_name=identity.user.display_name,
            department_name=department.name if department else "",
            colleagues=list(identity.colleagues),
            policy=policy,
        )
        window.set_word_search(store.word_matches)
        window.sync_requested.connect(runner.sync_now)
        window.sign_out_requested.connect(self.on_sign_out_requested)
        window.forget_workstation_requested.connect(self.on_forget_requested)
        runner.sync_started.connect(window.on_sync_started)
        runner.sync_progress.connect(window.on_sync_progress)
        runner.sync_finished.connect(self.on_sync_finished)
        runner.online_changed.connect(window.on_online_changed)
        runner.sync_failed.connect(window.on_sync_failed)
        notifier = self._notifier_for(window, controller, runner, policy)
        window.settings_requested.connect(self.on_settings_requested)
        window.dashboard_requested.connect(self.on_dashboard_requested)
        if identity.user.role is Role.MANAGER:
            window.enable_yearly_report()
            window.yearly_report_requested.connect(self.on_yearly_report_requested)
        exports = install_export_actions(
            window,
            store_path=store.path,
            server_url=server_url,
            token=token,
            language=current_language(),
            identities=identities,
        )
        self.workspace = Workspace(
            server_url, username, token, store, runner, controller, window, identities
        )
        self.workspace.notifier, self.workspace.exports = notifier, exports
        window.enable_identity_reveal(self._workspace_credentials)
        install_second_factor_action(window, self._workspace_credentials)
        self.workspace.guard = guard = SessionGuard(
            window,
            session,
            identity.user.display_name,
            sign_in=self._sign_in,
            credentials=self._credentials,
            idle_minutes=self._settings.get(IDLE_LOCK_MINUTES),
            organisation_user_id=(
                identity.user.id if identity.sign_in_method == SignInMethod.OIDC else None
            ),
        )
        runner.auth_failed.connect(guard.on_auth_failed)
        guard.renewed.connect(self.on_session_renewed)
        guard.sign_out_requested.connect(self.on_sign_out_requested)
        self.workspace.unsent = UnsentChangesGuard(
            window,
            session_only=lambda: self._credentials.session_only(server_url, username),
            pending=store.pending_count,
            send_now=runner.sync_now,
        )
        window.on_sync_finished(store.last_sync_at())
        window.show()
        # What exists now lives as long as the workspace: keep it out of every collection.
        gc.freeze()
        runner.start()  # its first round also refreshes colleagues and department periods

    def _workspace_credentials(self) -> tuple[str, str]:
        """The signed-in session's service address and (current) token."""
        workspace = self.workspace
        return (workspace.server_url, workspace.token) if workspace else ("", "")

    def _open_coordinator(self, session: Session, display_name: str) -> None:
        """The coordinator role: the yearly report of all departments, no case, no sync."""
        self._coordinator_session = session
        window = CoordinatorWindow(display_name)
        window.yearly_report_requested.connect(self.on_yearly_report_requested)
        window.sign_out_requested.connect(self.on_sign_out_requested)
        self.coordinator = window
        window.show()

    def _close_yearly_dialog(self) -> None:
        if self.yearly_dialog is not None:
            self.yearly_dialog.close()
            self.yearly_dialog = None

    def close_workspace(self) -> None:
        self._close_yearly_dialog()
        if self.coordinator is not None:
            self.coordinator.close()
            self.coordinator.deleteLater()
            self.coordinator, self._coordinator_session = None, None
        workspace, self.workspace = self.workspace, None
        if workspace is None:
            return
        if workspace.guard is not None:
            workspace.guard.close()
        if workspace.unsent is not None:
            workspace.unsent.release()  # leaving was agreed (or asked) before this point
        workspace.runner.stop()
        workspace.controller.wait_for_reads()
        if workspace.notifier is not None:
            workspace.notifier.close()
        if self.dashboard is not None:
            self.dashboard.close()
            self.dashboard = None
        workspace.identities.clear()  # revealed for this session only
        workspace.window.close()
        workspace.store.close()
        attachment_opener.remove_session_copies()

    def _notifier_for(
        self,
        window: MainWindow,
        controller: CaseController,
        runner: SyncRunner,
        policy: DeadlinePolicy,
    ) -> Notifier:
        notifier = Notifier(
            window.statusBar(),
            self._clock,
            policy=policy,
            icon=QApplication.windowIcon(),
            my_tasks=controller.my_tasks,
            parent=window,
        )
        controller.rows_changed.connect(notifier.on_rows_changed)
        runner.sync_finished.connect(notifier.on_sync_finished)
        runner.answers_arrived.connect(notifier.on_answers_arrived)
        notifier.clicked.connect(self.on_activation_requested)
        return notifier

    # --- desktop manners ----------------------------------------------------------------

    def on_activation_requested(self) -> None:
        """A second start (or a click on a notice): bring our window forward."""
        window = QApplication.activeModalWidget()  # the sign-in or another dialog
        if window is None and self.workspace is not None:
            window = self.workspace.window
        if window is None:
            window = front_window()
        if window is not None:
            bring_to_front(window)

    def on_settings_requested(self) -> None:
        workspace = self.workspace
        if workspace is None:
            return
        dialog = SettingsDialog(
            self._settings,
            self._data_dir,
            unsent_changes=workspace.store.pending_count,
            parent=workspace.window,
        )
        accepted = dialog.exec()
        if workspace.idle is not None:  # the lock follows the setting at once
            workspace.idle.set_minutes(self._settings.get(IDLE_LOCK_MINUTES))
        if accepted and dialog.restart_needed:
            workspace.window.show_status_message(
                self.tr("De gewijzigde instellingen gelden vanaf de volgende start van de app."),
                20_000,
            )

    def on_dashboard_requested(self) -> None:
        workspace = self.workspace
        if workspace is None:
            return
        if self.dashboard is not None and self.dashboard.isVisible():
            bring_to_front(self.dashboard)
            return
        store, clock = workspace.store, self._clock
        identity = store.identity()
        department = identity.user.department if identity else None
        dashboard = DashboardDialog(
            lambda: load_facts(store, clock()),
            clock,
            department_name=department.name if department else "",
            parent=workspace.window,
        )
        dashboard.cases_requested.connect(workspace.window.show_only_cases)
        self.dashboard = dashboard
        dashboard.show()

    def on_yearly_report_requested(self) -> None:
        """Overzicht → Jaarverslag… (a manager: their department) or the coordinator's
        button (every department): fetched from the service, saved where the user picks."""
        parent: QWidget
        if self.workspace is not None:
            session, parent = self.workspace.session(), self.workspace.window
            identity = self.workspace.store.identity()
            department = identity.user.department if identity else None
            scope = department.name if department else ""
        elif self.coordinator is not None and self._coordinator_session is not None:
            session, parent = self._coordinator_session, self.coordinator
            scope = self.tr("alle diensten")
        else:
            return
        if self.yearly_dialog is not None and self.yearly_dialog.isVisible():
            bring_to_front(self.yearly_dialog)
            return
        self.yearly_dialog = YearlyReportDialog(
            service_fetch(session.server_url, session.token, current_language()),
            self._clock,
            scope=scope,
            parent=parent,
        )
        self.yearly_dialog.show()

    # --- events -------------------------------------------------------------------------

    def on_sync_finished(self, _summary: object) -> None:
        if self.workspace is None:
            return
        at: datetime | None = self.workspace.store.last_sync_at()
        self.workspace.window.on_sync_finished(at)
        if self._screenshot is not None:
            target, self._screenshot = self._screenshot, None
            QTimer.singleShot(300, lambda: self._save_screenshot(target))

    def _save_screenshot(self, target: Path) -> None:
        if self.workspace is None:
            return
        window = self.workspace.window
        window.select_first_case()
        QApplication.processEvents()
        target.parent.mkdir(parents=True, exist_ok=True)
        saved = window.grab().save(str(target))
        log.info("screenshot saved: %s", saved)
        self.exit_requested.emit(0 if saved else 1)

    def on_session_renewed(self, token: str) -> None:
        """Signed in again after the token lapsed: the sync goes on with the new token."""
        workspace = self.workspace
        if workspace is None:
            return
        workspace.token = token
        workspace.runner.set_token(token)
        workspace.runner.start()

    # --- leaving ------------------------------------------------------------------------

    def on_forget_requested(self) -> None:
        """Remove every trace of this account from the workstation: token, data key, store,
        unrecorded copies; then back to the sign-in."""
        workspace = self.workspace
        if workspace is None:
            return
        if not confirm_forget_workstation(workspace.window, workspace.store.pending_count()):
            return
        self._sign_in.sign_out(workspace.session(), forget_account=True)
        path = workspace.store.path
        self.close_workspace()
        remove_store(path)
        log.info("this workstation forgot the signed-in account")
        if not self.start():
            self.exit_requested.emit(0)

    def on_sign_out_requested(self) -> None:
        if self.coordinator is not None and self._coordinator_session is not None:
            self._sign_in.sign_out(self._coordinator_session)
            self.close_workspace()
            if not self.start():
                self.exit_requested.emit(0)
            return
        workspace = self.workspace
        if workspace is None:
            return
        if workspace.unsent is not None and not workspace.unsent.may_sign_out():
            return  # unsent changes would be lost or left waiting: the user stays
        self._sign_in.sign_out(workspace.session())
        self.close_workspace()
        if not self.start():
            self.exit_requested.emit(0)
