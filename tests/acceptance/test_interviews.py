"""Interview records end to end (issue 12, test 5): a real service on loopback and a real
desktop. A record drafted offline with the department's notice; its PDF has the initials
boxes on every page, right page numbers and the signature blocks; its copy is on the
case's audit trail; after the signed scan is attached (a piece of type verhoor, uploaded)
the record refuses edits on the desktop and on the service, and a correction is a new
version that keeps the signed one."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from investigator_app.domain.interviews import StatementKind
from investigator_app.gui.workspace.case_pane import Tab
from investigator_app.gui.workspace.interview_commands import interview_in
from investigator_app.gui.workspace.interview_dialog import InterviewDialog
from investigator_app.intake.actors import cli_actor
from investigator_app.intake.department_settings import set_interview_notice
from tests.acceptance.test_investigation import investigating_case, synced
from tests.gui.test_case_actions import in_next_dialog
from tests.support.operations import wire_op
from tests.support.world import ABB, AN, Desktop, World

TIMEOUT_MS = 20_000
NOTICE = (
    "U wordt gehoord in het kader van een integriteitsonderzoek. U mag zich laten bijstaan "
    "door een advocaat of een vertrouwenspersoon."
)
QUESTIONS = 36  # enough for three pages and more


def service_interviews(world: World, case_id: str) -> list[dict[str, Any]]:
    return list(world.case(AN, case_id)["investigation"]["interviews"])


def draft_through_the_tab(qtbot: QtBot, an: Desktop, case_id: str) -> None:
    """Nieuw verhoor… as the user fills it in: the department's notice read, a long
    sequence of questions and answers."""
    pane = an.workspace.window.case_pane
    pane.show_tab(Tab.INTERVIEWS)
    panel = pane.interviews_panel
    qtbot.waitUntil(lambda: panel.add_button.isEnabled(), timeout=TIMEOUT_MS)

    def fill_in(dialog: object) -> None:
        assert isinstance(dialog, InterviewDialog)
        assert dialog.notice_view.toPlainText() == NOTICE
        dialog.person_edit.setText("Ward Verhaegen")
        dialog.capacity_combo.setCurrentIndex(dialog.capacity_combo.findData("person_concerned"))
        dialog.place_edit.setText("Stadhuis, lokaal 2.14")
        dialog.assistance_edit.setText("Mr. Karel Smets, advocaat")
        dialog.present_edit.setPlainText("An Peeters (onderzoeker)\nJonas Maes (leidinggevende)")
        dialog.notice_check.setChecked(True)
        for n in range(1, QUESTIONS + 1):
            dialog.statement_editor.add(
                StatementKind.QUESTION, f"Wat gebeurde er bij de gunning, punt {n}?"
            )
            dialog.statement_editor.add(
                StatementKind.ANSWER, "Ik weet dat de offerte te laat binnenkwam. " * 8
            )
        ok = dialog.ok_button
        assert ok is not None and ok.isEnabled(), dialog.hint_label.text()
        dialog.accept()

    in_next_dialog(InterviewDialog, fill_in)
    panel.add_button.click()


def test_an_interview_record_is_read_back_signed_and_then_only_corrected(
    qtbot: QtBot, world: World, desktops: Callable[[str], Desktop], tmp_path: Path
) -> None:
    with world.service.session() as session:
        set_interview_notice(session, cli_actor(), ABB, NOTICE, datetime.now(UTC))
    case = investigating_case(world)
    case_id = case["id"]
    an = desktops(AN)
    qtbot.waitUntil(lambda: an.open_case(case_id), timeout=TIMEOUT_MS)
    controller = an.workspace.controller
    qtbot.waitUntil(lambda: controller.interview_notice() == NOTICE, timeout=TIMEOUT_MS)

    # Drafted offline: it waits in the outbox and shows at once.
    an.workspace.runner.stop()
    draft_through_the_tab(qtbot, an, case_id)
    detail = controller.detail(case_id)
    assert detail is not None
    [record] = detail.investigation.interviews
    assert record.pending and record.facts.notice == NOTICE and record.facts.notice_read
    assert service_interviews(world, case_id) == []

    # Read back: the PDF (saved), every page with the initials boxes and its number.
    actions = an.workspace.window.case_actions.interviews
    target = tmp_path / "verhoor-1.pdf"
    actions.make_copy(case_id, record.id, "Ward Verhaegen", "nl", target)
    # Done once the copy is recorded (the file is written a moment before, off the GUI thread).
    qtbot.waitUntil(lambda: actions.last_copy is not None, timeout=TIMEOUT_MS)
    assert target.exists()
    pages = [page.extract_text() for page in PdfReader(target).pages]
    assert len(pages) >= 3
    for number, text in enumerate(pages, start=1):
        assert "Paraaf gehoorde persoon" in text and "Paraaf verhoorder" in text
        assert f"pagina {number} van {len(pages)}" in text
        assert f"melding {case['reference']}" in text and "VERTROUWELIJK" in text
    copy = actions.last_copy
    assert copy is not None and f"Exemplaar {copy.options.copy_id}" in pages[0]
    last = pages[-1]
    signers = [
        "Ward Verhaegen",
        "An Peeters (onderzoeker)",
        "Jonas Maes (leidinggevende)",
        "Mr. Karel Smets, advocaat",
    ]
    assert "Nalezen en ondertekenen" in last and last.count("Handtekening") == len(signers)
    assert all(name in last for name in signers)
    assert sum(text.count("Handtekening") for text in pages) == len(signers)

    # Online: the record and the copy arrive; the copy is on the case's audit trail.
    an.workspace.runner.start()
    qtbot.waitUntil(lambda: synced(an), timeout=TIMEOUT_MS)
    [sent] = service_interviews(world, case_id)
    assert sent["id"] == record.id and sent["version"] == 1 and sent["signature"] is None
    assert len(sent["facts"]["statements"]) == 2 * QUESTIONS
    with world.http(AN) as client:
        trail = client.get(f"/cases/{case_id}/audit").json()["entries"]
    copies = [e for e in trail if e["detail"].get("copy_id") == str(copy.options.copy_id)]
    assert [(e["detail"]["profile"], e["detail"]["pages"]) for e in copies] == [
        ("verhoor", len(pages))
    ]

    # The signed scan: added as a piece of type verhoor, uploaded, linked.
    scan = tmp_path / "verhoor 1 ondertekend.pdf"
    scan.write_bytes(b"%PDF-1.4\n% de ondertekende scan\n" + b"x" * 50_000)
    actions.on_sign(case_id, record.id, scan)

    def signed_on_the_service() -> bool:
        shown = service_interviews(world, case_id)
        return bool(shown) and shown[0]["signature"] is not None and synced(an)

    qtbot.waitUntil(signed_on_the_service, timeout=TIMEOUT_MS)
    investigation = world.case(AN, case_id)["investigation"]
    [piece] = investigation["pieces"]
    assert piece["facts"]["type"] == "interview_record"
    assert piece["file"]["sha256"] == hashlib.sha256(scan.read_bytes()).hexdigest()
    [signed] = investigation["interviews"]
    assert signed["signature"]["piece_id"] == piece["id"] and signed["signature"]["version"] == 1

    # Read-only from now on: the desktop refuses and says why, and so does the service.
    qtbot.waitUntil(
        lambda: (
            (shown := controller.detail(case_id)) is not None
            and shown.investigation.interviews[0].signed
            and not shown.investigation.interviews[0].pending
        ),
        timeout=TIMEOUT_MS,
    )
    detail = controller.detail(case_id)
    assert detail is not None
    [record] = detail.investigation.interviews
    told: list[str] = []
    controller.action_failed.connect(told.append)
    changed = replace(record.facts, place="Elders")
    assert not controller.edit_interview(case_id, record.id, changed)
    assert told and "ondertekend" in told[-1]
    pane = an.workspace.window.case_pane
    pane.show_tab(Tab.INTERVIEWS)
    qtbot.waitUntil(lambda: len(pane.interviews_panel.cards) == 1, timeout=TIMEOUT_MS)
    [card] = pane.interviews_panel.cards
    assert not card.edit_button.isEnabled() and "ondertekend" in card.edit_button.toolTip()
    wire = interview_in(record.id, changed).model_dump(mode="json")
    [refused] = world.operate(
        AN, wire_op(world.case(AN, case_id), "edit_interview", interview=wire)
    )
    assert refused["status"] == "rejected"
    assert refused["message"] == "a signed interview record cannot be edited; record a correction"

    # A correction: version 2 with its reason; the signed version 1 is kept with its scan.
    assert controller.correct_interview(case_id, record.id, changed, "Het lokaal was fout.")
    qtbot.waitUntil(lambda: synced(an), timeout=TIMEOUT_MS)
    [corrected] = service_interviews(world, case_id)
    assert corrected["version"] == 2 and corrected["signature"] is None
    assert corrected["correction_reason"] == "Het lokaal was fout."
    assert corrected["facts"]["place"] == "Elders"
    [kept] = corrected["earlier"]
    assert kept["version"] == 1 and kept["facts"]["place"] == "Stadhuis, lokaal 2.14"
    assert kept["signature"]["piece_id"] == piece["id"]
