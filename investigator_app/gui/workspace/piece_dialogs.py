"""The dialogs of the Stukken tab that take files: choosing them, and describing a batch of
new pieces (title, type, source, date obtained, description per file). The dialogs that
ask a reason are in piece_reason_dialogs.py.

Files that cannot become a piece (a folder, an empty or unreadable file, one over the
department's limit) are named in the batch dialog with the reason, before anything is
copied; the others are described and added together.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from investigator_app.domain.evidence import (
    MAX_PIECE_DESCRIPTION_LENGTH,
    MAX_PIECE_SOURCE_LENGTH,
    MAX_PIECE_TITLE_LENGTH,
    PieceFacts,
    PieceType,
)
from investigator_app.gui.common.formatting import format_size
from investigator_app.gui.common.theme import warning_style
from investigator_app.gui.workspace.custody_view import NameLabel
from investigator_app.gui.workspace.investigation_dialogs import (
    name_buttons,
    show_hint,
)
from investigator_app.gui.workspace.investigation_texts import fill, plain_tooltip
from investigator_app.gui.workspace.piece_texts import (
    default_title,
    elide_middle,
    guessed_type,
    literal_name,
    megabytes,
    type_label,
)


def choose_files(parent: QWidget | None, title: str, *, many: bool) -> list[str]:
    """The files the user picks in the system's dialog (none when cancelled)."""
    if many:
        paths, _filter = QFileDialog.getOpenFileNames(parent, title)
        return list(paths)
    path, _filter = QFileDialog.getOpenFileName(parent, title)
    return [path] if path else []


@dataclass(frozen=True)
class Candidate:
    """A file the user chose, and why it cannot become a piece (None: it can)."""

    path: Path
    size: int
    problem: str | None = None

    @property
    def name(self) -> str:
        return self.path.name


def examine(paths: list[str], limit: int) -> list[Candidate]:
    """Each chosen path once, with its size and what is wrong with it, without reading it."""
    seen: set[str] = set()
    found: list[Candidate] = []
    for raw in paths:
        if not raw or raw in seen:
            continue
        seen.add(raw)
        path = Path(raw)
        try:
            size = path.stat().st_size
        except OSError:
            size = -1
        problem: str | None = None
        if size < 0:
            problem = QCoreApplication.translate(
                "PieceDialogs", "Dit bestand bestaat niet (meer) of is niet leesbaar."
            )
        elif path.is_dir():
            problem = QCoreApplication.translate(
                "PieceDialogs", "Dit is een map; kies de bestanden erin."
            )
        elif not os.access(path, os.R_OK):
            problem = QCoreApplication.translate("PieceDialogs", "Dit bestand is niet leesbaar.")
        elif size == 0:
            problem = QCoreApplication.translate("PieceDialogs", "Dit bestand is leeg.")
        elif size > limit:
            problem = too_large_text(size, limit)
        found.append(Candidate(path, max(size, 0), problem))
    return found


def too_large_text(size: int, limit: int) -> str:
    return fill(
        QCoreApplication.translate(
            "PieceDialogs", "Dit bestand is %1 groot; de dienst aanvaardt stukken tot %2."
        ),
        format_size(size),
        megabytes(limit),
    )


@dataclass(frozen=True)
class NewPiece:
    """A file to add, with what the user said about it."""

    path: Path
    facts: PieceFacts


def type_combo(parent: QWidget, chosen: PieceType) -> QComboBox:
    combo = QComboBox(parent)
    for kind in PieceType:
        combo.addItem(type_label(kind), kind)
    combo.setCurrentIndex(combo.findData(chosen))
    return combo


def date_edit(parent: QWidget, day: date, today: date) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setDisplayFormat("dd/MM/yyyy")
    edit.setCalendarPopup(True)
    edit.setMaximumDate(QDate(today.year, today.month, today.day))
    edit.setDate(QDate(day.year, day.month, day.day))
    return edit


class AddPiecesDialog(QDialog):
    """Describing the files of one batch: one entry per file on the left, its fields on
    the right; source and date obtained may be the same for all."""

    def __init__(
        self, candidates: list[Candidate], today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Stukken toevoegen"))
        many = len([c for c in candidates if c.problem is None]) > 1
        self.resize(760 if many else 600, 540 if many else 460)
        self._today = today
        self.candidates = [c for c in candidates if c.problem is None]
        self.refused = [c for c in candidates if c.problem is not None]
        self._facts = [
            PieceFacts(default_title(c.name), "", "", today, guessed_type(c.name))
            for c in self.candidates
        ]
        self._current = -1
        self._loading = False
        layout = QVBoxLayout(self)
        intro = QLabel(self)
        intro.setWordWrap(True)
        intro.setText(
            self.tr(
                "Het bestand wordt meteen versleuteld op deze werkplek bewaard en verzonden "
                "zodra de server bereikbaar is. Geef het stuk een titel en zeg waar het "
                "vandaan komt."
            )
            if len(self.candidates) == 1
            else fill(
                self.tr(
                    "De %1 bestanden worden meteen versleuteld op deze werkplek bewaard en "
                    "verzonden zodra de server bereikbaar is. Geef elk stuk een titel en zeg "
                    "waar het vandaan komt."
                ),
                str(len(self.candidates)),
            )
        )
        layout.addWidget(intro)
        if self.refused:
            layout.addWidget(self._refused_label())
        body = QHBoxLayout()
        self.file_list = QListWidget(self)
        self.file_list.setAccessibleName(self.tr("Bestanden"))
        for candidate in self.candidates:
            item = QListWidgetItem(literal_name(candidate.name), self.file_list)
            item.setToolTip(plain_tooltip(literal_name(candidate.name)))
        self.file_list.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.file_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.file_list.setVisible(len(self.candidates) > 1)
        self.file_list.setMaximumWidth(240)
        body.addWidget(self.file_list)
        body.addLayout(self._form(), 1)
        layout.addLayout(body, 1)
        self.hint_label = QLabel(self)
        self.hint_label.setWordWrap(True)
        layout.addWidget(self.hint_label)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        name_buttons(
            self.buttons,
            self.tr("Stuk toevoegen")
            if len(self.candidates) == 1
            else self.tr("Stukken toevoegen"),
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.file_list.currentRowChanged.connect(self._on_row_changed)
        if self.candidates:
            self.file_list.setCurrentRow(0)
        self._update()

    def _refused_label(self) -> QLabel:
        lines = [self.tr("Deze bestanden worden niet toegevoegd:")]
        lines += [f"• {elide_middle(literal_name(c.name), 60)}: {c.problem}" for c in self.refused]
        label = QLabel("\n".join(lines), self)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.setStyleSheet(warning_style())
        label.setAccessibleName(self.tr("Bestanden die niet toegevoegd worden"))
        self.refused_label = label
        return label

    def _form(self) -> QFormLayout:
        form = QFormLayout()
        self.name_label = NameLabel("", self)
        form.addRow(self.tr("Bestand:"), self.name_label)
        self.title_edit = QLineEdit(self)
        self.title_edit.setAccessibleName(self.tr("Titel"))
        form.addRow(self.tr("&Titel:"), self.title_edit)
        self.type_combo = type_combo(self, PieceType.DOCUMENT)
        self.type_combo.setAccessibleName(self.tr("Soort"))
        form.addRow(self.tr("&Soort:"), self.type_combo)
        self.source_edit = QLineEdit(self)
        self.source_edit.setPlaceholderText(self.tr("wie het bezorgde, of waar het gevonden werd"))
        self.source_edit.setAccessibleName(self.tr("Bron"))
        form.addRow(self.tr("&Bron:"), self.source_edit)
        self.obtained_edit = date_edit(self, self._today, self._today)
        self.obtained_edit.setAccessibleName(self.tr("Verkregen op"))
        form.addRow(self.tr("&Verkregen op:"), self.obtained_edit)
        self.same_check = QCheckBox(self.tr("&Dezelfde bron en datum voor alle bestanden"), self)
        self.same_check.setChecked(True)
        self.same_check.setVisible(len(self.candidates) > 1)
        form.addRow("", self.same_check)
        self.description_edit = QPlainTextEdit(self)
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setAccessibleName(self.tr("Beschrijving"))
        form.addRow(self.tr("B&eschrijving:"), self.description_edit)
        for label_field in (self.title_edit, self.source_edit):
            label_field.textChanged.connect(self._store_fields)
        self.type_combo.currentIndexChanged.connect(self._store_fields)
        self.obtained_edit.dateChanged.connect(self._store_fields)
        self.description_edit.textChanged.connect(self._store_fields)
        self.same_check.toggled.connect(self._store_fields)
        return form

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def select(self, row: int) -> None:
        self.file_list.setCurrentRow(row)

    def _on_row_changed(self, row: int) -> None:
        if not 0 <= row < len(self.candidates):
            return
        self._current = row
        facts = self._facts[row]
        self._loading = True
        try:
            candidate = self.candidates[row]
            self.name_label.set_name(candidate.name, more=format_size(candidate.size))
            self.title_edit.setText(facts.title)
            self.type_combo.setCurrentIndex(self.type_combo.findData(facts.type))
            self.source_edit.setText(facts.source)
            day = facts.obtained_on
            self.obtained_edit.setDate(QDate(day.year, day.month, day.day))
            self.description_edit.setPlainText(facts.description)
        finally:
            self._loading = False
        self._update()

    def _store_fields(self) -> None:
        if self._loading or not 0 <= self._current < len(self.candidates):
            return
        day = self.obtained_edit.date()
        obtained = date(day.year(), day.month(), day.day())
        kind = self.type_combo.currentData()
        source = self.source_edit.text().strip()
        self._facts[self._current] = PieceFacts(
            self.title_edit.text().strip(),
            self.description_edit.toPlainText().strip(),
            source,
            obtained,
            PieceType(kind) if kind is not None else PieceType.OTHER,
        )
        if self.same_check.isChecked():
            self._facts = [replace(f, source=source, obtained_on=obtained) for f in self._facts]
        self._update()

    def facts(self, row: int) -> PieceFacts:
        return self._facts[row]

    def pieces(self) -> list[NewPiece]:
        return [NewPiece(c.path, f) for c, f in zip(self.candidates, self._facts, strict=True)]

    def problem(self) -> str | None:
        """What keeps OK disabled (None: nothing); names the file when there are several."""
        if not self.candidates:
            return self.tr("Geen van de gekozen bestanden kan toegevoegd worden.")
        for row, facts in enumerate(self._facts):
            issue = self._problem_of(facts)
            if issue is not None:
                if len(self.candidates) == 1:
                    return issue
                return fill(
                    self.tr("%1: %2"),
                    elide_middle(literal_name(self.candidates[row].name), 40),
                    issue,
                )
        return None

    def _problem_of(self, facts: PieceFacts) -> str | None:
        if not facts.title:
            return self.tr("Geef het stuk een titel.")
        if len(facts.title) > MAX_PIECE_TITLE_LENGTH:
            return fill(
                self.tr("De titel is te lang: hoogstens %1 tekens."), str(MAX_PIECE_TITLE_LENGTH)
            )
        if len(facts.source) > MAX_PIECE_SOURCE_LENGTH:
            return fill(
                self.tr("De bron is te lang: hoogstens %1 tekens."), str(MAX_PIECE_SOURCE_LENGTH)
            )
        if len(facts.description) > MAX_PIECE_DESCRIPTION_LENGTH:
            return fill(
                self.tr("De beschrijving is te lang: hoogstens %1 tekens."),
                str(MAX_PIECE_DESCRIPTION_LENGTH),
            )
        return None

    def _update(self) -> None:
        problem = self.problem()
        show_hint(self.hint_label, problem)
        self.ok_button.setEnabled(problem is None)
