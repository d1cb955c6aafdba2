"""Conflict-of-interest declarations on the service: "no conflict" and recusal (desktop
operations), and reading them in bulk for the feed.

A recusal unassigns the person if the case was theirs, flags the case for reassignment
and hides the case from them for good: their feed gets a tombstone and every per-case
endpoint answers them as for an unknown case (cases.has_recused). The optional reason is
sealed like notes; the timeline shows that they recused, never why (the audit trail does).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from investigator_app.domain.events import EventKind
from investigator_app.domain.lifecycle import Action, TransitionError
from investigator_app.intake import audit
from investigator_app.intake.actors import Actor
from investigator_app.intake.cases import add_event, event_time, touch
from investigator_app.intake.feed import publish
from investigator_app.intake.models import Case, ConflictDeclaration, DeclarationKind, User
from investigator_app.intake.note_cipher import NoteCipher, recusal_context, require
from investigator_app.protocol import OperationIn, PersonOut, RecusalOut

RECUSED_ASSIGNEE = "this person recused themself from the case"


def apply_declaration(
    session: Session,
    actor: Actor,
    case: Case,
    op: OperationIn,
    now: datetime,
    cipher: NoteCipher | None,
) -> None:
    """declare_no_conflict or recuse (raises TransitionError when refused)."""
    if op.note is not None:
        raise TransitionError(f"'{op.action}' takes no note")
    assert actor.user_id is not None
    declaration = session.scalars(
        select(ConflictDeclaration)
        .where(ConflictDeclaration.case_id == case.id, ConflictDeclaration.user_id == actor.user_id)
        .with_for_update()
    ).one_or_none()
    at = event_time(case, op.made_at, now)
    if op.action is Action.DECLARE_NO_CONFLICT:
        if op.reason:
            raise TransitionError(f"'{op.action}' takes no reason")
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
    op: OperationIn,
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
    if was_assignee:
        case.assignee_id = None
    case.needs_reassignment = True
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


def load_declaration_rows(session: Session, case_ids: Any) -> Sequence[Any]:
    """The declarations on these cases, with the declarer's department (one query)."""
    return session.execute(
        select(
            ConflictDeclaration.case_id,
            ConflictDeclaration.user_id,
            ConflictDeclaration.kind,
            ConflictDeclaration.declared_at,
            ConflictDeclaration.reason_ciphertext,
            User.department_id,
        )
        .join(User, User.id == ConflictDeclaration.user_id)
        .where(ConflictDeclaration.case_id.in_(case_ids))
        .order_by(ConflictDeclaration.declared_at, ConflictDeclaration.user_id)
    ).all()


def recused_by(rows: Sequence[Any], user_id: str) -> set[str]:
    """The case ids ``user_id`` recused from."""
    return {
        row.case_id
        for row in rows
        if row.user_id == user_id and row.kind == DeclarationKind.RECUSED
    }


def declared_by(rows: Sequence[Any], user_id: str) -> set[str]:
    """The case ids ``user_id`` declared no conflict of interest on."""
    return {
        row.case_id
        for row in rows
        if row.user_id == user_id and row.kind == DeclarationKind.NO_CONFLICT
    }


def recusals(
    rows: Sequence[Any],
    department_id: int,
    people: Mapping[str, PersonOut],
    cipher: NoteCipher | None,
    *,
    with_reasons: bool,
) -> dict[str, list[RecusalOut]]:
    """RecusalOut per case id of the department's members; the reasons decrypted only
    ``with_reasons`` (for managers: they reassign the case; colleagues see who and when)."""
    result: dict[str, list[RecusalOut]] = defaultdict(list)
    for row in rows:
        if row.kind != DeclarationKind.RECUSED or row.department_id != department_id:
            continue
        reason = (
            require(cipher).open(row.reason_ciphertext, recusal_context(row.case_id, row.user_id))
            if with_reasons and row.reason_ciphertext is not None
            else None
        )
        result[row.case_id].append(
            RecusalOut(person=people[row.user_id], at=row.declared_at, reason=reason)
        )
    return result
