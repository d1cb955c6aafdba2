"""The manager's dashboard dialog: the period to look at, a summary of it, and the yearly
report's numbers of the department over it (``dashboard/stats.py``) as charts
(dashboard_charts.py), as a table of the same numbers beside the period before
(dashboard_table.py), and the workload per investigator now (dashboard_workload.py).
Every number and bar asks for its cases in the case list (``cases_requested``); each tab
exports as PNG or PDF (dashboard_export.py)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from investigator_app.accountability.yearly import Cell
from investigator_app.dashboard.facts import DashboardFacts
from investigator_app.dashboard.stats import (
    DashboardStats,
    Period,
    PeriodChoice,
    compute_stats,
    period_for,
    workload,
)
from investigator_app.domain.deadlines import BRUSSELS
from investigator_app.gui.common.background import BackgroundCall
from investigator_app.gui.common.dialog_buttons import close_buttons
from investigator_app.gui.dashboard import dashboard_export
from investigator_app.gui.dashboard.dashboard_charts import DashboardCharts
from investigator_app.gui.dashboard.dashboard_labels import cell_label
from investigator_app.gui.dashboard.dashboard_table import DashboardTable, format_value
from investigator_app.gui.dashboard.dashboard_workload import WorkloadTable

log = logging.getLogger("investigator_app.gui.dashboard.dashboard")

DATE_FORMAT = "dd/MM/yyyy"


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def _shown(day: date) -> str:
    return day.strftime("%d/%m/%Y")


class DashboardDialog(QDialog):
    stats_changed = Signal(object)  # DashboardStats shown now
    cases_requested = Signal(object, str)  # the case ids behind a number, what they are
    exported = Signal(str)  # the path of a file just written

    def __init__(
        self,
        load: Callable[[], DashboardFacts],
        clock: Callable[[], datetime],
        *,
        department_name: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("dashboardDialog")
        self._department = department_name
        self.setWindowTitle(
            self.tr("Dashboard — %1").replace("%1", department_name)
            if department_name
            else self.tr("Dashboard")
        )
        self._clock = clock
        self._facts: DashboardFacts | None = None
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
            (PeriodChoice.LAST_YEAR, self.tr("Vorig jaar")),
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
        self.export_button = QPushButton(self.tr("&Exporteren"), self)
        export_menu = QMenu(self.export_button)
        self.png_action = export_menu.addAction(self.tr("Exporteren als PNG…"))
        self.pdf_action = export_menu.addAction(self.tr("Exporteren als PDF…"))
        self.png_action.triggered.connect(lambda: self.on_export_requested("png"))
        self.pdf_action.triggered.connect(lambda: self.on_export_requested("pdf"))
        self.export_button.setMenu(export_menu)
        self.export_button.setToolTip(self.tr("Het getoonde tabblad als afbeelding of PDF"))
        controls.addWidget(self.export_button)
        layout.addLayout(controls)

        self.summary_label = QLabel(self.tr("Cijfers worden geladen…"), self)
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)
        self.summary_label.setWordWrap(True)
        self.summary_label.setAccessibleName(self.tr("Samenvatting van de periode"))
        layout.addWidget(self.summary_label)

        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Grafieken, tabel of werklast"))
        self.charts = DashboardCharts(self.tabs)
        self.tabs.addTab(self.charts, self.tr("Grafieken"))
        self.table = DashboardTable(self.tabs)
        self.tabs.addTab(self.table, self.tr("Tabel"))
        self.workload = WorkloadTable(self.tabs)
        self.tabs.addTab(self.workload, self.tr("Werklast"))
        layout.addWidget(self.tabs, 1)
        hint = QLabel(
            self.tr(
                "Klik op een aantal of een staaf: de lijst toont dan precies die meldingen. "
                "Meldingen die naar 1700 teruggestuurd werden, staan niet meer op deze "
                "werkplek; het jaarverslag van de server telt ze wel."
            ),
            self,
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)

        buttons = close_buttons(self)
        layout.addWidget(buttons)

        self.charts.cell_requested.connect(lambda cell: self.request_cell(cell))
        self.table.cell_requested.connect(self.request_cell)
        self.workload.cases_requested.connect(self.cases_requested)
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
        assert isinstance(facts, DashboardFacts)
        self._facts = facts
        self.workload.show_workload(workload(facts, self._clock()))
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
        if period.days > 3 * 366:
            self.summary_label.setText(self.tr("Kies een periode van hoogstens drie jaar."))
            return
        stats = compute_stats(self._facts, period, self._clock())
        self.stats = stats
        self.summary_label.setText(self._summary_text(stats))
        self.charts.show_stats(stats)
        self.table.show_stats(stats)
        self.stats_changed.emit(stats)

    def _summary_text(self, stats: DashboardStats) -> str:
        text = (
            self.tr("%1 meldingen ontvangen van %2 tot en met %3. %4 afgerond in de periode.")
            .replace("%1", str(stats.received))
            .replace("%2", _shown(stats.period.start))
            .replace("%3", _shown(stats.period.end))
            .replace("%4", str(stats.closed))
        )
        if stats.median_days is not None:
            text += " " + self.tr("Mediaan: %1 dagen van ontvangst tot afronding.").replace(
                "%1", format_value(stats.median_days)
            )
        return text

    def table_rows(self) -> list[tuple[str, str]]:
        return self.table.rows()

    # --- click-through -------------------------------------------------------------------

    def request_cell(self, cell: Cell, previous: bool = False) -> None:
        """Ask for the cases behind a number of the period (``previous``: the one before)."""
        stats = self.stats
        if stats is None:
            return
        period = stats.report.previous if previous else stats.period
        what = f"{cell_label(cell)}, {_shown(period.start)}–{_shown(period.end)}"
        self.cases_requested.emit(set(stats.case_ids(cell, previous=previous)), what)

    # --- export --------------------------------------------------------------------------

    def export_title(self) -> str:
        period = self.period()
        return (
            self.tr("Dashboard %1, %2 tot en met %3")
            .replace("%1", self._department)
            .replace("%2", _shown(period.start))
            .replace("%3", _shown(period.end))
        )

    def on_export_requested(self, kind: str) -> None:
        caption = self.tr("Exporteren als PNG") if kind == "png" else self.tr("Exporteren als PDF")
        name_filter = self.tr("PNG-afbeelding (*.png)") if kind == "png" else self.tr("PDF (*.pdf)")
        chosen, _ = QFileDialog.getSaveFileName(
            self, caption, f"dashboard-{self.period().start.isoformat()}.{kind}", name_filter
        )
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != f".{kind}":
            path = path.with_suffix(f".{kind}")
        if self.export(kind, path):
            self.exported.emit(str(path))
        else:
            self.summary_label.setText(
                self.tr("Het bestand kon niet geschreven worden: %1").replace("%1", str(path))
            )

    def export(self, kind: str, path: Path) -> bool:
        """Write the tab shown now as ``kind`` ("png" or "pdf") to ``path``."""
        title = self.export_title()
        current = self.tabs.currentWidget()
        try:
            if current is self.charts:
                if kind == "png":
                    return dashboard_export.widget_png(self.charts, path)
                views: list[QWidget] = list(self.charts.views())
                return dashboard_export.widgets_pdf(views, title, path)
            if current is self.table:
                html = self.table.as_html(title)
            else:  # the workload is of today, whatever the period
                title = (
                    self.tr("Werklast %1 op %2")
                    .replace("%1", self._department)
                    .replace("%2", _shown(self.today()))
                )
                html = self.workload.as_html(title)
            if kind == "png":
                return dashboard_export.html_png(html, path)
            return dashboard_export.html_pdf(html, title, path)
        except OSError as error:
            log.warning("dashboard export failed: %s", type(error).__name__)
            return False
