"""Writing a confidential note and reading its earlier versions. Plain text only: what the
user typed is shown as typed, markup included."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPushButton,
    QWidget,
)

from investigator_app.domain.notes import MAX_NOTE_LENGTH, NoteVisibility
from investigator_app.gui.common.formatting import format_datetime
from investigator_app.gui.common.versions_dialog import VersionsDialogBase
from investigator_app.gui.forms.ui_note_dialog import Ui_NoteDialog
from investigator_app.store.views import NoteView


def visibility_label(visibility: NoteVisibility) -> str:
    if visibility is NoteVisibility.ONLY_ME:
        return QCoreApplication.translate("Notes", "Alleen ik")
    return QCoreApplication.translate("Notes", "Dossierteam")


class NoteDialog(QDialog):
    """A new note or a new text for one of the user's own notes; OK only with 1 to
    MAX_NOTE_LENGTH characters. Who may read it defaults to "Alleen ik"."""

    def __init__(self, note: NoteView | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_NoteDialog()
        self.ui.setupUi(self)
        if note is None:
            self.setWindowTitle(self.tr("Nieuwe notitie"))
            ok_text = self.tr("Notitie bewaren")
        else:
            self.setWindowTitle(self.tr("Notitie bewerken"))
            ok_text = self.tr("Nieuwe versie bewaren")
            self.ui.noteEdit.setPlainText(note.body)
            self.ui.caseTeamRadio.setChecked(note.visibility is NoteVisibility.CASE_TEAM)
        self.ok_button.setText(ok_text)
        self.ok_button.setAccessibleName(ok_text)
        cancel = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Annuleren"))
        cancel.setAccessibleName(self.tr("Annuleren"))
        self.ui.counterLabel.setAccessibleName(self.tr("Aantal tekens"))
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.noteEdit.textChanged.connect(self._update)
        self._update()

    @property
    def ok_button(self) -> QPushButton:
        return self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)

    def body(self) -> str:
        return self.ui.noteEdit.toPlainText().strip()

    def visibility(self) -> NoteVisibility:
        if self.ui.caseTeamRadio.isChecked():
            return NoteVisibility.CASE_TEAM
        return NoteVisibility.ONLY_ME

    def _update(self) -> None:
        length = len(self.body())
        too_long = length > MAX_NOTE_LENGTH
        self.ui.counterLabel.setText(
            self.tr("%1 van maximaal %2 tekens")
            .replace("%1", str(length))
            .replace("%2", str(MAX_NOTE_LENGTH))
        )
        self.ui.counterLabel.setStyleSheet("color: #b3261e;" if too_long else "")
        self.ui.hintLabel.setText(
            self.tr("De notitie is te lang: kort ze in tot %1 tekens.").replace(
                "%1", str(MAX_NOTE_LENGTH)
            )
            if too_long
            else ""
        )
        self.ui.hintLabel.setVisible(too_long)
        self.ok_button.setEnabled(0 < length <= MAX_NOTE_LENGTH)


class EarlierVersionsDialog(VersionsDialogBase):
    """Every text a note had, oldest first, the current one last; read only."""

    def __init__(self, note: NoteView, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("EarlierVersionsDialog", "Eerdere versies van de notitie"),
            QCoreApplication.translate("EarlierVersionsDialog", "Versies van de notitie"),
            (560, 460),
            2,
            parent,
        )
        for version in note.earlier:
            self.add(
                self.tr("Versie %1 — %2 — %3")
                .replace("%1", str(version.version))
                .replace("%2", format_datetime(version.edited_at))
                .replace("%3", visibility_label(version.visibility)),
                version.body,
            )
        current = self.tr("Huidige versie — %1 — %2")
        if note.pending:
            current = self.tr("Huidige versie (nog niet verzonden) — %1 — %2")
        self.add(
            current.replace("%1", format_datetime(note.edited_at)).replace(
                "%2", visibility_label(note.visibility)
            ),
            note.body,
        )
        self.show_first()
