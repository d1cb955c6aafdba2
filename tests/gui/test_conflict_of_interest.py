"""The conflict-of-interest declaration in a running client against the real service: the
case stays closed until the user declares, and a recusal hides it and flags it for the
manager."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from investigator_app.domain.lifecycle import Action
from investigator_app.gui.shell.case_columns import Column
from investigator_app.gui.shell.shortcuts import Command
from investigator_app.gui.workspace.conflict_gate import RecusalDialog
from tests.gui.test_case_actions import in_next_dialog
from tests.support.screen import visible_texts
from tests.support.world import ABB, AN, JONAS, MIA, World, add_manager

SUMMARY = "Schepen laat oprit aanleggen door aannemer"
DESCRIPTION = "De aannemer legde gratis een oprit aan bij de schepen thuis."
ENTITY = "Gemeente Voorbeeldegem"
PERSON = "Piet Fictief"
REASON = "Mijn schoonbroer werkt bij Gemeente Voorbeeldegem."


def assign(world: World, by: str, case_id: str, to: str) -> None:
    world.token(to)  # learns the user's id
    case = world.case(by, case_id)
    [result] = world.operate(
        by,
        {
            "op_id": str(uuid.uuid4()),
            "case_id": case_id,
            "action": "assign",
            "base_version": case["version"],
            "assignee_id": world.user_ids[to],
            "made_at": datetime.now(UTC).isoformat(),
        },
    )
    assert result["status"] == "applied", result


def test_a_case_opens_only_after_the_declaration(qtbot, world: World, desktops) -> None:
    created = world.register_and_forward(
        ABB, summary=SUMMARY, description=DESCRIPTION, involved_persons=[PERSON]
    )
    an = desktops(AN)
    window = an.workspace.window
    pane = window.case_pane
    qtbot.waitUntil(lambda: window.select_case(created["id"]), timeout=10_000)

    # Only the reference, the entity and the persons: enough to know, nothing more.
    assert pane.ui.stack.currentWidget() is pane.conflict_gate
    assert pane.conflict_gate.entity.text() == ENTITY
    assert pane.conflict_gate.persons.text() == PERSON
    assert created["reference"] in pane.conflict_gate.title.text()
    shown = visible_texts()
    assert SUMMARY not in shown and DESCRIPTION not in shown
    assert not any(pane.action(a).isEnabled() for a in (Action.ACKNOWLEDGE, Action.ASSIGN))
    assert pane.ui.revealIdentityButton.isHidden()

    # Nor does it leave as a dossier before the declaration.
    window.commands[Command.EXPORT].trigger()
    qtbot.waitUntil(
        lambda: "belangenconflict" in window.statusBar().currentMessage(), timeout=5_000
    )
    assert an.workspace.exports is not None and an.workspace.exports.dialog is None

    pane.conflict_gate.no_conflict_button.click()
    assert pane.ui.stack.currentWidget() is pane.ui.casePage  # at once, also offline
    assert pane.ui.summaryValue.text() == SUMMARY
    qtbot.waitUntil(lambda: an.workspace.store.pending_count() == 0, timeout=10_000)
    assert world.case(AN, created["id"])["conflict_declared"] is True
    assert world.case(JONAS, created["id"])["conflict_declared"] is False  # hers, not his

    # Declared once is enough: back to the case later, no question.
    window.ui.caseTable.clearSelection()
    assert window.select_case(created["id"])
    assert pane.ui.stack.currentWidget() is pane.ui.casePage


def test_recusing_hides_the_case_and_flags_it_for_reassignment(
    qtbot, world: World, desktops
) -> None:
    created = world.register_and_forward(
        ABB, summary=SUMMARY, description=DESCRIPTION, involved_persons=[PERSON]
    )
    assign(world, AN, created["id"], JONAS)
    jonas = desktops(JONAS)
    window = jonas.workspace.window
    pane = window.case_pane
    qtbot.waitUntil(lambda: window.select_case(created["id"]), timeout=10_000)
    assert pane.ui.stack.currentWidget() is pane.conflict_gate

    def recuse(dialog) -> None:
        assert isinstance(dialog, RecusalDialog)
        dialog.reason_edit.setPlainText(REASON)
        dialog.ok_button.click()

    in_next_dialog(RecusalDialog, recuse)
    pane.conflict_gate.recuse_button.click()

    # Gone from his list and his pane at once, before the service even heard of it.
    qtbot.waitUntil(lambda: created["reference"] not in jonas.references(), timeout=5_000)
    assert pane.case_id != created["id"]
    assert SUMMARY not in visible_texts()
    qtbot.waitUntil(lambda: jonas.workspace.store.pending_count() == 0, timeout=10_000)

    case = world.case(AN, created["id"])
    assert case["assignee"] is None and case["needs_reassignment"] is True
    [recusal] = case["recusals"]
    assert (recusal["person"]["display_name"], recusal["reason"]) == ("Jonas Maes", None)
    add_manager(world)
    [for_manager] = world.case(MIA, created["id"])["recusals"]
    assert for_manager["reason"] == REASON  # the managers read why: they reassign
    assert jonas.workspace.store.detail(created["id"], datetime.now(UTC)) is None

    # A colleague sees the flag in the list, can filter on it, and reads who.
    an = desktops(AN)
    a_window = an.workspace.window
    model = a_window.model

    def assignee_cell() -> str:
        row = model.row_of(created["id"])
        return "" if row is None else str(model.data(model.index(row, Column.ASSIGNEE)))

    qtbot.waitUntil(lambda: assignee_cell() == "Te herverdelen", timeout=10_000)
    status_filter = a_window.ui.statusFilter
    status_filter.setCurrentIndex(status_filter.findText("Te herverdelen"))
    assert [a_window.proxy.case_id(r) for r in range(a_window.proxy.rowCount())] == [created["id"]]
    assert an.open_case(created["id"])
    recusals = a_window.case_pane.recusal_label.text()
    assert "Te herverdelen" in recusals and "Jonas Maes" in recusals
    assert REASON not in recusals  # the reason is for the managers, who reassign

    mia = desktops(MIA)
    qtbot.waitUntil(lambda: mia.open_case(created["id"]), timeout=10_000)
    assert REASON in mia.workspace.window.case_pane.recusal_label.text()

    # Reassigning clears the flag; the one who recused cannot get the case back.
    assign(world, AN, created["id"], AN)
    qtbot.waitUntil(lambda: assignee_cell() == "An Peeters", timeout=10_000)
    assert world.case(AN, created["id"])["needs_reassignment"] is False
