"""The "Notities" tab of the case pane: the confidential notes the user may read, oldest
first, with "Nieuwe notitie…", and for their own notes "Bewerken…".

Every text is shown as plain text. Writing goes through the outbox like any action (the
panel only asks; the case controller records), so it works offline and shows at once.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from investigator_app.domain.notes import NoteVisibility
from investigator_app.gui.common.formatting import format_datetime
from investigator_app.gui.workspace.note_dialogs import (
    EarlierVersionsDialog,
    NoteDialog,
    visibility_label,
)
from investigator_app.store.views import CaseDetail, NoteView


def _plain_label(parent: QWidget, text: str = "") -> QLabel:
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


class NoteCard(QFrame):
    """One note: who wrote it and for whom, when, its text, and what the user may do."""

    edit_clicked = Signal(object)  # NoteView
    versions_clicked = Signal(object)  # NoteView

    def __init__(self, note: NoteView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.note = note
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        self.header_label = _plain_label(
            self,
            self.tr("%1 — %2")
            .replace("%1", note.author)
            .replace("%2", visibility_label(note.visibility)),
        )
        font = self.header_label.font()
        font.setBold(True)
        self.header_label.setFont(font)
        layout.addWidget(self.header_label)
        times = self.tr("Aangemaakt op %1").replace("%1", format_datetime(note.created_at))
        if note.edited_at != note.created_at:
            times += " · " + self.tr("bewerkt op %1").replace("%1", format_datetime(note.edited_at))
        if note.pending:
            times += " · " + self.tr("nog niet verzonden")
        self.times_label = _plain_label(self, times)
        layout.addWidget(self.times_label)
        self.body_label = _plain_label(self, note.body)
        self.body_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body_label.setAccessibleName(self.tr("Tekst van de notitie"))
        layout.addWidget(self.body_label)
        buttons = QHBoxLayout()
        self.edit_button = QPushButton(self.tr("Bewerken…"), self)
        self.edit_button.setAccessibleName(self.tr("Notitie bewerken"))
        self.edit_button.setVisible(note.mine)
        self.edit_button.clicked.connect(lambda: self.edit_clicked.emit(self.note))
        buttons.addWidget(self.edit_button)
        self.versions_button = QPushButton(self.tr("Eerdere versies…"), self)
        self.versions_button.setAccessibleName(self.tr("Eerdere versies van de notitie"))
        self.versions_button.setVisible(bool(note.earlier))
        self.versions_button.clicked.connect(lambda: self.versions_clicked.emit(self.note))
        buttons.addWidget(self.versions_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)


class NotesPanel(QWidget):
    """The notes of the case shown in the pane."""

    add_note_requested = Signal(str, str, object)  # case id, text, NoteVisibility
    edit_note_requested = Signal(str, str, str, object)  # case id, note id, text, visibility
    count_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._case: CaseDetail | None = None
        self._in_dialog = False
        self.cards: list[NoteCard] = []
        layout = QVBoxLayout(self)
        intro = _plain_label(
            self,
            self.tr(
                "Notities zijn vertrouwelijk: ze gaan nooit naar de melder of naar 1700. "
                "‘Alleen ik’ leest alleen u; ‘Dossierteam’ lezen ook de toegewezen "
                "onderzoeker en de leidinggevenden van de dienst."
            ),
        )
        layout.addWidget(intro)
        top = QHBoxLayout()
        self.new_button = QPushButton(self.tr("Nieuwe notitie…"), self)
        self.new_button.setAccessibleName(self.tr("Nieuwe notitie"))
        self.new_button.clicked.connect(self.on_new_clicked)
        top.addWidget(self.new_button)
        top.addStretch(1)
        layout.addLayout(top)
        self.empty_label = _plain_label(self, self.tr("Nog geen notities bij deze melding."))
        layout.addWidget(self.empty_label)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._list = QWidget(scroll)
        self._list.setAccessibleName(self.tr("Notities bij de melding"))
        self._list_layout = QVBoxLayout(self._list)
        self._list_layout.setContentsMargins(0, 0, 0, 0)
        self._list_layout.addStretch(1)
        scroll.setWidget(self._list)
        layout.addWidget(scroll, 1)

    def show_case(self, case: CaseDetail | None) -> None:
        """Show the notes of ``case`` (None: nothing, e.g. before the declaration)."""
        self._case = case
        if self._in_dialog:
            return  # refreshed when the dialog closes: the card that opened it lives on
        for card in self.cards:
            self._list_layout.removeWidget(card)
            card.deleteLater()
        self.cards = []
        notes = case.notes if case is not None else []
        for note in notes:
            card = NoteCard(note, self._list)
            card.edit_clicked.connect(self.on_edit_clicked)
            card.versions_clicked.connect(self.on_versions_clicked)
            self._list_layout.insertWidget(self._list_layout.count() - 1, card)
            self.cards.append(card)
        self.empty_label.setVisible(case is not None and not notes)
        self.new_button.setEnabled(case is not None)
        self.count_changed.emit(len(notes))

    def _run(self, dialog: QDialog) -> bool:
        """Run a dialog; a sync that refreshes the pane meanwhile waits until it closed
        (deleting the card whose button opened it would pull it from under the call)."""
        self._in_dialog = True
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            self._in_dialog = False
            dialog.deleteLater()
        self.show_case(self._case)
        return accepted

    def on_new_clicked(self) -> None:
        if self._case is None:
            return
        case_id = self._case.id
        dialog = NoteDialog(None, self)
        if self._run(dialog):
            self.add_note_requested.emit(case_id, dialog.body(), dialog.visibility())

    def new_note(self, body: str, visibility: NoteVisibility) -> None:
        """Ask for a new note on the case shown (what the editor's OK does)."""
        if self._case is not None:
            self.add_note_requested.emit(self._case.id, body, visibility)

    def on_edit_clicked(self, note: NoteView) -> None:
        if self._case is None or not note.mine:
            return
        case_id = self._case.id
        dialog = NoteDialog(note, self)
        if self._run(dialog):
            self.edit_note_requested.emit(case_id, note.id, dialog.body(), dialog.visibility())

    def on_versions_clicked(self, note: NoteView) -> None:
        self._run(EarlierVersionsDialog(note, self))
