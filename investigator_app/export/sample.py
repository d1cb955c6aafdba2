"""A fictional dossier of any size, for the benchmark, the tests and the docs' pictures."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from investigator_app.domain.events import EventKind
from investigator_app.domain.messages import MessageKind, MessageState
from investigator_app.domain.vocabulary import Category, Channel, Outcome, ReporterKind, Status
from investigator_app.export.model import (
    AuditEntry,
    DeadlineOutcome,
    DossierAttachment,
    DossierCase,
    DossierDeadline,
    DossierEvent,
    DossierMessage,
    DossierNote,
    RevealedIdentity,
)
from investigator_app.export.sample_investigation import answer_refs, sample_investigation

DESCRIPTION = (
    "Een aannemer van de gemeente zou in maart de reis naar Barcelona van het diensthoofd "
    "Openbare Werken betaald hebben. Kort daarna kreeg dezelfde aannemer de opdracht voor de "
    "heraanleg van het marktplein, zonder dat andere offertes werden opgevraagd.\n"
    "De melder werkt bij de dienst en zag de facturen."
)
_STATUSES = [Status.ACKNOWLEDGED, Status.ASSESSING, Status.INVESTIGATING]


def sample_case(
    events: int = 8,
    messages: int = 2,
    *,
    description: str = DESCRIPTION,
    notes: tuple[DossierNote, ...] | None = None,
    identity: RevealedIdentity | None = None,
    audit: tuple[AuditEntry, ...] = (),
    allegations: int = 3,
    tasks: int = 4,
) -> DossierCase:
    start = datetime(2026, 3, 2, 9, 15, tzinfo=UTC)
    timeline = [
        DossierEvent(start, "Sofie De Smet (1700)", EventKind.REGISTERED, None, Status.REGISTERED),
        DossierEvent(
            start + timedelta(hours=2),
            "Sofie De Smet (1700)",
            EventKind.FORWARDED,
            Status.REGISTERED,
            Status.FORWARDED,
        ),
    ]
    for n in range(max(0, events - len(timeline))):
        before, after = _STATUSES[n % 3], _STATUSES[(n + 1) % 3]
        timeline.append(
            DossierEvent(
                start + timedelta(days=1, minutes=37 * n),
                "An Peeters" if n % 2 else "Jonas Maes",
                EventKind.ASSESSMENT_STARTED if n % 3 == 0 else EventKind.INVESTIGATION_STARTED,
                before,
                after,
                reason=f"Stap {n + 1}: bijkomende vaststellingen in het dossier."
                if n % 2
                else None,
            )
        )
    attachment = DossierAttachment(
        name="factuur-reis.pdf",
        size=182_344,
        sha256="9f2c" * 16,
        media_type="application/pdf",
        added_at=start + timedelta(days=4),
        added_by="melder",
    )
    conversation = tuple(
        DossierMessage(
            id=f"m{n}",
            kind=MessageKind.INFO_REQUEST,
            state=MessageState.ANSWERED,
            body=f"Vraag {n + 1}: kunt u de datum van de reis en het bedrag bevestigen?",
            author="An Peeters",
            created_at=start + timedelta(days=2, hours=n),
            answer_due=date(2026, 3, 16),
            sent_at=start + timedelta(days=2, hours=n, minutes=1),
            answered_at=start + timedelta(days=4, hours=n),
            answer=f"Antwoord {n + 1}: de reis was van 12 tot 15 maart; ongeveer 1.800 euro.",
            answer_channel="web" if n % 2 == 0 else "phone",
            attachments=(attachment,) if n == 0 else (),
        )
        for n in range(messages)
    )
    default_notes = (
        DossierNote("n1", "An Peeters", start + timedelta(days=3), "Eerst de facturen opvragen."),
        DossierNote("n2", "An Peeters", start + timedelta(days=5), "Diensthoofd nog niet horen."),
    )
    return DossierCase(
        id="case-1",
        reference="1700-2026-000123",
        department="Agentschap Binnenlands Bestuur",
        status=Status.CLOSED,
        outcome=Outcome.FOUNDED,
        channel=Channel.PHONE,
        category=Category.BRIBERY,
        received_at=start,
        forwarded_at=start + timedelta(hours=2),
        acknowledged_at=start + timedelta(days=1),
        closed_at=start + timedelta(days=40),
        summary="Aannemer betaalt reis van diensthoofd",
        description=description,
        involved_entity="Gemeente Voorbeeldegem",
        involved_persons=("Piet Fictief", "Marie Verzonnen"),
        reporter_kind=ReporterKind.CITIZEN,
        assignee_name="An Peeters",
        deadlines=(
            DossierDeadline(
                "acknowledgement",
                start + timedelta(days=7),
                start + timedelta(days=1),
                DeadlineOutcome.MET,
            ),
            DossierDeadline("feedback", start + timedelta(days=92), None, DeadlineOutcome.OPEN),
        ),
        events=tuple(timeline),
        messages=conversation,
        attachments=(),
        notes=default_notes if notes is None else notes,
        identity=identity,
        audit=audit,
        investigation=sample_investigation(
            start,
            allegations=allegations,
            tasks=tasks,
            cited=answer_refs("m0", attachment.sha256) if messages else (),
        ),
    )
