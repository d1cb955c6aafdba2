"""Bugs end up here: unhandled exceptions (GUI thread, other threads, Qt slots) and Qt's
fatal messages are logged to the rotating log, and the user sees a dialog that says where.

What is logged: the exception's type and its stack (files, lines, functions, source lines)
— not the exception's message nor any local variable. A message can carry case content
(a validation error quoting a summary, a SQL error quoting a row); the stack tells a
developer where it happened without that.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import (
    QMessageLogContext,
    QObject,
    Qt,
    QtMsgType,
    QUrl,
    Signal,
    qInstallMessageHandler,
)
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox

log = logging.getLogger("investigator_app.crash")

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


def describe_exception(kind: type[BaseException], error: BaseException) -> str:
    """The exception chain as types and stacks, without messages (see the module doc)."""
    parts: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = error
    current_kind: type[BaseException] = kind
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        stack = traceback.extract_tb(current.__traceback__)
        name = f"{current_kind.__module__}.{current_kind.__qualname__}"
        parts.append("".join(stack.format()) + f"{name} (message not logged)\n")
        cause = current.__cause__ or (None if current.__suppress_context__ else current.__context__)
        current = cause
        current_kind = type(cause) if cause is not None else current_kind
        if cause is not None:
            parts.append("raised while handling / caused by:\n")
    parts.reverse()  # oldest first, as Python prints it
    return "Traceback (most recent call last):\n" + "".join(parts)


class CrashHandler(QObject):
    """Install once, on the GUI thread, after logging is configured."""

    # Emitted for every unhandled exception (any thread); the dialog is shown from it on
    # the GUI thread.
    crashed = Signal(str)  # the exception's type name

    def __init__(self, log_file: Path, *, show_dialog: bool = True) -> None:
        super().__init__()
        self.log_file = log_file
        self.show_dialog = show_dialog
        self._showing = False
        self._previous_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        self._installed = False
        self.crashed.connect(self._on_crashed, Qt.ConnectionType.QueuedConnection)

    def install(self) -> None:
        self._previous_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        sys.excepthook = self.handle_exception
        threading.excepthook = self._handle_thread_exception
        qInstallMessageHandler(self._handle_qt_message)
        self._installed = True

    def uninstall(self) -> None:
        if not self._installed:
            return
        sys.excepthook = self._previous_hook
        threading.excepthook = self._previous_thread_hook
        qInstallMessageHandler(None)
        self._installed = False

    # --- hooks (any thread) ------------------------------------------------------------

    def handle_exception(
        self, kind: type[BaseException], error: BaseException, trace: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, trace)
            return
        if error.__traceback__ is None and trace is not None:
            error = error.with_traceback(trace)
        text = describe_exception(kind, error)
        log.critical("unhandled %s\n%s", kind.__name__, text.rstrip())
        _flush_log()
        if sys.stderr is not None:  # a windowed Windows build has none
            print(text, file=sys.stderr, flush=True)
        self.crashed.emit(kind.__name__)

    def _handle_thread_exception(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None:
            return
        self.handle_exception(args.exc_type, args.exc_value, args.exc_traceback)

    def _handle_qt_message(
        self, kind: QtMsgType, _context: QMessageLogContext, message: str
    ) -> None:
        if sys.stderr is not None:
            print(message, file=sys.stderr, flush=True)
        if kind == QtMsgType.QtFatalMsg:
            # Qt aborts right after this returns: the log is all that remains.
            log.critical("Qt fatal error: %s", message)
            _flush_log()
        elif kind == QtMsgType.QtCriticalMsg:
            log.error("Qt critical: %s", message)

    # --- the dialog (GUI thread) -------------------------------------------------------

    def _on_crashed(self, _kind_name: str) -> None:
        if not self.show_dialog or self._showing or QApplication.instance() is None:
            return  # one dialog at a time; a bug in a loop must not stack dialogs
        self._showing = True
        try:
            self._show_dialog()
        finally:
            self._showing = False

    def _show_dialog(self) -> None:
        box = QMessageBox(QApplication.activeWindow())
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(self.tr("Er ging iets mis"))
        box.setText(
            self.tr(
                "Er ging iets mis in de app. Uw gegevens en nog niet verzonden wijzigingen blijven "
                "bewaard; u kunt verder werken. Blijft het gebeuren, herstart dan de app en "
                "bezorg het logboek aan de helpdesk."
            )
        )
        box.setInformativeText(self.tr("Logboek: %1").replace("%1", str(self.log_file)))
        box.setTextFormat(Qt.TextFormat.PlainText)
        open_button = box.addButton(
            self.tr("Map van het logboek openen"), QMessageBox.ButtonRole.ActionRole
        )
        open_button.setAccessibleName(self.tr("Map van het logboek openen"))
        box.addButton(QMessageBox.StandardButton.Ok)
        box.setObjectName("crashDialog")
        box.exec()
        if box.clickedButton() is open_button:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.log_file.parent)))


def _flush_log() -> None:
    for handler in logging.getLogger("investigator_app").handlers:
        handler.flush()
