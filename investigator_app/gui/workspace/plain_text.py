"""Text from users on screen: always plain, visible as typed, and never wider than the pane.

A QLabel in plain-text mode renders no markup, but it does not break a word, so a 20,000-
character word would make the pane (and the window) as wide as the word; and control
characters are invisible or draw boxes. ``readable`` fixes both for display only: long
runs get zero-width break opportunities, control characters show as their Unicode
"control pictures" (␀, ␛, …). What is stored and sent is never touched.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

LONG_RUN = 40
"""A run of characters without a space longer than this is no word a person wrote (the
longest Dutch compounds and most e-mail addresses are shorter): it gets break
opportunities on screen, every BREAK_EVERY characters (20 wide letters fit the narrowest
pane). Copying such a run from a label copies the invisible breaks too."""
BREAK_EVERY = 20

_ZERO_WIDTH_SPACE = "\u200b"
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_LONG_RUN = re.compile(rf"\S{{{LONG_RUN + 1},}}")


def _picture(match: re.Match[str]) -> str:
    code = ord(match.group())
    return "\u2421" if code == 0x7F else chr(0x2400 + code)


def _breakable(match: re.Match[str]) -> str:
    run = match.group()
    return _ZERO_WIDTH_SPACE.join(
        run[start : start + BREAK_EVERY] for start in range(0, len(run), BREAK_EVERY)
    )


def readable(text: str, *, break_long: bool = True) -> str:
    """``text`` as it should be drawn: control characters visible, long runs breakable
    (unless ``break_long`` is False: short fields such as an e-mail address)."""
    text = _CONTROL.sub(_picture, text.replace("\r\n", "\n").replace("\r", "\n"))
    return _LONG_RUN.sub(_breakable, text) if break_long else text


def plain_label(
    parent: QWidget,
    text: str = "",
    *,
    selectable: bool = False,
    bold: bool = False,
    wrap: bool = True,
) -> QLabel:
    """A label that shows ``text`` literally (see ``readable``)."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if bold:
        font = label.font()
        font.setBold(True)
        label.setFont(font)
    label.setText(readable(text))
    return label


def set_plain(label: QLabel, text: str, *, break_long: bool = True) -> None:
    label.setText(readable(text, break_long=break_long))
