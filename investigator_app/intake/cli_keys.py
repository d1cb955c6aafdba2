"""``investigator-intake keys verify-notes-key`` and ``keys rotate-notes-key``: check that
the configured notes key opens every sealed value (after a restore), and seal them all
again under a new key without losing one. Keys are never printed or logged."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from investigator_app.intake.cli_output import CliError
from investigator_app.intake.db import Database, utcnow
from investigator_app.intake.note_cipher import NoteCipher, NotesKeyError, parse_key
from investigator_app.intake.sealed_columns import (
    check_key,
    other_connections,
    rotate,
)
from investigator_app.intake.settings import ENV_NOTES_KEY, ENV_NOTES_KEY_FILE

AddCommand = Callable[..., argparse.ArgumentParser]


def add_key_commands(
    keys: argparse._SubParsersAction[argparse.ArgumentParser], add: AddCommand
) -> None:
    """The key commands that need the database, under ``keys``."""
    verify = add(
        keys,
        "verify-notes-key",
        cmd_verify_notes_key,
        f"check that the configured notes key ({ENV_NOTES_KEY} or {ENV_NOTES_KEY_FILE}) opens "
        "every sealed value: notes, recusal reasons, second-factor secrets, provider tokens "
        "(exit 1 when one does not)",
    )
    verify.set_defaults(needs_notes_key=True)
    rotation = add(
        keys,
        "rotate-notes-key",
        cmd_rotate_notes_key,
        "seal every sealed value again under a new notes key, in one transaction; stop "
        "every copy of the service first",
    )
    rotation.add_argument(
        "--new-key-file",
        required=True,
        type=Path,
        help="file with the new key (made by `keys new-notes-key`); the current key comes "
        f"from {ENV_NOTES_KEY} or {ENV_NOTES_KEY_FILE}",
    )
    rotation.add_argument(
        "--allow-other-connections",
        action="store_true",
        help="rotate even though other sessions are connected to the PostgreSQL database "
        "(only when you know none of them is a copy of the service)",
    )
    rotation.set_defaults(needs_notes_key=True)


def cmd_verify_notes_key(args: argparse.Namespace, db: Database) -> int:
    result = check_key(db, NoteCipher(args.notes_key))
    for name, count in result.opened.items():
        failed = result.failed.get(name, 0)
        print(f"  {name:42} {count:7} open" + (f", {failed} do not" if failed else ""))
    if result.ok:
        print(f"ok: the notes key opens all {sum(result.opened.values())} sealed values.")
        return 0
    print(
        f"error: {sum(result.failed.values())} sealed values do not open with the configured "
        f"notes key, the first at {result.first_failure}: is it the key of this database "
        "(of the time of this backup)?"
    )
    return 1


def _new_key(path: Path) -> bytes:
    try:
        return parse_key(path.read_text(encoding="ascii"))
    except (OSError, UnicodeDecodeError) as error:
        raise CliError(f"cannot read the new key file {path} ({type(error).__name__}).") from error
    except NotesKeyError as error:
        raise CliError(f"{path}: {error}") from error


def cmd_rotate_notes_key(args: argparse.Namespace, db: Database) -> int:
    new_key = _new_key(args.new_key_file)
    if new_key == args.notes_key:
        raise CliError(
            "the new key is the configured key; make a new one with `keys new-notes-key`."
        )
    others = other_connections(db)
    if others and not args.allow_other_connections:
        raise CliError(
            f"{others} other sessions are connected to this database. Stop every copy of the "
            "service first (systemctl stop intake.target): a copy still running would seal "
            "new notes with the old key. (--allow-other-connections when none of them is one.)"
        )
    try:
        result = rotate(db, NoteCipher(args.notes_key), NoteCipher(new_key), utcnow())
    except NotesKeyError as error:
        raise CliError(str(error)) from error
    for name, count in result.resealed.items():
        already = result.already.get(name, 0)
        print(f"  {name:42} {count:7} sealed again" + (f", {already} already" if already else ""))
    print(
        f"Sealed {sum(result.resealed.values())} values again under the new key "
        f"({sum(result.already.values())} were under it already).\n"
        f"Next: put the new key where {ENV_NOTES_KEY_FILE} points on every copy, then start "
        "them. Keep the old key with the backups made before today: they need it."
    )
    return 0
