"""The dashboard in the real desktop: a number clicks through to the main window's case
list filtered to exactly its cases, with a label that says so and clears; the manager's
Overzicht → Jaarverslag… saves the service's report and says so when offline; the
coordinator's desktop offers the yearly report instead of a sync that cannot work."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCore import Qt

from investigator_app.accountability.yearly import Metric, Period
from investigator_app.dashboard.stats import overview
from investigator_app.domain.vocabulary import Role
from investigator_app.gui.dashboard.coordinator_window import CoordinatorWindow
from investigator_app.gui.dashboard.dashboard import DashboardDialog
from investigator_app.gui.dashboard.yearly_dialog import YearlyReportDialog, service_fetch
from investigator_app.gui.shell.shortcuts import Command
from investigator_app.intake.accounts import create_user
from investigator_app.intake.actors import cli_actor
from investigator_app.sync.errors import ServiceUnreachable
from tests.support.operations import wire_op
from tests.support.world import (
    ABB,
    AN,
    MIA,
    OMG,
    PASSWORD,
    World,
    add_manager,
    open_desktop,
)


def open_dashboard(qtbot, desktop) -> DashboardDialog:  # type: ignore[no-untyped-def]
    desktop.workspace.window.commands[Command.DASHBOARD].trigger()
    dashboard = desktop.app.dashboard
    assert isinstance(dashboard, DashboardDialog)
    qtbot.waitUntil(lambda: dashboard.stats is not None, timeout=5_000)
    return dashboard


def test_a_number_clicks_through_to_exactly_its_cases(qtbot, world: World, desktops) -> None:
    add_manager(world)
    ids = [world.register_and_forward(ABB)["id"] for _ in range(3)]
    world.register_and_forward(OMG)
    acknowledged = world.operate(MIA, wire_op(world.case(MIA, ids[1]), "acknowledge"))
    assert acknowledged[0]["status"] == "applied", acknowledged
    mia = desktops(MIA)
    window = mia.workspace.window
    qtbot.waitUntil(lambda: window.model.rowCount() == 3, timeout=10_000)
    dashboard = open_dashboard(qtbot, mia)
    assert dashboard.isVisible() and dashboard.windowTitle().startswith("Dashboard — ")
    assert dashboard.stats is not None and dashboard.stats.received == 3

    table = dashboard.table
    row = table.row_of(overview(Metric.ACK_MET))
    assert row is not None and table.text_at(row) == "1"
    table.on_cell_clicked(row, 1)
    shown = {window.proxy.case_id(r) for r in range(window.proxy.rowCount())}
    assert shown == {ids[1]}
    bar = window.case_list.id_filter_bar
    assert bar.isVisible()
    assert bar.text().startswith("Uit het overzicht: Ontvangstbevestiging op tijd, ")
    assert bar.text().endswith(" — 1 melding")
    assert window.ui.countLabel.text() == "1 van 3 meldingen"

    row = table.row_of(overview(Metric.RECEIVED))
    assert row is not None
    table.on_cell_clicked(row, 1)
    assert {window.proxy.case_id(r) for r in range(window.proxy.rowCount())} == set(ids)
    assert bar.text().endswith(" — 3 meldingen")

    qtbot.mouseClick(bar.clear_button, Qt.MouseButton.LeftButton)
    assert not bar.isVisible() and window.proxy.rowCount() == 3


def test_only_a_manager_gets_the_yearly_report_and_it_is_saved(
    qtbot, world: World, desktops, tmp_path: Path, monkeypatch
) -> None:
    add_manager(world)
    world.register_and_forward(ABB)
    an = desktops(AN)
    assert not hasattr(an.workspace.window, "yearly_report_action")
    an.close()
    mia = desktops(MIA)
    action = mia.workspace.window.yearly_report_action
    assert action.text() == "&Jaarverslag…"
    assert action in mia.workspace.window.ui.menuView.actions()
    action.trigger()
    dialog = mia.app.yearly_dialog
    assert isinstance(dialog, YearlyReportDialog)
    year = Period.year(dialog.year_spin.value() + 1)  # this year: the case is in it
    dialog.choose("xlsx", year=year.start.year)
    target = tmp_path / "verslag"
    with qtbot.waitSignal(dialog.saved, timeout=10_000) as saved:
        dialog.save_to(target)
    written = Path(saved.args[0])
    assert written == target.with_suffix(".xlsx")
    book = load_workbook(written, read_only=True)
    rows = list(book["overview"].iter_rows(values_only=True))
    assert ("department:ABB", None, "received", 1, 0) in rows
    assert not any(row[0] and "OMG" in str(row[0]) for row in rows)
    assert dialog.status_label.text() == f"Opgeslagen: {written}"


def test_offline_the_yearly_report_says_so_and_writes_nothing(qtbot, tmp_path: Path) -> None:
    def offline(_fmt: str, _period: Period) -> bytes:
        raise ServiceUnreachable("no route", request_sent=False)

    dialog = YearlyReportDialog(
        offline, lambda: datetime(2027, 1, 20, tzinfo=UTC), scope="Agentschap Wegen"
    )
    qtbot.addWidget(dialog)
    assert dialog.year_spin.value() == 2026  # due before 10 February: last year's
    with qtbot.waitSignal(dialog.failed, timeout=5_000) as failed:
        dialog.save_to(tmp_path / "jaarverslag.pdf")
    assert failed.args[0].startswith("Geen verbinding met de server.")
    assert dialog.status_label.text() == failed.args[0]
    assert list(tmp_path.iterdir()) == []
    # A closed port: the real HTTP client, the same words.
    dialog._fetch = service_fetch("http://127.0.0.1:9", "token")
    with qtbot.waitSignal(dialog.failed, timeout=10_000) as failed:
        dialog.save_to(tmp_path / "jaarverslag.pdf")
    assert failed.args[0].startswith("Geen verbinding met de server.")
    assert list(tmp_path.iterdir()) == []


def test_a_coordinator_signs_in_to_the_yearly_report_not_to_a_broken_sync(
    qtbot, world: World, tmp_path: Path
) -> None:
    with world.service.session() as session:
        create_user(
            session,
            cli_actor(),
            username="ida.coordinator",
            display_name="Ida Integriteit",
            role=Role.COORDINATOR,
            department_code=None,
            password=PASSWORD,
            now=datetime.now(UTC),
        )
    world.register_and_forward(ABB)
    world.register_and_forward(OMG)
    data_dir = tmp_path / "desktop-ida"
    data_dir.mkdir()
    desktop = open_desktop(world, "ida.coordinator", data_dir)
    app = desktop.app
    try:
        assert app.workspace is None  # no case list, no store kept open, no sync runner
        window = app.coordinator
        assert window is not None and window.isVisible()
        qtbot.addWidget(window)
        assert window.windowTitle() == "Integriteitsmeldingen — Coördinator — Ida Integriteit"
        assert "werkt met het jaarverslag" in window.message.text()
        qtbot.mouseClick(window.yearly_button, Qt.MouseButton.LeftButton)
        dialog = app.yearly_dialog
        assert isinstance(dialog, YearlyReportDialog)
        dialog.choose("csv", year=datetime.now(UTC).year)
        with qtbot.waitSignal(dialog.saved, timeout=10_000) as saved:
            dialog.save_to(tmp_path / "alle-diensten.csv")
        text = Path(saved.args[0]).read_text("utf-8")
        assert "overview,all,,received,2," in text
        assert "department:ABB" in text and "department:OMG" in text
        # Signing out ends the token on the service and leaves for the sign-in.
        token = world.token("ida.coordinator")
        app._sign_in.ask = lambda *args, **kwargs: None  # type: ignore[method-assign]
        with qtbot.waitSignal(app.exit_requested, timeout=5_000):
            qtbot.mouseClick(window.sign_out_button, Qt.MouseButton.LeftButton)
        assert app.coordinator is None
        with world.http(None) as http:
            qtbot.waitUntil(
                lambda: (
                    http.get("/me", headers={"Authorization": f"Bearer {token}"}).status_code == 401
                ),
                timeout=5_000,
            )
    finally:
        app.close_workspace()


def test_the_new_windows_name_every_control(qtbot) -> None:
    from tests.gui.test_accessibility import unnamed_controls

    yearly = YearlyReportDialog(
        lambda _fmt, _period: b"", lambda: datetime(2027, 1, 20, tzinfo=UTC), scope="ABB"
    )
    coordinator = CoordinatorWindow("Ida Integriteit")
    for widget in (yearly, coordinator):
        qtbot.addWidget(widget)
        widget.show()
        assert unnamed_controls(widget) == [], widget.windowTitle()
