"""The keyboard as Qt believes it is held, between tests.

``qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ShiftModifier)`` sends the
key's press and release with Shift in their modifiers, but never a release of Shift
itself: Qt then takes Shift as held down until the next key event. A later test on the same
worker selected a table row (``selectRow``) and found nothing selected, since with Shift
held Qt extends the selection from an anchor there is none of; it failed only when a test
of the keyboard shortcuts had run before it on that worker."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget


def release_held_modifiers() -> None:
    """Let go of any modifier Qt believes held (a key release without modifiers)."""
    if not isinstance(QApplication.instance(), QApplication):
        return
    if QGuiApplication.keyboardModifiers() == Qt.KeyboardModifier.NoModifier:
        return
    somewhere = QWidget()
    QTest.keyRelease(somewhere, Qt.Key.Key_Control)
    somewhere.deleteLater()
