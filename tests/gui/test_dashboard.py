"""The manager's dashboard: the yearly report's numbers of the department from a real local
store, the dialog that shows them, the cases behind each number, the workload and the
export of charts and tables."""

from __future__ import annotations

import io
import random
import re
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCharts import QChartView, QPieSeries

from investigator_app.accountability.yearly import (
    DepartmentFacts,
    Handover,
    HandoverKind,
    Metric,
    ReportFacts,
    TableKey,
    build_report,
    figures,
    members,
)
from investigator_app.dashboard.facts import load_facts
from investigator_app.dashboard.stats import (
    Period,
    PeriodChoice,
    compute_stats,
    overview,
    period_for,
    workload,
)
from investigator_app.domain.investigation import ClosingGround, Investigation, Task, TaskState
from investigator_app.domain.lifecycle import Action
from investigator_app.domain.vocabulary import Category, Channel, Outcome, Status
from investigator_app.gui.dashboard.dashboard import DashboardDialog
from investigator_app.protocol import CaseOut
from investigator_app.store import LocalStore
from tests.store.case_factory import COLLEAGUE, ME, make_case, me, page
from tests.support.operations import queue_action

NOW = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)
NOVEMBER = Period(date(2026, 11, 1), date(2026, 11, 30))


def case(
    case_id: str,
    received: datetime,
    *,
    status: Status = Status.FORWARDED,
    category: Category = Category.BRIBERY,
    acknowledged: datetime | None = None,
    closed: datetime | None = None,
    outcome: Outcome | None = None,
    ground: ClosingGround | None = None,
    **changes: object,
) -> CaseOut:
    return make_case(
        case_id, status=status, acknowledged_at=acknowledged, outcome=outcome
    ).model_copy(
        update={
            "received_at": received,
            "forwarded_at": received + timedelta(hours=1),
            "closed_at": closed,
            "category": category,
            "closing_ground": ground,
            **changes,
        }
    )


def task(task_id: str, owner: str, due: date | None, state: TaskState = TaskState.OPEN) -> Task:
    return Task(
        id=task_id,
        description="Getuige horen",
        owner_id=owner,
        owner=None,
        due=due,
        state=state,
        created_by="Ines Investigator",
        created_at=NOW - timedelta(days=30),
    )


@pytest.fixture
def store(tmp_path: Path) -> Iterator[LocalStore]:
    """A department's November: seven cases in every state a manager asks about."""
    opened = LocalStore.open(tmp_path / "store.sqlite3")
    opened.set_identity(me())
    nov = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
    opened.apply_changes(
        page(
            # acknowledged on day 3 (met), closed founded after 20 days (feedback met)
            case(
                "a",
                nov,
                status=Status.CLOSED,
                acknowledged=nov + timedelta(days=3),
                closed=nov + timedelta(days=20),
                outcome=Outcome.FOUNDED,
            ),
            # acknowledged on day 9 (late), closed unfounded after 10 days
            case(
                "b",
                nov + timedelta(days=1),
                status=Status.CLOSED,
                category=Category.CONFLICT_OF_INTEREST,
                acknowledged=nov + timedelta(days=10),
                closed=nov + timedelta(days=11),
                outcome=Outcome.UNFOUNDED,
            ),
            # not acknowledged, 24 days old: acknowledgement overdue; assigned to me
            case("c", nov + timedelta(days=2), assignee=ME),
            # received yesterday: nothing due yet
            case("d", NOW - timedelta(days=1), category=Category.OTHER),
            # investigating, acknowledged in time; a colleague's, with tasks
            case(
                "e",
                nov + timedelta(days=5),
                status=Status.INVESTIGATING,
                acknowledged=nov + timedelta(days=6),
                assignee=COLLEAGUE,
                investigation=Investigation(
                    tasks=(
                        task("t1", COLLEAGUE.id, date(2026, 11, 20)),  # overdue
                        task("t2", COLLEAGUE.id, date(2026, 12, 20)),
                        task("t3", ME.id, None),
                        task("t4", COLLEAGUE.id, date(2026, 11, 1), TaskState.DONE),
                    )
                ),
            ),
            # received in October, closed in November after 40 days without investigation
            case(
                "f",
                datetime(2026, 10, 5, 9, 0, tzinfo=UTC),
                status=Status.CLOSED,
                acknowledged=datetime(2026, 10, 6, 9, 0, tzinfo=UTC),
                closed=datetime(2026, 11, 14, 9, 0, tzinfo=UTC),
                outcome=Outcome.INADMISSIBLE,
                ground=ClosingGround.FACTS_TOO_OLD,
            ),
            # received in March: outside every period but "this year"
            case(
                "g",
                datetime(2026, 3, 2, 9, 0, tzinfo=UTC),
                status=Status.ACKNOWLEDGED,
                acknowledged=datetime(2026, 3, 3, 9, 0, tzinfo=UTC),
            ),
            cursor=7,
        )
    )
    opened.set_identity(me())
    yield opened
    opened.close()


def test_the_numbers_are_the_yearly_reports_and_name_their_cases(store: LocalStore) -> None:
    facts = load_facts(store, NOW)
    stats = compute_stats(facts, NOVEMBER, NOW)
    # intake: received in November
    assert stats.received == 5
    assert stats.case_ids(overview(Metric.RECEIVED)) == {"a", "b", "c", "d", "e"}
    assert stats.count(overview(Metric.STILL_OPEN)) == 3
    assert stats.count(overview(Metric.ACK_MET)) == 2  # a, e
    assert stats.case_ids(overview(Metric.ACK_MISSED)) == {"b", "c"}  # late, overdue
    assert stats.count(overview(Metric.FEEDBACK_MET)) == 2  # a, b (closed in time)
    # handling: closed in November, whenever received
    assert stats.closed == 3
    assert stats.case_ids(overview(Metric.CLOSED)) == {"a", "b", "f"}
    assert stats.case_ids(overview(Metric.WITHOUT_INVESTIGATION)) == {"f"}
    assert stats.case_ids((TableKey.GROUNDS, "facts_too_old", "closed_without_investigation")) == {
        "f"
    }
    assert stats.count((TableKey.OUTCOMES, "inadmissible", "closed")) == 1
    assert stats.median_days == 20.0  # 10, 20, 40 days
    assert stats.count((TableKey.CATEGORIES, "bribery", "received")) == 3
    # The one source: the report's own function over the same facts gives the same numbers.
    alone = figures(facts.cases, NOVEMBER, NOW, facts.policies, {"AGO"}).metrics
    for metric in Metric:
        assert stats.value(overview(metric)) == alone[metric], metric
    # Every number of every table is exactly as many cases as it names.
    for cell, (current, _previous) in stats.cells.items():
        if cell[0] is TableKey.CONCLUSIONS or cell[2].startswith("handling_days"):
            continue
        assert len(stats.case_ids(cell)) == current, cell


def test_closed_in_the_period_and_the_outcomes_never_contradict(qtbot, store: LocalStore) -> None:
    """The new user's finding: a period whose only closing was of a case received before it
    said "1 afgerond" above and "geen in deze periode" in the outcome chart."""
    dialog = DashboardDialog(lambda: load_facts(store, NOW), lambda: NOW)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.stats_changed, timeout=5_000):
        dialog.show()
    with qtbot.waitSignal(dialog.stats_changed, timeout=1_000):
        dialog.set_custom_period(date(2026, 11, 14), date(2026, 11, 15))  # only f closed
    assert dialog.summary_label.text().startswith(
        "0 meldingen ontvangen van 14/11/2026 tot en met 15/11/2026. 1 afgerond in de periode."
    )
    outcome = dialog.charts.outcome_view.chart()
    assert "geen" not in outcome.title()
    pie = outcome.series()[0]
    assert isinstance(pie, QPieSeries)
    assert [s.label() for s in pie.slices()] == ["Niet-ontvankelijk (1)"]
    rows = dict(dialog.table_rows())
    assert rows["Afgerond"] == "1"
    assert rows["Resultaat: Niet-ontvankelijk"] == "1"
    assert sum(int(v) for k, v in rows.items() if k.startswith("Resultaat: ")) == 1


def test_a_local_action_not_yet_sent_counts_as_the_user_sees_it(store: LocalStore) -> None:
    queue_action(store, "c", Action.ACKNOWLEDGE, made_at=NOW)
    stats = compute_stats(load_facts(store, NOW), NOVEMBER, NOW)
    assert stats.case_ids(overview(Metric.ACK_MISSED)) == {"b", "c"}  # acknowledged late
    assert stats.count(overview(Metric.ACK_MET)) == 2


def test_the_workload_per_investigator(store: LocalStore) -> None:
    rows = {row.name: row for row in workload(load_facts(store, NOW), NOW)}
    ines, cas = rows["Ines Investigator"], rows["Cas Colleague"]
    assert ines.open_cases == {"c"} and ines.overdue_deadlines == {"c"}
    assert (ines.open_tasks, ines.overdue_tasks) == (1, 0)
    assert cas.open_cases == {"e"} and cas.overdue_deadlines == set()
    assert (cas.open_tasks, cas.overdue_tasks) == (2, 1)
    assert cas.overdue_task_cases == {"e"}
    unassigned = rows[""]
    assert unassigned.person_id is None and unassigned.open_cases == {"d", "g"}


def test_the_periods_a_manager_picks() -> None:
    today = date(2026, 2, 14)
    assert period_for(PeriodChoice.THIS_MONTH, today) == Period(date(2026, 2, 1), today)
    assert period_for(PeriodChoice.LAST_3_MONTHS, today) == Period(date(2025, 12, 1), today)
    assert period_for(PeriodChoice.THIS_YEAR, today) == Period(date(2026, 1, 1), today)
    assert period_for(PeriodChoice.LAST_YEAR, today) == Period.year(2025)


def test_the_dialog_shows_the_period_as_charts_table_and_workload(qtbot, store: LocalStore) -> None:
    dialog = DashboardDialog(
        lambda: load_facts(store, NOW), lambda: NOW, department_name="Agentschap Wegen"
    )
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.stats_changed, timeout=5_000) as shown:
        dialog.show()
    assert dialog.windowTitle() == "Dashboard — Agentschap Wegen"
    assert shown.args[0].period == Period(date(2026, 11, 1), date(2026, 11, 26))
    assert dialog.from_edit.text() == "01/11/2026"
    assert not dialog.from_edit.isEnabled()  # a fixed period: no dates to type
    assert dialog.summary_label.text() == (
        "5 meldingen ontvangen van 01/11/2026 tot en met 26/11/2026. "
        "3 afgerond in de periode. Mediaan: 20,0 dagen van ontvangst tot afronding."
    )
    rows = dict(dialog.table_rows())
    assert rows["Ontvangen"] == "5"
    assert rows["Afgerond zonder onderzoek"] == "1"
    assert rows["Zonder onderzoek: Feiten ouder dan een jaar"] == "1"
    assert rows["Ontvangstbevestiging niet op tijd"] == "2"
    views = dialog.findChildren(QChartView)
    assert len(views) == 4
    assert all(view.chart() is not None and view.chart().series() for view in views)
    assert dialog.workload.rowCount() == 3

    with qtbot.waitSignal(dialog.stats_changed, timeout=1_000) as shown:
        dialog.choose_period(PeriodChoice.THIS_YEAR)
    assert shown.args[0].received == 7

    with qtbot.waitSignal(dialog.stats_changed, timeout=1_000):
        dialog.set_custom_period(date(2026, 3, 1), date(2026, 3, 31))
    assert dialog.stats is not None and dialog.stats.received == 1
    assert dialog.stats.median_days is None
    assert dict(dialog.table_rows())["Behandelduur, mediaan (dagen)"] == "—"

    dialog.to_edit.setDate(dialog.from_edit.date().addDays(-1))
    assert dialog.summary_label.text() == "Het begin van de periode ligt na het einde."


def test_every_number_and_bar_asks_for_exactly_its_cases(qtbot, store: LocalStore) -> None:
    dialog = DashboardDialog(lambda: load_facts(store, NOW), lambda: NOW)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.stats_changed, timeout=5_000):
        dialog.show()
    table = dialog.table
    row = table.row_of(overview(Metric.CLOSED))
    assert row is not None
    with qtbot.waitSignal(dialog.cases_requested, timeout=1_000) as asked:
        table.on_cell_clicked(row, 1)
    assert asked.args[0] == {"a", "b", "f"}
    assert asked.args[1] == "Afgerond, 01/11/2026–26/11/2026"
    with qtbot.waitSignal(dialog.cases_requested, timeout=1_000) as asked:
        table.on_cell_clicked(row, 2)  # the period before: October 6 – 31
    assert asked.args[0] == set() and table.text_at(row, 2) == "0"
    # A bar: the category chart's "Omkoping" (received in the period).
    bars, cells = dialog.charts.bars["category"][0]
    index = cells.index((TableKey.CATEGORIES, "bribery", "received"))
    assert bars.at(index) == 3
    with qtbot.waitSignal(dialog.cases_requested, timeout=1_000) as asked:
        bars.clicked.emit(index)
    assert asked.args[0] == {"a", "c", "e"}
    # The deadline chart's "niet op tijd" bar of the acknowledgement.
    late, cells = dialog.charts.bars["deadline"][1]
    with qtbot.waitSignal(dialog.cases_requested, timeout=1_000) as asked:
        late.clicked.emit(0)
    assert asked.args[0] == {"b", "c"}
    # A slice of the outcomes.
    pie_slice, _cell = dialog.charts.slices[0]
    with qtbot.waitSignal(dialog.cases_requested, timeout=1_000) as asked:
        pie_slice.clicked.emit()
    assert asked.args[0] == {"a"}
    # The workload: the colleague's overdue tasks.
    workload_rows = dialog.workload.rows()
    cas = next(r for r, cells in enumerate(workload_rows) if cells[0] == "Cas Colleague")
    assert workload_rows[cas][1:] == ["1", "0", "2", "1"]
    with qtbot.waitSignal(dialog.cases_requested, timeout=1_000) as asked:
        dialog.workload.on_cell_clicked(cas, 4)
    assert asked.args == [{"e"}, "taken over datum van Cas Colleague"]


def test_charts_and_tables_export_as_real_png_and_pdf(
    qtbot, store: LocalStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = DashboardDialog(
        lambda: load_facts(store, NOW), lambda: NOW, department_name="Agentschap Wegen"
    )
    qtbot.addWidget(dialog)
    dialog.resize(1200, 800)
    with qtbot.waitSignal(dialog.stats_changed, timeout=5_000):
        dialog.show()
    for tab in (dialog.charts, dialog.table, dialog.workload):
        dialog.tabs.setCurrentWidget(tab)
        png, pdf = tmp_path / f"{tab.objectName()}.png", tmp_path / f"{tab.objectName()}.pdf"
        assert dialog.export("png", png)
        data = png.read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n"
        width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
        assert width >= 300 and height >= 100, tab.objectName()
        assert dialog.export("pdf", pdf)
        reader = PdfReader(io.BytesIO(pdf.read_bytes()))
        assert len(reader.pages) >= 1
        if tab is dialog.table:
            text = re.sub(r"\s+", " ", " ".join(page.extract_text() for page in reader.pages))
            assert "Dashboard Agentschap Wegen, 01/11/2026 tot en met 26/11/2026" in text
            assert "Afgerond zonder onderzoek" in text and "Zonder onderzoek: Feiten" in text
        if tab is dialog.workload:
            assert "Cas Colleague" in re.sub(r"\s+", " ", reader.pages[0].extract_text())
    # Through the menu, as a user: the file dialog's answer gets the extension it lacks.
    chosen = tmp_path / "uit-het-menu"
    monkeypatch.setattr(
        "investigator_app.gui.dashboard.dashboard.QFileDialog.getSaveFileName",
        lambda *args, **kwargs: (str(chosen), ""),
    )
    with qtbot.waitSignal(dialog.exported, timeout=5_000) as written:
        dialog.pdf_action.trigger()
    assert written.args == [str(chosen.with_suffix(".pdf"))]
    assert chosen.with_suffix(".pdf").read_bytes().startswith(b"%PDF")


def test_the_cases_behind_each_number_are_as_many_as_the_report_counts() -> None:
    """``members`` against ``build_report`` on random facts: every department's every
    number (bar handling times and per-allegation counts) names that many cases. (A case
    handed to one department twice would count twice and be one id: not generated.)"""
    rng = random.Random(13)
    codes = ["ABB", "OMG", "VMM"]
    start = datetime(2025, 1, 1, 9, tzinfo=UTC)
    facts: list[ReportFacts] = []
    for number in range(600):
        received = start + timedelta(hours=rng.randrange(2 * 365 * 24))
        code = rng.choice(codes)
        status = rng.choice([Status.FORWARDED, Status.ACKNOWLEDGED, Status.CLOSED, Status.CLOSED])
        closed = (
            received + timedelta(days=rng.randrange(1, 200)) if status is Status.CLOSED else None
        )
        ground = rng.choice([None, None, *ClosingGround]) if closed else None
        outcome = (
            (Outcome.INADMISSIBLE if ground else rng.choice(list(Outcome))) if closed else None
        )
        first = Handover(rng.choice(codes), HandoverKind.FORWARDED, True)
        handovers = (first, Handover(code, HandoverKind.REROUTED, False))
        facts.append(
            ReportFacts(
                status,
                rng.choice(list(Category)),
                rng.choice(list(Channel)),
                received,
                code,
                outcome,
                ground,
                acknowledged_at=received + timedelta(days=rng.randrange(0, 15))
                if rng.random() < 0.7
                else None,
                closed_at=closed,
                handovers=handovers if rng.random() < 0.2 else handovers[1:],
                case_id=f"c{number}",
            )
        )
    departments = [DepartmentFacts(code, code) for code in codes]
    period, now = Period.year(2026), datetime(2027, 1, 10, tzinfo=UTC)
    policies = {d.code: d.policy for d in departments}
    for code in codes:
        report = build_report(facts, departments, period, now, only={code})
        behind = members(facts, period, now, policies, {code})
        checked = 0
        for table in report.tables:
            if table.key is TableKey.CONCLUSIONS:
                continue
            for row in table.rows:
                if row.metric.startswith("handling_days"):
                    continue  # a median names the cases it is the median of: all closed
                cell = (table.key, row.group, row.metric)
                assert len(behind.get(cell, set())) == row.current, (code, cell)
                checked += int(row.current or 0)
        assert checked > 100
