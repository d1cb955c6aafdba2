"""The demo's intake service: in-process on loopback, in a folder of its own, seeded with
fictional cases. The one launcher of it, for ``investigator-app --demo`` and for the export
command's ``--demo``."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from investigator_app.intake.demo import seed_demo
from investigator_app.intake.embedded import EmbeddedService
from investigator_app.intake.note_cipher import key_from_file


def demo_service(root: Path) -> EmbeddedService:
    """A service on a fresh SQLite database in ``root`` (not started). The notes key and
    the related cases' match key live beside the database, never in it, so a restarted
    service opens the notes written before; the relay writes the reporters' e-mails into
    ``root / "mail"``."""
    return EmbeddedService(
        f"sqlite:///{root / 'intake.sqlite3'}",
        mail_folder=root / "mail",
        notes_key=key_from_file(root / "notes.key"),
        match_key=key_from_file(root / "match.key"),
    )


def start_seeded(service: EmbeddedService) -> None:
    """Start ``service`` and seed it with the demo's departments, people and cases."""
    service.start()
    seed_demo(service.engine, datetime.now(UTC))
    service.hash_names()  # the seeded cases' related cases (related.py)
