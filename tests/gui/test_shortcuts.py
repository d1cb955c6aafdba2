"""Keyboard shortcuts of the main actions, and the help dialog built from the same table."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QDialog

from investigator_app.domain.lifecycle import Action
from investigator_app.gui.shell.main_window import CASE_MENU_COMMANDS
from investigator_app.gui.shell.shortcuts import SHORTCUTS, Command, ShortcutsDialog, help_entries
from investigator_app.gui.workspace.action_texts import command_text, with_mnemonic
from investigator_app.gui.workspace.case_dialogs import AssignDialog
from tests.gui.test_case_actions import in_next_dialog
from tests.support.world import ABB, AN, World


def activate(qtbot, window) -> None:
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2_000)


def test_the_table_has_one_key_per_command_and_sets_it_on_the_window(
    qtbot, world: World, desktops
) -> None:
    keys = [s.keys for s in SHORTCUTS]
    assert len(set(keys)) == len(keys)
    assert {s.command for s in SHORTCUTS} == set(Command)
    window = desktops(AN).workspace.window
    for shortcut in SHORTCUTS:
        action = window.commands[shortcut.command]
        assert action.shortcut() == QKeySequence(shortcut.keys)
        assert not action.icon().isNull(), shortcut.icon
        # An SVG icon draws at the device pixel ratio asked for: sharp at 200 % too.
        sharp = action.icon().pixmap(QSize(24, 24), 2.0)
        assert (sharp.width(), sharp.height()) == (48, 48)
    assert window.commands[Command.SYNC].shortcut().toString() == "F5"
    assert "(Ctrl+,)" in window.commands[Command.SETTINGS].toolTip()


def test_f1_lists_what_the_window_offers_and_export_appears_once_connected(
    qtbot, world: World, desktops
) -> None:
    window = desktops(AN).workspace.window
    activate(qtbot, window)
    seen: list[list[tuple[str, str]]] = []

    def read_and_close(dialog: QDialog) -> None:
        assert isinstance(dialog, ShortcutsDialog)
        assert dialog.windowTitle() == "Sneltoetsen"
        seen.append(dialog.rows())
        dialog.reject()

    in_next_dialog(ShortcutsDialog, read_and_close)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: bool(seen), timeout=5_000)
    listed = dict(seen[0])
    assert listed["F5"] == "Nu synchroniseren"
    assert listed["Ctrl+F"] == "Zoeken in de meldingen"
    assert listed["F1"] == "Dit overzicht van sneltoetsen"
    assert listed["Ctrl+D"] == "Dashboard openen"
    # Exactly the commands the window offers now: shown and handled.
    offered = {
        window.commands[s.command].shortcut().toString()
        for s in SHORTCUTS
        if window.commands[s.command].isVisible()
    }
    assert set(listed) == offered

    # A command nothing handles (export before its feature wires it) is left out.
    export = window.commands[Command.EXPORT]
    export.triggered.disconnect()
    window.refresh_command_visibility()
    assert not export.isVisible()
    assert "Ctrl+E" not in dict(help_entries(window.commands))

    exported: list[bool] = []
    export.triggered.connect(lambda: exported.append(True))
    window.refresh_command_visibility()
    assert export.isVisible()
    assert ("Ctrl+E", "Dossier exporteren als PDF") in help_entries(window.commands)
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert exported == [True]


def test_search_next_case_and_a_case_action_by_keyboard(qtbot, world: World, desktops) -> None:
    first = world.register_and_forward(ABB, summary="Eerste")
    second = world.register_and_forward(ABB, summary="Tweede")
    an = desktops(AN)
    window = an.workspace.window
    qtbot.waitUntil(lambda: window.proxy.rowCount() == 2, timeout=10_000)
    activate(qtbot, window)

    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.ui.searchEdit.hasFocus()

    window.ui.caseTable.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    shown_first = window.selected_case_id()
    assert shown_first in (first["id"], second["id"])
    qtbot.keyClick(window, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert window.selected_case_id() not in (None, shown_first)
    qtbot.keyClick(window, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert window.selected_case_id() == shown_first
    # Case actions come after the conflict-of-interest declaration.
    assert window.case_pane.ui.stack.currentWidget() is window.case_pane.conflict_gate
    window.case_pane.conflict_gate.no_conflict_button.click()

    picked: list[bool] = []

    def pick_myself(dialog: QDialog) -> None:
        assert isinstance(dialog, AssignDialog)
        picked.append(True)
        dialog.accept()

    in_next_dialog(AssignDialog, pick_myself)
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert picked == [True]
    assert window.case_pane.ui.assigneeValue.text() == "Toegewezen aan An Peeters"

    # Closing is not allowed for a forwarded case: the key says so instead of doing it.
    activate(qtbot, window)
    assert not window.case_pane.action(Action.CLOSE).isEnabled()
    qtbot.keyClick(
        window,
        Qt.Key.Key_A,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert window.ui.statusBar.currentMessage() == (
        "Deze actie is nu niet mogelijk voor de gekozen melding."
    )


def test_the_case_menu_says_what_the_workspace_says(qtbot, world: World, desktops) -> None:
    window = desktops(AN).workspace.window
    items = [a for a in window.ui.menuCase.actions() if not a.isSeparator()]
    texts = {a.objectName(): a.text() for a in items}
    assert texts["actionAcknowledge"] == "&Ontvangst bevestigen…"  # it opens a dialog
    assert texts["actionAssign"] == "&Toewijzen…"
    assert texts["actionRequestInfo"] == "Vraag bijkomende &informatie…"
    assert texts["actionCloseCase"] == "Melding a&fronden…"
    for command, action in CASE_MENU_COMMANDS:
        item = window.commands[command]
        assert item.text().replace("&", "") == command_text(action)
        assert window.case_pane.action(action).text().replace("&", "") == command_text(action)
    # The keys stay.
    assert window.commands[Command.ACKNOWLEDGE].shortcut() == QKeySequence("Ctrl+B")
    assert window.commands[Command.REQUEST_INFO].shortcut() == QKeySequence("Ctrl+I")


def test_an_access_key_follows_its_letter_into_the_workspaces_words() -> None:
    assert with_mnemonic("Vraag bijkomende informatie…", "&Informatie vragen…") == (
        "Vraag bijkomende &informatie…"
    )
    assert with_mnemonic("Melding afronden…", "Melding a&fronden…") == "Melding a&fronden…"
    assert with_mnemonic("Ask for more", "&Zoeken") == "Ask for more"  # no such letter
    assert with_mnemonic("Q & A", "&A") == "Q && &A"
