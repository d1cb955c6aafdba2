"""The dossier commands of the main window: export one case, print one case, export a
selection into a folder. ``install_export_actions`` wires them; nothing else in the window
needs to know about PDFs.

Everything that touches the store or the network runs on the thread pool; the dialogs only
collect choices and show progress and results.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, Signal
from PySide6.QtWidgets import QDialog

from investigator_app.export.batch import BatchResult, export_batch
from investigator_app.export.model import AuditEntry, DossierCase, RevealedIdentity
from investigator_app.export.options import ExportOptions, Profile
from investigator_app.export.render import Progress, RenderedDossier
from investigator_app.export.source import ExportOutcome, UndeclaredCaseError
from investigator_app.gui.common.background import BackgroundCalls
from investigator_app.gui.dossiers.audit_trail_dialog import AuditTrailDialog
from investigator_app.gui.dossiers.batch_export_dialog import BatchExportDialog
from investigator_app.gui.dossiers.dossier_access import DossierAccess
from investigator_app.gui.dossiers.export_dialog import ExportDialog, Job
from investigator_app.gui.dossiers.export_done import ExportDoneDialog
from investigator_app.gui.dossiers.export_memory import ExportMemory
from investigator_app.gui.dossiers.print_preview import PrintPreviewDialog
from investigator_app.gui.session.reveal_session import RevealedIdentities

log = logging.getLogger("investigator_app.gui.dossiers.export_actions")


def undeclared_message() -> str:
    """Why a case the user has not declared on leaves as no dossier."""
    return QCoreApplication.translate(
        "ExportActions",
        "Open de melding eerst en verklaar of u een belangenconflict hebt.",
    )


class ExportActions(QObject):
    """Owns the running dossier work of one main window."""

    message = Signal(str)  # a sentence for the status bar

    def __init__(
        self,
        window: Any,
        access: DossierAccess,
        language: str,
        selected_case_ids: Callable[[], list[str]],
        identities: RevealedIdentities,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.access = access
        self.identities = identities  # revealed in this session (the full copy may carry one)
        self.language = language
        self.selected_case_ids = selected_case_ids
        self._calls = BackgroundCalls(self)  # running ones, kept until they answer
        self.dialog: QDialog | None = None  # the open dialog (tests look at it)
        self.done: ExportDoneDialog | None = None  # after an export: open it, or its folder
        # Each case's last choices (reader, profile, passages): this session, memory only.
        self.memory = ExportMemory()
        self._folder: Path | None = None  # where this session saved its last dossier

    def _show(self, dialog: QDialog) -> None:
        """Open ``dialog``, letting go of the previous one unless it is still working."""
        old = self.dialog
        if old is not None and not old.isVisible() and not getattr(old, "busy", False):
            old.deleteLater()
        self.dialog = dialog
        dialog.open()

    def _default_folder(self) -> Path:
        if self._folder is not None:
            return self._folder
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return Path(folder) if folder else Path.home()

    def _dialog_for(
        self, case: DossierCase, job: Job, user: str, mode: str, availability: dict[str, str]
    ) -> ExportDialog:
        """The export or print dialog of ``case``, starting from its last copy's choices;
        ``availability``: which pieces' bytes are here (those may be carried)."""
        dialog = ExportDialog(
            case,
            job,
            made_by=user,
            language=self.language,
            default_folder=self._default_folder(),
            mode=mode,
            remembered=self.memory.recall(case.id),
            availability=availability,
            parent=self.window,
        )
        dialog.chosen.connect(lambda choices: self.memory.remember(case.id, choices))
        return dialog

    def _failed(self, error: Exception) -> None:
        if isinstance(error, UndeclaredCaseError):  # the list was behind the store
            self.message.emit(undeclared_message())
            return
        log.error("dossier could not be prepared: %s", type(error).__name__)
        self.message.emit(self.tr("Het dossier kon niet geladen worden."))

    # --- export one -----------------------------------------------------------------

    def on_export_triggered(self) -> None:
        ids = self.selected_case_ids()
        if ids:
            self._calls.run(
                lambda: self.access.load_for_copy(ids[0]), self._open_export, self._failed
            )

    def _with_identity(self, case: DossierCase, user: str) -> DossierCase:
        """The identity revealed in this session (audited then) may go into a full copy if
        the user ticks it; it is never read from disk, as it is never written there."""
        revealed = self.identities.get(case.id)
        if revealed is None:
            return case
        identity, at = revealed.identity, revealed.at
        return replace(
            case,
            identity=RevealedIdentity(
                name=identity.name,
                organisation=identity.organisation,
                email=identity.email,
                phone=identity.phone,
                revealed_by=user,
                revealed_at=at,
            ),
        )

    def _open_export(self, loaded: tuple[DossierCase, str, dict[str, str]]) -> None:
        case, user, availability = loaded
        case = self._with_identity(case, user)
        access = self.access

        def job(options: ExportOptions, path: Path | None, progress: Progress) -> ExportOutcome:
            assert path is not None
            return access.export(case, options, path, progress)

        dialog = self._dialog_for(case, job, user, "export", availability)
        dialog.finished_job.connect(lambda outcome: self.on_exported(outcome, dialog.target))
        self._show(dialog)

    def on_exported(self, outcome: ExportOutcome, path: Path | None = None) -> None:
        if outcome.recorded:
            self.message.emit(self.tr("Dossier opgeslagen en geregistreerd."))
        else:
            self.message.emit(
                self.tr("Dossier opgeslagen; de registratie volgt zodra de dienst bereikbaar is.")
            )
        if path is None:
            return
        self._folder = path.parent
        old, self.done = self.done, ExportDoneDialog(path, outcome.recorded, self.window)
        if old is not None:
            old.deleteLater()
        self.done.open()

    # --- the case's audit trail ----------------------------------------------------

    def on_audit_triggered(self) -> None:
        case_id = self.window.selected_case_id()
        if case_id is None:
            return
        row = self.window.model.row_of(case_id)
        reference = self.window.model.case_at(row).reference if row is not None else case_id
        dialog = AuditTrailDialog(reference, self.window)
        self._show(dialog)

        def shown(entries: list[AuditEntry] | None) -> None:
            if entries is None:
                dialog.show_unavailable()
            else:
                dialog.show_entries(entries)

        def failed(error: Exception) -> None:
            log.warning("audit trail not read: %s", type(error).__name__)
            dialog.show_unavailable()

        self._calls.run(lambda: self.access.audit(case_id), shown, failed)

    # --- print one ------------------------------------------------------------------

    def on_print_triggered(self) -> None:
        ids = self.selected_case_ids()
        if ids:
            self._calls.run(
                lambda: self.access.load_for_copy(ids[0]), self._open_print, self._failed
            )

    def _open_print(self, loaded: tuple[DossierCase, str, dict[str, str]]) -> None:
        case, user, availability = loaded
        case = self._with_identity(case, user)
        access = self.access

        def job(options: ExportOptions, _path: Path | None, progress: Progress) -> RenderedDossier:
            return access.render(case, options, progress)

        dialog = self._dialog_for(case, job, user, "print", availability)
        dialog.finished_job.connect(lambda rendered: self.show_preview(case, rendered))
        self._show(dialog)

    def show_preview(self, case: DossierCase, rendered: RenderedDossier) -> PrintPreviewDialog:
        preview = PrintPreviewDialog(
            rendered.data, self.tr("Afdrukvoorbeeld %1").replace("%1", case.reference), self.window
        )
        access = self.access

        def on_printed(_pages: int) -> None:
            self._calls.run(
                lambda: access.record_print(case.id, rendered),
                lambda recorded: self.message.emit(
                    self.tr("Afdruk geregistreerd.")
                    if recorded
                    else self.tr("Afgedrukt; de registratie volgt zodra de dienst bereikbaar is.")
                ),
                self._failed,
            )

        preview.printed.connect(on_printed)
        self._show(preview)
        return preview

    # --- export a selection ---------------------------------------------------------

    def on_batch_triggered(self) -> None:
        ids = self.selected_case_ids()
        if not ids:
            return
        dialog = BatchExportDialog(len(ids), self._default_folder(), self.window)
        access = self.access
        language = self.language

        def start(profile: Profile, reader: str, folder: Path) -> None:
            def work() -> BatchResult:
                with access.source() as source:
                    options = ExportOptions(
                        profile, reader=reader, made_by=source.user_name(), language=language
                    )
                    return export_batch(source, ids, options, folder, dialog.relay.progressed.emit)

            self._calls.run(work, dialog.show_result, dialog.show_error)

        dialog.start_requested.connect(start)
        self._show(dialog)


def install_export_actions(
    window: Any,
    *,
    store_path: Path,
    server_url: str,
    token: str | None,
    language: str,
    identities: RevealedIdentities,
) -> ExportActions:
    """Connect "Exporteer dossier…" (Ctrl+E), "Selectie exporteren…" (Ctrl+Shift+E),
    "Afdrukken…" (Ctrl+P) and "Audittrail…" of ``window`` (a MainWindow).
    ``identities``: the session's revealed identities, which a full copy may include."""
    from investigator_app.gui.shell.shortcuts import Command

    def declared(case_id: str) -> bool:
        """Only a case the user declared no conflict of interest on leaves as a dossier."""
        shown = window.case_pane.current_case
        if shown is not None and shown.id == case_id:
            return bool(shown.conflict_declared)  # read now; the list row follows later
        row = window.model.row_of(case_id)
        return row is not None and bool(window.model.case_at(row).conflict_declared)

    def selected() -> list[str]:
        case_id = window.selected_case_id()
        if case_id and not declared(case_id):
            actions.message.emit(undeclared_message())
            return []
        return [case_id] if case_id else []

    def shown() -> list[str]:
        """The selected cases; with one or none selected, every case the list shows (filter
        first, then export the lot). Cases without the user's declaration are left out."""
        chosen: list[str] = window.selected_case_ids()
        if len(chosen) <= 1:
            chosen = [window.proxy.case_id(row) for row in range(window.proxy.rowCount())]
        allowed = [case_id for case_id in chosen if declared(case_id)]
        if len(allowed) < len(chosen):
            batch_actions.message.emit(
                QCoreApplication.translate(
                    "ExportActions",
                    "%1 melding(en) overgeslagen: nog geen verklaring over een belangenconflict.",
                ).replace("%1", str(len(chosen) - len(allowed)))
            )
        return allowed

    access = DossierAccess(store_path, server_url, token)
    actions = ExportActions(window, access, language, selected, identities)
    window.commands[Command.EXPORT].triggered.connect(actions.on_export_triggered)
    window.commands[Command.PRINT].triggered.connect(actions.on_print_triggered)
    batch = window.commands[Command.EXPORT_SELECTION]
    batch_actions = ExportActions(window, access, language, shown, identities)
    batch.triggered.connect(batch_actions.on_batch_triggered)
    trail = window.ui.actionAuditTrail
    trail.triggered.connect(actions.on_audit_triggered)
    actions.audit_action = trail  # type: ignore[attr-defined]
    actions.batch_action = batch  # type: ignore[attr-defined]
    actions.batch = batch_actions  # type: ignore[attr-defined]
    actions.message.connect(lambda text: window.statusBar().showMessage(text, 8000))
    batch_actions.message.connect(lambda text: window.statusBar().showMessage(text, 8000))
    return actions
