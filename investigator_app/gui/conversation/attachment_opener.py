"""Opening an attachment with the system's viewer: a plaintext copy, after a warning for
file types that can run code.

The viewer needs a plain file, so the copy cannot be sealed; it is written to a folder of
this session under the system's temporary folder (per user on Windows, 0700 elsewhere),
never inside the app's data folder, which holds sealed content only. The folder goes when
the workspace closes and when the process exits; copies older than KEEP_COPIES_SECONDS
go whenever another one is made. A session that could not clean up (a crash, a killed
process, a file a viewer held) leaves its folder behind: the next start removes every
such folder of this OS user whose process no longer runs (``prune_stale_sessions``; a
running process holds a lock in its folder, see ``live_marker``), so a second running
instance keeps its own.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import re
import shutil
import tempfile
import threading
import time
import uuid
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import BinaryIO

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from investigator_app.domain.file_names import without_bidi_controls
from investigator_app.gui.conversation import live_marker

RISKY_EXTENSIONS = frozenset(
    {
        "exe", "com", "scr", "pif", "msi", "msp", "bat", "cmd", "ps1", "psm1", "vbs", "vbe",
        "js", "jse", "wsf", "wsh", "hta", "lnk", "jar", "reg", "cpl", "dll",
        "html", "htm", "xhtml", "svg", "url",
        "docm", "dotm", "xlsm", "xltm", "xlam", "pptm", "potm", "ppsm",
        "zip", "7z", "rar", "iso", "img", "cab",
    }
)  # fmt: skip
"""Extensions that run code or hide files that do (archives, disk images)."""

KEEP_COPIES_SECONDS = 8 * 3600
_UNSAFE = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*]')


def extension(name: str) -> str:
    return name.rsplit(".", 1)[-1].casefold() if "." in name else ""


def is_risky(name: str) -> bool:
    return extension(name) in RISKY_EXTENSIONS


def safe_file_name(name: str) -> str:
    """The name without any path, characters Windows refuses or that reorder its display."""
    base = PureWindowsPath(PurePosixPath(without_bidi_controls(name)).name).name
    cleaned = _UNSAFE.sub("_", base).strip(" .")
    return cleaned[:150] or "bijlage"


def confirm_risky(parent: QWidget | None, name: str) -> bool:
    """Ask before opening a file type that can run code; True: open it anyway."""
    answer = QMessageBox.warning(
        parent,
        QCoreApplication.translate("AttachmentOpener", "Mogelijk gevaarlijke bijlage"),
        QCoreApplication.translate(
            "AttachmentOpener",
            "'%1' is een bestandstype dat programma's of macro's kan uitvoeren. Open het "
            "alleen als u de inhoud vertrouwt. Toch openen?",
        ).replace("%1", name),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def prune_copies(folder: Path, older_than: float = KEEP_COPIES_SECONDS) -> None:
    """Remove copies made more than ``older_than`` seconds ago (one sub-folder each)."""
    if not folder.is_dir():
        return
    limit = time.time() - older_than
    for sub in folder.iterdir():
        if sub.is_dir() and sub.stat().st_mtime < limit:
            shutil.rmtree(sub, ignore_errors=True)  # a viewer on Windows may hold it: next time


def write_copy(folder: Path, name: str, data: bytes) -> Path:
    """A copy under its own name in a fresh sub-folder (two files of one name may be open);
    old copies go first."""
    prune_copies(folder)
    target = folder / uuid.uuid4().hex / safe_file_name(name)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(data)
    return target


SESSION_PREFIX = "integriteit-bijlagen-"
_session: Path | None = None
_session_marker: BinaryIO | None = None  # held (locked) while this process uses _session
_session_lock = threading.Lock()


def session_folder() -> Path:
    """This session's folder for viewer copies, outside the data folder (made on first use,
    marked as in use by this process)."""
    global _session, _session_marker
    with _session_lock:
        if _session is None or not _session.is_dir():
            if _session_marker is not None:
                _session_marker.close()
            _session = Path(tempfile.mkdtemp(prefix=SESSION_PREFIX))  # mode 0700
            _session_marker = live_marker.hold(_session)
        return _session


def remove_session_copies() -> None:
    """The copies of this session go (a viewer on Windows may still hold one: then the
    next start removes it)."""
    global _session, _session_marker
    with _session_lock:
        folder, _session = _session, None
        marker, _session_marker = _session_marker, None
    if marker is not None:
        marker.close()  # let go first: Windows does not remove an open file
    if folder is not None:
        shutil.rmtree(folder, ignore_errors=True)


def _abandoned(folder: Path, made_before: float) -> bool:
    """No running process uses ``folder``: its marker is free, or it has none (an earlier
    release made it) and is older than ``made_before``."""
    if folder == _session or not folder.is_dir():
        return False
    if hasattr(os, "getuid") and folder.stat().st_uid != os.getuid():
        return False  # another user's (0700: not ours to look into)
    in_use = live_marker.in_use(folder)
    if in_use is None:
        return folder.stat().st_mtime < made_before
    return not in_use


def prune_stale_sessions(older_than: float = KEEP_COPIES_SECONDS) -> None:
    """Remove the folders of earlier sessions of this OS user whose process has ended
    without cleaning up (a crash, a killed process, a file a viewer held); a running
    instance's folder stays. Folders without a marker go after ``older_than`` seconds."""
    made_before = time.time() - older_than
    root = Path(tempfile.gettempdir())
    with contextlib.suppress(OSError):
        for sub in root.glob(SESSION_PREFIX + "*"):
            with contextlib.suppress(OSError):
                if _abandoned(sub, made_before):
                    shutil.rmtree(sub, ignore_errors=True)


atexit.register(remove_session_copies)


def open_with_system_viewer(path: Path) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
