"""The permanent part of the main window's status bar: online or not, when the last sync
ended, and the progress of a running one."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar, QWidget

from investigator_app.gui.common.formatting import format_datetime, format_time
from investigator_app.gui.common.messages import sync_failure_message
from investigator_app.gui.common.theme import warning_style


class SyncStatus(QObject):
    def __init__(self, bar: QStatusBar, owner: QWidget) -> None:
        super().__init__(owner)
        self._bar = bar
        self.online_label = QLabel(owner)
        self.sync_label = QLabel(self.tr("Nog niet gesynchroniseerd"), owner)
        for label in (self.online_label, self.sync_label):
            label.setTextFormat(Qt.TextFormat.PlainText)
        self.progress = QProgressBar(owner)
        self.progress.setMaximumWidth(200)
        self.progress.setTextVisible(True)
        self.progress.setVisible(False)
        self.progress.setAccessibleName(self.tr("Voortgang van de synchronisatie"))
        bar.addPermanentWidget(self.progress)
        bar.addPermanentWidget(self.sync_label)
        bar.addPermanentWidget(self.online_label)

    def refresh_theme(self) -> None:
        """Light or dark changed: re-pick the warning colours we set ourselves."""
        if self.online_label.styleSheet():
            self.online_label.setStyleSheet(warning_style())

    def on_sync_started(self) -> None:
        self.sync_label.setText(self.tr("Bezig met synchroniseren…"))

    def on_sync_progress(self, done: int, total: int) -> None:
        if total <= 0:
            return
        self.progress.setVisible(True)
        self.progress.setRange(0, total)
        self.progress.setValue(min(done, total))
        self.progress.setFormat(self.tr("%v van %m meldingen"))

    def on_sync_finished(self, at: datetime | None) -> None:
        self.progress.setVisible(False)
        if at is not None:
            self.sync_label.setText(
                self.tr("Laatst gesynchroniseerd om %1").replace("%1", format_time(at))
            )
            self.sync_label.setToolTip(format_datetime(at))

    def on_online_changed(self, online: bool) -> None:
        if online:
            self.online_label.setText(self.tr("Online"))
            self.online_label.setStyleSheet("")
        else:
            self.online_label.setText(self.tr("Offline — wijzigingen worden later verzonden"))
            self.online_label.setStyleSheet(warning_style())

    def on_sync_failed(self, kind: str, _message: str) -> None:
        # The runner's message is English and meant for the log; the user gets Dutch.
        self.progress.setVisible(False)
        self._bar.showMessage(sync_failure_message(kind), 15_000)

    def show_signed_out(self) -> None:
        self.online_label.setText(self.tr("Niet aangemeld — wijzigingen blijven bewaard"))
        self.online_label.setStyleSheet(warning_style())
