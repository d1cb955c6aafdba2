"""Fetching attachments by content address: verified before anything is kept.

A loopback HTTP server stands in for a service (or a proxy) that hands out the wrong bytes;
the real service's side is covered end to end in tests/acceptance."""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pytest

from investigator_app.protocol import API_PREFIX
from investigator_app.store import LocalStore
from investigator_app.sync.api import ApiClient, AttachmentMismatch, ServiceError
from investigator_app.sync.engine import SyncEngine
from tests.store.case_factory import me, page
from tests.store.message_factory import PHOTO, PHOTO_SHA, answered, case_with, request

OTHER = b"%PDF- something else entirely"
OTHER_SHA = hashlib.sha256(OTHER).hexdigest()


class _Files:
    """What the stand-in serves: path sha256 -> bytes (whatever they hash to)."""

    def __init__(self) -> None:
        self.by_sha: dict[str, bytes] = {}
        self.requests: list[tuple[str, str, str]] = []  # sha256, case_id, Authorization


@pytest.fixture
def files_server() -> Iterator[tuple[str, _Files]]:
    files = _Files()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            url = urlparse(self.path)
            prefix = API_PREFIX + "/attachments/"
            sha = url.path.removeprefix(prefix)
            case_id = parse_qs(url.query).get("case_id", [""])[0]
            files.requests.append((sha, case_id, self.headers.get("Authorization", "")))
            data = files.by_sha.get(sha)
            if not url.path.startswith(prefix) or data is None:
                body = b'{"detail": {"code": "not_found", "message": "Not found."}}'
                self.send_response(404)
            else:
                body = data
                self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *_args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", files
    finally:
        server.shutdown()
        server.server_close()


def test_fetch_attachment_returns_verified_bytes_with_the_token_and_case(
    files_server: tuple[str, _Files],
) -> None:
    url, files = files_server
    files.by_sha[PHOTO_SHA] = PHOTO
    with ApiClient(url, "secret-token") as client:
        assert client.fetch_attachment("c1", PHOTO_SHA) == PHOTO
    assert files.requests == [(PHOTO_SHA, "c1", "Bearer secret-token")]


def test_bytes_that_do_not_match_their_address_are_a_clear_error(
    files_server: tuple[str, _Files],
) -> None:
    url, files = files_server
    files.by_sha[PHOTO_SHA] = OTHER  # tampered with, or a cache mix-up
    with ApiClient(url, "t") as client:
        with pytest.raises(AttachmentMismatch, match="do not match its sha256"):
            client.fetch_attachment("c1", PHOTO_SHA)
        with pytest.raises(ServiceError) as missing:
            client.fetch_attachment("c1", OTHER_SHA)
        assert missing.value.status == 404
        with pytest.raises(ValueError):  # never a path of our own making
            client.fetch_attachment("c1", "../../etc/passwd")


def test_the_engine_keeps_good_attachments_and_nothing_of_bad_ones(
    files_server: tuple[str, _Files], tmp_path: Path
) -> None:
    url, files = files_server
    store = LocalStore.open(tmp_path / "store.sqlite3")
    store.set_identity(me())
    other = answered(request("m2")).model_copy(
        update={
            "attachments": [
                answered(request("x"))
                .attachments[0]
                .model_copy(update={"sha256": OTHER_SHA, "name": "brief.pdf"})
            ]
        }
    )
    store.apply_changes(page(case_with(answered(request("m1")), other), cursor=1))
    files.by_sha[PHOTO_SHA] = PHOTO
    files.by_sha[OTHER_SHA] = PHOTO  # wrong bytes for this address
    with ApiClient(url, "t") as client:
        changed = SyncEngine(store, client).fetch_attachments()
    assert changed == ["c1"]
    assert store.attachment(PHOTO_SHA) == PHOTO
    assert store.attachment(OTHER_SHA) is None
    assert store.missing_attachments() == [("c1", OTHER_SHA)]  # tried again next round
    store.close()
