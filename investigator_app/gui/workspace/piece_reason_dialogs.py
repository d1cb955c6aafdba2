"""The Stukken tab's dialogs that ask a reason: a new version of a piece (the file chosen,
the old version kept) and withdrawing one (it stays, with who, when and why)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from investigator_app.domain.evidence import Piece
from investigator_app.gui.common.formatting import format_size
from investigator_app.gui.workspace.custody_view import NameLabel
from investigator_app.gui.workspace.investigation_dialogs import (
    MAX_REASON_LENGTH,
    name_buttons,
    show_hint,
)
from investigator_app.gui.workspace.investigation_texts import fill, one_line
from investigator_app.gui.workspace.piece_dialogs import Candidate
from investigator_app.gui.workspace.piece_texts import elide_middle, piece_caption


class _ReasonDialog(QDialog):
    """A dialog that explains, may show a file, and asks a required reason."""

    def __init__(
        self, title: str, explanation: str, ok_text: str, reason_name: str, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(560, 340)
        self._layout = QVBoxLayout(self)
        label = QLabel(explanation, self)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        self._layout.addWidget(label)
        self._extra = QVBoxLayout()
        self._layout.addLayout(self._extra)
        caption = QLabel(QCoreApplication.translate("PieceDialogs", "&Reden (verplicht)"), self)
        self._layout.addWidget(caption)
        self.reason_edit = QPlainTextEdit(self)
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setAccessibleName(reason_name)
        caption.setBuddy(self.reason_edit)
        self._layout.addWidget(self.reason_edit, 1)
        self.hint_label = QLabel(self)
        self.hint_label.setTextFormat(Qt.TextFormat.PlainText)
        self.hint_label.setWordWrap(True)
        self._layout.addWidget(self.hint_label)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        name_buttons(self.buttons, ok_text)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._layout.addWidget(self.buttons)
        self.reason_edit.textChanged.connect(self._update)
        self._update()

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def reason(self) -> str:
        return self.reason_edit.toPlainText().strip()

    def _update(self) -> None:
        length = len(self.reason())
        if not length:
            problem: str | None = QCoreApplication.translate("PieceDialogs", "Geef de reden.")
        elif length > MAX_REASON_LENGTH:
            problem = fill(
                QCoreApplication.translate(
                    "PieceDialogs", "De reden is te lang: hoogstens %1 tekens."
                ),
                str(MAX_REASON_LENGTH),
            )
        else:
            problem = None
        show_hint(self.hint_label, problem, urgent=length > MAX_REASON_LENGTH)
        self.ok_button.setEnabled(problem is None)


def piece_title(piece: Piece) -> str:
    """ "Stuk 3: Offerte …" (one line)."""
    return fill(
        QCoreApplication.translate("PieceDialogs", "%1: %2"),
        piece_caption(piece.number),
        one_line(piece.facts.title),
    )


class NewVersionDialog(_ReasonDialog):
    """A new version of a piece: the file chosen, and why (the old version stays)."""

    def __init__(self, piece: Piece, candidate: Candidate, parent: QWidget | None = None) -> None:
        title = piece_title(piece)
        super().__init__(
            fill(
                QCoreApplication.translate("PieceDialogs", "Nieuwe versie van %1"),
                elide_middle(title, 80),
            ),
            fill(
                QCoreApplication.translate(
                    "PieceDialogs",
                    "Het gekozen bestand wordt versie %1 van dit stuk. Versie %2 blijft "
                    "bewaard en zichtbaar in de bewaringsketen.",
                ),
                str(piece.version + 1),
                str(piece.version),
            ),
            QCoreApplication.translate("PieceDialogs", "Nieuwe versie toevoegen"),
            QCoreApplication.translate("PieceDialogs", "Reden van de nieuwe versie"),
            parent,
        )
        self.current_label = NameLabel(
            piece.file.name,
            self,
            prefix=fill(
                QCoreApplication.translate("PieceDialogs", "Nu (versie %1): "), str(piece.version)
            ),
        )
        self.new_label = NameLabel(
            candidate.name,
            self,
            prefix=fill(
                QCoreApplication.translate("PieceDialogs", "Nieuw (%1): "),
                format_size(candidate.size),
            ),
        )
        self._extra.addWidget(self.current_label)
        self._extra.addWidget(self.new_label)


class WithdrawPieceDialog(_ReasonDialog):
    """Withdrawing a piece: it stays on the case, with who, when and why."""

    def __init__(self, piece: Piece, parent: QWidget | None = None) -> None:
        title = piece_title(piece)
        super().__init__(
            fill(
                QCoreApplication.translate("PieceDialogs", "%1 intrekken"),
                elide_middle(title, 80),
            ),
            fill(
                QCoreApplication.translate(
                    "PieceDialogs",
                    "%1 wordt ingetrokken: het blijft zichtbaar op de melding, in de "
                    "bewaringsketen en in het dossier, met de reden, maar wordt niet meer "
                    "als stuk van het onderzoek gebruikt.",
                ),
                title,
            ),
            QCoreApplication.translate("PieceDialogs", "Intrekken"),
            QCoreApplication.translate("PieceDialogs", "Reden van de intrekking"),
            parent,
        )
