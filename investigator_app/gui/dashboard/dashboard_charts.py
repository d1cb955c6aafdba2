"""The dashboard's charts: four QtCharts views (cases by status, by category, closed cases
by outcome, deadlines met or not), drawn anew in the palette's colours for each period."""

from __future__ import annotations

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
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QGridLayout, QWidget

from investigator_app.dashboard.stats import DashboardStats, DeadlineTally
from investigator_app.domain.vocabulary import Category, Outcome
from investigator_app.gui.common import theme
from investigator_app.gui.common.labels import category_label, outcome_label, status_label
from investigator_app.gui.dashboard.dashboard_table import SHOWN_STATUSES


class DashboardCharts(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.status_view = self._chart_view(self.tr("Grafiek: meldingen per status"))
        self.category_view = self._chart_view(self.tr("Grafiek: meldingen per categorie"))
        self.outcome_view = self._chart_view(self.tr("Grafiek: afgeronde meldingen per resultaat"))
        self.deadline_view = self._chart_view(self.tr("Grafiek: termijnen gehaald of niet"))
        grid.addWidget(self.status_view, 0, 0)
        grid.addWidget(self.category_view, 0, 1)
        grid.addWidget(self.deadline_view, 1, 0)
        grid.addWidget(self.outcome_view, 1, 1)

    def _chart_view(self, name: str) -> QChartView:
        view = QChartView(self)
        view.setRenderHint(QPainter.RenderHint.Antialiasing)
        view.setAccessibleName(name)
        view.setMinimumSize(360, 250)
        return view

    def show_stats(self, stats: DashboardStats) -> None:
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

    def _outcome_chart(self, stats: DashboardStats) -> QChart:
        chart = self._new_chart(self.tr("Afgeronde meldingen per resultaat"))
        pie = QPieSeries()
        colours = theme.chart_series()
        # Neutral colours: green/red would read as good/bad outcomes.
        outcome_colours = dict(zip(Outcome, (colours[i] for i in (0, 4, 6, 1, 5)), strict=True))
        for outcome in Outcome:
            count = stats.by_outcome.get(outcome, 0)
            if count:
                pie_slice = pie.append(f"{outcome_label(outcome)} ({count})", float(count))
                pie_slice.setColor(outcome_colours[outcome])
                pie_slice.setLabelVisible(True)
                pie_slice.setLabelColor(chart.titleBrush().color())
        chart.addSeries(pie)
        if pie.count() == 0:
            chart.setTitle(self.tr("Afgeronde meldingen per resultaat: geen in deze periode"))
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
