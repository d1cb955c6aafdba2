"""Issue 11: a dossier made from what a desktop's store holds (a real service, a real sync)
carries the investigation the service recorded, with the user's unsent changes marked, and
a case closed without investigation carries its ground."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from investigator_app.domain.lifecycle import Action
from investigator_app.export.options import ExportOptions, Profile
from investigator_app.export.render import render_dossier
from investigator_app.export.source import ExportSource
from investigator_app.store import LocalStore
from tests.export.pdf_reading import all_text
from tests.export.test_investigation_sections import squash
from tests.support.investigation import allegation, finding, task
from tests.support.operations import queue_action, wire_op
from tests.support.world import ABB, AN, World

ALLEGATION = "Betrokkene vroeg contant geld voor een snellere vergunning."
MOTIVATION = "Twee aanvragers bevestigen het bedrag los van elkaar."
TASK = "De aanvragers van vorig jaar bevragen."
UNSENT = "Het register van de vergunningen opvragen."


def apply(world: World, case_id: str, action: str, **fields: Any) -> None:
    case = world.case(AN, case_id)
    [result] = world.operate(AN, wire_op(case, action, **fields))
    assert result["status"] == "applied", result


def copy_text(store: LocalStore, case_id: str, profile: Profile) -> str:
    now = datetime.now(UTC)
    case = ExportSource(store).dossier(case_id, now)
    options = ExportOptions(profile, reader="Karel Chef", made_by="An Peeters")
    return squash(all_text(render_dossier(case, options).data))


def test_the_stores_investigation_and_unsent_changes_reach_both_internal_copies(
    world: World, tmp_path: Path
) -> None:
    case_id = world.register_and_forward(ABB)["id"]
    world.token(AN)  # signed in: her id is known
    for action, fields in (
        ("declare_no_conflict", {}),
        ("acknowledge", {}),
        ("assign", {"assignee_id": world.user_ids[AN]}),
        ("start_assessment", {}),
        ("start_investigation", {}),
    ):
        apply(world, case_id, action, **fields)
    alleged = allegation(ALLEGATION, persons=["Rudi Wouters"])
    apply(world, case_id, "add_allegation", allegation=alleged)
    found = finding("founded", MOTIVATION, follow_up="report_to_prosecutor")
    apply(world, case_id, "record_finding", allegation_id=alleged["allegation_id"], finding=found)
    apply(world, case_id, "add_task", task=task(TASK, owner_id=world.user_ids[AN]))

    store = world.synced_store(tmp_path / "an.sqlite3")
    unsent = {"task_id": str(uuid.uuid4()), "description": UNSENT, "owner_id": None, "due": None}
    queue_action(store, case_id, Action.ADD_TASK, made_at=datetime.now(UTC), task=unsent)

    for profile in (Profile.FULL, Profile.MANAGER):
        text = copy_text(store, case_id, profile)
        for expected in (
            "Tenlasteleggingen en bevindingen",
            "Tenlastelegging 1 · Omkoping",
            ALLEGATION,
            "Betrokkenen Rudi Wouters",
            "Bevinding gegrond",
            MOTIVATION,
            "Aanbevolen opvolging melding aan het parket",
            "Onderzoeksplan",
            TASK,
            "Verantwoordelijke An Peeters",
            f"Taak 2 · open · nog niet verzonden{UNSENT}",
        ):
            assert squash(expected) in text, (profile, expected)
    letter = copy_text(store, case_id, Profile.FEEDBACK)
    assert squash(ALLEGATION) not in letter and squash(TASK) not in letter
    store.close()


def test_a_case_closed_without_investigation_shows_its_ground(world: World, tmp_path: Path) -> None:
    case_id = world.register_and_forward(ABB)["id"]
    for action, fields in (
        ("declare_no_conflict", {}),
        ("acknowledge", {}),
        ("start_assessment", {}),
        (
            "close",
            {
                "outcome": "inadmissible",
                "ground": "already_handled",
                "reason": "Dezelfde feiten liggen al bij de tuchtoverheid.",
            },
        ),
    ):
        apply(world, case_id, action, **fields)
    store = world.synced_store(tmp_path / "an.sqlite3")
    text = copy_text(store, case_id, Profile.MANAGER)
    assert squash("Afgerond zonder onderzoek reeds behandeld") in text
    assert squash("Geen tenlasteleggingen.") in text
    store.close()
