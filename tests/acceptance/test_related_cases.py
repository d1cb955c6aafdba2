"""Issue 13, acceptance test 4: related cases across departments, without disclosure.

A report naming "Zéphyrine Van den Bossche-D'Hondt" matches a case of another department
naming "zephyrine van den bossche d hondt": 1700 sees it before forwarding, and after the
forward both managers' desktops show the signal "verwante melding bij een andere dienst"
with the other department's name, nothing of the other case; a non-matching name raises
none; the match tables hold no clear name. Real service, real desktops.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from investigator_app.domain.vocabulary import Role
from investigator_app.intake.accounts import create_user
from investigator_app.intake.actors import cli_actor
from investigator_app.intake.models import CaseMatchHash, CaseMatchState
from investigator_app.store.views import CaseDetail
from tests.support.world import ABB, DESK, MIA, OMG, PASSWORD, Desktop, World, add_manager

TIMEOUT_MS = 15_000
OLGA = "olga.claes"  # OMG's manager
WRITTEN_AT_ABB = "Zéphyrine Van den Bossche-D'Hondt"
WRITTEN_AT_OMG = "zephyrine van den bossche d hondt"
ABB_NAME, OMG_NAME = "Agentschap Binnenlands Bestuur", "Departement Omgeving"


def add_omg_manager(world: World) -> None:
    with world.service.session() as session:
        create_user(
            session,
            cli_actor(),
            username=OLGA,
            display_name="Olga Claes",
            role=Role.MANAGER,
            department_code=OMG,
            password=PASSWORD,
            now=datetime.now(UTC),
        )


def shown(desktop: Desktop, case_id: str) -> CaseDetail | None:
    return desktop.workspace.store.detail(case_id, datetime.now(UTC))


def signal_line(qtbot: QtBot, desktop: Desktop, case_id: str) -> str:
    """The manager's line in the Overzicht tab's Verwante meldingen ("" when none)."""
    qtbot.waitUntil(lambda: desktop.open_case(case_id), timeout=TIMEOUT_MS)
    view = desktop.workspace.window.case_pane.related_view
    return view.elsewhere.text() if view.isVisible() and view.elsewhere.isVisible() else ""


def test_a_name_written_two_ways_signals_both_managers_and_discloses_nothing(
    qtbot: QtBot, world: World, desktops: Callable[[str], Desktop]
) -> None:
    add_manager(world)
    add_omg_manager(world)
    open_for = desktops

    omg = world.register_and_forward(
        OMG,
        summary="Inspecteur laat controle vallen bij vriendin",
        involved_entity="Stad Noordhaven",
        involved_persons=[WRITTEN_AT_OMG],
    )
    olga: Desktop = open_for(OLGA)
    olga.workspace.window.show()
    qtbot.waitUntil(lambda: shown(olga, omg["id"]) is not None, timeout=TIMEOUT_MS)
    assert signal_line(qtbot, olga, omg["id"]) == ""

    # 1700 registers the report and, before forwarding, sees the related one and where.
    abb = world.register(
        summary="Schepen bevoordeelt eigen aannemer",
        involved_entity="Gemeente Lindebeek",
        involved_persons=["Ward Verhaegen", WRITTEN_AT_ABB],
    )
    with world.http(DESK) as desk:
        related = desk.get(f"/intake/reports/{abb['id']}/related").json()
    assert [(r["reference"], r["department"]) for r in related] == [(omg["reference"], OMG)]
    world.forward(abb["id"], ABB)

    # ABB's manager: the signal names OMG and 1700, nothing of OMG's case.
    mia: Desktop = open_for(MIA)
    mia.workspace.window.show()
    qtbot.waitUntil(lambda: shown(mia, abb["id"]) is not None, timeout=TIMEOUT_MS)
    line = signal_line(qtbot, mia, abb["id"])
    assert OMG_NAME in line and "1700" in line
    assert mia.workspace.window.case_pane.related_view.links.text() == ""  # no link out
    # OMG's manager, already at work: the desktop hears of it without doing anything.
    qtbot.waitUntil(
        lambda: (
            (d := shown(olga, omg["id"])) is not None and d.related.other_departments == [ABB_NAME]
        ),
        timeout=TIMEOUT_MS,
    )
    line = signal_line(qtbot, olga, omg["id"])
    assert ABB_NAME in line and "1700" in line

    # Nothing of the other case crosses: not in the snapshot, not on the screen.
    abb_seen = json.dumps(world.case(MIA, abb["id"]))
    for secret in (omg["id"], omg["reference"], "Noordhaven", "Inspecteur", WRITTEN_AT_OMG):
        assert secret not in abb_seen
    omg_seen = json.dumps(world.case(OLGA, omg["id"]))
    for secret in (abb["id"], abb["reference"], "Lindebeek", "Schepen", "Ward Verhaegen"):
        assert secret not in omg_seen
    pane_text = " ".join(
        label.text() for label in mia.workspace.window.case_pane.findChildren(QLabel)
    )
    assert omg["reference"] not in pane_text and "Noordhaven" not in pane_text

    # A name that is not the same raises nothing.
    other = world.register_and_forward(
        ABB,
        summary="Ambtenaar aanvaardt geschenken",
        involved_entity="Gemeente Heiveld",
        involved_persons=["Zéphyrine Van den Bosch"],
    )
    qtbot.waitUntil(lambda: shown(mia, other["id"]) is not None, timeout=TIMEOUT_MS)
    assert signal_line(qtbot, mia, other["id"]) == ""
    assert world.case(MIA, other["id"])["related"] == {
        "same_department": [],
        "other_departments": [],
    }

    # Within ABB a later case naming the same person links to it; the link selects it.
    later = world.register_and_forward(
        ABB,
        summary="Opnieuw geschenken aanvaard",
        involved_entity="Gemeente Dommelhoek",
        involved_persons=["ZÉPHYRINE VAN DEN BOSCH"],
    )
    qtbot.waitUntil(lambda: shown(mia, later["id"]) is not None, timeout=TIMEOUT_MS)
    assert signal_line(qtbot, mia, later["id"]) == ""  # the same department: no signal
    links = mia.workspace.window.case_pane.related_view.links
    assert other["reference"] in links.text() and links.isVisible()
    links.setFocus()
    qtbot.keyClick(links, Qt.Key.Key_Tab)
    qtbot.keyClick(links, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: mia.workspace.window.selected_case_id() == other["id"], timeout=TIMEOUT_MS
    )

    # The match tables hold no clear name, in any spelling.
    with world.service.session() as session:
        rows = [[r.case_id, str(r.kind), r.hash] for r in session.scalars(select(CaseMatchHash))]
        rows += [[s.case_id, s.key_id] for s in session.scalars(select(CaseMatchState))]
    dump = json.dumps(rows, ensure_ascii=False).casefold()
    assert rows
    for clear in (WRITTEN_AT_ABB, WRITTEN_AT_OMG, "zéphyrine", "zephyrine", "bossche", "hondt"):
        assert clear.casefold() not in dump
