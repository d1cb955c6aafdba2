"""The dashboard's words for the yearly report's numbers (the report's own words are in
``accountability/formats.py``, which also runs headless; these are Qt translations), and
which numbers the dashboard's table shows, in order."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from investigator_app.accountability.yearly import Cell, Metric, TableKey
from investigator_app.dashboard.stats import overview
from investigator_app.domain.investigation import ClosingGround
from investigator_app.domain.vocabulary import Category, Channel, Outcome
from investigator_app.gui.common.labels import category_label, channel_label, outcome_label
from investigator_app.gui.workspace.close_dialog import closing_ground_label


def metric_label(metric: Metric) -> str:
    return {
        Metric.RECEIVED: QCoreApplication.translate("DashboardLabels", "Ontvangen"),
        Metric.FORWARDED: QCoreApplication.translate("DashboardLabels", "Doorgestuurd door 1700"),
        Metric.REROUTED: QCoreApplication.translate("DashboardLabels", "Opnieuw doorgestuurd"),
        Metric.RETURNED: QCoreApplication.translate("DashboardLabels", "Teruggestuurd naar 1700"),
        Metric.STILL_OPEN: QCoreApplication.translate("DashboardLabels", "Nog in behandeling"),
        Metric.ACK_MET: QCoreApplication.translate(
            "DashboardLabels", "Ontvangstbevestiging op tijd"
        ),
        Metric.ACK_MISSED: QCoreApplication.translate(
            "DashboardLabels", "Ontvangstbevestiging niet op tijd"
        ),
        Metric.FEEDBACK_MET: QCoreApplication.translate(
            "DashboardLabels", "Terugkoppeling op tijd"
        ),
        Metric.FEEDBACK_MISSED: QCoreApplication.translate(
            "DashboardLabels", "Terugkoppeling niet op tijd"
        ),
        Metric.CLOSED: QCoreApplication.translate("DashboardLabels", "Afgerond"),
        Metric.WITHOUT_INVESTIGATION: QCoreApplication.translate(
            "DashboardLabels", "Afgerond zonder onderzoek"
        ),
        Metric.INVESTIGATED: QCoreApplication.translate("DashboardLabels", "Afgerond na onderzoek"),
        Metric.DAYS_MEDIAN: QCoreApplication.translate(
            "DashboardLabels", "Behandelduur, mediaan (dagen)"
        ),
        Metric.DAYS_P90: QCoreApplication.translate(
            "DashboardLabels", "Behandelduur, 90e percentiel (dagen)"
        ),
    }[metric]


def ground_label(ground: str) -> str:
    if ground == ClosingGround.OTHER.value:
        return QCoreApplication.translate("DashboardLabels", "Andere grond")
    if ground in {g.value for g in ClosingGround}:
        return closing_ground_label(ClosingGround(ground))
    return QCoreApplication.translate("DashboardLabels", "Grond niet vastgelegd")


def cell_label(cell: Cell) -> str:
    """What a number counts, in a few words (the table's rows, the case list's filter)."""
    table, group, metric = cell
    if table is TableKey.OVERVIEW:
        return metric_label(Metric(metric))
    if table is TableKey.GROUNDS:
        return QCoreApplication.translate("DashboardLabels", "Zonder onderzoek: %1").replace(
            "%1", ground_label(group)
        )
    if table is TableKey.OUTCOMES:
        return QCoreApplication.translate("DashboardLabels", "Resultaat: %1").replace(
            "%1", outcome_label(Outcome(group))
        )
    name = (
        category_label(Category(group))
        if table is TableKey.CATEGORIES
        else channel_label(Channel(group))
    )
    return f"{metric_label(Metric(metric))} — {name}"


def section_label(key: str) -> str:
    return {
        "intake": QCoreApplication.translate(
            "DashboardLabels", "Instroom: meldingen ontvangen in de periode"
        ),
        "handling": QCoreApplication.translate(
            "DashboardLabels", "Afhandeling: meldingen afgerond in de periode"
        ),
        "category": QCoreApplication.translate("DashboardLabels", "Ontvangen per categorie"),
        "channel": QCoreApplication.translate("DashboardLabels", "Ontvangen per kanaal"),
    }[key]


INTAKE: tuple[Metric, ...] = (
    Metric.RECEIVED,
    Metric.REROUTED,
    Metric.STILL_OPEN,
    Metric.ACK_MET,
    Metric.ACK_MISSED,
    Metric.FEEDBACK_MET,
    Metric.FEEDBACK_MISSED,
)
HANDLING: tuple[Metric, ...] = (
    Metric.CLOSED,
    Metric.WITHOUT_INVESTIGATION,
    Metric.INVESTIGATED,
)
DAYS: tuple[Metric, ...] = (Metric.DAYS_MEDIAN, Metric.DAYS_P90)


def table_sections() -> list[tuple[str, list[Cell]]]:
    """The table's sections and their numbers, in order."""
    grounds = [
        (TableKey.GROUNDS, g.value, Metric.WITHOUT_INVESTIGATION.value) for g in ClosingGround
    ]
    outcomes = [(TableKey.OUTCOMES, o.value, Metric.CLOSED.value) for o in Outcome]
    return [
        ("intake", [overview(m) for m in INTAKE]),
        (
            "handling",
            [*(overview(m) for m in HANDLING), *grounds, *outcomes, *(overview(m) for m in DAYS)],
        ),
        ("category", [(TableKey.CATEGORIES, c.value, Metric.RECEIVED.value) for c in Category]),
        ("channel", [(TableKey.CHANNELS, c.value, Metric.RECEIVED.value) for c in Channel]),
    ]
