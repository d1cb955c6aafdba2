"""The "Verhoren" tab of the case pane: the case's interview records, oldest first, each on
a card with what the user may do with it.

A draft can be edited, read back and signed: "Nalezen en ondertekenen…" makes its PDF to
print or save, "Ondertekend exemplaar toevoegen…" adds the scan of the signed paper as a
piece and links it. A signed record is read-only (its "Bewerken…" stays, disabled, with the
reason); "Verbetering…" makes a new version with a reason and keeps the signed one.

The panel only asks: each change goes out as a signal (the case controller queues it, so it
works offline and shows at once, marked "nog niet verzonden"); the PDF and the scan are the
window's ``InterviewActions``. Buttons the user may not use stay visible but disabled, with
a tooltip that says why.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, QSize, Signal, SignalInstance
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from investigator_app.domain.evidence import find
from investigator_app.domain.interviews import Interview
from investigator_app.domain.lifecycle import Action, action_allowed
from investigator_app.gui.common.labels import status_label
from investigator_app.gui.workspace.interview_dialog import InterviewDialog, Mode
from investigator_app.gui.workspace.interview_dialogs import SignDialog, VersionsDialog
from investigator_app.gui.workspace.interview_texts import (
    capacity_label,
    interview_title,
    piece_label,
    statements_summary,
    when_text,
)
from investigator_app.gui.workspace.investigation_texts import (
    escaped,
    fill,
    shown,
    who_when,
)
from investigator_app.gui.workspace.panel_parts import (
    allow,
    count_text,
    named_button,
    note_label,
    title_label,
)
from investigator_app.gui.workspace.text_block import Column, TextBlock, paragraph
from investigator_app.store.views import CaseDetail


@dataclass(frozen=True)
class Permissions:
    """Why the user may not do each thing now (None: they may)."""

    add: str | None
    edit: str | None
    sign: str | None
    correct: str | None


def permissions(case: CaseDetail | None) -> Permissions:
    if case is None:
        nothing = QCoreApplication.translate("Interviews", "Er is geen melding gekozen.")
        return Permissions(nothing, nothing, nothing, nothing)
    if not case.is_case_team:
        team = QCoreApplication.translate(
            "Interviews",
            "Alleen het dossierteam (de onderzoeker aan wie de melding is toegewezen en de "
            "leidinggevenden van de dienst) kan verhoren opstellen en wijzigen.",
        )
        return Permissions(team, team, team, team)
    not_now = QCoreApplication.translate(
        "Interviews", "Dat kan niet in de status ‘%1’ van de melding."
    )

    def why(action: Action) -> str | None:
        return (
            None
            if action_allowed(case.status, action)
            else fill(not_now, status_label(case.status))
        )

    return Permissions(
        why(Action.ADD_INTERVIEW),
        why(Action.EDIT_INTERVIEW),
        why(Action.SIGN_INTERVIEW),
        why(Action.CORRECT_INTERVIEW),
    )


def signed_reason() -> str:
    return QCoreApplication.translate(
        "Interviews",
        "Dit verhoor is ondertekend en kan niet meer bewerkt worden. Leg een verbetering "
        "vast: de ondertekende versie blijft bewaard.",
    )


def interview_html(interview: Interview, case: CaseDetail) -> tuple[str, str]:
    """The card's text as (HTML of escaped text, the same as plain text)."""
    f = interview.facts
    head = [
        interview_title(interview),
        fill(
            QCoreApplication.translate("Interviews", "%1 (%2)"),
            shown(f.person_heard),
            capacity_label(f.capacity),
        ),
        QCoreApplication.translate("Interviews", "versie %1").replace("%1", str(interview.version)),
    ]
    if interview.pending:
        head.append(QCoreApplication.translate("Interviews", "nog niet verzonden"))
    title = " · ".join(head)
    lines = [when_text(f) + (f" · {shown(f.place)}" if f.place.strip() else "")]
    none = QCoreApplication.translate("Interviews", "geen")
    lines.append(
        QCoreApplication.translate("Interviews", "Aanwezigen: %1").replace(
            "%1", "; ".join(shown(p) for p in f.present) or none
        )
    )
    lines.append(
        QCoreApplication.translate(
            "Interviews", "Bijstand door advocaat of vertrouwenspersoon: %1"
        ).replace("%1", shown(f.assistance) or none)
    )
    lines.append(statements_summary(f))
    state = _state_line(interview, case)
    made = who_when(
        QCoreApplication.translate("Interviews", "Opgesteld door %1 op %2"),
        interview.created_by,
        interview.created_at,
    )
    if interview.edited_at != interview.created_at:
        made += " · " + who_when(
            QCoreApplication.translate("Interviews", "gewijzigd door %1 op %2"),
            interview.edited_by,
            interview.edited_at,
        )
    parts = [paragraph(escaped(title), bold=True), paragraph(escaped(state), space=6)]
    parts += [paragraph(escaped(line), space=0) for line in lines]
    parts.append(paragraph(escaped(made), space=4))
    plain = [title, state, *lines, made]
    if interview.correction_reason:
        correction = fill(
            QCoreApplication.translate(
                "Interviews", "Verbetering van een ondertekende versie. Reden: %1"
            ),
            shown(interview.correction_reason),
        )
        parts.append(paragraph(escaped(correction), space=4))
        plain.append(correction)
    return "".join(parts), "\n".join(plain)


def _state_line(interview: Interview, case: CaseDetail) -> str:
    signature = interview.signature
    if signature is None:
        return QCoreApplication.translate(
            "Interviews", "Nog niet ondertekend: kan nog bewerkt worden."
        )
    piece = find(case.investigation.pieces, signature.piece_id)
    scan = (
        piece_label(piece)
        if piece is not None
        else QCoreApplication.translate("Interviews", "een stuk")
    )
    return who_when(
        QCoreApplication.translate(
            "Interviews",
            "Ondertekend: versie %3 is alleen-lezen. Ondertekend exemplaar: %4 (gekoppeld "
            "door %1 op %2).",
        ),
        signature.by,
        signature.at,
        str(signature.version),
        scan,
    )


class InterviewCard(QFrame):
    """One record: what it is, its state, and its buttons."""

    view_clicked = Signal(str)  # interview id
    edit_clicked = Signal(str)
    read_back_clicked = Signal(str)
    sign_clicked = Signal(str)
    correct_clicked = Signal(str)
    versions_clicked = Signal(str)

    def __init__(
        self,
        interview: Interview,
        case: CaseDetail,
        allowed: Permissions,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.interview = interview
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        title = interview_title(interview)
        html_text, plain = interview_html(interview, case)
        self.text_block = TextBlock(self, html_text, plain, name=title)
        layout.addWidget(self.text_block)
        ident = interview.id

        def button(
            text: str, name: str, signal: SignalInstance, why_not: str | None
        ) -> QPushButton:
            made = named_button(self, text, fill(name, title))
            allow(made, why_not)
            made.clicked.connect(lambda: signal.emit(ident))
            return made

        signed = interview.signed
        self.view_button = button(
            QCoreApplication.translate("Interviews", "Bekijken…"),
            QCoreApplication.translate("Interviews", "%1 bekijken"),
            self.view_clicked,
            None,
        )
        self.edit_button = button(
            QCoreApplication.translate("Interviews", "Bewerken…"),
            QCoreApplication.translate("Interviews", "%1 bewerken"),
            self.edit_clicked,
            signed_reason() if signed else allowed.edit,
        )
        first = QHBoxLayout()
        first.addWidget(self.view_button)
        first.addWidget(self.edit_button)
        self.correct_button: QPushButton | None = None
        self.read_back_button: QPushButton | None = None
        self.sign_button: QPushButton | None = None
        second = QHBoxLayout()
        if signed:
            self.correct_button = button(
                QCoreApplication.translate("Interviews", "Verbetering…"),
                QCoreApplication.translate("Interviews", "Verbetering van %1"),
                self.correct_clicked,
                allowed.correct,
            )
            first.addWidget(self.correct_button)
        else:
            self.read_back_button = button(
                QCoreApplication.translate("Interviews", "Nalezen en ondertekenen…"),
                QCoreApplication.translate("Interviews", "%1 nalezen en ondertekenen"),
                self.read_back_clicked,
                None,
            )
            self.sign_button = button(
                QCoreApplication.translate("Interviews", "Ondertekend exemplaar toevoegen…"),
                QCoreApplication.translate("Interviews", "Ondertekend exemplaar van %1 toevoegen"),
                self.sign_clicked,
                allowed.sign,
            )
            second.addWidget(self.read_back_button)
            second.addWidget(self.sign_button)
        self.versions_button: QPushButton | None = None
        if interview.earlier:
            self.versions_button = button(
                QCoreApplication.translate("Interviews", "Eerdere versies…"),
                QCoreApplication.translate("Interviews", "Eerdere versies van %1"),
                self.versions_clicked,
                None,
            )
            first.addWidget(self.versions_button)
        first.addStretch(1)
        second.addStretch(1)
        layout.addLayout(first)
        if second.count() > 1:
            layout.addLayout(second)

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        return QSize(metrics.averageCharWidth() * 60, metrics.lineSpacing() * 10)


class InterviewsPanel(QWidget):
    """The interview records of the case shown."""

    add_interview_requested = Signal(str, object)  # case id, InterviewFacts
    edit_interview_requested = Signal(str, str, object)  # case id, interview id, facts
    correct_interview_requested = Signal(str, str, object, str)  # case, interview, facts, reason
    read_back_requested = Signal(str, str)  # case id, interview id
    sign_requested = Signal(str, str, object)  # case id, interview id, Path or piece id (str)
    count_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._case: CaseDetail | None = None
        self._in_dialog = False
        self._stale = False
        self._today = date.today()
        self._defaults: Callable[[], tuple[str, str]] = lambda: ("", "")
        self._allowed = permissions(None)
        self._shown: tuple[object, ...] | None = None
        self.cards: list[InterviewCard] = []
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setAccessibleName(self.tr("Verhoren"))
        outer.addWidget(self.scroll_area)
        content = Column(self.scroll_area)
        layout = self._layout = QVBoxLayout(content)
        layout.setContentsMargins(12, 10, 12, 12)
        layout.setSpacing(8)
        head = QHBoxLayout()
        head.addWidget(title_label(content, self.tr("Verhoren")))
        head.addStretch(1)
        self.add_button = named_button(content, self.tr("Nieuw verhoor…"), self.tr("Nieuw verhoor"))
        self.add_button.clicked.connect(self.on_add)
        head.addWidget(self.add_button)
        layout.addLayout(head)
        self.notice_label = note_label(content)
        self.notice_label.setAccessibleName(self.tr("Wat u hier kunt doen"))
        layout.addWidget(self.notice_label)
        self.summary_label = note_label(content)
        layout.addWidget(self.summary_label)
        self._cards_box = Column(content)
        self._cards_layout = QVBoxLayout(self._cards_box)
        self._cards_layout.setContentsMargins(0, 0, 0, 0)
        self._cards_layout.setSpacing(8)
        layout.addWidget(self._cards_box)
        layout.addStretch(1)
        self.scroll_area.setWidget(content)
        self.clear()

    # --- what the window sets ---------------------------------------------------------------

    def set_defaults_source(self, source: Callable[[], tuple[str, str]]) -> None:
        """Where a new record takes the department's notice and the signed-in user's name
        from (asked when the user starts one: the notice may change with a sync)."""
        self._defaults = source

    def show_case(self, case: CaseDetail, today: date) -> None:
        self._case = case
        self._today = today
        if self._in_dialog:
            self._stale = True  # the card whose button opened the dialog must live on
            return
        if self._shown == self._what_shows():
            return  # a sync that changed nothing here: the keyboard focus stays put
        self._render()

    def _what_shows(self) -> tuple[object, ...]:
        """Everything the cards depend on, to skip a refresh that changes none."""
        case = self._case
        if case is None:
            return ()
        inv = case.investigation
        return (case.id, inv.interviews, inv.pieces, case.is_case_team, case.status)

    def clear(self) -> None:
        self._case = None
        if self._in_dialog:
            self._stale = True
            return
        self._render()

    @staticmethod
    def count(case: CaseDetail) -> int:
        return len(case.investigation.interviews)

    # --- showing ----------------------------------------------------------------------------

    def _render(self) -> None:
        case = self._case
        self._shown = self._what_shows()
        self._allowed = permissions(case)
        for card in self.cards:
            self._cards_layout.removeWidget(card)
            card.deleteLater()
        self.cards = []
        interviews = case.investigation.interviews if case is not None else ()
        for interview in interviews:
            card = InterviewCard(interview, case, self._allowed, self._cards_box)  # type: ignore[arg-type]
            card.view_clicked.connect(self.on_view)
            card.edit_clicked.connect(self.on_edit)
            card.read_back_clicked.connect(self.on_read_back)
            card.sign_clicked.connect(self.on_sign)
            card.correct_clicked.connect(self.on_correct)
            card.versions_clicked.connect(self.on_versions)
            self._cards_layout.addWidget(card)
            self.cards.append(card)
        allow(self.add_button, self._allowed.add)
        self._show_notice(case)
        if case is None:
            self.summary_label.setText("")
        elif not interviews:
            self.summary_label.setText(
                self.tr(
                    "Nog geen verhoren. Een verhoor legt vast wie gehoord werd, in welke "
                    "hoedanigheid, en wat er gevraagd en verklaard werd; de gehoorde persoon "
                    "leest het na en ondertekent het."
                )
            )
        else:
            signed = sum(1 for i in interviews if i.signed)
            self.summary_label.setText(
                count_text(len(interviews), self.tr("1 verhoor"), self.tr("%1 verhoren"))
                + " · "
                + fill(self.tr("%1 ondertekend"), str(signed))
            )
        self.summary_label.setVisible(case is not None)
        self.count_changed.emit(len(interviews))

    def _show_notice(self, case: CaseDetail | None) -> None:
        text = ""
        if case is not None and self._allowed.add is not None:
            text = self._allowed.add
        self.notice_label.setText(text)
        self.notice_label.setVisible(bool(text))

    # --- dialogs ----------------------------------------------------------------------------

    def _run(self, dialog: QDialog) -> bool:
        """Run a dialog; a refresh that comes meanwhile waits until it closed."""
        self._in_dialog = True
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            self._in_dialog = False
            dialog.deleteLater()
        if self._stale:
            self._stale = False
            self._render()
        return accepted

    def _interview(self, interview_id: str) -> Interview | None:
        case = self._case
        if case is None:
            return None
        return next((i for i in case.investigation.interviews if i.id == interview_id), None)

    def on_add(self) -> None:
        case = self._case
        if case is None or self._allowed.add is not None:
            return
        notice, me = self._defaults()
        dialog = InterviewDialog(
            Mode.NEW, None, notice=notice, me=me, today=self._today, parent=self
        )
        if self._run(dialog):
            self.add_interview_requested.emit(case.id, dialog.facts())

    def on_view(self, interview_id: str) -> None:
        interview = self._interview(interview_id)
        if interview is not None:
            self._run(InterviewDialog(Mode.VIEW, interview, parent=self))

    def on_edit(self, interview_id: str) -> None:
        case, interview = self._case, self._interview(interview_id)
        if case is None or interview is None or interview.signed or self._allowed.edit:
            return
        dialog = InterviewDialog(Mode.EDIT, interview, today=self._today, parent=self)
        if self._run(dialog):
            self.edit_interview_requested.emit(case.id, interview_id, dialog.facts())

    def on_correct(self, interview_id: str) -> None:
        case, interview = self._case, self._interview(interview_id)
        if case is None or interview is None or not interview.signed or self._allowed.correct:
            return
        dialog = InterviewDialog(Mode.CORRECT, interview, today=self._today, parent=self)
        if self._run(dialog):
            self.correct_interview_requested.emit(
                case.id, interview_id, dialog.facts(), dialog.reason()
            )

    def on_read_back(self, interview_id: str) -> None:
        if self._case is not None and self._interview(interview_id) is not None:
            self.read_back_requested.emit(self._case.id, interview_id)

    def on_sign(self, interview_id: str) -> None:
        case, interview = self._case, self._interview(interview_id)
        if case is None or interview is None or interview.signed or self._allowed.sign:
            return
        dialog = SignDialog(case, interview, self)
        if self._run(dialog):
            self.sign_requested.emit(case.id, interview_id, dialog.choice())

    def on_versions(self, interview_id: str) -> None:
        case, interview = self._case, self._interview(interview_id)
        if case is not None and interview is not None:
            self._run(VersionsDialog(interview, case, self))
