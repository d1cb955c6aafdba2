"""The export's own input: a case as a dossier shows it, independent of store and wire.

Plain frozen dataclasses, so the renderer can be fed by the local store, by a test, or by a
benchmark without a database. Every text field is untrusted: it is printed literally.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from investigator_app.domain.events import EventKind
from investigator_app.domain.investigation import EMPTY, ClosingGround, Investigation
from investigator_app.domain.messages import MessageKind, MessageState
from investigator_app.domain.vocabulary import (
    Category,
    Channel,
    Language,
    Outcome,
    ReporterKind,
    Status,
)


class DeadlineOutcome(StrEnum):
    MET = "met"  # done on or before the deadline
    LATE = "late"  # done after the deadline
    OPEN = "open"  # not done yet, deadline still ahead
    OVERDUE = "overdue"  # not done yet, deadline passed


@dataclass(frozen=True)
class DossierDeadline:
    kind: str  # "acknowledgement" or "feedback" (domain.deadlines.DeadlineKind values)
    due: datetime
    done_at: datetime | None
    outcome: DeadlineOutcome


@dataclass(frozen=True)
class DossierEvent:
    at: datetime
    actor: str
    kind: EventKind
    from_status: Status | None = None
    to_status: Status | None = None
    outcome: Outcome | None = None
    reason: str | None = None
    assignee: str | None = None


@dataclass(frozen=True)
class DossierAttachment:
    name: str
    size: int
    sha256: str
    media_type: str
    added_at: datetime
    added_by: str


@dataclass(frozen=True)
class DossierMessage:
    id: str
    kind: MessageKind
    state: MessageState
    body: str
    author: str
    created_at: datetime
    answer_due: date | None = None
    sent_at: datetime | None = None
    answered_at: datetime | None = None
    answer: str | None = None
    answer_channel: str | None = None  # "web" or "phone"
    attachments: tuple[DossierAttachment, ...] = ()


@dataclass(frozen=True)
class DossierNote:
    id: str
    author: str
    created_at: datetime
    text: str


@dataclass(frozen=True)
class RevealedIdentity:
    """The reporter's identity, present only when revealed on this workstation (audited)."""

    name: str
    organisation: str = ""
    email: str = ""
    phone: str = ""
    revealed_by: str = ""
    revealed_at: datetime | None = None


@dataclass(frozen=True)
class AuditEntry:
    """One line of the case's audit trail as the department sees it (no case content)."""

    at: datetime
    actor: str
    action: str  # e.g. "case.copy_exported", "case.copy_printed", "case.identity_revealed"
    detail: str = ""  # already a plain sentence or codes: profile, reader, copy id


@dataclass(frozen=True)
class DossierCase:
    id: str
    reference: str
    department: str  # the department's name (or code when the name is unknown)
    status: Status
    outcome: Outcome | None
    channel: Channel
    category: Category
    received_at: datetime
    forwarded_at: datetime | None
    acknowledged_at: datetime | None
    closed_at: datetime | None
    summary: str
    description: str
    involved_entity: str
    involved_persons: tuple[str, ...]
    reporter_kind: ReporterKind
    assignee_name: str | None
    reporter_language: Language = Language.NL
    deadlines: tuple[DossierDeadline, ...] = ()
    events: tuple[DossierEvent, ...] = ()
    messages: tuple[DossierMessage, ...] = ()
    attachments: tuple[DossierAttachment, ...] = ()  # added by 1700 at registration
    notes: tuple[DossierNote, ...] = ()
    identity: RevealedIdentity | None = None
    audit: tuple[AuditEntry, ...] = field(default=())
    # The domain's own values: allegations with their findings (and earlier versions, which
    # the dossier does not print), the plan's tasks; "by" fields are display names.
    investigation: Investigation = EMPTY
    closing_ground: ClosingGround | None = None  # closed without investigation: why


@dataclass(frozen=True)
class CarriedPiece:
    """The content of one piece a full copy carries, read from the store and checked
    against its sha256 before it gets here (export.source). ``name`` and ``title`` are
    the user's, printed literally; the file inside the PDF gets a name of our own."""

    piece_id: str
    number: int
    version: int
    title: str
    name: str
    media_type: str
    sha256: str
    data: bytes
