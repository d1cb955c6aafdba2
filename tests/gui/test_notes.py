"""Confidential notes in the case pane's "Notities" tab: written in a running client
against the real service, offline too; read only by whom the author chose; edits keep the
earlier text; every text shown as typed."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from investigator_app.domain.deadlines import DEFAULT_POLICY
from investigator_app.domain.notes import MAX_NOTE_LENGTH, NoteVisibility
from investigator_app.gui.session.reveal_session import RevealedIdentities
from investigator_app.gui.workspace.case_pane import CasePane, Tab
from investigator_app.gui.workspace.note_dialogs import EarlierVersionsDialog, NoteDialog
from investigator_app.gui.workspace.notes_panel import NoteCard
from investigator_app.store import LocalStore
from investigator_app.store.views import NoteView
from tests.gui.test_accessibility import unnamed_controls
from tests.gui.test_case_actions import in_next_dialog
from tests.gui.test_conflict_of_interest import assign
from tests.store.case_factory import me, page
from tests.store.test_notes import MY_NOTE, NOW, THEIR_NOTE, noted_case
from tests.support.screen import visible_texts
from tests.support.world import ABB, AN, JONAS, MIA, Desktop, World, add_manager

TIMEOUT_MS = 10_000
MARKUP = "Zie <b>factuur</b> & <script>alert('x')</script> van Gnoeaannemer"
SECRET = "Alleen voor mij: Okapivermoeden over de schepen"
TEAM = "Voor het dossierteam: Wombatfactuur nakijken"
NEW_TEXT = "Herziene tekst: Dodoverslag klopt"


def write_note(
    qtbot: QtBot,
    desktop: Desktop,
    text: str,
    visibility: NoteVisibility = NoteVisibility.ONLY_ME,
    edit: NoteCard | None = None,
) -> None:
    """Through "Nieuwe notitie…" (or a card's "Bewerken…") as the user would."""
    seen: list[NoteDialog] = []

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, NoteDialog)
        seen.append(dialog)
        dialog.ui.noteEdit.setPlainText(text)
        if visibility is NoteVisibility.CASE_TEAM:
            dialog.ui.caseTeamRadio.setChecked(True)
        else:
            dialog.ui.onlyMeRadio.setChecked(True)
        dialog.ok_button.click()

    in_next_dialog(NoteDialog, fill)
    panel = desktop.workspace.window.case_pane.notes_panel
    (edit.edit_button if edit is not None else panel.new_button).click()
    assert seen, "the note editor should have opened"


def cards(desktop: Desktop) -> list[NoteCard]:
    return desktop.workspace.window.case_pane.notes_panel.cards


def card_with(desktop: Desktop, text: str) -> NoteCard:
    [card] = [c for c in cards(desktop) if c.note.body == text]
    return card


def service_bodies(world: World, username: str, case_id: str) -> list[str]:
    return [note["body"] for note in world.case(username, case_id)["notes"]]


def test_the_editor_defaults_to_only_me_and_accepts_only_a_text_that_fits(
    qtbot: QtBot,
) -> None:
    dialog = NoteDialog()
    qtbot.addWidget(dialog)
    assert dialog.visibility() is NoteVisibility.ONLY_ME
    assert "nooit naar de melder" in dialog.ui.explanationLabel.text()
    assert "1700" in dialog.ui.explanationLabel.text()
    assert not dialog.ok_button.isEnabled()  # empty
    dialog.ui.noteEdit.setPlainText("   \n ")
    assert not dialog.ok_button.isEnabled()
    dialog.ui.noteEdit.setPlainText("  Kort  ")
    assert dialog.ok_button.isEnabled() and dialog.body() == "Kort"
    assert dialog.ui.counterLabel.text() == f"4 van maximaal {MAX_NOTE_LENGTH} tekens"
    dialog.ui.noteEdit.setPlainText("x" * (MAX_NOTE_LENGTH + 1))
    assert not dialog.ok_button.isEnabled() and not dialog.ui.hintLabel.isHidden()
    dialog.ui.caseTeamRadio.setChecked(True)
    assert dialog.visibility() is NoteVisibility.CASE_TEAM
    assert unnamed_controls(dialog) == []


def test_the_notes_tab_stays_empty_until_the_user_declared(qtbot: QtBot, tmp_path: Path) -> None:
    store = LocalStore.open(tmp_path / "stores" / "store.sqlite3")
    store.set_identity(me())
    pane = CasePane(RevealedIdentities())
    qtbot.addWidget(pane)
    try:
        store.apply_changes(page(noted_case(), cursor=1))
        pane.show_case(store.detail("c1", NOW), [], NOW, DEFAULT_POLICY)
        assert pane.notes_panel.cards == [] and not pane.notes_panel.new_button.isEnabled()
        assert pane.tab_text(Tab.NOTES) == "Notities"

        declared = noted_case(version=3).model_copy(update={"conflict_declared": True})
        store.apply_changes(page(declared, cursor=2))
        pane.show_case(store.detail("c1", NOW), [], NOW, DEFAULT_POLICY)
        theirs, mine = pane.notes_panel.cards
        assert (theirs.body_label.text(), mine.body_label.text()) == (THEIR_NOTE, MY_NOTE)
        assert theirs.edit_button.isHidden() and theirs.versions_button.isHidden()
        assert not mine.edit_button.isHidden() and not mine.versions_button.isHidden()
        assert pane.tab_text(Tab.NOTES) == "Notities (2)"

        # A sync refreshing the pane while a dialog opened from a card is up waits for it.
        store.add_note("c1", "Nieuw uit een sync", NoteVisibility.ONLY_ME, NOW)
        kept: list[bool] = []

        def sync_meanwhile(dialog: QDialog) -> None:
            pane.show_case(store.detail("c1", NOW), [], NOW, DEFAULT_POLICY)
            kept.append(pane.notes_panel.cards[1] is mine)
            dialog.reject()

        in_next_dialog(EarlierVersionsDialog, sync_meanwhile)
        mine.versions_button.click()
        assert kept == [True]
        assert [c.note.body for c in pane.notes_panel.cards][-1] == "Nieuw uit een sync"
        pane.show_case(None, [], NOW, DEFAULT_POLICY)
        assert pane.notes_panel.cards == []
    finally:
        store.close()


def test_a_note_written_offline_shows_at_once_and_goes_out_when_online(
    qtbot: QtBot, world: World, desktops: Callable[[str], Desktop]
) -> None:
    created = world.register_and_forward(ABB)
    an = desktops(AN)
    qtbot.waitUntil(lambda: an.open_case(created["id"]), timeout=TIMEOUT_MS)
    qtbot.waitUntil(lambda: an.workspace.store.pending_count() == 0, timeout=TIMEOUT_MS)
    pane = an.workspace.window.case_pane
    assert pane.tab_text(Tab.NOTES) == "Notities"
    assert not pane.notes_panel.empty_label.isHidden()

    an.workspace.runner.stop()  # on the road: no connection
    write_note(qtbot, an, MARKUP)
    [card] = cards(an)
    assert card.body_label.text() == MARKUP  # as typed: no bold, no script
    assert card.body_label.textFormat().name == "PlainText"
    assert card.header_label.text() == "An Peeters — Alleen ik"
    assert "nog niet verzonden" in card.times_label.text()
    assert not card.edit_button.isHidden() and card.versions_button.isHidden()
    assert pane.tab_text(Tab.NOTES) == "Notities (1)"
    assert unnamed_controls(pane) == []

    an.workspace.runner.start()  # back online: the note goes out
    qtbot.waitUntil(lambda: an.workspace.store.pending_count() == 0, timeout=TIMEOUT_MS)
    assert service_bodies(world, AN, created["id"]) == [MARKUP]
    qtbot.waitUntil(lambda: not cards(an)[0].note.pending, timeout=TIMEOUT_MS)
    assert "nog niet verzonden" not in cards(an)[0].times_label.text()


def test_a_case_team_note_is_read_by_the_assignee_and_a_manager_an_only_me_note_by_no_one(
    qtbot: QtBot, world: World, desktops: Callable[[str], Desktop]
) -> None:
    add_manager(world)
    created = world.register_and_forward(ABB)
    case_id = created["id"]
    assign(world, AN, case_id, JONAS)
    an = desktops(AN)
    qtbot.waitUntil(lambda: an.open_case(case_id), timeout=TIMEOUT_MS)
    write_note(qtbot, an, SECRET)
    write_note(qtbot, an, TEAM, NoteVisibility.CASE_TEAM)
    assert [c.note.body for c in cards(an)] == [SECRET, TEAM]
    qtbot.waitUntil(lambda: an.workspace.store.pending_count() == 0, timeout=TIMEOUT_MS)
    an.close()

    for username in (JONAS, MIA):  # the assignee, a manager of the department
        reader = desktops(username)

        def opened(reader: Desktop = reader) -> bool:
            return reader.open_case(case_id) and len(cards(reader)) == 1

        qtbot.waitUntil(opened, timeout=TIMEOUT_MS)
        [card] = cards(reader)
        assert card.body_label.text() == TEAM
        assert card.header_label.text() == "An Peeters — Dossierteam"
        assert card.edit_button.isHidden()  # only the author edits
        reader.workspace.window.case_pane.show_tab(Tab.NOTES)
        assert "Okapivermoeden" not in visible_texts()
        reader.close()


def test_an_edit_shows_at_once_and_the_earlier_text_stays_readable(
    qtbot: QtBot, world: World, desktops: Callable[[str], Desktop]
) -> None:
    created = world.register_and_forward(ABB)
    an = desktops(AN)
    qtbot.waitUntil(lambda: an.open_case(created["id"]), timeout=TIMEOUT_MS)
    write_note(qtbot, an, MARKUP)
    qtbot.waitUntil(lambda: an.workspace.store.pending_count() == 0, timeout=TIMEOUT_MS)
    qtbot.waitUntil(lambda: not cards(an)[0].note.pending, timeout=TIMEOUT_MS)

    write_note(qtbot, an, NEW_TEXT, NoteVisibility.CASE_TEAM, edit=cards(an)[0])
    card = cards(an)[0]
    assert card.note.body == NEW_TEXT and card.body_label.text() == NEW_TEXT
    assert card.header_label.text() == "An Peeters — Dossierteam"

    def confirmed() -> bool:
        note: NoteView = cards(an)[0].note
        return not note.pending and [v.body for v in note.earlier] == [MARKUP]

    qtbot.waitUntil(confirmed, timeout=TIMEOUT_MS)
    card = cards(an)[0]
    assert "bewerkt op" in card.times_label.text()
    assert not card.versions_button.isHidden()
    seen: list[tuple[list[str], str]] = []

    def read(dialog: QDialog) -> None:
        assert isinstance(dialog, EarlierVersionsDialog)
        assert unnamed_controls(dialog) == []
        seen.append((dialog.titles(), dialog.text_view.toPlainText()))
        dialog.reject()

    in_next_dialog(EarlierVersionsDialog, read)
    card.versions_button.click()
    [(titles, first_text)] = seen
    assert titles[0].startswith("Versie 1 — ") and titles[0].endswith("Alleen ik")
    assert titles[1].startswith("Huidige versie — ") and titles[1].endswith("Dossierteam")
    assert first_text == MARKUP  # the earlier text, literally
    assert service_bodies(world, AN, created["id"]) == [NEW_TEXT]
