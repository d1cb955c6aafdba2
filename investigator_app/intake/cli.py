"""``investigator-intake``: run and administer the intake service from a shell.

Every command brings the database schema up to date first, so a fresh SQLite file just
works. Errors are one clear line on stderr and a non-zero exit code (1: refused or
failed, 2: wrong usage). Reporter identity is never printed.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from sqlalchemy.engine import make_url

from investigator_app.domain.vocabulary import Role, Status
from investigator_app.intake import retention
from investigator_app.intake.actors import cli_actor
from investigator_app.intake.audit_chain import verify_chain
from investigator_app.intake.cli_accounts import (
    cmd_department_create,
    cmd_department_edit,
    cmd_department_list,
    cmd_device_list,
    cmd_device_revoke,
    cmd_user_create,
    cmd_user_link_oidc,
    cmd_user_list,
    cmd_user_reset_password,
    cmd_user_reset_second_factor,
    cmd_user_set_active,
)
from investigator_app.intake.cli_examples import JSON_EXAMPLES
from investigator_app.intake.cli_keys import add_key_commands
from investigator_app.intake.cli_output import CliError
from investigator_app.intake.cli_related import cmd_report_related
from investigator_app.intake.cli_reports import (
    cmd_report_answer,
    cmd_report_attach,
    cmd_report_list,
    cmd_report_phone_requests,
    cmd_report_register,
    cmd_report_send,
    cmd_report_stats,
    cmd_report_yearly,
)
from investigator_app.intake.cli_schema import cmd_migrate
from investigator_app.intake.cli_serve import ENV_PUBLIC_URL, cmd_serve, notes_key
from investigator_app.intake.db import Database, utcnow
from investigator_app.intake.demo import seed_demo
from investigator_app.intake.errors import ServiceError
from investigator_app.intake.match_keys import ENV_MATCH_KEY, ENV_MATCH_KEY_FILE
from investigator_app.intake.migrate import SchemaTooNewError, upgrade_engine
from investigator_app.intake.note_cipher import new_key_text
from investigator_app.intake.run_once import AnotherCopyRunningError
from investigator_app.intake.settings import (
    DEFAULT_RETENTION_YEARS,
    ENV_NOTES_KEY,
    ENV_NOTES_KEY_FILE,
)

ENV_DATABASE_URL = "INTAKE_DATABASE_URL"
ENV_RETENTION_YEARS = "INTAKE_RETENTION_YEARS"


def _user_data_folder() -> Path:
    """The user's data folder, as platformdirs names it; computed here because a server
    installs the service without the desktop's packages (platformdirs among them)."""
    if sys.platform == "win32":
        return Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support"
    return Path(os.environ.get("XDG_DATA_HOME", "").strip() or Path.home() / ".local" / "share")


def default_database_url() -> str:
    folder = _user_data_folder() / "investigator-intake"
    return f"sqlite:///{folder / 'intake.sqlite3'}"


def _ensure_sqlite_folder(url: str) -> None:
    prefix = "sqlite:///"
    if url.startswith(prefix) and ":memory:" not in url:
        Path(url[len(prefix) :]).expanduser().parent.mkdir(parents=True, exist_ok=True)


# --- commands ---------------------------------------------------------------------------


def cmd_new_notes_key(_args: argparse.Namespace) -> int:
    # Only to stdout (`> notes.key`), never into a log.
    print(new_key_text())
    print(
        f"Give it to the service as {ENV_NOTES_KEY}, or put it in a file named by "
        f"{ENV_NOTES_KEY_FILE}; keep a copy in a safe place.",
        file=sys.stderr,
    )
    return 0


def cmd_new_match_key(_args: argparse.Namespace) -> int:
    print(new_key_text())  # only to stdout, never into a log
    print(
        f"Give it to the service as {ENV_MATCH_KEY}, or put it in a file named by "
        f"{ENV_MATCH_KEY_FILE}; keep a copy. Without one the service derives its own from "
        "the notes key.",
        file=sys.stderr,
    )
    return 0


def cmd_audit_verify(_args: argparse.Namespace, db: Database) -> int:
    with db.read() as session:  # one consistent snapshot, also while others append
        verdict = verify_chain(session)
    if verdict.broken is None:
        print(f"ok: {verdict.events} events, head {verdict.head}")
        return 0
    print(f"broken: {verdict.broken.describe()}")
    print(f"The {verdict.events} events before it are intact (last good hash {verdict.head}).")
    return 1


def _retention_years(args: argparse.Namespace) -> int:
    years: int = args.older_than_years
    if years is None:
        text = os.environ.get(ENV_RETENTION_YEARS)
        try:
            years = int(text) if text else DEFAULT_RETENTION_YEARS
        except ValueError as error:
            raise CliError(f"{ENV_RETENTION_YEARS} must be a whole number of years.") from error
    if years < 1:
        raise CliError("The retention period must be at least one year.")
    return years


def cmd_retention_purge(args: argparse.Namespace, db: Database) -> int:
    years = _retention_years(args)
    now = utcnow()
    before = retention.cutoff(now, years)
    if args.dry_run:
        with db.read() as session:
            due = retention.candidates(session, before)
        print(f"Would purge {len(due)} closed cases closed before {before:%Y-%m-%d}:")
        for case in due:
            print(f"  {case.reference}  closed {case.closed_at:%Y-%m-%d}")
        return 0
    try:
        result = retention.purge(db, cli_actor(), now, years)
    except AnotherCopyRunningError:
        # Not an error: the purge that runs does the work (a timer on every copy may start
        # one at the same moment).
        print("Another copy is running the retention purge now; this one did nothing.")
        return 0
    print(
        f"Purged {len(result.purged)} cases closed before {before:%Y-%m-%d} "
        f"({result.blobs_deleted} files deleted); their statistics are kept."
    )
    for case in result.purged:
        print(f"  {case.reference}  closed {case.closed_at:%Y-%m-%d}")
    return 0


def cmd_seed_demo(_args: argparse.Namespace, db: Database) -> int:
    demo = seed_demo(db.engine, utcnow())
    print("Demo data is in place. Accounts (password 'demo'):")
    for account in demo.all():
        print(f"  {account.username:16} {account.role:12} {account.department or '-'}")
    return 0


# --- plumbing ---------------------------------------------------------------------------


Command = Callable[[argparse.Namespace, Database], int]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="investigator-intake", description="Run and administer the 1700 intake service."
    )
    parser.add_argument(
        "--database-url",
        default=os.environ.get(ENV_DATABASE_URL) or default_database_url(),
        help=f"SQLAlchemy URL (env {ENV_DATABASE_URL}; default: a SQLite file in the user "
        "data folder). PostgreSQL: postgresql+psycopg://user@host/db",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def add(
        group: argparse._SubParsersAction[argparse.ArgumentParser],
        name: str,
        func: Command,
        help_: str,
    ) -> argparse.ArgumentParser:
        sub = group.add_parser(name, help=help_, description=help_)
        sub.set_defaults(func=func, command_name=name)
        # Also after the command (`audit verify --database-url ...`), as people type it.
        sub.add_argument("--database-url", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
        return sub

    serve = add(
        commands,
        "serve",
        cmd_serve,
        f"serve the HTTP API (needs the notes key: {ENV_NOTES_KEY} or {ENV_NOTES_KEY_FILE})",
    )
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8170)
    serve.add_argument(
        "--workers",
        type=int,
        default=1,
        help="worker processes of this copy, sharing its port (default 1; about one per "
        "core the copy may use)",
    )
    serve.add_argument("--token-days", type=int, default=30, help="device token lifetime")
    serve.add_argument(
        "--public-url",
        help=f"address of the service for reporters' links (env {ENV_PUBLIC_URL}; default: "
        "http://HOST:PORT). Mail: INTAKE_SMTP_HOST, INTAKE_SMTP_PORT, INTAKE_SMTP_SECURITY "
        "(none/starttls/ssl), INTAKE_SMTP_USERNAME, INTAKE_SMTP_PASSWORD, INTAKE_MAIL_FROM, "
        "or INTAKE_MAIL_FOLDER for .eml files",
    )
    add(
        commands,
        "migrate",
        cmd_migrate,
        "bring the database schema up to date and say what was created or changed",
    ).set_defaults(migrates_itself=True)
    add(
        commands,
        "seed-demo",
        cmd_seed_demo,
        "add the fictional demo departments, accounts and cases",
    )

    department = commands.add_parser("department", help="manage departments").add_subparsers(
        dest="sub", required=True, metavar="ACTION"
    )
    create = add(department, "create", cmd_department_create, "create a department")
    create.add_argument("--code", required=True, help="short code, e.g. ABB")
    create.add_argument("--name", required=True)
    create.add_argument("--ack-days", type=int, default=7)
    create.add_argument("--feedback-months", type=int, default=3)
    create.add_argument(
        "--policy-domain", default="", help="policy domain (beleidsdomein) of the yearly report"
    )
    edit = add(
        department,
        "edit",
        cmd_department_edit,
        "change a department's policy domain, evidence limit or interview notice",
    )
    edit.add_argument("--code", required=True)
    edit.add_argument("--policy-domain", help="policy domain (beleidsdomein); '' to clear")
    edit.add_argument(
        "--max-piece-mb",
        type=int,
        help="largest evidence file in MB (0: the service's INTAKE_MAX_PIECE_BYTES)",
    )
    edit.add_argument(
        "--interview-notice-file",
        type=Path,
        help="UTF-8 text file with the notice read at the start of an interview "
        "(an empty file clears it)",
    )
    edit.add_argument(
        "--require-second-factor",
        action=argparse.BooleanOptionalAction,
        help="local accounts of the department must sign in with a second factor (TOTP); "
        "turning it on signs out the members who have none until they set it up",
    )
    add(department, "list", cmd_department_list, "list departments")

    user = commands.add_parser("user", help="manage accounts").add_subparsers(
        dest="sub", required=True, metavar="ACTION"
    )
    create = add(user, "create", cmd_user_create, "create an account")
    create.add_argument("--username", required=True)
    create.add_argument("--name", required=True, help="display name")
    create.add_argument("--role", required=True, choices=[role.value for role in Role])
    create.add_argument(
        "--department", help="department code (investigators and managers; not coordinators)"
    )
    create.add_argument(
        "--password-stdin", action="store_true", help="read the password from stdin"
    )
    reset = add(user, "reset-password", cmd_user_reset_password, "set a new password")
    reset.add_argument("--username", required=True)
    reset.add_argument("--password-stdin", action="store_true", help="read the password from stdin")
    add(
        user,
        "reset-second-factor",
        cmd_user_reset_second_factor,
        "remove an account's second factor and recovery codes (a lost phone) and sign out "
        "its devices",
    ).add_argument("--username", required=True)
    for name, help_ in (("disable", "disable an account"), ("enable", "enable an account")):
        add(user, name, cmd_user_set_active, help_).add_argument("--username", required=True)
    add(user, "list", cmd_user_list, "list accounts")
    link = add(
        user,
        "link-oidc",
        cmd_user_link_oidc,
        "let an account sign in with the organisation's account (identity provider) only",
    )
    link.add_argument("--username", required=True)
    link.add_argument("--subject", required=True, help="the user's subject (sub) at the provider")
    link.add_argument("--issuer", help="the provider (default: INTAKE_OIDC_ISSUER)")

    device = commands.add_parser("device", help="manage device tokens").add_subparsers(
        dest="sub", required=True, metavar="ACTION"
    )
    add(device, "list", cmd_device_list, "list device tokens").add_argument(
        "--user", help="username"
    )
    add(device, "revoke", cmd_device_revoke, "revoke a device token").add_argument("id")

    report = commands.add_parser("report", help="register and send reports").add_subparsers(
        dest="sub", required=True, metavar="ACTION"
    )
    register = add(report, "register", cmd_report_register, "register a report from ReportIn JSON")
    register.add_argument(
        "--json", required=True, help="file with the report as JSON ('-' for stdin)"
    )
    register.epilog = JSON_EXAMPLES[("report", "register")].epilog()
    register.formatter_class = argparse.RawDescriptionHelpFormatter
    for name, help_ in (
        ("forward", "forward a registered report"),
        ("reroute", "re-route a returned report"),
    ):
        send = add(report, name, cmd_report_send, help_)
        send.add_argument("reference", help="reference (1700-YYYY-NNNNNN) or id")
        send.add_argument("--department", required=True, help="department code")
        send.add_argument("--note", default="", help="note for the department")
    listing = add(report, "list", cmd_report_list, "list reports, newest first")
    listing.add_argument("--status", choices=[status.value for status in Status])
    listing.add_argument("--department")
    listing.add_argument("--limit", type=int, default=100)
    add(
        report,
        "stats",
        cmd_report_stats,
        "cases per year received, department, category, status and outcome (purged cases included)",
    )
    yearly = add(
        report,
        "yearly",
        cmd_report_yearly,
        "the yearly report (numbers per department and policy domain, no names or references)",
    )
    yearly.add_argument("--year", type=int, help="a calendar year")
    yearly.add_argument("--from", dest="start", help="first day of a custom period (YYYY-MM-DD)")
    yearly.add_argument("--to", dest="end", help="last day of a custom period (YYYY-MM-DD)")
    yearly.add_argument("--department", help="only this department (a manager's report)")
    yearly.add_argument("--format", required=True, choices=["pdf", "csv", "xlsx", "json"])
    yearly.add_argument("--lang", default="nl", choices=["nl", "en"], help="PDF language")
    yearly.add_argument("--out", required=True, help="file to write")
    add(
        report,
        "related",
        cmd_report_related,
        "reports that name the same person, entity or organisation code (by keyed hashes)",
    ).add_argument("reference", help="reference (1700-YYYY-NNNNNN) or id")
    attach = add(report, "attach", cmd_report_attach, "attach files to a report")
    attach.add_argument("reference", help="reference (1700-YYYY-NNNNNN) or id")
    attach.add_argument("files", nargs="+", help="pdf, png, jpg, txt, eml, docx, xlsx, odt")
    add(
        report,
        "phone-requests",
        cmd_report_phone_requests,
        "list information requests to put to reporters by phone",
    )
    answer = add(report, "answer", cmd_report_answer, "log an answer a reporter gave by phone")
    answer.add_argument("message_id", help="the request's id (see phone-requests)")
    given = answer.add_mutually_exclusive_group(required=True)
    given.add_argument("--text", help="the answer")
    given.add_argument("--file", help="file with the answer ('-' for stdin)")

    keys = commands.add_parser("keys", help="the service's keys").add_subparsers(
        dest="sub", required=True, metavar="ACTION"
    )
    new_key = keys.add_parser(
        "new-notes-key",
        help="print a new key for confidential notes at rest",
        description=f"Print a new key for confidential notes ({ENV_NOTES_KEY}). Changing the "
        "key of a service that has notes makes them unreadable.",
    )
    new_key.set_defaults(func=None, keyless=cmd_new_notes_key, command_name="new-notes-key")
    match_key = keys.add_parser(
        "new-match-key",
        help="print a new key for the hashes that find related cases",
        description=f"Print a new key for related cases' name hashes ({ENV_MATCH_KEY}). A "
        "changed key re-hashes every kept case when the service starts.",
    )
    match_key.set_defaults(func=None, keyless=cmd_new_match_key, command_name="new-match-key")
    add_key_commands(keys, add)

    trail = commands.add_parser("audit", help="the audit trail").add_subparsers(
        dest="sub", required=True, metavar="ACTION"
    )
    add(
        trail,
        "verify",
        cmd_audit_verify,
        "check the audit trail's hash chain; names the first broken link (exit 1)",
    )

    keep = commands.add_parser("retention", help="the retention period").add_subparsers(
        dest="sub", required=True, metavar="ACTION"
    )
    purge = add(
        keep,
        "purge",
        cmd_retention_purge,
        "remove the personal content of cases closed longer ago than the retention period, "
        "keeping their statistics",
    )
    purge.add_argument(
        "--older-than-years",
        type=int,
        help=f"retention period in years (env {ENV_RETENTION_YEARS}; default 5)",
    )
    purge.add_argument(
        "--dry-run", action="store_true", help="list what would be purged, change nothing"
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.command == "serve" else logging.WARNING)
    keyless: Callable[[argparse.Namespace], int] | None = getattr(args, "keyless", None)
    if keyless is not None:  # needs no database
        return keyless(args)
    if args.command == "serve" or getattr(args, "needs_notes_key", False):
        try:
            args.notes_key = notes_key()  # a clear refusal before touching the database
        except CliError as error:
            print(f"error: {error}", file=sys.stderr)
            return 1
    _ensure_sqlite_folder(args.database_url)
    try:
        db = Database.from_url(args.database_url)
    except Exception as error:  # a malformed URL or a missing driver
        shown = make_url(args.database_url).render_as_string(hide_password=True)
        print(f"error: cannot use database {shown!r}: {error}", file=sys.stderr)
        return 1
    try:
        if not getattr(args, "migrates_itself", False):
            upgrade_engine(db.engine)
        func: Command = args.func
        return func(args, db)
    except (ServiceError, CliError, SchemaTooNewError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except Exception as error:
        if type(error).__module__.startswith("sqlalchemy"):
            print(f"error: database problem: {error.__class__.__name__}: {error}", file=sys.stderr)
            return 1
        raise
    finally:
        db.dispose()


if __name__ == "__main__":
    sys.exit(main())
