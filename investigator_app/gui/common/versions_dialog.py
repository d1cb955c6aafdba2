"""A read-only list of the versions of something (a note, an allegation and its findings,
an interview record), oldest first, with the chosen version's text below it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from investigator_app.gui.common.dialog_buttons import close_buttons


class VersionsDialogBase(QDialog):
    """Subclasses ``add`` each version (title, text), then call ``show_first``."""

    def __init__(
        self,
        title: str,
        list_name: str,
        size: tuple[int, int],
        text_stretch: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(*size)
        self._layout = QVBoxLayout(self)
        # translate() with a fixed context: tr() would look the words up under the
        # subclass's name, where lupdate never put them.
        caption = QLabel(
            QCoreApplication.translate("VersionsDialogBase", "&Versies (de oudste eerst)"), self
        )
        self._layout.addWidget(caption)
        self.version_list = QListWidget(self)
        self.version_list.setAccessibleName(list_name)
        caption.setBuddy(self.version_list)
        self._layout.addWidget(self.version_list, 1)
        self.text_view = QPlainTextEdit(self)
        self.text_view.setReadOnly(True)
        self.text_view.setAccessibleName(
            QCoreApplication.translate("VersionsDialogBase", "Tekst van de gekozen versie")
        )
        self._layout.addWidget(self.text_view, text_stretch)
        self._texts: list[str] = []

    def add(self, title: str, text: str) -> None:
        item = QListWidgetItem(title, self.version_list)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, title)
        self._texts.append(text)

    def show_first(self) -> None:
        self.version_list.currentRowChanged.connect(self._show)
        self.version_list.setCurrentRow(0)
        self._layout.addWidget(close_buttons(self))

    def titles(self) -> list[str]:
        return [self.version_list.item(row).text() for row in range(self.version_list.count())]

    def _show(self, row: int) -> None:
        self.text_view.setPlainText(self._texts[row] if 0 <= row < len(self._texts) else "")
