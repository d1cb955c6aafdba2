"""Light and dark: the app's own colours follow the palette and stay readable on it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from investigator_app.domain.deadlines import DeadlineState
from investigator_app.gui.common import theme
from tests.support.world import AN, World


def dark_palette() -> QPalette:
    """What Windows' dark mode gives a Qt app (roughly)."""
    palette = QPalette()
    window, text = QColor("#202020"), QColor("#ffffff")
    for role, colour in (
        (QPalette.ColorRole.Window, window),
        (QPalette.ColorRole.WindowText, text),
        (QPalette.ColorRole.Base, QColor("#1c1c1c")),
        (QPalette.ColorRole.AlternateBase, QColor("#2b2b2b")),
        (QPalette.ColorRole.Text, text),
        (QPalette.ColorRole.Button, QColor("#2d2d2d")),
        (QPalette.ColorRole.ButtonText, text),
    ):
        palette.setColor(role, colour)
    return palette


@pytest.fixture
def restore_palette(qapp: QApplication) -> Iterator[QApplication]:
    before = QPalette(qapp.palette())
    yield qapp
    qapp.setPalette(before)


@pytest.mark.parametrize("dark", [False, True])
def test_our_colours_keep_their_contrast_on_light_and_dark(
    restore_palette: QApplication, dark: bool
) -> None:
    if dark:
        restore_palette.setPalette(dark_palette())
    palette = QApplication.palette()
    assert theme.is_dark() is dark
    window = palette.color(QPalette.ColorRole.Window)
    for state in (DeadlineState.DUE_SOON, DeadlineState.OVERDUE):
        cell = theme.deadline_colours(state)
        assert cell is not None
        assert theme.contrast_ratio(cell.foreground, cell.background) >= 4.5, state
        # The cell stands out from the table's own background.
        base = palette.color(QPalette.ColorRole.Base)
        assert abs(cell.background.lightness() - base.lightness()) < 200
    assert theme.deadline_colours(DeadlineState.ON_TIME) is None
    assert theme.contrast_ratio(theme.warning_text(), window) >= 4.5
    chart_background = QColor("#ffffff") if not dark else QColor("#2e303a")
    for colour in [*theme.chart_series(), *theme.met_and_late()]:
        assert theme.contrast_ratio(colour, chart_background) >= 3.0, colour.name()


def test_the_window_follows_a_switch_to_dark_while_it_runs(
    qtbot, world: World, desktops, restore_palette: QApplication
) -> None:
    window = desktops(AN).workspace.window
    window.on_online_changed(False)
    assert "#b3261e" in window.sync_status.online_label.styleSheet()  # dark red on light grey

    with qtbot.waitSignal(window.theme_watcher.changed, timeout=2_000) as switched:
        restore_palette.setPalette(dark_palette())
    assert switched.args == [True]
    style = window.sync_status.online_label.styleSheet()
    assert "#ff8a80" in style  # light red on dark grey
    assert theme.contrast_ratio(QColor("#ff8a80"), QColor("#202020")) >= 4.5
