"""End to end with the real service and a real desktop: an investigator acknowledges with
a letter, asks the reporter a question while offline, the question goes out when back
online, the reporter answers on the reply page with a file, and the running client shows
the answer and its attachment, marks the case unread and announces it."""

from __future__ import annotations

import email
import re
from collections.abc import Callable
from datetime import UTC, datetime
from email.policy import default as default_policy
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from investigator_app.domain.deadlines import default_answer_due
from investigator_app.domain.messages import MessageKind, MessageState
from investigator_app.gui.conversation.message_dialogs import InfoRequestDialog, LetterDialog
from investigator_app.gui.conversation.message_thread import MessageCard
from investigator_app.gui.shell.case_columns import Column
from investigator_app.store.views import CaseSummary
from tests.gui.test_case_actions import in_next_dialog
from tests.gui.test_message_thread import answer_next_box
from tests.support import web
from tests.support.viewer import FileViewer
from tests.support.world import ABB, AN, Desktop, World

TIMEOUT_MS = 15_000
STATEMENT = b"Verklaring van de melder: de reis vond plaats in mei.\n"


def reply_links(world: World) -> list[str]:
    """The reply-page links in the mails the relay wrote to its folder."""
    folder = world.service.settings.mail.folder
    assert folder is not None
    links: list[str] = []
    for path in sorted(Path(folder).glob("*.eml")):
        mail = email.message_from_bytes(path.read_bytes(), policy=default_policy)
        for part in mail.walk():
            if part.get_content_type() == "text/plain":
                links += re.findall(r"https?://\S+/r/[A-Za-z0-9_\-]+", part.get_content())
    return links


def answer_on_the_reply_page(world: World, answer: str, file_name: str, data: bytes) -> None:
    """What the reporter does in a browser: open the link in the mail, answer, attach."""
    for link in reply_links(world):
        with web.client(timeout=10, follow_redirects=True) as browser:
            page = browser.get(link)
            found = re.search(r'name="csrf"[^>]*value="([^"]+)"', page.text) or re.search(
                r'value="([^"]+)"[^>]*name="csrf"', page.text
            )
            if found is None:
                continue  # a letter (the acknowledgement), not a question
            sent = browser.post(
                link,
                data={"csrf": found.group(1), "answer": answer},
                files={"files": (file_name, data, "text/plain")},
            )
            assert sent.status_code == 200, sent.text
            return
    raise AssertionError("no mail with a question reached the reporter")


def summary_of(desktop: Desktop, case_id: str) -> CaseSummary:
    """The case's row in the list, as the window holds it now."""
    model = desktop.workspace.window.model
    row = model.row_of(case_id)
    assert row is not None
    return model.case_at(row)


def card_of(desktop: Desktop, kind: MessageKind) -> MessageCard:
    cards = desktop.workspace.window.case_pane.message_thread.cards
    return next(card for card in cards if card.message.kind is kind)


def test_a_question_asked_offline_is_sent_and_the_answer_arrives_in_the_running_client(
    qtbot: QtBot, world: World, desktops: Callable[[str], Desktop], viewer: FileViewer
) -> None:
    created = world.register_and_forward(
        ABB,
        reporter={
            "kind": "citizen",
            "name": "Lies Verzonnen",
            "email": "lies@example.invalid",
            "language": "en",
        },
    )
    an = desktops(AN)
    window = an.workspace.window
    pane = window.case_pane
    qtbot.waitUntil(lambda: an.open_case(created["id"]), timeout=TIMEOUT_MS)

    def send_letter(dialog: QDialog) -> None:
        assert isinstance(dialog, LetterDialog)
        assert dialog.ui.letterEdit.toPlainText().startswith("Dear reporter")  # their language
        dialog.on_accept()

    in_next_dialog(LetterDialog, send_letter)
    pane.ui.primaryButton.click()  # "Ontvangst bevestigen…"
    assert card_of(an, MessageKind.ACKNOWLEDGEMENT).message.state is MessageState.QUEUED
    qtbot.waitUntil(lambda: an.workspace.store.pending_count() == 0, timeout=TIMEOUT_MS)

    an.workspace.runner.stop()  # on the train: no connection

    def ask(dialog: QDialog) -> None:
        assert isinstance(dialog, InfoRequestDialog)
        assert dialog.answer_due() == default_answer_due(datetime.now(UTC))
        dialog.ui.questionEdit.setPlainText("Wanneer vond de reis plaats? Hebt u een bewijs?")
        dialog.on_accept()

    in_next_dialog(InfoRequestDialog, ask)
    pane.ui.requestInfoButton.click()
    question = card_of(an, MessageKind.INFO_REQUEST)
    assert question.state_label.text() == "Nog niet verzonden"
    qtbot.waitUntil(lambda: summary_of(an, created["id"]).awaiting_answer, timeout=TIMEOUT_MS)

    an.workspace.runner.start()  # back online: the question goes out
    qtbot.waitUntil(lambda: an.workspace.store.pending_count() == 0, timeout=TIMEOUT_MS)
    qtbot.waitUntil(
        lambda: card_of(an, MessageKind.INFO_REQUEST).message.state is MessageState.SENT,
        timeout=TIMEOUT_MS,
    )
    qtbot.waitUntil(lambda: len(reply_links(world)) >= 2, timeout=TIMEOUT_MS)

    with qtbot.waitSignal(an.workspace.runner.answers_arrived, timeout=TIMEOUT_MS) as arrived:
        answer_on_the_reply_page(world, "In mei. Zie mijn verklaring.", "verklaring.txt", STATEMENT)

    assert arrived.args == [[created["id"]]]
    # Announced (the status bar offscreen; a tray balloon where the desktop has a tray).
    qtbot.waitUntil(
        lambda: created["reference"] in window.ui.statusBar.currentMessage(), timeout=TIMEOUT_MS
    )
    qtbot.waitUntil(lambda: summary_of(an, created["id"]).unread, timeout=TIMEOUT_MS)
    model = window.model
    row = model.row_of(created["id"])
    assert row is not None
    font = model.data(model.index(row, Column.REFERENCE), Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.bold()

    # The open pane follows: the answer, and its file once fetched in the background.
    def answered_with_file() -> bool:
        card = card_of(an, MessageKind.INFO_REQUEST)
        return (
            card.message.state is MessageState.ANSWERED
            and bool(card.attachment_rows)
            and card.attachment_rows[0].attachment.available
        )

    qtbot.waitUntil(answered_with_file, timeout=TIMEOUT_MS)
    card = card_of(an, MessageKind.INFO_REQUEST)
    assert card.answer_label is not None
    assert card.answer_label.text() == "In mei. Zie mijn verklaring."
    [row_widget] = card.attachment_rows
    assert row_widget.name_label.text().startswith("verklaring.txt (")
    row_widget.open_button.click()
    [url] = viewer.opened
    assert Path(url.toLocalFile()).read_bytes() == STATEMENT

    # Opening the case again (the user's gesture) clears the unread mark.
    window.ui.caseTable.clearSelection()
    assert an.open_case(created["id"])
    qtbot.waitUntil(lambda: not summary_of(an, created["id"]).unread, timeout=TIMEOUT_MS)


def test_reminding_then_cancelling_a_request_from_the_thread_stops_its_link(
    qtbot: QtBot, world: World, desktops: Callable[[str], Desktop]
) -> None:
    created = world.register_and_forward(
        ABB, reporter={"kind": "citizen", "name": "Lies Verzonnen", "email": "lies@example.invalid"}
    )
    an = desktops(AN)
    window = an.workspace.window
    qtbot.waitUntil(lambda: an.open_case(created["id"]), timeout=TIMEOUT_MS)
    assert an.workspace.controller.acknowledge(created["id"])  # no letter

    def ask(dialog: QDialog) -> None:
        assert isinstance(dialog, InfoRequestDialog)
        dialog.ui.questionEdit.setPlainText("Hebt u nog documenten?")
        dialog.on_accept()

    in_next_dialog(InfoRequestDialog, ask)
    window.case_pane.ui.requestInfoButton.click()
    qtbot.waitUntil(
        lambda: card_of(an, MessageKind.INFO_REQUEST).message.state is MessageState.SENT,
        timeout=TIMEOUT_MS,
    )
    qtbot.waitUntil(lambda: len(reply_links(world)) >= 1, timeout=TIMEOUT_MS)
    [link] = reply_links(world)
    assert 'name="csrf"' in web.get(link, timeout=10).text  # the form is open

    card_of(an, MessageKind.INFO_REQUEST).remind_button.click()
    qtbot.waitUntil(
        lambda: card_of(an, MessageKind.INFO_REQUEST).message.reminded_at is not None,
        timeout=TIMEOUT_MS,
    )
    assert "herinnering verzonden op" in card_of(an, MessageKind.INFO_REQUEST).state_label.text()

    confirmations = answer_next_box(QMessageBox.StandardButton.Yes)
    card_of(an, MessageKind.INFO_REQUEST).cancel_button.click()
    assert "link" in confirmations[0]
    assert card_of(an, MessageKind.INFO_REQUEST).message.state is MessageState.CANCELLED
    qtbot.waitUntil(lambda: an.workspace.store.pending_count() == 0, timeout=TIMEOUT_MS)
    # The list row is re-read off the GUI thread after the service's answer.
    qtbot.waitUntil(lambda: not summary_of(an, created["id"]).awaiting_answer, timeout=TIMEOUT_MS)
    assert 'name="csrf"' not in web.get(link, timeout=10).text  # the link stopped working
