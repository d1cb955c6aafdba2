"""After a dossier is saved: where it went, whether its copy is on the audit trail yet,
and the next step the user most likely wants: open it, or show its folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from investigator_app.gui.common.dialog_buttons import close_buttons


def open_in_system(path: Path) -> bool:
    """Open a file (with its viewer) or a folder (in the file manager) of the system."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class ExportDoneDialog(QDialog):
    """``path``: the file written; ``recorded``: its copy is on the service's audit trail."""

    def __init__(self, path: Path, recorded: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.setWindowTitle(self.tr("Dossier opgeslagen"))
        self.setMinimumWidth(440)
        self.text = QLabel(self)
        self.text.setTextFormat(self.text.textFormat().PlainText)  # a file name is no markup
        self.text.setWordWrap(True)
        lines = [
            self.tr("Het dossier is opgeslagen als %1").replace("%1", path.name),
            self.tr("in de map %1.").replace("%1", str(path.parent)),
        ]
        lines.append(
            self.tr("Het exemplaar staat in de audittrail.")
            if recorded
            else self.tr("De registratie in de audittrail volgt zodra de dienst bereikbaar is.")
        )
        self.text.setText("\n".join(lines))
        self.open_button = QPushButton(self.tr("&Openen"), self)
        self.folder_button = QPushButton(self.tr("Toon in &map"), self)
        buttons = close_buttons(self)
        for button in (self.open_button, self.folder_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(self.on_open_clicked)
        self.folder_button.clicked.connect(self.on_folder_clicked)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)

    def offered(self) -> list[str]:
        """The next steps offered, as their buttons read (without the accelerator)."""
        return [b.text().replace("&", "") for b in (self.open_button, self.folder_button)]

    def on_open_clicked(self) -> None:
        open_in_system(self.path)
        self.accept()

    def on_folder_clicked(self) -> None:
        open_in_system(self.path.parent)
        self.accept()
