"""The intake service's composition root: ``create_app(settings)``.

The app keeps no state of its own between requests beyond its connection pool, so any
number of copies can run behind a proxy against one PostgreSQL database.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from starlette.responses import Response
from starlette.types import Scope

from investigator_app.intake import (
    attachments_api,
    auth_api,
    case_audit_api,
    identity_api,
    oidc_api,
    operator_api,
    pieces_api,
    reply_page,
    second_factor_api,
    sync_api,
    uploads_api,
    yearly_api,
)
from investigator_app.intake.body_limit import BodyLimit, RouteLimit
from investigator_app.intake.db import Database
from investigator_app.intake.errors import error_response, install_error_handlers
from investigator_app.intake.feed_listener import FeedListener
from investigator_app.intake.log_redaction import install as redact_logs
from investigator_app.intake.login import LoginGuard
from investigator_app.intake.no_store import NoStore
from investigator_app.intake.note_cipher import NEW_KEY_HINT, NoteCipher, NotesKeyError
from investigator_app.intake.notifier import ChangeNotifier
from investigator_app.intake.nul_guard import NulGuard
from investigator_app.intake.oidc_check import ProviderCheck
from investigator_app.intake.oidc_client import OidcClient
from investigator_app.intake.openapi_errors import install as document_errors
from investigator_app.intake.relay.links import REPLY_PATH
from investigator_app.intake.relay.transport import make_transport
from investigator_app.intake.relay.worker import RelayWorker
from investigator_app.intake.settings import Settings
from investigator_app.protocol import API_PREFIX, ErrorCode
from investigator_app.protocol_evidence import MAX_CHUNK_BYTES, UPLOADS_PATH

log = logging.getLogger("investigator_app.intake.app")

DEFAULT_PUBLIC_URL = "http://127.0.0.1:8170"

DESCRIPTION = """\
The 1700 intake service: the 1700 desk registers integrity reports and forwards them to
the competent department; the departments' desktops sync their cases from here.

The relay carries the departments' messages to the reporter by e-mail, with a link to a
reply page (`/r/...`) that is not part of this API.

Authenticate with `POST /api/v1/auth/login` and send the token as
`Authorization: Bearer <token>`. Errors are `{"detail": {"code": ..., "message": ...}}`.
"""


def create_app(settings: Settings, *, database: Database | None = None) -> FastAPI:
    """Build the app. ``database`` lets an embedding process share its engine; otherwise
    one is made from ``settings.database_url`` and disposed when the app shuts down.

    Raises NotesKeyError without ``settings.notes_key``: the service does not run without
    the key of its confidential notes."""
    if settings.notes_key is None:
        raise NotesKeyError(f"the service has no notes key; {NEW_KEY_HINT}")
    redact_logs()  # before anything logs a request: no link or token in any log line
    cipher = NoteCipher(settings.notes_key)
    notifier = ChangeNotifier()
    owned = database is None
    db = database if database is not None else Database.from_url(settings.database_url)
    public_url = settings.public_url or DEFAULT_PUBLIC_URL
    if settings.public_url is None:
        log.warning("no public URL configured: reporters' links point to %s", public_url)
    relay = RelayWorker(db, settings.mail, make_transport(settings.mail), public_url)
    # The organisation's identity provider (issue 16): this copy's client of it, and the
    # checks of the tokens it signed in.
    oidc_client = OidcClient(settings.oidc) if settings.oidc is not None else None

    # On PostgreSQL this copy hears every copy's feed changes (feed_listener.py); its own
    # commits wake its long-polls directly, on both databases.
    listener = (
        None if db.is_sqlite else FeedListener(db.engine, notifier, retry=settings.listen_retry)
    )

    def on_feed_change(changes: dict[int, int]) -> None:
        notifier.notify(changes)
        relay.wake()  # a queued mail goes out now rather than at the next poll

    db.on_feed_change = on_feed_change

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        relay.start()
        if listener is not None:
            listener.start()
        try:
            yield
        finally:
            if listener is not None:
                listener.stop()
            relay.stop()
            if oidc_client is not None:
                oidc_client.close()
            if owned:
                db.dispose()

    app = FastAPI(
        title=settings.title,
        description=DESCRIPTION,
        version="1",
        lifespan=lifespan,
        openapi_url=f"{API_PREFIX}/openapi.json",
        docs_url=f"{API_PREFIX}/docs",
        redoc_url=None,
    )
    app.state.settings = settings
    app.state.database = db
    app.state.notifier = notifier
    app.state.feed_listener = listener
    app.state.notes_cipher = cipher
    app.state.oidc_client = oidc_client
    app.state.provider_check = ProviderCheck(db, cipher, oidc_client)
    app.state.relay = relay
    app.state.login_guard = LoginGuard(settings.login)  # this copy's password checks
    install_error_handlers(app)
    reply_limit = RouteLimit(
        f"{REPLY_PATH}/", settings.relay.max_reply_body_bytes, reply_page.body_too_large_page
    )
    attach_limit = RouteLimit(
        f"{API_PREFIX}/intake/reports/",
        max(settings.max_body_bytes, settings.relay.max_reply_body_bytes),
        _json_too_large,
        suffix="/attachments",
    )
    # An evidence upload's chunks (raw bytes; protocol_evidence.MAX_CHUNK_BYTES).
    chunk_limit = RouteLimit(f"{UPLOADS_PATH}/", MAX_CHUNK_BYTES, _json_too_large, suffix="/chunks")
    # Added first, so it runs inside the body limit: it reads only bounded bodies.
    app.add_middleware(NulGuard, exempt=(f"{REPLY_PATH}/",))
    app.add_middleware(
        BodyLimit,
        max_bytes=settings.max_body_bytes,
        routes=(reply_limit, attach_limit, chunk_limit),
    )
    app.add_middleware(NoStore, prefix=API_PREFIX)  # outermost: on refusals too
    for module in (
        auth_api,
        operator_api,
        sync_api,
        attachments_api,
        case_audit_api,
        identity_api,
        yearly_api,
        uploads_api,
        pieces_api,
        second_factor_api,
        oidc_api,
    ):
        app.include_router(module.router, prefix=API_PREFIX)
    app.include_router(reply_page.router)
    document_errors(app)
    return app


def _json_too_large(limit: int, _scope: Scope) -> Response:
    return error_response(
        413, ErrorCode.REQUEST_TOO_LARGE, f"The request body is larger than {limit} bytes."
    )
