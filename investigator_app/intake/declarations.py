"""Conflict-of-interest declarations on the service: "no conflict" and recusal (desktop
operations), and reading them in bulk for the feed.

A recusal unassigns the person if the case was theirs, flags the case for reassignment
and hides the case from them for good: their feed gets a tombstone and every per-case
endpoint answers them as for an unknown case (cases.has_recused). The optional reason is
sealed like notes; the timeline shows that they recused, never why (the audit trail does).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from investigator_app.domain.events import EventKind
from investigator_app.intake import audit
from investigator_app.intake.actors import Actor
from investigator_app.intake.case_ids import ByCases, CaseIds
from investigator_app.intake.cases import add_event, event_time, touch
from investigator_app.intake.feed import publish
from investigator_app.intake.models import Case, ConflictDeclaration, DeclarationKind, User
from investigator_app.intake.note_cipher import NoteCipher, recusal_context, require
from investigator_app.intake.visibility import Declaration
from investigator_app.operations import DeclareNoConflictOp, RecuseOp
from investigator_app.protocol import PersonOut, RecusalOut


def apply_declaration(
    session: Session,
    actor: Actor,
    case: Case,
    op: DeclareNoConflictOp | RecuseOp,
    now: datetime,
    cipher: NoteCipher | None,
) -> None:
    """declare_no_conflict or recuse (raises TransitionError when refused). The recusal's
    effect on the case (unassigned, flagged) is the caller's to write (RecuseOp.effect)."""
    assert actor.user_id is not None
    declaration = session.scalars(
        select(ConflictDeclaration)
        .where(ConflictDeclaration.case_id == case.id, ConflictDeclaration.user_id == actor.user_id)
        .with_for_update()
    ).one_or_none()
    at = event_time(case, op.made_at, now)
    if isinstance(op, DeclareNoConflictOp):
        if declaration is not None:
            return  # declared before: nothing changes
        session.add(
            ConflictDeclaration(
                case_id=case.id,
                user_id=actor.user_id,
                kind=DeclarationKind.NO_CONFLICT,
                declared_at=at,
            )
        )
        touch(case)
        publish(session, case)
        audit.record(
            session,
            actor,
            "case.conflict_declared",
            now,
            case_id=case.id,
            detail={"reference": case.reference, "op_id": str(op.op_id)},
        )
        return
    _recuse(session, actor, case, op, declaration, at, now, cipher)


def _recuse(
    session: Session,
    actor: Actor,
    case: Case,
    op: RecuseOp,
    declaration: ConflictDeclaration | None,
    at: datetime,
    now: datetime,
    cipher: NoteCipher | None,
) -> None:
    assert actor.user_id is not None
    reason = op.reason or None
    sealed = (
        require(cipher).seal(reason, recusal_context(case.id, actor.user_id))
        if reason is not None
        else None
    )
    if declaration is None:
        declaration = ConflictDeclaration(case_id=case.id, user_id=actor.user_id)
        session.add(declaration)
    declaration.kind = DeclarationKind.RECUSED
    declaration.declared_at = at
    declaration.reason_ciphertext = sealed
    was_assignee = case.assignee_id == actor.user_id
    add_event(session, case, actor, EventKind.RECUSED, at, from_status=case.status)
    if was_assignee:
        case.lifecycle_version = case.version  # as an assignment: older lifecycle ops conflict
    publish(session, case)
    audit.record(
        session,
        actor,
        "case.recused",
        now,
        case_id=case.id,
        # The reason stays sealed with the declaration (the managers read it there): the
        # audit trail keeps texts in the clear, and this one may be personal.
        detail={
            "reference": case.reference,
            "op_id": str(op.op_id),
            "unassigned": was_assignee,
            "with_reason": bool(reason),
        },
    )


# --- reading, in bulk ---------------------------------------------------------------------


_DECLARATIONS = ByCases(
    lambda ids: (
        select(
            ConflictDeclaration.case_id,
            ConflictDeclaration.user_id,
            ConflictDeclaration.kind,
            ConflictDeclaration.declared_at,
            ConflictDeclaration.reason_ciphertext,
            User.department_id,
        )
        .join(User, User.id == ConflictDeclaration.user_id)
        .where(ConflictDeclaration.case_id.in_(ids))
        .order_by(ConflictDeclaration.declared_at, ConflictDeclaration.user_id)
    )
)


def load_declarations(session: Session, case_ids: CaseIds) -> dict[str, list[Declaration]]:
    """The declarations on these cases per case id, oldest first, with the declarer's
    department (one query); reasons stay sealed. Who sees which: visibility.py."""
    result: dict[str, list[Declaration]] = defaultdict(list)
    for row in session.execute(*_DECLARATIONS(case_ids)):
        result[row.case_id].append(
            Declaration(
                case_id=row.case_id,
                user_id=row.user_id,
                department_id=row.department_id,
                recused=row.kind == DeclarationKind.RECUSED,
                at=row.declared_at,
                sealed_reason=row.reason_ciphertext,
            )
        )
    return result


def recusal_out(
    declaration: Declaration,
    people: Mapping[str, PersonOut],
    cipher: NoteCipher | None,
    *,
    with_reason: bool,
) -> RecusalOut:
    """The recusal as shown, its reason decrypted only ``with_reason``."""
    reason = (
        require(cipher).open(
            declaration.sealed_reason,
            recusal_context(declaration.case_id, declaration.user_id),
        )
        if with_reason and declaration.sealed_reason is not None
        else None
    )
    return RecusalOut(person=people[declaration.user_id], at=declaration.at, reason=reason)
