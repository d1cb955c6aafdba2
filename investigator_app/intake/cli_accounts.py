"""``investigator-intake department|user|device ...``: departments, accounts and device
tokens."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from sqlalchemy import select

from investigator_app.domain.vocabulary import Role
from investigator_app.intake import accounts, tokens
from investigator_app.intake.actors import cli_actor
from investigator_app.intake.cli_output import CliError, table
from investigator_app.intake.db import Database, utcnow
from investigator_app.intake.department_settings import set_interview_notice, set_max_piece_mb
from investigator_app.intake.models import Department
from investigator_app.intake.oidc_accounts import link_account
from investigator_app.intake.second_factor import reset_second_factor, set_require_second_factor
from investigator_app.intake.uploads import MIB


def cmd_department_create(args: argparse.Namespace, db: Database) -> int:
    with db.write() as session:
        department = accounts.create_department(
            session,
            cli_actor(),
            args.code,
            args.name,
            utcnow(),
            ack_days=args.ack_days,
            feedback_months=args.feedback_months,
            policy_domain=args.policy_domain,
        )
        print(f"Created department {department.code} ({department.name}).")
    return 0


def cmd_department_edit(args: argparse.Namespace, db: Database) -> int:
    notice_file = getattr(args, "interview_notice_file", None)
    max_piece_mb = getattr(args, "max_piece_mb", None)
    second_factor: bool | None = getattr(args, "require_second_factor", None)
    if (
        args.policy_domain is None
        and notice_file is None
        and max_piece_mb is None
        and second_factor is None
    ):
        raise CliError(
            "Say what to change: --policy-domain, --max-piece-mb, --interview-notice-file "
            "or --(no-)require-second-factor."
        )
    notice = None if notice_file is None else _read_notice(notice_file)
    with db.write() as session:
        now = utcnow()
        if args.policy_domain is not None:
            department = accounts.set_policy_domain(
                session, cli_actor(), args.code, args.policy_domain, now
            )
            shown = department.policy_domain or "(none)"
            print(f"Department {department.code}: policy domain {shown}.")
        if max_piece_mb is not None:
            department = set_max_piece_mb(session, cli_actor(), args.code, max_piece_mb, now)
            limit = department.max_piece_bytes
            shown = f"{limit // MIB} MB" if limit else "the service's default"
            print(f"Department {department.code}: evidence limit {shown}.")
        if notice is not None:
            department = set_interview_notice(session, cli_actor(), args.code, notice, now)
            chars = len(department.interview_notice)
            shown = f"{chars} characters" if chars else "(none)"
            print(f"Department {department.code}: interview notice {shown}.")
        if second_factor is not None:
            department, revoked = set_require_second_factor(
                session, cli_actor(), args.code, second_factor, now
            )
            if second_factor:
                print(
                    f"Department {department.code}: a second factor is required; "
                    f"{revoked} device(s) of members without one signed out."
                )
            else:
                print(f"Department {department.code}: a second factor is not required.")
    return 0


def _read_notice(path: Path) -> str:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise CliError(
            f"Cannot read the interview notice from {path} ({type(error).__name__}); "
            "give a UTF-8 text file."
        ) from error
    if "\x00" in text:
        raise CliError("The interview notice may not contain the NUL character.")
    return text


def cmd_department_list(_args: argparse.Namespace, db: Database) -> int:
    with db.read() as session:
        rows = session.scalars(select(Department).order_by(Department.code)).all()
        table(
            [
                "code",
                "name",
                "ack days",
                "feedback months",
                "policy domain",
                "piece limit",
                "interview notice",
                "second factor",
            ],
            [
                [
                    d.code,
                    d.name,
                    str(d.ack_days),
                    str(d.feedback_months),
                    d.policy_domain or "-",
                    f"{d.max_piece_bytes // MIB} MB" if d.max_piece_bytes else "default",
                    "yes" if d.interview_notice else "-",
                    "required" if d.require_second_factor else "-",
                ]
                for d in rows
            ],
        )
    return 0


def _read_password(args: argparse.Namespace) -> str:
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = getpass.getpass("Password: ")
        if getpass.getpass("Password again: ") != password:
            raise CliError("The passwords differ.")
    if not password:
        raise CliError("The password is empty.")
    return password


def cmd_user_create(args: argparse.Namespace, db: Database) -> int:
    password = _read_password(args)
    with db.write() as session:
        user = accounts.create_user(
            session,
            cli_actor(),
            username=args.username,
            display_name=args.name,
            role=Role(args.role),
            department_code=args.department,
            password=password,
            now=utcnow(),
        )
        print(f"Created {user.role} account {user.username} (id {user.id}).")
    return 0


def cmd_user_reset_password(args: argparse.Namespace, db: Database) -> int:
    password = _read_password(args)
    with db.write() as session:
        user = accounts.reset_password(session, cli_actor(), args.username, password, utcnow())
        print(f"New password set for {user.username}.")
    return 0


def cmd_user_reset_second_factor(args: argparse.Namespace, db: Database) -> int:
    with db.write() as session:
        had = reset_second_factor(session, cli_actor(), args.username, utcnow())
    if had:
        print(f"The second factor of {args.username} is removed; its devices are signed out.")
    else:
        print(f"{args.username} had no second factor; its devices are signed out.")
    return 0


def cmd_user_set_active(args: argparse.Namespace, db: Database) -> int:
    active = args.command_name == "enable"
    with db.write() as session:
        user = accounts.set_active(session, cli_actor(), args.username, active, utcnow())
        print(f"Account {user.username} is {'enabled' if active else 'disabled'}.")
    return 0


def cmd_user_list(_args: argparse.Namespace, db: Database) -> int:
    with db.read() as session:
        rows = accounts.list_users(session)
        table(
            ["username", "name", "role", "department", "active", "id"],
            [
                [u.username, u.display_name, u.role, code or "-", "yes" if u.active else "no", u.id]
                for u, code in rows
            ],
        )
    return 0


def cmd_device_list(args: argparse.Namespace, db: Database) -> int:
    now = utcnow()
    with db.read() as session:
        rows = tokens.list_devices(session, args.user)
        table(
            [
                "id",
                "user",
                "device",
                "signed in with",
                "created",
                "last used",
                "provider confirmed",
                "state",
            ],
            [
                [
                    d.id,
                    username,
                    d.device_name or "-",
                    d.sign_in_method + (" (set-up only)" if d.enrolment_only else ""),
                    f"{d.created_at:%Y-%m-%d %H:%M}",
                    f"{d.last_used_at:%Y-%m-%d %H:%M}" if d.last_used_at else "-",
                    # When the identity provider last confirmed the user (oidc tokens).
                    f"{d.provider_checked_at:%Y-%m-%d %H:%M}" if d.provider_checked_at else "-",
                    "revoked" if d.revoked_at else ("expired" if d.expires_at <= now else "active"),
                ]
                for d, username in rows
            ],
        )
    return 0


def cmd_user_link_oidc(args: argparse.Namespace, db: Database) -> int:
    issuer = args.issuer or os.environ.get("INTAKE_OIDC_ISSUER", "").strip()
    if not issuer:
        raise CliError("Give --issuer or set INTAKE_OIDC_ISSUER (the identity provider).")
    with db.write() as session:
        user = link_account(session, cli_actor(), args.username, issuer, args.subject, utcnow())
        print(
            f"Account {user.username} now signs in with the organisation's account only "
            "(its password and devices are revoked)."
        )
    return 0


def cmd_device_revoke(args: argparse.Namespace, db: Database) -> int:
    with db.write() as session:
        if not tokens.revoke_token(session, cli_actor(), args.id, utcnow(), "device.revoke"):
            raise CliError(f"No active device token with id {args.id}.")
    print(f"Device token {args.id} is revoked.")
    return 0
