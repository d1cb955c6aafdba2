"""Wire schemas of a case's audit trail as its department sees it: reading the trail
(exported and printed copies, reveals, conflict-of-interest declarations). Copies are
recorded by the ``record_copy`` operation (operations.RecordCopyOp). Shared by the service
and the desktop."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Literal

from pydantic import AwareDatetime, StringConstraints

from investigator_app.domain.vocabulary import Language, ReporterKind
from investigator_app.protocol import API_PREFIX, Strict

AUDIT_PATH = API_PREFIX + "/cases/{case_id}/audit"

COPY_EXPORTED = "case.copy_exported"
COPY_PRINTED = "case.copy_printed"
CASE_AUDIT_ACTIONS = (
    COPY_EXPORTED,
    COPY_PRINTED,
    "case.identity_revealed",
    "case.conflict_declared",
    "case.recused",
    # The investigation's record: who added, changed or withdrew what, and when (ids,
    # numbers, versions, conclusions and states only; the texts are on the case).
    "case.add_allegation",
    "case.edit_allegation",
    "case.withdraw_allegation",
    "case.record_finding",
    "case.add_task",
    "case.edit_task",
    "case.set_task_state",
    # Evidence and interview records (issue 12): ids, numbers, versions and sha256 only
    # (``piece_number``, ``interview_number``, ``version``, ``sha256``, ``kind``, ``copy_id``).
    "case.add_piece",
    "case.replace_piece",
    "case.withdraw_piece",
    "case.record_custody",
    "case.add_interview",
    "case.edit_interview",
    "case.sign_interview",
    "case.correct_interview",
)
"""Audit actions a department member sees in a case's trail."""


class CopyKind(StrEnum):
    EXPORT = "export"
    PRINT = "print"


# "verhoor": a copy of an interview record read back to be signed (export.interview_record).
ProfileCode = Literal["volledig", "leidinggevende", "terugkoppeling", "verhoor"]


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
