"""The window's handling of the Stukken tab's requests: adding files as pieces (the batch
dialog, then each file copied into the sealed store off the GUI thread and queued),
opening a piece (never a damaged one; the existing warning for risky types; recorded in
its chain of custody), a new version and withdrawing one."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from investigator_app.domain.deadlines import BRUSSELS
from investigator_app.domain.evidence import Piece, PieceFile, find
from investigator_app.domain.file_names import disk_name
from investigator_app.gui.common.background import BackgroundCalls, emit_from_worker
from investigator_app.gui.common.messages import describe_error
from investigator_app.gui.conversation import attachment_opener
from investigator_app.gui.workspace.case_controller import CaseController
from investigator_app.gui.workspace.files_view import FilesView
from investigator_app.gui.workspace.investigation_texts import fill
from investigator_app.gui.workspace.piece_dialogs import (
    AddPiecesDialog,
    Candidate,
    NewPiece,
    choose_files,
    examine,
    too_large_text,
)
from investigator_app.gui.workspace.piece_reason_dialogs import (
    NewVersionDialog,
    WithdrawPieceDialog,
    piece_title,
)
from investigator_app.gui.workspace.piece_status import Where, why_not_open
from investigator_app.gui.workspace.piece_texts import elide_middle, literal_name
from investigator_app.store.evidence import (
    EvidenceError,
    PieceDamaged,
    PieceFileEmpty,
    PieceMissing,
    PieceTooLarge,
)

log = logging.getLogger("investigator_app.gui.workspace.evidence_actions")


class _Cancelled(Exception):  # noqa: N818 (a stop, not an error)
    """The user stopped the import (raised from the progress callback)."""


class _Progress(QObject):
    moved = Signal(int, int)  # bytes done, size (of the file being imported)


class EvidenceActions(QObject):
    status_message = Signal(str)  # a Dutch message for the status bar
    imports_finished = Signal()  # a batch (or a new version) was imported and queued

    def __init__(self, window: QWidget, controller: CaseController) -> None:
        super().__init__(window)
        self._window = window
        self._controller = controller
        self._calls = BackgroundCalls(self)  # running ones, kept until they answer
        self._cancelled = False

    def connect_view(self, view: FilesView) -> None:
        view.set_status_source(self._controller.piece_statuses)
        view.add_files_requested.connect(self.on_add_files)
        view.open_piece_requested.connect(self.on_open_piece)
        view.new_version_requested.connect(self.on_new_version)
        view.withdraw_piece_requested.connect(self.on_withdraw)

    def _piece(self, case_id: str, piece_id: str) -> Piece | None:
        detail = self._controller.detail(case_id)
        return None if detail is None else find(detail.investigation.pieces, piece_id)

    # --- adding -----------------------------------------------------------------------

    def on_add_files(self, case_id: str, paths: list[str]) -> None:
        """Describe the files in one dialog, then copy and queue each."""
        if self._controller.detail(case_id) is None:
            return
        candidates = examine(paths, self._controller.max_piece_bytes())
        today = self._controller.now().astimezone(BRUSSELS).date()
        dialog = AddPiecesDialog(candidates, today, self._window)
        if not dialog.exec() or not dialog.candidates:
            return
        controller = self._controller

        def queuer(piece: NewPiece) -> Callable[[PieceFile], bool]:
            return lambda file: controller.add_piece(case_id, piece.facts, file)

        self._import([(piece.path, queuer(piece)) for piece in dialog.pieces()])

    def _import(self, work: list[tuple[Path, Callable[[PieceFile], bool]]]) -> None:
        """Copy each file into the store off the GUI thread, one after the other, queueing
        each as soon as it is in; a progress dialog (with Stoppen) when it takes a while."""
        total = sum(_size(path) for path, _queue in work)
        progress = QProgressDialog(
            QCoreApplication.translate(
                "EvidenceActions", "De stukken worden versleuteld op deze werkplek bewaard…"
            ),
            QCoreApplication.translate("EvidenceActions", "Stoppen"),
            0,
            max(total // 1024, 1),
            self._window,
        )
        progress.setWindowTitle(QCoreApplication.translate("EvidenceActions", "Stukken bewaren"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(500)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        self._cancelled = False
        progress.canceled.connect(self._on_cancel)
        relay = _Progress(self)
        done_before = [0]
        relay.moved.connect(lambda done, _size: progress.setValue((done_before[0] + done) // 1024))
        failures: list[str] = []
        queued = [0]

        def on_progress(done: int, size: int) -> None:  # on the worker thread
            if self._cancelled:
                raise _Cancelled
            emit_from_worker(relay.moved, done, size)

        def next_file(index: int) -> None:
            if index >= len(work) or self._cancelled:
                finish()
                return
            path, queue = work[index]

            def imported(file: object) -> None:
                assert isinstance(file, PieceFile)
                done_before[0] += file.size
                if queue(file):
                    queued[0] += 1
                next_file(index + 1)

            def failed(error: Exception) -> None:
                if not isinstance(error, _Cancelled):
                    failures.append(_import_failure(path, error))
                done_before[0] += _size(path)
                next_file(index + 1)

            self._calls.run(
                lambda: self._controller.import_piece_file(path, on_progress), imported, failed
            )

        def finish() -> None:
            progress.close()
            progress.deleteLater()
            relay.deleteLater()
            if failures:
                QMessageBox.warning(
                    self._window,
                    QCoreApplication.translate("EvidenceActions", "Niet alle stukken toegevoegd"),
                    "\n".join(failures),
                )
            if queued[0]:
                self.status_message.emit(
                    QCoreApplication.translate(
                        "EvidenceActions",
                        "%1 toegevoegd; verzonden zodra de server bereikbaar is.",
                    ).replace(
                        "%1",
                        QCoreApplication.translate("EvidenceActions", "1 stuk")
                        if queued[0] == 1
                        else QCoreApplication.translate("EvidenceActions", "%1 stukken").replace(
                            "%1", str(queued[0])
                        ),
                    )
                )
            self.imports_finished.emit()

        next_file(0)

    def _on_cancel(self) -> None:
        self._cancelled = True

    # --- opening ------------------------------------------------------------------------

    def on_open_piece(self, case_id: str, piece_id: str, version: int) -> None:
        """Open a version with the system's viewer: a verified plaintext copy, after the
        warning for risky types; a damaged one never opens. Recorded as opened."""
        detail = self._controller.detail(case_id)
        piece = None if detail is None else find(detail.investigation.pieces, piece_id)
        file = None if piece is None else piece.version_file(version)
        if detail is None or piece is None or file is None:
            return
        status = self._controller.piece_statuses(detail).get(file.sha256)
        if status is not None and not status.opens:
            if status.where is Where.DAMAGED:
                self._tell_damaged()
            else:
                self.status_message.emit(why_not_open(status) or "")
            return
        shown = literal_name(file.name)
        risky = attachment_opener.is_risky(file.name) or attachment_opener.is_risky(
            disk_name(file.name)
        )
        if risky and not attachment_opener.confirm_risky(self._window, shown):
            return

        def written(path: object) -> None:
            assert isinstance(path, Path)
            self._controller.record_piece_opened(case_id, piece_id, version)
            if not attachment_opener.open_with_system_viewer(path):
                self.status_message.emit(
                    QCoreApplication.translate(
                        "EvidenceActions", "Er is geen programma om dit type bestand te openen."
                    )
                )

        def failed(error: Exception) -> None:
            if isinstance(error, PieceDamaged):
                log.error("stored piece %s… is damaged", file.sha256[:12])
                self._controller.cases_changed.emit([case_id])  # the card says so now
                self._tell_damaged()
            elif isinstance(error, PieceMissing):
                self.status_message.emit(
                    QCoreApplication.translate(
                        "EvidenceActions",
                        "Het stuk is nog niet opgehaald; het wordt opgehaald zodra de server "
                        "bereikbaar is. Probeer straks opnieuw.",
                    )
                )
            else:
                log.error("writing a piece's copy failed: %s", type(error).__name__)
                self.status_message.emit(describe_error(error))

        self._calls.run(
            lambda: self._controller.write_piece_copy(file.sha256, file.name), written, failed
        )

    def _tell_damaged(self) -> None:
        QMessageBox.warning(
            self._window,
            QCoreApplication.translate("EvidenceActions", "Stuk beschadigd"),
            QCoreApplication.translate(
                "EvidenceActions",
                "De inhoud van dit stuk op deze werkplek komt niet meer overeen met zijn "
                "sha256: het is beschadigd en wordt niet geopend. Synchroniseer opnieuw om "
                "het op te halen; blijft het beschadigd, meld het dan aan de beheerder.",
            ),
        )

    # --- a new version, withdrawing ----------------------------------------------------

    def on_new_version(self, case_id: str, piece_id: str) -> None:
        piece = self._piece(case_id, piece_id)
        if piece is None:
            return
        title = fill(
            QCoreApplication.translate("EvidenceActions", "Nieuwe versie van %1"),
            elide_middle(piece_title(piece), 80),
        )
        paths = choose_files(self._window, title, many=False)
        if not paths:
            return
        found = examine(paths[:1], self._controller.max_piece_bytes())
        if not found:
            return
        candidate = found[0]
        if candidate.problem is not None:
            QMessageBox.warning(self._window, title, _candidate_problem(candidate))
            return
        dialog = NewVersionDialog(piece, candidate, self._window)
        if not dialog.exec():
            return
        reason = dialog.reason()

        def queue(file: PieceFile) -> bool:
            if file.sha256 == piece.file.sha256:
                QMessageBox.information(
                    self._window,
                    title,
                    QCoreApplication.translate(
                        "EvidenceActions",
                        "Het gekozen bestand is hetzelfde als de huidige versie; er werd "
                        "geen nieuwe versie toegevoegd.",
                    ),
                )
                return False
            return self._controller.replace_piece(case_id, piece_id, file, reason)

        self._import([(candidate.path, queue)])

    def on_withdraw(self, case_id: str, piece_id: str) -> None:
        piece = self._piece(case_id, piece_id)
        if piece is None:
            return
        dialog = WithdrawPieceDialog(piece, self._window)
        if dialog.exec():
            self._controller.withdraw_piece(case_id, piece_id, dialog.reason())


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _candidate_problem(candidate: Candidate) -> str:
    return f"{elide_middle(literal_name(candidate.name), 80)}: {candidate.problem}"


def _import_failure(path: Path, error: Exception) -> str:
    """One line for a file that could not be copied into the store."""
    name = elide_middle(literal_name(path.name), 80)
    if isinstance(error, PieceTooLarge):
        why = too_large_text(error.size, error.limit)
    elif isinstance(error, PieceFileEmpty):
        why = QCoreApplication.translate("PieceDialogs", "Dit bestand is leeg.")
    elif isinstance(error, EvidenceError):
        why = QCoreApplication.translate("PieceDialogs", "Dit bestand is niet leesbaar.")
    else:
        log.error("importing a piece failed: %s", type(error).__name__)
        why = describe_error(error)
    return f"{name}: {why}"
