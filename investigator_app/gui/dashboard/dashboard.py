"""The manager's dashboard dialog: the period to look at, a summary of it, and the figures
over the department's cases in it as charts (dashboard_charts.py) and, for screen readers
and copying, as a table of the same numbers (dashboard_table.py)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from investigator_app.dashboard.stats import (
    CaseFacts,
    DashboardStats,
    Period,
    PeriodChoice,
    compute_stats,
    period_for,
)
from investigator_app.domain.deadlines import BRUSSELS, DEFAULT_POLICY, DeadlinePolicy
from investigator_app.gui.common.background import BackgroundCall
from investigator_app.gui.common.dialog_buttons import close_buttons
from investigator_app.gui.dashboard.dashboard_charts import DashboardCharts
from investigator_app.gui.dashboard.dashboard_table import DashboardTable, format_days

log = logging.getLogger("investigator_app.gui.dashboard.dashboard")

DATE_FORMAT = "dd/MM/yyyy"


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class DashboardDialog(QDialog):
    stats_changed = Signal(object)  # DashboardStats shown now

    def __init__(
        self,
        load: Callable[[], list[CaseFacts]],
        clock: Callable[[], datetime],
        *,
        department_name: str = "",
        policy: DeadlinePolicy = DEFAULT_POLICY,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("dashboardDialog")
        self.setWindowTitle(
            self.tr("Dashboard — %1").replace("%1", department_name)
            if department_name
            else self.tr("Dashboard")
        )
        self._clock = clock
        self._policy = policy
        self._facts: list[CaseFacts] | None = None
        self.stats: DashboardStats | None = None
        self._build()
        self._call = BackgroundCall(load, self.on_loaded, self.on_load_failed, self)
        self._call.start()
        self.resize(1180, 780)

    # --- layout --------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        controls = QHBoxLayout()
        period_caption = QLabel(self.tr("&Periode"), self)
        self.period_combo = QComboBox(self)
        self.period_combo.setAccessibleName(self.tr("Periode"))
        for choice, text in (
            (PeriodChoice.THIS_MONTH, self.tr("Deze maand")),
            (PeriodChoice.LAST_3_MONTHS, self.tr("Laatste 3 maanden")),
            (PeriodChoice.THIS_YEAR, self.tr("Dit jaar")),
            (PeriodChoice.CUSTOM, self.tr("Zelf kiezen")),
        ):
            self.period_combo.addItem(text, choice.value)
        period_caption.setBuddy(self.period_combo)
        from_caption = QLabel(self.tr("&Van"), self)
        self.from_edit = QDateEdit(self)
        self.from_edit.setAccessibleName(self.tr("Begin van de periode"))
        to_caption = QLabel(self.tr("&Tot en met"), self)
        self.to_edit = QDateEdit(self)
        self.to_edit.setAccessibleName(self.tr("Einde van de periode"))
        for caption, edit in ((from_caption, self.from_edit), (to_caption, self.to_edit)):
            edit.setDisplayFormat(DATE_FORMAT)
            edit.setCalendarPopup(True)
            caption.setBuddy(edit)
        for widget in (
            period_caption,
            self.period_combo,
            from_caption,
            self.from_edit,
            to_caption,
            self.to_edit,
        ):
            controls.addWidget(widget)
        controls.addStretch(1)
        layout.addLayout(controls)

        self.summary_label = QLabel(self.tr("Cijfers worden geladen…"), self)
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)
        self.summary_label.setWordWrap(True)
        self.summary_label.setAccessibleName(self.tr("Samenvatting van de periode"))
        layout.addWidget(self.summary_label)

        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Grafieken of tabel"))
        self.charts = DashboardCharts(self.tabs)
        self.tabs.addTab(self.charts, self.tr("Grafieken"))
        self.table = DashboardTable(self.tabs)
        self.tabs.addTab(self.table, self.tr("Tabel"))
        layout.addWidget(self.tabs, 1)

        buttons = close_buttons(self)
        layout.addWidget(buttons)

        self.period_combo.currentIndexChanged.connect(self.on_period_choice_changed)
        self.from_edit.dateChanged.connect(self.on_dates_changed)
        self.to_edit.dateChanged.connect(self.on_dates_changed)
        self.on_period_choice_changed(0)

    # --- period --------------------------------------------------------------------------

    def today(self) -> date:
        return self._clock().astimezone(BRUSSELS).date()

    def choose_period(self, choice: PeriodChoice) -> None:
        self.period_combo.setCurrentIndex(self.period_combo.findData(choice.value))

    def set_custom_period(self, start: date, end: date) -> None:
        self.choose_period(PeriodChoice.CUSTOM)
        self.from_edit.setDate(_qdate(start))
        self.to_edit.setDate(_qdate(end))

    def on_period_choice_changed(self, _index: int) -> None:
        choice = PeriodChoice(self.period_combo.currentData())
        custom = choice is PeriodChoice.CUSTOM
        self.from_edit.setEnabled(custom)
        self.to_edit.setEnabled(custom)
        if not custom:
            period = period_for(choice, self.today())
            for edit, day in ((self.from_edit, period.start), (self.to_edit, period.end)):
                edit.blockSignals(True)
                edit.setDate(_qdate(day))
                edit.blockSignals(False)
        self.refresh()

    def on_dates_changed(self, _day: QDate) -> None:
        self.refresh()

    def period(self) -> Period:
        return Period(_pydate(self.from_edit.date()), _pydate(self.to_edit.date()))

    # --- figures -------------------------------------------------------------------------

    def on_loaded(self, facts: object) -> None:
        assert isinstance(facts, list)
        self._facts = facts
        self.refresh()

    def on_load_failed(self, error: Exception) -> None:
        log.error("loading the dashboard figures failed: %s", type(error).__name__)
        self.summary_label.setText(self.tr("De cijfers konden niet gelezen worden."))

    def refresh(self) -> None:
        if self._facts is None:
            return
        period = self.period()
        if period.start > period.end:
            self.summary_label.setText(self.tr("Het begin van de periode ligt na het einde."))
            return
        stats = compute_stats(self._facts, period, self._clock(), self._policy)
        self.stats = stats
        self.summary_label.setText(self._summary_text(stats))
        self.charts.show_stats(stats)
        self.table.show_stats(stats)
        self.stats_changed.emit(stats)

    def _summary_text(self, stats: DashboardStats) -> str:
        text = (
            self.tr("%1 meldingen ontvangen van %2 tot en met %3. %4 afgerond in de periode.")
            .replace("%1", str(stats.received))
            .replace("%2", stats.period.start.strftime("%d/%m/%Y"))
            .replace("%3", stats.period.end.strftime("%d/%m/%Y"))
            .replace("%4", str(stats.closed))
        )
        if stats.median_days_to_close is not None:
            text += " " + self.tr("Mediaan: %1 dagen van ontvangst tot afronding.").replace(
                "%1", format_days(stats.median_days_to_close)
            )
        return text

    def table_rows(self) -> list[tuple[str, str]]:
        return self.table.rows()
