"""Who is signed in, their department's deadline policy and colleagues, and sync bookkeeping."""

from __future__ import annotations

import logging
from datetime import datetime

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.engine import Connection

from investigator_app.domain.deadlines import DEFAULT_POLICY, DeadlinePolicy
from investigator_app.domain.evidence import DEFAULT_MAX_PIECE_BYTES
from investigator_app.domain.vocabulary import Role
from investigator_app.protocol import (
    DepartmentOut,
    DepartmentSettingsOut,
    MeResponse,
    PersonOut,
    UserOut,
)
from investigator_app.protocol_signin import SignInMethod
from investigator_app.store import search_index
from investigator_app.store.models import (
    attachment_blobs,
    case_attachments,
    case_events,
    case_investigations,
    case_messages,
    case_notes,
    case_piece_files,
    case_tasks,
    cases,
    colleagues,
    outbox,
    piece_blobs,
    piece_chunks,
    piece_uploads,
    sync_state,
)

_log = logging.getLogger("investigator_app.store.identity")
_STATE = sync_state.c


def set_identity(conn: Connection, me: MeResponse) -> bool:
    """Store who is signed in; return True when local data of someone else was dropped.

    Cases belong to a department's view and outbox rows to the user who made them: when a
    different user or department signs in on this store, neither may be shown or sent.
    """
    user = me.user
    department = user.department
    before = conn.execute(select(_STATE.user_id, _STATE.department_code)).one()
    new_code = department.code if department else None
    dropped = False
    if before.user_id is not None and (
        before.user_id != user.id or before.department_code != new_code
    ):
        same_user = before.user_id == user.id
        counts = conn.execute(select(func.count()).select_from(cases)).scalar_one()
        conn.execute(delete(case_events))
        conn.execute(delete(case_messages))
        conn.execute(delete(case_attachments))
        conn.execute(delete(case_notes))
        conn.execute(delete(case_investigations))
        conn.execute(delete(case_tasks))
        conn.execute(delete(attachment_blobs))
        conn.execute(delete(case_piece_files))
        conn.execute(delete(cases))
        if search_index.has_index(conn):
            search_index.clear(conn)
        if not same_user:
            conn.execute(delete(outbox))
            # Evidence files go with the outbox that needed them (the same user keeps both).
            conn.execute(delete(piece_uploads))
            conn.execute(delete(piece_chunks))
            conn.execute(delete(piece_blobs))
        conn.execute(update(sync_state).values(cursor=0, last_sync_at=None))
        _log.warning("another account signed in: dropped %d local cases", counts)
        dropped = True
    conn.execute(
        update(sync_state).values(
            user_id=user.id,
            username=user.username,
            display_name=user.display_name,
            role=user.role.value,
            department_code=new_code,
            department_name=department.name if department else None,
            ack_days=department.ack_days if department else None,
            feedback_months=department.feedback_months if department else None,
            max_piece_bytes=me.settings.max_piece_bytes if me.settings else None,
            interview_notice=me.settings.interview_notice if me.settings else None,
            sign_in_method=me.sign_in_method,
        )
    )
    conn.execute(delete(colleagues))
    if me.colleagues:
        conn.execute(
            insert(colleagues),
            [
                {"id": p.id, "display_name": p.display_name, "role": p.role.value}
                for p in me.colleagues
            ],
        )
    return dropped


def identity(conn: Connection) -> MeResponse | None:
    """Who is signed in and their colleagues, as the service last told us."""
    row = conn.execute(select(sync_state)).one()
    if row.user_id is None:
        return None
    department = None
    if row.department_code is not None:
        department = DepartmentOut(
            code=row.department_code,
            name=row.department_name or "",
            ack_days=row.ack_days if row.ack_days is not None else DEFAULT_POLICY.ack_days,
            feedback_months=(
                row.feedback_months
                if row.feedback_months is not None
                else DEFAULT_POLICY.feedback_months
            ),
        )
    user = UserOut(
        id=row.user_id,
        username=row.username or "",
        display_name=row.display_name or "",
        role=Role(row.role),
        department=department,
    )
    settings = None
    if row.max_piece_bytes is not None:
        settings = DepartmentSettingsOut(
            max_piece_bytes=row.max_piece_bytes, interview_notice=row.interview_notice or ""
        )
    return MeResponse(
        user=user,
        colleagues=colleague_list(conn),
        settings=settings,
        sign_in_method=row.sign_in_method or SignInMethod.PASSWORD.value,
    )


def max_piece_bytes(conn: Connection) -> int:
    """The department's limit for one file of evidence (the service's default before a
    service that says)."""
    found = conn.execute(select(_STATE.max_piece_bytes)).scalar_one()
    return int(found) if found is not None else DEFAULT_MAX_PIECE_BYTES


def interview_notice(conn: Connection) -> str:
    """The notice the department has read at the start of an interview ("" if none)."""
    return conn.execute(select(_STATE.interview_notice)).scalar_one() or ""


def colleague_list(conn: Connection) -> list[PersonOut]:
    query = select(colleagues).order_by(colleagues.c.display_name, colleagues.c.id)
    return [
        PersonOut(id=row.id, display_name=row.display_name, role=Role(row.role))
        for row in conn.execute(query)
    ]


def deadline_policy(conn: Connection) -> DeadlinePolicy:
    row = conn.execute(select(_STATE.ack_days, _STATE.feedback_months)).one()
    if row.ack_days is None or row.feedback_months is None:
        return DEFAULT_POLICY
    return DeadlinePolicy(ack_days=row.ack_days, feedback_months=row.feedback_months)


def actor_name(conn: Connection) -> str:
    return conn.execute(select(_STATE.display_name)).scalar_one() or ""


def cursor(conn: Connection) -> int:
    return int(conn.execute(select(_STATE.cursor)).scalar_one())


def last_sync_at(conn: Connection) -> datetime | None:
    at: datetime | None = conn.execute(select(_STATE.last_sync_at)).scalar_one()
    return at


def mark_synced(conn: Connection, at: datetime) -> None:
    if at.tzinfo is None:
        raise ValueError("the sync time must be timezone-aware")
    conn.execute(update(sync_state).values(last_sync_at=at))


def user_role(conn: Connection) -> Role | None:
    role = conn.execute(select(_STATE.role)).scalar_one()
    return Role(role) if role else None


def user_id(conn: Connection) -> str | None:
    """The signed-in user's id (None before the first sign-in)."""
    found: str | None = conn.execute(select(_STATE.user_id)).scalar_one()
    return found
