"""Opening an attachment with the system's viewer: a copy in a folder of the app's data
folder, after a warning for file types that can run code.

Copies older than KEEP_COPIES_SECONDS are removed whenever another one is made (a viewer
has long read its file by then). Issue 4 will require these plaintext copies to go when the
app closes too; they all live in the one folder this module writes to.
"""

from __future__ import annotations

import re
import shutil
import time
import uuid
from pathlib import Path, PurePosixPath, PureWindowsPath

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

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
    """The name without any path or characters Windows refuses."""
    base = PureWindowsPath(PurePosixPath(name).name).name
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


def open_with_system_viewer(path: Path) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
