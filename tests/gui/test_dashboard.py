"""The manager's dashboard: figures from a real local store, and the dialog that shows them."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCharts import QChartView

from investigator_app.dashboard.facts import load_facts
from investigator_app.dashboard.stats import (
    DeadlineTally,
    Period,
    PeriodChoice,
    compute_stats,
    period_for,
)
from investigator_app.domain.lifecycle import Action
from investigator_app.domain.vocabulary import Category, Outcome, Status
from investigator_app.gui.dashboard.dashboard import DashboardDialog
from investigator_app.gui.shell.shortcuts import Command
from investigator_app.protocol import CaseOut
from investigator_app.store import LocalStore
from tests.store.case_factory import make_case, me, page
from tests.support.operations import queue_action
from tests.support.world import ABB, AN, World

NOW = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)


def case(
    case_id: str,
    received: datetime,
    *,
    status: Status = Status.FORWARDED,
    category: Category = Category.BRIBERY,
    acknowledged: datetime | None = None,
    closed: datetime | None = None,
    outcome: Outcome | None = None,
) -> CaseOut:
    return make_case(
        case_id, status=status, acknowledged_at=acknowledged, outcome=outcome
    ).model_copy(
        update={
            "received_at": received,
            "forwarded_at": received + timedelta(hours=1),
            "closed_at": closed,
            "category": category,
        }
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
            # not acknowledged, 24 days old: acknowledgement overdue
            case("c", nov + timedelta(days=2)),
            # received yesterday: nothing due yet
            case("d", NOW - timedelta(days=1), category=Category.OTHER),
            # investigating, acknowledged in time
            case(
                "e",
                nov + timedelta(days=5),
                status=Status.INVESTIGATING,
                acknowledged=nov + timedelta(days=6),
            ),
            # received in October, closed in November after 40 days (inadmissible)
            case(
                "f",
                datetime(2026, 10, 5, 9, 0, tzinfo=UTC),
                status=Status.CLOSED,
                acknowledged=datetime(2026, 10, 6, 9, 0, tzinfo=UTC),
                closed=datetime(2026, 11, 14, 9, 0, tzinfo=UTC),
                outcome=Outcome.INADMISSIBLE,
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
    yield opened
    opened.close()


NOVEMBER = Period(date(2026, 11, 1), date(2026, 11, 30))


def test_counts_deadlines_and_median_for_the_cases_received_or_closed_in_the_period(
    store: LocalStore,
) -> None:
    stats = compute_stats(load_facts(store, NOW), NOVEMBER, NOW)
    assert stats.received == 5  # a b c d e
    assert stats.by_status == {Status.CLOSED: 2, Status.FORWARDED: 2, Status.INVESTIGATING: 1}
    assert stats.by_category == {
        Category.BRIBERY: 3,
        Category.CONFLICT_OF_INTEREST: 1,
        Category.OTHER: 1,
    }
    assert stats.by_outcome == {Outcome.FOUNDED: 1, Outcome.UNFOUNDED: 1}
    assert stats.acknowledgement == DeadlineTally(met=2, late=1, overdue=1)
    assert stats.feedback == DeadlineTally(met=2, late=0, overdue=0)
    # closed in November: a (20 days), b (10 days), f (40 days)
    assert stats.closed == 3
    assert stats.median_days_to_close == pytest.approx(20.0)  # 10, 20, 40


def test_a_feedback_letter_meets_the_feedback_deadline_of_an_open_case(
    store: LocalStore,
) -> None:
    this_year = Period(date(2026, 1, 1), date(2026, 12, 31))
    before = compute_stats(load_facts(store, NOW), this_year, NOW).feedback
    # "g" (acknowledged 3 March, feedback due 3 June) got its feedback letter on 1 May.
    g = case(
        "g",
        datetime(2026, 3, 2, 9, 0, tzinfo=UTC),
        status=Status.ACKNOWLEDGED,
        acknowledged=datetime(2026, 3, 3, 9, 0, tzinfo=UTC),
    ).model_copy(update={"version": 2, "feedback_sent_at": datetime(2026, 5, 1, 9, tzinfo=UTC)})
    store.apply_changes(page(g, cursor=8))

    after = compute_stats(load_facts(store, NOW), this_year, NOW).feedback
    assert (after.met, after.overdue) == (before.met + 1, before.overdue - 1)


def test_a_local_action_not_yet_sent_counts_as_the_user_sees_it(store: LocalStore) -> None:
    queue_action(store, "c", Action.ACKNOWLEDGE, made_at=NOW)
    stats = compute_stats(load_facts(store, NOW), NOVEMBER, NOW)
    assert stats.by_status[Status.ACKNOWLEDGED] == 1
    assert stats.acknowledgement == DeadlineTally(met=2, late=2, overdue=0)


def test_the_periods_a_manager_picks() -> None:
    today = date(2026, 2, 14)
    assert period_for(PeriodChoice.THIS_MONTH, today) == Period(date(2026, 2, 1), today)
    assert period_for(PeriodChoice.LAST_3_MONTHS, today) == Period(date(2025, 12, 1), today)
    assert period_for(PeriodChoice.THIS_YEAR, today) == Period(date(2026, 1, 1), today)


def test_the_dialog_shows_the_period_as_charts_and_as_a_table(qtbot, store: LocalStore) -> None:
    dialog = DashboardDialog(
        lambda: load_facts(store, NOW), lambda: NOW, department_name="Agentschap Wegen"
    )
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.stats_changed, timeout=5_000) as shown:
        dialog.show()
    assert dialog.windowTitle() == "Dashboard — Agentschap Wegen"
    assert shown.args[0].period == Period(date(2026, 11, 1), date(2026, 11, 26))
    assert dialog.from_edit.text() == "01/11/2026"
    assert dialog.to_edit.text() == "26/11/2026"
    assert not dialog.from_edit.isEnabled()  # a fixed period: no dates to type
    assert dialog.summary_label.text() == (
        "5 meldingen ontvangen van 01/11/2026 tot en met 26/11/2026. "
        "3 afgerond in de periode. Mediaan: 20,0 dagen van ontvangst tot afronding."
    )
    rows = dict(dialog.table_rows())
    assert rows["Status: Afgerond"] == "2"
    assert rows["Categorie: Omkoping"] == "3"
    assert rows["Resultaat: Gegrond"] == "1"
    assert rows["Ontvangstbevestiging te laat"] == "1"
    assert rows["Ontvangstbevestiging verstreken, nog niet gedaan"] == "1"
    views = dialog.findChildren(QChartView)
    assert len(views) == 4
    assert all(view.chart() is not None and view.chart().series() for view in views)
    titles = {view.chart().title() for view in views}
    assert "Meldingen per status" in titles

    with qtbot.waitSignal(dialog.stats_changed, timeout=1_000) as shown:
        dialog.choose_period(PeriodChoice.THIS_YEAR)
    assert shown.args[0].received == 7

    with qtbot.waitSignal(dialog.stats_changed, timeout=1_000):
        dialog.set_custom_period(date(2026, 3, 1), date(2026, 3, 31))
    assert dialog.from_edit.isEnabled()
    assert dialog.stats is not None and dialog.stats.received == 1
    assert dialog.stats.median_days_to_close is None
    assert dict(dialog.table_rows())["Mediaan dagen tot afronding"] == "—"

    dialog.to_edit.setDate(dialog.from_edit.date().addDays(-1))
    assert dialog.summary_label.text() == "Het begin van de periode ligt na het einde."


def test_the_dashboard_opens_from_the_main_window_on_the_department_s_cases(
    qtbot, world: World, desktops
) -> None:
    for _ in range(3):
        world.register_and_forward(ABB)
    an = desktops(AN)
    window = an.workspace.window
    qtbot.waitUntil(lambda: window.model.rowCount() == 3, timeout=10_000)
    window.commands[Command.DASHBOARD].trigger()
    dashboard = an.app.dashboard
    assert isinstance(dashboard, DashboardDialog)
    qtbot.waitUntil(lambda: dashboard.stats is not None, timeout=5_000)
    assert dashboard.isVisible()
    assert dashboard.windowTitle().startswith("Dashboard — ")
    assert dashboard.stats is not None and dashboard.stats.received == 3
    assert dashboard.stats.by_status == {Status.FORWARDED: 3}
