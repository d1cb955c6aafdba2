"""The idle lock: after some minutes without input the workspace hides every case and asks
for the password again. The service checks it when it can be reached, else the verifier
in the keyring (investigator_app/desktop/unlock_verifier.py). Sync goes on meanwhile.

Three parts: ``IdleWatcher`` (idle_watcher.py) notices input anywhere in the app,
``LockPage`` (lock_page.py) is what the main window and any dialog that was open show while
locked, and ``ScreenLock`` here hides and restores everything and runs the unlock.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QToolBar,
    QWidget,
)

from investigator_app.desktop.unlock_verifier import make_verifier, matches
from investigator_app.gui.common.background import BackgroundCall
from investigator_app.gui.common.messages import describe_error
from investigator_app.gui.session.lock_code_step import LockCodeStep
from investigator_app.gui.session.lock_page import LockPage
from investigator_app.protocol import ErrorCode
from investigator_app.sync.errors import AuthenticationFailed, ServiceUnreachable, TooManyAttempts

if TYPE_CHECKING:
    from investigator_app.gui.shell.main_window import MainWindow

log = logging.getLogger("investigator_app.gui.session.idle_lock")

FREE_ATTEMPTS = 5  # wrong passwords before each further one makes the user wait
FIRST_WAIT_S = 30
LONGEST_WAIT_S = 15 * 60


def wait_after(failures: int) -> int:
    """Seconds to wait after ``failures`` wrong passwords in a row: none for the first
    few, then 30 s, doubling with each further failure up to 15 minutes."""
    if failures < FREE_ATTEMPTS:
        return 0
    wait: int = FIRST_WAIT_S * 2 ** min(failures - FREE_ATTEMPTS, 10)
    return min(wait, LONGEST_WAIT_S)


@dataclass
class _Cover:
    """A modal dialog that was open at lock time. Hiding it would end its exec() as if it
    was cancelled, and lose what the user had typed in it; so it stays open with its own
    widgets hidden behind a lock page of its own (a modal dialog also blocks the main
    window's page), and comes back as it was."""

    dialog: QWidget
    page: LockPage
    hidden: list[QWidget]
    title: str


class Outcome(StrEnum):
    ONLINE = "online"
    OFFLINE = "offline"


class WrongPassword(Exception):  # noqa: N818 (reads as what happened)
    """The local verifier does not match."""


class NoVerifier(Exception):  # noqa: N818
    """Offline, and this workstation keeps no verifier for the account."""


class ScreenLock(QObject):
    """Locks the main window (and hides every other window of the app) and unlocks it with
    the password.

    ``check_online(password, code)`` asks the service (raises the sync errors; ``code``:
    the second step of an account with a second factor, ``lock_code_step``);
    ``load_verifier()``/``save_verifier(v)`` reach the keyring. ``organisation``: an
    account of the organisation's provider, which has no password here: its PIN is checked
    against ``load_verifier()`` only, and ``browser_requested`` asks for a new sign-in
    through the browser (``browser_unlock.py``).
    """

    locked_changed = Signal(bool)
    session_expired = Signal(str)  # the ErrorCode: sign in again to unlock
    sign_out_requested = Signal()
    browser_requested = Signal()

    def __init__(
        self,
        window: MainWindow,
        display_name: str,
        *,
        check_online: Callable[[str, str | None], None],
        load_verifier: Callable[[], str | None],
        save_verifier: Callable[[str], None],
        organisation: bool = False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._window = window
        self.organisation = organisation
        self._check_online = check_online
        # After the password, the code of an account with a second factor (online only).
        self.code_step = LockCodeStep()
        self._load_verifier = load_verifier
        self._save_verifier = save_verifier
        self._display_name = display_name
        self.page = self._new_page(None)
        self._covers: list[_Cover] = []
        self._locked = False
        self._hidden: list[QWidget] = []
        self._title = ""
        self._call: BackgroundCall | None = None
        self.failures = 0
        self._wait = QTimer(self)
        self._wait.setSingleShot(True)
        self._wait.timeout.connect(self._end_wait)
        window.windowTitleChanged.connect(self._on_title_changed)

    @property
    def locked(self) -> bool:
        return self._locked

    @property
    def waiting(self) -> bool:
        """Too many wrong passwords: the next try must wait."""
        return self._wait.isActive()

    # --- locking --------------------------------------------------------------------

    def lock(self) -> None:
        if self._locked or not self._window.isVisible():
            return  # a closed window has nothing to hide (its workspace is gone)
        self._locked = True
        window = self._window
        # Other windows first: the dashboard, the audit trail, a print preview are hidden
        # and come back after the unlock; a modal dialog is covered (see _Cover), the one
        # the user was in last, so its page takes the password.
        active = QApplication.activeModalWidget()
        for widget in QApplication.topLevelWidgets():
            if widget is window or not widget.isVisible():
                continue
            if widget.windowType() in (Qt.WindowType.Popup, Qt.WindowType.ToolTip):
                widget.hide()  # a menu or tooltip: nothing to bring back
            elif widget.windowModality() != Qt.WindowModality.NonModal:
                if widget is not active:
                    self._cover(widget)
            else:
                self._hidden.append(widget)
                widget.hide()
        if active is not None and active is not window and active.isVisible():
            self._cover(active)
        self._title = window.windowTitle()
        window.setWindowTitle(self._lock_title())
        window.show_lock_page(self.page)
        for bar in (window.menuBar(), *window.findChildren(QToolBar)):
            bar.setVisible(False)
        window.statusBar().clearMessage()
        QCoreApplication.instance().installEventFilter(self)  # type: ignore[union-attr]
        self._reset_pages()
        if self.waiting:
            self._set_busy(True)
        log.info("workspace locked")
        self.locked_changed.emit(True)

    def unlock(self) -> None:
        if not self._locked:
            return
        self._locked = False
        QCoreApplication.instance().removeEventFilter(self)  # type: ignore[union-attr]
        window = self._window
        window.hide_lock_page()
        for bar in (window.menuBar(), *window.findChildren(QToolBar)):
            bar.setVisible(True)
        window.setWindowTitle(self._title)
        hidden, self._hidden = self._hidden, []
        for widget in hidden:
            if shiboken6.isValid(widget):
                widget.show()
        covers, self._covers = self._covers, []
        for cover in reversed(covers):
            self._uncover(cover)
        self._reset_pages()
        self.failures = 0
        log.info("workspace unlocked")
        self.locked_changed.emit(False)

    def close(self) -> None:
        """The workspace closes (sign-out, also from the lock page): stop filtering; the
        windows hidden by the lock belong to the workspace and close with it."""
        if self._locked:
            QCoreApplication.instance().removeEventFilter(self)  # type: ignore[union-attr]
        self._locked = False
        self._hidden = []
        self._covers = []
        self._wait.stop()

    # --- the lock pages: the main window's, and one per covered modal dialog -----------

    def _new_page(self, parent: QWidget | None) -> LockPage:
        page = LockPage(self._display_name, parent)
        page.unlock_requested.connect(self.on_unlock_requested)
        page.sign_out_requested.connect(self._on_sign_out_requested)
        page.browser_requested.connect(self.browser_requested)
        return page

    def _pages(self) -> list[LockPage]:
        return [self.page, *(cover.page for cover in self._covers)]

    def _input_page(self) -> LockPage:
        """Where the user types: the covered dialog on top, else the main window's page."""
        return self._covers[-1].page if self._covers else self.page

    def _reset_pages(self) -> None:
        self.code_step.reset()
        pin = self.organisation and self._load_verifier() is not None
        for page in self._pages():
            if self.organisation:
                page.set_organisation(pin=pin)
            page.reset()
        self._input_page().focus_input()

    def set_busy(self, busy: bool) -> None:
        for page in self._pages():
            page.set_busy(busy)

    _set_busy = set_busy

    def show_message(self, text: str) -> None:
        for page in self._pages():
            page.show_message(text)

    _show_message = show_message

    def set_browser_waiting(self, waiting: bool) -> None:
        for page in self._pages():
            page.set_browser_waiting(waiting)

    def _focus_password(self) -> None:
        self._input_page().password_edit.selectAll()
        self._input_page().focus_input()

    def _cover(self, dialog: QWidget) -> None:
        hidden = [
            child
            for child in dialog.findChildren(
                QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly
            )
            if not child.isWindow() and child.isVisibleTo(dialog)
        ]
        for child in hidden:
            child.hide()  # out of sight and out of the accessibility tree
        page = self._new_page(dialog)
        layout = dialog.layout()
        if layout is not None:
            layout.addWidget(page)
        else:
            page.setGeometry(dialog.rect())
        page.show()
        self._covers.append(_Cover(dialog, page, hidden, dialog.windowTitle()))
        dialog.setWindowTitle(self._lock_title())

    def _uncover(self, cover: _Cover) -> None:
        if not shiboken6.isValid(cover.dialog):
            return  # it closed meanwhile (signed out): nothing to bring back
        layout = cover.dialog.layout()
        if layout is not None:
            layout.removeWidget(cover.page)
        cover.page.hide()
        cover.page.deleteLater()
        for child in cover.hidden:
            if shiboken6.isValid(child):
                child.show()
        cover.dialog.setWindowTitle(cover.title)

    def _on_sign_out_requested(self) -> None:
        """Signing out from a lock page: the covered dialogs end as cancelled first (their
        exec() returns), then the workspace closes."""
        for cover in reversed(self._covers):
            if shiboken6.isValid(cover.dialog) and isinstance(cover.dialog, QDialog):
                cover.dialog.reject()
        QTimer.singleShot(0, self.sign_out_requested.emit)

    def _lock_title(self) -> str:
        return self.tr("Integriteitsmeldingen — Vergrendeld")

    def _on_title_changed(self, title: str) -> None:
        # Something set a title (a case reference?) while locked: keep it for later.
        if self._locked and title != self._lock_title():
            self._title = title
            self._window.setWindowTitle(self._lock_title())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # While locked no menu command may run (Ctrl+D would open the dashboard): only
        # the lock page's own widgets take shortcuts. Nor may a covered dialog end by Esc
        # or its close button: what the user typed in it waits behind the lock.
        kind = event.type()
        if kind == QEvent.Type.Shortcut and isinstance(watched, QAction):
            return True
        if kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return event.key() == Qt.Key.Key_Escape
        if kind == QEvent.Type.Close and any(cover.dialog is watched for cover in self._covers):
            event.ignore()
            return True
        return False

    # --- unlocking ------------------------------------------------------------------

    def on_unlock_requested(self, password: str) -> None:
        if not self._locked or self.waiting or self._call is not None:
            return
        self._set_busy(True)
        self._show_message(self.tr("Bezig met controleren…"))
        password, code = self.code_step.attempt(password)
        self._call = BackgroundCall(
            lambda: self._check(password, code), self._on_checked, self._on_check_failed, self
        )
        self._call.start()

    def _check(self, password: str, code: str | None = None) -> tuple[Outcome, str | None]:
        """Off the GUI thread: the service, else the local verifier. An online success
        also makes a fresh verifier (scrypt is slow on purpose). A PIN only this workstation
        knows."""
        if self.organisation:
            return self._check_locally(password)
        try:
            self._check_online(password, code)
        except ServiceUnreachable:
            return self._check_locally(password)
        return Outcome.ONLINE, make_verifier(password)

    def _check_locally(self, password: str) -> tuple[Outcome, str | None]:
        verifier = self._load_verifier()
        if verifier is None:
            raise NoVerifier()
        if not matches(verifier, password):
            raise WrongPassword()
        return Outcome.OFFLINE, None

    def _on_checked(self, result: object) -> None:
        self._call = None
        assert isinstance(result, tuple)
        outcome, verifier = result
        if verifier is not None:
            try:
                self._save_verifier(verifier)
            except Exception as error:  # no keyring: the next offline unlock cannot be
                log.warning("unlock verifier not kept: %s", type(error).__name__)
        log.info("unlocked (%s)", outcome)
        self.unlock()

    def _on_check_failed(self, error: Exception) -> None:
        self._call = None
        self._set_busy(False)
        self._focus_password()
        code_refusal = self.code_step.refusal(error, self._pages())
        if code_refusal is not None:
            text, wrong_try = code_refusal
            self.failures += wrong_try
            self._refuse(text, wait_after(self.failures) if wrong_try else 0)
        elif isinstance(error, WrongPassword) or (
            isinstance(error, AuthenticationFailed)
            and error.code == ErrorCode.INVALID_CREDENTIALS.value
        ):
            self.failures += 1
            wrong = self.tr("Onjuiste pincode.") if self.organisation else ""
            self._refuse(wrong or self.tr("Onjuist wachtwoord."), wait_after(self.failures))
        elif isinstance(error, AuthenticationFailed):
            self._show_message(self.tr("Uw sessie is verlopen. Meld u opnieuw aan."))
            self.session_expired.emit(error.code)
        elif isinstance(error, TooManyAttempts):
            seconds = int(error.retry_after) if error.retry_after else FIRST_WAIT_S * 2
            self._refuse(self.tr("Te veel onjuiste pogingen."), seconds)
        elif isinstance(error, NoVerifier) and self.organisation:
            self._show_message(
                self.tr(
                    "Op deze werkplek is geen pincode ingesteld. Meld u opnieuw aan via de "
                    "browser, of meld u af."
                )
            )
        elif isinstance(error, NoVerifier):
            self._show_message(
                self.tr(
                    "De server is niet bereikbaar en deze werkplek kan uw wachtwoord niet "
                    "controleren. Probeer opnieuw zodra u online bent, of meld u af."
                )
            )
        else:
            log.warning("unlock check failed: %s", type(error).__name__)
            self._show_message(describe_error(error))

    def _refuse(self, text: str, wait_s: int) -> None:
        if wait_s <= 0:
            self._show_message(text)
            return
        self._show_message(
            text + " " + self.tr("Probeer opnieuw over %1 seconden.").replace("%1", str(wait_s))
        )
        self._set_busy(True)
        self._wait.start(wait_s * 1000)

    def _end_wait(self) -> None:
        self._set_busy(False)
        self._show_message("")
        self._focus_password()
