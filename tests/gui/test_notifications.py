"""Notices: a newly forwarded case, an answer, a deadline that nears; reference only."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMainWindow, QStatusBar

from investigator_app.domain.vocabulary import Status
from investigator_app.gui.shell.notifications import (
    Channel,
    Notifier,
    choose_channel,
    system_channel,
)
from investigator_app.store import LocalStore
from investigator_app.sync.runner import SyncSummary
from tests.store.case_factory import RECEIVED, make_case, me, page
from tests.support.world import ABB, AN, World


def test_the_tray_is_used_only_when_it_exists_and_shows_messages(qapp) -> None:
    assert choose_channel(True, True) is Channel.TRAY
    assert choose_channel(True, False) is Channel.STATUS_BAR
    assert choose_channel(False, True) is Channel.STATUS_BAR
    assert choose_channel(False, False) is Channel.STATUS_BAR
    assert system_channel() is Channel.STATUS_BAR  # offscreen has no tray


def test_a_newly_forwarded_case_is_announced_by_its_reference_only(
    qtbot, world: World, desktops
) -> None:
    an = desktops(AN)
    workspace = an.workspace
    notifier = workspace.notifier
    assert notifier is not None and notifier.channel is Channel.STATUS_BAR
    qtbot.waitUntil(lambda: notifier.primed, timeout=10_000)

    with qtbot.waitSignal(notifier.shown, timeout=10_000) as shown:
        created = world.register_and_forward(ABB, summary="Aannemer betaalde een reis")
    text = f"Nieuwe melding {created['reference']} doorgestuurd"
    assert shown.args == ["Nieuwe melding", text]
    assert workspace.window.ui.statusBar.currentMessage() == text
    assert "reis" not in text  # no case content on a possibly shared screen


@pytest.fixture
def store(tmp_path: Path) -> Iterator[LocalStore]:
    opened = LocalStore.open(tmp_path / "store.sqlite3")
    opened.set_identity(me())
    yield opened
    opened.close()


@pytest.fixture
def notifier(qtbot) -> Iterator[tuple[Notifier, QStatusBar, list[datetime]]]:
    window = QMainWindow()
    qtbot.addWidget(window)
    bar = QStatusBar(window)
    window.setStatusBar(bar)
    now = [RECEIVED]
    made = Notifier(bar, lambda: now[0], channel=Channel.STATUS_BAR, parent=window)
    yield made, bar, now
    made.close()


def test_cases_of_the_first_sync_are_not_news_but_later_ones_are(
    qtbot, store: LocalStore, notifier
) -> None:
    made, bar, now = notifier
    shown: list[str] = []
    made.shown.connect(lambda _title, text: shown.append(text))
    first = [make_case(f"old{n}") for n in range(3)]
    store.apply_changes(page(*first, cursor=3))
    made.on_sync_finished(SyncSummary([c.id for c in first], RECEIVED, 1, True))
    made.on_rows_changed(store.list_summaries(now[0]), [])  # rows read after the round
    assert shown == []

    store.apply_changes(page(make_case("new1"), cursor=4))
    made.on_rows_changed(store.summaries(["new1"], now[0]), [])
    reference = make_case("new1").reference
    assert shown == [f"Nieuwe melding {reference} doorgestuurd"]
    assert bar.currentMessage() == shown[-1]

    made.on_rows_changed(store.summaries(["new1"], now[0]), [])  # the same case again
    assert len(shown) == 1

    many = [make_case(f"burst{n}") for n in range(5)]
    store.apply_changes(page(*many, cursor=9))
    made.on_rows_changed(store.summaries([c.id for c in many], now[0]), [])
    assert shown[-1] == "5 nieuwe meldingen doorgestuurd"


def test_an_answer_is_announced_by_the_reference(store: LocalStore, notifier) -> None:
    made, bar, now = notifier
    store.apply_changes(page(make_case("c1", status=Status.ACKNOWLEDGED), cursor=1))
    made.on_rows_changed(store.list_summaries(now[0]), [])
    made.on_answers_arrived(["c1"])
    assert bar.currentMessage() == (
        f"Antwoord van de melder ontvangen voor {make_case('c1').reference}"
    )


def test_a_nearing_deadline_is_announced_once_per_state_and_day(
    store: LocalStore, notifier
) -> None:
    made, bar, now = notifier
    shown: list[str] = []
    made.shown.connect(lambda _title, text: shown.append(text))
    store.apply_changes(page(make_case("c1"), cursor=1))  # acknowledge within 7 days
    reference = make_case("c1").reference
    made.on_rows_changed(store.list_summaries(now[0]), [])
    assert shown == []  # on time

    now[0] = RECEIVED + timedelta(days=6)  # due within 2 days
    made.on_deadline_tick()
    made.on_deadline_tick()
    assert shown == [f"De termijn voor {reference} nadert"]

    now[0] = RECEIVED + timedelta(days=8)
    made.on_deadline_tick()
    assert shown[-1] == f"De termijn voor {reference} is verstreken"
    made.on_deadline_tick()
    assert len(shown) == 2

    now[0] = now[0] + timedelta(days=1)  # the next day: a reminder
    made.on_deadline_tick()
    assert len(shown) == 3
    assert bar.currentMessage() == shown[-1]
