"""Bestand → Selectie exporteren…: profile, reader and folder for a dossier of each chosen
case, with the progress and the result of the batch: which cases it wrote, which not, and
the folder to open."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from investigator_app.export.batch import BatchResult
from investigator_app.export.options import READER_MAX_LENGTH, Profile
from investigator_app.gui.dossiers.export_done import open_in_system

log = logging.getLogger("investigator_app.gui.dossiers.batch_export_dialog")


class _BatchRelay(QObject):
    progressed = Signal(int, int)


def dossier_count(count: int) -> str:
    """ "1 dossier", "3 dossiers": Dutch and English both have one singular."""
    if count == 1:
        return QCoreApplication.translate("BatchExportDialog", "1 dossier")
    return QCoreApplication.translate("BatchExportDialog", "%1 dossiers").replace("%1", str(count))


class BatchExportDialog(QDialog):
    start_requested = Signal(object, str, object)  # Profile, reader, folder

    def __init__(self, count: int, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Selectie exporteren"))
        self.setMinimumWidth(480)
        self.relay = _BatchRelay(self)
        self.profile_combo = QComboBox(self)
        for profile, label in (
            (Profile.FULL, self.tr("Volledig dossier (onderzoeker)")),
            (Profile.MANAGER, self.tr("Afdruk leidinggevende")),
        ):
            self.profile_combo.addItem(label, profile.value)
        self.reader_edit = QLineEdit(self)
        self.reader_edit.setMaxLength(READER_MAX_LENGTH)
        self.folder_edit = QLineEdit(str(folder), self)
        browse = QPushButton(self.tr("&Bladeren…"), self)
        browse.clicked.connect(self.on_browse_clicked)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit)
        folder_row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("&Profiel"), self.profile_combo)
        form.addRow(self.tr("&Voor (lezer)"), self.reader_edit)
        # A caption of a row that is a layout has no buddy unless given one: without it
        # Qt shows the "&" itself.
        self.folder_caption = QLabel(self.tr("&Map"), self)
        self.folder_caption.setBuddy(self.folder_edit)
        form.addRow(self.folder_caption, folder_row)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, count)
        self.progress.setVisible(False)
        self.status = QLabel(dossier_count(count), self)
        self.status.setWordWrap(True)
        self.status.setTextFormat(self.status.textFormat().PlainText)
        self.written = QPlainTextEdit(self)  # the references written, one a line
        self.written.setReadOnly(True)
        self.written.setAccessibleName(self.tr("Geëxporteerde meldingen"))
        self.written.setVisible(False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Exporteren"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Sluiten"))
        self.folder_button = QPushButton(self.tr("Toon in m&ap"), self)
        self.buttons.addButton(self.folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.folder_button.setVisible(False)  # after adding: the box shows what it adds
        self.folder_button.clicked.connect(self.on_folder_clicked)
        self.buttons.accepted.connect(self.on_start_clicked)
        self.buttons.rejected.connect(self.reject)
        self.relay.progressed.connect(self.on_progress)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.written, 1)
        layout.addWidget(self.buttons)
        self.result_value: BatchResult | None = None
        self._folder = folder

    def on_browse_clicked(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Map kiezen"), self.folder_edit.text()
        )
        if chosen:
            self.folder_edit.setText(chosen)

    def on_start_clicked(self) -> None:
        reader = self.reader_edit.text().strip()
        folder = Path(self.folder_edit.text().strip())
        if not reader:
            self.status.setText(self.tr("Vul in voor wie deze exemplaren zijn."))
            return
        if not folder.is_dir():
            self.status.setText(self.tr("Die map bestaat niet."))
            return
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        self.progress.setVisible(True)
        self._folder = folder
        self.start_requested.emit(Profile(self.profile_combo.currentData()), reader, folder)

    def on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def show_result(self, result: BatchResult) -> None:
        self.result_value = result
        lines = [
            self.tr("%1 opgeslagen in %2.")
            .replace("%1", dossier_count(len(result.written)))
            .replace("%2", str(self._folder))
        ]
        if result.failed:
            lines.append(
                self.tr("Niet gelukt: %1").replace(
                    "%1", ", ".join(reference for reference, _why in result.failed)
                )
            )
        if result.unrecorded:
            lines.append(self.tr("De registratie volgt zodra de dienst bereikbaar is."))
        self.status.setText("\n".join(lines))
        self.written.setPlainText("\n".join(result.references))
        self.written.setVisible(bool(result.references))
        self.folder_button.setVisible(bool(result.written))

    def on_folder_clicked(self) -> None:
        open_in_system(self._folder)

    def show_error(self, error: Exception) -> None:
        log.error("batch export failed: %s", type(error).__name__)
        self.status.setText(self.tr("De export is mislukt."))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)
