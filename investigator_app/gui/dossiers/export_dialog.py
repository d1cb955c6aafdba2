"""Choose what one copy of a dossier shows (profile, reader, notes, interview records, the
pieces whose content it carries, blacked-out passages) and where it goes; renders off the
GUI thread with progress, saves whole or not at all. Starts from the choices of the case's
previous copy in this session, when there was one."""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QListWidgetItem,
    QTextEdit,
    QWidget,
)

from investigator_app.export.files import ExportWriteError, file_name
from investigator_app.export.model import DossierCase
from investigator_app.export.options import (
    READER_MAX_LENGTH,
    ExportOptions,
    Profile,
    Span,
    reader_line,
)
from investigator_app.export.render import Progress
from investigator_app.gui.common.background import BackgroundCall, emit_from_worker
from investigator_app.gui.dossiers.export_evidence import EvidenceChoices
from investigator_app.gui.dossiers.export_memory import ExportChoices
from investigator_app.gui.dossiers.redactable_fields import redactable_fields
from investigator_app.gui.forms.ui_export_dialog import Ui_ExportDialog
from investigator_app.store.evidence import PieceDamaged, PieceMissing

log = logging.getLogger("investigator_app.gui.dossiers.export_dialog")

Job = Callable[[ExportOptions, Path | None, Progress], object]
"""Runs on the thread pool: render (and, with a path, save and record); returns a result
handed to ``finished``."""


class _ProgressRelay(QObject):
    progressed = Signal(int, int)


def utf16_to_index(text: str, position: int) -> int:
    """A QTextCursor position (UTF-16 code units) as an index into the Python string."""
    return len(text.encode("utf-16-le")[: position * 2].decode("utf-16-le", "ignore"))


def index_to_utf16(text: str, index: int) -> int:
    """An index into the Python string as a QTextCursor position (UTF-16 code units)."""
    return len(text[:index].encode("utf-16-le")) // 2


class ExportDialog(QDialog):
    """``mode`` "export" asks for a file; "print" only renders (for the print preview)."""

    finished_job = Signal(object)  # the job's result
    chosen = Signal(object)  # ExportChoices: the copy was asked for with these

    def __init__(
        self,
        case: DossierCase,
        job: Job,
        *,
        made_by: str,
        language: str,
        default_folder: Path,
        mode: str = "export",
        remembered: ExportChoices | None = None,
        availability: Mapping[str, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``availability``: per piece id, whether its bytes are here (PieceAvailability
        values, from the store); without it no piece's content can be carried."""
        super().__init__(parent)
        self.ui = Ui_ExportDialog()
        self.ui.setupUi(self)
        self.case = case
        self._job = job
        self._made_by = made_by
        self._language = language
        self._mode = mode
        self._spans: list[Span] = []
        self._call: BackgroundCall | None = None
        self._relay = _ProgressRelay(self)
        self._relay.progressed.connect(self.on_progress)
        self.result_value: object = None
        self.target: Path | None = None  # where the export goes, once started

        ui = self.ui
        for profile, label in (
            (Profile.FULL, self.tr("Volledig dossier (onderzoeker)")),
            (Profile.MANAGER, self.tr("Afdruk leidinggevende")),
            (Profile.FEEDBACK, self.tr("Terugkoppeling aan de melder")),
        ):
            ui.profileCombo.addItem(label, profile.value)
        ui.profileCombo.currentIndexChanged.connect(self.on_profile_changed)
        # Left empty on purpose: the watermark must name the real reader, not a default.
        ui.readerEdit.setPlaceholderText(self.tr("Naam van wie dit exemplaar krijgt"))
        ui.readerEdit.setMaxLength(READER_MAX_LENGTH)  # as the command line: the page fits it
        ui.identityCheck.setEnabled(case.identity is not None)
        for note in case.notes:
            item = QListWidgetItem(f"{note.author}: {note.text[:80]}")
            item.setData(Qt.ItemDataRole.UserRole, note.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            ui.notesList.addItem(item)
        # Interview records and carried pieces, below the notes (hidden when none).
        self.evidence = EvidenceChoices(case, availability or {}, mode, self)
        ui.layout.insertWidget(ui.layout.indexOf(ui.notesGroup) + 1, self.evidence)
        self._fields = redactable_fields(case)
        for key, (label, _text) in self._fields.items():
            ui.fieldCombo.addItem(label, key)
        ui.fieldCombo.currentIndexChanged.connect(self.on_field_changed)
        self.on_field_changed(0)
        ui.redactButton.clicked.connect(self.on_redact_clicked)
        ui.removeSpanButton.clicked.connect(self.on_remove_span_clicked)
        ui.browseButton.clicked.connect(self.on_browse_clicked)
        ui.pathEdit.setText(str(default_folder / file_name(case.reference, Profile.FULL.value)))
        for widget in (ui.pathCaption, ui.pathEdit, ui.browseButton):
            widget.setVisible(mode == "export")
        ok = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Exporteren") if mode == "export" else self.tr("Voorbeeld"))
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        self.setWindowTitle(
            self.tr("Dossier exporteren") if mode == "export" else self.tr("Dossier afdrukken")
        )
        self.on_profile_changed(0)
        if remembered is not None:
            self.apply(remembered)

    # --- the previous copy's choices ----------------------------------------------------

    def apply(self, choices: ExportChoices) -> None:
        """Start from the choices of an earlier copy of this case: its profile, reader,
        notes and the passages (those that still fit their text)."""
        combo = self.ui.profileCombo
        index = combo.findData(choices.profile.value)
        if index >= 0:
            combo.setCurrentIndex(index)
        self.ui.readerEdit.setText(choices.reader)
        for row in range(self.ui.notesList.count()):
            item = self.ui.notesList.item(row)
            chosen = str(item.data(Qt.ItemDataRole.UserRole)) in choices.note_ids
            item.setCheckState(Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)
        self.evidence.apply(choices.interview_ids, choices.piece_ids)
        for span in choices.spans:
            field = self._fields.get(span.field)
            if field is not None and 0 <= span.start < span.end <= len(field[1]):
                self.add_span(span)

    def choices(self) -> ExportChoices:
        options = self.options()
        return ExportChoices(
            options.profile,
            options.reader,
            options.redact_spans,
            options.note_ids or frozenset(),
            options.interview_ids or frozenset(),
            options.carried_piece_ids,
        )

    # --- what the copy shows ------------------------------------------------------------

    def profile(self) -> Profile:
        return Profile(self.ui.profileCombo.currentData())

    def on_profile_changed(self, _index: int) -> None:
        profile = self.profile()
        self.ui.identityCheck.setVisible(profile is Profile.FULL)
        self.ui.notesGroup.setEnabled(profile is not Profile.FEEDBACK)
        if profile is Profile.MANAGER:  # a manager's copy holds no note unless chosen
            for row in range(self.ui.notesList.count()):
                self.ui.notesList.item(row).setCheckState(Qt.CheckState.Unchecked)
        self.evidence.set_profile(profile)
        path = self.ui.pathEdit.text()
        if path:
            folder = Path(path).parent
            self.ui.pathEdit.setText(str(folder / file_name(self.case.reference, profile.value)))

    def on_field_changed(self, _index: int) -> None:
        key = self.ui.fieldCombo.currentData()
        self.ui.sourceText.setPlainText(self._fields[key][1] if key in self._fields else "")
        self._show_spans()

    def _show_spans(self) -> None:
        """The passages of the shown text that this copy blacks out, in black."""
        key = self.ui.fieldCombo.currentData()
        text = self._fields[key][1] if key in self._fields else ""
        black = QTextCharFormat()
        black.setBackground(QColor("black"))
        black.setForeground(QColor("white"))
        marks: list[QTextEdit.ExtraSelection] = []
        for span in self._spans:
            if span.field != key:
                continue
            cursor = self.ui.sourceText.textCursor()
            cursor.setPosition(index_to_utf16(text, span.start))
            cursor.setPosition(index_to_utf16(text, span.end), QTextCursor.MoveMode.KeepAnchor)
            mark = QTextEdit.ExtraSelection()
            mark.cursor = cursor  # type: ignore[attr-defined]
            mark.format = black  # type: ignore[attr-defined]
            marks.append(mark)
        self.ui.sourceText.setExtraSelections(marks)
        self._count_spans()

    def _count_spans(self) -> None:
        """Each text in the list of texts says how many of its passages are black."""
        combo = self.ui.fieldCombo
        for index in range(combo.count()):
            key = combo.itemData(index)
            if key not in self._fields:
                continue
            label = self._fields[key][0]
            count = sum(1 for span in self._spans if span.field == key)
            if count == 1:
                label += " — " + self.tr("1 passage zwart")
            elif count > 1:
                label += " — " + self.tr("%1 passages zwart").replace("%1", str(count))
            combo.setItemText(index, label)

    def blacked_out(self) -> list[str]:
        """The passages of the shown text that are marked black now (what the user sees)."""
        text = self.ui.sourceText.toPlainText()
        passages = []
        for mark in self.ui.sourceText.extraSelections():
            cursor: QTextCursor = mark.cursor  # type: ignore[attr-defined]
            start = utf16_to_index(text, cursor.selectionStart())
            passages.append(text[start : utf16_to_index(text, cursor.selectionEnd())])
        return passages

    def on_redact_clicked(self) -> None:
        cursor = self.ui.sourceText.textCursor()
        key = self.ui.fieldCombo.currentData()
        if not cursor.hasSelection() or key not in self._fields:
            self.ui.statusLabel.setText(self.tr("Selecteer eerst de passage die zwart moet."))
            return
        text = self._fields[key][1]
        start = utf16_to_index(text, cursor.selectionStart())
        end = utf16_to_index(text, cursor.selectionEnd())
        self.add_span(Span(key, start, end))

    def add_span(self, span: Span) -> None:
        label, text = self._fields[span.field]
        excerpt = text[span.start : span.end].replace("\n", " ")
        short = excerpt if len(excerpt) <= 60 else excerpt[:57] + "…"
        self._spans.append(span)
        self.ui.spansList.addItem(f"{label}: «{short}»")
        self.ui.statusLabel.clear()
        self._show_spans()

    def on_remove_span_clicked(self) -> None:
        row = self.ui.spansList.currentRow()
        if 0 <= row < len(self._spans):
            del self._spans[row]
            self.ui.spansList.takeItem(row)
            self._show_spans()

    def spans(self) -> list[Span]:
        return list(self._spans)

    def on_browse_clicked(self) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Dossier opslaan"), self.ui.pathEdit.text(), self.tr("PDF (*.pdf)")
        )
        if chosen:
            self.ui.pathEdit.setText(chosen if chosen.lower().endswith(".pdf") else chosen + ".pdf")

    def options(self) -> ExportOptions:
        notes = {
            str(self.ui.notesList.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(self.ui.notesList.count())
            if self.ui.notesList.item(row).checkState() == Qt.CheckState.Checked
        }
        return ExportOptions(
            self.profile(),
            reader=self.ui.readerEdit.text().strip(),
            made_by=self._made_by,
            language=self._language,
            redact_spans=tuple(self._spans),
            note_ids=frozenset(notes),
            include_identity=self.ui.identityCheck.isChecked() and self.case.identity is not None,
            interview_ids=self.evidence.interview_ids(),
            carried_piece_ids=self.evidence.carried_piece_ids(),
        )

    # --- running ------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self._call is not None

    def accept(self) -> None:
        if self._call is not None:
            return
        reader = reader_line(self.ui.readerEdit.text())
        if not reader or len(reader) > READER_MAX_LENGTH:
            self.ui.statusLabel.setText(
                self.tr("Vul in voor wie dit exemplaar is (hoogstens %1 tekens).").replace(
                    "%1", str(READER_MAX_LENGTH)
                )
            )
            self.ui.readerEdit.setFocus()
            return
        too_much = self.evidence.problem()
        if too_much is not None:
            self.ui.statusLabel.setText(too_much)
            return
        path: Path | None = None
        if self._mode == "export":
            raw = self.ui.pathEdit.text().strip()
            if not raw:
                self.ui.statusLabel.setText(self.tr("Kies waar het dossier moet komen."))
                return
            path = Path(raw)
        options = self.options()
        self.target = path
        self.chosen.emit(self.choices())
        self.ui.progressBar.setRange(0, 0)
        self.ui.progressBar.setVisible(True)
        self.ui.buttonBox.setEnabled(False)
        self.ui.statusLabel.setText(self.tr("Bezig met het dossier…"))
        relay = self._relay
        job = self._job
        self._call = BackgroundCall(
            lambda: job(options, path, partial(emit_from_worker, relay.progressed)),
            self.on_job_succeeded,
            self.on_job_failed,
            self,
        )
        self._call.start()

    def on_progress(self, done: int, total: int) -> None:
        self.ui.progressBar.setRange(0, max(total, 1))
        self.ui.progressBar.setValue(done)

    def on_job_succeeded(self, result: object) -> None:
        self._call = None
        self.result_value = result
        self.finished_job.emit(result)
        super().accept()

    def on_job_failed(self, error: Exception) -> None:
        self._call = None
        self.ui.progressBar.setVisible(False)
        self.ui.buttonBox.setEnabled(True)
        if isinstance(error, ExportWriteError):
            message = (
                self.tr(
                    "De schijf is vol: het dossier is niet opgeslagen. Maak ruimte vrij of "
                    "kies een andere plaats."
                )
                if error.disk_full
                else self.tr("Het dossier kan daar niet opgeslagen worden. Kies een andere plaats.")
            )
        elif isinstance(error, PieceDamaged):
            message = self.tr(
                "Een gekozen stuk is beschadigd: het bestand klopt niet meer met zijn sha256. "
                "Het dossier is niet gemaakt; neem dat stuk niet mee."
            )
        elif isinstance(error, PieceMissing):
            message = self.tr(
                "Een gekozen stuk is nog niet op deze werkplek. Het dossier is niet gemaakt; "
                "probeer het opnieuw na de volgende synchronisatie."
            )
        else:
            log.error("dossier export failed: %s", type(error).__name__)
            message = self.tr("Het dossier kon niet gemaakt worden (%1).").replace(
                "%1", type(error).__name__
            )
        self.ui.statusLabel.setText(message)
