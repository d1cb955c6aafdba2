"""The Stukken tab's pieces as real widgets: what a card says, the names shown literally,
the chain of custody, what a user may click when, and files dropped onto the tab."""

from __future__ import annotations

import unicodedata
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from investigator_app.domain.deadlines import DeadlinePolicy
from investigator_app.domain.evidence import PieceType
from investigator_app.domain.vocabulary import Status
from investigator_app.gui.session.reveal_session import RevealedIdentities
from investigator_app.gui.workspace.case_pane import CasePane, Tab
from investigator_app.gui.workspace.files_view import FilesView
from investigator_app.gui.workspace.piece_dialogs import (
    AddPiecesDialog,
    examine,
)
from investigator_app.gui.workspace.piece_reason_dialogs import (
    NewVersionDialog,
    WithdrawPieceDialog,
)
from investigator_app.gui.workspace.piece_status import PieceStatus, Where
from investigator_app.gui.workspace.piece_texts import (
    default_title,
    elide_middle,
    guessed_type,
    literal_name,
    megabytes,
)
from investigator_app.store.views import CaseDetail
from tests.gui.evidence_cases import (
    CONTRACT_V1,
    CONTRACT_V2,
    EXTRACT,
    HOSTILE_NAME,
    LONG_NAME,
    MAIL,
    PHOTO,
    contract,
    with_pieces,
)
from tests.gui.investigation_cases import COLLEAGUES, case_detail
from tests.gui.test_accessibility import unnamed_controls
from tests.support.bidi import reorders


def declared(case: CaseDetail) -> CaseDetail:
    return replace(case, conflict_declared=True)


def files_tab(
    qtbot: QtBot,
    case: CaseDetail,
    statuses: dict[str, PieceStatus] | None = None,
    width: int = 560,
) -> CasePane:
    pane = CasePane(RevealedIdentities(), colleagues=COLLEAGUES)
    qtbot.addWidget(pane)
    pane.files_view.set_status_source(lambda _case: statuses or {})
    pane.resize(width, 800)
    pane.show()
    pane.show_case(declared(case), [], datetime.now().astimezone(), DeadlinePolicy())
    pane.show_tab(Tab.FILES)
    qtbot.waitExposed(pane)
    return pane


def test_names_are_shown_literally_and_types_guessed() -> None:
    shown = literal_name(HOSTILE_NAME)
    assert shown == "Factuur ⟨U+202E⟩fdp.exe"
    assert not reorders(shown)
    # Every invisible or look-alike-blank character becomes visible; letters stay.
    sneaky = "a\u200bb\u00a0c\u3164d\x00e\u2066f.pdf"
    assert literal_name(sneaky) == ("a⟨U+200B⟩b⟨U+00A0⟩c⟨U+3164⟩d⟨U+0000⟩e⟨U+2066⟩f.pdf")
    assert literal_name("Brief aan de melder — été.pdf") == "Brief aan de melder — été.pdf"
    assert all(unicodedata.category(c)[0] not in "CZ" or c == " " for c in literal_name(sneaky))
    cut = elide_middle(LONG_NAME, 40)
    assert len(cut) == 40 and cut.startswith("Verslag ") and cut.endswith("einde.pdf")
    assert elide_middle("kort.pdf", 40) == "kort.pdf"
    assert guessed_type("scan.PDF") is PieceType.DOCUMENT
    assert guessed_type("IMG_2041.jpeg") is PieceType.PHOTO
    assert guessed_type("verhoor.m4a") is PieceType.AUDIO_VIDEO
    assert guessed_type("mail.eml") is PieceType.EMAIL
    assert guessed_type("archief.zip") is PieceType.OTHER
    assert guessed_type("geen-extensie") is PieceType.OTHER
    assert default_title("..\\..\\map/Offerte  2025.pdf") == "Offerte 2025"
    assert default_title("Factuur \u202efdp.exe") == "Factuur fdp"
    assert megabytes(200 * 1024 * 1024) == "200 MB"


def test_each_piece_shows_its_facts_state_and_the_findings_that_cite_it(qtbot: QtBot) -> None:
    statuses = {PHOTO.sha256: PieceStatus(Where.SENDING, 45)}
    pane = files_tab(qtbot, case_detail(with_pieces()), statuses)
    view = pane.files_view
    assert pane.tab_text(Tab.FILES) == "Stukken (8)"  # 4 pieces, 2 of 1700, 2 of the reporter
    assert [card.piece.number for card in view.piece_cards] == [1, 2, 3, 4]
    contract, photo, mail, extract = view.piece_cards
    text = contract.text_block.text()
    for expected in (
        "Stuk 1 · Document · versie 2",
        "Onderhoudscontract stadswegen 2025",
        "Bron: Dienst Aankoop, op vraag van de onderzoeker · verkregen op 03/11/2026",
        "Toegevoegd door An Peeters op 03/11/2026 10:12",
        "versie 2 door Jonas Maes op 10/11/2026 15:30",
        "197,0 kB",
    ):
        assert expected in text
    assert contract.name_label.full_text == "Bestand: " + CONTRACT_V2.name
    assert contract.more_block is not None
    assert contract.more_block.text() == "Aangehaald in de bevinding bij tenlastelegging 1"
    assert photo.text_block.text().startswith("Stuk 2 · Foto · versie 1 · wordt verzonden 45%")
    assert extract.text_block.text().startswith(
        "Stuk 4 · Uittreksel uit een register · versie 1 · ingetrokken"
    )
    assert extract.more_block is not None
    assert extract.more_block.text() == (
        "Ingetrokken door Jonas Maes op 21/11/2026 16:00. "
        "Reden: Uittreksel van een andere onderneming."
    )
    # A withdrawn piece can still be opened (and its custody read), not changed.
    assert set(extract.buttons()) == {"open", "details"}
    assert set(contract.buttons()) == {"open", "new_version", "withdraw", "details"}
    # 1700's and the reporter's files follow, as before.
    assert [row.attachment.name for row in view.rows] == [
        "Mail van de melder.eml",
        "Offerte Bouwbedrijf Vermeulen.pdf",
        "Factuur 2025-117.pdf",
        "Foto werf.jpg",
    ]
    qtbot.waitUntil(mail.isVisible)


def test_a_hostile_name_shows_every_character_and_a_long_one_is_cut_in_the_middle(
    qtbot: QtBot,
) -> None:
    pane = files_tab(qtbot, case_detail(with_pieces()))
    mail = pane.files_view.card("piece-mail")
    extract = pane.files_view.card("piece-extract")
    assert mail is not None and extract is not None
    qtbot.waitUntil(lambda: mail.name_label.text() == "Bestand: Factuur ⟨U+202E⟩fdp.exe")
    assert not reorders(mail.name_label.text())
    assert "Factuur ⟨U+202E⟩fdp.exe" in mail.name_label.toolTip()
    shown = extract.name_label.text()
    assert "…" in shown and shown.endswith("einde.pdf") and shown.startswith("Bestand: Verslag")
    assert extract.name_label.width() <= extract.width()
    assert LONG_NAME in extract.name_label.toolTip()
    # The pane stays as narrow as it was: no name widens it.
    contents = pane.files_view.widget()
    assert contents is not None and contents.width() <= pane.files_view.viewport().width()


def test_the_chain_of_custody_unfolds_on_the_piece_and_stays_unfolded(qtbot: QtBot) -> None:
    pane = files_tab(qtbot, case_detail(with_pieces()))
    view = pane.files_view
    contract = view.card("piece-contract")
    assert contract is not None and contract.details is None  # built when first unfolded
    contract.details_button.click()
    assert contract.details is not None
    qtbot.waitUntil(contract.details.isVisible)
    table = contract.custody_table
    assert [table.row_texts(r) for r in range(table.rowCount())] == [
        ["03/11/2026 10:12", "An Peeters", "Toegevoegd: Dienst Aankoop", "1 · 11111111…"],
        [
            "10/11/2026 15:30",
            "Jonas Maes",
            "Vervangen door een nieuwe versie: Het ontwerp vervangen door het getekende exemplaar.",
            "2 · 22222222…",
        ],
        ["12/11/2026 09:05", "An Peeters", "Geopend", "2 · 22222222…"],
        [
            "20/11/2026 17:00",
            "Jonas Maes",
            "Geëxporteerd: kopie 5b1e0c3a-8d0c-4d55-9a61-0d7f1b2c3d4e",
            "2 · 22222222…",
        ],
    ]
    assert table.item(0, 3).toolTip() == CONTRACT_V1.sha256
    assert table.item(1, 3).toolTip() == CONTRACT_V2.sha256
    # Every row is as tall as its text; the table as tall as its rows (no inner scrolling).
    qtbot.waitUntil(lambda: table.rowHeight(1) > table.rowHeight(0))
    assert table.verticalScrollBar().maximum() == 0
    # The earlier version is listed and can be opened on its own.
    assert list(contract.version_buttons) == [1]
    with qtbot.waitSignal(view.open_piece_requested) as opened:
        contract.version_buttons[1].click()
    assert opened.args == ["case-wegen", "piece-contract", 1]
    # A refresh (a sync) keeps it unfolded.
    view.show_case(declared(replace(case_detail(with_pieces()), version=13)))
    again = view.card("piece-contract")
    assert again is not None and again.details is not None
    qtbot.waitUntil(again.details.isVisible)


def test_a_damaged_piece_says_so_and_cannot_be_opened(qtbot: QtBot) -> None:
    statuses = {
        MAIL.sha256: PieceStatus(Where.DAMAGED),
        EXTRACT.sha256: PieceStatus(Where.MISSING),
    }
    pane = files_tab(qtbot, case_detail(with_pieces()), statuses)
    mail = pane.files_view.card("piece-mail")
    extract = pane.files_view.card("piece-extract")
    assert mail is not None and extract is not None
    assert "· beschadigd" in mail.text_block.text().splitlines()[0]
    assert mail.damaged_label is not None and "beschadigd" in mail.damaged_label.text()
    assert not mail.open_button.isEnabled()
    assert "niet geopend" in mail.open_button.toolTip()
    assert "nog niet opgehaald" in extract.text_block.text()
    assert not extract.open_button.isEnabled()
    photo = pane.files_view.card("piece-photo")
    assert photo is not None and photo.open_button.isEnabled()


def test_only_the_case_team_may_add_replace_or_withdraw_while_the_status_allows(
    qtbot: QtBot,
) -> None:
    pane = files_tab(qtbot, case_detail(with_pieces(), team=False))
    view = pane.files_view
    assert not view.add_button.isEnabled()
    assert "dossierteam" in view.add_button.toolTip()
    contract = view.card("piece-contract")
    assert contract is not None and contract.new_version_button is not None
    assert contract.withdraw_button is not None
    assert not contract.new_version_button.isEnabled()
    assert not contract.withdraw_button.isEnabled()
    assert contract.open_button.isEnabled()  # any member of the department may open it

    closed = files_tab(qtbot, case_detail(with_pieces(), status=Status.CLOSED))
    assert not closed.files_view.add_button.isEnabled()
    assert "ondertekende exemplaar van een verhoor" in closed.files_view.add_button.toolTip()

    team = files_tab(qtbot, case_detail(with_pieces()))
    assert team.files_view.add_button.isEnabled()
    assert team.files_view.hint_label.text().startswith("Voeg documenten")


def _drop(view: FilesView, paths: list[Path]) -> tuple[bool, bool]:
    """Drag ``paths`` onto the tab and drop them; (accepted on entering, on dropping)."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    target = view.viewport()
    enter = QDragEnterEvent(
        QPoint(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    QApplication.sendEvent(target, enter)
    drop = QDropEvent(
        QPointF(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    QApplication.sendEvent(target, drop)
    return enter.isAccepted(), drop.isAccepted()


def test_files_dropped_onto_the_tab_are_offered_for_adding(qtbot: QtBot, tmp_path: Path) -> None:
    first, second = tmp_path / "verslag.pdf", tmp_path / "foto.jpg"
    first.write_bytes(b"%PDF fictief")
    second.write_bytes(b"\xff\xd8\xff fictief")
    pane = files_tab(qtbot, case_detail(with_pieces()))
    asked: list[tuple[str, list[str]]] = []
    pane.files_view.add_files_requested.connect(lambda case_id, p: asked.append((case_id, p)))
    assert _drop(pane.files_view, [first, second]) == (True, True)
    assert asked == [("case-wegen", [str(first), str(second)])]

    # Someone outside the case team cannot drop pieces onto it.
    other = files_tab(qtbot, case_detail(with_pieces(), team=False))
    refused: list[object] = []
    other.files_view.add_files_requested.connect(lambda *args: refused.append(args))
    assert _drop(other.files_view, [first]) == (False, False)
    assert refused == []


def test_a_refresh_that_changes_nothing_keeps_the_cards(qtbot: QtBot) -> None:
    statuses = {PHOTO.sha256: PieceStatus(Where.SENDING, 10)}
    pane = files_tab(qtbot, case_detail(with_pieces()), statuses)
    view = pane.files_view
    before = list(view.piece_cards)
    view.show_case(declared(case_detail(with_pieces())))
    assert view.piece_cards == before  # the same widgets: focus and place stay
    statuses[PHOTO.sha256] = PieceStatus(Where.SENDING, 80)
    view.show_case(declared(case_detail(with_pieces())))
    photo = view.card("piece-photo")
    assert photo is not None and "wordt verzonden 80%" in photo.text_block.text()
    assert view.piece_cards == before  # an upload's progress updates the card in place
    statuses[MAIL.sha256] = PieceStatus(Where.DAMAGED)
    view.show_case(declared(case_detail(with_pieces())))
    mail = view.card("piece-mail")
    assert mail is not None and mail.damaged_label is not None
    assert not mail.open_button.isEnabled()


def test_every_control_of_the_tab_and_its_dialogs_has_a_spoken_name(
    qtbot: QtBot, tmp_path: Path
) -> None:
    pane = files_tab(qtbot, case_detail(with_pieces()))
    for card in pane.files_view.piece_cards:
        card.details_button.click()
    assert unnamed_controls(pane.files_view) == []
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF fictief")
    other = tmp_path / "foto.jpg"
    other.write_bytes(b"\xff\xd8 fictief")
    candidates = examine([str(scan), str(other)], 1000)
    dialogs = [
        AddPiecesDialog(candidates, datetime(2026, 12, 5).date()),
        NewVersionDialog(contract(), candidates[0]),
        WithdrawPieceDialog(contract()),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        assert unnamed_controls(dialog) == [], type(dialog).__name__
