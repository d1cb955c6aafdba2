"""What a person (or a screen reader) can read of the app's windows right now."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)


def texts_of(widget: QWidget) -> list[str]:
    """What a person (or a screen reader) can read of a widget."""
    found = [widget.windowTitle(), widget.accessibleName(), widget.toolTip()]
    if isinstance(widget, QLabel | QAbstractButton | QLineEdit):
        found.append(widget.text())
    if isinstance(widget, QTextEdit | QPlainTextEdit):
        found.append(widget.toPlainText())
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        model = widget.model()
        for row in range(model.rowCount()):
            for column in range(model.columnCount()):
                found.append(str(model.index(row, column).data() or ""))
    return found


def visible_texts() -> str:
    """Every text of every visible widget of every visible top-level window."""
    seen: list[str] = []
    for top in QApplication.topLevelWidgets():
        if not top.isVisible():
            continue
        for widget in [top, *top.findChildren(QWidget)]:
            if widget.isVisible():
                seen.extend(texts_of(widget))
    return "\n".join(seen)
