"""The session's revealed identities: per case, with when; 'Verberg identiteit' and closing
drop them; the case pane only shows what the session holds."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from investigator_app.domain.deadlines import DEFAULT_POLICY
from investigator_app.domain.vocabulary import Language, ReporterKind
from investigator_app.gui.session.reveal_session import RevealedIdentities
from investigator_app.gui.workspace.case_pane import CasePane
from investigator_app.protocol_audit import ReporterIdentityOut
from investigator_app.store import LocalStore
from tests.store.case_factory import RECEIVED, make_case, me, page

NOW = RECEIVED + timedelta(days=3)
AT = datetime(2026, 3, 5, 10, 15, tzinfo=UTC)


def identity(name: str = "Hilde Geheimgehouden") -> ReporterIdentityOut:
    return ReporterIdentityOut(
        kind=ReporterKind.CITIZEN,
        name=name,
        organisation="",
        email="hilde.geheim@example.org",
        phone="0470 99 88 77",
        language=Language.NL,
    )


def test_an_identity_is_kept_per_case_with_when_until_hidden_or_cleared(qtbot: QtBot) -> None:
    identities = RevealedIdentities(clock=lambda: AT)
    changed: list[str] = []
    identities.changed.connect(changed.append)

    revealed = identities.reveal("c1", identity())
    assert revealed.identity.name == "Hilde Geheimgehouden" and revealed.at == AT
    assert identities.get("c1") == revealed and "c1" in identities
    assert identities.get("c2") is None and "c2" not in identities
    identities.reveal("c2", identity("Tweede Melder"))
    identities.reveal("c1", identity("Opnieuw Opgevraagd"))  # a new reveal replaces the old
    assert identities.get("c1") == replace(revealed, identity=identity("Opnieuw Opgevraagd"))
    assert changed == ["c1", "c2", "c1"]

    identities.hide("c1")
    identities.hide("c1")  # gone already: nothing changes
    assert identities.get("c1") is None and identities.case_ids() == ["c2"]
    identities.clear()
    identities.clear()
    assert identities.case_ids() == []
    assert changed == ["c1", "c2", "c1", "c1", ""]


@pytest.fixture
def pane(qtbot: QtBot, tmp_path: Path) -> Iterator[tuple[CasePane, RevealedIdentities]]:
    store = LocalStore.open(tmp_path / "stores" / "store.sqlite3")
    store.set_identity(me())
    store.apply_changes(page(make_case("c1"), make_case("c2"), cursor=2))
    identities = RevealedIdentities()
    shown = CasePane(identities)
    qtbot.addWidget(shown)
    detail = store.detail("c1", NOW)
    assert detail is not None
    shown.show_case(replace(detail, conflict_declared=True), [], NOW, DEFAULT_POLICY)
    try:
        yield shown, identities
    finally:
        store.close()


def test_the_pane_shows_only_what_the_session_holds_for_its_case(
    pane: tuple[CasePane, RevealedIdentities],
) -> None:
    case_pane, identities = pane
    label = case_pane.ui.identityValue
    assert label.isHidden() and not case_pane.ui.revealIdentityButton.isHidden()

    identities.reveal("c2", identity("Andere Melder"))  # another case: not shown here
    assert label.isHidden()
    identities.reveal("c1", identity())
    assert not label.isHidden() and "Hilde Geheimgehouden" in label.text()
    assert case_pane.ui.revealIdentityButton.isHidden()

    case_pane.hide_identity_button.click()  # 'Verberg identiteit' drops it from the session
    assert identities.get("c1") is None and "c2" in identities
    assert label.isHidden() and label.text() == ""
    assert not case_pane.ui.revealIdentityButton.isHidden()

    identities.reveal("c1", identity())
    identities.clear()  # sign-out / close
    assert label.isHidden() and label.text() == ""
