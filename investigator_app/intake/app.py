"""The intake service's composition root: ``create_app(settings)``.

The app keeps no state of its own between requests beyond its connection pool, so any
number of copies can run behind a proxy against one PostgreSQL database.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from investigator_app.intake import auth_api, operator_api, sync_api
from investigator_app.intake.body_limit import BodyLimit
from investigator_app.intake.db import Database
from investigator_app.intake.errors import install_error_handlers
from investigator_app.intake.notifier import ChangeNotifier
from investigator_app.intake.settings import Settings
from investigator_app.protocol import API_PREFIX

log = logging.getLogger("investigator_app.intake.app")

DESCRIPTION = """\
The 1700 intake service: the 1700 desk registers integrity reports and forwards them to
the competent department; the departments' desktops sync their cases from here.

Authenticate with `POST /api/v1/auth/login` and send the token as
`Authorization: Bearer <token>`. Errors are `{"detail": {"code": ..., "message": ...}}`.
"""


def create_app(settings: Settings, *, database: Database | None = None) -> FastAPI:
    """Build the app. ``database`` lets an embedding process share its engine; otherwise
    one is made from ``settings.database_url`` and disposed when the app shuts down."""
    notifier = ChangeNotifier()
    owned = database is None
    db = database if database is not None else Database.from_url(settings.database_url)
    db.on_feed_change = notifier.notify

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
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
    install_error_handlers(app)
    app.add_middleware(BodyLimit, max_bytes=settings.max_body_bytes)
    for module in (auth_api, operator_api, sync_api):
        app.include_router(module.router, prefix=API_PREFIX)
    return app
