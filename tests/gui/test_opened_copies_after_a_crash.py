"""Plaintext copies of attachments opened in a session that was killed: the next start of
the app removes them, and leaves those of an instance that still runs. Real processes,
killed for real; the next start is the app's composition root."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from tests.support.world import AN, World, open_desktop

# A session of the app that opens an attachment the way the app does, then keeps running.
SESSION = """
import time
from investigator_app.gui.conversation.attachment_opener import session_folder, write_copy
print(write_copy(session_folder(), "verslag.pdf", b"%PDF vertrouwelijk"), flush=True)
time.sleep(300)
"""


class Session:
    def __init__(self, temp: Path) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-c", SESSION],
            env={**os.environ, "TMPDIR": str(temp), "TEMP": str(temp), "TMP": str(temp)},
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.process.stdout is not None
        self.copy = Path(self.process.stdout.readline().strip())
        assert self.copy.read_bytes() == b"%PDF vertrouwelijk"

    @property
    def folder(self) -> Path:
        return self.copy.parent.parent  # the session's folder: one sub-folder per copy

    def kill(self) -> None:
        self.process.kill()
        self.process.wait(timeout=10)


@pytest.fixture
def temp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The system's temporary folder, for this test only (the app and its children)."""
    folder = tmp_path / "temp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def test_the_next_start_removes_the_copies_of_a_killed_session_only(
    qtbot, world: World, data_dir: Path, temp: Path
) -> None:
    killed, running = Session(temp), Session(temp)  # the second: another instance, still on
    try:
        killed.kill()
        assert killed.copy.exists()  # a crash leaves the plaintext behind...

        desktop = open_desktop(world, AN, data_dir)  # ...until the next start
        qtbot.addWidget(desktop.workspace.window)
        try:
            assert not killed.folder.exists()
            assert running.copy.read_bytes() == b"%PDF vertrouwelijk"  # still in use there
        finally:
            desktop.close()
    finally:
        running.kill()

    again = open_desktop(world, AN, data_dir)  # it ended too: its copy goes at this start
    qtbot.addWidget(again.workspace.window)
    try:
        assert not running.folder.exists()
    finally:
        again.close()
