"""The main window's commands in one table: key sequence, menu action, icon and the text of
the help dialog. The table sets the shortcuts and builds the "Sneltoetsen" dialog, so the
two cannot disagree."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import SIGNAL, QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from investigator_app.gui.common.dialog_buttons import close_buttons
from investigator_app.gui.common.icons import icon


class Command(StrEnum):
    SYNC = "sync"
    SEARCH = "search"
    NEXT_CASE = "next_case"
    PREVIOUS_CASE = "previous_case"
    ACKNOWLEDGE = "acknowledge"
    ASSIGN = "assign"
    REQUEST_INFO = "request_info"
    CLOSE_CASE = "close_case"
    EXPORT = "export"
    EXPORT_SELECTION = "export_selection"
    PRINT = "print"
    MY_TASKS = "my_tasks"
    DASHBOARD = "dashboard"
    SETTINGS = "settings"
    LOCK = "lock"
    HELP = "help"
    QUIT = "quit"


@dataclass(frozen=True)
class Shortcut:
    command: Command
    keys: str  # portable text (QKeySequence.PortableText): "Ctrl" is Cmd on a Mac
    action: str  # objectName of the QAction in ui/main_window.ui
    icon: str  # resources/icons/<icon>.svg


SHORTCUTS: tuple[Shortcut, ...] = (
    Shortcut(Command.SYNC, "F5", "actionSync", "sync"),
    Shortcut(Command.SEARCH, "Ctrl+F", "actionSearch", "search"),
    Shortcut(Command.NEXT_CASE, "Alt+Down", "actionNextCase", "next"),
    Shortcut(Command.PREVIOUS_CASE, "Alt+Up", "actionPreviousCase", "previous"),
    Shortcut(Command.ACKNOWLEDGE, "Ctrl+B", "actionAcknowledge", "acknowledge"),
    Shortcut(Command.ASSIGN, "Ctrl+T", "actionAssign", "assign"),
    Shortcut(Command.REQUEST_INFO, "Ctrl+I", "actionRequestInfo", "request-info"),
    Shortcut(Command.CLOSE_CASE, "Ctrl+Shift+A", "actionCloseCase", "close-case"),
    Shortcut(Command.EXPORT, "Ctrl+E", "actionExport", "export"),
    Shortcut(Command.EXPORT_SELECTION, "Ctrl+Shift+E", "actionExportSelection", "export"),
    Shortcut(Command.PRINT, "Ctrl+P", "actionPrint", "print"),
    Shortcut(Command.MY_TASKS, "Ctrl+Shift+T", "actionMyTasks", "tasks"),
    Shortcut(Command.DASHBOARD, "Ctrl+D", "actionDashboard", "dashboard"),
    Shortcut(Command.SETTINGS, "Ctrl+,", "actionSettings", "settings"),
    Shortcut(Command.LOCK, "Ctrl+L", "actionLock", "lock"),
    Shortcut(Command.HELP, "F1", "actionShortcuts", "help"),
    Shortcut(Command.QUIT, "Ctrl+Q", "actionQuit", "quit"),
)


def description(command: Command) -> str:
    """What the command does, for the help dialog (literal strings, so lupdate sees them)."""
    texts = {
        Command.SYNC: QCoreApplication.translate("Shortcuts", "Nu synchroniseren"),
        Command.SEARCH: QCoreApplication.translate("Shortcuts", "Zoeken in de meldingen"),
        Command.NEXT_CASE: QCoreApplication.translate("Shortcuts", "Volgende melding"),
        Command.PREVIOUS_CASE: QCoreApplication.translate("Shortcuts", "Vorige melding"),
        Command.ACKNOWLEDGE: QCoreApplication.translate("Shortcuts", "Ontvangst bevestigen"),
        Command.ASSIGN: QCoreApplication.translate("Shortcuts", "Melding toewijzen"),
        Command.REQUEST_INFO: QCoreApplication.translate(
            "Shortcuts", "De melder om informatie vragen"
        ),
        Command.CLOSE_CASE: QCoreApplication.translate("Shortcuts", "Melding afronden"),
        Command.EXPORT: QCoreApplication.translate("Shortcuts", "Dossier exporteren als PDF"),
        Command.EXPORT_SELECTION: QCoreApplication.translate(
            "Shortcuts", "Geselecteerde meldingen exporteren, één dossier per melding"
        ),
        Command.PRINT: QCoreApplication.translate("Shortcuts", "Dossier afdrukken"),
        Command.MY_TASKS: QCoreApplication.translate(
            "Shortcuts", "Mijn taken: uw open onderzoekstaken"
        ),
        Command.DASHBOARD: QCoreApplication.translate("Shortcuts", "Dashboard openen"),
        Command.SETTINGS: QCoreApplication.translate("Shortcuts", "Instellingen"),
        Command.LOCK: QCoreApplication.translate("Shortcuts", "Het scherm vergrendelen"),
        Command.HELP: QCoreApplication.translate("Shortcuts", "Dit overzicht van sneltoetsen"),
        Command.QUIT: QCoreApplication.translate("Shortcuts", "De app afsluiten"),
    }
    return texts[command]


def find_actions(window: QWidget) -> dict[Command, QAction]:
    actions: dict[Command, QAction] = {}
    for shortcut in SHORTCUTS:
        action = window.findChild(QAction, shortcut.action)
        if action is None:
            raise LookupError(f"no QAction named {shortcut.action} in {window.objectName()}")
        actions[shortcut.command] = action
    return actions


def apply_shortcuts(actions: Mapping[Command, QAction]) -> None:
    """Set every action's key sequence, icon, and a tooltip that names the key."""
    for shortcut in SHORTCUTS:
        action = actions[shortcut.command]
        sequence = QKeySequence(shortcut.keys, QKeySequence.SequenceFormat.PortableText)
        action.setShortcut(sequence)
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.setIcon(icon(shortcut.icon))
        native = sequence.toString(QKeySequence.SequenceFormat.NativeText)
        tip = action.toolTip() or action.text().replace("&", "")
        if native not in tip:
            action.setToolTip(f"{tip} ({native})")


def is_connected(action: QAction) -> bool:
    """Whether anything handles the action (export and print are wired by their feature)."""
    return action.receivers(SIGNAL("triggered(bool)")) > 0 or (
        action.receivers(SIGNAL("triggered()")) > 0
    )


def help_entries(actions: Mapping[Command, QAction]) -> list[tuple[str, str]]:
    """(key, description) for every command the window offers now (visible and handled)."""
    entries: list[tuple[str, str]] = []
    for shortcut in SHORTCUTS:
        action = actions[shortcut.command]
        if action.isVisible() and is_connected(action):
            key = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            entries.append((key, description(shortcut.command)))
    return entries


class ShortcutsDialog(QDialog):
    def __init__(self, entries: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sneltoetsen"))
        self.setObjectName("shortcutsDialog")
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Deze sneltoetsen werken overal in het hoofdvenster."), self)
        layout.addWidget(intro)
        table = QTableWidget(len(entries), 2, self)
        table.setObjectName("shortcutTable")
        table.setAccessibleName(self.tr("Sneltoetsen en wat ze doen"))
        table.setHorizontalHeaderLabels([self.tr("Toets"), self.tr("Actie")])
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        for row, (key, text) in enumerate(entries):
            table.setItem(row, 0, QTableWidgetItem(key))
            table.setItem(row, 1, QTableWidgetItem(text))
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(table)
        self.table = table
        buttons = close_buttons(self)
        layout.addWidget(buttons)
        self.resize(460, 480)

    def rows(self) -> list[tuple[str, str]]:
        """(key, description) as listed."""
        listed: list[tuple[str, str]] = []
        for row in range(self.table.rowCount()):
            key, text = self.table.item(row, 0), self.table.item(row, 1)
            listed.append((key.text() if key else "", text.text() if text else ""))
        return listed
