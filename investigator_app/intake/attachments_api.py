"""HTTP: the bytes of a case's attachment, by content address, for its department.

Anything outside the caller's department, or a hash not attached to the named case,
answers 404 exactly like a file that does not exist.
"""

from __future__ import annotations

from typing import Annotated
from urllib.parse import quote

from fastapi import APIRouter, Query
from fastapi.responses import Response
from sqlalchemy import select, union_all
from sqlalchemy.orm import Session

from investigator_app.intake import audit
from investigator_app.intake.actors import Actor
from investigator_app.intake.cases import has_recused
from investigator_app.intake.db import utcnow
from investigator_app.intake.deps import DatabaseDep, InvestigatorActor
from investigator_app.intake.errors import not_found
from investigator_app.intake.feed import visible_department
from investigator_app.intake.models import Blob, Case, CaseAttachment, Message, MessageAttachment
from investigator_app.intake.openapi_errors import error_answers
from investigator_app.protocol import API_PREFIX, ATTACHMENT_PATH, Sha256

router = APIRouter(tags=["desktop sync"], responses=error_answers(403))


def attachment_name(session: Session, case_id: str, sha256: str, department_id: int) -> str | None:
    """The name under which ``sha256`` is attached to the case, by 1700 or by the reporter
    answering ``department_id`` (the conversations of earlier departments are theirs)."""
    names = union_all(
        select(CaseAttachment.name).where(
            CaseAttachment.case_id == case_id, CaseAttachment.sha256 == sha256
        ),
        select(MessageAttachment.name)
        .join(Message, Message.id == MessageAttachment.message_id)
        .where(
            Message.case_id == case_id,
            Message.department_id == department_id,
            MessageAttachment.sha256 == sha256,
        ),
    )
    return session.execute(names).scalars().first()


def read_attachment(
    session: Session, actor: Actor, case_id: str, sha256: str
) -> tuple[str, bytes] | None:
    case = session.get(Case, case_id) if len(case_id) <= 64 else None
    if case is None or actor.department_id is None:
        return None
    if visible_department(case) != actor.department_id:
        return None
    if has_recused(session, case.id, actor.user_id):
        return None  # hidden from them: exactly like a file that does not exist
    name = attachment_name(session, case.id, sha256, actor.department_id)
    if name is None:
        return None
    data = session.scalar(select(Blob.data).where(Blob.sha256 == sha256))
    return None if data is None else (name, data)


@router.get(
    ATTACHMENT_PATH.removeprefix(API_PREFIX),
    summary="Download an attachment of a case",
    description=(
        "The bytes of a file attached to the case `case_id` (by 1700 at registration or by "
        "the reporter with an answer), by its sha256; verify the hash on arrival. 404 "
        "not_found for anything outside the caller's department, exactly like a missing "
        "file. Investigators and managers only."
    ),
    response_class=Response,
    responses={200: {"content": {"application/octet-stream": {}}}},
)
def get_attachment(
    sha256: Sha256,
    actor: InvestigatorActor,
    db: DatabaseDep,
    case_id: Annotated[str, Query(max_length=64)],
) -> Response:
    with db.read() as session:
        found = read_attachment(session, actor, case_id, sha256)
    if found is None:
        raise not_found("attachment")
    name, data = found
    with db.write() as session:
        audit.record(
            session,
            actor,
            "attachment.download",
            utcnow(),
            case_id=case_id,
            detail={"sha256": sha256},
        )
    return Response(
        content=data,
        # Never rendered by whoever fetches it: the desktop saves and verifies it.
        media_type="application/octet-stream",
        headers={
            "Content-Disposition": f"attachment; filename*=UTF-8''{quote(name)}",
            "X-Content-Type-Options": "nosniff",
            "Cache-Control": "no-store",
            "X-Content-SHA256": sha256,
        },
    )
