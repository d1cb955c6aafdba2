"""Leaving a session without keyring while changes wait to be sent.

Without a keyring the local store is sealed with a key of this session only: what is still
unsent when the session ends (the window closes, the user signs out) cannot be read by the
next start. So the user is asked first, and by default stays signed in while the app sends
the changes as soon as the service answers. With a keyring nothing is asked: the next start
sends what waits."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

from investigator_app.gui.session.account_dialogs import confirm_leave_unsent


class UnsentChangesGuard(QObject):
    """Watches ``window``'s close; ``may_leave()`` for the other ways out (signing out)."""

    def __init__(
        self,
        window: QWidget,
        *,
        session_only: Callable[[], bool],
        pending: Callable[[], int],
        send_now: Callable[[], None],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._session_only = session_only
        self._pending = pending
        self._send_now = send_now
        window.installEventFilter(self)

    def may_leave(self) -> bool:
        """True when nothing unsent would be lost, or the user chose to leave anyway."""
        if not self._session_only():
            return True
        pending = self._pending()
        if pending == 0 or confirm_leave_unsent(self._window, pending):
            return True
        self._send_now()  # staying: try again now
        return False

    def release(self) -> None:
        """The session ends (the user agreed, or there was nothing to lose): closing the
        window is no longer asked about."""
        self._window.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt's name
        if watched is self._window and event.type() == QEvent.Type.Close:
            if not self.may_leave():
                event.ignore()
                return True
            self.release()
        return super().eventFilter(watched, event)
