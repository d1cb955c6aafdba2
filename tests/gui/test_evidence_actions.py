"""Adding, opening, replacing and withdrawing pieces from the Stukken tab, end to end on the
desktop: real dialogs, the real sealed store, the real outbox (offline: nothing is sent).
What the user sees after each step, and what the store holds."""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from investigator_app.domain.deadlines import DeadlinePolicy
from investigator_app.domain.evidence import CustodyKind, Piece, PieceFacts, PieceFile, PieceType
from investigator_app.domain.file_names import disk_name
from investigator_app.gui.conversation import attachment_opener, live_marker
from investigator_app.gui.session.reveal_session import RevealedIdentities
from investigator_app.gui.workspace import evidence_actions
from investigator_app.gui.workspace.case_controller import CaseController
from investigator_app.gui.workspace.case_pane import CasePane, Tab
from investigator_app.gui.workspace.evidence_actions import EvidenceActions
from investigator_app.gui.workspace.piece_dialogs import (
    AddPiecesDialog,
)
from investigator_app.gui.workspace.piece_reason_dialogs import (
    NewVersionDialog,
    WithdrawPieceDialog,
)
from investigator_app.gui.workspace.piece_texts import literal_name
from investigator_app.protocol import DepartmentSettingsOut
from investigator_app.store import LocalStore
from investigator_app.store.views import CaseDetail
from investigator_app.sync.runner import SyncRunner
from tests.store.case_factory import me, page
from tests.store.investigation_factory import AT, investigating
from tests.support.bidi import reorders
from tests.support.viewer import FileViewer

NOW = AT + timedelta(days=1)
TODAY = date(NOW.year, NOW.month, NOW.day)
REPORT = b"%PDF-1.4\nverslag van de werfbezoeken (fictief)\n" * 50
PHOTO = b"\xff\xd8\xff\xe0 foto van de oprit (fictief)" * 40


@pytest.fixture
def store(tmp_path: Path) -> Iterator[LocalStore]:
    opened = LocalStore.open(tmp_path / "data" / "store.sqlite3")
    opened.set_identity(me())
    opened.apply_changes(page(investigating("c1", conflict_declared=True), cursor=1))
    yield opened
    opened.close()
    attachment_opener.remove_session_copies()


class StukkenTab:
    """The Stukken tab of the case, wired as the window wires it, kept up to date."""

    def __init__(self, qtbot: QtBot, store: LocalStore) -> None:
        runner = SyncRunner(store.path, "http://127.0.0.1:9", None)  # never started: offline
        self.controller = CaseController(store, runner, clock=lambda: NOW)
        self.pane = CasePane(RevealedIdentities())
        qtbot.addWidget(self.pane)
        self.actions = EvidenceActions(self.pane, self.controller)
        self.actions.connect_view(self.pane.files_view)
        self.told: list[str] = []
        self.actions.status_message.connect(self.told.append)
        self.controller.action_failed.connect(self.told.append)
        self.controller.cases_changed.connect(lambda _ids: self.refresh())
        self.pane.resize(700, 800)
        self.pane.show()
        self.refresh()
        self.pane.show_tab(Tab.FILES)

    def refresh(self) -> None:
        self.pane.show_case(self.detail(), [], NOW, DeadlinePolicy())

    def detail(self) -> CaseDetail:
        detail = self.controller.detail("c1")
        assert detail is not None
        return detail

    def pieces(self) -> tuple[Piece, ...]:
        return self.detail().investigation.pieces


def in_next_dialog(kind: type[QWidget], act: Callable[[QWidget], None]) -> None:
    """Act on the next modal dialog of ``kind`` once it shows (exec() blocks the test)."""

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind):
            act(dialog)
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(20, poll)


def answer_next_box(button: QMessageBox.StandardButton, seen: list[str]) -> None:
    def click(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        box.button(button).click()

    in_next_dialog(QMessageBox, click)


def add_files(
    qtbot: QtBot, tab: StukkenTab, paths: list[Path], fill: Callable[[AddPiecesDialog], None]
) -> None:
    def describe(dialog: QWidget) -> None:
        assert isinstance(dialog, AddPiecesDialog)
        fill(dialog)
        dialog.ok_button.click()

    in_next_dialog(AddPiecesDialog, describe)
    with qtbot.waitSignal(tab.actions.imports_finished, timeout=10_000):
        tab.actions.on_add_files("c1", [str(p) for p in paths])


def test_a_batch_of_files_becomes_pieces_at_once_and_a_file_over_the_limit_is_refused_first(
    qtbot: QtBot, store: LocalStore, tmp_path: Path
) -> None:
    store.set_identity(
        me().model_copy(update={"settings": DepartmentSettingsOut(max_piece_bytes=4000)})
    )
    report, photo, big = (
        tmp_path / "Werfverslag.pdf",
        tmp_path / "IMG_2041.jpg",
        tmp_path / "film.mp4",
    )
    report.write_bytes(REPORT[:3000])
    photo.write_bytes(PHOTO[:1200])
    big.write_bytes(b"\x00" * 5000)
    tab = StukkenTab(qtbot, store)
    seen: dict[str, object] = {}

    def fill(dialog: AddPiecesDialog) -> None:
        seen["refused"] = dialog.refused_label.text()
        seen["titles"] = [dialog.facts(r).title for r in range(len(dialog.candidates))]
        seen["types"] = [dialog.facts(r).type for r in range(len(dialog.candidates))]
        dialog.source_edit.setText("Dienst Wegen en Werken")  # the same for both
        dialog.select(1)
        dialog.title_edit.setText("Foto van de oprit")
        dialog.description_edit.setPlainText("Genomen vanaf de straat.")

    add_files(qtbot, tab, [report, photo, big], fill)
    assert seen["refused"] == (
        "Deze bestanden worden niet toegevoegd:\n"
        "• film.mp4: Dit bestand is 4,9 kB groot; de dienst aanvaardt stukken tot 3,9 kB."
    )
    assert seen["titles"] == ["Werfverslag", "IMG_2041"]
    assert seen["types"] == [PieceType.DOCUMENT, PieceType.PHOTO]

    first, second = tab.pieces()
    assert (first.number, first.facts.title, first.facts.type) == (
        1,
        "Werfverslag",
        PieceType.DOCUMENT,
    )
    assert first.facts.source == second.facts.source == "Dienst Wegen en Werken"
    assert first.facts.obtained_on == TODAY
    assert (second.facts.title, second.facts.description) == (
        "Foto van de oprit",
        "Genomen vanaf de straat.",
    )
    assert first.file.sha256 == hashlib.sha256(REPORT[:3000]).hexdigest()
    assert second.file.name == "IMG_2041.jpg" and second.file.size == 1200
    assert first.pending and second.pending
    # Shown at once, waiting to be sent; the refused file never entered the store.
    cards = tab.pane.files_view.piece_cards
    assert [c.text_block.text().splitlines()[0] for c in cards] == [
        "Stuk 1 · Document · versie 1 · nog niet verzonden",
        "Stuk 2 · Foto · versie 1 · nog niet verzonden",
    ]
    assert tab.pane.tab_text(Tab.FILES) == "Stukken (2)"
    big_sha = hashlib.sha256(big.read_bytes()).hexdigest()
    assert store.piece_availability([big_sha])[big_sha].value != "available"
    assert any("2 stukken toegevoegd" in t for t in tab.told)


def test_opening_a_piece_gives_the_viewer_a_checked_copy_and_records_it(
    qtbot: QtBot, store: LocalStore, tmp_path: Path, viewer: FileViewer
) -> None:
    hostile = tmp_path / "Factuur \u202efdp.exe"
    hostile.write_bytes(b"MZ fictief programma")
    report = tmp_path / "Werfverslag.pdf"
    report.write_bytes(REPORT)
    tab = StukkenTab(qtbot, store)
    add_files(qtbot, tab, [report, hostile], lambda dialog: None)
    doc, exe = tab.pieces()

    tab.actions.on_open_piece("c1", doc.id, 1)
    qtbot.waitUntil(lambda: len(viewer.opened) == 1)
    copy = Path(viewer.opened[0].toLocalFile())
    assert copy.read_bytes() == REPORT and copy.name == "Werfverslag.pdf"
    assert copy.is_relative_to(attachment_opener.session_folder())
    doc = tab.pieces()[0]
    assert [(e.kind, e.version) for e in doc.custody] == [
        (CustodyKind.ADDED, 1),
        (CustodyKind.OPENED, 1),
    ]
    card = tab.pane.files_view.card(doc.id)
    assert card is not None
    card.details_button.click()
    assert card.custody_table.row_texts(1)[2] == "Geopend"

    # A program disguised by a right-to-left override: the warning names it literally;
    # declined, nothing is opened and nothing recorded.
    warnings: list[str] = []
    answer_next_box(QMessageBox.StandardButton.No, warnings)
    tab.actions.on_open_piece("c1", exe.id, 1)
    assert warnings and "⟨U+202E⟩" in warnings[0] and not reorders(warnings[0])
    qtbot.wait(50)
    assert len(viewer.opened) == 1
    assert [e.kind for e in tab.pieces()[1].custody] == [CustodyKind.ADDED]


def _damage(store: LocalStore) -> None:
    """Flip a byte of every sealed chunk of the store's piece files (a disk going bad)."""
    with sqlite3.connect(store.path) as conn:
        rows = conn.execute("SELECT rowid, data FROM piece_chunks").fetchall()
        for rowid, data in rows:
            spoilt = bytes([data[0] ^ 0xFF]) + data[1:]
            conn.execute("UPDATE piece_chunks SET data = ? WHERE rowid = ?", (spoilt, rowid))


def test_a_damaged_piece_is_never_opened_and_then_shown_as_damaged(
    qtbot: QtBot, store: LocalStore, tmp_path: Path, viewer: FileViewer
) -> None:
    report = tmp_path / "Werfverslag.pdf"
    report.write_bytes(REPORT)
    tab = StukkenTab(qtbot, store)
    add_files(qtbot, tab, [report], lambda dialog: None)
    [piece] = tab.pieces()
    _damage(store)
    warnings: list[str] = []
    answer_next_box(QMessageBox.StandardButton.Ok, warnings)
    tab.actions.on_open_piece("c1", piece.id, 1)
    qtbot.waitUntil(lambda: bool(warnings), timeout=5000)
    assert "beschadigd" in warnings[0]
    assert viewer.opened == []
    assert [e.kind for e in tab.pieces()[0].custody] == [CustodyKind.ADDED]  # not opened
    card = tab.pane.files_view.card(piece.id)
    assert card is not None
    qtbot.waitUntil(lambda: "beschadigd" in card.text_block.text())
    assert not card.open_button.isEnabled()
    # Nothing of the damaged bytes was left for a viewer.
    folder = attachment_opener.session_folder()
    left = [p for p in folder.rglob("*") if p.is_file() and p.name != live_marker.MARKER]
    assert left == []


def test_a_new_version_keeps_the_old_one_and_withdrawing_keeps_the_piece_with_its_reason(
    qtbot: QtBot, store: LocalStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    draft, signed = tmp_path / "Contract (ontwerp).pdf", tmp_path / "Contract getekend.pdf"
    draft.write_bytes(REPORT)
    signed.write_bytes(REPORT + b"getekend")
    tab = StukkenTab(qtbot, store)
    add_files(qtbot, tab, [draft], lambda dialog: None)
    [piece] = tab.pieces()

    chosen = [str(draft)]
    monkeypatch.setattr(evidence_actions, "choose_files", lambda *_a, **_k: list(chosen))
    # The same file again: said so, nothing queued.
    seen: list[str] = []

    def reason(dialog: QWidget) -> None:
        assert isinstance(dialog, NewVersionDialog)
        assert not dialog.ok_button.isEnabled()  # a reason is required
        dialog.reason_edit.setPlainText("Het getekende exemplaar.")
        dialog.ok_button.click()

    in_next_dialog(NewVersionDialog, reason)
    answer_next_box(QMessageBox.StandardButton.Ok, seen)
    with qtbot.waitSignal(tab.actions.imports_finished, timeout=10_000):
        tab.actions.on_new_version("c1", piece.id)
    assert seen and "hetzelfde" in seen[0]
    assert tab.pieces()[0].version == 1

    chosen[:] = [str(signed)]
    in_next_dialog(NewVersionDialog, reason)
    with qtbot.waitSignal(tab.actions.imports_finished, timeout=10_000):
        tab.actions.on_new_version("c1", piece.id)
    [piece] = tab.pieces()
    assert piece.version == 2 and piece.file.name == "Contract getekend.pdf"
    assert [v.file.name for v in piece.earlier] == ["Contract (ontwerp).pdf"]
    assert piece.custody[-1].kind is CustodyKind.REPLACED
    assert piece.custody[-1].detail == "Het getekende exemplaar."
    card = tab.pane.files_view.card(piece.id)
    assert card is not None and "versie 2" in card.text_block.text().splitlines()[0]

    def withdraw(dialog: QWidget) -> None:
        assert isinstance(dialog, WithdrawPieceDialog)
        dialog.reason_edit.setPlainText("Hoort bij een andere melding.")
        dialog.ok_button.click()

    in_next_dialog(WithdrawPieceDialog, withdraw)
    tab.actions.on_withdraw("c1", piece.id)
    [piece] = tab.pieces()
    assert piece.withdrawn is not None and piece.withdrawn.reason == "Hoort bij een andere melding."
    card = tab.pane.files_view.card(piece.id)
    assert card is not None and card.more_block is not None
    assert "Reden: Hoort bij een andere melding." in card.more_block.text()
    assert set(card.buttons()) == {"open", "details"}


def test_a_file_over_the_limit_at_queueing_is_refused_with_the_limit(
    qtbot: QtBot, store: LocalStore, tmp_path: Path
) -> None:
    report = tmp_path / "Werfverslag.pdf"
    report.write_bytes(REPORT)
    tab = StukkenTab(qtbot, store)
    file = tab.controller.import_piece_file(report)
    # The department lowered its limit meanwhile (a sync brought it).
    store.set_identity(
        me().model_copy(update={"settings": DepartmentSettingsOut(max_piece_bytes=2000)})
    )
    facts = PieceFacts("Werfverslag", "", "", TODAY, PieceType.DOCUMENT)
    assert not tab.controller.add_piece("c1", facts, file)
    assert tab.pieces() == ()
    assert tab.told == [
        "Het bestand werd niet aanvaard: het is groter dan 2,0 kB, de grens die de dienst instelde."
    ]


@pytest.mark.parametrize(
    "name",
    [
        "..\\..\\..\\Windows\\System32\\drivers\\etc\\hosts",
        "../../.ssh/authorized_keys",
        "CON.pdf",
        "nul",
        "Factuur \u202efdp.exe",
        "Verslag " + "zeer lange naam " * 18 + "einde.pdf",  # 300 characters
    ],
)
def test_a_hostile_name_is_shown_literally_and_opened_under_a_safe_name(
    qtbot: QtBot, store: LocalStore, tmp_path: Path, viewer: FileViewer, name: str
) -> None:
    data = b"%PDF-1.4 fictief" * 10
    plain = tmp_path / "stuk.bin"
    plain.write_bytes(data)
    tab = StukkenTab(qtbot, store)
    imported = tab.controller.import_piece_file(plain)
    # The name as another workstation's system gave it (the service keeps it literally).
    hostile = PieceFile(imported.sha256, imported.size, name, imported.media_type)
    facts = PieceFacts("Stuk met een vreemde naam", "", "", TODAY, PieceType.OTHER)
    assert tab.controller.add_piece("c1", facts, hostile)
    [piece] = tab.pieces()
    assert piece.file.name == name
    card = tab.pane.files_view.card(piece.id)
    assert card is not None
    assert card.name_label.literal == literal_name(name)
    assert not reorders(card.name_label.text())
    warned: list[str] = []
    if attachment_opener.is_risky(disk_name(name)):
        answer_next_box(QMessageBox.StandardButton.Yes, warned)  # a risky type asks first
    tab.actions.on_open_piece("c1", piece.id, 1)
    qtbot.waitUntil(lambda: len(viewer.opened) == 1, timeout=5000)
    copy = Path(viewer.opened[0].toLocalFile())
    folder = attachment_opener.session_folder()
    assert copy.parent.parent == folder  # never outside this session's folder
    assert copy.read_bytes() == data
    assert len(copy.name) <= 120 and "/" not in copy.name and "\\" not in copy.name
    assert copy.name.split(".")[0].upper() not in {"CON", "NUL"}
    assert not reorders(copy.name)
    assert all(not reorders(text) for text in warned)
