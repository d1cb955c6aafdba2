"""The dashboard's charts: four QtCharts views (intake and handling, received by category,
the deadlines met or not, closed cases by outcome), drawn anew in the palette's colours
for each period. A click on a bar or a slice asks for its cases in the case list."""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QPieSeries,
    QPieSlice,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QGridLayout, QWidget

from investigator_app.accountability.yearly import Cell, Metric, TableKey
from investigator_app.dashboard.stats import DashboardStats, overview
from investigator_app.domain.vocabulary import Category, Outcome
from investigator_app.gui.common import theme
from investigator_app.gui.common.labels import category_label, outcome_label
from investigator_app.gui.dashboard.dashboard_labels import metric_label

INTAKE_BARS: tuple[Metric, ...] = (
    Metric.RECEIVED,
    Metric.STILL_OPEN,
    Metric.CLOSED,
    Metric.WITHOUT_INVESTIGATION,
    Metric.INVESTIGATED,
)


class DashboardCharts(QWidget):
    cell_requested = Signal(object)  # Cell

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboardCharts")
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.intake_view = self._chart_view(self.tr("Grafiek: ontvangen en afgerond"))
        self.category_view = self._chart_view(self.tr("Grafiek: ontvangen per categorie"))
        self.outcome_view = self._chart_view(self.tr("Grafiek: afgeronde meldingen per resultaat"))
        self.deadline_view = self._chart_view(self.tr("Grafiek: termijnen gehaald of niet"))
        grid.addWidget(self.intake_view, 0, 0)
        grid.addWidget(self.category_view, 0, 1)
        grid.addWidget(self.deadline_view, 1, 0)
        grid.addWidget(self.outcome_view, 1, 1)
        # What each bar or slice stands for, per chart, for the click-through (and tests).
        self.bars: dict[str, list[tuple[QBarSet, list[Cell]]]] = {}

    def views(self) -> list[QChartView]:
        return [self.intake_view, self.category_view, self.deadline_view, self.outcome_view]

    def _chart_view(self, name: str) -> QChartView:
        view = QChartView(self)
        view.setRenderHint(QPainter.RenderHint.Antialiasing)
        view.setAccessibleName(name)
        view.setToolTip(self.tr("Klik op een staaf om de meldingen ervan in de lijst te tonen."))
        view.setMinimumSize(300, 200)
        return view

    def show_stats(self, stats: DashboardStats) -> None:
        self.bars = {}
        intake = [overview(m) for m in INTAKE_BARS]
        self.intake_view.setChart(
            self._bar_chart(
                "intake",
                self.tr("Ontvangen en afgerond in de periode"),
                [metric_label(m) for m in INTAKE_BARS],
                intake,
                stats,
            )
        )
        categories = [(TableKey.CATEGORIES, c.value, Metric.RECEIVED.value) for c in Category]
        self.category_view.setChart(
            self._bar_chart(
                "category",
                self.tr("Ontvangen per categorie"),
                [category_label(c) for c in Category],
                categories,
                stats,
            )
        )
        self.outcome_view.setChart(self._outcome_chart(stats))
        self.deadline_view.setChart(self._deadline_chart(stats))

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

    def _clickable(self, key: str, bars: QBarSet, cells: list[Cell]) -> None:
        self.bars.setdefault(key, []).append((bars, cells))
        bars.clicked.connect(lambda index, c=cells: self.cell_requested.emit(c[index]))

    def _bar_chart(
        self, key: str, title: str, labels: list[str], cells: list[Cell], stats: DashboardStats
    ) -> QChart:
        chart = self._new_chart(title)
        values = [stats.count(cell) for cell in cells]
        # A horizontal bar series draws its first category at the bottom: reverse, so the
        # chart reads top-down in the same order as the table.
        labels, values, cells = labels[::-1], values[::-1], cells[::-1]
        bars = QBarSet(self.tr("Meldingen"))
        bars.append([float(v) for v in values])
        bars.setColor(theme.chart_series()[0])
        bars.setLabelColor(chart.titleBrush().color())
        self._clickable(key, bars, cells)
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

    def _outcome_chart(self, stats: DashboardStats) -> QChart:
        chart = self._new_chart(self.tr("Afgerond in de periode, per resultaat"))
        pie = QPieSeries()
        colours = theme.chart_series()
        # Neutral colours: green/red would read as good/bad outcomes.
        outcome_colours = dict(zip(Outcome, (colours[i] for i in (0, 4, 6, 1, 5)), strict=True))
        self.slices: list[tuple[QPieSlice, Cell]] = []
        for outcome in Outcome:
            cell: Cell = (TableKey.OUTCOMES, outcome.value, Metric.CLOSED.value)
            count = stats.count(cell)
            if count:
                pie_slice = pie.append(f"{outcome_label(outcome)} ({count})", float(count))
                pie_slice.setColor(outcome_colours[outcome])
                pie_slice.setLabelVisible(True)
                pie_slice.setLabelColor(chart.titleBrush().color())
                pie_slice.clicked.connect(lambda c=cell: self.cell_requested.emit(c))
                self.slices.append((pie_slice, cell))
        chart.addSeries(pie)
        if pie.count() == 0:
            chart.setTitle(self.tr("Afgerond in de periode, per resultaat: geen"))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
        return chart

    def _deadline_chart(self, stats: DashboardStats) -> QChart:
        chart = self._new_chart(self.tr("Termijnen van de meldingen ontvangen in de periode"))
        met_colour, late_colour = theme.met_and_late()
        series = QStackedBarSeries()
        for name, colour, metrics in (
            (self.tr("Op tijd"), met_colour, (Metric.ACK_MET, Metric.FEEDBACK_MET)),
            (self.tr("Niet op tijd"), late_colour, (Metric.ACK_MISSED, Metric.FEEDBACK_MISSED)),
        ):
            cells = [overview(m) for m in metrics]
            bars = QBarSet(name)
            bars.append([float(stats.count(c)) for c in cells])
            bars.setColor(colour)
            self._clickable("deadline", bars, cells)
            series.append(bars)
        chart.addSeries(series)
        axis_x = QBarCategoryAxis()
        axis_x.append([self.tr("Ontvangstbevestiging"), self.tr("Terugkoppeling")])
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis_x)
        highest = max(
            stats.count(overview(a)) + stats.count(overview(b))
            for a, b in (
                (Metric.ACK_MET, Metric.ACK_MISSED),
                (Metric.FEEDBACK_MET, Metric.FEEDBACK_MISSED),
            )
        )
        axis_y = _integer_axis(highest)
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
