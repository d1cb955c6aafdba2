"""``investigator-intake``'s part in related cases (intake/related.py): the match key from
the environment, hashing at registration and comparing after a forward or re-route, the
``report related`` listing, and the hashes ``serve`` makes before it starts.

Commands run where the service's keys may not be: without INTAKE_MATCH_KEY(_FILE) or the
notes key (INTAKE_NOTES_KEY(_FILE), from which the service derives its match key) a report
is registered or sent without comparing, and the service makes its hashes when it starts.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from datetime import datetime

from sqlalchemy.orm import Session

from investigator_app.intake import related
from investigator_app.intake.actors import cli_actor
from investigator_app.intake.cli_output import CliError, table
from investigator_app.intake.db import Database, utcnow
from investigator_app.intake.match_keys import (
    ENV_MATCH_KEY,
    MatchKey,
    MatchKeyError,
    match_key_from_env,
    service_key,
)
from investigator_app.intake.models import Case
from investigator_app.intake.note_cipher import NotesKeyError
from investigator_app.intake.run_once import (
    NAME_HASHING,
    AnotherCopyRunningError,
    once_across_copies,
)
from investigator_app.intake.settings import (
    DEFAULT_RETENTION_YEARS,
    Settings,
    notes_key_from_env,
)

log = logging.getLogger("investigator_app.intake.cli_related")

NO_KEY_NOTE = (
    f"note: no match key ({ENV_MATCH_KEY} or the notes key): related reports are compared "
    "when the service next starts."
)


def configured_match_key() -> bytes | None:
    """INTAKE_MATCH_KEY(_FILE), or None; a clear error when it is unusable."""
    try:
        return match_key_from_env()
    except MatchKeyError as error:
        raise CliError(str(error)) from error


def cli_matcher() -> MatchKey | None:
    """The key a command compares with, as the service would (None: not configured)."""
    try:
        notes_key = notes_key_from_env()
    except NotesKeyError as error:
        raise CliError(str(error)) from error
    return service_key(configured_match_key(), notes_key)


def hash_registered(session: Session, case: Case, now: datetime) -> None:
    key = cli_matcher()
    if key is None:
        print(NO_KEY_NOTE, file=sys.stderr)
        return
    related.record_hashes(session, case, key, now)


def signal_sent(db: Database, case_id: str) -> list[str]:
    """Compare a case just forwarded or re-routed; the names of the departments signalled."""
    key = cli_matcher()
    if key is None:
        print(NO_KEY_NOTE, file=sys.stderr)
        return []
    ids = related.signal_moved(db, cli_actor(), case_id, key, utcnow(), retention_years())
    with db.read() as session:
        return related.department_names(session, ids)


def retention_years() -> int:
    """The retention period as `retention purge` reads it (INTAKE_RETENTION_YEARS), else
    the default: cases closed longer ago are not compared."""
    text = os.environ.get("INTAKE_RETENTION_YEARS", "")
    return int(text) if text.isdigit() and int(text) > 0 else DEFAULT_RETENTION_YEARS


def hash_names(db: Database, settings: Settings) -> None:
    key = settings.matcher
    if key is None:
        return
    now = utcnow()
    try:
        # Copies started together would write the same hashes: one does it.
        with once_across_copies(db, NAME_HASHING):
            related.backfill(db, key, now, related.window_start(now, settings.retention_years))
    except AnotherCopyRunningError:
        log.info("another copy is hashing names for related cases; this one starts")


def cmd_report_related(args: argparse.Namespace, db: Database) -> int:
    with db.read() as session:
        case = related.report_case(session, args.reference)
        since = related.window_start(utcnow(), retention_years())
        rows = related.related_reports(session, case.id, since)
    if not rows:
        print("(none)")
        return 0
    table(
        ["reference", "status", "department"],
        [[r.reference, r.status, r.department_code or "-"] for r in rows],
    )
    return 0
