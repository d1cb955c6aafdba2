"""Findings cite the investigators' pieces: the finding dialog offers them ("stuk 1:
titel"), not a withdrawn one; the allegation card names them; the store accepts a queued
piece as a source and refuses one that is not on the case, in words."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from investigator_app.domain.evidence import PieceFacts, PieceType
from investigator_app.domain.investigation import (
    Conclusion,
    FindingFacts,
    SourceKind,
    SourceRef,
)
from investigator_app.gui.workspace.allegation_card import AllegationCard, Permissions
from investigator_app.gui.workspace.case_controller import CaseController
from investigator_app.gui.workspace.finding_dialog import FindingDialog
from investigator_app.gui.workspace.investigation_texts import case_pieces
from investigator_app.store import LocalStore
from investigator_app.sync.runner import SyncRunner
from tests.gui.evidence_cases import with_pieces
from tests.gui.investigation_cases import case_detail
from tests.store.case_factory import me, page
from tests.store.investigation_factory import AT, allegation, investigating

NOW = AT + timedelta(days=1)
ALLOWED = Permissions(None, None, None, None)
ALLEGATION = "6d3c2a8e-1f4b-4c3a-9e2d-5b7a8c9d0e1f"


def test_the_finding_dialog_offers_standing_pieces_and_keeps_a_cited_withdrawn_one(
    qtbot: QtBot,
) -> None:
    case = case_detail(with_pieces())
    first, second = case.investigation.allegations[:2]
    dialog = FindingDialog(case, second)  # no finding yet: nothing cited
    qtbot.addWidget(dialog)
    items = [dialog.ui.sourcesList.item(r) for r in range(dialog.ui.sourcesList.count())]
    names = [item.text() for item in items]
    assert names[-3:] == [
        "stuk 1: Onderhoudscontract stadswegen 2025",
        "stuk 2: Foto van de oprit aan de Kerkstraat",
        "stuk 3: E-mail van de zaakvoerder aan het diensthoofd",
    ]
    assert not any("stuk 4" in name for name in names)  # withdrawn: not offered
    items[-2].setCheckState(Qt.CheckState.Checked)
    assert dialog.sources() == (SourceRef(SourceKind.PIECE, "piece-photo"),)

    # A finding that cited a piece withdrawn since keeps it, named as withdrawn.
    assert first.finding is not None
    facts = first.finding.facts
    cites_extract = (*facts.sources, SourceRef(SourceKind.PIECE, "piece-extract"))
    pieces = case_pieces(case)
    names_by_ref = {p.ref: p.name for p in pieces}
    assert (
        names_by_ref[SourceRef(SourceKind.PIECE, "piece-extract")]
        == "stuk 4: Uittreksel uit het ondernemingsregister (ingetrokken)"
    )
    changed = replace(
        first, finding=replace(first.finding, facts=replace(facts, sources=cites_extract))
    )
    again = FindingDialog(case, changed)
    qtbot.addWidget(again)
    listed = [again.ui.sourcesList.item(r) for r in range(again.ui.sourcesList.count())]
    withdrawn = [i for i in listed if "stuk 4" in i.text()]
    assert len(withdrawn) == 1 and withdrawn[0].checkState() is Qt.CheckState.Checked


def test_the_allegation_card_names_the_pieces_its_finding_rests_on(qtbot: QtBot) -> None:
    case = case_detail(with_pieces())
    first = case.investigation.allegations[0]
    card = AllegationCard(first, case_pieces(case), ALLOWED)
    qtbot.addWidget(card)
    [line] = [ln for ln in card.text_block.text().splitlines() if ln.startswith("Steunt op")]
    assert line.endswith("; stuk 1: Onderhoudscontract stadswegen 2025")


@pytest.fixture
def store(tmp_path: Path) -> Iterator[LocalStore]:
    opened = LocalStore.open(tmp_path / "data" / "store.sqlite3")
    opened.set_identity(me())
    opened.apply_changes(
        page(investigating("c1", allegation(ALLEGATION, 1), conflict_declared=True), cursor=1)
    )
    yield opened
    opened.close()


def test_a_finding_may_cite_a_piece_still_waiting_to_be_sent_but_not_one_of_another_case(
    qtbot: QtBot, store: LocalStore, tmp_path: Path
) -> None:
    runner = SyncRunner(store.path, "http://127.0.0.1:9", None)  # offline
    controller = CaseController(store, runner, clock=lambda: NOW)
    told: list[str] = []
    controller.action_failed.connect(told.append)
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF-1.4 fictief")
    file = controller.import_piece_file(scan)
    facts = PieceFacts("Scan van de bestelbon", "", "Boekhouding", NOW.date(), PieceType.DOCUMENT)
    assert controller.add_piece("c1", facts, file)
    detail = controller.detail("c1")
    assert detail is not None
    [piece] = detail.investigation.pieces
    cited = (SourceRef(SourceKind.PIECE, piece.id),)
    assert controller.record_finding(
        "c1", ALLEGATION, FindingFacts(Conclusion.UNFOUNDED, "De bestelbon klopt.", cited)
    )
    detail = controller.detail("c1")
    assert detail is not None
    finding = detail.investigation.allegations[0].finding
    assert finding is not None and finding.facts.sources == cited

    stranger = (SourceRef(SourceKind.PIECE, str(uuid.uuid4())),)
    assert not controller.record_finding(
        "c1", ALLEGATION, FindingFacts(Conclusion.UNFOUNDED, "Iets anders.", stranger)
    )
    assert told and "een stuk van het onderzoek" in told[-1]
