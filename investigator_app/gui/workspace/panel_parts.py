"""Small parts the Onderzoek tab's sections share: headings, notes, named buttons."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QWidget


def title_label(parent: QWidget, text: str) -> QLabel:
    """A section's heading."""
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.25)
    label.setFont(font)
    label.setAccessibleName(text)
    return label


def note_label(parent: QWidget, text: str = "") -> QLabel:
    """A line of our own words (user text goes in a TextBlock)."""
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


def named_button(parent: QWidget, text: str, name: str) -> QPushButton:
    button = QPushButton(text, parent)
    button.setAccessibleName(name)
    return button


def allow(button: QPushButton, why_not: str | None) -> None:
    """Enable ``button``, or disable it with a tooltip that says why."""
    button.setEnabled(why_not is None)
    button.setToolTip(why_not or "")


def count_text(count: int, one: str, many: str) -> str:
    """``one`` for one, else ``many`` with %1 the count (Dutch is the source language, so
    no %n plural forms: they would show as "taak/taken" without a translation loaded)."""
    return one if count == 1 else many.replace("%1", str(count))
