"""The wire of evidence bytes: resumable uploads by content address, and downloads.

A piece's bytes go up before the operation that adds it (``add_piece`` or
``replace_piece``, operations.py) is sent; the service refuses that operation unless this
department completed an upload of exactly that sha256 and size for that case (also when
the same bytes are already stored for someone else: every department uploads what it
cites, so nobody learns from the service whether a file exists elsewhere).

Upload, all as the signed-in investigator or manager of the case's department:

- ``PUT  {UPLOADS_PATH}/{upload_id}`` with ``UploadStart``: starts, or returns the state of
  the same upload (idempotent; other parameters for the same id: 409). A size above the
  department's limit: 413 with the limit in the message.
- ``GET  {UPLOADS_PATH}/{upload_id}``: its ``UploadState`` (resume from ``received``).
- ``POST {UPLOADS_PATH}/{upload_id}/chunks?offset=N``, body the raw bytes
  (``application/octet-stream``, at most ``MAX_CHUNK_BYTES``), header ``X-Chunk-SHA256``:
  appends at ``offset``. An offset other than ``received``: 409 whose body is the
  ``UploadState`` (the client resumes from there). A chunk whose bytes do not match its
  header: 422 ``chunk_corrupted``, nothing kept. The last chunk makes the service check the
  whole file's sha256: a mismatch is 422 ``sha256_mismatch`` and the upload starts over.
- Uploads of another department or user, and unknown ids: 404.

Download: ``GET {PIECE_CONTENT_PATH}?version=N`` streams a version's bytes (header
``X-Content-SHA256``; ``Range: bytes=N-`` resumes with 206); 404 outside the department.
"""

from __future__ import annotations

from typing import Annotated
from uuid import UUID

from pydantic import Field, StringConstraints

from investigator_app.domain.evidence import MAX_PIECE_BYTES_CEILING, MAX_PIECE_NAME_LENGTH
from investigator_app.protocol import API_PREFIX, Sha256, Strict

UPLOADS_PATH = API_PREFIX + "/uploads"
UPLOAD_PATH = UPLOADS_PATH + "/{upload_id}"
UPLOAD_CHUNKS_PATH = UPLOAD_PATH + "/chunks"
PIECE_CONTENT_PATH = API_PREFIX + "/cases/{case_id}/pieces/{piece_id}/content"
CHUNK_SHA256_HEADER = "X-Chunk-SHA256"
CONTENT_SHA256_HEADER = "X-Content-SHA256"
MAX_CHUNK_BYTES = 8 * 1024 * 1024
"""The largest chunk the service takes in one request (clients send 4 MiB)."""


class UploadStart(Strict):
    case_id: Annotated[str, StringConstraints(max_length=64)]
    sha256: Sha256
    size: int = Field(ge=1, le=MAX_PIECE_BYTES_CEILING)
    name: Annotated[str, StringConstraints(min_length=1, max_length=MAX_PIECE_NAME_LENGTH)]


class UploadState(Strict):
    upload_id: UUID
    sha256: Sha256
    size: int
    received: int  # bytes accepted so far; the next chunk starts here
    complete: bool  # all bytes arrived and their sha256 matched
