"""The small dialogs of the Verhoren tab: reading a record back (its PDF, printed or
saved), adding the signed copy, and reading earlier versions."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from investigator_app.domain.evidence import find
from investigator_app.domain.interviews import Interview
from investigator_app.export.options import READER_MAX_LENGTH, reader_line
from investigator_app.gui.common.formatting import format_datetime
from investigator_app.gui.common.versions_dialog import VersionsDialogBase
from investigator_app.gui.workspace.interview_texts import (
    interview_title,
    piece_label,
    record_text,
    signed_scan_candidates,
)
from investigator_app.gui.workspace.investigation_dialogs import name_buttons, show_hint
from investigator_app.gui.workspace.investigation_texts import fill, shown
from investigator_app.store.views import CaseDetail


def _plain_label(parent: QWidget, text: str) -> QLabel:
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


class ReadBackDialog(QDialog):
    """ "Nalezen en ondertekenen": print the record or save it as PDF, for whom, in which
    language. Each print or save is a copy of its own (its own id on every page), recorded
    on the case's audit trail."""

    print_requested = Signal(str, str)  # reader, language
    save_requested = Signal(str, str)

    def __init__(self, interview: Interview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = interview_title(interview)
        self.setWindowTitle(fill(self.tr("%1 nalezen en ondertekenen"), title))
        self.resize(560, 230)
        layout = QVBoxLayout(self)
        layout.addWidget(
            _plain_label(
                self,
                self.tr(
                    "Druk het verhoor af (of sla het op als PDF en druk het later af). Lees "
                    "het samen met de gehoorde persoon na: die parafeert elke pagina in het "
                    "vak onderaan en ondertekent op de laatste pagina, net als de "
                    "verhoorders. Voeg daarna de scan toe met ‘Ondertekend exemplaar "
                    "toevoegen…’: vanaf dan kan het verhoor niet meer bewerkt worden."
                ),
            )
        )
        form = QFormLayout()
        self.reader_edit = QLineEdit(interview.facts.person_heard, self)
        self.reader_edit.setMaxLength(READER_MAX_LENGTH)
        self.reader_edit.setAccessibleName(self.tr("Exemplaar voor"))
        form.addRow(self.tr("Exemplaar &voor:"), self.reader_edit)
        self.language_combo = QComboBox(self)
        self.language_combo.addItem(self.tr("Nederlands"), "nl")
        self.language_combo.addItem(self.tr("Engels"), "en")
        self.language_combo.setAccessibleName(self.tr("Taal van het verhoor"))
        form.addRow(self.tr("&Taal:"), self.language_combo)
        layout.addLayout(form)
        self.status_label = _plain_label(self, "")
        layout.addWidget(self.status_label)
        layout.addStretch(1)
        self.buttons = QDialogButtonBox(self)
        self.print_button = self.buttons.addButton(
            self.tr("&Afdrukken…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.save_button = self.buttons.addButton(
            self.tr("&Opslaan als PDF…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        close = self.buttons.addButton(self.tr("Sluiten"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setAccessibleName(self.tr("Sluiten"))
        self.buttons.rejected.connect(self.reject)
        self.print_button.clicked.connect(
            lambda: self.print_requested.emit(self.reader(), self.language())
        )
        self.save_button.clicked.connect(
            lambda: self.save_requested.emit(self.reader(), self.language())
        )
        layout.addWidget(self.buttons)
        self.reader_edit.textChanged.connect(self._update)
        self._busy = False
        self._update()

    def reader(self) -> str:
        return reader_line(self.reader_edit.text())

    def language(self) -> str:
        return str(self.language_combo.currentData())

    def set_busy(self, busy: bool, text: str = "") -> None:
        """While a copy is made: the buttons wait, the line says what happens."""
        self._busy = busy
        self.status_label.setText(text)
        self._update()

    def _update(self) -> None:
        ready = bool(self.reader()) and not self._busy
        self.print_button.setEnabled(ready)
        self.save_button.setEnabled(ready)
        if not self.reader():
            self.status_label.setText(self.tr("Vul in voor wie dit exemplaar is."))


class SignDialog(QDialog):
    """ "Ondertekend exemplaar toevoegen": the scan of the signed paper, a file to add as a
    piece of type verhoor, or such a piece already on the case."""

    def __init__(
        self, case: CaseDetail, interview: Interview, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        title = interview_title(interview)
        self.setWindowTitle(fill(self.tr("Ondertekend exemplaar van %1 toevoegen"), title))
        self.resize(600, 220)
        layout = QVBoxLayout(self)
        layout.addWidget(
            _plain_label(
                self,
                fill(
                    self.tr(
                        "Kies de scan (of foto) van het ondertekende exemplaar. Ze wordt als "
                        "stuk van de soort verhoor aan de melding toegevoegd en aan %1 "
                        "(versie %2) gekoppeld. Daarna kan het verhoor niet meer bewerkt "
                        "worden; een verbetering blijft mogelijk."
                    ),
                    title,
                    str(interview.version),
                ),
            )
        )
        self.file_radio = QRadioButton(self.tr("Een &bestand:"), self)
        self.file_radio.setChecked(True)
        row = QHBoxLayout()
        row.addWidget(self.file_radio)
        self.path_edit = QLineEdit(self)
        self.path_edit.setAccessibleName(self.tr("Bestand met het ondertekende exemplaar"))
        row.addWidget(self.path_edit, 1)
        self.browse_button = QPushButton(self.tr("B&laderen…"), self)
        self.browse_button.setAutoDefault(False)
        self.browse_button.clicked.connect(self._browse)
        row.addWidget(self.browse_button)
        layout.addLayout(row)
        self.candidates = signed_scan_candidates(
            case.investigation.pieces, case.investigation.interviews, interview.id
        )
        self.piece_radio = QRadioButton(self.tr("Een &stuk van deze melding:"), self)
        piece_row = QHBoxLayout()
        piece_row.addWidget(self.piece_radio)
        self.piece_combo = QComboBox(self)
        self.piece_combo.setAccessibleName(self.tr("Stuk met het ondertekende exemplaar"))
        for piece in self.candidates:
            self.piece_combo.addItem(piece_label(piece), piece.id)
        piece_row.addWidget(self.piece_combo, 1)
        layout.addLayout(piece_row)
        has_pieces = bool(self.candidates)
        self.piece_radio.setEnabled(has_pieces)
        self.piece_combo.setEnabled(False)
        if not has_pieces:
            self.piece_radio.setToolTip(
                self.tr("De melding heeft geen stuk van de soort verhoor dat nog vrij is.")
            )
        group = QButtonGroup(self)
        group.addButton(self.file_radio)
        group.addButton(self.piece_radio)
        self.hint_label = _plain_label(self, "")
        layout.addWidget(self.hint_label)
        layout.addStretch(1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        name_buttons(self.buttons, self.tr("Toevoegen en koppelen"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.file_radio.toggled.connect(self._update)
        self.path_edit.textChanged.connect(self._update)
        self._update()

    def _browse(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Ondertekend exemplaar kiezen"),
            folder,
            self.tr("Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;Alle bestanden (*)"),
        )
        if path:
            self.path_edit.setText(path)

    def choice(self) -> Path | str:
        """The file to add (a Path) or the id of the piece on the case (a str)."""
        if self.piece_radio.isChecked():
            return str(self.piece_combo.currentData())
        return Path(self.path_edit.text().strip())

    def _update(self) -> None:
        by_file = self.file_radio.isChecked()
        self.path_edit.setEnabled(by_file)
        self.browse_button.setEnabled(by_file)
        self.piece_combo.setEnabled(not by_file)
        problem = None
        if by_file:
            text = self.path_edit.text().strip()
            if not text:
                problem = self.tr("Kies het bestand met de scan.")
            elif not Path(text).is_file():
                problem = self.tr("Dat bestand bestaat niet (of is een map).")
        show_hint(self.hint_label, problem)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(problem is None)


class VersionsDialog(VersionsDialogBase):
    """Every version of a record, oldest first, the current one last; read only. A signed
    version says so, with its scan."""

    def __init__(
        self, interview: Interview, case: CaseDetail, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            fill(
                QCoreApplication.translate("VersionsDialog", "Eerdere versies van %1"),
                interview_title(interview),
            ),
            QCoreApplication.translate("VersionsDialog", "Versies van het verhoor"),
            (640, 520),
            3,
            parent,
        )
        for version in interview.earlier:
            line = fill(
                self.tr("Versie %1 — %2"), str(version.version), format_datetime(version.at)
            )
            if version.signature is not None:
                scan = find(case.investigation.pieces, version.signature.piece_id)
                line += " — " + self.tr("ondertekend")
                if scan is not None:
                    line += f" ({piece_label(scan)})"
            self.add(line, record_text(version.facts))
        current = fill(
            self.tr("Huidige versie %1 — %2"),
            str(interview.version),
            format_datetime(interview.edited_at),
        )
        if interview.signed:
            current += " — " + self.tr("ondertekend")
        text = record_text(interview.facts)
        if interview.correction_reason:
            text = (
                fill(self.tr("Reden van de verbetering: %1"), shown(interview.correction_reason))
                + "\n\n"
                + text
            )
        self.add(current, text)
        self.show_first()
