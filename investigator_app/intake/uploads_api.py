"""HTTP: the resumable upload of an evidence file (protocol_evidence's docstring is the
contract). The logic is uploads.py; this module reads the wire and answers."""

from __future__ import annotations

from typing import Annotated
from uuid import UUID

from fastapi import APIRouter, Header, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse

from investigator_app.intake import uploads
from investigator_app.intake.deps import DatabaseDep, InvestigatorActor, SettingsDep
from investigator_app.intake.errors import ServiceError
from investigator_app.intake.openapi_errors import error_answers
from investigator_app.protocol import API_PREFIX, ErrorCode, Sha256
from investigator_app.protocol_evidence import (
    CHUNK_SHA256_HEADER,
    MAX_CHUNK_BYTES,
    UPLOAD_CHUNKS_PATH,
    UPLOAD_PATH,
    UploadStart,
    UploadState,
)

router = APIRouter(tags=["evidence"], responses=error_answers(403))

_WHO = (
    " Investigators and managers of the case's department; an upload is its starter's: "
    "anyone else, an unknown id and a case the caller does not see answer 404 not_found."
)


@router.put(
    UPLOAD_PATH.removeprefix(API_PREFIX),
    response_model=UploadState,
    responses={
        **error_answers(413),
        409: {
            "model": error_answers(409)[409]["model"],
            "description": "The id was started for another file (upload_conflict).",
        },
    },
    summary="Start (or look up) the upload of an evidence file",
    description=(
        "Starts the upload `upload_id` (the client's uuid) of one file for the case, or "
        "answers the state of the same upload again. A size above the department's limit "
        "is 413 request_too_large with the limit in the message." + _WHO
    ),
)
def put_upload(
    upload_id: UUID,
    body: UploadStart,
    actor: InvestigatorActor,
    db: DatabaseDep,
    settings: SettingsDep,
) -> UploadState:
    return uploads.start_upload(db, actor, upload_id, body, settings.max_piece_bytes)


@router.get(
    UPLOAD_PATH.removeprefix(API_PREFIX),
    response_model=UploadState,
    summary="The state of an upload",
    description="How many bytes arrived (resume from `received`) and whether it is complete."
    + _WHO,
)
def get_upload(upload_id: UUID, actor: InvestigatorActor, db: DatabaseDep) -> UploadState:
    return uploads.upload_state(db, actor, upload_id)


@router.post(
    UPLOAD_CHUNKS_PATH.removeprefix(API_PREFIX),
    response_model=UploadState,
    responses={
        **error_answers(413),
        409: {
            "model": UploadState,
            "description": "The offset is not where the upload stands: the body is its "
            "state; resume from `received`.",
        },
    },
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {
                "application/octet-stream": {"schema": {"type": "string", "format": "binary"}}
            },
        }
    },
    summary="Append a chunk to an upload",
    description=(
        f"The raw bytes (application/octet-stream, at most {MAX_CHUNK_BYTES} bytes) at "
        f"`offset`, which must be the upload's `received`; header `{CHUNK_SHA256_HEADER}` is "
        "the chunk's own sha256 (422 chunk_corrupted when they differ: nothing kept). The "
        "last chunk makes the service check the whole file: 422 sha256_mismatch starts "
        "the upload over." + _WHO
    ),
)
async def post_chunk(
    upload_id: UUID,
    request: Request,
    actor: InvestigatorActor,
    db: DatabaseDep,
    offset: Annotated[int, Query(ge=0)],
    chunk_sha256: Annotated[Sha256, Header(alias=CHUNK_SHA256_HEADER)],
) -> UploadState | JSONResponse:
    data = await request.body()
    if len(data) > MAX_CHUNK_BYTES:  # the body limit refuses a declared length before
        raise ServiceError(
            413, ErrorCode.REQUEST_TOO_LARGE, f"A chunk is at most {MAX_CHUNK_BYTES} bytes."
        )
    try:
        return await run_in_threadpool(
            uploads.append_chunk, db, actor, upload_id, offset, chunk_sha256, data
        )
    except uploads.ChunkOffsetError as wrong:
        return JSONResponse(wrong.state.model_dump(mode="json"), status_code=409)
