"""``investigator-app export``: dossiers from scripts, without the window.

    investigator-app export --list [--demo]
    investigator-app export --case REF --profile leidinggevende --reader "Karel Chef" --out x.pdf

Reads the local store of the account signed in on this computer (or, with ``--demo``, of a
fresh demo service synced into a temporary folder) and records each copy on the service.
It follows the app's rules: only a case the user declared no conflict of interest in leaves
as a dossier (``--list`` names the others on stderr), and the reader's name is bounded as
in the export dialog.

Exit codes: 2 usage, 3 no such case, 4 not written, 5 nobody signed in here, 6 no keyring
(or the data key is gone), 7 no declaration on a conflict of interest.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from investigator_app.desktop.credentials import KeyringUnavailable
from investigator_app.export.files import ExportWriteError
from investigator_app.export.options import ExportOptions, Profile, reader_line, reader_problem
from investigator_app.export.source import ExportSource, UndeclaredCaseError, UnknownCaseError
from investigator_app.export.texts import LANGUAGES
from investigator_app.store.sealing import StoreKeyError

PROFILES = {
    "volledig": Profile.FULL,
    "leidinggevende": Profile.MANAGER,
    "terugkoppeling": Profile.FEEDBACK,
}
EXIT_USAGE, EXIT_NOT_FOUND, EXIT_WRITE, EXIT_NO_ACCOUNT = 2, 3, 4, 5
EXIT_NO_KEYRING = 6  # the account's token or data key cannot be read on this computer
EXIT_NOT_DECLARED = 7  # the user has not declared on a conflict of interest in the case


class NoAccountError(RuntimeError):
    """Nobody signed in with the app on this computer (or the store is elsewhere)."""


def reader_argument(text: str) -> str:
    """The reader as the export dialog takes it (one line, bounded), or a usage error."""
    problem = reader_problem(text)
    if problem is not None:
        raise argparse.ArgumentTypeError(problem)
    return reader_line(text)


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="investigator-app export",
        description="Save a case file as PDF, the same file an export from the window makes.",
    )
    what = parser.add_mutually_exclusive_group(required=True)
    what.add_argument("--list", action="store_true", help="print the references to export")
    what.add_argument("--case", metavar="REF", help="the case's reference")
    parser.add_argument("--profile", choices=sorted(PROFILES), default="volledig")
    parser.add_argument(
        "--reader", metavar="NAME", type=reader_argument, help="whom the copy is for (watermark)"
    )
    parser.add_argument("--out", type=Path, metavar="FILE", help="where to save the PDF")
    parser.add_argument(
        "--language", choices=LANGUAGES, help="the dossier's language (default: the app's)"
    )
    parser.add_argument("--demo", action="store_true", help="use a fresh demo service")
    parser.add_argument("--data-dir", type=Path, help="the app's data folder")
    args = parser.parse_args(argv)
    if args.case and (not args.reader or not args.out):
        parser.error("--case needs --reader and --out")
    return args


@contextmanager
def demo_source() -> Iterator[ExportSource]:
    """The demo service on loopback, its cases synced into a temporary store."""
    from investigator_app.intake.demo import ACCOUNTS
    from investigator_app.intake.demo_service import demo_service, start_seeded
    from investigator_app.store import LocalStore
    from investigator_app.sync.api import ApiClient
    from investigator_app.sync.engine import SyncEngine
    from investigator_app.sync.service_link import ServiceLink

    root = Path(tempfile.mkdtemp(prefix="dossier-demo-"))
    service = demo_service(root)
    store: LocalStore | None = None
    try:
        start_seeded(service)
        account = ACCOUNTS.investigator
        with ApiClient(service.base_url, None) as client:
            token = client.login(account.username, account.password, "export-cli").token
        store = LocalStore.open(root / "desktop" / "store.sqlite3")
        with ApiClient(service.base_url, token) as client:
            engine = SyncEngine(store, client)
            engine.refresh_identity()
            engine.pull(0.0)
        with ServiceLink(store, service.base_url, token) as link:
            yield ExportSource(store, link)
    finally:
        if store is not None:
            store.close()
        service.stop()
        shutil.rmtree(root, ignore_errors=True)


@contextmanager
def account_source(data_dir: Path | None) -> Iterator[ExportSource]:
    """The account signed in on this computer: its settings, keyring token and store. The
    copy record is queued in the store's outbox and sent now when the service is reachable
    (else by the app's next sync)."""
    from PySide6.QtCore import QSettings

    from investigator_app.desktop.credentials import TokenStore
    from investigator_app.desktop.paths import APP_AUTHOR, APP_NAME, default_data_dir
    from investigator_app.desktop.settings import SERVER_URL, USERNAME, AppSettings
    from investigator_app.store import LocalStore
    from investigator_app.store.files import store_path
    from investigator_app.sync.service_link import ServiceLink
    from investigator_app.vault.keys import DataKeyStore

    settings = AppSettings(QSettings(APP_AUTHOR, APP_NAME))  # where the app keeps them
    server_url, username = settings.get(SERVER_URL), settings.get(USERNAME)
    folder = data_dir or default_data_dir()
    path = store_path(folder, server_url, username) if server_url and username else None
    if path is None or not path.is_file():
        raise NoAccountError(str(folder))
    token = TokenStore().load(server_url, username)
    # The store is sealed with the account's data key, kept beside the token.
    store = LocalStore.open(path, DataKeyStore().load(server_url, username))
    try:
        with ServiceLink(store, server_url, token) as link:
            yield ExportSource(store, link)
    finally:
        store.close()


def app_language() -> str:
    """The language the app's user interface is set to (nl when unknown)."""
    from PySide6.QtCore import QSettings

    from investigator_app.desktop.paths import APP_AUTHOR, APP_NAME
    from investigator_app.desktop.settings import LANGUAGE, AppSettings

    language = AppSettings(QSettings(APP_AUTHOR, APP_NAME)).get(LANGUAGE)
    return language if language in LANGUAGES else "nl"


def run(source: ExportSource, args: argparse.Namespace) -> int:
    now = datetime.now(UTC)
    if args.list:
        for reference in source.references(now):
            print(reference)
        waiting = source.references(now, declared=False)
        if waiting:
            print(
                f"note: {len(waiting)} more case(s) wait for your declaration on a conflict of "
                f"interest (open them in the app first): {' '.join(waiting)}",
                file=sys.stderr,
            )
        return 0
    try:
        case = source.dossier(source.case_id(args.case, now), now)
    except UnknownCaseError:
        print(f"error: no case {args.case!r} on this computer", file=sys.stderr)
        return EXIT_NOT_FOUND
    except UndeclaredCaseError:
        print(
            f"error: {args.case!r} is not exported: you have not declared whether you have a "
            "conflict of interest in it; open it in the app and declare first",
            file=sys.stderr,
        )
        return EXIT_NOT_DECLARED
    options = ExportOptions(
        PROFILES[args.profile],
        reader=args.reader,
        made_by=source.user_name() or "investigator-app",
        language=args.language or ("nl" if args.demo else app_language()),
    )
    try:
        outcome = source.export(case, options, args.out)
    except ExportWriteError as error:
        reason = "the disk is full" if error.disk_full else (error.strerror or "cannot write")
        print(f"error: {args.out} not written: {reason}", file=sys.stderr)
        return EXIT_WRITE
    rendered = outcome.rendered
    print(f"{args.out}: {rendered.pages} pages, copy {options.copy_id}, sha256 {rendered.sha256}")
    if not outcome.recorded:
        print(
            "warning: the service could not be reached; the copy is recorded later", file=sys.stderr
        )
    return 0


def place_problem(out: Path) -> str | None:
    """Why ``out`` cannot take the PDF, when that is plain before any work (a folder that
    is not there, a folder given as the file); the write itself still reports the rest."""
    if out.is_dir():
        return "it is a folder"
    if not out.parent.is_dir():
        return f"there is no folder {out.parent}"
    return None


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    problem = place_problem(args.out) if args.case else None
    if problem is not None:  # said at once, not after syncing every case
        print(f"error: {args.out} not written: {problem}", file=sys.stderr)
        return EXIT_WRITE
    try:
        with demo_source() if args.demo else account_source(args.data_dir) as source:
            return run(source, args)
    except NoAccountError:
        print("error: no signed-in account here; sign in with the app first", file=sys.stderr)
        return EXIT_NO_ACCOUNT
    except KeyringUnavailable:
        print(
            "error: this computer has no usable keyring, so the signed-in account's token "
            "and local data cannot be read; ask your IT department to repair it",
            file=sys.stderr,
        )
        return EXIT_NO_KEYRING
    except StoreKeyError:
        print(
            "error: the signed-in account's local data cannot be read here (its key is not in "
            "the keyring); start the app, which fetches the cases again",
            file=sys.stderr,
        )
        return EXIT_NO_KEYRING


if __name__ == "__main__":
    raise SystemExit(main())
