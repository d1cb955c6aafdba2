"""What a department configured for evidence and interviews: its per-file limit (else the
service's ``INTAKE_MAX_PIECE_BYTES``) and the notice read at the start of an interview.
Given to its desktops in ``/me`` (``MeResponse.settings``), set with `department edit`."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from investigator_app.domain.evidence import MAX_PIECE_BYTES_CEILING
from investigator_app.domain.interviews import MAX_NOTICE_LENGTH
from investigator_app.intake import audit
from investigator_app.intake.actors import Actor
from investigator_app.intake.cases import department_by_code
from investigator_app.intake.errors import ServiceError
from investigator_app.intake.models import Department
from investigator_app.intake.uploads import MIB
from investigator_app.protocol import DepartmentSettingsOut, ErrorCode


def department_settings(
    session: Session, actor: Actor, default_limit: int
) -> DepartmentSettingsOut | None:
    """The caller's department's settings; None for anyone who is not a member of one."""
    if not actor.is_department_member or actor.department_id is None:
        return None
    department = session.get_one(Department, actor.department_id)
    return DepartmentSettingsOut(
        max_piece_bytes=department.max_piece_bytes or default_limit,
        interview_notice=department.interview_notice,
    )


def _department(session: Session, code: str) -> Department:
    department = department_by_code(session, code.strip().upper())
    if department is None:
        raise ServiceError(422, ErrorCode.UNKNOWN_DEPARTMENT, f"There is no department {code!r}.")
    return department


def set_max_piece_mb(
    session: Session, actor: Actor, code: str, megabytes: int, now: datetime
) -> Department:
    """The department's per-file limit in MB (1 MB = 1,048,576 bytes); 0: the service's."""
    if not 0 <= megabytes <= MAX_PIECE_BYTES_CEILING // MIB:
        raise ServiceError(
            422,
            ErrorCode.INVALID_REQUEST,
            f"The limit is a number of MB from 1 to {MAX_PIECE_BYTES_CEILING // MIB} "
            "(0: the service's default).",
        )
    department = _department(session, code)
    department.max_piece_bytes = megabytes * MIB or None
    audit.record(
        session,
        actor,
        "department.edit",
        now,
        detail={"department": department.code, "max_piece_bytes": department.max_piece_bytes},
    )
    return department


def set_interview_notice(
    session: Session, actor: Actor, code: str, notice: str, now: datetime
) -> Department:
    """The notice read at the start of an interview ("" none): at most 20,000 characters,
    no NUL or other control character but line breaks and tabs."""
    notice = notice.replace("\r\n", "\n").strip()
    if len(notice) > MAX_NOTICE_LENGTH or any(ord(c) < 32 and c not in "\n\t" for c in notice):
        raise ServiceError(
            422,
            ErrorCode.INVALID_REQUEST,
            f"An interview notice is text of at most {MAX_NOTICE_LENGTH} characters "
            "without control characters.",
        )
    department = _department(session, code)
    department.interview_notice = notice
    audit.record(
        session,
        actor,
        "department.edit",
        now,
        detail={"department": department.code, "interview_notice_chars": len(notice)},
    )
    return department
