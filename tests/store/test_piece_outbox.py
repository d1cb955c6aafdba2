"""Queueing pieces: shown at once (pending), checked as the service would (the file is here,
within the limit, the case team; anyone of the department records handling), held in the
outbox until its file is uploaded (with the later actions of its case), undone with its
upload."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from investigator_app.domain.evidence import (
    CustodyKind,
    PieceFacts,
    PieceFile,
    PieceType,
    add_piece,
)
from investigator_app.domain.lifecycle import Action
from investigator_app.protocol import CaseOut, DepartmentSettingsOut
from investigator_app.store import LocalStore
from investigator_app.store.piece_uploads import UploadPhase
from investigator_app.store.queue_checks import QueueRefused, Refusal
from investigator_app.store.undo import UndoRefusal, UndoRefused
from tests.store.case_factory import COLLEAGUE, me, page
from tests.store.evidence_factory import interview_in, piece_in
from tests.store.investigation_factory import AT, investigating
from tests.support.operations import allegation_in, finding_in, queue_action

NOW = AT + timedelta(days=1)


def queue(store: LocalStore, action: Action, case_id: str = "c1", **fields: Any) -> uuid.UUID:
    return queue_action(store, case_id, action, made_at=NOW, **fields)


def imported(store: LocalStore, tmp_path: Path, data: bytes = b"%PDF-1.4 factuur") -> PieceFile:
    path = tmp_path / f"{uuid.uuid4().hex}.pdf"
    path.write_bytes(data)
    return store.import_piece_file(path)


@pytest.fixture
def case(store: LocalStore) -> LocalStore:
    store.apply_changes(page(investigating("c1"), investigating("c2"), cursor=2))
    return store


def test_a_queued_piece_shows_at_once_and_waits_for_its_upload(
    case: LocalStore, tmp_path: Path
) -> None:
    file = imported(case, tmp_path)
    piece_id = case.add_piece("c1", piece_facts(), file, NOW)

    detail = case.detail("c1", NOW)
    assert detail is not None
    (piece,) = detail.investigation.pieces
    assert (piece.id, piece.number, piece.pending) == (str(piece_id), 1, True)
    assert piece.file == file and piece.custody[0].kind is CustodyKind.ADDED
    upload = case.piece_uploads("c1")[file.sha256]
    assert (upload.state, upload.sent, upload.size) == (UploadPhase.WAITING, 0, file.size)

    later = queue(case, Action.ADD_ALLEGATION, allegation=allegation_in())
    other = queue(case, Action.ADD_ALLEGATION, "c2", allegation=allegation_in())
    # The piece's case waits whole (the later action may build on it); the other case goes.
    assert [op.op_id for op in case.pending_operations(10)] == [other]

    (work,) = case.upload_work()
    assert case.upload_progress(work.op_id, 100, done=False)
    assert case.piece_uploads("c1")[file.sha256].state is UploadPhase.SENDING
    assert [op.case_id for op in case.pending_operations(10)] == ["c2"]  # c1 still sending
    case.upload_progress(work.op_id, file.size, done=True)
    taken = [op for op in case.pending_operations(10) if op.case_id == "c1"]
    assert [type(op).__name__ for op in taken] == ["AddPieceOp"]
    assert later not in {op.op_id for op in taken}  # after the piece, in order


def test_a_refused_upload_lets_the_operation_go_to_be_refused_with_the_services_words(
    case: LocalStore, tmp_path: Path
) -> None:
    file = imported(case, tmp_path)
    case.add_piece("c1", piece_facts(), file, NOW)
    (work,) = case.upload_work()
    case.upload_refused(work.op_id)
    assert case.upload_work() == []
    assert [type(op).__name__ for op in case.pending_operations(10)] == ["AddPieceOp"]


def test_a_file_not_imported_or_over_the_limit_is_refused_before_queueing(
    case: LocalStore, tmp_path: Path
) -> None:
    file = imported(case, tmp_path)
    stranger = PieceFile("ab" * 32, 10, "x.pdf", "application/pdf")
    with pytest.raises(QueueRefused) as refused:
        queue(case, Action.ADD_PIECE, piece=piece_in(stranger))
    assert refused.value.refusal is Refusal.PIECE_NOT_IN_STORE

    settings = DepartmentSettingsOut(max_piece_bytes=5, interview_notice="")
    case.set_identity(me().model_copy(update={"settings": settings}))
    with pytest.raises(QueueRefused) as refused:
        queue(case, Action.ADD_PIECE, piece=piece_in(file))
    assert (refused.value.refusal, refused.value.numbers) == (Refusal.PIECE_TOO_LARGE, (5,))
    assert case.pending_count() == 0 and case.upload_work() == []


def test_only_the_case_team_adds_pieces_but_any_member_records_opening_one(
    store: LocalStore, tmp_path: Path
) -> None:
    file = imported(store, tmp_path)
    piece_id = str(uuid.uuid4())
    stored = investigating("c1").model_copy(update={"assignee": COLLEAGUE})
    store.apply_changes(page(stored, cursor=1))
    with pytest.raises(QueueRefused) as refused:
        queue(store, Action.ADD_PIECE, piece=piece_in(file, piece_id))
    assert refused.value.refusal is Refusal.NOT_CASE_TEAM

    # The piece as the service sent it (a colleague added it).
    store.apply_changes(page(with_piece(stored, file, piece_id), cursor=2))
    store.record_piece_custody("c1", piece_id, CustodyKind.OPENED, 1, None, NOW)
    detail = store.detail("c1", NOW)
    assert detail is not None
    (piece,) = detail.investigation.pieces
    assert [e.kind for e in piece.custody] == [CustodyKind.ADDED, CustodyKind.OPENED]
    assert piece.pending
    with pytest.raises(QueueRefused):  # an export names its copy
        queue(store, Action.RECORD_CUSTODY, piece_id=piece_id, kind="exported", version=1)


def test_a_finding_cites_a_queued_piece_but_not_one_of_another_case(
    case: LocalStore, tmp_path: Path
) -> None:
    allegation = uuid.uuid4()
    queue(case, Action.ADD_ALLEGATION, allegation=allegation_in(allegation))
    file = imported(case, tmp_path)
    piece_id = case.add_piece("c1", piece_facts(), file, NOW)
    elsewhere = case.add_piece("c2", piece_facts(), file, NOW)

    with pytest.raises(QueueRefused) as refused:
        queue(
            case,
            Action.RECORD_FINDING,
            allegation_id=str(allegation),
            finding=finding_in(sources=[{"kind": "piece", "ref": str(elsewhere)}]),
        )
    assert refused.value.refusal is Refusal.SOURCE_NOT_ON_CASE
    queue(
        case,
        Action.RECORD_FINDING,
        allegation_id=str(allegation),
        finding=finding_in(sources=[{"kind": "piece", "ref": str(piece_id)}]),
    )


def test_signing_needs_a_piece_of_type_interview_record(case: LocalStore, tmp_path: Path) -> None:
    file = imported(case, tmp_path)
    interview = uuid.uuid4()
    queue(case, Action.ADD_INTERVIEW, interview=interview_in(interview))
    document = case.add_piece("c1", piece_facts(), file, NOW)
    with pytest.raises(QueueRefused) as refused:
        queue(case, Action.SIGN_INTERVIEW, interview_id=str(interview), piece_id=str(document))
    assert refused.value.refusal is Refusal.INVESTIGATION_RULE

    scan = uuid.uuid4()
    queue(case, Action.ADD_PIECE, piece=piece_in(file, scan, type="interview_record"))
    queue(case, Action.SIGN_INTERVIEW, interview_id=str(interview), piece_id=str(scan))
    detail = case.detail("c1", NOW)
    assert detail is not None
    (record,) = detail.investigation.interviews
    assert record.signed and record.pending


def test_undoing_a_queued_piece_drops_its_upload_unless_a_later_action_needs_it(
    case: LocalStore, tmp_path: Path
) -> None:
    file = imported(case, tmp_path)
    interview, scan = uuid.uuid4(), uuid.uuid4()
    queue(case, Action.ADD_INTERVIEW, interview=interview_in(interview))
    add = queue(case, Action.ADD_PIECE, piece=piece_in(file, scan, type="interview_record"))
    sign = queue(case, Action.SIGN_INTERVIEW, interview_id=str(interview), piece_id=str(scan))

    with pytest.raises(UndoRefused) as refused:
        case.undo(add)
    assert refused.value.refusal is UndoRefusal.NEEDED
    case.undo(sign)
    case.undo(add)

    assert case.piece_uploads("c1") == {} and case.upload_work() == []
    detail = case.detail("c1", NOW)
    assert detail is not None and detail.investigation.pieces == ()
    # The bytes stay (a new dialog may add them again) until nobody refers to them.
    assert case.piece_bytes(file.sha256) == b"%PDF-1.4 factuur"


def test_a_replacement_carries_its_own_file_and_upload(case: LocalStore, tmp_path: Path) -> None:
    first, second = imported(case, tmp_path), imported(case, tmp_path, b"versie 2")
    piece_id = case.add_piece("c1", piece_facts(), first, NOW)
    case.replace_piece("c1", piece_id, second, "Betere scan.", NOW)
    assert set(case.piece_uploads("c1")) == {first.sha256, second.sha256}
    detail = case.detail("c1", NOW)
    assert detail is not None
    (piece,) = detail.investigation.pieces
    assert (piece.version, piece.file.sha256) == (2, second.sha256)
    assert [v.file.sha256 for v in piece.earlier] == [first.sha256]


# --- helpers -----------------------------------------------------------------------------


def piece_facts() -> PieceFacts:
    return PieceFacts("Factuur", "", "Dienst Financiën", AT.date(), PieceType.DOCUMENT)


def with_piece(case: CaseOut, file: PieceFile, piece_id: str) -> CaseOut:
    """``case`` as the service sends it once a colleague added a piece with ``file``."""
    pieces = add_piece((), piece_id, piece_facts(), file, "Cas Colleague", AT)
    inv = replace(case.investigation, pieces=pieces)
    return case.model_copy(update={"investigation": inv, "version": case.version + 1})
