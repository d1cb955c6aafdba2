"""``investigator-intake migrate``: bring the schema up to date and say what changed, so an
administrator sees on a fresh database what was created and on a current one that
nothing was."""

from __future__ import annotations

import argparse
import textwrap

from investigator_app.intake.db import Database
from investigator_app.intake.migrate import Migration, upgrade_engine


def describe(migration: Migration) -> str:
    """What a migration did, in a few lines for the administrator."""
    if migration.before == migration.after:
        return (
            f"The database schema is already up to date (revision {migration.after}); "
            "nothing changed."
        )
    created = migration.created_tables
    if migration.before is None:
        head = f"Created the database schema at revision {migration.after}: {len(created)} tables."
    else:
        news = f"{len(created)} new tables." if created else "no new tables."
        head = (
            f"Upgraded the database schema from revision {migration.before} to "
            f"{migration.after}; {news}"
        )
    listing = textwrap.wrap(
        ", ".join(created), width=88, initial_indent="  ", subsequent_indent="  "
    )
    return "\n".join([head, *listing])


def cmd_migrate(_args: argparse.Namespace, db: Database) -> int:
    print(describe(upgrade_engine(db.engine)))
    return 0
