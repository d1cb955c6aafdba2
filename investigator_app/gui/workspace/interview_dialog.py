"""The record of an interview: who is heard and in what capacity, when and where, who was
present and who assisted, the department's notice (shown, ticked as read), the statements
and the remarks of the person heard.

One dialog for a new record, a draft's edit, a correction of a signed record (with its
reason) and reading a record (nothing editable). OK stays disabled, with the reason shown,
until the record is one the rules take (``domain.interviews``; the same bounds as
``operations.InterviewIn``).
"""

from __future__ import annotations

from datetime import date, time
from enum import StrEnum

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from investigator_app.domain.interviews import (
    MAX_INTERVIEW_PERSON_LENGTH,
    MAX_INTERVIEW_PLACE_LENGTH,
    MAX_INTERVIEW_PRESENT,
    MAX_REMARKS_LENGTH,
    MAX_STATEMENT_LENGTH,
    Capacity,
    Interview,
    InterviewFacts,
    Statement,
)
from investigator_app.domain.investigation import MAX_PERSON_LENGTH
from investigator_app.gui.workspace.interview_texts import (
    capacity_label,
    interview_title,
    statement_label,
)
from investigator_app.gui.workspace.investigation_dialogs import (
    MAX_REASON_LENGTH,
    name_buttons,
    number,
    show_hint,
)
from investigator_app.gui.workspace.investigation_texts import fill
from investigator_app.gui.workspace.statement_editor import StatementEditor


class Mode(StrEnum):
    NEW = "new"
    EDIT = "edit"  # a draft (not signed yet)
    CORRECT = "correct"  # a signed record: a new version with a reason
    VIEW = "view"  # read only


def _no_nul(text: str) -> str:
    """The service takes no U+0000 (PostgreSQL cannot store it); it carries no meaning."""
    return text.replace("\x00", "")


def _multi_line(parent: QWidget, name: str, lines: int) -> QPlainTextEdit:
    edit = QPlainTextEdit(parent)
    edit.setTabChangesFocus(True)
    edit.setAccessibleName(name)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 14)
    return edit


class InterviewDialog(QDialog):
    def __init__(
        self,
        mode: Mode,
        interview: Interview | None,
        *,
        notice: str = "",
        me: str = "",
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``interview``: the record to edit, correct or read (None for a new one);
        ``notice``: the department's notice now (a record keeps the one it was read with);
        ``me``: the signed-in user, present at a new interview."""
        super().__init__(parent)
        self.mode = mode
        self.interview = interview
        self.resize(780, 640)
        layout = QVBoxLayout(self)
        self.reason_edit: QPlainTextEdit | None = None
        if mode is Mode.CORRECT and interview is not None:
            explanation = QLabel(
                fill(
                    self.tr(
                        "Een verbetering wordt versie %1 van het verhoor; de ondertekende "
                        "versie %2 blijft bewaard, met het ondertekend exemplaar."
                    ),
                    str(interview.version + 1),
                    str(interview.version),
                ),
                self,
            )
            explanation.setTextFormat(Qt.TextFormat.PlainText)
            explanation.setWordWrap(True)
            layout.addWidget(explanation)
            caption = QLabel(self.tr("&Reden van de verbetering (verplicht)"), self)
            layout.addWidget(caption)
            self.reason_edit = _multi_line(self, self.tr("Reden van de verbetering"), 2)
            caption.setBuddy(self.reason_edit)
            layout.addWidget(self.reason_edit)
        self.tabs = QTabWidget(self)
        layout.addWidget(self.tabs, 1)
        self.tabs.addTab(self._facts_page(), self.tr("Verhoor"))
        self.statement_editor = StatementEditor(self.tabs)
        self.tabs.addTab(self.statement_editor, self.tr("Verklaringen"))
        self.tabs.addTab(self._remarks_page(), self.tr("Opmerkingen"))
        self.hint_label = QLabel(self)
        self.hint_label.setTextFormat(Qt.TextFormat.PlainText)
        self.hint_label.setWordWrap(True)
        layout.addWidget(self.hint_label)
        self._set_title_and_buttons(layout)
        self._fill(interview, notice, me, today or date.today())
        if mode is Mode.VIEW:
            self._read_only()
        self._connect_changes()
        self._initial = (self.facts(), self.reason())
        self._update()

    # --- building ---------------------------------------------------------------------------

    def _facts_page(self) -> QWidget:
        page = QWidget(self)
        outer = QVBoxLayout(page)
        form = QFormLayout()
        outer.addLayout(form)
        outer.addStretch(1)  # the rows keep their height; the room left stays below
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.person_edit = QLineEdit(page)
        self.person_edit.setMaxLength(MAX_INTERVIEW_PERSON_LENGTH)
        self.person_edit.setAccessibleName(self.tr("Gehoorde persoon"))
        form.addRow(self.tr("&Gehoorde persoon:"), self.person_edit)
        self.capacity_combo = QComboBox(page)
        for capacity in Capacity:
            self.capacity_combo.addItem(capacity_label(capacity), capacity.value)
        self.capacity_combo.setAccessibleName(self.tr("Hoedanigheid"))
        form.addRow(self.tr("&Hoedanigheid:"), self.capacity_combo)
        self.date_edit = QDateEdit(page)
        self.date_edit.setDisplayFormat("dd/MM/yyyy")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setAccessibleName(self.tr("Datum van het verhoor"))
        self.date_edit.setMaximumWidth(160)
        form.addRow(self.tr("&Datum:"), self.date_edit)
        self.place_edit = QLineEdit(page)
        self.place_edit.setMaxLength(MAX_INTERVIEW_PLACE_LENGTH)
        self.place_edit.setAccessibleName(self.tr("Plaats"))
        form.addRow(self.tr("&Plaats:"), self.place_edit)
        self.start_edit = QTimeEdit(page)
        self.start_edit.setDisplayFormat("HH:mm")
        self.start_edit.setAccessibleName(self.tr("Aanvang"))
        self.start_edit.setMaximumWidth(100)
        form.addRow(self.tr("&Aanvang:"), self.start_edit)
        self.end_check = QCheckBox(self.tr("&Einde:"), page)
        self.end_check.setAccessibleName(self.tr("Einde ingevuld"))
        self.end_edit = QTimeEdit(page)
        self.end_edit.setDisplayFormat("HH:mm")
        self.end_edit.setAccessibleName(self.tr("Einde"))
        self.end_edit.setMaximumWidth(100)
        form.addRow(self.end_check, self.end_edit)
        self.present_edit = _multi_line(page, self.tr("Aanwezigen, één per regel"), 3)
        self.present_edit.setPlaceholderText(
            self.tr("Eén naam per regel, met de hoedanigheid: verhoorder, tolk, …")
        )
        form.addRow(self.tr("Aan&wezigen:"), self.present_edit)
        self.assistance_edit = QLineEdit(page)
        self.assistance_edit.setMaxLength(MAX_INTERVIEW_PERSON_LENGTH)
        self.assistance_edit.setAccessibleName(
            self.tr("Bijstand door advocaat of vertrouwenspersoon")
        )
        self.assistance_edit.setPlaceholderText(
            self.tr("Naam en hoedanigheid; leeg als niemand bijstand verleende")
        )
        form.addRow(
            self.tr("&Bijstand door advocaat\nof vertrouwenspersoon:"), self.assistance_edit
        )
        # The notice, or that there is none, and whether it was read: one row.
        notice_box = QWidget(page)
        notice_layout = QVBoxLayout(notice_box)
        notice_layout.setContentsMargins(0, 0, 0, 0)
        self.notice_view = _multi_line(notice_box, self.tr("Voorafgaande mededeling"), 4)
        self.notice_view.setReadOnly(True)
        notice_layout.addWidget(self.notice_view)
        self.notice_missing = QLabel(
            self.tr("De dienst stelde geen voorafgaande mededeling in."), notice_box
        )
        self.notice_missing.setWordWrap(True)
        notice_layout.addWidget(self.notice_missing)
        self.notice_check = QCheckBox(
            self.tr("Voorge&lezen aan de gehoorde persoon bij het begin van het verhoor"),
            notice_box,
        )
        notice_layout.addWidget(self.notice_check)
        form.addRow(self.tr("Voorafgaande\nmededeling:"), notice_box)
        return page

    def _remarks_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        caption = QLabel(self.tr("&Opmerkingen van de gehoorde persoon"), page)
        layout.addWidget(caption)
        self.remarks_edit = QPlainTextEdit(page)
        self.remarks_edit.setTabChangesFocus(True)
        self.remarks_edit.setAccessibleName(self.tr("Opmerkingen van de gehoorde persoon"))
        caption.setBuddy(self.remarks_edit)
        layout.addWidget(self.remarks_edit, 1)
        return page

    def _set_title_and_buttons(self, layout: QVBoxLayout) -> None:
        title = interview_title(self.interview) if self.interview else ""
        if self.mode is Mode.VIEW:
            self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
            close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
            close.setText(self.tr("Sluiten"))
            close.setAccessibleName(self.tr("Sluiten"))
            self.buttons.rejected.connect(self.reject)
            self.setWindowTitle(fill(self.tr("%1 (alleen lezen)"), title))
            layout.addWidget(self.buttons)
            return
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        if self.mode is Mode.NEW:
            self.setWindowTitle(self.tr("Nieuw verhoor"))
            name_buttons(self.buttons, self.tr("Verhoor bewaren"))
        elif self.mode is Mode.EDIT:
            self.setWindowTitle(fill(self.tr("%1 bewerken"), title))
            name_buttons(self.buttons, self.tr("Wijzigingen bewaren"))
        else:
            self.setWindowTitle(fill(self.tr("Verbetering van %1"), title))
            name_buttons(self.buttons, self.tr("Verbetering bewaren"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def _fill(self, interview: Interview | None, notice: str, me: str, today: date) -> None:
        if interview is None:
            self.date_edit.setDate(QDate(today.year, today.month, today.day))
            self.start_edit.setTime(QTime(9, 0))
            self.end_edit.setTime(QTime(10, 0))
            self.present_edit.setPlainText(me)
            self._notice = _no_nul(notice)
            self.statement_editor.set_statements(())
            self._show_notice(self._notice, read=False)
            self.end_edit.setEnabled(False)
            return
        f = interview.facts
        self.person_edit.setText(f.person_heard)
        self.capacity_combo.setCurrentIndex(self.capacity_combo.findData(f.capacity.value))
        self.date_edit.setDate(QDate(f.held_on.year, f.held_on.month, f.held_on.day))
        self.place_edit.setText(f.place)
        self.start_edit.setTime(QTime(f.start.hour, f.start.minute))
        self.end_check.setChecked(f.end is not None)
        end = f.end or f.start
        self.end_edit.setTime(QTime(end.hour, end.minute))
        self.end_edit.setEnabled(f.end is not None)
        self.present_edit.setPlainText("\n".join(f.present))
        self.assistance_edit.setText(f.assistance)
        self._notice = f.notice  # the notice this record was read with stays its own
        self._show_notice(f.notice, read=f.notice_read)
        self.statement_editor.set_statements(f.statements)
        self.remarks_edit.setPlainText(f.remarks)

    def _show_notice(self, notice: str, *, read: bool) -> None:
        has = bool(notice.strip())
        self.notice_view.setPlainText(notice)
        self.notice_view.setVisible(has)
        self.notice_missing.setVisible(not has)
        self.notice_check.setVisible(has)
        self.notice_check.setChecked(has and read)

    def _read_only(self) -> None:
        for edit in (self.person_edit, self.place_edit, self.assistance_edit):
            edit.setReadOnly(True)
        for plain in (self.present_edit, self.remarks_edit):
            plain.setReadOnly(True)
        for widget in (
            self.capacity_combo,
            self.date_edit,
            self.start_edit,
            self.end_edit,
            self.end_check,
            self.notice_check,
        ):
            widget.setEnabled(False)
        self.statement_editor.set_read_only(True)

    def _connect_changes(self) -> None:
        for line in (self.person_edit, self.place_edit, self.assistance_edit):
            line.textChanged.connect(self._update)
        for plain in (self.present_edit, self.remarks_edit):
            plain.textChanged.connect(self._update)
        if self.reason_edit is not None:
            self.reason_edit.textChanged.connect(self._update)
        self.capacity_combo.currentIndexChanged.connect(self._update)
        self.date_edit.dateChanged.connect(self._update)
        self.start_edit.timeChanged.connect(self._update)
        self.end_edit.timeChanged.connect(self._update)
        self.end_check.toggled.connect(self.end_edit.setEnabled)
        self.end_check.toggled.connect(self._update)
        self.notice_check.toggled.connect(self._update)
        self.statement_editor.changed.connect(self._update)

    # --- what the user typed ----------------------------------------------------------------

    @property
    def ok_button(self) -> QPushButton | None:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def present(self) -> tuple[str, ...]:
        lines = (_no_nul(line).strip() for line in self.present_edit.toPlainText().splitlines())
        return tuple(line for line in lines if line)

    def facts(self) -> InterviewFacts:
        day = self.date_edit.date()
        start = self.start_edit.time()
        end = self.end_edit.time()
        statements = tuple(
            Statement(s.kind, _no_nul(s.text)) for s in self.statement_editor.statements()
        )
        return InterviewFacts(
            person_heard=_no_nul(self.person_edit.text()).strip(),
            capacity=Capacity(self.capacity_combo.currentData()),
            held_on=date(day.year(), day.month(), day.day()),
            place=_no_nul(self.place_edit.text()).strip(),
            start=time(start.hour(), start.minute()),
            end=time(end.hour(), end.minute()) if self.end_check.isChecked() else None,
            present=self.present(),
            assistance=_no_nul(self.assistance_edit.text()).strip(),
            notice=self._notice,
            notice_read=bool(self._notice.strip()) and self.notice_check.isChecked(),
            statements=tuple(s for s in statements if s.text.strip()),
            remarks=_no_nul(self.remarks_edit.toPlainText()).strip(),
        )

    def reason(self) -> str:
        return _no_nul(self.reason_edit.toPlainText()).strip() if self.reason_edit else ""

    def problem(self) -> tuple[str | None, bool]:
        """What keeps OK disabled, and whether the user went too far (a text too long)."""
        facts = self.facts()
        too_long = self._too_long(facts)
        if too_long is not None:
            return too_long, True
        if self.reason_edit is not None and not self.reason():
            return self.tr("Geef de reden van de verbetering."), False
        if not facts.person_heard:
            return self.tr("Vul de gehoorde persoon in."), False
        if facts.end is not None and facts.end < facts.start:
            return self.tr("Het einde ligt voor de aanvang."), False
        if self.interview is not None and facts == self.interview.facts:
            return self.tr("Er is nog niets gewijzigd."), False
        return None, False

    def _too_long(self, facts: InterviewFacts) -> str | None:
        if len(facts.present) > MAX_INTERVIEW_PRESENT:
            return fill(self.tr("Hoogstens %1 aanwezigen."), str(MAX_INTERVIEW_PRESENT))
        if any(len(p) > MAX_PERSON_LENGTH for p in facts.present):
            return fill(
                self.tr("Een naam bij de aanwezigen is te lang: hoogstens %1 tekens."),
                str(MAX_PERSON_LENGTH),
            )
        for index, (kind, text) in enumerate(self.statement_editor.texts(), start=1):
            if len(text) > MAX_STATEMENT_LENGTH:
                return fill(
                    self.tr("%1 (nummer %2 in de lijst) is te lang: hoogstens %3 tekens."),
                    statement_label(kind),
                    str(index),
                    number(MAX_STATEMENT_LENGTH),
                )
        if len(facts.remarks) > MAX_REMARKS_LENGTH:
            return fill(
                self.tr("De opmerkingen zijn te lang: hoogstens %1 tekens."),
                number(MAX_REMARKS_LENGTH),
            )
        if len(self.reason()) > MAX_REASON_LENGTH:
            return fill(
                self.tr("De reden is te lang: hoogstens %1 tekens."), number(MAX_REASON_LENGTH)
            )
        return None

    def changed(self) -> bool:
        """Whether the user typed or chose anything since the dialog opened."""
        return self.mode is not Mode.VIEW and (self.facts(), self.reason()) != self._initial

    def reject(self) -> None:
        """Cancel, Esc or the close button: a record typed during an interview is not lost
        by a slip of the hand; the user confirms."""
        if self.changed() and not self._confirm_discard():
            return
        super().reject()

    def _confirm_discard(self) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Verhoor niet bewaren?"),
            self.tr("Wat u in dit verhoor typte of wijzigde, gaat verloren."),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.addButton(self.tr("Niet bewaren"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Verder bewerken"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.exec()
        return box.clickedButton() is not keep

    def _update(self) -> None:
        ok = self.ok_button
        if ok is None:  # reading only
            self.hint_label.setVisible(False)
            return
        problem, urgent = self.problem()
        show_hint(self.hint_label, problem, urgent=urgent)
        ok.setEnabled(problem is None)
