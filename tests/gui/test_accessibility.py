"""Every control a user can reach has a name a screen reader can say."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QSlider,
    QTabBar,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from investigator_app.accountability.yearly import DepartmentFacts, ReportFacts
from investigator_app.dashboard.facts import DashboardFacts
from investigator_app.desktop.settings import AppSettings
from investigator_app.domain.vocabulary import Category, Channel, Outcome, Status
from investigator_app.gui.dashboard.dashboard import DashboardDialog
from investigator_app.gui.session.login_dialog import LoginDialog
from investigator_app.gui.shell.settings_dialog import SettingsDialog
from investigator_app.gui.shell.shortcuts import ShortcutsDialog
from investigator_app.gui.workspace.case_dialogs import (
    AssignDialog,
    ReturnCaseDialog,
    assessment_dialog,
)
from tests.gui.test_translations import never_called
from tests.store.case_factory import COLLEAGUE, ME
from tests.support.world import ABB, AN, World

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QTextEdit,
    QPlainTextEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QSlider,
    QTabBar,
)


def _is_part_of_another_control(widget: QWidget) -> bool:
    """Editors and views inside a combo box, spin box or date edit, a line edit's clear
    button, Qt's own extension buttons: the screen reader names the outer control."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QComboBox | QAbstractSpinBox | QLineEdit):
            return True
        parent = parent.parentWidget()
    return widget.objectName().startswith("qt_")


def spoken_name(widget: QWidget) -> str:
    """What a screen reader announces: the accessible name, else what Qt derives (a
    button's text, the label whose buddy the field is)."""
    if widget.accessibleName():
        return widget.accessibleName()
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def unnamed_controls(root: QWidget) -> list[str]:
    missing = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not isinstance(widget, INTERACTIVE) or _is_part_of_another_control(widget):
            continue
        if isinstance(widget, QTabBar | QHeaderView):
            continue  # named by their tab titles and column headers
        if not spoken_name(widget).replace("&", ""):
            missing.append(f"{type(widget).__name__} {widget.objectName() or '(no name)'}")
    return missing


@pytest.fixture
def settings(tmp_path: Path) -> AppSettings:
    return AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


def test_the_main_window_with_a_case_open(qtbot, world: World, desktops) -> None:
    created = world.register_and_forward(ABB)
    an = desktops(AN)
    window = an.workspace.window
    # First the conflict-of-interest declaration, then the case itself.
    qtbot.waitUntil(lambda: window.select_case(created["id"]), timeout=10_000)
    assert window.case_pane.ui.stack.currentWidget() is window.case_pane.conflict_gate
    assert unnamed_controls(window) == []
    assert an.open_case(created["id"])
    assert unnamed_controls(window) == []


def test_the_dialogs(qtbot, settings: AppSettings, tmp_path: Path) -> None:
    at = datetime(2026, 11, 3, tzinfo=UTC)
    closed = ReportFacts(
        Status.CLOSED, Category.BRIBERY, Channel.PHONE, at, "AGO", Outcome.FOUNDED,
        acknowledged_at=at, closed_at=at, case_id="c1",
    )  # fmt: skip
    facts = DashboardFacts(DepartmentFacts("AGO", "Agentschap"), [closed])
    dialogs: list[QWidget] = [
        SettingsDialog(settings, tmp_path),
        LoginDialog(never_called),
        ShortcutsDialog([("F5", "Nu synchroniseren")]),
        DashboardDialog(lambda: facts, lambda: datetime(2026, 11, 26, tzinfo=UTC)),
        AssignDialog([ME, COLLEAGUE], ME.id, None),
        assessment_dialog("1700-2026-000123"),  # the close dialog: tests/gui/test_workspace.py
        ReturnCaseDialog(),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        assert unnamed_controls(dialog) == [], dialog.windowTitle()


def test_the_check_finds_an_unnamed_control(qtbot) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    QVBoxLayout(host).addWidget(QLineEdit(host))
    assert unnamed_controls(host) == ["QLineEdit (no name)"]
