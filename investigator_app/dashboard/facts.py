"""Reading the dashboard's input from the local store: the yearly report's facts of each
case (``accountability.yearly.ReportFacts``, with its id so a number can name its cases),
who holds which open case and the investigation's tasks (for the workload).

The list rows (``LocalStore.list_summaries``) lack the outcome, the ground and the
acknowledgement and closing times, and a detail per case is too slow for 10,000 cases; so
the snapshot columns are read in a few queries over the store's engine, and the few cases
with pending local actions take their displayed state from ``LocalStore.detail``
(snapshot plus overlay). Read-only; no case text is read or unsealed.

Hand-overs come from the timeline's event kinds: the last forward or re-route brought the
case to this department (none recorded: it was forwarded). The store holds only what the
department holds now, so a case it returned to 1700 is no longer here: the dashboard
cannot count "teruggestuurd naar 1700"; the yearly report from the service does.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import select

from investigator_app.accountability.yearly import (
    DepartmentFacts,
    Handover,
    HandoverKind,
    ReportFacts,
)
from investigator_app.domain.deadlines import DeadlinePolicy
from investigator_app.domain.events import EventKind
from investigator_app.domain.investigation import ClosingGround, TaskState
from investigator_app.domain.vocabulary import Category, Channel, Outcome, Status
from investigator_app.store.local_store import LocalStore
from investigator_app.store.models import case_events, case_tasks, cases

_HANDOVER_KINDS = {
    EventKind.FORWARDED.value: HandoverKind.FORWARDED,
    EventKind.REROUTED.value: HandoverKind.REROUTED,
}


@dataclass(frozen=True, slots=True)
class TaskFacts:
    """A task of the investigation as the store's clear columns hold it (no description)."""

    case_id: str
    owner_id: str | None
    due: date | None
    state: TaskState


@dataclass(frozen=True)
class DashboardFacts:
    """Everything the dashboard counts, for the signed-in user's department."""

    department: DepartmentFacts
    cases: list[ReportFacts]
    assignees: dict[str, str | None] = field(default_factory=dict)  # case id -> person id
    tasks: list[TaskFacts] = field(default_factory=list)
    people: dict[str, str] = field(default_factory=dict)  # person id -> display name

    @property
    def policies(self) -> dict[str, DeadlinePolicy]:
        return {self.department.code: self.department.policy}


def _handovers(kinds: list[str], holder: str) -> tuple[Handover, ...]:
    last = next((k for k in reversed(kinds) if k in _HANDOVER_KINDS), None)
    kind = _HANDOVER_KINDS[last] if last is not None else HandoverKind.FORWARDED
    return (Handover(holder, kind, False),)


def load_facts(store: LocalStore, now: datetime) -> DashboardFacts:
    identity = store.identity()
    department = identity.user.department if identity is not None else None
    code = department.code if department is not None else ""
    name = department.name if department is not None else ""
    policy = store.deadline_policy()
    kinds: dict[str, list[str]] = {}
    with store.engine.connect() as conn:
        rows = list(
            conn.execute(
                select(
                    cases.c.id,
                    cases.c.status,
                    cases.c.category,
                    cases.c.channel,
                    cases.c.outcome,
                    cases.c.closing_ground,
                    cases.c.received_at,
                    cases.c.acknowledged_at,
                    cases.c.closed_at,
                    cases.c.feedback_sent_at,
                    cases.c.assignee_id,
                )
            )
        )
        for case_id, kind in conn.execute(
            select(case_events.c.case_id, case_events.c.kind)
            .where(case_events.c.kind.in_([*_HANDOVER_KINDS, EventKind.RETURNED.value]))
            .order_by(case_events.c.case_id, case_events.c.position)
        ):
            kinds.setdefault(case_id, []).append(kind)
        tasks = [
            TaskFacts(row.case_id, row.owner_id, row.due, TaskState(row.state))
            for row in conn.execute(
                select(
                    case_tasks.c.case_id,
                    case_tasks.c.owner_id,
                    case_tasks.c.due,
                    case_tasks.c.state,
                )
            )
        ]
    facts: dict[str, ReportFacts] = {}
    assignees: dict[str, str | None] = {}
    for row in rows:
        facts[row.id] = ReportFacts(
            status=Status(row.status),
            category=Category(row.category),
            channel=Channel(row.channel),
            received_at=row.received_at,
            department=code,
            outcome=Outcome(row.outcome) if row.outcome else None,
            closing_ground=ClosingGround(row.closing_ground) if row.closing_ground else None,
            acknowledged_at=row.acknowledged_at,
            closed_at=row.closed_at,
            feedback_sent_at=row.feedback_sent_at,
            handovers=_handovers(kinds.get(row.id, []), code),
            case_id=row.id,
        )
        assignees[row.id] = row.assignee_id
    summaries = store.list_summaries(now)
    for summary in summaries:
        if summary.pending_actions == 0:
            continue
        detail = store.detail(summary.id, now)
        if detail is not None:
            facts[detail.id] = ReportFacts(
                status=detail.status,
                category=detail.category,
                channel=detail.channel,
                received_at=detail.received_at,
                department=code,
                outcome=detail.outcome,
                closing_ground=detail.closing_ground,
                acknowledged_at=detail.acknowledged_at,
                closed_at=detail.closed_at,
                feedback_sent_at=detail.feedback_sent_at,
                handovers=facts[detail.id].handovers if detail.id in facts else (),
                case_id=detail.id,
            )
            assignees[detail.id] = detail.assignee_id
    # A case a queued recusal hid is in neither the list nor the detail: not counted.
    shown = {summary.id for summary in summaries}
    people = {p.id: p.display_name for p in (identity.colleagues if identity else [])}
    if identity is not None:
        people.setdefault(identity.user.id, identity.user.display_name)
    return DashboardFacts(
        department=DepartmentFacts(code, name, policy=policy),
        cases=[case for case_id, case in facts.items() if case_id in shown],
        assignees={k: v for k, v in assignees.items() if k in shown},
        tasks=[task for task in tasks if task.case_id in shown],
        people=people,
    )
