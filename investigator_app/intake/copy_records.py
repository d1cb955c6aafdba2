"""Copies of a dossier on the case's audit trail: the ``record_copy`` operation.

Each exported or printed copy is one audit event with its copy id, profile, reader, the
sha256 of the file and its pages (no case content), so a leaked page can be traced. The
desktop queues the record like any other operation; a copy id already on the trail (a
resend, or the same copy queued twice) records nothing new.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from investigator_app.intake import audit
from investigator_app.intake.actors import Actor
from investigator_app.intake.models import AuditEvent, Case
from investigator_app.operations import RecordCopyOp
from investigator_app.protocol_audit import COPY_EXPORTED, COPY_PRINTED, CopyKind


def record_copy(
    session: Session, actor: Actor, case: Case, op: RecordCopyOp, now: datetime
) -> bool:
    """Put the copy on the case's audit trail; False when that copy id is there already."""
    earlier = session.scalars(
        select(AuditEvent.detail).where(
            AuditEvent.case_id == case.id, AuditEvent.action.in_([COPY_EXPORTED, COPY_PRINTED])
        )
    ).all()
    if any(detail.get("copy_id") == str(op.copy_id) for detail in earlier):
        return False
    audit.record(
        session,
        actor,
        COPY_PRINTED if op.kind is CopyKind.PRINT else COPY_EXPORTED,
        now,
        case_id=case.id,
        detail={
            "reference": case.reference,
            "op_id": str(op.op_id),
            "copy_id": str(op.copy_id),
            "profile": op.profile,
            "reader": op.reader,
            "sha256": op.sha256,
            "pages": op.pages,
            "made_at": op.made_at.isoformat(),
        },
    )
    return True
