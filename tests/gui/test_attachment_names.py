"""A file's name on the desktop is what the file is called: names an earlier release kept
with characters that reorder their display ("\u202eevil.exe\u202c.pdf" shows as
"exe.live.pdf") are shown and used without them, in every place: the store, the thread,
the warning before opening, the viewer's copy and the dossier's list of attachments."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from investigator_app.export.from_store import dossier_from_detail
from investigator_app.export.options import ExportOptions, Profile
from investigator_app.export.render import render_dossier
from investigator_app.gui.conversation import attachment_opener
from investigator_app.gui.conversation.message_actions import MessageActions
from investigator_app.gui.workspace.case_controller import CaseController
from investigator_app.protocol import AttachmentOut
from investigator_app.store import LocalStore
from investigator_app.sync.runner import SyncRunner
from tests.export.pdf_reading import all_text
from tests.gui.test_message_thread import NOW, answer_next_box, shown
from tests.store.case_factory import RECEIVED, me, page
from tests.store.message_factory import answered, case_with, request
from tests.support.bidi import reorders
from tests.support.viewer import FileViewer

PDF = b"%PDF-1.4\nfictief\n"
SCRIPT = b"MZ\x90\x00"
REGISTRATION = b"From: melder\n\nZie bijlage.\n"


def kept_by_an_earlier_release(name: str, data: bytes, by: str = "reporter") -> AttachmentOut:
    """An attachment as an earlier release stored it: its name not cleaned."""
    return AttachmentOut.model_construct(
        sha256=hashlib.sha256(data).hexdigest(),
        name=name,
        size=len(data),
        media_type="application/octet-stream",
        added_at=RECEIVED + timedelta(days=3),
        added_by=by,
    )


@pytest.fixture
def store(tmp_path: Path) -> Iterator[LocalStore]:
    opened = LocalStore.open(tmp_path / "data" / "stores" / "store.sqlite3")
    opened.set_identity(me())
    yield opened
    opened.close()


def test_every_place_shows_and_uses_the_name_without_reordering_characters(
    qtbot: QtBot, store: LocalStore, viewer: FileViewer
) -> None:
    evil = kept_by_an_earlier_release("\u202eevil.exe\u202c.pdf", PDF)
    program = kept_by_an_earlier_release("factuur\u202efdp.exe", SCRIPT)  # "factuurexe.pdf"
    transcript = kept_by_an_earlier_release("\u2067melding\u2069.eml", REGISTRATION, "1700")
    message = answered(request("m1")).model_copy(update={"attachments": [evil, program]})
    store.apply_changes(page(case_with(message, attachments=[transcript]), cursor=1))
    for held, data in ((evil, PDF), (program, SCRIPT), (transcript, REGISTRATION)):
        store.keep_attachment(held.sha256, data)

    # The store.
    detail = store.detail("c1", NOW)
    assert detail is not None
    names = [a.name for a in detail.messages[0].attachments] + [a.name for a in detail.attachments]
    assert sorted(names) == ["evil.exe.pdf", "factuurfdp.exe", "melding.eml"]

    # The thread.
    pane = shown(qtbot, detail)
    [card] = pane.message_thread.cards
    rows = card.attachment_rows + pane.message_thread.registration_rows
    texts = [row.name_label.text() for row in rows] + [
        row.open_button.accessibleName() for row in rows
    ]
    assert "evil.exe.pdf (17 B)" in texts and "Bijlage factuurfdp.exe openen" in texts
    assert not any(reorders(text) for text in texts)

    # The warning before opening a program, and the viewer's copy.
    runner = SyncRunner(store.path, "http://127.0.0.1:9", None)  # never started: offline
    actions = MessageActions(pane, CaseController(store, runner), "Agentschap Overheidspersoneel")
    shown_pdf, shown_program = detail.messages[0].attachments
    actions.on_open_attachment_requested("c1", shown_pdf)
    [url] = viewer.opened
    assert Path(url.toLocalFile()).name == "evil.exe.pdf"
    assert attachment_opener.safe_file_name("\u202eevil.exe\u202c.pdf") == "evil.exe.pdf"
    warnings = answer_next_box(QMessageBox.StandardButton.No)
    actions.on_open_attachment_requested("c1", shown_program)
    assert "'factuurfdp.exe'" in warnings[0] and not reorders(warnings[0])
    assert len(viewer.opened) == 1  # declined

    # The dossier's list of attachments.
    case = dossier_from_detail(replace(detail, conflict_declared=True), now=NOW)
    options = ExportOptions(profile=Profile.FULL, reader="An Peeters", made_by="An Peeters")
    text = all_text(render_dossier(case, options).data)
    assert "evil.exe.pdf" in text and "melding.eml" in text and not reorders(text)
