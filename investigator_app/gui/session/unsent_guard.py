"""Leaving a session while changes wait to be sent.

Without a keyring the local store is sealed with a key of this session only: what is still
unsent when the session ends (the window closes, the user signs out) cannot be read by the
next start. So the user is asked first, and by default stays signed in while the app sends
the changes as soon as the service answers. With a keyring, quitting asks nothing (the next
start sends what waits), but signing out does: the changes would wait until this account
signs in here again, which may be never."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

from investigator_app.gui.session.account_dialogs import (
    confirm_leave_unsent,
    confirm_sign_out_unsent,
)


class UnsentChangesGuard(QObject):
    """Watches ``window``'s close; ``may_sign_out()`` for signing out."""

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
        """Quitting: True when nothing unsent would be lost, or the user chose to quit
        anyway."""
        if not self._session_only():
            return True
        pending = self._pending()
        if pending == 0 or confirm_leave_unsent(self._window, pending, signing_out=False):
            return True
        self._send_now()  # staying: try again now
        return False

    def may_sign_out(self) -> bool:
        """Signing out: True when nothing waits to be sent, or the user chose to sign out
        anyway (without a keyring the changes are then lost; with one they wait for this
        account's next sign-in here)."""
        pending = self._pending()
        if pending == 0:
            return True
        if self._session_only():
            leave = confirm_leave_unsent(self._window, pending, signing_out=True)
        else:
            leave = confirm_sign_out_unsent(self._window, pending)
        if not leave:
            self._send_now()  # staying: try again now
        return leave

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
