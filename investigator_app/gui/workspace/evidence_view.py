"""The investigators' pieces on the Stukken tab: one card per piece.

A card says the piece's number, type, version and where its bytes are (nog niet
verzonden, wordt verzonden x%, beschadigd, …), its title, source, date obtained, who added
it and its size, the file's name literally, whether it was withdrawn (with the reason)
and which findings cite it; its buttons open it, add a new version or withdraw it, and
unfold its details: the description, the earlier versions (each can be opened) and the
chain of custody. Buttons the user may not use now stay visible but disabled, with a
tooltip that says why.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QSize, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from investigator_app.domain.evidence import CustodyKind, Piece, PieceFile
from investigator_app.gui.common.formatting import format_day, format_size
from investigator_app.gui.common.theme import warning_style
from investigator_app.gui.workspace.custody_view import CustodyTable, NameLabel
from investigator_app.gui.workspace.investigation_texts import (
    escaped,
    fill,
    shown,
    who_when,
)
from investigator_app.gui.workspace.panel_parts import allow, named_button, note_label
from investigator_app.gui.workspace.piece_status import (
    AVAILABLE,
    PieceStatus,
    Where,
    status_text,
    why_not_open,
)
from investigator_app.gui.workspace.piece_texts import piece_caption, type_label
from investigator_app.gui.workspace.text_block import Column, TextBlock, muted_text, paragraph


def piece_head(piece: Piece, status: PieceStatus) -> str:
    """ "Stuk 3 · Foto · versie 2 · nog niet verzonden"."""
    parts = [piece_caption(piece.number), type_label(piece.facts.type)]
    parts.append(
        QCoreApplication.translate("Evidence", "versie %1").replace("%1", str(piece.version))
    )
    if piece.withdrawn is not None:
        parts.append(QCoreApplication.translate("Evidence", "ingetrokken"))
    where = status_text(status)
    if where:
        parts.append(where)
    elif piece.pending:
        parts.append(QCoreApplication.translate("Evidence", "nog niet verzonden"))
    return " · ".join(parts)


def piece_lines(piece: Piece) -> list[str]:
    """The piece's facts as lines of plain text (title first)."""
    facts = piece.facts
    source = shown(facts.source) if facts.source.strip() else None
    obtained = fill(
        QCoreApplication.translate("Evidence", "verkregen op %1"), format_day(facts.obtained_on)
    )
    origin = (
        fill(QCoreApplication.translate("Evidence", "Bron: %1"), source) + " · " + obtained
        if source
        else fill(QCoreApplication.translate("Evidence", "Bron: niet opgegeven · %1"), obtained)
    )
    added = who_when(
        QCoreApplication.translate("Evidence", "Toegevoegd door %1 op %2"),
        piece.added_by,
        piece.added_at,
    )
    if piece.version > 1:
        latest = next(
            (
                e
                for e in reversed(piece.custody)
                if e.kind is CustodyKind.REPLACED and e.version == piece.version
            ),
            None,
        )
        if latest is not None:
            added += " · " + who_when(
                QCoreApplication.translate("Evidence", "versie %3 door %1 op %2"),
                latest.by,
                latest.at,
                str(piece.version),
            )
    added += " · " + format_size(piece.file.size)
    return [shown(facts.title), origin, added]


def withdrawn_line(piece: Piece) -> str:
    gone = piece.withdrawn
    if gone is None:
        return ""
    return who_when(
        QCoreApplication.translate("Evidence", "Ingetrokken door %1 op %2. Reden: %3"),
        gone.by,
        gone.at,
        gone.reason,
    )


def cited_line(numbers: list[int]) -> str:
    if not numbers:
        return ""
    return QCoreApplication.translate(
        "FilesView", "Aangehaald in de bevinding bij tenlastelegging %1"
    ).replace("%1", ", ".join(str(n) for n in numbers))


class PieceCard(QFrame):
    """One piece of the investigators, with its buttons and (unfolded) its details."""

    open_clicked = Signal(str, int)  # piece id, version
    new_version_clicked = Signal(str)  # piece id
    withdraw_clicked = Signal(str)  # piece id
    details_toggled = Signal(str, bool)  # piece id, unfolded

    def __init__(
        self,
        piece: Piece,
        statuses: Mapping[str, PieceStatus],
        cited: list[int],
        why_not_change: str | None,
        parent: QWidget | None = None,
        *,
        unfolded: bool = False,
    ) -> None:
        super().__init__(parent)
        self.piece = piece
        self.status = statuses.get(piece.file.sha256, AVAILABLE)
        self._statuses = statuses
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(2)
        lines = piece_lines(piece)
        withdrawn = piece.withdrawn is not None
        title = fill(
            QCoreApplication.translate("Evidence", "%1: %2"),
            piece_caption(piece.number),
            lines[0],
        )
        self.text_block = TextBlock(self, "", "", name=title, muted=withdrawn)
        self._show_text()
        layout.addWidget(self.text_block)
        self.name_label = NameLabel(
            piece.file.name,
            self,
            prefix=QCoreApplication.translate("Evidence", "Bestand: "),
        )
        if withdrawn:
            palette = self.name_label.palette()
            palette.setColor(QPalette.ColorRole.WindowText, muted_text(palette))
            self.name_label.setPalette(palette)
        layout.addWidget(self.name_label)
        more = [line for line in (withdrawn_line(piece), cited_line(cited)) if line]
        self.more_block: TextBlock | None = None
        if more:
            self.more_block = TextBlock(
                self,
                "".join(paragraph(escaped(line), space=0) for line in more),
                "\n".join(more),
                muted=withdrawn,
            )
            layout.addWidget(self.more_block)
        self.damaged_label: QLabel | None = None
        if self.status.where is Where.DAMAGED:
            self.damaged_label = note_label(self, why_not_open(self.status) or "")
            self.damaged_label.setStyleSheet(warning_style())
            layout.addWidget(self.damaged_label)
        layout.addSpacing(4)
        layout.addLayout(self._buttons(title, why_not_change))
        self.details: QWidget | None = None
        self._layout = layout
        if unfolded:
            self.details_button.setChecked(True)

    def _show_text(self) -> None:
        head = piece_head(self.piece, self.status)
        lines = piece_lines(self.piece)
        html_parts = [
            paragraph(escaped(head), bold=True, space=2),
            paragraph(escaped(lines[0]), bold=True, space=4),
            paragraph(escaped(lines[1]), space=0),
            paragraph(escaped(lines[2]), space=0),
        ]
        self.text_block.set_text("".join(html_parts), "\n".join([head, *lines]))

    def set_statuses(self, statuses: Mapping[str, PieceStatus]) -> bool:
        """Show where the files are now, in place (an upload's progress); False when the
        change needs a new card (the file turned out damaged, or a version's button
        changes)."""
        status = statuses.get(self.piece.file.sha256, AVAILABLE)
        before = {f.sha256: self._statuses.get(f.sha256, AVAILABLE) for f in self.piece.files}
        after = {f.sha256: statuses.get(f.sha256, AVAILABLE) for f in self.piece.files}
        if any(why_not_open(before[sha]) != why_not_open(after[sha]) for sha in before):
            return False
        if (self.status.where is Where.DAMAGED) != (status.where is Where.DAMAGED):
            return False
        self._statuses = statuses
        if status != self.status:
            self.status = status
            self._show_text()
        return True

    def _buttons(self, title: str, why_not_change: str | None) -> QHBoxLayout:
        piece = self.piece
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        self.open_button = named_button(
            self,
            QCoreApplication.translate("Evidence", "Openen"),
            fill(QCoreApplication.translate("Evidence", "%1 openen"), title),
        )
        allow(self.open_button, why_not_open(self.status))
        self.open_button.clicked.connect(lambda: self.open_clicked.emit(piece.id, piece.version))
        row.addWidget(self.open_button)
        self.new_version_button: QPushButton | None = None
        self.withdraw_button: QPushButton | None = None
        if piece.withdrawn is None:
            self.new_version_button = named_button(
                self,
                QCoreApplication.translate("Evidence", "Nieuwe versie…"),
                fill(QCoreApplication.translate("Evidence", "Nieuwe versie van %1"), title),
            )
            allow(self.new_version_button, why_not_change)
            self.new_version_button.clicked.connect(lambda: self.new_version_clicked.emit(piece.id))
            self.withdraw_button = named_button(
                self,
                QCoreApplication.translate("Evidence", "Intrekken…"),
                fill(QCoreApplication.translate("Evidence", "%1 intrekken"), title),
            )
            allow(self.withdraw_button, why_not_change)
            self.withdraw_button.clicked.connect(lambda: self.withdraw_clicked.emit(piece.id))
            row.addWidget(self.new_version_button)
            row.addWidget(self.withdraw_button)
        self.details_button = named_button(
            self,
            QCoreApplication.translate("Evidence", "Bewaringsketen"),
            fill(QCoreApplication.translate("Evidence", "Bewaringsketen van %1"), title),
        )
        self.details_button.setCheckable(True)
        self.details_button.setToolTip(
            QCoreApplication.translate(
                "Evidence", "Toont de beschrijving, de eerdere versies en de bewaringsketen."
            )
        )
        self.details_button.toggled.connect(self._on_details_toggled)
        row.addWidget(self.details_button)
        row.addStretch(1)
        return row

    def buttons(self) -> dict[str, QPushButton]:
        named = {
            "open": self.open_button,
            "new_version": self.new_version_button,
            "withdraw": self.withdraw_button,
            "details": self.details_button,
        }
        return {name: button for name, button in named.items() if button is not None}

    def _on_details_toggled(self, unfolded: bool) -> None:
        if unfolded and self.details is None:
            self.details = self._build_details()
            self._layout.addWidget(self.details)
        if self.details is not None:
            self.details.setVisible(unfolded)
        self.details_toggled.emit(self.piece.id, unfolded)

    def _build_details(self) -> QWidget:
        """The description, the earlier versions and the chain of custody (built when the
        user first unfolds them: a case may hold many pieces)."""
        piece = self.piece
        box = Column(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.setSpacing(4)
        description = piece.facts.description.strip()
        caption = QCoreApplication.translate("Evidence", "Beschrijving")
        text = (
            shown(description)
            if description
            else QCoreApplication.translate("Evidence", "geen beschrijving")
        )
        layout.addWidget(
            TextBlock(
                box,
                paragraph(f"<i>{escaped(caption)}:</i> {escaped(text)}", space=0),
                f"{caption}: {text}",
                name=caption,
            )
        )
        self.version_buttons: dict[int, QPushButton] = {}
        for old in reversed(piece.earlier):
            layout.addLayout(self._version_row(box, old.version, old.file, old.by, old.at))
        heading = note_label(box, QCoreApplication.translate("Evidence", "Bewaringsketen"))
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)
        self.custody_table = CustodyTable(piece, box)
        layout.addWidget(self.custody_table)
        return box

    def _version_row(
        self, parent: QWidget, version: int, file: PieceFile, by: str, at: datetime
    ) -> QHBoxLayout:
        """An earlier version: what it was and who added it when, its file's name, and
        "Openen" (an old version stays readable)."""
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        lines = QVBoxLayout()
        lines.setSpacing(0)
        lines.addWidget(
            note_label(
                parent,
                who_when(
                    QCoreApplication.translate(
                        "Evidence", "Versie %3 · %4 · toegevoegd door %1 op %2"
                    ),
                    by,
                    at,
                    str(version),
                    format_size(file.size),
                ),
            )
        )
        lines.addWidget(
            NameLabel(file.name, parent, prefix=QCoreApplication.translate("Evidence", "Bestand: "))
        )
        row.addLayout(lines, 1)
        status = self._statuses.get(file.sha256, AVAILABLE)
        button = named_button(
            parent,
            QCoreApplication.translate("Evidence", "Openen"),
            fill(QCoreApplication.translate("Evidence", "Versie %1 openen"), str(version)),
        )
        allow(button, why_not_open(status))
        piece_id = self.piece.id
        button.clicked.connect(lambda: self.open_clicked.emit(piece_id, version))
        self.version_buttons[version] = button
        row.addWidget(button)
        return row

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        return QSize(metrics.averageCharWidth() * 60, metrics.lineSpacing() * 7)
