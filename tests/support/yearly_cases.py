"""Cases with chosen dates for the yearly report, bulk inserted into the service's tables
(the life cycle's own time is "now": a year of history cannot be made through the API).

Each ``Spec`` becomes a reporter, a case, its hand-over events (forwarded / re-routed by
1700, returned by the department) and its allegations with their findings, in chunks of
plain INSERTs: 100,000 cases take seconds."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from investigator_app.domain.events import EventKind
from investigator_app.domain.investigation import ClosingGround, Conclusion
from investigator_app.domain.vocabulary import (
    Category,
    Channel,
    Language,
    Outcome,
    ReporterKind,
    Status,
)
from investigator_app.intake.models import (
    Allegation,
    Case,
    CaseEvent,
    Department,
    Finding,
    Reporter,
)

CHUNK = 5_000


@dataclass(frozen=True)
class Spec:
    received_at: datetime
    status: Status
    department: str | None = None  # the holder's code (or the one that returned it)
    category: Category = Category.BRIBERY
    channel: Channel = Channel.PHONE
    # (event kind, department code): FORWARDED/REROUTED name the target, RETURNED the returner
    events: tuple[tuple[EventKind, str], ...] = ()
    acknowledged_at: datetime | None = None
    closed_at: datetime | None = None
    feedback_sent_at: datetime | None = None
    outcome: Outcome | None = None
    ground: ClosingGround | None = None
    # (department code, conclusions in version order, withdrawn)
    allegations: tuple[tuple[str, tuple[Conclusion, ...], bool], ...] = field(default=())


def forwarded(code: str) -> tuple[tuple[EventKind, str], ...]:
    return ((EventKind.FORWARDED, code),)


def _chunks(rows: list[dict[str, object]]) -> Iterator[list[dict[str, object]]]:
    for start in range(0, len(rows), CHUNK):
        yield rows[start : start + CHUNK]


def insert_cases(
    session: Session, specs: Iterable[Spec], user_id: str, prefix: str = "Y"
) -> list[str]:
    """Insert the cases; their ids in order. ``user_id`` records the allegations."""
    departments = {
        code: id_ for code, id_ in session.execute(select(Department.code, Department.id))
    }
    reporters: list[dict[str, object]] = []
    cases: list[dict[str, object]] = []
    events: list[dict[str, object]] = []
    allegations: list[dict[str, object]] = []
    findings: list[dict[str, object]] = []
    ids: list[str] = []
    for number, spec in enumerate(specs):
        case_id, reporter_id = str(uuid.uuid4()), str(uuid.uuid4())
        ids.append(case_id)
        at = spec.received_at
        reporters.append(
            {
                "id": reporter_id,
                "kind": ReporterKind.CITIZEN,
                "name": "Fictieve Melder",
                "organisation": "",
                "email": "melder@example.org",
                "phone": "",
                "language": Language.NL,
            }
        )
        version = 1
        events.append(_event(case_id, version, at, EventKind.REGISTERED, None))
        for kind, code in spec.events:
            version += 1
            actor = departments[code] if kind is EventKind.RETURNED else None
            events.append(_event(case_id, version, at, kind, actor))
        cases.append(
            {
                "id": case_id,
                "reference": f"{prefix}-{number:09d}",
                "status": spec.status,
                "outcome": spec.outcome,
                "version": version,
                "lifecycle_version": version,
                "department_id": departments[spec.department] if spec.department else None,
                "channel": spec.channel,
                "category": spec.category,
                "received_at": at,
                "registered_at": at,
                "forwarded_at": at if spec.events else None,
                "acknowledged_at": spec.acknowledged_at,
                "closed_at": spec.closed_at,
                "feedback_sent_at": spec.feedback_sent_at,
                "updated_at": spec.closed_at or at,
                "summary": "Fictieve melding",
                "description": "Een verzonnen beschrijving.",
                "involved_entity": "Gemeente Lindebeek",
                "involved_persons": ["Ward Verhaegen"],
                "reporter_id": reporter_id,
                "closing_ground": spec.ground,
                "needs_reassignment": False,
            }
        )
        for index, (code, conclusions, withdrawn) in enumerate(spec.allegations, start=1):
            allegation_id = str(uuid.uuid4())
            allegations.append(
                {
                    "id": allegation_id,
                    "case_id": case_id,
                    "department_id": departments[code],
                    "number": index,
                    "version": 1,
                    "text": "Een verzonnen tenlastelegging.",
                    "persons": ["Ward Verhaegen"],
                    "category": spec.category,
                    "period_start": None,
                    "period_end": None,
                    "created_by_id": user_id,
                    "created_at": at,
                    "edited_by_id": user_id,
                    "edited_at": at,
                    "withdrawn_by_id": user_id if withdrawn else None,
                    "withdrawn_at": at if withdrawn else None,
                    "withdraw_reason": "Verzonnen reden." if withdrawn else None,
                }
            )
            for finding_version, conclusion in enumerate(conclusions, start=1):
                findings.append(
                    {
                        "allegation_id": allegation_id,
                        "version": finding_version,
                        "conclusion": conclusion,
                        "motivation": "Een verzonnen motivering.",
                        "sources": [],
                        "follow_up": None,
                        "follow_up_text": "",
                        "recorded_by_id": user_id,
                        "recorded_at": at,
                    }
                )
    for model, rows in (
        (Reporter, reporters),
        (Case, cases),
        (CaseEvent, events),
        (Allegation, allegations),
        (Finding, findings),
    ):
        for chunk in _chunks(rows):
            session.execute(insert(model), chunk)
    return ids


def _event(
    case_id: str, version: int, at: datetime, kind: EventKind, department_id: int | None
) -> dict[str, object]:
    return {
        "id": str(uuid.uuid4()),
        "case_id": case_id,
        "case_version": version,
        "at": at,
        "actor_id": None,
        "actor_department_id": department_id,
        "kind": kind,
        "from_status": None,
        "to_status": None,
        "outcome": None,
        "reason": "Verzonnen toelichting." if kind is EventKind.RETURNED else None,
        "assignee_id": None,
        "actor_label": None,
    }
