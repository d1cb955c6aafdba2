"""The export dialog's choices on the evidence: which interview records a copy shows (a full
copy all, a manager's copy only the ticked ones, as the notes) and which pieces' content a
full copy carries (as attachments inside the PDF, images also as pages; printing: only
images). Only a piece whose bytes are on this workstation and sound can be carried; the
rest is listed, disabled, with the reason. Each group is hidden when the case has none."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from investigator_app.domain.evidence import Piece
from investigator_app.domain.interviews import Capacity, Interview
from investigator_app.export.model import DossierCase
from investigator_app.export.options import MAX_CARRIED_BYTES, Profile
from investigator_app.export.story_evidence import visible_name
from investigator_app.export.texts import format_date, format_size

PRINTABLE_TYPES = frozenset({"image/jpeg", "image/png", "image/gif"})
"""What a printed copy can carry: images, as pages (the bytes decide when rendering)."""

_ID = Qt.ItemDataRole.UserRole
_SIZE = Qt.ItemDataRole.UserRole + 1


def _short(text: str, length: int = 60) -> str:
    line = " ".join(text.split())
    return line if len(line) <= length else line[: length - 1] + "…"


class EvidenceChoices(QWidget):
    """``availability``: per piece id, the state of its current version's bytes here
    (store.evidence.PieceAvailability values); a piece not in it cannot be carried.
    ``mode`` "export" or "print"."""

    changed = Signal()

    def __init__(
        self,
        case: DossierCase,
        availability: Mapping[str, str],
        mode: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._mode = mode
        self._profile = Profile.FULL
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        self.interviewsGroup = QGroupBox(self.tr("Verhoren in dit exemplaar"), self)
        self.interviewsList = QListWidget(self.interviewsGroup)
        self.interviewsList.setAccessibleName(self.tr("Verhoren in dit exemplaar"))
        box = QVBoxLayout(self.interviewsGroup)
        box.addWidget(self.interviewsList)
        for record in case.investigation.interviews:
            self.interviewsList.addItem(self._interview_item(record))
        self.interviewsGroup.setVisible(bool(case.investigation.interviews))
        layout.addWidget(self.interviewsGroup)

        self.piecesGroup = QGroupBox(self.tr("Inhoud van stukken meenemen"), self)
        self.piecesList = QListWidget(self.piecesGroup)
        self.piecesList.setAccessibleName(self.tr("Stukken waarvan de inhoud meegaat"))
        self.piecesNote = QLabel(self.piecesGroup)
        self.piecesNote.setWordWrap(True)
        self.piecesNote.setTextFormat(Qt.TextFormat.PlainText)
        box = QVBoxLayout(self.piecesGroup)
        box.addWidget(self.piecesList)
        box.addWidget(self.piecesNote)
        shown = [p for p in case.investigation.pieces if self._offered(p)]
        for piece in shown:
            self.piecesList.addItem(self._piece_item(piece, availability.get(piece.id)))
        self.piecesGroup.setVisible(bool(shown))
        layout.addWidget(self.piecesGroup)
        for widget in (self.interviewsList, self.piecesList):
            widget.setMaximumHeight(120)
            widget.setWordWrap(True)  # side by side they are narrow: wrap, never scroll sideways
            widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.piecesList.itemChanged.connect(lambda _item: self._show_total())
        self._show_total()

    # --- the lists ----------------------------------------------------------------------

    def _interview_item(self, record: Interview) -> QListWidgetItem:
        capacity = {
            Capacity.REPORTER: self.tr("melder"),
            Capacity.WITNESS: self.tr("getuige"),
            Capacity.PERSON_CONCERNED: self.tr("betrokkene"),
        }[record.facts.capacity]
        text = (
            self.tr("Verhoor %1: %2 (%3), %4")
            .replace("%1", str(record.number))
            .replace("%2", _short(record.facts.person_heard, 40))
            .replace("%3", capacity)
            .replace("%4", format_date(record.facts.held_on))
        )
        item = QListWidgetItem(text)
        item.setData(_ID, record.id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked)
        return item

    def _offered(self, piece: Piece) -> bool:
        return self._mode != "print" or piece.file.media_type.lower() in PRINTABLE_TYPES

    def _piece_item(self, piece: Piece, state: str | None) -> QListWidgetItem:
        text = (
            self.tr("Stuk %1: %2 · %3")
            .replace("%1", str(piece.number))
            .replace("%2", _short(piece.facts.title))
            .replace("%3", format_size(piece.file.size))
        )
        item = QListWidgetItem(text)
        item.setData(_ID, piece.id)
        item.setData(_SIZE, piece.file.size)
        item.setToolTip(visible_name(piece.file.name))
        item.setCheckState(Qt.CheckState.Unchecked)
        why: tuple[str, str] | None = None  # (in the list, in the tooltip)
        if state == "damaged":
            why = (
                self.tr("beschadigd"),
                self.tr("Beschadigd: het bestand klopt niet meer met zijn sha256."),
            )
        elif state == "downloading":
            why = (
                self.tr("wordt opgehaald"),
                self.tr("Wordt nog opgehaald; probeer het zo meteen opnieuw."),
            )
        elif state != "available":
            why = (
                self.tr("nog niet op deze werkplek"),
                self.tr("Het bestand is nog niet op deze werkplek."),
            )
        if why is None:
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        else:
            item.setFlags(
                item.flags() & ~Qt.ItemFlag.ItemIsEnabled & ~Qt.ItemFlag.ItemIsUserCheckable
            )
            item.setText(f"{text} ({why[0]})")
            item.setToolTip(why[1])
        return item

    # --- following the profile ----------------------------------------------------------

    def set_profile(self, profile: Profile) -> None:
        """A manager's copy holds no record unless ticked and carries no piece (its bytes
        cannot be blacked out); the reporter's letter holds neither."""
        self._profile = profile
        self.interviewsGroup.setEnabled(profile is not Profile.FEEDBACK)
        if profile is Profile.MANAGER:
            self._check_all(self.interviewsList, Qt.CheckState.Unchecked)
        self.piecesList.setEnabled(profile is Profile.FULL)
        self._show_total()

    def _check_all(self, widget: QListWidget, state: Qt.CheckState) -> None:
        for row in range(widget.count()):
            widget.item(row).setCheckState(state)

    def _show_total(self) -> None:
        if self._profile is not Profile.FULL:
            self.piecesNote.setText(self.tr("Alleen het volledige dossier neemt stukken mee."))
        else:
            total = self.carried_size()
            note = (
                self.tr("Afbeeldingen worden als pagina afgedrukt.")
                if self._mode == "print"
                else self.tr("Als bijlage in de PDF; afbeeldingen ook als pagina.")
            )
            if total:
                note += " " + self.tr("Samen %1.").replace("%1", format_size(total))
            self.piecesNote.setText(note)
        self.changed.emit()

    # --- what was chosen ----------------------------------------------------------------

    def _checked(self, widget: QListWidget) -> list[QListWidgetItem]:
        return [
            widget.item(row)
            for row in range(widget.count())
            if widget.item(row).checkState() == Qt.CheckState.Checked
        ]

    def interview_ids(self) -> frozenset[str]:
        return frozenset(str(item.data(_ID)) for item in self._checked(self.interviewsList))

    def carried_piece_ids(self) -> frozenset[str]:
        if self._profile is not Profile.FULL:
            return frozenset()
        return frozenset(str(item.data(_ID)) for item in self._checked(self.piecesList))

    def carried_size(self) -> int:
        return sum(int(item.data(_SIZE)) for item in self._checked(self.piecesList))

    def problem(self) -> str | None:
        """Why the copy cannot carry what is ticked (None: it can)."""
        if self._profile is Profile.FULL and self.carried_size() > MAX_CARRIED_BYTES:
            return self.tr("De gekozen stukken zijn samen groter dan %1: kies er minder.").replace(
                "%1", format_size(MAX_CARRIED_BYTES)
            )
        return None

    def apply(self, interview_ids: frozenset[str], piece_ids: frozenset[str]) -> None:
        """Start from an earlier copy's choices (pieces only where they can go)."""
        for row in range(self.interviewsList.count()):
            item = self.interviewsList.item(row)
            chosen = str(item.data(_ID)) in interview_ids
            item.setCheckState(Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)
        for row in range(self.piecesList.count()):
            item = self.piecesList.item(row)
            if item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
                chosen = str(item.data(_ID)) in piece_ids
                item.setCheckState(Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)
        self._show_total()
