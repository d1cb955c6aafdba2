"""The Overzicht tab's "Verwante meldingen": related cases of the department as links that
ask for that case, the manager's signal as a plain line, nothing when nothing is related;
carried through the store (sealed with the heading) as the service sent it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from investigator_app.domain.deadlines import DEFAULT_POLICY
from investigator_app.gui.session.reveal_session import RevealedIdentities
from investigator_app.gui.workspace.case_pane import CasePane, Tab
from investigator_app.protocol import RelatedCaseOut, RelatedOut
from investigator_app.store import LocalStore
from investigator_app.store.views import CaseDetail
from tests.store.case_factory import COLLEAGUE, ME, RECEIVED, me, page
from tests.store.message_factory import case_with

NOW = RECEIVED + timedelta(days=20)
RELATED = RelatedOut(
    same_department=[
        RelatedCaseOut(id="c-older", reference="1700-2026-000101"),
        RelatedCaseOut(id="c-<b>odd</b>", reference="1700-2026-<i>000102</i>"),
    ],
    other_departments=["Departement Omgeving"],
)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[LocalStore]:
    opened = LocalStore.open(tmp_path / "stores" / "store.sqlite3")
    opened.set_identity(me())
    yield opened
    opened.close()


def stored(store: LocalStore, related: RelatedOut) -> CaseDetail:
    store.apply_changes(page(case_with(conflict_declared=True, related=related), cursor=1))
    detail = store.detail("c1", NOW)
    assert detail is not None
    return detail


def shown(qtbot: QtBot, detail: CaseDetail) -> CasePane:
    pane = CasePane(RevealedIdentities(), colleagues=[ME, COLLEAGUE])
    qtbot.addWidget(pane)
    pane.resize(520, 640)
    pane.show()
    pane.show_tab(Tab.OVERVIEW)
    pane.show_case(detail, [], NOW, DEFAULT_POLICY)
    return pane


def test_related_cases_are_links_and_the_signal_a_plain_line(
    qtbot: QtBot, store: LocalStore
) -> None:
    detail = stored(store, RELATED)
    assert detail.related == RELATED  # sealed with the heading, back as it came
    pane = shown(qtbot, detail)
    view = pane.related_view
    assert view.isVisible() and view.caption.text() == "Verwante meldingen"
    links = view.links.text()
    assert '<a href="case:c-older">1700-2026-000101</a>' in links
    assert "<b>" not in links and "<i>" not in links  # escaped, never markup
    assert view.elsewhere.textFormat() is Qt.TextFormat.PlainText
    assert "Departement Omgeving" in view.elsewhere.text() and "1700" in view.elsewhere.text()

    # Keyboard: Tab reaches the first link, Enter asks for that case.
    view.links.setFocus()
    with qtbot.waitSignal(pane.related_case_requested, timeout=2000) as asked:
        qtbot.keyClick(view.links, Qt.Key.Key_Tab)
        qtbot.keyClick(view.links, Qt.Key.Key_Return)
    assert asked.args == ["c-older"]


def test_nothing_related_shows_nothing_and_another_case_forgets_it(
    qtbot: QtBot, store: LocalStore
) -> None:
    pane = shown(qtbot, stored(store, RELATED))
    assert pane.related_view.isVisible()
    pane.show_case(stored(store, RelatedOut()), [], NOW, DEFAULT_POLICY)
    assert not pane.related_view.isVisible()
    assert pane.related_view.links.text() == ""

    only_signal = stored(store, RelatedOut(other_departments=["Departement Omgeving"]))
    pane.show_case(only_signal, [], NOW, DEFAULT_POLICY)
    assert pane.related_view.isVisible() and not pane.related_view.links.isVisible()
    pane.show_case(None, [], NOW, DEFAULT_POLICY)
    assert pane.related_view.elsewhere.text() == ""
