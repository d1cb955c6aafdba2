"""The app's own colours, chosen for the palette in use (light or dark).

Qt 6.5+ follows the system's colour scheme by itself (the palette changes with it, and
``QStyleHints.colorSchemeChanged`` announces it); the few colours we pick ourselves — deadline
cells, warnings, chart series — come from here, so they stay readable on both. Widgets that
cache a colour connect to ``ThemeWatcher.changed`` and repaint.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QWidget

from investigator_app.domain.deadlines import DeadlineState


@dataclass(frozen=True)
class CellColours:
    background: QColor
    foreground: QColor


_LIGHT_DEADLINES = {
    DeadlineState.OVERDUE: CellColours(QColor("#f6c6cb"), QColor("#1f1f1f")),
    DeadlineState.DUE_SOON: CellColours(QColor("#ffe8a6"), QColor("#1f1f1f")),
}
_DARK_DEADLINES = {
    DeadlineState.OVERDUE: CellColours(QColor("#6e1f29"), QColor("#ffe3e6")),
    DeadlineState.DUE_SOON: CellColours(QColor("#5e4a0c"), QColor("#fff3c4")),
}


def current_palette() -> QPalette:
    return QGuiApplication.palette()


def is_dark(palette: QPalette | None = None) -> bool:
    """Dark when the window background is dark: that is what the user sees, whatever the
    style hints say (a style may not follow the scheme, a user may force a palette)."""
    palette = palette or current_palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def deadline_colours(state: DeadlineState, palette: QPalette | None = None) -> CellColours | None:
    """Cell colours for a deadline in ``state`` (None: on time, the table's own colours)."""
    table = _DARK_DEADLINES if is_dark(palette) else _LIGHT_DEADLINES
    return table.get(state)


def warning_text(palette: QPalette | None = None) -> QColor:
    """Text colour for a warning on the window background (offline, signed out)."""
    return QColor("#ff8a80") if is_dark(palette) else QColor("#b3261e")


def warning_style(palette: QPalette | None = None) -> str:
    return f"color: {warning_text(palette).name()}; font-weight: bold;"


def chart_series(palette: QPalette | None = None) -> list[QColor]:
    """Distinct series colours that keep 3:1 contrast with the chart background."""
    if is_dark(palette):
        names = ["#7fb2ff", "#ffb86b", "#7ddc9a", "#ff8fa3", "#c9a7ff", "#f2e18a", "#9ad8e8"]
    else:
        names = ["#1f5fbf", "#b85c00", "#1b7f3b", "#b3261e", "#6a3fb5", "#7a6a00", "#00707f"]
    return [QColor(name) for name in names]


def met_and_late(palette: QPalette | None = None) -> tuple[QColor, QColor]:
    """Colours for deadlines met and late (green and red, distinct also in lightness)."""
    if is_dark(palette):
        return QColor("#7ddc9a"), QColor("#ff8a80")
    return QColor("#1b7f3b"), QColor("#b3261e")


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast_ratio(first: QColor, second: QColor) -> float:
    """WCAG contrast ratio (1 to 21); 4.5 is the minimum for normal text."""
    lighter, darker = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


class ThemeWatcher(QWidget):
    """Announces a switch between light and dark (system scheme or palette change).

    A hidden widget: Qt tells every widget about a palette change, so this needs no
    application-wide event filter (which would run Python for every event)."""

    changed = Signal(bool)  # dark now

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hide()
        self._dark = is_dark()
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._on_scheme_changed)

    def _on_scheme_changed(self, _scheme: Qt.ColorScheme) -> None:
        self._check()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._check()
        super().changeEvent(event)

    def _check(self) -> None:
        dark = is_dark()
        if dark != self._dark:
            self._dark = dark
            self.changed.emit(dark)
