"""The Stukken tab on real desktops against the real service: files dropped onto the tab
of the assignee's window are sent and reach a colleague, who sees them (but may not change
them), fetches them, opens one, and whose opening reaches the service's chain of custody."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from investigator_app.gui.workspace.case_pane import Tab
from investigator_app.gui.workspace.files_view import FilesView
from investigator_app.gui.workspace.piece_dialogs import AddPiecesDialog
from tests.acceptance.test_investigation import investigating_case
from tests.gui.test_evidence_actions import in_next_dialog
from tests.support.viewer import FileViewer
from tests.support.world import AN, JONAS, Desktop, World

TIMEOUT_MS = 20_000
REPORT = b"%PDF-1.4\n% werfverslag (fictief)\n" * 3000
PHOTO = b"\xff\xd8\xff\xe0 foto van de werf (fictief)" * 500


def drop(view: FilesView, paths: list[Path]) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(QPoint(30, 30), Qt.DropAction.CopyAction, mime, buttons, keys)
    QApplication.sendEvent(view.viewport(), enter)
    assert enter.isAccepted()
    QApplication.sendEvent(
        view.viewport(), QDropEvent(QPointF(30, 30), Qt.DropAction.CopyAction, mime, buttons, keys)
    )


def test_pieces_dropped_on_the_tab_reach_a_colleague_who_opens_one_on_the_record(
    qtbot: QtBot,
    world: World,
    desktops: Callable[[str], Desktop],
    viewer: FileViewer,
    tmp_path: Path,
) -> None:
    case_id = investigating_case(world)["id"]
    report, photo = tmp_path / "Werfverslag.pdf", tmp_path / "Foto werf.jpg"
    report.write_bytes(REPORT)
    photo.write_bytes(PHOTO)

    an = desktops(AN)
    qtbot.waitUntil(lambda: an.open_case(case_id), timeout=TIMEOUT_MS)
    pane = an.workspace.window.case_pane
    pane.show_tab(Tab.FILES)

    def describe(dialog: QWidget) -> None:
        assert isinstance(dialog, AddPiecesDialog)
        dialog.source_edit.setText("Dienst Wegen en Werken")
        dialog.ok_button.click()

    in_next_dialog(AddPiecesDialog, describe)
    drop(pane.files_view, [report, photo])
    qtbot.waitUntil(lambda: len(pane.files_view.piece_cards) == 2, timeout=TIMEOUT_MS)
    # Sent: the service holds both, and the cards no longer wait.
    qtbot.waitUntil(
        lambda: (
            an.workspace.store.pending_count() == 0
            and not any(
                "nog niet verzonden" in c.text_block.text() for c in pane.files_view.piece_cards
            )
        ),
        timeout=TIMEOUT_MS,
    )
    on_service = world.case(AN, case_id)["investigation"]["pieces"]
    assert [p["file"]["sha256"] for p in on_service] == [
        hashlib.sha256(REPORT).hexdigest(),
        hashlib.sha256(PHOTO).hexdigest(),
    ]

    jonas = desktops(JONAS)  # same department, not in the case team
    qtbot.waitUntil(lambda: jonas.open_case(case_id), timeout=TIMEOUT_MS)
    theirs = jonas.workspace.window.case_pane
    theirs.show_tab(Tab.FILES)
    view = theirs.files_view
    qtbot.waitUntil(lambda: len(view.piece_cards) == 2, timeout=TIMEOUT_MS)
    assert not view.add_button.isEnabled()
    first = view.piece_cards[0]
    assert first.new_version_button is not None and not first.new_version_button.isEnabled()
    # The bytes are fetched for offline use; then "Openen" opens the exact file.
    qtbot.waitUntil(lambda: view.piece_cards[0].open_button.isEnabled(), timeout=TIMEOUT_MS)
    view.piece_cards[0].open_button.click()
    qtbot.waitUntil(lambda: len(viewer.opened) == 1, timeout=TIMEOUT_MS)
    assert Path(viewer.opened[0].toLocalFile()).read_bytes() == REPORT

    def opened_on_service() -> bool:
        piece = world.case(AN, case_id)["investigation"]["pieces"][0]
        return any(e["kind"] == "opened" and e["by"] == "Jonas Maes" for e in piece["custody"])

    qtbot.waitUntil(opened_on_service, timeout=TIMEOUT_MS)
