"""The calls of ApiClient that move evidence bytes (protocol_evidence.py): the resumable
upload and the streamed download. A mixin: ApiClient brings the connection."""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

import httpx
from pydantic import ValidationError

from investigator_app.protocol import API_PREFIX
from investigator_app.protocol_evidence import (
    CHUNK_SHA256_HEADER,
    CONTENT_SHA256_HEADER,
    PIECE_CONTENT_PATH,
    UPLOAD_CHUNKS_PATH,
    UPLOAD_PATH,
    UploadStart,
    UploadState,
)
from investigator_app.sync.answers import NOT_SENT, error_of, parse
from investigator_app.sync.errors import AttachmentMismatch, ProtocolError, ServiceUnreachable
from investigator_app.sync.transport import InterruptibleTransport

_DOWNLOAD_READ = 1024 * 1024  # bytes handed on at a time while a piece streams in


class PieceCalls:
    base_url: str
    _timeout: float
    _http: httpx.Client
    _transport: InterruptibleTransport

    if TYPE_CHECKING:  # ApiClient defines them

        def _auth(self) -> dict[str, str]: ...

        def _send(
            self,
            method: str,
            path: str,
            *,
            json: Any = None,
            params: dict[str, Any] | None = None,
            timeout: httpx.Timeout | None = None,
        ) -> httpx.Response: ...

        def _request(
            self,
            method: str,
            path: str,
            *,
            json: Any = None,
            params: dict[str, Any] | None = None,
            timeout: httpx.Timeout | None = None,
            content: bytes | Iterator[bytes] | None = None,
            headers: dict[str, str] | None = None,
        ) -> httpx.Response: ...

    def start_upload(self, upload_id: uuid.UUID, start: UploadStart) -> UploadState:
        """Start an upload, or learn how far the same one got (resume from ``received``)."""
        path = UPLOAD_PATH.removeprefix(API_PREFIX).format(upload_id=upload_id)
        return parse(self._send("PUT", path, json=start.model_dump(mode="json")), UploadState)

    def upload_state(self, upload_id: uuid.UUID) -> UploadState:
        path = UPLOAD_PATH.removeprefix(API_PREFIX).format(upload_id=upload_id)
        return parse(self._send("GET", path), UploadState)

    def upload_chunk(self, upload_id: uuid.UUID, offset: int, data: bytes) -> UploadState:
        """Append ``data`` at ``offset``. The service's state comes back also when it
        expected another offset (409: resume from its ``received``); ServiceError with code
        ``chunk_corrupted`` (send it again) or ``sha256_mismatch`` (start over)."""
        path = UPLOAD_CHUNKS_PATH.removeprefix(API_PREFIX).format(upload_id=upload_id)
        headers = {
            CHUNK_SHA256_HEADER: hashlib.sha256(data).hexdigest(),
            "Content-Type": "application/octet-stream",
            "Content-Length": str(len(data)),
        }
        timeout = httpx.Timeout(self._timeout, write=max(self._timeout, 60.0))
        # As a stream, not as ``content``: httpx's request and response refer to each other,
        # and a request that held the chunk would keep its 4 MiB until a garbage collection.
        response = self._request(
            "POST",
            path,
            params={"offset": offset},
            content=_once(data),
            headers=headers,
            timeout=timeout,
        )
        if response.status_code == 409:
            try:
                return UploadState.model_validate_json(response.content)
            except ValidationError:
                pass  # another conflict (not an offset): an error like any other
        if not response.is_success:
            if response.is_server_error:
                self._transport.retire(response)
            raise error_of(response)
        return parse(response, UploadState)

    def download_piece(
        self,
        case_id: str,
        piece_id: str,
        version: int,
        sha256: str,
        offset: int,
        write: Callable[[bytes], None],
    ) -> None:
        """Stream a version's bytes from ``offset`` into ``write`` (never whole in
        memory). AttachmentMismatch when the service says they are another file's;
        ServiceUnreachable when the connection breaks (what ``write`` got stays good)."""
        path = PIECE_CONTENT_PATH.removeprefix(API_PREFIX).format(
            case_id=case_id, piece_id=piece_id
        )
        headers = self._auth()
        if offset:
            headers["Range"] = f"bytes={offset}-"
        timeout = httpx.Timeout(self._timeout, read=max(self._timeout, 60.0))
        try:
            with self._http.stream(
                "GET", path, params={"version": version}, headers=headers, timeout=timeout
            ) as response:
                if not response.is_success:
                    response.read()
                    if response.is_server_error:
                        self._transport.retire(response)
                    raise error_of(response)
                if response.headers.get(CONTENT_SHA256_HEADER, sha256) != sha256:
                    raise AttachmentMismatch(f"piece file {sha256[:12]}…: another file came")
                skip = offset if response.status_code == 200 else 0  # Range not honoured
                if response.status_code == 206 and not response.headers.get(
                    "Content-Range", ""
                ).startswith(f"bytes {offset}-"):
                    raise ProtocolError("the service answered another range than asked")
                for data in response.iter_bytes(_DOWNLOAD_READ):
                    if skip:
                        dropped = min(skip, len(data))
                        data, skip = data[dropped:], skip - dropped
                    if data:
                        write(data)
        except httpx.TransportError as error:
            raise ServiceUnreachable(
                f"the download from {self.base_url} broke off: {type(error).__name__}",
                request_sent=not isinstance(error, NOT_SENT),
            ) from error


def _once(data: bytes) -> Iterator[bytes]:
    yield data
