"""Issue 13, accountability, end to end: a real service on loopback holding a year of
generated cases with known answers, and the real desktop of ABB's manager and of a
coordinator.

1. the known numbers, exactly, in the PDF, the CSV and the XLSX the desktop saves through
   Overzicht → Jaarverslag…, and on the dashboard;
2. the coordinator's token reads every department's statistics and gets 403/404 on every
   case endpoint; the manager's report holds only their department;
3. purging the year's closed cases changes none of its numbers;
4. (related cases across departments: tests/acceptance/test_related_cases.py, another
   part of the issue);
5. a dashboard number clicks through to exactly its cases in the case list.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import select

from investigator_app.accountability import formats
from investigator_app.accountability.yearly import Metric, Period, TableKey
from investigator_app.domain.events import EventKind
from investigator_app.domain.investigation import ClosingGround, Conclusion
from investigator_app.domain.vocabulary import Category, Channel, Outcome, Role, Status
from investigator_app.gui.dashboard.dashboard import DashboardDialog
from investigator_app.gui.dashboard.yearly_dialog import YearlyReportDialog
from investigator_app.gui.shell.shortcuts import Command
from investigator_app.intake import retention
from investigator_app.intake.accounts import create_department, create_user
from investigator_app.intake.actors import cli_actor
from investigator_app.intake.feed import publish
from investigator_app.intake.models import Case
from investigator_app.protocol import API_PREFIX
from tests.support.operations import wire_op
from tests.support.world import (
    ABB,
    AN,
    MIA,
    OMG,
    PASSWORD,
    Desktop,
    World,
    add_manager,
    open_desktop,
)
from tests.support.yearly_cases import Spec, forwarded, insert_cases

YEAR = 2026
COORDINATOR = "ida.coordinator"
F, R, B = EventKind.FORWARDED, EventKind.REROUTED, EventKind.RETURNED
C = Conclusion


def at(month: int, day: int, year: int = YEAR, hour: int = 10) -> datetime:
    return datetime(year, month, day, hour, tzinfo=UTC)


# ABB holds each of its cases (a case it returned leaves its desktop; the report's own
# tests count returns, tests/intake/test_yearly_report.py). OMG's and the 1700 desk's are
# there so that a manager's report must leave them out and the coordinator's keep them.
SPECS = [
    # Y-000000000: investigated, founded; acknowledged and fed back in time; 30 days
    Spec(
        at(2, 10), Status.CLOSED, ABB, Category.BRIBERY, Channel.EMAIL, forwarded(ABB),
        acknowledged_at=at(2, 12), closed_at=at(3, 12), feedback_sent_at=at(3, 1),
        outcome=Outcome.FOUNDED,
        allegations=((ABB, (C.UNFOUNDED, C.FOUNDED), False), (ABB, (C.UNFOUNDED,), False),
                     (ABB, (), True)),
    ),
    # Y-000000001: acknowledged late, closed without investigation (facts too old)
    Spec(
        at(4, 1), Status.CLOSED, ABB, Category.BRIBERY, Channel.PHONE, forwarded(ABB),
        acknowledged_at=at(4, 20), closed_at=at(5, 1), outcome=Outcome.INADMISSIBLE,
        ground=ClosingGround.FACTS_TOO_OLD,
    ),
    # Y-000000002: still investigating, never acknowledged: both deadlines missed
    Spec(at(6, 1), Status.INVESTIGATING, ABB, Category.CONFLICT_OF_INTEREST,
         events=forwarded(ABB)),
    # Y-000000003: received in 2025, closed in 2026: partly founded, 30 days
    Spec(
        at(12, 20, 2025), Status.CLOSED, ABB, Category.ABUSE_OF_POWERS, Channel.PHONE,
        forwarded(ABB), acknowledged_at=at(12, 22, 2025), closed_at=at(1, 19),
        outcome=Outcome.PARTLY_FOUNDED,
        allegations=((ABB, (C.PARTLY_FOUNDED,), False), (ABB, (C.NOT_DETERMINABLE,), False)),
    ),
    # Y-000000004: re-routed to ABB by 1700 after OMG returned it; both deadlines met
    Spec(at(3, 2), Status.ACKNOWLEDGED, ABB, Category.OTHER, Channel.CHAT,
         ((F, OMG), (B, OMG), (R, ABB)), acknowledged_at=at(3, 4), feedback_sent_at=at(3, 20)),
    # Y-000000005: 2025, closed in 2025: the previous year
    Spec(
        at(5, 5, 2025), Status.CLOSED, ABB, Category.BRIBERY, Channel.PHONE, forwarded(ABB),
        acknowledged_at=at(5, 6, 2025), closed_at=at(6, 4, 2025),
        feedback_sent_at=at(6, 1, 2025), outcome=Outcome.FOUNDED,
        allegations=((ABB, (C.FOUNDED,), False),),
    ),
    # Y-000000006: OMG's, manifestly unfounded
    Spec(
        at(7, 7), Status.CLOSED, OMG, Category.THEFT_OF_RESOURCES, Channel.EMAIL,
        forwarded(OMG), acknowledged_at=at(7, 8), closed_at=at(7, 17),
        outcome=Outcome.UNFOUNDED, ground=ClosingGround.MANIFESTLY_UNFOUNDED,
    ),
    # Y-000000007: still at the 1700 desk
    Spec(at(11, 30), Status.REGISTERED, None, Category.OTHER, Channel.CHAT),
    # Y-000000008: 2024, outside both periods
    Spec(at(3, 3, 2024), Status.CLOSED, ABB, events=forwarded(ABB), closed_at=at(4, 3, 2024),
         outcome=Outcome.FOUNDED),
]  # fmt: skip

# ABB's known answers: (table, group, metric) -> (2026, 2025)
ABB_NUMBERS: dict[tuple[TableKey, str, str], tuple[Any, Any]] = {
    (TableKey.OVERVIEW, "", "received"): (4, 2),
    (TableKey.OVERVIEW, "", "forwarded"): (3, 2),
    (TableKey.OVERVIEW, "", "rerouted"): (1, 0),
    (TableKey.OVERVIEW, "", "returned_to_1700"): (0, 0),
    (TableKey.OVERVIEW, "", "still_open"): (2, 0),
    (TableKey.OVERVIEW, "", "acknowledgement_met"): (2, 2),
    (TableKey.OVERVIEW, "", "acknowledgement_missed"): (2, 0),
    (TableKey.OVERVIEW, "", "feedback_met"): (3, 2),
    (TableKey.OVERVIEW, "", "feedback_missed"): (1, 0),
    (TableKey.OVERVIEW, "", "closed"): (3, 1),
    (TableKey.OVERVIEW, "", "closed_without_investigation"): (1, 0),
    (TableKey.OVERVIEW, "", "investigated"): (2, 1),
    (TableKey.OVERVIEW, "", "handling_days_median"): (30.0, 30.0),
    (TableKey.OVERVIEW, "", "handling_days_p90"): (30.0, 30.0),
    (TableKey.GROUNDS, "facts_too_old", "closed_without_investigation"): (1, 0),
    (TableKey.OUTCOMES, "founded", "closed"): (1, 1),
    (TableKey.OUTCOMES, "partly_founded", "closed"): (1, 0),
    (TableKey.OUTCOMES, "inadmissible", "closed"): (1, 0),
    (TableKey.OUTCOMES, "unfounded", "closed"): (0, 0),
    (TableKey.CATEGORIES, "bribery", "received"): (2, 1),
    (TableKey.CATEGORIES, "other", "received"): (1, 0),
    (TableKey.CHANNELS, "phone", "received"): (2, 2),
}
# The cases behind some of them, by reference, for the click-through.
BEHIND = {
    (TableKey.OVERVIEW, "", "closed"): {"Y-000000000", "Y-000000001", "Y-000000003"},
    (TableKey.OVERVIEW, "", "acknowledgement_missed"): {"Y-000000001", "Y-000000002"},
    (TableKey.GROUNDS, "facts_too_old", "closed_without_investigation"): {"Y-000000001"},
}
ABB_SCOPE = f"department:{ABB}"


@pytest.fixture
def year(world: World) -> Iterator[World]:
    """ABB's manager, a coordinator, and the generated cases in the departments' feeds."""
    add_manager(world)
    now = datetime.now(UTC)
    with world.service.session() as session:
        create_department(session, cli_actor(), "VMM", "Vlaamse Milieumaatschappij", now)
        create_user(
            session,
            cli_actor(),
            username=COORDINATOR,
            display_name="Ida Integriteit",
            role=Role.COORDINATOR,
            department_code=None,
            password=PASSWORD,
            now=now,
        )
    with world.service.session() as session:
        ids = insert_cases(session, SPECS, world.user_id(AN))
    with world.service.session() as session:
        # A year of history cannot be made through the API: the rows were inserted, and
        # the feed is told of them as the service tells it of every change.
        for case in session.scalars(select(Case).where(Case.id.in_(ids))):
            publish(session, case)
    yield world


def report_cells(document: dict[str, Any]) -> dict[tuple[str, str, str, str], tuple[Any, Any]]:
    return {
        (table["table"], scope, group, metric): (current, previous)
        for table in document["tables"]
        for scope, group, metric, current, previous in table["rows"]
    }


def pdf_text(data: bytes) -> str:
    pages = PdfReader(io.BytesIO(data)).pages
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in pages))


def shown(value: Any) -> str:
    return f"{value:.1f}".replace(".", ",") if isinstance(value, float) else str(value)


def number(text: str | None) -> Any:
    if text in ("", None):
        return None
    assert text is not None
    return float(text) if "." in text else int(text)


def save_report(qtbot, dialog: YearlyReportDialog, fmt: str, path: Path) -> bytes:  # type: ignore[no-untyped-def]
    dialog.choose(fmt, year=YEAR)
    with qtbot.waitSignal(dialog.saved, timeout=15_000) as saved:
        dialog.save_to(path)
    return Path(saved.args[0]).read_bytes()


def open_dashboard(qtbot, desktop: Desktop) -> DashboardDialog:  # type: ignore[no-untyped-def]
    desktop.workspace.window.commands[Command.DASHBOARD].trigger()
    dashboard = desktop.app.dashboard
    assert isinstance(dashboard, DashboardDialog)
    qtbot.waitUntil(lambda: dashboard.stats is not None, timeout=5_000)
    with qtbot.waitSignal(dashboard.stats_changed, timeout=5_000):
        dashboard.set_custom_period(Period.year(YEAR).start, Period.year(YEAR).end)
    return dashboard


def synced(qtbot, desktop: Desktop, count: int) -> None:  # type: ignore[no-untyped-def]
    model = desktop.workspace.window.model
    qtbot.waitUntil(lambda: model.rowCount() == count, timeout=15_000)


ABB_HELD = 7  # ABB's cases on its desktop: all but OMG's, the desk's (and none returned)


def test_1_known_numbers_in_pdf_csv_xlsx_and_on_the_dashboard(
    qtbot, year: World, desktops, tmp_path: Path
) -> None:
    mia = desktops(MIA)
    synced(qtbot, mia, ABB_HELD)
    mia.workspace.window.yearly_report_action.trigger()
    dialog = mia.app.yearly_dialog
    assert isinstance(dialog, YearlyReportDialog)
    # CSV: one table with a table column.
    rows = list(
        csv.DictReader(io.StringIO(save_report(qtbot, dialog, "csv", tmp_path / "j.csv").decode()))
    )
    from_csv = {
        (r["table"], r["group"], r["metric"]): (number(r["current"]), number(r["previous"]))
        for r in rows
        if r["scope"] == ABB_SCOPE
    }
    # XLSX: one sheet per table.
    book = load_workbook(io.BytesIO(save_report(qtbot, dialog, "xlsx", tmp_path / "j.xlsx")))
    from_xlsx = {
        (sheet, group or "", metric): (current, previous)
        for sheet in book.sheetnames
        for scope, group, metric, current, previous in book[sheet].iter_rows(
            min_row=2, values_only=True
        )
        if scope == ABB_SCOPE
    }
    # PDF: the overview's lines read back.
    text = pdf_text(save_report(qtbot, dialog, "pdf", tmp_path / "j.pdf"))
    assert f"Jaarverslag integriteitsmeldingen {YEAR}" in text
    # The dashboard of the same year.
    dashboard = open_dashboard(qtbot, mia)
    stats = dashboard.stats
    assert stats is not None
    for (table, group, metric), expected in ABB_NUMBERS.items():
        key = (table.value, group, metric)
        assert from_csv[key] == expected, ("csv", key)
        assert from_xlsx[key] == expected, ("xlsx", key)
        if table is TableKey.OVERVIEW:
            line = f"{formats.metric_label(metric)} {shown(expected[0])} {shown(expected[1])}"
            assert line in text, ("pdf", line)
        cell = (table, group, metric)
        assert (stats.value(cell), stats.previous(cell)) == expected, ("dashboard", cell)
        row = dashboard.table.row_of(cell)
        if row is not None:  # the dashboard's table shows it: the same text as the report's
            assert dashboard.table.text_at(row) == shown(expected[0])


def test_2_coordinator_reads_every_department_and_no_case(
    qtbot, year: World, desktops, tmp_path: Path
) -> None:
    with year.http(COORDINATOR) as http:
        answer = http.get("/reports/yearly", params={"year": YEAR})
        assert answer.status_code == 200
        scopes = answer.json()["scopes"]
        assert {"all", f"department:{ABB}", f"department:{OMG}", "department:VMM"} <= set(scopes)
        cells = report_cells(answer.json())
        assert cells[("overview", "all", "", "received")][0] == 6  # with OMG's and the desk's
        # Every route but signing in (the coordinator's own account) and the report
        # answers 403 or 404.
        case_id = year.register_and_forward(ABB)["id"]
        walked = 0
        for path, operations in http.get("/openapi.json").json()["paths"].items():
            path = path.removeprefix(API_PREFIX)
            if path.startswith("/auth/") or path in ("/me", "/reports/yearly"):
                continue
            concrete = re.sub(r"\{(\w+)\}", lambda m: "0" * 64 if "sha" in m[1] else case_id, path)
            for method in operations:
                got = http.request(
                    method.upper(),
                    concrete,
                    params={"case_id": case_id, "cursor": 0},
                    json={"operations": [wire_op(case_id, "acknowledge")], "reason": "x" * 20},
                )
                assert got.status_code in (403, 404), (method, path, got.status_code)
                walked += 1
        assert walked >= 10
    # The coordinator's desktop: the report of every department, through the real client.
    data_dir = tmp_path / "desktop-coordinator"
    data_dir.mkdir()
    coordinator = open_desktop(year, COORDINATOR, data_dir)
    try:
        assert coordinator.app.workspace is None and coordinator.app.coordinator is not None
        coordinator.app.coordinator.yearly_button.click()
        dialog = coordinator.app.yearly_dialog
        assert isinstance(dialog, YearlyReportDialog)
        text = save_report(qtbot, dialog, "csv", tmp_path / "alle.csv").decode()
        assert f"department:{OMG}" in text and f"department:{ABB}" in text
        for word in ("Y-0000", "Ward", "Verhaegen", "Fictieve", "Lindebeek"):
            assert word not in text
    finally:
        coordinator.app.close_workspace()
    # The manager's, through their desktop: ABB only.
    mia = desktops(MIA)
    mia.workspace.window.yearly_report_action.trigger()
    dialog = mia.app.yearly_dialog
    assert isinstance(dialog, YearlyReportDialog)
    text = save_report(qtbot, dialog, "csv", tmp_path / "abb.csv").decode()
    assert ABB_SCOPE in text
    for other in (OMG, "VMM", "domain:", ",all,"):
        assert other not in text
    pdf = pdf_text(save_report(qtbot, dialog, "pdf", tmp_path / "abb.pdf"))
    assert OMG not in pdf and "VMM" not in pdf and "Alle diensten" not in pdf
    # An investigator has no Jaarverslag… and the service refuses them the report.
    with year.http(AN) as http:
        assert http.get("/reports/yearly", params={"year": YEAR}).status_code == 403


def test_3_purging_the_years_closed_cases_changes_none_of_its_numbers(year: World) -> None:
    def report() -> dict[str, Any]:
        with year.http(MIA) as http:
            answer = http.get("/reports/yearly", params={"year": YEAR})
        assert answer.status_code == 200
        return dict(answer.json())

    before = report()
    cells = report_cells(before)
    for (table, group, metric), (current, previous) in ABB_NUMBERS.items():
        if metric in ("still_open", "acknowledgement_missed", "feedback_missed"):
            continue  # "now" moves these for open cases, not the purge
        assert cells[(table.value, ABB_SCOPE, group, metric)] == (current, previous)
    # Ten years on, a five-year retention purges every case closed in 2025 and 2026.
    result = retention.purge(year.service.database, cli_actor(), at(1, 1, 2036), 5)
    assert len(result.purged) == 6  # 0, 1, 3, 5 (ABB), 6 (OMG), 8 (2024)
    assert report()["tables"] == before["tables"]


def test_5_a_dashboard_number_clicks_through_to_exactly_its_cases(
    qtbot, year: World, desktops
) -> None:
    mia = desktops(MIA)
    synced(qtbot, mia, ABB_HELD)
    window = mia.workspace.window
    dashboard = open_dashboard(qtbot, mia)
    for cell, references in BEHIND.items():
        row = dashboard.table.row_of(cell)
        assert row is not None, cell
        assert dashboard.table.text_at(row) == str(len(references))
        dashboard.table.on_cell_clicked(row, 1)
        listed = {
            window.model.case_at(window.proxy.mapToSource(window.proxy.index(r, 0)).row()).reference
            for r in range(window.proxy.rowCount())
        }
        assert listed == references, cell
        bar = window.case_list.id_filter_bar.text()
        assert bar.startswith("Uit het overzicht: ")
        assert bar.endswith(
            f" — {len(references)} meldingen" if len(references) > 1 else " — 1 melding"
        )
    # A bar of a chart: received in the year, category "Omkoping".
    bars, cells = dashboard.charts.bars["category"][0]
    index = cells.index((TableKey.CATEGORIES, Category.BRIBERY.value, Metric.RECEIVED.value))
    bars.clicked.emit(index)
    assert window.proxy.rowCount() == 2 == bars.at(index)
    window.case_list.id_filter_bar.clear_button.click()
    assert window.proxy.rowCount() == ABB_HELD
    assert not window.case_list.id_filter_bar.isVisible()


# --- 4. related cases across departments -------------------------------------------------
# Written by the part of issue 13 that matches involved persons across departments, in
# tests/acceptance/test_related_cases.py: a report naming "Zéphyrine Van den
# Bossche-D'Hondt" matching another department's "zephyrine van den bossche d hondt".
