"""The audit trail: who did what, when and why, for every change.

``detail`` carries codes and references only; never case content (summary, description,
involved persons) nor a reporter's identity. Callers pass reasons separately because a
reason is part of "why" and must be kept.
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from investigator_app.intake.actors import Actor
from investigator_app.intake.models import AuditEvent

log = logging.getLogger("investigator_app.intake.audit")


def record(
    session: Session,
    actor: Actor,
    action: str,
    at: datetime,
    *,
    case_id: str | None = None,
    detail: dict[str, Any] | None = None,
    reason: str | None = None,
) -> AuditEvent:
    """Add an audit event to the caller's transaction (it commits or rolls back with it)."""
    event = AuditEvent(
        at=at,
        actor_id=actor.user_id,
        actor_name=actor.name,
        action=action,
        case_id=case_id,
        detail=detail or {},
        reason=reason or None,
    )
    session.add(event)
    # Ids and codes only: logs are read by more people than the audit trail.
    log.info("%s by %s (case %s)", action, actor.user_id or actor.name, case_id or "-")
    return event
