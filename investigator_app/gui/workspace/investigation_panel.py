"""The content of the case workspace's "Onderzoek" tab: the allegations, each with its
finding, and the investigation plan (tasks).

The panel is the tab's one scroll area (embed it as it is, not in another scroll area).
It only asks: each change goes out as a signal that the case controller turns into an
operation in the outbox, so it works offline and shows at once (marked "nog niet
verzonden"). Buttons the user may not use now stay visible but disabled, with a tooltip
that says why (not in the case team, or the case's status does not allow it).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFrame,
    QHBoxLayout,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from investigator_app.domain.investigation import (
    Allegation,
    Investigation,
    Task,
    TaskState,
    missing_findings,
)
from investigator_app.domain.lifecycle import Action, action_allowed
from investigator_app.gui.common.labels import status_label
from investigator_app.gui.workspace.allegation_card import AllegationCard, Permissions
from investigator_app.gui.workspace.allegation_dialog import AllegationDialog
from investigator_app.gui.workspace.finding_dialog import FindingDialog
from investigator_app.gui.workspace.investigation_dialogs import VersionsDialog, WithdrawDialog
from investigator_app.gui.workspace.investigation_plan import PlanSection
from investigator_app.gui.workspace.investigation_texts import (
    Piece,
    case_pieces,
    fill,
)
from investigator_app.gui.workspace.panel_parts import (
    allow,
    count_text,
    named_button,
    note_label,
    title_label,
)
from investigator_app.gui.workspace.task_dialog import TaskDialog
from investigator_app.gui.workspace.text_block import Column
from investigator_app.protocol import PersonOut
from investigator_app.store.views import CaseDetail

FIRST_CARDS = 8
"""Cards built at once when another case is chosen: more than a full-HD screen shows."""
CARDS_PER_CHUNK = 10
"""Cards built per turn of the event loop after those (about 5 ms each turn)."""


class InvestigationPanel(QWidget):
    """Allegations with their findings, and the plan, of the case shown."""

    add_allegation_requested = Signal(str, object)  # case id, AllegationFacts
    edit_allegation_requested = Signal(str, str, object)  # case id, allegation id, facts
    withdraw_allegation_requested = Signal(str, str, str)  # case id, allegation id, reason
    record_finding_requested = Signal(str, str, object)  # case id, allegation id, FindingFacts
    add_task_requested = Signal(str, str, object, object)  # case id, text, owner id, due
    edit_task_requested = Signal(str, str, str, object, object)  # case, task, text, owner, due
    task_state_requested = Signal(str, str, object)  # case id, task id, TaskState

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._case: CaseDetail | None = None
        self._colleagues: list[PersonOut] = []
        self._today = date.today()
        self._allowed = Permissions(None, None, None, None)
        self._in_dialog = False
        self._stale = False
        self._rendering = False
        self._shown: tuple[object, ...] = ()
        self._generation = 0  # of the cards box: chunks of an older one are dropped
        self._still_to_build: list[Allegation] = []
        self._pieces: list[Piece] = []
        self._card_width = -1
        self._tail: QWidget | None = None  # see _show_allegations
        self.cards: list[AllegationCard] = []

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setAccessibleName(self.tr("Onderzoek"))
        outer.addWidget(self.scroll_area)
        content = Column(self.scroll_area)
        self._content = content
        layout = self._layout = QVBoxLayout(content)
        layout.setContentsMargins(12, 10, 12, 12)
        layout.setSpacing(8)

        self.notice_label = note_label(content)
        self.notice_label.setAccessibleName(self.tr("Wat u hier kunt doen"))
        layout.addWidget(self.notice_label)

        # --- allegations and findings
        head = QHBoxLayout()
        head.addWidget(title_label(content, self.tr("Tenlasteleggingen en bevindingen")))
        head.addStretch(1)
        self.add_allegation_button = named_button(
            content, self.tr("Tenlastelegging toevoegen…"), self.tr("Tenlastelegging toevoegen")
        )
        self.add_allegation_button.clicked.connect(self.on_add_allegation)
        head.addWidget(self.add_allegation_button)
        layout.addLayout(head)
        self.allegation_summary = note_label(content)
        self.allegation_summary.setAccessibleName(self.tr("Stand van de tenlasteleggingen"))
        layout.addWidget(self.allegation_summary)
        self._cards_box = self._new_cards_box()
        layout.addWidget(self._cards_box)

        # --- the plan
        layout.addSpacing(12)
        self.plan = PlanSection(content)
        self.plan.add_clicked.connect(self.on_add_task)
        self.plan.edit_clicked.connect(self.on_edit_task)
        self.plan.state_clicked.connect(self._on_task_state)
        self.plan.table.selectionModel().currentRowChanged.connect(self._show_into_view)
        layout.addWidget(self.plan)
        layout.addStretch(1)
        self.scroll_area.setWidget(content)
        self.clear()

    # --- showing ----------------------------------------------------------------------

    def show_case(self, detail: CaseDetail, colleagues: list[PersonOut], today: date) -> None:
        """Show the investigation of ``detail``; ``colleagues`` may own a task; ``today``
        (Brussels) decides which open tasks are late."""
        same_case = self._case is not None and self._case.id == detail.id
        self._case = detail
        self._colleagues = list(colleagues)
        self._today = today
        if self._in_dialog:
            self._stale = True  # the card whose button opened the dialog must live on
            return
        if same_case and self._shown == self._what_shows():
            return  # a sync that changed nothing here: the keyboard focus stays put
        self._render(keep_place=same_case)

    def _what_shows(self) -> tuple[object, ...]:
        """Everything the panel's content depends on, to skip a refresh that changes none."""
        case = self._case
        if case is None:
            return ()
        pieces = tuple(case_pieces(case))
        return (case.id, case.investigation, case.is_case_team, case.status, pieces, self._today)

    def clear(self) -> None:
        """Show nothing (no case, or one the user may not open yet)."""
        self._case = None
        if self._in_dialog:
            self._stale = True
            return
        self._render(keep_place=False)

    def _render(self, *, keep_place: bool) -> None:
        case = self._case
        self._shown = self._what_shows()
        scroll_value = self.scroll_area.verticalScrollBar().value()
        focus = self._focused_card_button() if keep_place else None
        self._content.setUpdatesEnabled(False)
        self._rendering = True
        try:
            self._allowed = self._permissions(case)
            inv = case.investigation if case is not None else Investigation()
            self._show_notice(case)
            self._show_allegations(case, inv, progressive=not keep_place)
            if not keep_place:
                self.plan.table.clearSelection()
                self.plan.table.setCurrentIndex(QModelIndex())
            self.plan.show_tasks(inv if case is not None else None, self._today, self._allowed)
        finally:
            self._rendering = False
            self._content.setUpdatesEnabled(True)
        if keep_place:
            # After the layout pass that gives the new content its height.
            bar = self.scroll_area.verticalScrollBar()
            QTimer.singleShot(0, bar, lambda: bar.setValue(scroll_value))
        else:
            self.scroll_area.verticalScrollBar().setValue(0)
        if focus is not None:
            self._refocus(*focus)

    def _focused_card_button(self) -> tuple[str, str] | None:
        """(allegation id, button) of a card's button that has the keyboard focus: the
        rebuilt card's same button gets it back (a sync must not throw a keyboard user out)."""
        focused = QApplication.focusWidget()
        for card in self.cards:
            for name, button in card.buttons().items():
                if button is focused:
                    return card.allegation.id, name
        return None

    def _refocus(self, allegation_id: str, name: str) -> None:
        for card in self.cards:
            if card.allegation.id == allegation_id:
                button = card.buttons().get(name)
                if button is not None and button.isEnabled():
                    button.setFocus(Qt.FocusReason.OtherFocusReason)
                return

    def _permissions(self, case: CaseDetail | None) -> Permissions:
        if case is None:
            nothing = self.tr("Er is geen melding gekozen.")
            return Permissions(nothing, nothing, nothing, nothing)
        if not case.is_case_team:
            team = self.tr(
                "Alleen het dossierteam (de onderzoeker aan wie de melding is toegewezen en "
                "de leidinggevenden van de dienst) kan het onderzoek wijzigen."
            )
            return Permissions(team, team, team, team)
        status = status_label(case.status)

        def why(action: Action, text: str) -> str | None:
            return None if action_allowed(case.status, action) else fill(text, status)

        not_now = self.tr("Dat kan niet in de status ‘%1’ van de melding.")
        return Permissions(
            allegation=why(Action.ADD_ALLEGATION, not_now),
            finding=why(
                Action.RECORD_FINDING,
                self.tr(
                    "Een bevinding kan alleen vastgelegd worden terwijl de melding in "
                    "onderzoek is (nu: ‘%1’)."
                ),
            ),
            task=why(Action.ADD_TASK, not_now),
            task_state=why(Action.SET_TASK_STATE, not_now),
        )

    def _show_notice(self, case: CaseDetail | None) -> None:
        allowed = self._allowed
        if case is None:
            text = ""
        elif not case.is_case_team:
            text = allowed.allegation or ""
        elif allowed.allegation is not None:
            text = self.tr(
                "De melding heeft de status ‘%1’: tenlasteleggingen en taken kunnen nu niet "
                "gewijzigd worden."
            ).replace("%1", status_label(case.status))
            if allowed.task_state is None:
                text += " " + self.tr("Een open taak kan nog afgevinkt of geannuleerd worden.")
        elif allowed.finding is not None:
            text = self.tr("Bevindingen kunnen vastgelegd worden zodra het onderzoek gestart is.")
        else:
            text = ""
        self.notice_label.setText(text)
        self.notice_label.setVisible(bool(text))
        allow(self.add_allegation_button, allowed.allegation)

    def _new_cards_box(self) -> QWidget:
        box = Column(self._content)
        box.setAccessibleName(self.tr("Tenlasteleggingen"))
        return box

    def _show_allegations(
        self, case: CaseDetail | None, inv: Investigation, *, progressive: bool
    ) -> None:
        """The cards, in a new box that replaces the old one once it holds its first cards
        (shown at once, Qt lays them out in one pass; added to a shown box, one pass per
        card). ``progressive`` (another case chosen, shown from the top): the first cards
        fill the screen now, the others are built after the first paint, in chunks, in a
        hidden box shown when complete. A refresh of the case shown builds them all at
        once, so nothing jumps under the user's eyes."""
        self._generation += 1
        box = self._new_cards_box()
        box.hide()
        box_layout = QVBoxLayout()
        box_layout.setContentsMargins(0, 0, 0, 0)
        box_layout.setSpacing(8)
        self._card_width = self._expected_card_width(len(inv.allegations))
        self._pieces = case_pieces(case) if case is not None else []
        old = self._cards_box
        self._cards_box = box
        self.cards = []
        allegations = list(inv.allegations)
        first = FIRST_CARDS if progressive else len(allegations)
        for allegation in allegations[:first]:
            self._add_card(allegation, box_layout)
        box.setLayout(box_layout)
        self._layout.replaceWidget(old, box)
        old.hide()
        old.deleteLater()
        box.resize(self._card_width, box.height())  # laid out at once at its coming width
        box.show()
        self._still_to_build = allegations[first:]
        if self._still_to_build:
            # The rest goes into a box that stays hidden until it is complete: built
            # hidden, the cards cost no layout pass each chunk, only one when shown.
            tail = self._tail = Column(box)
            tail.hide()
            tail_layout = QVBoxLayout(tail)
            tail_layout.setContentsMargins(0, 0, 0, 0)
            tail_layout.setSpacing(8)
            box_layout.addWidget(tail)
            generation = self._generation
            QTimer.singleShot(0, self, lambda: self._build_more(generation))
        self.allegation_summary.setText(self._allegation_summary(case, inv))

    def _expected_card_width(self, count: int) -> int:
        """The width the cards will get: the viewport's, less the scroll bar that three
        cards or more bring. A box of cards shown at that width lays each card's text
        out once; shown at another (its default), twice."""
        margins = self._layout.contentsMargins()
        width = self.scroll_area.viewport().width() - margins.left() - margins.right()
        bar = self.scroll_area.verticalScrollBar()
        if count >= 3 and not bar.isVisible():
            width -= bar.sizeHint().width()
        return width

    def _add_card(
        self, allegation: Allegation, box_layout: QVBoxLayout, parent: QWidget | None = None
    ) -> None:
        card = AllegationCard(allegation, self._pieces, self._allowed, parent or self._cards_box)
        card.edit_clicked.connect(self.on_edit_allegation)
        card.withdraw_clicked.connect(self.on_withdraw_allegation)
        card.finding_clicked.connect(self.on_record_finding)
        card.versions_clicked.connect(self.on_versions)
        box_layout.addWidget(card)
        self.cards.append(card)

    def _build_more(self, generation: int) -> None:
        tail = self._tail
        if generation != self._generation or tail is None:
            return  # another case (or a newer copy) is shown meanwhile
        chunk, self._still_to_build = (
            self._still_to_build[:CARDS_PER_CHUNK],
            self._still_to_build[CARDS_PER_CHUNK:],
        )
        tail_layout = tail.layout()
        assert isinstance(tail_layout, QVBoxLayout)
        for allegation in chunk:
            self._add_card(allegation, tail_layout, tail)
        if self._still_to_build:
            QTimer.singleShot(0, self, lambda: self._build_more(generation))
        else:
            tail.resize(self._card_width, tail.height())
            tail.show()

    @property
    def building(self) -> bool:
        """Cards of the case shown are still being added (see _show_allegations)."""
        return bool(self._still_to_build)

    def _allegation_summary(self, case: CaseDetail | None, inv: Investigation) -> str:
        if case is None:
            return ""
        if not inv.allegations:
            return self.tr(
                "Nog geen tenlasteleggingen. Leg vast wat de melding aanklaagt: per "
                "tenlastelegging komt er een bevinding, en die zijn nodig om de melding na "
                "onderzoek af te ronden."
            )
        standing = inv.standing
        parts = [
            count_text(len(standing), self.tr("1 tenlastelegging"), self.tr("%1 tenlasteleggingen"))
        ]
        withdrawn = len(inv.allegations) - len(standing)
        if withdrawn:
            parts.append(count_text(withdrawn, self.tr("1 ingetrokken"), self.tr("%1 ingetrokken")))
        missing = len(missing_findings(inv))
        if standing and missing:
            parts.append(
                count_text(missing, self.tr("1 zonder bevinding"), self.tr("%1 zonder bevinding"))
            )
        elif standing:
            parts.append(self.tr("elk met een bevinding"))
        return " · ".join(parts)

    def _show_into_view(self, current: QModelIndex, _previous: QModelIndex) -> None:
        """Keep the chosen task on screen when the keyboard moves down a long plan."""
        if self._rendering or not current.isValid():
            return
        table = self.plan.table
        rect = table.visualRect(current)
        top = table.viewport().mapTo(self._content, rect.topLeft())
        self.scroll_area.ensureVisible(top.x(), top.y() + rect.height() // 2, 0, rect.height())

    # --- dialogs ----------------------------------------------------------------------

    def _run(self, dialog: QDialog) -> bool:
        """Run a dialog; a refresh that comes meanwhile waits until it closed (deleting
        the card whose button opened it would pull it from under the call)."""
        self._in_dialog = True
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            self._in_dialog = False
            dialog.deleteLater()
        if self._stale:
            self._stale = False
            self._render(keep_place=True)
        return accepted

    def on_add_allegation(self) -> None:
        case = self._case
        if case is None or self._allowed.allegation is not None:
            return
        dialog = AllegationDialog(case, None, self, today=self._today)
        if self._run(dialog):
            self.add_allegation_requested.emit(case.id, dialog.facts())

    def on_edit_allegation(self, allegation_id: str) -> None:
        case = self._case
        allegation = case.investigation.allegation(allegation_id) if case else None
        if case is None or allegation is None or self._allowed.allegation is not None:
            return
        dialog = AllegationDialog(case, allegation, self, today=self._today)
        if self._run(dialog):
            self.edit_allegation_requested.emit(case.id, allegation_id, dialog.facts())

    def on_withdraw_allegation(self, allegation_id: str) -> None:
        case = self._case
        allegation = case.investigation.allegation(allegation_id) if case else None
        if case is None or allegation is None or self._allowed.allegation is not None:
            return
        dialog = WithdrawDialog(allegation, self)
        if self._run(dialog):
            self.withdraw_allegation_requested.emit(case.id, allegation_id, dialog.reason())

    def on_record_finding(self, allegation_id: str) -> None:
        case = self._case
        allegation = case.investigation.allegation(allegation_id) if case else None
        if case is None or allegation is None or self._allowed.finding is not None:
            return
        dialog = FindingDialog(case, allegation, self)
        if self._run(dialog):
            self.record_finding_requested.emit(case.id, allegation_id, dialog.facts())

    def on_versions(self, allegation_id: str) -> None:
        case = self._case
        allegation = case.investigation.allegation(allegation_id) if case else None
        if case is not None and allegation is not None:
            self._run(VersionsDialog(allegation, case_pieces(case), self))

    def on_add_task(self) -> None:
        case = self._case
        if case is None or self._allowed.task is not None:
            return
        dialog = TaskDialog(self._colleagues, case, None, self, today=self._today)
        if self._run(dialog):
            self.add_task_requested.emit(
                case.id, dialog.description(), dialog.owner_id(), dialog.due()
            )

    def on_edit_task(self, task: Task) -> None:
        case = self._case
        if case is None or self._allowed.task is not None:
            return
        dialog = TaskDialog(self._colleagues, case, task, self, today=self._today)
        if self._run(dialog):
            self.edit_task_requested.emit(
                case.id, task.id, dialog.description(), dialog.owner_id(), dialog.due()
            )

    def _on_task_state(self, task: Task, state: TaskState) -> None:
        if self._case is not None and self._allowed.task_state is None:
            self.task_state_requested.emit(self._case.id, task.id, state)
