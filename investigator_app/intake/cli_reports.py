"""``investigator-intake report ...``: what the 1700 desk does from a shell (register, send,
list, attach, phone requests and answers). Reporter identity is never printed."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from pydantic import ValidationError

from investigator_app.accountability import formats
from investigator_app.domain.vocabulary import Status
from investigator_app.intake import reports
from investigator_app.intake.actors import cli_actor
from investigator_app.intake.blobs import AttachmentRefusedError, Upload
from investigator_app.intake.cases import department_by_code
from investigator_app.intake.cli_output import CliError, clip, table
from investigator_app.intake.cli_related import hash_registered, signal_sent
from investigator_app.intake.db import Database, utcnow
from investigator_app.intake.errors import describe_validation_errors
from investigator_app.intake.nul_guard import NUL, nul_in_json, refusal_message
from investigator_app.intake.operator_relay import (
    attach_to_report,
    list_phone_requests,
    log_phone_answer,
)
from investigator_app.intake.settings import RelayPolicy
from investigator_app.intake.yearly_api import MAX_YEAR, MIN_YEAR, choose_period
from investigator_app.intake.yearly_reads import yearly_report
from investigator_app.protocol import PhoneAnswerIn, ReportIn


def cmd_report_register(args: argparse.Namespace, db: Database) -> int:
    try:
        text = sys.stdin.read() if args.json == "-" else Path(args.json).read_text("utf-8")
    except OSError as error:
        raise CliError(f"Cannot read {args.json}: {error.strerror}.") from error
    places = nul_in_json(text.encode())
    if places:  # refused as the API refuses it (PostgreSQL cannot store a NUL)
        raise CliError(refusal_message(places))
    try:
        report = ReportIn.model_validate_json(text)
    except ValidationError as error:
        _code, message = describe_validation_errors(error.errors())
        raise CliError(message) from error
    with db.write() as session:
        now = utcnow()
        case = reports.register_report(session, cli_actor(), report, now)
        hash_registered(session, case, now)
        print(f"Registered {case.reference} (id {case.id}).")
    return 0


def cmd_report_send(args: argparse.Namespace, db: Database) -> int:
    send = reports.forward_report if args.command_name == "forward" else reports.reroute_report
    with db.write() as session:
        case = send(
            session, cli_actor(), args.reference, args.department.upper(), args.note, utcnow()
        )
        print(f"{case.reference} is forwarded to {args.department.upper()}.")
        case_id = case.id
    elsewhere = signal_sent(db, case_id)
    if elsewhere:
        print("Related reports at other departments: " + ", ".join(elsewhere) + ".")
    return 0


def cmd_report_list(args: argparse.Namespace, db: Database) -> int:
    with db.read() as session:
        rows = reports.list_reports(
            session,
            status=Status(args.status) if args.status else None,
            department_code=args.department,
            limit=args.limit,
        )
    table(
        ["reference", "status", "department", "received", "category", "summary", "returned"],
        [
            [
                r.reference,
                r.status,
                r.department or "-",
                f"{r.received_at:%Y-%m-%d}",
                r.category,
                clip(r.summary, 50),
                clip(r.return_reason or "", 40),
            ]
            for r in rows
        ],
    )
    return 0


def cmd_report_stats(_args: argparse.Namespace, db: Database) -> int:
    with db.read() as session:
        rows = reports.statistics(session)
    table(
        ["year", "department", "category", "status", "outcome", "cases"],
        [[str(cell) for cell in row] for row in rows],
    )
    return 0


def cmd_report_yearly(args: argparse.Namespace, db: Database) -> int:
    try:
        start = date.fromisoformat(args.start) if args.start else None
        end = date.fromisoformat(args.end) if args.end else None
    except ValueError as error:
        raise CliError("--from and --to are dates: YYYY-MM-DD.") from error
    if args.year is not None and not MIN_YEAR <= args.year <= MAX_YEAR:
        raise CliError(f"--year lies between {MIN_YEAR} and {MAX_YEAR}.")
    period = choose_period(args.year, start, end)
    only: set[str] | None = None
    with db.read() as session:
        if args.department:
            code = args.department.strip().upper()
            if department_by_code(session, code) is None:
                raise CliError(f"There is no department {code!r}.")
            only = {code}
        report = yearly_report(session, period, utcnow(), only)
    data = formats.render(report, args.format, args.lang)
    try:
        Path(args.out).write_bytes(data)
    except OSError as error:
        raise CliError(f"Cannot write {args.out}: {error.strerror}.") from error
    print(f"Yearly report {period.label()} ({args.format}, {len(data)} bytes) in {args.out}.")
    return 0


def cmd_report_attach(args: argparse.Namespace, db: Database) -> int:
    uploads: list[Upload] = []
    for name in args.files:
        path = Path(name)
        try:
            uploads.append(Upload(name=path.name, data=path.read_bytes()))
        except OSError as error:
            raise CliError(f"Cannot read {name}: {error.strerror}.") from error
    try:
        with db.write() as session:
            added = attach_to_report(
                session, cli_actor(), args.reference, uploads, RelayPolicy(), utcnow()
            )
    except AttachmentRefusedError as refusal:
        raise CliError(refusal.english()) from refusal
    for file in added:
        print(f"Attached {file.name} ({file.size} bytes, sha256 {file.sha256}).")
    return 0


def cmd_report_phone_requests(_args: argparse.Namespace, db: Database) -> int:
    with db.read() as session:
        rows = list_phone_requests(session)
    for row in rows:
        # The desk reads the question out; the reporter's identity stays off the screen
        # (the CRM and the operator API have it).
        print(f"{row.message_id}  {row.reference}  {row.department}")
        print(f"  answer by {row.answer_due or '-'}; reason: {row.delivery_error or '-'}")
        print(f"  reporter's language: {row.reporter_language} (contact data: in the CRM)")
        print("  question: " + row.question.replace("\n", "\n            "))
    if not rows:
        print("(none)")
    return 0


def cmd_report_answer(args: argparse.Namespace, db: Database) -> int:
    if args.text is not None:
        text = args.text
    else:
        try:
            text = sys.stdin.read() if args.file == "-" else Path(args.file).read_text("utf-8")
        except OSError as error:
            raise CliError(f"Cannot read {args.file}: {error.strerror}.") from error
    if NUL in text:
        raise CliError(refusal_message(["answer"]))
    try:
        answer = PhoneAnswerIn(answer=text)
    except ValidationError as error:
        _code, message = describe_validation_errors(error.errors())
        raise CliError(message) from error
    with db.write() as session:
        message_row = log_phone_answer(
            session, cli_actor(), args.message_id, answer.answer, utcnow()
        )
        print(f"Answer logged for request {message_row.id}.")
    return 0
