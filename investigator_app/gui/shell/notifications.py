"""Notices for what happens while the user looks elsewhere: a newly forwarded case, an
answer from a reporter, a deadline that nears or passes, a task of the user's that is due
today or overdue.

Shown as a tray balloon when the desktop has a tray that shows messages, else in the
status bar. A notice names the case by its reference only: it may appear on a shared or
projected screen, so no summary, entity or person, and never a task's text.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QStatusBar, QSystemTrayIcon

from investigator_app.domain.deadlines import (
    BRUSSELS,
    DEFAULT_POLICY,
    DeadlineKind,
    DeadlinePolicy,
    DeadlineState,
    state_at,
)
from investigator_app.domain.investigation import overdue
from investigator_app.domain.vocabulary import Status
from investigator_app.store.views import CaseSummary, MyTask

MyTasks = Callable[[], list[MyTask]]
"""The signed-in user's open tasks across cases (CaseController.my_tasks)."""

DEADLINE_CHECK_MS = 60_000
GROUP_ABOVE = 3  # more notices than this at once become one notice with a count
STATUS_BAR_MS = 20_000


class Channel(StrEnum):
    TRAY = "tray"
    STATUS_BAR = "status_bar"


def choose_channel(tray_available: bool, tray_shows_messages: bool) -> Channel:
    """The tray only when it exists and can show a message; else the status bar."""
    return Channel.TRAY if tray_available and tray_shows_messages else Channel.STATUS_BAR


def system_channel() -> Channel:
    """Needs a QApplication. Asks about messages only when there is a tray at all."""
    available = QSystemTrayIcon.isSystemTrayAvailable()
    return choose_channel(available, available and QSystemTrayIcon.supportsMessages())


@dataclass(frozen=True)
class Notice:
    title: str
    text: str


class Notifier(QObject):
    shown = Signal(str, str)  # title, text: every notice, whichever way it was shown
    clicked = Signal()  # the user clicked a tray notice: bring the window forward

    def __init__(
        self,
        status_bar: QStatusBar,
        clock: Callable[[], datetime],
        *,
        policy: DeadlinePolicy = DEFAULT_POLICY,
        channel: Channel | None = None,
        icon: QIcon | None = None,
        my_tasks: MyTasks | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._status_bar = status_bar
        self._clock = clock
        self._policy = policy
        self.channel = channel if channel is not None else system_channel()
        self._tray: QSystemTrayIcon | None = None
        if self.channel is Channel.TRAY:
            self._tray = QSystemTrayIcon(icon or QIcon(), self)
            self._tray.setToolTip(QCoreApplication.translate("Notifier", "Integriteitsmeldingen"))
            self._tray.messageClicked.connect(self.clicked)
            self._tray.activated.connect(lambda _reason: self.clicked.emit())
            self._tray.show()
        self._cases: dict[str, CaseSummary] = {}  # latest row per case, for deadlines
        self._known: set[str] = set()  # every case id seen: a new one is news
        self._primed = False  # False until the first sync round is in: no "new" flood
        self._deadline_seen: set[tuple[str, DeadlineKind, DeadlineState, date]] = set()
        self._my_tasks = my_tasks
        self._task_seen: set[tuple[str, bool, date]] = set()  # task id, overdue, day
        self._task_counts: dict[str, tuple[int, int]] = {}  # case id -> (open, overdue)
        self._timer = QTimer(self)
        self._timer.setInterval(DEADLINE_CHECK_MS)
        self._timer.timeout.connect(self.on_deadline_tick)
        self._timer.start()

    @property
    def primed(self) -> bool:
        """The first sync round is in: from now on a new case is news."""
        return self._primed

    def close(self) -> None:
        self._timer.stop()
        if self._tray is not None:
            self._tray.hide()

    # --- inputs (connected by the composition root) --------------------------------------

    def on_rows_changed(self, rows: list[CaseSummary], gone: list[str]) -> None:
        new = [row for row in rows if row.id not in self._known]
        for row in rows:
            self._cases[row.id] = row
            self._known.add(row.id)
        for case_id in gone:
            self._cases.pop(case_id, None)
        if self._primed:
            forwarded = [row.reference for row in new if row.status is Status.FORWARDED]
            self._announce_forwarded(sorted(forwarded))
        self._check_deadlines(rows)
        if self._tasks_changed(rows, gone):
            self._check_tasks()

    def on_sync_finished(self, summary: object) -> None:
        """The first round's cases are not news, also those whose rows are still being read."""
        if self._primed:
            return
        # Rows still being read for these ids will find them known.
        self._known.update(getattr(summary, "changed_ids", []))
        self._primed = True

    def on_answers_arrived(self, case_ids: list[str]) -> None:
        references = sorted(self._reference(case_id) for case_id in case_ids)
        if not references:
            return
        if len(references) > GROUP_ABOVE:
            self.notify(
                QCoreApplication.translate("Notifier", "Antwoorden ontvangen"),
                QCoreApplication.translate(
                    "Notifier", "Antwoorden van melders ontvangen voor %1 meldingen"
                ).replace("%1", str(len(references))),
            )
            return
        for reference in references:
            self.notify(
                QCoreApplication.translate("Notifier", "Antwoord ontvangen"),
                QCoreApplication.translate(
                    "Notifier", "Antwoord van de melder ontvangen voor %1"
                ).replace("%1", reference),
            )

    def on_deadline_tick(self) -> None:
        self._check_deadlines(list(self._cases.values()))
        self._check_tasks()  # a due date arrives at midnight, without new data

    # --- showing -------------------------------------------------------------------------

    def notify(self, title: str, text: str) -> None:
        if self._tray is not None:
            self._tray.showMessage(
                title, text, QSystemTrayIcon.MessageIcon.Information, STATUS_BAR_MS
            )
        else:
            self._status_bar.showMessage(text, STATUS_BAR_MS)
        self.shown.emit(title, text)

    def _announce_forwarded(self, references: list[str]) -> None:
        if len(references) > GROUP_ABOVE:
            self.notify(
                QCoreApplication.translate("Notifier", "Nieuwe meldingen"),
                QCoreApplication.translate("Notifier", "%1 nieuwe meldingen doorgestuurd").replace(
                    "%1", str(len(references))
                ),
            )
            return
        for reference in references:
            self.notify(
                QCoreApplication.translate("Notifier", "Nieuwe melding"),
                QCoreApplication.translate("Notifier", "Nieuwe melding %1 doorgestuurd").replace(
                    "%1", reference
                ),
            )

    def _check_deadlines(self, rows: list[CaseSummary]) -> None:
        now = self._clock()
        today = now.astimezone(BRUSSELS).date()
        due: list[tuple[str, DeadlineState]] = []
        for row in rows:
            deadline = row.next_deadline
            if deadline is None or row.id not in self._cases:  # gone meanwhile
                continue
            state = state_at(deadline, now, self._policy)
            if state is DeadlineState.ON_TIME:
                continue
            key = (row.id, deadline.kind, state, today)
            if key in self._deadline_seen:
                continue  # once per case, deadline, state and day
            self._deadline_seen.add(key)
            due.append((row.reference, state))
        if len(due) > GROUP_ABOVE:
            self.notify(
                QCoreApplication.translate("Notifier", "Termijnen"),
                QCoreApplication.translate(
                    "Notifier", "%1 meldingen met een termijn die nadert of verstreken is"
                ).replace("%1", str(len(due))),
            )
            return
        for reference, state in sorted(due):
            if state is DeadlineState.OVERDUE:
                self.notify(
                    QCoreApplication.translate("Notifier", "Termijn verstreken"),
                    QCoreApplication.translate(
                        "Notifier", "De termijn voor %1 is verstreken"
                    ).replace("%1", reference),
                )
            else:
                self.notify(
                    QCoreApplication.translate("Notifier", "Termijn nadert"),
                    QCoreApplication.translate("Notifier", "De termijn voor %1 nadert").replace(
                        "%1", reference
                    ),
                )

    def _tasks_changed(self, rows: list[CaseSummary], gone: list[str]) -> bool:
        """Whether the user's tasks may have changed: only then are they read again (rows
        arrive by the thousand during a sync; tasks are read from the store)."""
        changed = False
        for row in rows:
            counts = (row.my_open_tasks, row.my_overdue_tasks)
            if self._task_counts.get(row.id, (0, 0)) != counts:
                changed = True
            if counts == (0, 0):
                self._task_counts.pop(row.id, None)
            else:
                self._task_counts[row.id] = counts
        for case_id in gone:
            changed = self._task_counts.pop(case_id, None) is not None or changed
        return changed

    def _check_tasks(self) -> None:
        if self._my_tasks is None:
            return
        today = self._clock().astimezone(BRUSSELS).date()
        due: list[tuple[str, bool]] = []  # (reference, overdue), one per case and state
        for mine in self._my_tasks():
            task = mine.task
            late = overdue(task, today)
            if not late and task.due != today:
                continue
            key = (task.id, late, today)
            if key in self._task_seen:
                continue  # once per task, state and day
            self._task_seen.add(key)
            if (mine.reference, late) not in due:
                due.append((mine.reference, late))
        if len(due) > GROUP_ABOVE:
            self.notify(
                QCoreApplication.translate("Notifier", "Taken"),
                QCoreApplication.translate(
                    "Notifier", "Taken van u in %1 meldingen zijn vandaag uiterlijk of te laat"
                ).replace("%1", str(len({reference for reference, _late in due}))),
            )
            return
        for reference, late in sorted(due):
            if late:
                self.notify(
                    QCoreApplication.translate("Notifier", "Taak te laat"),
                    QCoreApplication.translate(
                        "Notifier", "Een taak van u in %1 is te laat"
                    ).replace("%1", reference),
                )
            else:
                self.notify(
                    QCoreApplication.translate("Notifier", "Taak vandaag uiterlijk"),
                    QCoreApplication.translate(
                        "Notifier", "Een taak van u in %1 moet vandaag uitgevoerd zijn"
                    ).replace("%1", reference),
                )

    def _reference(self, case_id: str) -> str:
        row = self._cases.get(case_id)
        return row.reference if row is not None and row.reference else case_id
