"""The system's file viewer, as tests see it: Qt's own hook for QDesktopServices.openUrl."""

from __future__ import annotations

from PySide6.QtCore import QObject, QUrl, Slot


class FileViewer(QObject):
    """Stands in for the program Windows would open a file with; records what it got."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(url)
