"""What a fictional demo case records: where it ends up (department, status, outcome,
assignee, an earlier return, the ground it was closed on without investigation), when it
was received and acknowledged, its content and its reporter. demo.py plays each one's
history through the real service functions; the cases themselves are in
``demo_cases_abb.py`` and ``demo_cases_others.py``."""

from __future__ import annotations

from dataclasses import dataclass

from investigator_app.domain.investigation import ClosingGround
from investigator_app.domain.vocabulary import Category, Channel, Outcome, ReporterKind, Status


@dataclass(frozen=True)
class DemoReporter:
    kind: ReporterKind
    name: str
    organisation: str = ""
    email: str = ""
    phone: str = ""


@dataclass(frozen=True)
class DemoCase:
    department: str | None  # None: registered at 1700, not forwarded yet
    status: Status
    received_days_ago: float
    channel: Channel
    category: Category
    summary: str
    description: str
    involved_entity: str
    involved_persons: tuple[str, ...]
    reporter: DemoReporter
    outcome: Outcome | None = None
    acknowledged_days_ago: float | None = None
    assignee: str | None = None  # a demo username
    returned_by: str | None = None  # department that returned it earlier (then re-routed)
    return_reason: str = ""
    close_reason: str = ""
    # Closed without investigation, from the assessment, on this ground (else a closed
    # case was investigated: its allegations and findings are in demo_investigations.py).
    ground: ClosingGround | None = None


def demo_reporter(
    kind: ReporterKind, name: str, org: str = "", email: str = "", phone: str = ""
) -> DemoReporter:
    return DemoReporter(kind, name, org, email, phone)
