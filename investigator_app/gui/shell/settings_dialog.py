"""The settings dialog: server, sync interval, idle lock, language and data folder.

Everything it edits is declared in settings.py; nothing secret passes through it. Changes
that need a fresh workspace (server, sync interval, language, data folder) take effect at
the next start, and the dialog says so.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QWidget

from investigator_app.desktop.paths import default_data_dir
from investigator_app.desktop.settings import (
    DATA_DIR,
    IDLE_LOCK_MINUTES,
    LANGUAGE,
    SERVER_URL,
    SYNC_INTERVAL_SECONDS,
    AppSettings,
)
from investigator_app.gui.forms.ui_settings_dialog import Ui_SettingsDialog
from investigator_app.gui.session.login_dialog import validate_server_url

# Language names are shown in their own language, so they are not translated.
LANGUAGE_NAMES = (("nl", "Nederlands"), ("en", "English"))


def configured_data_dir(settings: AppSettings) -> Path:
    """The data folder the settings point at (the per-user default when none was chosen)."""
    chosen = settings.get(DATA_DIR)
    return Path(chosen) if chosen else default_data_dir()


def folder_is_writable(folder: Path) -> bool:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return False
    return os.access(folder, os.W_OK)


class SettingsDialog(QDialog):
    def __init__(
        self,
        settings: AppSettings,
        data_dir: Path,
        *,
        unsent_changes: Callable[[], int] = lambda: 0,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        self._settings = settings
        self._data_dir = data_dir  # the folder this run uses
        self._unsent_changes = unsent_changes
        self._chosen_data_dir = configured_data_dir(settings)
        self.restart_needed = False  # after accept: something applies at the next start

        ui = self.ui
        ui.serverEdit.setText(settings.get(SERVER_URL))
        ui.syncIntervalSpin.setRange(
            SYNC_INTERVAL_SECONDS.minimum or 1, SYNC_INTERVAL_SECONDS.maximum or 30
        )
        ui.syncIntervalSpin.setValue(settings.get(SYNC_INTERVAL_SECONDS))
        ui.idleLockSpin.setRange(IDLE_LOCK_MINUTES.minimum or 1, IDLE_LOCK_MINUTES.maximum or 120)
        ui.idleLockSpin.setValue(settings.get(IDLE_LOCK_MINUTES))
        for code, name in LANGUAGE_NAMES:
            ui.languageCombo.addItem(name, code)
        ui.languageCombo.setCurrentIndex(max(0, ui.languageCombo.findData(settings.get(LANGUAGE))))
        ui.dataDirEdit.setText(str(self._chosen_data_dir))
        ui.dataDirEdit.setToolTip(str(self._chosen_data_dir))
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Bewaren"))
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        ui.buttonBox.accepted.connect(self.on_accept)
        ui.buttonBox.rejected.connect(self.reject)
        ui.openDataDirButton.clicked.connect(self.on_open_data_dir)
        ui.changeDataDirButton.clicked.connect(self.on_change_data_dir)
        ui.serverEdit.textChanged.connect(self._update_restart_note)
        ui.syncIntervalSpin.valueChanged.connect(self._update_restart_note)
        ui.languageCombo.currentIndexChanged.connect(self._update_restart_note)
        self._update_restart_note()

    # --- the data folder ---------------------------------------------------------------

    @property
    def chosen_data_dir(self) -> Path:
        return self._chosen_data_dir

    def on_open_data_dir(self) -> None:
        self._data_dir.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._data_dir)))

    def on_change_data_dir(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Gegevensmap kiezen"), str(self._chosen_data_dir)
        )
        if folder:
            self.choose_data_dir(Path(folder))

    def choose_data_dir(self, folder: Path) -> bool:
        """Take ``folder`` as the next data folder; False (and a message) when it cannot be."""
        if not folder_is_writable(folder):
            self.ui.messageLabel.setText(
                self.tr("In deze map kan de app niet schrijven. Kies een andere map.")
            )
            return False
        self._chosen_data_dir = folder
        self.ui.dataDirEdit.setText(str(folder))
        self.ui.dataDirEdit.setToolTip(str(folder))
        self._update_restart_note()
        return True

    # --- saving ------------------------------------------------------------------------

    def _server_url(self) -> str:
        return self.ui.serverEdit.text().strip().rstrip("/")

    def _changes_for_next_start(self) -> bool:
        settings = self._settings
        return (
            self._server_url() != settings.get(SERVER_URL)
            or self.ui.syncIntervalSpin.value() != settings.get(SYNC_INTERVAL_SECONDS)
            or self.ui.languageCombo.currentData() != settings.get(LANGUAGE)
            or self._chosen_data_dir.resolve() != configured_data_dir(settings).resolve()
        )

    def _update_restart_note(self, *_args: object) -> None:
        self.ui.messageLabel.setText(
            self.tr("Deze wijzigingen gelden vanaf de volgende start van de app.")
            if self._changes_for_next_start()
            else ""
        )

    def on_accept(self) -> None:
        server_url = self._server_url()
        problem = validate_server_url(server_url) if server_url else None
        if problem is not None:
            self.ui.messageLabel.setText(problem)
            self.ui.serverEdit.setFocus()
            return
        new_dir = self._chosen_data_dir.resolve() != configured_data_dir(self._settings).resolve()
        if new_dir and self._unsent_changes() > 0:
            # The next start opens an empty store in the new folder: unsent work would stay
            # behind in the old one.
            self.ui.messageLabel.setText(
                self.tr(
                    "Er zijn nog wijzigingen die niet naar de server verzonden zijn. "
                    "Synchroniseer eerst (F5) en kies dan opnieuw een andere gegevensmap."
                )
            )
            return
        self.restart_needed = self._changes_for_next_start()
        settings = self._settings
        settings.set(SERVER_URL, server_url)
        settings.set(SYNC_INTERVAL_SECONDS, self.ui.syncIntervalSpin.value())
        settings.set(IDLE_LOCK_MINUTES, self.ui.idleLockSpin.value())
        settings.set(LANGUAGE, str(self.ui.languageCombo.currentData()))
        if new_dir:
            is_default = self._chosen_data_dir.resolve() == default_data_dir().resolve()
            settings.set(DATA_DIR, "" if is_default else str(self._chosen_data_dir))
        settings.sync()
        self.accept()
