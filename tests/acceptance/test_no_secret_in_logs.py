"""No secret in any log line, proved after a full run: every record any logger of the
process hands to its handlers is captured (the root logger at DEBUG, uvicorn's access log
included) while a real service and a real desktop go through signing in, syncing,
operations, the relay (mails with links, the reporter reading and answering on the reply
page), an identity reveal, a note and an export. Then no formatted line may hold a reply
link's token, a device token, a password, the reporter's identity, the note, the letter,
the question, the answer or the reveal's reason."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from investigator_app.desktop.app import DesktopApp
from investigator_app.desktop.credentials import MemoryKeyring, TokenStore
from investigator_app.desktop.settings import SERVER_URL, USERNAME, AppSettings
from investigator_app.domain.messages import MessageKind, MessageState
from investigator_app.domain.notes import NoteVisibility
from investigator_app.gui.dossiers.export_dialog import ExportDialog
from investigator_app.gui.shell.shortcuts import Command
from investigator_app.intake.log_redaction import REDACTED
from investigator_app.store.views import CaseDetail
from investigator_app.sync.api import ApiClient
from investigator_app.sync.errors import AuthenticationFailed
from tests.acceptance.test_info_requests_client import answer_on_the_reply_page, reply_links
from tests.gui.test_identity_reveal import answer_reason
from tests.gui.test_sign_in import answer_login_dialogs
from tests.support.world import ABB, AN, DESK, PASSWORD, Desktop, World

TIMEOUT_MS = 20_000
REPORTER = {
    "kind": "citizen",
    "name": "Griet Logvrijmans",
    "email": "griet.logvrij@example.org",
    "phone": "0470 31 41 59",
}
WRONG_PASSWORD = "bijna-juist-wachtwoord"
LETTER = "Beste melder, wij onderzoeken uw melding over de Logvrije Loods."
QUESTION = "Wanneer zag u de Logvrije Bestelwagen voor het laatst?"
ANSWER = "Op dinsdag, bij de Logvrije Loods achter het gemeentehuis."
STATEMENT = b"Verklaring: de Logvrije Bestelwagen stond er om acht uur.\n"
NOTE = "Logvrije notitie: de facturen van de loods nagaan."
REASON = "Logvrije reden: de melder moet als getuige gehoord worden."


@pytest.fixture
def log_lines(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Every record any logger hands to its handlers, formatted, whatever its handlers and
    propagation (uvicorn's access logger does not propagate); the root logger at DEBUG."""
    lines: list[str] = []
    lock = threading.Lock()
    formatter = logging.Formatter("%(name)s %(levelname)s %(message)s")
    handle = logging.Logger.callHandlers

    def capture(logger: logging.Logger, record: logging.LogRecord) -> None:
        line = formatter.format(record)
        with lock:
            lines.append(line)
        handle(logger, record)

    monkeypatch.setattr(logging.Logger, "callHandlers", capture)
    root = logging.getLogger()
    level = root.level
    root.setLevel(logging.DEBUG)
    try:
        yield lines
    finally:
        root.setLevel(level)


def signed_in_desktop(world: World, data_dir: Path) -> Desktop:
    """A first start: the sign-in dialog, answered with the password as the user types it."""
    settings = AppSettings(QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat))
    settings.set(SERVER_URL, world.base_url)
    settings.set(USERNAME, AN)
    tokens = TokenStore(MemoryKeyring())
    app = DesktopApp(settings, tokens, data_dir)
    seen: list[str] = []
    stop_answering = answer_login_dialogs(PASSWORD, seen)
    try:
        assert app.start() and app.workspace is not None
    finally:
        stop_answering()
    return Desktop(app, data_dir, tokens)


def detail_of(desktop: Desktop, case_id: str) -> CaseDetail | None:
    return desktop.workspace.store.detail(case_id, datetime.now(UTC))


def answered(desktop: Desktop, case_id: str) -> bool:
    detail = detail_of(desktop, case_id)
    return detail is not None and any(
        m.kind is MessageKind.INFO_REQUEST and m.state is MessageState.ANSWERED and m.answer
        for m in detail.messages
    )


def test_no_secret_reaches_any_log_line_in_a_full_run(
    log_lines: list[str], qtbot: QtBot, world: World, data_dir: Path, tmp_path: Path
) -> None:
    with ApiClient(world.base_url, None) as client, pytest.raises(AuthenticationFailed):
        client.login(AN, WRONG_PASSWORD, "test")  # a typing error first
    created = world.register_and_forward(ABB, reporter=REPORTER)
    case_id = created["id"]
    an = signed_in_desktop(world, data_dir)
    qtbot.addWidget(an.workspace.window)
    try:
        window, controller = an.workspace.window, an.workspace.controller
        qtbot.waitUntil(lambda: an.open_case(case_id), timeout=TIMEOUT_MS)

        # Operations and the relay: a letter, a question, the reporter reads and answers.
        assert controller.acknowledge(case_id, letter=LETTER)
        due = datetime.now(UTC).date() + timedelta(days=14)
        assert controller.request_info(case_id, QUESTION, due)
        qtbot.waitUntil(lambda: len(reply_links(world)) >= 2, timeout=TIMEOUT_MS)
        answer_on_the_reply_page(world, ANSWER, "verklaring.txt", STATEMENT)
        qtbot.waitUntil(lambda: answered(an, case_id), timeout=TIMEOUT_MS)

        # A confidential note, sent and confirmed.
        window.case_pane.notes_panel.new_note(NOTE, NoteVisibility.ONLY_ME)
        qtbot.waitUntil(lambda: an.workspace.store.pending_count() == 0, timeout=TIMEOUT_MS)

        # The reporter's identity, with a reason.
        pane = window.case_pane
        answer_reason(REASON, [])
        pane.ui.revealIdentityButton.click()
        qtbot.waitUntil(lambda: pane.ui.identityValue.isVisibleTo(window), timeout=TIMEOUT_MS)

        # An export with the identity, recorded on the audit trail (read back for it).
        exports = an.workspace.exports
        assert exports is not None
        window.commands[Command.EXPORT].trigger()
        qtbot.waitUntil(lambda: isinstance(exports.dialog, ExportDialog), timeout=TIMEOUT_MS)
        dialog = exports.dialog
        assert isinstance(dialog, ExportDialog)
        dialog.ui.readerEdit.setText("Juridische dienst")
        dialog.ui.pathEdit.setText(str(tmp_path / "dossier.pdf"))
        if dialog.ui.identityCheck.isEnabled():
            dialog.ui.identityCheck.setChecked(True)
        with qtbot.waitSignal(dialog.finished_job, timeout=TIMEOUT_MS) as done:
            dialog.ui.buttonBox.accepted.emit()
        assert done.args[0].recorded
        qtbot.waitUntil(lambda: an.workspace.store.pending_count() == 0, timeout=TIMEOUT_MS)
        device_token = an.tokens.load(world.base_url, AN)
    finally:
        an.close()

    links = reply_links(world)
    assert len(links) >= 2 and device_token is not None
    secrets = {
        **{f"link {n}": link.rsplit("/", 1)[1] for n, link in enumerate(links)},
        "the desktop's device token": device_token,
        **{f"token of {who}": token for who, token in world.tokens.items()},
        "password": PASSWORD,
        "wrong password": WRONG_PASSWORD,
        **{f"reporter's {field}": REPORTER[field] for field in ("name", "email", "phone")},
        "letter": LETTER,
        "question": QUESTION,
        "answer": ANSWER,
        "statement": STATEMENT.decode().strip(),
        "note": NOTE,
        "reveal reason": REASON,
    }
    assert DESK in world.tokens  # 1700's, besides the desktop's
    lines = list(log_lines)
    leaks = [
        (what, line)
        for line in lines
        for what, secret in secrets.items()
        if secret.lower() in line.lower()
    ]
    assert leaks == []
    # The scan saw the service's requests (the reporter's too), ours and the desktop's.
    text = "\n".join(lines)
    assert f'"GET /r/{REDACTED}' in text and f'"POST /r/{REDACTED}' in text
    assert "uvicorn.access" in text and "POST /api/v1/auth/login" in text
    assert "investigator_app.intake" in text and "case.identity_revealed" in text
