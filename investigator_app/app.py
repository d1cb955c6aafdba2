"""The composition root: builds settings, keyring access, store, sync runner, controller and
windows for one signed-in account, and shuts them down in order."""

from __future__ import annotations

import contextlib
import gc
import hashlib
import logging
import shutil
import socket
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from investigator_app.credentials import KeyringUnavailable, TokenStore
from investigator_app.dashboard.facts import load_facts
from investigator_app.domain.deadlines import DeadlinePolicy
from investigator_app.gui import attachment_opener
from investigator_app.gui.background import BackgroundCall
from investigator_app.gui.case_controller import CaseController, Clock, utc_now
from investigator_app.gui.dashboard import DashboardDialog
from investigator_app.gui.export_actions import ExportActions, install_export_actions
from investigator_app.gui.idle_lock import ScreenLock
from investigator_app.gui.idle_watcher import IdleWatcher
from investigator_app.gui.login_dialog import LoginDialog
from investigator_app.gui.main_window import MainWindow
from investigator_app.gui.messages import (
    auth_failure_message,
    describe_error,
    keyring_unavailable_message,
)
from investigator_app.gui.notifications import Notifier
from investigator_app.gui.settings_dialog import SettingsDialog
from investigator_app.i18n import current_language
from investigator_app.protocol import LoginResponse, MeResponse
from investigator_app.settings import (
    IDLE_LOCK_MINUTES,
    SERVER_URL,
    SYNC_INTERVAL_SECONDS,
    USERNAME,
    AppSettings,
)
from investigator_app.single_instance import bring_to_front, front_window
from investigator_app.store.files import remove_store, set_aside, unsent_count
from investigator_app.store.local_store import LocalStore
from investigator_app.store.sealing import StoreKeyError, known_key
from investigator_app.sync.api import ApiClient
from investigator_app.sync.runner import SyncRunner
from investigator_app.unlock_verifier import VerifierStore, make_verifier
from investigator_app.vault.cipher import new_key
from investigator_app.vault.keys import DataKeyStore

log = logging.getLogger("investigator_app.app")


def tune_garbage_collection() -> None:
    """Fewer, cheaper collections: a full sync creates millions of short-lived objects, and
    CPython's default thresholds then run collections that stop every thread, the GUI
    thread included, for a few hundred milliseconds (measured by bench/gui_stall_bench.py)."""
    gc.set_threshold(10_000, 50, 100)


def store_path(data_dir: Path, server_url: str, username: str) -> Path:
    """One local store per account and server, so two accounts never mix their cases."""
    key = hashlib.sha256(f"{server_url}\n{username}".encode()).hexdigest()[:16]
    return data_dir / "stores" / f"cases-{key}.sqlite3"


def copy_records_dir(store_file: Path) -> Path:
    """Where an account's not yet recorded copies wait: beside its store, never shared."""
    return store_file.with_name(store_file.stem + "-copies")


def login_with_password(server_url: str, username: str, password: str) -> LoginResponse:
    with ApiClient(server_url, None) as client:
        return client.login(username, password, socket.gethostname()[:200])


def fetch_identity(server_url: str, token: str) -> MeResponse:
    with ApiClient(server_url, token) as client:
        return client.me()


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
    notifier: Notifier | None = None
    exports: ExportActions | None = None
    lock: ScreenLock | None = None
    idle: IdleWatcher | None = None


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
        login: Callable[[str, str, str], LoginResponse] = login_with_password,
        clock: Clock = utc_now,
        screenshot: Path | None = None,
        keys: DataKeyStore | None = None,
    ) -> None:
        super().__init__()
        self._settings = settings
        self._tokens = tokens
        # The data key sits beside the token, in the same keyring.
        self._keys = keys if keys is not None else DataKeyStore(tokens.backend)
        self._verifiers = VerifierStore(tokens.backend)  # the idle lock's offline check
        self._signed_in_verifier: str | None = None  # written by the login job
        self._auth_failed_while_locked: str | None = None
        self._session_keys: dict[tuple[str, str], bytes] = {}  # when there is no keyring
        self._data_dir = data_dir
        self._login = login
        self._clock = clock
        self._screenshot = screenshot
        self._signed_in_identity: MeResponse | None = None  # written by the login job
        self._signing_in = False
        self._revoke_call: BackgroundCall | None = None
        self.workspace: Workspace | None = None
        self.dashboard: QDialog | None = None  # the open dashboard (one at a time)

    # --- start and sign-in -------------------------------------------------------------

    def start(self) -> bool:
        """Open the workspace, asking to sign in when there is no token. False: user quit."""
        server_url, username = self._settings.get(SERVER_URL), self._settings.get(USERNAME)
        token: str | None = None
        message = ""
        if server_url and username:
            try:
                token = self._tokens.load(server_url, username)
            except KeyringUnavailable:
                message = keyring_unavailable_message()
        if token is not None and not self._has_identity(server_url, username):
            token, message = self._identify(server_url, username, token)
        if token is None:
            signed_in = self._sign_in(server_url, username, message, lock_account=False)
            if signed_in is None:
                return False
            server_url, username, token = signed_in
        self._open_workspace(server_url, username, token)
        return True

    def _has_identity(self, server_url: str, username: str) -> bool:
        path = store_path(self._data_dir, server_url, username)
        if not path.exists():
            return False
        store = self._open_store(server_url, username)
        try:
            return store.identity() is not None
        finally:
            store.close()

    def _identify(self, server_url: str, username: str, token: str) -> tuple[str | None, str]:
        """A token without a local identity (a store that was removed): ask who we are."""
        try:
            identity = fetch_identity(server_url, token)
        except Exception as error:
            log.info("identity fetch at start failed: %s", type(error).__name__)
            return None, describe_error(error)
        self._remember_identity(server_url, username, identity)
        return token, ""

    def _remember_identity(self, server_url: str, username: str, identity: MeResponse) -> None:
        store = self._open_store(server_url, username)
        try:
            store.set_identity(identity)
        finally:
            store.close()

    def _sign_in(
        self, server_url: str, username: str, message: str, *, lock_account: bool
    ) -> tuple[str, str, str] | None:
        parent = self.workspace.window if self.workspace else None
        dialog = LoginDialog(
            self._login_and_identify,
            server_url=server_url,
            username=username,
            message=message,
            parent=parent,
        )
        if lock_account:
            # Re-authenticating keeps the same account: its store and unsent changes stay.
            dialog.ui.serverEdit.setReadOnly(True)
            dialog.ui.usernameEdit.setReadOnly(True)
        if not dialog.exec() or dialog.response is None:
            return None
        response = dialog.response
        # The service's spelling of the username keys the store and the keyring entry, so
        # "An.Peeters" and "an.peeters" are one account on this workstation too.
        server_url, username = dialog.server_url, response.user.username
        self._settings.set(SERVER_URL, server_url)
        self._settings.set(USERNAME, username)
        self._settings.sync()
        self._keep_token(server_url, username, response.token)
        verifier, self._signed_in_verifier = self._signed_in_verifier, None
        if verifier is not None:
            self._keep_verifier(server_url, username, verifier)
        identity, self._signed_in_identity = self._signed_in_identity, None
        assert identity is not None, "the login job fetches the identity before it succeeds"
        self._remember_identity(server_url, username, identity)
        return server_url, username, response.token

    def _login_and_identify(self, server_url: str, username: str, password: str) -> LoginResponse:
        """Runs off the GUI thread: the token, then who we are (department, colleagues)."""
        response = self._login(server_url, username, password)
        self._signed_in_identity = fetch_identity(server_url, response.token)
        # For unlocking offline after the idle lock; scrypt is slow on purpose, so here.
        self._signed_in_verifier = make_verifier(password)
        return response

    def _keep_token(self, server_url: str, username: str, token: str) -> None:
        try:
            self._tokens.save(server_url, username, token)
        except KeyringUnavailable:
            # The workspace keeps the token for this session; the next start asks again.
            QMessageBox.warning(None, self.tr("Sleutelopslag"), keyring_unavailable_message())

    def _keep_verifier(self, server_url: str, username: str, verifier: str) -> None:
        # No keyring was already said for the token; unlocking then needs the service.
        with contextlib.suppress(KeyringUnavailable):
            self._verifiers.save(server_url, username, verifier)

    def _load_verifier(self, server_url: str, username: str) -> str | None:
        try:
            return self._verifiers.load(server_url, username)
        except KeyringUnavailable:
            return None

    def _forget_verifier(self, server_url: str, username: str) -> None:
        with contextlib.suppress(KeyringUnavailable):
            self._verifiers.delete(server_url, username)

    # --- the sealed store -----------------------------------------------------------------

    def _data_key(self, server_url: str, username: str) -> bytes:
        path = store_path(self._data_dir, server_url, username)
        try:
            key = self._keys.load(server_url, username)
            if key is None:
                # The keyring lost it while this process still holds it (the store is open
                # or was): write it back rather than lose the store. Else a new key.
                key = known_key(path) or new_key()
                self._keys.save(server_url, username, key)
            return key
        except KeyringUnavailable:
            # No keyring: sealed with a key of this session (the store is unreadable
            # after a restart, and then set aside; the service has the cases).
            return self._session_keys.setdefault(
                (server_url, username), known_key(path) or new_key()
            )

    def _open_store(self, server_url: str, username: str) -> LocalStore:
        """The account's store, sealed with its data key. A store sealed with a key that is
        gone (new Windows profile, wiped keyring) is set aside after telling the user, and
        a fresh one is synced."""
        path = store_path(self._data_dir, server_url, username)
        key = self._data_key(server_url, username)
        try:
            return LocalStore.open(path, key)
        except StoreKeyError:
            log.warning("the local store's data key is missing; starting a new store")
            lost = unsent_count(path)
            set_aside(path)
            self._tell_store_unreadable(lost)
            return LocalStore.open(path, key)

    def _tell_store_unreadable(self, lost: int) -> None:
        text = self.tr(
            "De sleutel van de lokale gegevens op deze werkplek ontbreekt (bijvoorbeeld na "
            "een nieuw Windows-profiel of een gewiste sleutelopslag). De lokale kopie is "
            "daardoor onleesbaar; de app haalt uw meldingen opnieuw op bij de server."
        )
        if lost:
            text += "\n\n" + self.tr(
                "%1 nog niet verstuurde wijziging(en) gaan daarbij verloren. Voer ze opnieuw uit."
            ).replace("%1", str(lost))
        QMessageBox.warning(None, self.tr("Lokale gegevens onleesbaar"), text)

    # --- the workspace --------------------------------------------------------------------

    def _open_workspace(self, server_url: str, username: str, token: str) -> None:
        # Viewer copies of older versions lived in the data folder; plaintext goes.
        shutil.rmtree(self._data_dir / "opened", ignore_errors=True)
        attachment_opener.prune_stale_sessions()
        store = self._open_store(server_url, username)
        identity = store.identity()
        assert identity is not None, "a workspace opens only for an account with a known identity"
        runner = SyncRunner(
            store.path,
            server_url,
            token,
            long_poll_wait=float(self._settings.get(SYNC_INTERVAL_SECONDS)),
        )
        controller = CaseController(store, runner, self._clock)
        department = identity.user.department
        policy = store.deadline_policy()
        window = MainWindow(
            controller,
            self._settings,
            my_id=identity.user.id,
            display_name=identity.user.display_name,
            department_name=department.name if department else "",
            colleagues=list(identity.colleagues),
            policy=policy,
        )
        window.sync_requested.connect(runner.sync_now)
        window.sign_out_requested.connect(self.on_sign_out_requested)
        window.proxy.set_query_tokens(store.query_tokens)
        window.ui.actionForgetWorkstation.triggered.connect(self.on_forget_requested)
        runner.sync_started.connect(window.on_sync_started)
        runner.sync_progress.connect(window.on_sync_progress)
        runner.sync_finished.connect(self.on_sync_finished)
        runner.online_changed.connect(window.on_online_changed)
        runner.sync_failed.connect(window.on_sync_failed)
        runner.auth_failed.connect(self.on_auth_failed)
        notifier = self._notifier_for(window, controller, runner, policy)
        window.settings_requested.connect(self.on_settings_requested)
        window.dashboard_requested.connect(self.on_dashboard_requested)
        exports = install_export_actions(
            window,
            store_path=store.path,
            server_url=server_url,
            token=token,
            # Per account: a copy record is only ever sent with its maker's token.
            data_dir=copy_records_dir(store.path),
            language=current_language(),
        )
        self.workspace = Workspace(
            server_url, username, token, store, runner, controller, window, notifier, exports
        )
        window.enable_identity_reveal(self._workspace_credentials)
        self._install_idle_lock(self.workspace, identity.user.display_name)
        window.on_sync_finished(store.last_sync_at())
        window.show()
        # What exists now lives as long as the workspace: keep it out of every collection.
        gc.freeze()
        runner.start()  # its first round also refreshes colleagues and department periods

    def _install_idle_lock(self, workspace: Workspace, display_name: str) -> None:
        server_url, username, window = workspace.server_url, workspace.username, workspace.window
        lock = ScreenLock(
            window,
            display_name,
            check_online=self._check_password_online,
            load_verifier=lambda: self._load_verifier(server_url, username),
            save_verifier=lambda verifier: self._keep_verifier(server_url, username, verifier),
            parent=window,
        )
        idle = IdleWatcher(self._settings.get(IDLE_LOCK_MINUTES) * 60_000, window)
        idle.idle.connect(lock.lock)
        window.lock_requested.connect(lock.lock)
        lock.locked_changed.connect(self.on_locked_changed)
        lock.sign_out_requested.connect(self.on_sign_out_requested)
        lock.session_expired.connect(self.on_unlock_needs_sign_in)
        workspace.lock, workspace.idle = lock, idle
        idle.start()

    def _check_password_online(self, password: str) -> None:
        """Runs off the GUI thread: the service checks the signed-in user's password."""
        server_url, token = self._workspace_credentials()
        with ApiClient(server_url, token, timeout=10.0) as client:
            client.verify_password(password)

    def _workspace_credentials(self) -> tuple[str, str]:
        """The signed-in session's service address and (current) token."""
        workspace = self.workspace
        return (workspace.server_url, workspace.token) if workspace else ("", "")

    def close_workspace(self) -> None:
        workspace, self.workspace = self.workspace, None
        if workspace is None:
            return
        if workspace.idle is not None:
            workspace.idle.close()
        if workspace.lock is not None:
            workspace.lock.close()
        self._auth_failed_while_locked = None
        workspace.runner.stop()
        workspace.controller.wait_for_reads()
        if workspace.notifier is not None:
            workspace.notifier.close()
        if self.dashboard is not None:
            self.dashboard.close()
            self.dashboard = None
        workspace.window.case_pane.forget_identities()  # revealed for this session only
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
            window.ui.statusBar,
            self._clock,
            policy=policy,
            icon=QApplication.windowIcon(),
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
            workspace.window.ui.statusBar.showMessage(
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
        self.dashboard = DashboardDialog(
            lambda: load_facts(store, clock()),
            clock,
            department_name=department.name if department else "",
            policy=store.deadline_policy(),
            parent=workspace.window,
        )
        self.dashboard.show()

    # --- events -------------------------------------------------------------------------

    def on_sync_finished(self, _summary: object) -> None:
        if self.workspace is None:
            return
        at: datetime | None = self.workspace.store.last_sync_at()
        self.workspace.window.on_sync_finished(at)
        if self.workspace.exports is not None:
            self.workspace.exports.flush_pending_records()  # copies made while offline
        if self._screenshot is not None:
            target, self._screenshot = self._screenshot, None
            QTimer.singleShot(300, lambda: self._save_screenshot(target))

    def _save_screenshot(self, target: Path) -> None:
        if self.workspace is None:
            return
        window = self.workspace.window
        if window.proxy.rowCount() > 0 and window.selected_case_id() is None:
            window.ui.caseTable.selectRow(0)
        QApplication.processEvents()
        target.parent.mkdir(parents=True, exist_ok=True)
        saved = window.grab().save(str(target))
        log.info("screenshot saved: %s", saved)
        self.exit_requested.emit(0 if saved else 1)

    def on_locked_changed(self, locked: bool) -> None:
        workspace = self.workspace
        if workspace is None or workspace.idle is None:
            return
        if locked:
            workspace.idle.stop()
            return
        workspace.idle.start()
        code, self._auth_failed_while_locked = self._auth_failed_while_locked, None
        if code is not None:
            self.on_auth_failed(code)  # the sign-in waited for the unlock

    def on_unlock_needs_sign_in(self, code: str) -> None:
        """The service says the session is over: signing in again also unlocks."""
        workspace = self.workspace
        if workspace is None or workspace.lock is None:
            return
        if self._sign_in_again(workspace, code):
            self._auth_failed_while_locked = None  # that sign-in was the one it waited for
            workspace.lock.unlock()

    def on_auth_failed(self, code: str) -> None:
        workspace = self.workspace
        if workspace is None or self._signing_in:
            return  # both sync threads may report it: one dialog is enough
        workspace.window.show_signed_out()
        if workspace.lock is not None and workspace.lock.locked:
            # No sign-in over the lock page: unlocking asks the service, or signs in after.
            self._auth_failed_while_locked = code
            return
        self._sign_in_again(workspace, code)

    def _sign_in_again(self, workspace: Workspace, code: str) -> bool:
        if self._signing_in:
            return False
        self._signing_in = True
        try:
            signed_in = self._sign_in(
                workspace.server_url,
                workspace.username,
                auth_failure_message(code),
                lock_account=True,
            )
        finally:
            self._signing_in = False
        if signed_in is None:
            return False  # keep working offline; F5 or a restart offers the sign-in again
        workspace.token = signed_in[2]
        workspace.runner.set_token(signed_in[2])
        workspace.runner.start()
        return True

    def _revoke_in_background(self, server_url: str, token: str) -> None:
        """Signing out ends the device token on the service too, not only here."""

        def revoke() -> None:
            with ApiClient(server_url, token) as client:
                client.logout()

        def on_failure(error: Exception) -> None:
            log.warning("sign-out could not reach the service: %s", type(error).__name__)

        self._revoke_call = BackgroundCall(revoke, lambda _: None, on_failure, self)
        self._revoke_call.start()

    def on_forget_requested(self) -> None:
        """Remove every trace of this account from the workstation: token, data key, store,
        unrecorded copies; then back to the sign-in."""
        workspace = self.workspace
        if workspace is None:
            return
        if not self._confirm_forget(workspace.window, workspace.store.pending_count()):
            return
        server_url, username = workspace.server_url, workspace.username
        self._revoke_in_background(server_url, workspace.token)
        with contextlib.suppress(KeyringUnavailable):
            self._tokens.delete(server_url, username)
        with contextlib.suppress(KeyringUnavailable):
            self._keys.delete(server_url, username)
        self._forget_verifier(server_url, username)
        self._session_keys.pop((server_url, username), None)
        path = workspace.store.path
        self.close_workspace()
        remove_store(path)
        shutil.rmtree(copy_records_dir(path), ignore_errors=True)
        log.info("this workstation forgot the signed-in account")
        if not self.start():
            self.exit_requested.emit(0)

    def _confirm_forget(self, parent: MainWindow, pending: int) -> bool:
        text = self.tr(
            "Uw aanmelding, de sleutel en alle lokale gegevens van uw meldingen worden van "
            "deze werkplek gewist. Op de server blijft alles bewaard; na het aanmelden "
            "worden de meldingen opnieuw opgehaald."
        )
        if pending:
            text += "\n\n" + self.tr(
                "Let op: %1 wijziging(en) zijn nog niet naar de server verstuurd en gaan verloren."
            ).replace("%1", str(pending))
        answer = QMessageBox.warning(
            parent,
            self.tr("Deze werkplek vergeten"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def on_sign_out_requested(self) -> None:
        workspace = self.workspace
        if workspace is None:
            return
        self._revoke_in_background(workspace.server_url, workspace.token)
        with contextlib.suppress(KeyringUnavailable):  # nothing stored, nothing to delete
            self._tokens.delete(workspace.server_url, workspace.username)
        self._forget_verifier(workspace.server_url, workspace.username)
        self.close_workspace()
        if not self.start():
            self.exit_requested.emit(0)
