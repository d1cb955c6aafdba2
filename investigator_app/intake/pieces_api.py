"""HTTP: a case's evidence pieces for its department, and their bytes, streamed.

Anything outside the caller's department (another department's case or piece, an unknown
or purged case, one the caller recused from, an unknown piece or version) answers 404
exactly like a piece that does not exist. The bytes are streamed chunk by chunk
(piece_bytes.py), never whole in memory; ``Range: bytes=N-`` resumes an interrupted
download (206). Downloads are on the audit trail as ``piece.download`` (ids and sha256).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Annotated
from urllib.parse import quote

from fastapi import APIRouter, Header, Query
from fastapi.responses import StreamingResponse
from pydantic import BaseModel
from sqlalchemy import select
from starlette.responses import Response

from investigator_app.domain.evidence import Piece
from investigator_app.intake import audit
from investigator_app.intake.cases import department_case
from investigator_app.intake.db import utcnow
from investigator_app.intake.deps import DatabaseDep, InvestigatorActor
from investigator_app.intake.errors import ServiceError, not_found
from investigator_app.intake.evidence_reads import load_evidence_rows
from investigator_app.intake.investigation_reads import people_names
from investigator_app.intake.models import PieceFileVersion, PieceRow
from investigator_app.intake.openapi_errors import ErrorResponse, error_answers
from investigator_app.intake.piece_bytes import read_chunks, stored_size
from investigator_app.intake.visibility import UNKNOWN_PERSON
from investigator_app.protocol import API_PREFIX, ErrorCode
from investigator_app.protocol_evidence import CONTENT_SHA256_HEADER, PIECE_CONTENT_PATH

router = APIRouter(tags=["evidence"], responses=error_answers(403))

PIECES_PATH = API_PREFIX + "/cases/{case_id}/pieces"
_RANGE = re.compile(r"^bytes=(\d{1,19})-(\d{0,19})$")


class PiecesOut(BaseModel):
    """A case's pieces as its department recorded them (the feed's ``pieces``)."""

    pieces: list[Piece]


@router.get(
    PIECES_PATH.removeprefix(API_PREFIX),
    response_model=PiecesOut,
    summary="The evidence pieces of a case",
    description=(
        "The pieces the caller's department added to the case, with every version and the "
        "chain of custody (the same as the feed's `investigation.pieces`). 404 not_found "
        "for anything outside the caller's department, exactly like an unknown case."
    ),
)
def get_pieces(case_id: str, actor: InvestigatorActor, db: DatabaseDep) -> PiecesOut:
    assert actor.department_id is not None
    with db.read() as session:
        case = department_case(session, actor, case_id)
        rows = load_evidence_rows(session, [case.id], actor.department_id)
        names = people_names(session, rows.person_ids())
        pieces, _ = rows.of_case(case.id, lambda p: names.get(p) or UNKNOWN_PERSON)
    return PiecesOut(pieces=list(pieces))


@router.get(
    PIECE_CONTENT_PATH.removeprefix(API_PREFIX),
    response_class=Response,
    responses={
        200: {"content": {"application/octet-stream": {}}},
        206: {"content": {"application/octet-stream": {}}, "description": "From the Range"},
        416: {
            "model": ErrorResponse,
            "description": "The Range starts at or after the end of the file, or is not of "
            "the form bytes=N- (invalid_request).",
        },
    },
    summary="Download a version of an evidence piece",
    description=(
        f"The bytes of version `version` (default: the current one), streamed; header "
        f"`{CONTENT_SHA256_HEADER}` is their sha256 (verify it). `Range: bytes=N-` answers "
        "206 from byte N. 404 not_found for anything outside the caller's department, "
        "exactly like an unknown piece. Investigators and managers only."
    ),
)
def get_piece_content(
    case_id: str,
    piece_id: str,
    actor: InvestigatorActor,
    db: DatabaseDep,
    version: Annotated[int | None, Query(ge=1, le=1_000_000)] = None,
    range_: Annotated[str | None, Header(alias="Range", max_length=100)] = None,
) -> Response:
    with db.read() as session:
        case = department_case(session, actor, case_id)
        file = session.execute(
            select(PieceFileVersion.sha256, PieceFileVersion.size, PieceFileVersion.name)
            .join(PieceRow, PieceRow.id == PieceFileVersion.piece_id)
            .where(
                PieceRow.id == piece_id[:64],
                PieceRow.case_id == case.id,
                PieceRow.department_id == actor.department_id,
                PieceFileVersion.version == (PieceRow.version if version is None else version),
            )
        ).first()
        if file is None or stored_size(session, file.sha256) != file.size:
            raise not_found("piece")
    first, last = _range(range_, file.size)
    with db.write() as session:
        audit.record(
            session,
            actor,
            "piece.download",
            utcnow(),
            case_id=case.id,
            detail={"piece_id": piece_id, "sha256": file.sha256, "from": first},
        )
    quoted = quote(file.name[:200], safe="")  # a "/" or "\\" stays encoded
    headers = {
        "Content-Disposition": f"attachment; filename*=UTF-8''{quoted}",
        "X-Content-Type-Options": "nosniff",
        "Cache-Control": "no-store",
        CONTENT_SHA256_HEADER: file.sha256,
        "Accept-Ranges": "bytes",
        "Content-Length": str(last + 1 - first),
    }
    partial = range_ is not None
    if partial:
        headers["Content-Range"] = f"bytes {first}-{last}/{file.size}"
    return StreamingResponse(
        _bounded(read_chunks(db, file.sha256, first), last + 1 - first),
        status_code=206 if partial else 200,
        media_type="application/octet-stream",
        headers=headers,
    )


def _range(header: str | None, size: int) -> tuple[int, int]:
    """The first and last byte to send (inclusive); 416 for a range past the end."""
    if header is None:
        return 0, size - 1
    match = _RANGE.match(header.strip())
    if match is None:
        raise ServiceError(
            416,
            ErrorCode.INVALID_REQUEST,
            "Only a range of the form bytes=N- (or bytes=N-M) is served.",
        )
    first = int(match.group(1))
    last = min(int(match.group(2)), size - 1) if match.group(2) else size - 1
    if first >= size or last < first:
        raise ServiceError(
            416,
            ErrorCode.INVALID_REQUEST,
            "The range starts at or after the end of the file.",
            {"Content-Range": f"bytes */{size}"},
        )
    return first, last


def _bounded(chunks: Iterator[bytes], length: int) -> Iterator[bytes]:
    """At most ``length`` bytes of ``chunks``."""
    left = length
    for chunk in chunks:
        if left <= 0:
            return
        if len(chunk) > left:
            chunk = chunk[:left]
        left -= len(chunk)
        yield chunk
