"""One running app per OS user and data folder: a second start brings the first forward.

The first instance listens on a local socket (a named pipe on Windows) whose name is
derived from the user and the data folder; a second start connects, sends ``activate``
and exits. Two instances on one store would fight over its cursor and outbox.
"""

from __future__ import annotations

import getpass
import hashlib
import logging
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QByteArray, QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QApplication, QWidget

log = logging.getLogger("investigator_app.desktop.single_instance")

ACTIVATE = b"activate\n"
_CONNECT_TIMEOUT_MS = 1_000


def instance_key(data_dir: Path) -> str:
    """A socket name per OS user and data folder (named pipes on Windows are machine-wide)."""
    try:
        user = getpass.getuser()
    except Exception:  # no user name in the environment: the folder still separates
        user = ""
    digest = hashlib.sha256(f"{user}\n{data_dir.resolve()}".encode()).hexdigest()[:20]
    return f"investigator-app-{digest}"


def _allow_foreground_switch() -> None:
    """Windows lets only the foreground process hand focus away: we are it, the first
    instance is not, so let it take the foreground when it raises its window."""
    if sys.platform == "win32":
        import ctypes

        ctypes.windll.user32.AllowSetForegroundWindow(-1)  # type: ignore[attr-defined]  # ASFW_ANY


def bring_to_front(window: QWidget) -> None:
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()


class SingleInstance(QObject):
    activation_requested = Signal()  # a second start asked us to come forward

    def __init__(self, key: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self._server: QLocalServer | None = None
        self._lock = QLockFile(str(Path(tempfile.gettempdir()) / f"{key}.lock"))
        self._lock.setStaleLockTime(10_000)

    def claim(self) -> bool:
        """True: we are the first instance and now listen. False: another one runs and was
        asked to come forward; this start should exit."""
        # The lock makes "is anyone listening? no: listen" one step for two racing starts.
        locked = self._lock.tryLock(3_000)
        try:
            if self.notify_running():
                return False
            server = QLocalServer(self)
            server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
            QLocalServer.removeServer(self.key)  # a socket file left by a crashed instance
            if not server.listen(self.key):
                # Not fatal: the app works, only without the single-instance guard.
                log.warning("single-instance listener failed: %s", server.errorString())
                return True
            server.newConnection.connect(self._on_new_connection)
            self._server = server
            return True
        finally:
            if locked:
                self._lock.unlock()

    def notify_running(self) -> bool:
        """Ask a running instance to come forward; False when none answers."""
        socket = QLocalSocket()
        socket.connectToServer(self.key)
        if not socket.waitForConnected(_CONNECT_TIMEOUT_MS):
            return False
        _allow_foreground_switch()
        socket.write(QByteArray(ACTIVATE))
        socket.flush()
        socket.waitForBytesWritten(_CONNECT_TIMEOUT_MS)
        socket.disconnectFromServer()
        return True

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None

    def _on_new_connection(self) -> None:
        assert self._server is not None
        while (socket := self._server.nextPendingConnection()) is not None:
            socket.readyRead.connect(lambda s=socket: self._on_ready_read(s))
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._on_ready_read(socket)

    def _on_ready_read(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll().data()).startswith(ACTIVATE.strip()):
            self.activation_requested.emit()


def front_window() -> QWidget | None:
    """What to bring forward: an open dialog (sign-in) first, else the main window."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return None
    modal = QApplication.activeModalWidget()
    if modal is not None:
        return modal
    visible = [w for w in QApplication.topLevelWidgets() if w.isVisible() or w.isMinimized()]
    return visible[0] if visible else None
