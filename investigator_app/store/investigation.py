"""A case's investigation on the desktop: the service's copy (sealed whole) with our queued
investigation operations applied, through the same rules the service checks them with
(``InvestigationOp.investigate`` over domain.investigation).

The sealed copy is all there is of an investigation's texts at rest; ``case_tasks`` beside
it keeps, in the clear, only what lists across cases need of a task (owner, due date,
state), so "my tasks" and the list's counts read no sealed value for a case without tasks
of the user.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace
from typing import Any

from pydantic import TypeAdapter
from sqlalchemy import select
from sqlalchemy.engine import Connection

from investigator_app.domain.investigation import EMPTY, Investigation, SourceKind
from investigator_app.domain.lifecycle import TransitionError
from investigator_app.operations import (
    AddAllegationOp,
    AddInterviewOp,
    AddPieceOp,
    AddTaskOp,
    CorrectInterviewOp,
    EditAllegationOp,
    EditInterviewOp,
    EditTaskOp,
    InvestigationOp,
    Operation,
    RecordCustodyOp,
    RecordFindingOp,
    ReplacePieceOp,
    SetTaskStateOp,
    SignInterviewOp,
    WithdrawAllegationOp,
    WithdrawPieceOp,
)
from investigator_app.protocol import CaseOut
from investigator_app.store.models import case_investigations
from investigator_app.store.sealing import Sealer, investigation_place

INVESTIGATION: TypeAdapter[Investigation] = TypeAdapter(Investigation)


# --- what a snapshot writes ---------------------------------------------------------------


def investigation_row(sealer: Sealer, case: CaseOut) -> dict[str, Any]:
    """The sealed row of a snapshot's (non-empty) investigation."""
    text = INVESTIGATION.dump_json(case.investigation).decode()
    return {"case_id": case.id, "sealed_payload": sealer.seal(text, investigation_place(case.id))}


def task_rows(case: CaseOut) -> list[dict[str, Any]]:
    """The clear columns of a snapshot's tasks (no description)."""
    return [
        {
            "case_id": case.id,
            "task_id": task.id,
            "owner_id": task.owner_id,
            "due": task.due,
            "state": task.state.value,
        }
        for task in case.investigation.tasks
    ]


def piece_file_rows(case: CaseOut) -> list[dict[str, Any]]:
    """The clear content address of each version's file of a snapshot's pieces (what the
    puller fetches for offline use)."""
    return [
        {
            "case_id": case.id,
            "piece_id": piece.id,
            "version": version,
            "sha256": file.sha256,
            "size": file.size,
        }
        for piece in case.investigation.pieces
        for version, file in (
            *((v.version, v.file) for v in piece.earlier),
            (piece.version, piece.file),
        )
    ]


# --- reading ------------------------------------------------------------------------------


def stored_investigation(conn: Connection, sealer: Sealer, case_id: str) -> Investigation:
    """The investigation as the service last sent it (EMPTY without one)."""
    sealed = conn.scalar(
        select(case_investigations.c.sealed_payload).where(case_investigations.c.case_id == case_id)
    )
    if sealed is None:
        return EMPTY
    return INVESTIGATION.validate_json(sealer.open(sealed, investigation_place(case_id)))


def investigation_ops(ops: Iterable[Operation]) -> list[InvestigationOp]:
    return [op for op in ops if isinstance(op, InvestigationOp)]


def overlay_investigation(
    inv: Investigation, ops: Iterable[Operation], by: str, names: Mapping[str, str]
) -> Investigation:
    """``inv`` with our queued investigation operations among ``ops`` applied in order, by
    ``by`` (our display name) at the time each was made; the items they touched are marked
    pending. One the investigation no longer allows (a colleague withdrew the allegation
    first, or its answer was lost and the service has it already) is skipped: the service
    will refuse it, or has it."""
    pending: dict[str, set[str]] = {kind: set() for kind in _KINDS}
    for op in investigation_ops(ops):
        try:
            inv = op.investigate(inv, by, op.made_at, names)
        except TransitionError:
            continue
        kind, item_id = touched(op)
        pending[kind].add(item_id)
    if not any(pending.values()):
        return inv
    return replace(
        inv,
        allegations=tuple(
            replace(a, pending=True) if a.id in pending["allegation"] else a
            for a in inv.allegations
        ),
        tasks=tuple(replace(t, pending=True) if t.id in pending["task"] else t for t in inv.tasks),
        pieces=tuple(
            replace(p, pending=True) if p.id in pending["piece"] else p for p in inv.pieces
        ),
        interviews=tuple(
            replace(i, pending=True) if i.id in pending["interview"] else i for i in inv.interviews
        ),
    )


_KINDS = ("allegation", "task", "piece", "interview")


def touched(op: InvestigationOp) -> tuple[str, str]:
    """("allegation", "task", "piece" or "interview", its id): the item ``op`` changes."""
    if isinstance(op, AddAllegationOp | EditAllegationOp):
        return "allegation", str(op.allegation.allegation_id)
    if isinstance(op, WithdrawAllegationOp | RecordFindingOp):
        return "allegation", str(op.allegation_id)
    if isinstance(op, AddTaskOp | EditTaskOp):
        return "task", str(op.task.task_id)
    if isinstance(op, SetTaskStateOp):
        return "task", str(op.task_id)
    if isinstance(op, AddPieceOp):
        return "piece", str(op.piece.piece_id)
    if isinstance(op, ReplacePieceOp | WithdrawPieceOp | RecordCustodyOp):
        return "piece", str(op.piece_id)
    if isinstance(op, AddInterviewOp | EditInterviewOp | CorrectInterviewOp):
        return "interview", str(op.interview.interview_id)
    if isinstance(op, SignInterviewOp):
        return "interview", str(op.interview_id)
    raise AssertionError(f"not an investigation operation: {op.action}")  # pragma: no cover


def relies_on(op: InvestigationOp) -> set[tuple[str, str]]:
    """The items ``op`` changes or needs: its own, the piece a signature links, the pieces
    a finding cites (undo.py: a later operation on any of them may build on an earlier
    one)."""
    items = {touched(op)}
    if isinstance(op, SignInterviewOp):
        items.add(("piece", str(op.piece_id)))
    if isinstance(op, RecordFindingOp):
        items.update(
            ("piece", s.ref) for s in op.finding.facts().sources if s.kind is SourceKind.PIECE
        )
    return items


def shown_investigation(
    conn: Connection,
    sealer: Sealer,
    case_id: str,
    applied: Iterable[Operation],
    by: str,
    names: Mapping[str, str],
    stored: Investigation | None = None,
) -> Investigation:
    """The investigation the user sees: the stored one (read unless given) with the
    queued operations among ``applied`` (those the life cycle allows in turn) laid over
    it."""
    ops = list(applied)
    if stored is None:
        stored = stored_investigation(conn, sealer, case_id)
    return overlay_investigation(stored, ops, by, names) if investigation_ops(ops) else stored
