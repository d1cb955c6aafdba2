"""Wire schemas of a case's audit trail as its department sees it: recording an exported or
printed copy of a dossier, and reading the trail (exports, prints; later reveals and
conflict-of-interest declarations). Shared by the service and the desktop."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Literal
from uuid import UUID

from pydantic import AwareDatetime, Field, StringConstraints

from investigator_app.domain.vocabulary import Language, ReporterKind
from investigator_app.protocol import API_PREFIX, Sha256, Strict

COPIES_PATH = API_PREFIX + "/cases/{case_id}/copies"
AUDIT_PATH = API_PREFIX + "/cases/{case_id}/audit"

COPY_EXPORTED = "case.copy_exported"
COPY_PRINTED = "case.copy_printed"
CASE_AUDIT_ACTIONS = (
    COPY_EXPORTED,
    COPY_PRINTED,
    "case.identity_revealed",
    "case.conflict_declared",
    "case.recused",
)
"""Audit actions a department member sees in a case's trail."""


class CopyKind(StrEnum):
    EXPORT = "export"
    PRINT = "print"


ProfileCode = Literal["volledig", "leidinggevende", "terugkoppeling"]


class CopyRecordIn(Strict):
    """One copy of a dossier: who made it (the caller) for whom, which profile, which file.
    Recording the same ``copy_id`` again changes nothing (a resend after being offline)."""

    copy_id: UUID
    profile: ProfileCode
    reader: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
    kind: CopyKind
    sha256: Sha256  # of the PDF file as saved or printed
    pages: int = Field(ge=1, le=1_000_000)
    made_at: AwareDatetime


class CopyRecordOut(Strict):
    copy_id: UUID
    already_recorded: bool


class CaseAuditEntryOut(Strict):
    at: AwareDatetime
    actor: str
    action: str
    detail: dict[str, str | int]
    reason: str | None = None


class CaseAuditResponse(Strict):
    entries: list[CaseAuditEntryOut]  # oldest first


# --- revealing the reporter's identity ----------------------------------------------------

IDENTITY_PATH = API_PREFIX + "/cases/{case_id}/identity"
IDENTITY_REVEALED = "case.identity_revealed"


class IdentityRevealIn(Strict):
    """Why the investigator needs the reporter's identity; kept in the audit trail."""

    reason: Annotated[str, StringConstraints(strip_whitespace=True, min_length=10, max_length=2000)]


class ReporterIdentityOut(Strict):
    """The reporter's identity, for the running session only: never stored on a desktop."""

    kind: ReporterKind
    name: str
    organisation: str
    email: str
    phone: str
    language: Language
