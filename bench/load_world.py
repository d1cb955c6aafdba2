"""The service-load bench's world: a PostgreSQL database of its own, seeded fast in bulk
with departments, investigators, device tokens (one per simulated desktop), cases with
their feed rows, and registered reports waiting to be forwarded during the bench."""

from __future__ import annotations

import secrets
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import create_engine, insert, select, text, update
from sqlalchemy.engine import make_url

from investigator_app.domain.events import EventKind
from investigator_app.domain.vocabulary import Category, Channel, ReporterKind, Role, Status
from investigator_app.intake.accounts import create_department, create_user
from investigator_app.intake.actors import cli_actor
from investigator_app.intake.db import Database
from investigator_app.intake.migrate import upgrade
from investigator_app.intake.models import (
    Case,
    CaseEvent,
    Department,
    DeviceToken,
    FeedEntry,
    Reporter,
)
from investigator_app.intake.passwords import hash_password
from investigator_app.intake.reports import register_report
from investigator_app.intake.tokens import hash_token
from investigator_app.protocol import ReporterIn, ReportIn

INVESTIGATORS_PER_DEPARTMENT = 5
# (kind, from, to) of the events of each bulk case: it ends up investigating.
LIFE = [
    (EventKind.REGISTERED, None, Status.REGISTERED),
    (EventKind.FORWARDED, Status.REGISTERED, Status.FORWARDED),
    (EventKind.ACKNOWLEDGED, Status.FORWARDED, Status.ACKNOWLEDGED),
    (EventKind.ASSESSMENT_STARTED, Status.ACKNOWLEDGED, Status.ASSESSING),
    (EventKind.INVESTIGATION_STARTED, Status.ASSESSING, Status.INVESTIGATING),
]


@dataclass
class Desktop:
    """A simulated desktop: its device token and department (index into the codes)."""

    token: str
    department: int


@dataclass
class World:
    url: str
    codes: list[str]
    desktops: list[Desktop]
    operator_token: str
    cases: dict[int, list[str]]  # per department index: its case ids
    reports: list[str] = field(default_factory=list)  # registered, to forward later


@contextmanager
def own_database(admin_url: str) -> Iterator[str]:
    """A fresh database on the server of ``admin_url``, dropped afterwards."""
    name = f"service_load_{uuid.uuid4().hex[:10]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"'))
        yield make_url(admin_url).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def seed(url: str, departments: int, cases: int, desktops: int, reports: int) -> World:
    upgrade(url)
    db = Database.from_url(url)
    try:
        return _seed(db, url, departments, cases, desktops, reports)
    finally:
        db.dispose()


def _seed(
    db: Database, url: str, departments: int, cases: int, desktops: int, reports: int
) -> World:
    now = datetime.now(UTC)
    actor = cli_actor()
    password = hash_password(secrets.token_urlsafe(16))  # once: Argon2 is slow on purpose
    codes = [f"D{n:02d}" for n in range(departments)]
    with db.write() as session:
        ids = [
            create_department(session, actor, code, f"Bench department {code}", now).id
            for code in codes
        ]
        people = {
            index: [
                create_user(
                    session,
                    actor,
                    username=f"inv.{code.lower()}.{n}",
                    display_name=f"Investigator {n} {code}",
                    role=Role.INVESTIGATOR,
                    department_code=code,
                    password_hash=password,
                    now=now,
                ).id
                for n in range(INVESTIGATORS_PER_DEPARTMENT)
            ]
            for index, code in enumerate(codes)
        }
        operator = create_user(
            session,
            actor,
            username="desk.bench",
            display_name="1700 bench",
            role=Role.OPERATOR,
            department_code=None,
            password_hash=password,
            now=now,
        ).id
    world = World(url, codes, [], secrets.token_urlsafe(32), {i: [] for i in range(departments)})
    token_rows = [_token_row(operator, world.operator_token, now)]
    for n in range(desktops):
        department = n % departments
        token = secrets.token_urlsafe(32)
        world.desktops.append(Desktop(token, department))
        user = people[department][n // departments % INVESTIGATORS_PER_DEPARTMENT]
        token_rows.append(_token_row(user, token, now))
    with db.write() as session:
        session.execute(insert(DeviceToken), token_rows)
        _bulk_cases(session, ids, operator, cases, now, world.cases)
    with db.write() as session:
        for n in range(reports):
            world.reports.append(register_report(session, actor, _report(n, now), now).id)
    return world


def _token_row(user_id: str, token: str, now: datetime) -> dict[str, Any]:
    return {
        "id": str(uuid.uuid4()),
        "user_id": user_id,
        "token_hash": hash_token(token),
        "device_name": "bench desktop",
        "created_at": now,
        "last_used_at": now,
        "expires_at": now + timedelta(days=30),
    }


def _report(n: int, now: datetime) -> ReportIn:
    return ReportIn(
        channel=Channel.PHONE,
        category=Category.BRIBERY,
        received_at=now,
        summary=f"Forwarded during the bench ({n})",
        description="A report the bench forwards while long-polls wait.",
        involved_entity="Agentschap Benchmark",
        reporter=ReporterIn(kind=ReporterKind.CITIZEN, name="B. Enchmark", phone="+32470000000"),
    )


def _bulk_cases(
    session: Any,
    department_ids: list[int],
    operator: str,
    count: int,
    now: datetime,
    out: dict[int, list[str]],
) -> None:
    """``count`` investigating cases spread over the departments, 5 events each, with
    their feed rows and the departments' counters moved past them."""
    seqs = dict.fromkeys(department_ids, 0)
    reporters, cases, events, feed = [], [], [], []
    for n in range(count):
        index = n % len(department_ids)
        department = department_ids[index]
        received = now - timedelta(days=30, minutes=n)
        reporter_id, case_id = str(uuid.uuid4()), str(uuid.uuid4())
        out[index].append(case_id)
        reporters.append(
            {
                "id": reporter_id,
                "kind": ReporterKind.CITIZEN,
                "name": f"Reporter {n}",
                "organisation": "",
                "email": f"r{n}@example.org",
                "phone": "",
                "language": "nl",
            }
        )
        cases.append(
            {
                "id": case_id,
                "reference": f"1700-2019-{n + 1:06d}",
                "status": Status.INVESTIGATING,
                "outcome": None,
                "version": len(LIFE),
                "department_id": department,
                "channel": Channel.EMAIL,
                "category": list(Category)[n % len(Category)],
                "received_at": received,
                "registered_at": received,
                "forwarded_at": received + timedelta(hours=1),
                "acknowledged_at": received + timedelta(days=1),
                "closed_at": None,
                "updated_at": received + timedelta(days=3),
                "summary": f"Bulk report number {n}",
                "description": "Benchmark case. " * 20,
                "involved_entity": "Agentschap Benchmark",
                "involved_persons": ["A. Person"],
                "reporter_id": reporter_id,
                "assignee_id": None,
                "return_reason": None,
            }
        )
        for version, (kind, before, after) in enumerate(LIFE, start=1):
            events.append(
                {
                    "id": str(uuid.uuid4()),
                    "case_id": case_id,
                    "case_version": version,
                    "at": received + timedelta(hours=version),
                    "actor_id": operator,
                    "actor_department_id": None,
                    "kind": kind,
                    "from_status": before,
                    "to_status": after,
                    "outcome": None,
                    "reason": None,
                    "assignee_id": None,
                }
            )
        seqs[department] += 1
        feed.append(
            {
                "department_id": department,
                "case_id": case_id,
                "seq": seqs[department],
                "deleted": False,
            }
        )
    session.execute(insert(Reporter), reporters)
    session.execute(insert(Case), cases)
    session.execute(insert(CaseEvent), events)
    session.execute(insert(FeedEntry), feed)
    for department, seq in seqs.items():
        session.execute(update(Department).where(Department.id == department).values(feed_seq=seq))


def feed_positions(db: Database, codes: list[str]) -> list[int]:
    """Each department's newest feed position (index as in ``codes``)."""
    with db.read() as session:
        rows = dict(session.execute(select(Department.code, Department.feed_seq)).tuples().all())
    return [int(rows[code]) for code in codes]
