"""The manager's dashboard: the department's cases over a chosen period, as charts and,
for screen readers and copying, as a table of the same numbers."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QPieSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QDate, QMargins, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from investigator_app.dashboard.stats import (
    CaseFacts,
    DashboardStats,
    DeadlineTally,
    Period,
    PeriodChoice,
    compute_stats,
    period_for,
)
from investigator_app.domain.deadlines import BRUSSELS, DEFAULT_POLICY, DeadlinePolicy
from investigator_app.domain.vocabulary import Category, Outcome, Status
from investigator_app.gui import theme
from investigator_app.gui.background import BackgroundCall
from investigator_app.gui.labels import category_label, outcome_label, status_label

log = logging.getLogger("investigator_app.gui.dashboard")

DATE_FORMAT = "dd/MM/yyyy"
SHOWN_STATUSES = (
    Status.FORWARDED,
    Status.ACKNOWLEDGED,
    Status.ASSESSING,
    Status.INVESTIGATING,
    Status.CLOSED,
)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def _days(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}".replace(".", ",")


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
        charts = QWidget(self.tabs)
        grid = QGridLayout(charts)
        grid.setContentsMargins(0, 0, 0, 0)
        self.status_view = self._chart_view(self.tr("Grafiek: meldingen per status"))
        self.category_view = self._chart_view(self.tr("Grafiek: meldingen per categorie"))
        self.outcome_view = self._chart_view(self.tr("Grafiek: afgesloten meldingen per resultaat"))
        self.deadline_view = self._chart_view(self.tr("Grafiek: termijnen gehaald of niet"))
        grid.addWidget(self.status_view, 0, 0)
        grid.addWidget(self.category_view, 0, 1)
        grid.addWidget(self.deadline_view, 1, 0)
        grid.addWidget(self.outcome_view, 1, 1)
        self.tabs.addTab(charts, self.tr("Grafieken"))
        self.table = QTableWidget(0, 2, self.tabs)
        self.table.setAccessibleName(self.tr("Cijfers van de periode"))
        self.table.setHorizontalHeaderLabels([self.tr("Cijfer"), self.tr("Aantal")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tabs.addTab(self.table, self.tr("Tabel"))
        layout.addWidget(self.tabs, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Sluiten"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        self.period_combo.currentIndexChanged.connect(self.on_period_choice_changed)
        self.from_edit.dateChanged.connect(self.on_dates_changed)
        self.to_edit.dateChanged.connect(self.on_dates_changed)
        self.on_period_choice_changed(0)

    def _chart_view(self, name: str) -> QChartView:
        view = QChartView(self)
        view.setRenderHint(QPainter.RenderHint.Antialiasing)
        view.setAccessibleName(name)
        view.setMinimumSize(360, 250)
        return view

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
        self._show_charts(stats)
        self._fill_table(stats)
        self.stats_changed.emit(stats)

    def _summary_text(self, stats: DashboardStats) -> str:
        text = (
            self.tr("%1 meldingen ontvangen van %2 tot en met %3. %4 afgesloten in de periode.")
            .replace("%1", str(stats.received))
            .replace("%2", stats.period.start.strftime("%d/%m/%Y"))
            .replace("%3", stats.period.end.strftime("%d/%m/%Y"))
            .replace("%4", str(stats.closed))
        )
        if stats.median_days_to_close is not None:
            text += " " + self.tr("Mediaan: %1 dagen van ontvangst tot afsluiting.").replace(
                "%1", _days(stats.median_days_to_close)
            )
        return text

    def _rows(self, stats: DashboardStats) -> list[tuple[str, str]]:
        rows = [(self.tr("Ontvangen meldingen"), str(stats.received))]
        rows += [
            (self.tr("Status: %1").replace("%1", status_label(s)), str(stats.by_status.get(s, 0)))
            for s in SHOWN_STATUSES
        ]
        rows += [
            (
                self.tr("Categorie: %1").replace("%1", category_label(c)),
                str(stats.by_category.get(c, 0)),
            )
            for c in Category
        ]
        rows += [
            (
                self.tr("Resultaat: %1").replace("%1", outcome_label(o)),
                str(stats.by_outcome.get(o, 0)),
            )
            for o in Outcome
        ]
        for name, tally in (
            (self.tr("Ontvangstbevestiging"), stats.acknowledgement),
            (self.tr("Terugkoppeling"), stats.feedback),
        ):
            rows += [
                (self.tr("%1 op tijd").replace("%1", name), str(tally.met)),
                (self.tr("%1 te laat").replace("%1", name), str(tally.late)),
                (self.tr("%1 verstreken, nog niet gedaan").replace("%1", name), str(tally.overdue)),
            ]
        rows.append((self.tr("Afgesloten in de periode"), str(stats.closed)))
        rows.append((self.tr("Mediaan dagen tot afsluiting"), _days(stats.median_days_to_close)))
        return rows

    def _fill_table(self, stats: DashboardStats) -> None:
        rows = self._rows(stats)
        self.table.setRowCount(len(rows))
        for row, (name, value) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(name))
            item = QTableWidgetItem(value)
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, 1, item)

    def table_rows(self) -> list[tuple[str, str]]:
        rows: list[tuple[str, str]] = []
        for row in range(self.table.rowCount()):
            name, value = self.table.item(row, 0), self.table.item(row, 1)
            rows.append((name.text() if name else "", value.text() if value else ""))
        return rows

    # --- charts --------------------------------------------------------------------------

    def _new_chart(self, title: str) -> QChart:
        chart = QChart()
        chart.setTheme(
            QChart.ChartTheme.ChartThemeDark
            if theme.is_dark()
            else QChart.ChartTheme.ChartThemeLight
        )
        chart.setTitle(title)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        return chart

    def _bar_chart(self, title: str, labels: list[str], values: list[int]) -> QChart:
        chart = self._new_chart(title)
        # A horizontal bar series draws its first category at the bottom: reverse, so the
        # chart reads top-down in the same order as the table.
        labels, values = labels[::-1], values[::-1]
        bars = QBarSet(self.tr("Meldingen"))
        bars.append([float(v) for v in values])
        bars.setColor(theme.chart_series()[0])
        bars.setLabelColor(chart.titleBrush().color())
        series = QHorizontalBarSeries()
        series.append(bars)
        series.setLabelsVisible(True)
        series.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsOutsideEnd)
        chart.addSeries(series)
        axis_y = QBarCategoryAxis()
        axis_y.append(labels)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_y)
        axis_x = _integer_axis(max(values, default=0), headroom=True)
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis_x)
        chart.legend().setVisible(False)
        return chart

    def _show_charts(self, stats: DashboardStats) -> None:
        self.status_view.setChart(
            self._bar_chart(
                self.tr("Meldingen per status"),
                [status_label(s) for s in SHOWN_STATUSES],
                [stats.by_status.get(s, 0) for s in SHOWN_STATUSES],
            )
        )
        self.category_view.setChart(
            self._bar_chart(
                self.tr("Meldingen per categorie"),
                [category_label(c) for c in Category],
                [stats.by_category.get(c, 0) for c in Category],
            )
        )
        self.outcome_view.setChart(self._outcome_chart(stats))
        self.deadline_view.setChart(self._deadline_chart(stats))

    def _outcome_chart(self, stats: DashboardStats) -> QChart:
        chart = self._new_chart(self.tr("Afgesloten meldingen per resultaat"))
        pie = QPieSeries()
        colours = theme.chart_series()
        # Neutral colours: green/red would read as good/bad outcomes.
        outcome_colours = dict(zip(Outcome, (colours[0], colours[4], colours[6]), strict=True))
        for outcome in Outcome:
            count = stats.by_outcome.get(outcome, 0)
            if count:
                pie_slice = pie.append(f"{outcome_label(outcome)} ({count})", float(count))
                pie_slice.setColor(outcome_colours[outcome])
                pie_slice.setLabelVisible(True)
                pie_slice.setLabelColor(chart.titleBrush().color())
        chart.addSeries(pie)
        if pie.count() == 0:
            chart.setTitle(self.tr("Afgesloten meldingen per resultaat: geen in deze periode"))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
        return chart

    def _deadline_chart(self, stats: DashboardStats) -> QChart:
        chart = self._new_chart(self.tr("Termijnen: ontvangstbevestiging en terugkoppeling"))
        met_colour, late_colour = theme.met_and_late()
        tallies: list[DeadlineTally] = [stats.acknowledgement, stats.feedback]
        series = QStackedBarSeries()
        for name, colour, values in (
            (self.tr("Op tijd"), met_colour, [t.met for t in tallies]),
            (self.tr("Te laat"), late_colour, [t.late for t in tallies]),
            (
                self.tr("Verstreken, nog niet gedaan"),
                theme.chart_series()[1],
                [t.overdue for t in tallies],
            ),
        ):
            bars = QBarSet(name)
            bars.append([float(v) for v in values])
            bars.setColor(colour)
            series.append(bars)
        chart.addSeries(series)
        axis_x = QBarCategoryAxis()
        axis_x.append([self.tr("Ontvangst"), self.tr("Terugkoppeling")])
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis_x)
        axis_y = _integer_axis(max(t.counted for t in tallies))
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_y)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        return chart


def _integer_axis(highest: int, *, headroom: bool = False) -> QValueAxis:
    """A count axis with whole-number ticks only (0, 1, 2 … or 0, 5, 10 …)."""
    top = max(highest, 1)
    if headroom:  # room for the value labels at the bars' ends
        top += max(1, top // 5)
    intervals = min(top, 5)
    step = -(-top // intervals)  # ceiling division
    axis = QValueAxis()
    axis.setRange(0, step * intervals)
    axis.setTickCount(intervals + 1)
    axis.setLabelFormat("%d")
    return axis
