"""Encryption at rest, proved from the outside: a case whose every text field holds a
unique canary is registered and forwarded through the real service, asked about and
answered (by phone, through 1700) with a file attached; the real desktop syncs it, finds
it by a canary, opens it and its attachment, writes a confidential note that goes to the
service and comes back, finds the case by a word of the note; after the app is closed no
byte anywhere in its data folder holds a canary, in UTF-8, UTF-16-LE or lower case.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from investigator_app.desktop.logging_setup import configure_logging
from investigator_app.domain.lifecycle import Action
from investigator_app.domain.notes import NoteVisibility
from investigator_app.store.views import CaseDetail
from tests.store.disk_scan import hits
from tests.support.viewer import FileViewer
from tests.support.world import ABB, AN, DESK, World, open_desktop

TIMEOUT_MS = 15_000

SUMMARY = "Melding over Kanariesamenvattingzeppelin"
DESCRIPTION = "De melder beschrijft Kanariebeschrijvingsgondel en een vervalste factuur."
ENTITY = "Kanarie-entiteitskabelbaan"
PERSON = "Kanariepersoonshovercraft"
QUESTION = "Wanneer zag u Kanarievraagluchtschip voor het laatst?"
ANSWER = "Dat was bij Kanarieantwoordduikboot, in mei."
FILE_NAME = "Kanariebestandsnaamkano.txt"
FILE_TEXT = "Verklaring: Kanariebijlagetandem was erbij.\n"
NOTE = "Nagaan of Kanarienotitieballon de facturen tekende."

CANARIES = [
    "Kanariesamenvattingzeppelin",
    "Kanariebeschrijvingsgondel",
    "Kanarie-entiteitskabelbaan",
    "Kanariepersoonshovercraft",
    "Kanarievraagluchtschip",
    "Kanarieantwoordduikboot",
    "Kanariebestandsnaamkano",
    "Kanariebijlagetandem",
    "Kanarienotitieballon",
]


@pytest.fixture
def app_log(data_dir: Path) -> Iterator[Path]:
    """The app's own rotating log in the data folder, at its most talkative."""
    root = logging.getLogger("investigator_app")
    level = root.level
    log_file = configure_logging(data_dir, logging.DEBUG)
    yield log_file
    for handler in list(root.handlers):
        if getattr(handler, "baseFilename", None) == str(log_file):
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


def operate(world: World, case_id: str, action: Action, **fields: object) -> None:
    version = world.case(AN, case_id)["version"]
    [result] = world.operate(
        AN,
        {
            "op_id": str(uuid.uuid4()),
            "case_id": case_id,
            "action": action.value,
            "base_version": version,
            "made_at": datetime.now(UTC).isoformat(),
            **fields,
        },
    )
    assert result["status"] == "applied", result


def asked_and_answered_case(world: World) -> dict[str, str]:
    created = world.register_and_forward(
        ABB,
        summary=SUMMARY,
        description=DESCRIPTION,
        involved_entity=ENTITY,
        involved_persons=[PERSON],
    )
    case_id = created["id"]
    operate(world, case_id, Action.ACKNOWLEDGE)
    message_id = str(uuid.uuid4())
    due = (date.today() + timedelta(days=14)).isoformat()
    operate(
        world,
        case_id,
        Action.REQUEST_INFO,
        message={"message_id": message_id, "body": QUESTION, "answer_due": due},
    )
    with world.http(DESK) as desk:
        answered = desk.post(f"/intake/messages/{message_id}/answer", json={"answer": ANSWER})
        assert answered.status_code == 204, answered.text
        attached = desk.post(
            f"/intake/reports/{case_id}/attachments",
            files={"files": (FILE_NAME, FILE_TEXT.encode(), "text/plain")},
        )
        assert attached.status_code == 201, attached.text
    return created


def test_no_case_content_in_the_data_folder(
    qtbot: QtBot, world: World, data_dir: Path, viewer: FileViewer, app_log: Path
) -> None:
    created = asked_and_answered_case(world)
    case_id = created["id"]
    legacy = data_dir / "opened" / "0f3a" / "oude-kopie.txt"  # where older versions put them
    legacy.parent.mkdir(parents=True)
    legacy.write_text(f"{PERSON}\n")
    desktop = open_desktop(world, AN, data_dir)
    assert not legacy.exists()  # plaintext copies of older versions are gone at start
    qtbot.addWidget(desktop.workspace.window)
    window = desktop.workspace.window
    store = desktop.workspace.store

    def synced() -> CaseDetail | None:
        detail = store.detail(case_id, datetime.now(UTC))
        if detail is None or not detail.attachments or not detail.attachments[0].available:
            return None  # the attachment's bytes are fetched after the case
        return detail if detail.messages and detail.messages[0].answer else None

    qtbot.waitUntil(lambda: synced() is not None, timeout=TIMEOUT_MS)
    qtbot.waitUntil(lambda: created["reference"] in desktop.references(), timeout=TIMEOUT_MS)

    # Found by a word only the description holds, and by a prefix of the answer.
    for query in ("kanariebeschrijvingsgondel", "Kanarieantwoordduik"):
        window.ui.searchEdit.setText(query)
        assert [window.proxy.case_id(r) for r in range(window.proxy.rowCount())] == [case_id]
    window.ui.searchEdit.setText("")

    # Opened: the canaries really are in the app, shown to the user.
    assert desktop.open_case(case_id)
    detail = synced()
    assert detail is not None
    assert (detail.summary, detail.description) == (SUMMARY, DESCRIPTION)
    assert (detail.involved_entity, detail.involved_persons) == (ENTITY, [PERSON])
    assert (detail.messages[0].body, detail.messages[0].answer) == (QUESTION, ANSWER)
    [file] = detail.attachments
    assert file.name == FILE_NAME

    # The attachment opens through the app's opener, as a copy outside the data folder.
    window.message_actions.on_open_attachment_requested(case_id, file)
    [url] = viewer.opened
    copy = Path(url.toLocalFile())
    assert copy.read_text() == FILE_TEXT
    assert not copy.is_relative_to(data_dir)

    # A confidential note: queued, sent, confirmed by the service, found by its words.
    window.case_pane.notes_panel.new_note(NOTE, NoteVisibility.ONLY_ME)
    qtbot.waitUntil(lambda: store.pending_count() == 0, timeout=TIMEOUT_MS)

    def note_confirmed() -> bool:
        detail = store.detail(case_id, datetime.now(UTC))
        return detail is not None and [(n.body, n.pending) for n in detail.notes] == [(NOTE, False)]

    qtbot.waitUntil(note_confirmed, timeout=TIMEOUT_MS)
    window.ui.searchEdit.setText("kanarienotitie")

    def found() -> list[str]:
        return [window.proxy.case_id(r) for r in range(window.proxy.rowCount())]

    # List rows are read off the GUI thread after each change: the row with the note's
    # words may still be on its way when the store already holds it.
    qtbot.waitUntil(lambda: found() == [case_id], timeout=TIMEOUT_MS)
    window.ui.searchEdit.setText("")

    desktop.close()
    assert not copy.exists()  # the session's copies go with the workspace
    assert app_log.is_file() and app_log.stat().st_size > 0  # the log was written, and ...
    assert hits(data_dir, CANARIES) == []  # ... no byte of the folder holds a canary
