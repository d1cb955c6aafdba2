"""The window's handling of the Verhoren tab's requests that need more than an operation:
reading a record back (its PDF rendered off the GUI thread, printed through the print
preview or saved whole, each copy recorded on the audit trail) and adding the signed copy
(the scan imported into the sealed store off the GUI thread, then queued as a piece and
linked). The record's own changes go straight to the case controller."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from investigator_app.domain.evidence import (
    PieceFacts,
    PieceFile,
    PieceType,
)
from investigator_app.domain.interviews import Interview, find_interview
from investigator_app.export.files import ExportWriteError, write_atomically
from investigator_app.export.interview_record import (
    RecordOptions,
    RenderedRecord,
    record_file_name,
    render_interview_record,
)
from investigator_app.gui.common.background import BackgroundCalls
from investigator_app.gui.common.messages import describe_error
from investigator_app.gui.dossiers.print_preview import PrintPreviewDialog
from investigator_app.gui.workspace.case_controller import CaseController
from investigator_app.gui.workspace.interview_dialogs import ReadBackDialog
from investigator_app.gui.workspace.interview_texts import interview_title
from investigator_app.gui.workspace.interviews_panel import InterviewsPanel
from investigator_app.gui.workspace.investigation_texts import fill
from investigator_app.protocol_audit import CopyKind
from investigator_app.store.evidence import PieceFileEmpty, PieceFileUnreadable, PieceTooLarge

log = logging.getLogger("investigator_app.gui.workspace.interview_actions")


class InterviewActions(QObject):
    status_message = Signal(str)  # a Dutch sentence for the status bar

    def __init__(self, window: QWidget, controller: CaseController) -> None:
        super().__init__(window)
        self._window = window
        self._controller = controller
        self._calls = BackgroundCalls(self)  # running ones, kept until they answer
        self._folder: Path | None = None
        self.read_back: ReadBackDialog | None = None  # the open one (tests look at it)
        self.preview: PrintPreviewDialog | None = None
        self.last_copy: RenderedRecord | None = None  # the last copy made (tests)

    def connect_panel(self, panel: InterviewsPanel) -> None:
        controller = self._controller
        panel.set_defaults_source(lambda: (controller.interview_notice(), controller.user_name()))
        panel.add_interview_requested.connect(controller.add_interview)
        panel.edit_interview_requested.connect(controller.edit_interview)
        panel.correct_interview_requested.connect(controller.correct_interview)
        panel.read_back_requested.connect(self.on_read_back)
        panel.sign_requested.connect(self.on_sign)

    def _interview(self, case_id: str, interview_id: str) -> tuple[str, Interview] | None:
        detail = self._controller.detail(case_id)
        if detail is None:
            return None
        interview = find_interview(detail.investigation.interviews, interview_id)
        return None if interview is None else (detail.reference, interview)

    # --- reading back: the record's PDF ------------------------------------------------------

    def on_read_back(self, case_id: str, interview_id: str) -> None:
        found = self._interview(case_id, interview_id)
        if found is None:
            return
        reference, interview = found
        old = self.read_back
        if old is not None:
            old.deleteLater()
        dialog = self.read_back = ReadBackDialog(interview, self._window)
        dialog.print_requested.connect(
            lambda reader, language: self.make_copy(case_id, interview_id, reader, language, None)
        )
        dialog.save_requested.connect(
            lambda reader, language: self._ask_path_and_save(
                case_id, interview_id, reader, language, reference, interview.number
            )
        )
        dialog.open()

    def _ask_path_and_save(
        self,
        case_id: str,
        interview_id: str,
        reader: str,
        language: str,
        reference: str,
        number: int,
    ) -> None:
        folder = self._folder or Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
            or Path.home()
        )
        path, _filter = QFileDialog.getSaveFileName(
            self.read_back or self._window,
            QCoreApplication.translate("InterviewActions", "Verhoor opslaan als PDF"),
            str(folder / record_file_name(reference, number)),
            QCoreApplication.translate("InterviewActions", "PDF-bestanden (*.pdf)"),
        )
        if path:
            self.make_copy(case_id, interview_id, reader, language, Path(path))

    def make_copy(
        self, case_id: str, interview_id: str, reader: str, language: str, path: Path | None
    ) -> None:
        """Render a new copy of the record's current version: saved to ``path``, or (None)
        shown in the print preview; recorded once saved or printed."""
        found = self._interview(case_id, interview_id)
        if found is None:
            return
        reference, interview = found
        options = RecordOptions(
            reader=reader, made_by=self._controller.user_name(), language=language
        )
        dialog = self.read_back
        if dialog is not None:
            dialog.set_busy(
                True, QCoreApplication.translate("InterviewActions", "Het verhoor wordt opgemaakt…")
            )

        def work() -> RenderedRecord:
            rendered = render_interview_record(reference, interview, options)
            if path is not None:
                write_atomically(path, rendered.data)
            return rendered

        def done(rendered: RenderedRecord) -> None:
            self.last_copy = rendered
            if dialog is not None:
                dialog.set_busy(False)
            if path is None:
                self._show_preview(case_id, interview, rendered)
                return
            self._folder = path.parent
            recorded = self._controller.record_interview_copy(case_id, rendered, CopyKind.EXPORT)
            text = (
                QCoreApplication.translate(
                    "InterviewActions",
                    "Verhoor opgeslagen als PDF (%1 pagina's); het exemplaar wordt geregistreerd.",
                )
                if recorded
                else QCoreApplication.translate(
                    "InterviewActions", "Verhoor opgeslagen als PDF (%1 pagina's)."
                )
            )
            self._say(text.replace("%1", str(rendered.pages)))

        def failed(error: Exception) -> None:
            if dialog is not None:
                dialog.set_busy(False)
            if isinstance(error, ExportWriteError):
                text = (
                    QCoreApplication.translate(
                        "InterviewActions", "Het verhoor werd niet opgeslagen: de schijf is vol."
                    )
                    if error.disk_full
                    else QCoreApplication.translate(
                        "InterviewActions",
                        "Het verhoor werd niet opgeslagen: op die plaats kan niet geschreven "
                        "worden. Kies een andere map.",
                    )
                )
            else:
                log.error("interview record not rendered: %s", type(error).__name__)
                text = QCoreApplication.translate(
                    "InterviewActions", "Het verhoor kon niet opgemaakt worden."
                )
            self._say(text)

        self._calls.run(work, done, failed)

    def _show_preview(self, case_id: str, interview: Interview, rendered: RenderedRecord) -> None:
        old = self.preview
        if old is not None and not old.isVisible():
            old.deleteLater()
        title = fill(
            QCoreApplication.translate("InterviewActions", "Afdrukvoorbeeld %1"),
            interview_title(interview),
        )
        preview = self.preview = PrintPreviewDialog(rendered.data, title, self._window)

        def on_printed(_pages: int) -> None:
            self._controller.record_interview_copy(case_id, rendered, CopyKind.PRINT)
            self._say(
                QCoreApplication.translate(
                    "InterviewActions", "Verhoor afgedrukt; het exemplaar wordt geregistreerd."
                )
            )

        preview.printed.connect(on_printed)
        preview.open()

    # --- the signed copy -------------------------------------------------------------------

    def on_sign(self, case_id: str, interview_id: str, choice: object) -> None:
        """``choice``: a piece id on the case (str) or the scan to add (Path)."""
        if isinstance(choice, str):
            if self._controller.sign_interview(case_id, interview_id, choice):
                self._say(
                    QCoreApplication.translate(
                        "InterviewActions",
                        "Het ondertekend exemplaar is gekoppeld; het verhoor is nu alleen-lezen.",
                    )
                )
            return
        if not isinstance(choice, Path):
            return
        found = self._interview(case_id, interview_id)
        if found is None:
            return
        _reference, interview = found
        today = self._controller.today()
        facts = PieceFacts(
            title=fill(
                QCoreApplication.translate("InterviewActions", "Ondertekend exemplaar van %1"),
                interview_title(interview).lower(),
            ),
            description="",
            source=interview.facts.person_heard,
            obtained_on=today,
            type=PieceType.INTERVIEW_RECORD,
        )
        self._say(
            QCoreApplication.translate(
                "InterviewActions", "Het ondertekend exemplaar wordt ingelezen…"
            )
        )

        def done(file: PieceFile) -> None:
            if self._controller.add_signed_copy(case_id, interview_id, file, facts) is not None:
                self._say(
                    QCoreApplication.translate(
                        "InterviewActions",
                        "Het ondertekend exemplaar is als stuk toegevoegd en gekoppeld; het "
                        "verhoor is nu alleen-lezen.",
                    )
                )

        def failed(error: Exception) -> None:
            self._say(import_failed_text(error))

        path = choice
        self._calls.run(lambda: self._controller.import_piece_file(path), done, failed)

    def _say(self, text: str) -> None:
        self.status_message.emit(text)


def import_failed_text(error: Exception) -> str:
    """Why a scan was not added, in words the user can act on."""
    if isinstance(error, PieceTooLarge):
        limit = error.limit // (1024 * 1024)
        return QCoreApplication.translate(
            "InterviewActions",
            "Het ondertekend exemplaar werd niet toegevoegd: het bestand is groter dan de "
            "grens van de dienst voor een stuk (%1 MB).",
        ).replace("%1", str(limit))
    if isinstance(error, PieceFileEmpty):
        return QCoreApplication.translate(
            "InterviewActions",
            "Het ondertekend exemplaar werd niet toegevoegd: het bestand is leeg.",
        )
    if isinstance(error, PieceFileUnreadable):
        return QCoreApplication.translate(
            "InterviewActions",
            "Het ondertekend exemplaar werd niet toegevoegd: het bestand kan niet gelezen "
            "worden (bestaat het nog, is het niet leeg, en mag u het openen?).",
        )
    log.error("signed copy not imported: %s", type(error).__name__)
    return describe_error(error)
