"""The service's tables (SQLAlchemy 2 typed models), importable from here as one module.

Importing this package registers every table on ``Base.metadata``, which Alembic's env and
the migration test rely on. The tables live in sub-modules by subject: ``accounts``
(departments, users, device tokens, login throttles), ``cases`` (reporters, references,
cases, their timelines, the feed, applied operations), ``investigation`` (allegations,
findings, tasks), ``evidence`` (uploads, chunked files, pieces with their versions and
chain of custody, interview records), ``relay`` (messages, reply links, the mail outbox, blobs and
attachments), ``notes`` (confidential notes and conflict-of-interest declarations),
``related`` (keyed hashes of the names a case involves, for related cases), ``sign_in``
(sign-ins through the identity provider, recovery codes of a second factor) and
``audit`` (the hash-chained audit trail); ``ids`` says how rows are identified.
"""

from __future__ import annotations

from investigator_app.intake.models.accounts import Department, DeviceToken, LoginThrottle, User
from investigator_app.intake.models.audit import AuditChainHead, AuditEvent
from investigator_app.intake.models.cases import (
    AppliedOperation,
    Case,
    CaseEvent,
    FeedEntry,
    ReferenceCounter,
    Reporter,
)
from investigator_app.intake.models.evidence import (
    BlobChunk,
    ChunkData,
    CustodyRow,
    InterviewRow,
    InterviewVersionRow,
    PieceFileVersion,
    PieceRow,
    Upload,
    UploadChunk,
)
from investigator_app.intake.models.ids import ID_LENGTH, new_id
from investigator_app.intake.models.investigation import (
    Allegation,
    AllegationVersion,
    Finding,
    InvestigationTask,
)
from investigator_app.intake.models.notes import (
    CaseNote,
    CaseNoteVersion,
    ConflictDeclaration,
    DeclarationKind,
)
from investigator_app.intake.models.related import CaseMatchHash, CaseMatchState
from investigator_app.intake.models.relay import (
    Blob,
    CaseAttachment,
    MailOutbox,
    Message,
    MessageAttachment,
    ReplyLink,
)
from investigator_app.intake.models.sign_in import OidcSignIn, RecoveryCode

__all__ = [
    "ID_LENGTH",
    "Allegation",
    "AllegationVersion",
    "AppliedOperation",
    "AuditChainHead",
    "AuditEvent",
    "Blob",
    "BlobChunk",
    "Case",
    "CaseAttachment",
    "CaseEvent",
    "CaseMatchHash",
    "CaseMatchState",
    "CaseNote",
    "CaseNoteVersion",
    "ChunkData",
    "ConflictDeclaration",
    "CustodyRow",
    "DeclarationKind",
    "Department",
    "DeviceToken",
    "FeedEntry",
    "Finding",
    "InterviewRow",
    "InterviewVersionRow",
    "InvestigationTask",
    "LoginThrottle",
    "MailOutbox",
    "Message",
    "MessageAttachment",
    "OidcSignIn",
    "PieceFileVersion",
    "PieceRow",
    "RecoveryCode",
    "ReferenceCounter",
    "ReplyLink",
    "Reporter",
    "Upload",
    "UploadChunk",
    "User",
    "new_id",
]
