"""``investigator-intake serve``: the service's settings from the command line and the
environment, and the app of each uvicorn worker (``serve --workers N``)."""

from __future__ import annotations

import argparse
import gc
import json
import logging
import os
from datetime import timedelta
from typing import TYPE_CHECKING

from investigator_app.intake.cli_output import CliError
from investigator_app.intake.cli_related import configured_match_key, hash_names
from investigator_app.intake.db import Database
from investigator_app.intake.note_cipher import NotesKeyError
from investigator_app.intake.oidc_config import OidcConfigError, OidcSettings
from investigator_app.intake.settings import (
    ENV_NOTES_KEY,
    ENV_NOTES_KEY_FILE,
    Settings,
    notes_key_from_env,
)

if TYPE_CHECKING:
    from fastapi import FastAPI

log = logging.getLogger("investigator_app.intake.cli_serve")

ENV_PUBLIC_URL = "INTAKE_PUBLIC_URL"


def notes_key() -> bytes:
    """The configured notes key: without one the service does not start."""
    try:
        key = notes_key_from_env()
    except NotesKeyError as error:
        raise CliError(str(error)) from error
    if key is None:
        raise CliError(
            f"no notes key: set {ENV_NOTES_KEY} or {ENV_NOTES_KEY_FILE}; make one with "
            "`investigator-intake keys new-notes-key` (and keep it safe: notes cannot be "
            "read without it)."
        )
    return key


def _serve_settings(args: argparse.Namespace) -> Settings:
    from investigator_app.intake.login_throttle import LoginLimits
    from investigator_app.intake.settings import MailSettings

    return Settings(
        database_url=args.database_url,
        token_lifetime=timedelta(days=args.token_days),
        public_url=args.public_url
        or os.environ.get(ENV_PUBLIC_URL)
        or f"http://{args.host}:{args.port}",
        mail=MailSettings.from_env(),
        login=LoginLimits.from_env(),
        notes_key=args.notes_key,  # checked by main() before the database is touched
        match_key=configured_match_key(),
        max_piece_bytes=_max_piece_bytes(),
        oidc=_oidc_settings(),
    )


def _oidc_settings() -> OidcSettings | None:
    try:
        return OidcSettings.from_env()
    except OidcConfigError as error:
        raise CliError(f"the identity provider's settings: {error}") from error


def cmd_serve(args: argparse.Namespace, db: Database) -> int:
    import uvicorn

    from investigator_app.intake.app import create_app

    settings = _serve_settings(args)
    if settings.mail.transport == "off":
        log.warning(
            "mail is off: set INTAKE_SMTP_HOST (or INTAKE_MAIL_FOLDER) so that messages "
            "reach reporters"
        )
    hash_names(db, settings)  # cases registered by commands without the key, or a new key
    db.dispose()
    if args.workers > 1:
        # Each worker process builds its own app from the same arguments (the key is
        # read from the environment again, never passed on).
        os.environ[_ENV_SERVE_ARGS] = json.dumps(
            {name: getattr(args, name) for name in _SERVE_ARGS}
        )
        uvicorn.run(
            "investigator_app.intake.cli_serve:worker_app",
            factory=True,
            workers=args.workers,
            host=args.host,
            port=args.port,
            log_level="info",
        )
        return 0
    uvicorn.run(_frozen(create_app(settings)), host=args.host, port=args.port, log_level="info")
    return 0


# Collections of the youngest objects after this many allocations (CPython's default is
# 700), the middle ones after 20 of those, everything after 10 of these. A full collection
# walks every live object, the waiting long-polls' too: 200 ms per copy with 2,000 of them,
# once every few seconds under load with the default thresholds, and a forward that met
# one reached its desktops that much later. With these, a few per run of
# bench/service_load.py, and far shorter.
GC_THRESHOLDS = (50_000, 20, 10)


def _frozen(app: FastAPI) -> FastAPI:
    """``app`` after moving everything built so far (modules, schemas, routes: they live as
    long as the process) out of the garbage collector's sight: its collections during
    requests then walk only what requests made (measured: bench/service_load.py)."""
    gc.collect()
    gc.freeze()
    gc.set_threshold(*GC_THRESHOLDS)
    return app


_ENV_SERVE_ARGS = "INTAKE_SERVE_WORKER_ARGS"  # set by `serve --workers N` for its workers
_SERVE_ARGS = ("database_url", "token_days", "public_url", "host", "port")


def worker_app() -> FastAPI:
    """The app of one worker process of `serve --workers N` (uvicorn's factory)."""
    from investigator_app.intake.app import create_app

    args = argparse.Namespace(**json.loads(os.environ[_ENV_SERVE_ARGS]))
    args.notes_key = notes_key()
    return _frozen(create_app(_serve_settings(args)))


def _max_piece_bytes() -> int:
    from investigator_app.intake.settings import max_piece_bytes_from_env

    try:
        return max_piece_bytes_from_env()
    except ValueError as error:
        raise CliError(str(error)) from error
