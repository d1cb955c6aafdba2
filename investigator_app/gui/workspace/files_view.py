"""The "Stukken" tab: the files of a case in one place. First the investigators' pieces
(evidence: "Stukken toevoegen…" or files dropped onto the tab, each a card with its state,
its chain of custody, "Openen", "Nieuwe versie…" and "Intrekken…"), then what 1700
attached at registration and what the reporter sent with an answer, each with "Openen";
for each, which findings cite it.

The view only asks: adding, opening, replacing and withdrawing go out as signals that the
window's evidence actions (evidence_actions.py) turn into dialogs and operations.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication, QMimeData, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from investigator_app.domain.investigation import Investigation, SourceKind
from investigator_app.domain.lifecycle import Action, action_allowed
from investigator_app.domain.vocabulary import Status
from investigator_app.gui.common.formatting import format_datetime
from investigator_app.gui.common.labels import status_label
from investigator_app.gui.conversation.message_thread import AttachmentRow
from investigator_app.gui.workspace.evidence_view import PieceCard
from investigator_app.gui.workspace.investigation_texts import fill
from investigator_app.gui.workspace.panel_parts import allow, named_button, note_label
from investigator_app.gui.workspace.piece_dialogs import choose_files
from investigator_app.gui.workspace.piece_status import PieceStatus
from investigator_app.gui.workspace.plain_text import plain_label
from investigator_app.store.views import AttachmentView, CaseDetail

_FILE_SOURCES = frozenset({SourceKind.CASE_FILE, SourceKind.ANSWER_FILE})

StatusSource = Callable[[CaseDetail], Mapping[str, PieceStatus]]
"""Where each file of a case's pieces is (by sha256); a file it does not name is here."""


def citing_allegations(investigation: Investigation) -> dict[str, list[int]]:
    """sha256 of a file, or a piece's id → the numbers of the standing allegations whose
    finding cites it."""
    cited: dict[str, list[int]] = defaultdict(list)
    for allegation in investigation.standing:
        if allegation.finding is None:
            continue
        for source in allegation.finding.facts.sources:
            if (
                source.kind in _FILE_SOURCES or source.kind is SourceKind.PIECE
            ) and allegation.number not in cited[source.ref]:
                cited[source.ref].append(allegation.number)
    return cited


def why_not_change_pieces(case: CaseDetail | None) -> str | None:
    """Why the user may not add, replace or withdraw pieces of ``case`` now (None: may)."""
    if case is None:
        return QCoreApplication.translate("FilesView", "Er is geen melding gekozen.")
    if not case.is_case_team:
        return QCoreApplication.translate(
            "FilesView",
            "Alleen het dossierteam (de onderzoeker aan wie de melding is toegewezen en de "
            "leidinggevenden van de dienst) kan stukken toevoegen, vervangen of intrekken.",
        )
    if case.status is Status.CLOSED:
        return QCoreApplication.translate(
            "FilesView",
            "De melding is afgerond: alleen het ondertekende exemplaar van een verhoor kan nog "
            "toegevoegd worden, op het tabblad Verhoren.",
        )
    # Replacing and withdrawing follow the life cycle's rule; adding too, but after the
    # closing only for a signed interview record (operations.AddPieceOp), which has its
    # own way in.
    if not action_allowed(case.status, Action.WITHDRAW_PIECE):
        return fill(
            QCoreApplication.translate(
                "FilesView", "Dat kan niet in de status ‘%1’ van de melding."
            ),
            status_label(case.status),
        )
    return None


def dropped_paths(mime: QMimeData) -> list[str]:
    """The local files (not folders' contents: the actions refuse a folder) in a drop."""
    if not mime.hasUrls():
        return []
    return [url.toLocalFile() for url in mime.urls() if url.isLocalFile() and url.toLocalFile()]


class FilesView(QScrollArea):
    open_requested = Signal(object)  # AttachmentView
    add_files_requested = Signal(str, list)  # case id, paths (str) chosen or dropped
    open_piece_requested = Signal(str, str, int)  # case id, piece id, version
    new_version_requested = Signal(str, str)  # case id, piece id
    withdraw_piece_requested = Signal(str, str)  # case id, piece id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filesView")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAcceptDrops(True)
        self.setAccessibleName(QCoreApplication.translate("FilesView", "Stukken van de melding"))
        self._contents = QWidget(self)
        self._layout = QVBoxLayout(self._contents)
        self._layout.setContentsMargins(12, 10, 12, 12)
        self._layout.setSpacing(6)
        self._build_head()
        self._layout.addStretch(1)
        self.setWidget(self._contents)
        self._widgets: list[QWidget] = []
        self.rows: list[AttachmentRow] = []
        self.piece_cards: list[PieceCard] = []
        self._case: CaseDetail | None = None
        self._statuses: StatusSource | None = None
        self._shown: tuple[object, ...] = ()
        self._unfolded: set[str] = set()  # pieces whose details the user unfolded
        self._why_not = why_not_change_pieces(None)
        self._show_head(None)

    def _build_head(self) -> None:
        head = QHBoxLayout()
        title = plain_label(
            self._contents,
            QCoreApplication.translate("FilesView", "Stukken van het onderzoek"),
            bold=True,
        )
        head.addWidget(title, 1)
        self.add_button = named_button(
            self._contents,
            QCoreApplication.translate("FilesView", "Stukken toevoegen…"),
            QCoreApplication.translate("FilesView", "Stukken toevoegen"),
        )
        self.add_button.clicked.connect(self.on_add_clicked)
        head.addWidget(self.add_button)
        self._layout.addLayout(head)
        self.hint_label: QLabel = note_label(self._contents)
        self.hint_label.setAccessibleName(QCoreApplication.translate("FilesView", "Stukken"))
        self._layout.addWidget(self.hint_label)

    def set_status_source(self, source: StatusSource | None) -> None:
        """Where the view learns the state of each piece's file (the case controller)."""
        self._statuses = source

    # --- showing ---------------------------------------------------------------------

    def show_case(self, case: CaseDetail) -> int:
        """Show the files of ``case``; how many there are (for the tab's title). A refresh
        that changes nothing shown keeps the widgets (and the keyboard focus)."""
        if self._case is None or self._case.id != case.id:
            self._unfolded = set()
        self._case = case
        statuses = dict(self._statuses(case)) if self._statuses is not None else {}
        shown = (
            case.id,
            tuple(case.attachments),
            tuple(tuple(m.attachments) for m in case.messages),
            case.investigation.pieces,
            tuple(
                (a.id, a.finding.facts.sources if a.finding else ())
                for a in case.investigation.standing
            ),
            case.is_case_team,
            case.status,
        )
        # An upload's progress changes only the states: the cards update in place.
        if shown != self._shown or not all(c.set_statuses(statuses) for c in self.piece_cards):
            self._render(case, statuses)
            self._shown = shown
        return len(self.rows) + len(self.piece_cards)

    def _render(self, case: CaseDetail, statuses: Mapping[str, PieceStatus]) -> None:
        self.setUpdatesEnabled(False)
        try:
            self._clear_widgets()
            cited = citing_allegations(case.investigation)
            self._show_head(case)
            for piece in case.investigation.pieces:
                card = PieceCard(
                    piece,
                    statuses,
                    cited.get(piece.id, []),
                    self._why_not,
                    self._contents,
                    unfolded=piece.id in self._unfolded,
                )
                card.open_clicked.connect(self._on_open_piece)
                card.new_version_clicked.connect(self._on_new_version)
                card.withdraw_clicked.connect(self._on_withdraw)
                card.details_toggled.connect(self._on_details_toggled)
                self._add(card)
                self.piece_cards.append(card)
            self._show_case_files(case, cited)
        finally:
            self.setUpdatesEnabled(True)

    def _show_head(self, case: CaseDetail | None) -> None:
        self._why_not = why_not_change_pieces(case)
        allow(self.add_button, self._why_not)
        if case is None:
            hint = ""
        elif self._why_not is None:
            hint = QCoreApplication.translate(
                "FilesView",
                "Voeg documenten, e-mails, foto's en andere stukken toe met de knop of door "
                "bestanden hierheen te slepen.",
            )
            if not case.investigation.pieces:
                hint = (
                    QCoreApplication.translate("FilesView", "Nog geen stukken van het onderzoek.")
                    + " "
                    + hint
                )
        elif not case.investigation.pieces:
            hint = QCoreApplication.translate("FilesView", "Nog geen stukken van het onderzoek.")
        else:
            hint = ""
        self.hint_label.setText(hint)
        self.hint_label.setVisible(bool(hint))

    def _show_case_files(self, case: CaseDetail, cited: dict[str, list[int]]) -> None:
        if case.attachments:
            self._add_gap()
            self._add(
                plain_label(
                    self._contents,
                    QCoreApplication.translate("FilesView", "Bijlagen bij de melding"),
                    bold=True,
                )
            )
            self._add(
                plain_label(
                    self._contents,
                    QCoreApplication.translate(
                        "FilesView", "Toegevoegd door 1700 bij de registratie."
                    ),
                )
            )
            for attachment in case.attachments:
                self._add_file(attachment, cited)
        answered = [m for m in case.messages if m.attachments]
        if answered:
            self._add_gap()
            self._add(
                plain_label(
                    self._contents,
                    QCoreApplication.translate("FilesView", "Bestanden van de melder"),
                    bold=True,
                )
            )
        for message in answered:
            moment = message.answered_at or message.created_at
            caption = QCoreApplication.translate("FilesView", "Met het antwoord van %1").replace(
                "%1", format_datetime(moment)
            )
            self._add(plain_label(self._contents, caption))
            for attachment in message.attachments:
                self._add_file(attachment, cited)

    def _add_gap(self) -> None:
        """Room above a section's heading."""
        gap = QWidget(self._contents)
        gap.setFixedHeight(8)
        self._add(gap)

    def _add(self, widget: QWidget) -> None:
        self._layout.insertWidget(self._layout.count() - 1, widget)
        self._widgets.append(widget)

    def _add_file(self, attachment: AttachmentView, cited: dict[str, list[int]]) -> None:
        row = AttachmentRow(attachment, self._contents)
        row.open_button.clicked.connect(lambda _=False, a=attachment: self.open_requested.emit(a))
        self._add(row)
        self.rows.append(row)
        numbers = cited.get(attachment.sha256)
        if numbers:
            text = QCoreApplication.translate(
                "FilesView", "Aangehaald in de bevinding bij tenlastelegging %1"
            ).replace("%1", ", ".join(str(n) for n in numbers))
            label: QLabel = plain_label(self._contents, text)
            label.setContentsMargins(12, 0, 0, 0)
            self._add(label)

    def _clear_widgets(self) -> None:
        for widget in self._widgets:
            self._layout.removeWidget(widget)
            widget.hide()
            widget.deleteLater()
        self._widgets = []
        self.rows = []
        self.piece_cards = []

    def clear(self) -> None:
        self._clear_widgets()
        self._case = None
        self._shown = ()
        self._unfolded = set()
        self._show_head(None)

    def card(self, piece_id: str) -> PieceCard | None:
        return next((c for c in self.piece_cards if c.piece.id == piece_id), None)

    # --- requests ----------------------------------------------------------------------

    def on_add_clicked(self) -> None:
        if self._case is None or self._why_not is not None:
            return
        paths = choose_files(
            self, QCoreApplication.translate("FilesView", "Stukken toevoegen"), many=True
        )
        if paths:
            self.add_files_requested.emit(self._case.id, paths)

    def _on_open_piece(self, piece_id: str, version: int) -> None:
        if self._case is not None:
            self.open_piece_requested.emit(self._case.id, piece_id, version)

    def _on_new_version(self, piece_id: str) -> None:
        if self._case is not None:
            self.new_version_requested.emit(self._case.id, piece_id)

    def _on_withdraw(self, piece_id: str) -> None:
        if self._case is not None:
            self.withdraw_piece_requested.emit(self._case.id, piece_id)

    def _on_details_toggled(self, piece_id: str, unfolded: bool) -> None:
        if unfolded:
            self._unfolded.add(piece_id)
        else:
            self._unfolded.discard(piece_id)

    # --- files dropped onto the tab ------------------------------------------------------

    def _accepts(self, mime: QMimeData) -> bool:
        return self._case is not None and self._why_not is None and bool(dropped_paths(mime))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._accepts(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._accepts(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        mime = event.mimeData()
        if not self._accepts(mime) or self._case is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.add_files_requested.emit(self._case.id, dropped_paths(mime))
