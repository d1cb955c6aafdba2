"""The conversation in the case pane: every state as a user reads it, overdue requests,
plain text, the per-request buttons, and opening attachments."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from investigator_app.domain.deadlines import DEFAULT_POLICY
from investigator_app.domain.lifecycle import Action
from investigator_app.domain.messages import MessageState
from investigator_app.domain.vocabulary import Status
from investigator_app.gui.conversation import attachment_opener
from investigator_app.gui.conversation.message_actions import MessageActions
from investigator_app.gui.conversation.message_thread import MessageCard
from investigator_app.gui.session.reveal_session import RevealedIdentities
from investigator_app.gui.workspace.case_controller import CaseController
from investigator_app.gui.workspace.case_pane import CasePane
from investigator_app.protocol import DELIVERY_NO_EMAIL
from investigator_app.store import LocalStore
from investigator_app.store.views import CaseDetail
from investigator_app.sync.runner import SyncRunner
from tests.store.case_factory import RECEIVED, me, page
from tests.store.message_factory import PHOTO, PHOTO_SHA, answered, attachment, case_with, request
from tests.support.operations import queue_action
from tests.support.viewer import FileViewer

NOW = RECEIVED + timedelta(days=20)  # 22/03/2026


@pytest.fixture
def store(tmp_path: Path) -> Iterator[LocalStore]:
    opened = LocalStore.open(tmp_path / "data" / "stores" / "store.sqlite3")
    opened.set_identity(me())
    yield opened
    opened.close()


def every_state(store: LocalStore) -> CaseDetail:
    """A case whose thread holds a message in each state the user can meet."""
    reminded = RECEIVED + timedelta(days=5)
    messages = [
        request("sending", state=MessageState.SENDING, due=date(2026, 4, 30)),
        request(
            "reminded", due=date(2026, 4, 30), reminded_at=reminded, body="Wie <b>betaalde</b>?"
        ),
        request("late", due=date(2026, 3, 20)),  # past its last day on 22/03
        request(
            "no-mail",
            state=MessageState.NOT_DELIVERED,
            delivery_error=DELIVERY_NO_EMAIL,
            due=date(2026, 4, 30),
        ),
        request(
            "bounced",
            state=MessageState.NOT_DELIVERED,
            delivery_error="smtp",
            delivery_attempts=5,
            due=date(2026, 4, 30),
        ),
        answered(request("answered"), answer="Op <i>12 mei</i>, zie bijlage."),
        request("cancelled", state=MessageState.CANCELLED, cancelled_at=reminded),
        request("expired", state=MessageState.EXPIRED, due=date(2026, 3, 10)),
    ]
    store.apply_changes(
        page(
            case_with(*messages, attachments=[attachment(b"mail", "melding.eml", "1700")]), cursor=1
        )
    )
    queue_action(
        store,
        "c1",
        Action.REQUEST_INFO,
        made_at=NOW,
        message_id=uuid.UUID(int=7),
        body="Nog een vraag",
        answer_due=date(2026, 4, 3),
    )
    detail = store.detail("c1", NOW)
    assert detail is not None
    return detail


def shown(qtbot: QtBot, detail: CaseDetail) -> CasePane:
    pane = CasePane(RevealedIdentities())
    qtbot.addWidget(pane)
    # The thread is what is tested here: the user declared no conflict of interest.
    pane.show_case(replace(detail, conflict_declared=True), [], NOW, DEFAULT_POLICY)
    return pane


def cards(pane: CasePane) -> dict[str, MessageCard]:
    return {card.message.id: card for card in pane.message_thread.cards}


def test_the_thread_shows_each_state_as_a_user_reads_it(qtbot: QtBot, store: LocalStore) -> None:
    pane = shown(qtbot, every_state(store))
    by_id = cards(pane)
    state = {key: card.state_label.text() for key, card in by_id.items()}
    assert state["sending"] == "Wordt verzonden"
    assert state["reminded"].startswith("Verzonden op 03/03/2026 10:31")  # Brussels time
    assert "herinnering verzonden op 07/03/2026" in state["reminded"]
    assert "antwoordtermijn verstreken" in state["late"]
    assert "geen e-mailadres; 1700 belt" in state["no-mail"]
    assert state["bounced"] == "Niet afgeleverd na 5 pogingen"
    assert state["answered"] == "Beantwoord op 05/03/2026 10:30"
    assert state["cancelled"] == "Geannuleerd op 07/03/2026 10:30"
    assert state["expired"] == "Verlopen zonder antwoord"
    queued = by_id[str(uuid.UUID(int=7))]
    assert queued.state_label.text() == "Nog niet verzonden"
    assert queued.header_label.text().startswith("Vraag om bijkomende informatie — Ines")
    assert queued.deadline_label is not None
    assert queued.deadline_label.text() == "Antwoord gevraagd uiterlijk op 03/04/2026"


def test_an_overdue_request_stands_out_and_user_text_stays_plain(
    qtbot: QtBot, store: LocalStore
) -> None:
    pane = shown(qtbot, every_state(store))
    by_id = cards(pane)
    late = by_id["late"]
    assert late.deadline_label is not None and "#b3261e" in late.deadline_label.styleSheet()
    on_time = by_id["reminded"]
    assert on_time.deadline_label is not None and on_time.deadline_label.styleSheet() == ""
    assert on_time.body_label.text() == "Wie <b>betaalde</b>?"
    answer = by_id["answered"].answer_label
    assert answer is not None and answer.text() == "Op <i>12 mei</i>, zie bijlage."
    for label in (on_time.body_label, answer, on_time.header_label):
        assert label.textFormat().name == "PlainText"
    [row] = by_id["answered"].attachment_rows
    assert row.name_label.text() == "factuur.png (34 B) — nog niet opgehaald"
    assert [r.attachment.name for r in pane.message_thread.registration_rows] == ["melding.eml"]


def test_reminder_and_cancel_are_offered_only_on_open_requests(
    qtbot: QtBot, store: LocalStore
) -> None:
    pane = shown(qtbot, every_state(store))
    by_id = cards(pane)
    remind = {key for key, card in by_id.items() if not card.remind_button.isHidden()}
    cancel = {key for key, card in by_id.items() if not card.cancel_button.isHidden()}
    queued = str(uuid.UUID(int=7))
    assert remind == {"reminded", "late"}  # sent and open; a queued one is not out yet
    assert cancel == {"sending", "reminded", "late", queued}
    with qtbot.waitSignal(pane.remind_requested) as reminded:
        by_id["late"].remind_button.click()
    assert reminded.args == ["c1", "late"]
    with qtbot.waitSignal(pane.cancel_request_requested) as cancelled:
        by_id["sending"].cancel_button.click()
    assert cancelled.args == ["c1", "sending"]


def test_a_case_without_messages_says_so_and_closed_cases_keep_feedback_only(
    qtbot: QtBot, store: LocalStore
) -> None:
    store.apply_changes(page(case_with(status=Status.CLOSED), cursor=1))
    detail = store.detail("c1", NOW)
    assert detail is not None
    pane = shown(qtbot, detail)
    assert pane.message_thread.cards == []
    assert pane.action(Action.SEND_FEEDBACK).isEnabled()
    assert not pane.action(Action.REQUEST_INFO).isEnabled()  # there, disabled


def answer_next_box(button: QMessageBox.StandardButton) -> list[str]:
    seen: list[str] = []

    def poll() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            box.button(button).click()
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(20, poll)
    return seen


def test_attachments_open_as_a_copy_after_a_warning_for_risky_types(
    qtbot: QtBot, store: LocalStore, viewer: FileViewer
) -> None:
    script = b"MsgBox 1"
    risky = attachment(script, "factuur.pdf.vbs")
    message = answered(request("m1")).model_copy(update={"attachments": [attachment(), risky]})
    store.apply_changes(page(case_with(message), cursor=1))
    runner = SyncRunner(store.path, "http://127.0.0.1:9", None)  # never started: offline
    controller = CaseController(store, runner)
    host = CasePane(RevealedIdentities())
    qtbot.addWidget(host)
    actions = MessageActions(host, controller, "Agentschap Overheidspersoneel")
    detail = store.detail("c1", NOW)
    assert detail is not None
    photo, vbs = detail.messages[0].attachments

    with qtbot.waitSignal(actions.status_message) as told:  # not fetched yet: said so
        actions.on_open_attachment_requested("c1", photo)
    assert "nog niet opgehaald" in told.args[0]

    store.keep_attachment(PHOTO_SHA, PHOTO)
    store.keep_attachment(vbs.sha256, script)
    actions.on_open_attachment_requested("c1", photo)
    [url] = viewer.opened
    copy = Path(url.toLocalFile())
    assert copy.read_bytes() == PHOTO and copy.name == "factuur.png"
    # Plaintext for the viewer lives outside the data folder, in this session's folder.
    assert not copy.is_relative_to(store.path.parent.parent)
    assert copy.is_relative_to(attachment_opener.session_folder())

    warnings = answer_next_box(QMessageBox.StandardButton.No)
    actions.on_open_attachment_requested("c1", vbs)
    assert "factuur.pdf.vbs" in warnings[0] and len(viewer.opened) == 1  # declined
    answer_next_box(QMessageBox.StandardButton.Yes)
    actions.on_open_attachment_requested("c1", vbs)
    assert len(viewer.opened) == 2


def test_old_copies_for_the_viewer_are_removed_when_a_new_one_is_made(tmp_path: Path) -> None:
    import os

    from investigator_app.gui.conversation.attachment_opener import (
        KEEP_COPIES_SECONDS,
        safe_file_name,
        write_copy,
    )

    folder = tmp_path / "opened"
    old = write_copy(folder, "../../oud.pdf", b"old")
    assert old.name == "oud.pdf" and old.parent.parent == folder  # no path from outside
    stale = os.path.getmtime(old.parent) - KEEP_COPIES_SECONDS - 60
    os.utime(old.parent, (stale, stale))
    new = write_copy(folder, "nieuw.pdf", b"new")
    assert not old.exists() and new.read_bytes() == b"new"
    assert safe_file_name("C:\\temp\\a<b>.txt") == "a_b_.txt"
