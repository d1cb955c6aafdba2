"""Overzicht → Jaarverslag…: a calendar year (or another period) and a format (PDF, CSV,
XLSX); the service makes the report (``GET /api/v1/reports/yearly``: a manager's holds
their own department, a coordinator's every department) and the file is saved where the
user chose. The call runs off the GUI thread; offline, the dialog says so and nothing is
written."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from investigator_app.accountability.yearly import MAX_PERIOD_DAYS, Period
from investigator_app.domain.deadlines import BRUSSELS
from investigator_app.gui.common.background import BackgroundCall
from investigator_app.sync.errors import (
    AuthenticationFailed,
    ServiceError,
    ServiceUnreachable,
)

log = logging.getLogger("investigator_app.gui.dashboard.yearly_dialog")

FORMATS = ("pdf", "csv", "xlsx")
# (format, period) -> the file's bytes; runs off the GUI thread.
FetchReport = Callable[[str, Period], bytes]


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class YearlyReportDialog(QDialog):
    saved = Signal(str)  # the path written
    failed = Signal(str)  # what the user was told

    def __init__(
        self,
        fetch: FetchReport,
        clock: Callable[[], datetime],
        *,
        scope: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("yearlyReportDialog")
        self.setWindowTitle(self.tr("Jaarverslag"))
        self._fetch = fetch
        self._call: BackgroundCall | None = None
        self._target: Path | None = None
        today = clock().astimezone(BRUSSELS).date()
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Het jaarverslag (Bestuursdecreet, art. II.87) met de aantallen van %1: "
                "ontvangen, afgerond met en zonder onderzoek, resultaten, behandelduur en "
                "termijnen, met de vorige periode ernaast. Geen namen, geen referenties."
            ).replace("%1", scope),
            self,
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(intro)
        form = QFormLayout()
        self.year_button = QRadioButton(self.tr("&Kalenderjaar"), self)
        self.year_spin = QSpinBox(self)
        self.year_spin.setRange(2000, today.year)
        # Due before 10 February for the year before: that year is the likely one.
        self.year_spin.setValue(today.year - 1)
        self.year_spin.setAccessibleName(self.tr("Kalenderjaar"))
        form.addRow(self.year_button, self.year_spin)
        self.custom_button = QRadioButton(self.tr("Andere &periode"), self)
        dates = QHBoxLayout()
        self.from_edit = QDateEdit(_qdate(date(today.year, 1, 1)), self)
        self.from_edit.setAccessibleName(self.tr("Begin van de periode"))
        self.to_edit = QDateEdit(_qdate(today), self)
        self.to_edit.setAccessibleName(self.tr("Einde van de periode"))
        for edit in (self.from_edit, self.to_edit):
            edit.setDisplayFormat("dd/MM/yyyy")
            edit.setCalendarPopup(True)
            dates.addWidget(edit)
        form.addRow(self.custom_button, dates)
        self._choice = QButtonGroup(self)
        self._choice.addButton(self.year_button)
        self._choice.addButton(self.custom_button)
        self.year_button.setChecked(True)
        self.format_combo = QComboBox(self)
        for kind, text in (
            ("pdf", self.tr("PDF (om te lezen en in te dienen)")),
            ("csv", self.tr("CSV (één tabel)")),
            ("xlsx", self.tr("XLSX (één blad per tabel)")),
        ):
            self.format_combo.addItem(text, kind)
        format_caption = QLabel(self.tr("&Formaat"), self)
        format_caption.setBuddy(self.format_combo)
        form.addRow(format_caption, self.format_combo)
        layout.addLayout(form)
        self.status_label = QLabel("", self)
        self.status_label.setObjectName("yearlyStatus")
        self.status_label.setWordWrap(True)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.status_label)
        buttons = QDialogButtonBox(self)
        self.save_button = QPushButton(self.tr("&Opslaan…"), self)
        self.save_button.setDefault(True)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Sluiten"))
        close.clicked.connect(self.reject)
        self.save_button.clicked.connect(self.on_save_clicked)
        layout.addWidget(buttons)
        self.year_button.toggled.connect(self._follow_choice)
        self._follow_choice()
        self.setMinimumWidth(560)

    def _follow_choice(self, *_args: object) -> None:
        by_year = self.year_button.isChecked()
        self.year_spin.setEnabled(by_year)
        self.from_edit.setEnabled(not by_year)
        self.to_edit.setEnabled(not by_year)

    def fmt(self) -> str:
        return str(self.format_combo.currentData())

    def choose(self, fmt: str, *, year: int | None = None, period: Period | None = None) -> None:
        """Set the dialog's choices (as the user would)."""
        self.format_combo.setCurrentIndex(self.format_combo.findData(fmt))
        if year is not None:
            self.year_button.setChecked(True)
            self.year_spin.setValue(year)
        if period is not None:
            self.custom_button.setChecked(True)
            self.from_edit.setDate(_qdate(period.start))
            self.to_edit.setDate(_qdate(period.end))

    def period(self) -> Period | None:
        """The chosen period, or None (and the reason shown) when it cannot be asked for."""
        if self.year_button.isChecked():
            return Period.year(self.year_spin.value())
        period = Period(_pydate(self.from_edit.date()), _pydate(self.to_edit.date()))
        if period.end < period.start:
            self.status_label.setText(self.tr("Het begin van de periode ligt na het einde."))
            return None
        if period.days > MAX_PERIOD_DAYS:
            self.status_label.setText(self.tr("Kies een periode van hoogstens drie jaar."))
            return None
        return period

    def on_save_clicked(self) -> None:
        period = self.period()
        if period is None:
            return
        kind = self.fmt()
        suggested = f"jaarverslag-{period.label().replace('/', '_')}.{kind}"
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Jaarverslag opslaan"), suggested, f"{kind.upper()} (*.{kind})"
        )
        if chosen:
            self.save_to(Path(chosen))

    def save_to(self, path: Path) -> None:
        """Fetch the report of the chosen period and format and write it to ``path``."""
        period = self.period()
        if period is None:
            return
        kind = self.fmt()
        if path.suffix.lower() != f".{kind}":
            path = path.with_suffix(f".{kind}")
        self._target = path
        self.save_button.setEnabled(False)
        self.status_label.setText(self.tr("Het jaarverslag wordt opgehaald…"))
        fetch = self._fetch
        self._call = BackgroundCall(
            lambda: fetch(kind, period), self.on_fetched, self.on_fetch_failed, self
        )
        self._call.start()

    def on_fetched(self, data: object) -> None:
        self.save_button.setEnabled(True)
        assert isinstance(data, bytes) and self._target is not None
        target = self._target
        try:
            partial = target.with_name(target.name + ".part")
            partial.write_bytes(data)
            partial.replace(target)  # never a half-written report under the chosen name
        except OSError as error:
            log.warning("the yearly report could not be written: %s", type(error).__name__)
            self._tell_failure(
                self.tr("Het bestand kon niet geschreven worden: %1").replace("%1", str(target))
            )
            return
        self.status_label.setText(self.tr("Opgeslagen: %1").replace("%1", str(target)))
        self.saved.emit(str(target))

    def on_fetch_failed(self, error: Exception) -> None:
        self.save_button.setEnabled(True)
        log.info("the yearly report could not be fetched: %s", type(error).__name__)
        if isinstance(error, ServiceUnreachable):
            text = self.tr(
                "Geen verbinding met de server. Het jaarverslag wordt op de server gemaakt; "
                "probeer het opnieuw wanneer u online bent. Er is niets opgeslagen."
            )
        elif isinstance(error, AuthenticationFailed):
            text = self.tr("Uw sessie is verlopen. Meld opnieuw aan en probeer het opnieuw.")
        elif isinstance(error, ServiceError) and error.status == 403:
            text = self.tr("Uw rol mag het jaarverslag niet opvragen.")
        else:
            text = self.tr("De server kon het jaarverslag niet maken. Probeer het later opnieuw.")
        self._tell_failure(text)

    def _tell_failure(self, text: str) -> None:
        self.status_label.setText(text)
        self.failed.emit(text)


def service_fetch(server_url: str, token: str, language: str = "nl") -> FetchReport:
    """Fetch through the app's HTTP client, one client per call (a pool thread's own)."""
    from investigator_app.sync.api import ApiClient

    def fetch(fmt: str, period: Period) -> bytes:
        with ApiClient(server_url, token, timeout=30.0) as client:
            if period.is_calendar_year:
                return client.yearly_report(fmt, year=period.start.year, language=language)
            return client.yearly_report(fmt, start=period.start, end=period.end, language=language)

    return fetch
