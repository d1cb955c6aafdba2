"""Builders of wire objects for store tests (what the service would send)."""

from __future__ import annotations

import zlib
from datetime import UTC, datetime, timedelta

from investigator_app.domain.events import EventKind
from investigator_app.domain.vocabulary import (
    Category,
    Channel,
    Outcome,
    ReporterKind,
    Role,
    Status,
)
from investigator_app.protocol import (
    CaseEventOut,
    CaseOut,
    ChangeOut,
    ChangesResponse,
    DepartmentOut,
    MeResponse,
    PersonOut,
    UserOut,
)

RECEIVED = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)
ME = PersonOut(id="u-inv", display_name="Ines Investigator", role=Role.INVESTIGATOR)
COLLEAGUE = PersonOut(id="u-col", display_name="Cas Colleague", role=Role.INVESTIGATOR)


def make_case(
    case_id: str = "c1",
    *,
    version: int = 1,
    status: Status = Status.FORWARDED,
    events: int = 1,
    summary: str = "Gift from a supplier",
    assignee: PersonOut | None = None,
    acknowledged_at: datetime | None = None,
    outcome: Outcome | None = None,
) -> CaseOut:
    number = zlib.crc32(case_id.encode()) % 999_999 + 1
    return CaseOut(
        id=case_id,
        reference=f"1700-2026-{number:06d}",
        version=version,
        department="AGO",
        status=status,
        outcome=outcome,
        channel=Channel.PHONE,
        category=Category.BRIBERY,
        received_at=RECEIVED,
        forwarded_at=RECEIVED + timedelta(hours=1),
        acknowledged_at=acknowledged_at,
        closed_at=None,
        summary=summary,
        description="A long description of what happened.",
        involved_entity="Agentschap Wegen",
        involved_persons=["J. Janssens"],
        reporter_kind=ReporterKind.CITIZEN,
        assignee=assignee,
        events=[
            CaseEventOut(
                id=f"{case_id}-e{n}",
                at=RECEIVED + timedelta(minutes=n),
                actor="1700",
                kind=EventKind.FORWARDED if n == 0 else EventKind.ASSIGNED,
                from_status=Status.REGISTERED if n == 0 else None,
                to_status=Status.FORWARDED if n == 0 else None,
            )
            for n in range(events)
        ],
    )


def page(
    *changes: CaseOut | str,
    cursor: int,
    has_more: bool = False,
    remaining: int = 0,
    reset: bool = False,
    first_seq: int | None = None,
) -> ChangesResponse:
    """A feed page; a plain string is a tombstone for that case id."""
    start = first_seq if first_seq is not None else cursor - len(changes) + 1
    return ChangesResponse(
        changes=[
            ChangeOut(seq=start + n, case_id=c, deleted=True, case=None)
            if isinstance(c, str)
            else ChangeOut(seq=start + n, case_id=c.id, deleted=False, case=c)
            for n, c in enumerate(changes)
        ],
        cursor=cursor,
        has_more=has_more,
        remaining=remaining,
        reset=reset,
    )


def me(
    user: PersonOut = ME, *, department: str = "AGO", ack_days: int = 7, feedback_months: int = 3
) -> MeResponse:
    return MeResponse(
        user=UserOut(
            id=user.id,
            username=user.id,
            display_name=user.display_name,
            role=user.role,
            department=DepartmentOut(
                code=department,
                name="Agentschap Overheidspersoneel",
                ack_days=ack_days,
                feedback_months=feedback_months,
            ),
        ),
        colleagues=[ME, COLLEAGUE],
    )
