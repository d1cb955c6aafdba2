"""The statements of an interview record as an editable sequence: questions, answers and
free paragraphs (verklaringen), in the order they were said.

A list on top (one line per statement, numbered as the PDF numbers them) and the chosen
statement's kind and text below; buttons add a question, an answer or a paragraph after
the chosen one, move it or remove it. A record may hold thousands of statements, so only
the chosen one has an editor.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from investigator_app.domain.interviews import MAX_STATEMENTS, Statement, StatementKind
from investigator_app.gui.workspace.interview_texts import statement_label
from investigator_app.gui.workspace.investigation_texts import fill, one_line

PREVIEW = 90  # characters of a statement shown in the list


@dataclass
class _Entry:
    kind: StatementKind
    text: str


class StatementEditor(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._entries: list[_Entry] = []
        self._read_only = False
        self._showing = False  # the editor is being filled: not a change by the user
        layout = QVBoxLayout(self)
        caption = QLabel(self.tr("&Verklaringen (in de volgorde waarin ze afgelegd werden)"), self)
        layout.addWidget(caption)
        self.statement_list = QListWidget(self)
        self.statement_list.setAccessibleName(self.tr("Verklaringen"))
        self.statement_list.setUniformItemSizes(True)
        caption.setBuddy(self.statement_list)
        layout.addWidget(self.statement_list, 2)
        buttons = QHBoxLayout()
        self.add_question_button = self._button(self.tr("+ Vraag"), self.tr("Vraag toevoegen"))
        self.add_answer_button = self._button(self.tr("+ Antwoord"), self.tr("Antwoord toevoegen"))
        self.add_paragraph_button = self._button(
            self.tr("+ Verklaring"), self.tr("Vrije verklaring toevoegen")
        )
        self.up_button = self._button(self.tr("Omhoog"), self.tr("Verklaring omhoog"))
        self.down_button = self._button(self.tr("Omlaag"), self.tr("Verklaring omlaag"))
        self.remove_button = self._button(self.tr("Verwijderen"), self.tr("Verklaring verwijderen"))
        for button in (self.add_question_button, self.add_answer_button, self.add_paragraph_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button in (self.up_button, self.down_button, self.remove_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        # While the person speaks: Ctrl+1, Ctrl+2, Ctrl+3 add a question, an answer, a
        # paragraph without leaving the keyboard.
        for button, keys in (
            (self.add_question_button, "Ctrl+1"),
            (self.add_answer_button, "Ctrl+2"),
            (self.add_paragraph_button, "Ctrl+3"),
        ):
            button.setShortcut(QKeySequence(keys))
            button.setToolTip(
                fill(
                    self.tr("%1 (%2)"),
                    button.accessibleName(),
                    QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText),
                )
            )
        self.add_question_button.clicked.connect(lambda: self.add(StatementKind.QUESTION))
        self.add_answer_button.clicked.connect(lambda: self.add(StatementKind.ANSWER))
        self.add_paragraph_button.clicked.connect(lambda: self.add(StatementKind.PARAGRAPH))
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.remove_button.clicked.connect(self._remove)
        row = QHBoxLayout()
        kind_caption = QLabel(self.tr("&Soort:"), self)
        row.addWidget(kind_caption)
        self.kind_combo = QComboBox(self)
        for kind in StatementKind:
            self.kind_combo.addItem(statement_label(kind), kind.value)
        self.kind_combo.setAccessibleName(self.tr("Soort van de gekozen verklaring"))
        kind_caption.setBuddy(self.kind_combo)
        row.addWidget(self.kind_combo)
        row.addStretch(1)
        layout.addLayout(row)
        self.text_edit = QPlainTextEdit(self)
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setAccessibleName(self.tr("Tekst van de gekozen verklaring"))
        self.text_edit.setPlaceholderText(
            self.tr("Kies een verklaring in de lijst, of voeg er een toe.")
        )
        layout.addWidget(self.text_edit, 3)
        self.statement_list.currentRowChanged.connect(self._show_current)
        self.kind_combo.currentIndexChanged.connect(self._kind_edited)
        self.text_edit.textChanged.connect(self._text_edited)
        self._update_buttons()

    def _button(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(name)
        button.setAutoDefault(False)
        return button

    # --- the statements -------------------------------------------------------------------

    def set_statements(self, statements: tuple[Statement, ...]) -> None:
        self._entries = [_Entry(s.kind, s.text) for s in statements]
        self.statement_list.clear()
        for _ in self._entries:
            QListWidgetItem(self.statement_list)
        self._relabel(0)
        self.statement_list.setCurrentRow(0 if self._entries else -1)
        self._show_current(self.statement_list.currentRow())

    def statements(self) -> tuple[Statement, ...]:
        """The statements with text (an added one left empty is no statement)."""
        return tuple(Statement(e.kind, e.text) for e in self._entries if e.text.strip())

    def texts(self) -> list[tuple[StatementKind, str]]:
        """Every entry as it stands, empty ones included (to check lengths)."""
        return [(e.kind, e.text) for e in self._entries]

    def add(self, kind: StatementKind, text: str = "") -> None:
        """A new statement after the chosen one (at the end when none is chosen)."""
        if self._read_only or len(self._entries) >= MAX_STATEMENTS:
            return
        row = self.statement_list.currentRow()
        at = len(self._entries) if row < 0 else row + 1
        self._entries.insert(at, _Entry(kind, text))
        self.statement_list.insertItem(at, QListWidgetItem())
        self._relabel(at)
        self.statement_list.setCurrentRow(at)
        self.text_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.changed.emit()

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.text_edit.setReadOnly(read_only)
        self.kind_combo.setEnabled(not read_only)
        self._update_buttons()

    # --- editing --------------------------------------------------------------------------

    def _show_current(self, row: int) -> None:
        self._showing = True
        try:
            if 0 <= row < len(self._entries):
                entry = self._entries[row]
                self.kind_combo.setCurrentIndex(self.kind_combo.findData(entry.kind.value))
                self.text_edit.setPlainText(entry.text)
                self.text_edit.setEnabled(True)
            else:
                self.text_edit.clear()
                self.text_edit.setEnabled(False)
        finally:
            self._showing = False
        self._update_buttons()

    def _text_edited(self) -> None:
        row = self.statement_list.currentRow()
        if self._showing or self._read_only or not 0 <= row < len(self._entries):
            return
        self._entries[row].text = self.text_edit.toPlainText()
        self._label(row)
        self.changed.emit()

    def _kind_edited(self) -> None:
        row = self.statement_list.currentRow()
        if self._showing or self._read_only or not 0 <= row < len(self._entries):
            return
        self._entries[row].kind = StatementKind(self.kind_combo.currentData())
        self._relabel(row)
        self.changed.emit()

    def _move(self, step: int) -> None:
        row = self.statement_list.currentRow()
        to = row + step
        if self._read_only or not (0 <= row < len(self._entries) and 0 <= to < len(self._entries)):
            return
        self._entries[row], self._entries[to] = self._entries[to], self._entries[row]
        self._relabel(min(row, to))
        self.statement_list.setCurrentRow(to)
        self.changed.emit()

    def _remove(self) -> None:
        row = self.statement_list.currentRow()
        if self._read_only or not 0 <= row < len(self._entries):
            return
        del self._entries[row]
        self.statement_list.takeItem(row)
        self._relabel(row)
        self.statement_list.setCurrentRow(min(row, len(self._entries) - 1))
        self._show_current(self.statement_list.currentRow())
        self.changed.emit()

    # --- the list's lines -----------------------------------------------------------------

    def _numbers(self) -> list[int]:
        """The question number each statement goes with (0: before the first question)."""
        numbers, question = [], 0
        for entry in self._entries:
            if entry.kind is StatementKind.QUESTION:
                question += 1
            numbers.append(question)
        return numbers

    def _relabel(self, start: int) -> None:
        """Label the lines from ``start`` on (numbers follow the questions before them)."""
        numbers = self._numbers()
        for row in range(max(0, start), len(self._entries)):
            self._label(row, numbers[row])

    def _label(self, row: int, number: int | None = None) -> None:
        kind, text = self._entries[row].kind, self._entries[row].text
        if number is None:
            number = self._numbers()[row]
        label = statement_label(kind)
        if kind is not StatementKind.PARAGRAPH and number:
            label = f"{label} {number}"
        preview = one_line(text)
        if len(preview) > PREVIEW:
            preview = preview[: PREVIEW - 1] + "…"
        line = f"{label} — {preview}" if preview else f"{label} — " + self.tr("(nog leeg)")
        item = self.statement_list.item(row)
        if item is not None:
            item.setText(line)

    def _update_buttons(self) -> None:
        row = self.statement_list.currentRow()
        count = len(self._entries)
        editable = not self._read_only
        full = count >= MAX_STATEMENTS
        for button in (self.add_question_button, self.add_answer_button, self.add_paragraph_button):
            button.setEnabled(editable and not full)
            button.setVisible(editable)
        self.up_button.setEnabled(editable and row > 0)
        self.down_button.setEnabled(editable and 0 <= row < count - 1)
        self.remove_button.setEnabled(editable and 0 <= row < count)
        for button in (self.up_button, self.down_button, self.remove_button):
            button.setVisible(editable)
