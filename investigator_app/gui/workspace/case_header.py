"""The workspace's header, which stays put above the tabs: reference, title, status, the
next deadline in words, the assignee, and flags (to be reassigned, a new answer, changes
not yet sent, which can be undone from the flag's menu)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from investigator_app.domain.deadlines import (
    BRUSSELS,
    Deadline,
    DeadlinePolicy,
    DeadlineState,
    is_working_day,
    state_at,
)
from investigator_app.gui.common.formatting import format_date, format_time
from investigator_app.gui.common.labels import deadline_kind_label, outcome_label, status_label
from investigator_app.gui.common.theme import deadline_colours
from investigator_app.gui.forms.ui_case_pane import Ui_CasePane
from investigator_app.gui.workspace.action_texts import queued_text
from investigator_app.gui.workspace.plain_text import set_plain
from investigator_app.gui.workspace.queue_refusals import recorded_not_undone
from investigator_app.store.undo import RECORDS
from investigator_app.store.views import CaseDetail

CHIP_STYLE = (
    "QLabel {{ border: 1px solid {border}; border-radius: 8px; padding: 1px 8px; {extra} }}"
)
# The deadline line, coloured or plain, has one box (padding, radius): its height, and so
# the place of the commands below it, never changes with the deadline's state.
DEADLINE_STYLE = "QLabel {{ {colours} border-radius: 3px; padding: 1px 6px; }}"


def working_days_left(today: date, due: date) -> int:
    """Belgian working days after ``today`` up to and including ``due`` (0 when past)."""
    days, current = 0, today
    while current < due:
        current += timedelta(days=1)
        if is_working_day(current):
            days += 1
    return days


def deadline_words(deadline: Deadline | None, now: datetime, policy: DeadlinePolicy) -> str:
    """The next deadline in words: "Terugkoppeling uiterlijk 04/03/2027 — nog 12 werkdagen"."""
    if deadline is None:
        return QCoreApplication.translate("CaseHeader", "Geen openstaande termijn")
    text = (
        QCoreApplication.translate("CaseHeader", "%1 uiterlijk %2")
        .replace("%1", deadline_kind_label(deadline.kind).capitalize())
        .replace("%2", format_date(deadline.due))
    )
    if state_at(deadline, now, policy) is DeadlineState.OVERDUE:
        return f"{text} — " + QCoreApplication.translate("CaseHeader", "termijn verstreken")
    today = now.astimezone(BRUSSELS).date()
    due_day = deadline.due.astimezone(BRUSSELS).date()
    if due_day == today:
        return f"{text} — " + QCoreApplication.translate("CaseHeader", "vandaag")
    left = working_days_left(today, due_day)
    if left == 1:
        return f"{text} — " + QCoreApplication.translate("CaseHeader", "nog 1 werkdag")
    if left == 0:
        return f"{text} — " + QCoreApplication.translate("CaseHeader", "geen werkdag meer")
    return f"{text} — " + QCoreApplication.translate("CaseHeader", "nog %1 werkdagen").replace(
        "%1", str(left)
    )


def chip_style(border: str, extra: str = "") -> str:
    return CHIP_STYLE.format(border=border, extra=extra)


class CaseHeader(QObject):
    """Fills the header widgets of the pane's form for one case."""

    undo_requested = Signal(str)  # op id
    messages_requested = Signal()  # the new-answer flag was clicked

    def __init__(self, ui: Ui_CasePane, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        font = ui.referenceLabel.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        ui.referenceLabel.setFont(font)
        title_font = ui.summaryValue.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.25)
        title_font.setBold(True)
        ui.summaryValue.setFont(title_font)
        status_font = ui.statusValue.font()
        status_font.setBold(True)
        ui.statusValue.setFont(status_font)
        ui.statusValue.setStyleSheet(chip_style("palette(highlight)"))
        # The first row keeps one height whichever flags show: the commands below it never
        # move when an action adds or clears a flag.
        row_height = max(ui.unreadFlag.sizeHint().height(), ui.statusValue.sizeHint().height())
        for widget in (ui.referenceLabel, ui.statusValue, ui.reassignFlag, ui.unreadFlag):
            widget.setFixedHeight(row_height)
        deadline = ui.deadlineValue
        deadline.setText(deadline_words(None, datetime.now(BRUSSELS), DeadlinePolicy()))
        deadline.setStyleSheet(DEADLINE_STYLE.format(colours="background: black; color: white;"))
        deadline.ensurePolished()
        coloured = deadline.sizeHint().height()
        deadline.setStyleSheet(DEADLINE_STYLE.format(colours=""))
        deadline.ensurePolished()
        deadline.setFixedHeight(max(coloured, deadline.sizeHint().height()))
        self.queued_menu = QMenu(ui.queuedButton)
        self.queued_menu.setToolTipsVisible(True)
        self.queued_menu.setAccessibleName(
            QCoreApplication.translate("CaseHeader", "Nog niet verzonden wijzigingen")
        )
        ui.queuedButton.setMenu(self.queued_menu)
        ui.unreadFlag.clicked.connect(self.messages_requested)
        self.undo_actions: dict[str, QAction] = {}  # op id → its "Ongedaan maken" item
        self._unread_shown_for: str | None = None

    def show_case(self, case: CaseDetail, now: datetime, policy: DeadlinePolicy) -> None:
        ui = self.ui
        set_plain(ui.referenceLabel, case.reference)
        status = status_label(case.status)
        if case.outcome is not None:
            status = f"{status} ({outcome_label(case.outcome)})"
        ui.statusValue.setText(status)
        set_plain(ui.summaryValue, case.summary)
        ui.deadlineValue.setText(deadline_words(case.next_deadline, now, policy))
        self._colour_deadline(case.next_deadline, now, policy)
        ui.assigneeValue.setText(
            QCoreApplication.translate("CaseHeader", "Toegewezen aan %1").replace(
                "%1", case.assignee_name
            )
            if case.assignee_name
            else QCoreApplication.translate("CaseHeader", "Niet toegewezen")
        )
        warn = deadline_colours(DeadlineState.DUE_SOON)
        if warn is not None:
            ui.reassignFlag.setStyleSheet(
                chip_style(
                    warn.foreground.name(),
                    f"background: {warn.background.name()}; color: {warn.foreground.name()};",
                )
            )
        ui.reassignFlag.setVisible(case.needs_reassignment)
        # The list marks the case read as soon as it is opened: the flag stays while the
        # user looks at the case that had the new answer.
        if case.unread:
            self._unread_shown_for = case.id
        elif self._unread_shown_for != case.id:
            self._unread_shown_for = None
        ui.unreadFlag.setVisible(self._unread_shown_for == case.id)
        self._show_queued(case)

    def forget_unread(self) -> None:
        """Another case (or none) is shown: the next one starts without the flag."""
        self._unread_shown_for = None

    def _colour_deadline(
        self, deadline: Deadline | None, now: datetime, policy: DeadlinePolicy
    ) -> None:
        label = self.ui.deadlineValue
        colours = None if deadline is None else deadline_colours(state_at(deadline, now, policy))
        if colours is None:
            label.setStyleSheet(DEADLINE_STYLE.format(colours=""))
            return
        label.setStyleSheet(
            DEADLINE_STYLE.format(
                colours=f"background: {colours.background.name()}; "
                f"color: {colours.foreground.name()};"
            )
        )

    def _show_queued(self, case: CaseDetail) -> None:
        """The flag counts our actions still in the outbox; its menu undoes one."""
        button, menu = self.ui.queuedButton, self.queued_menu
        queued = list(case.queued)
        menu.clear()
        self.undo_actions = {}
        button.setVisible(bool(queued))
        if not queued:
            return
        count = len(queued)
        # Compact, as the list marks a case with unsent changes (↻): the flag sits at the end
        # of the command row and must leave the commands their room.
        button.setText(f"↻ {count}")
        words = (
            QCoreApplication.translate("CaseHeader", "1 wijziging nog niet verzonden")
            if count == 1
            else QCoreApplication.translate(
                "CaseHeader", "%1 wijzigingen nog niet verzonden"
            ).replace("%1", str(count))
        )
        button.setAccessibleName(words)
        button.setToolTip(
            words
            + ". "
            + QCoreApplication.translate(
                "CaseHeader",
                "Ze wachten om naar de server te gaan (bijvoorbeeld omdat u offline bent). "
                "Zolang ze niet verzonden zijn, kunt u ze hier ongedaan maken.",
            )
        )
        heading = menu.addAction(
            QCoreApplication.translate("CaseHeader", "Nog niet verzonden (nieuwste onderaan):")
        )
        heading.setEnabled(False)
        for item in queued:
            op_id = str(item.op_id)
            text = QCoreApplication.translate("CaseHeader", "Ongedaan maken: %1 (%2)")
            text = text.replace("%1", queued_text(item.action)).replace(
                "%2", format_time(item.made_at)
            )
            action = menu.addAction(text)
            action.setEnabled(item.undoable)
            if item.action in RECORDS:
                action.setToolTip(recorded_not_undone())
            elif not item.undoable:
                action.setToolTip(
                    QCoreApplication.translate(
                        "CaseHeader",
                        "Wordt nu verzonden of hangt af van een latere wijziging: kan niet "
                        "meer ongedaan gemaakt worden.",
                    )
                )
            action.triggered.connect(lambda _=False, o=op_id: self.undo_requested.emit(o))
            self.undo_actions[op_id] = action
