"""The reporter's views of a message's page on the audit trail, bounded.

Every view used to add a ``reply.page_viewed`` event: a reload loop grew the append-only
table without end and buried the events that matter. Now a message's page enters the
trail at most once per ``RelayPolicy.view_audit_interval`` (an hour): the trail still says
that, and roughly when, the reporter read it.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from investigator_app.intake import audit
from investigator_app.intake.cases import lock_case
from investigator_app.intake.db import Database
from investigator_app.intake.messages import REPORTER
from investigator_app.intake.models import AuditEvent

PAGE_VIEWED = "reply.page_viewed"


def viewed_since(session: Session, case_id: str, message_id: str, since: datetime) -> bool:
    """Whether a view of this message's page is on the trail after ``since``."""
    details = session.scalars(
        select(AuditEvent.detail).where(
            AuditEvent.case_id == case_id,
            AuditEvent.action == PAGE_VIEWED,
            AuditEvent.at > since,
        )
    )
    return any(detail.get("message_id") == message_id for detail in details)


def record_view(
    db: Database,
    case_id: str,
    reference: str,
    message_id: str,
    now: datetime,
    interval: timedelta,
) -> None:
    """Audit a view unless one of the same message is on the trail within ``interval``.
    The case lock (taken first, as by every writer) makes two views at once decide one
    after the other, so they add one event, not two."""
    with db.write() as session:
        if lock_case(session, case_id) is None:
            return
        if viewed_since(session, case_id, message_id, now - interval):
            return
        audit.record(
            session,
            REPORTER,
            PAGE_VIEWED,
            now,
            case_id=case_id,
            detail={"reference": reference, "message_id": message_id},
        )
