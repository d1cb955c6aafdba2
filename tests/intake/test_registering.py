"""The 1700 desk registers reports: identified reporters only, bounded input, unique
references, text kept literally."""

from __future__ import annotations

import re
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta

import pytest
from sqlalchemy import select

from investigator_app.domain.reference import parse_reference
from investigator_app.intake.actors import cli_actor
from investigator_app.intake.db import Database, utcnow
from investigator_app.intake.models import AuditEvent, Reporter
from investigator_app.intake.reports import register_report
from investigator_app.protocol import ReportIn

from .conftest import World, report_body


def test_registered_report_gets_a_reference_and_status(world: World) -> None:
    created = world.register()
    assert created["status"] == "registered"
    year, number = parse_reference(created["reference"])
    assert year == utcnow().year and number == 1
    listed = world.get("operator", "/intake/reports").json()
    assert [r["reference"] for r in listed] == [created["reference"]]
    assert listed[0]["department"] is None


def test_report_without_reporter_is_refused_as_anonymous(world: World) -> None:
    response = world.post("operator", "/intake/reports", report_body(reporter=None))
    assert response.status_code == 422
    detail = response.json()["detail"]
    assert detail["code"] == "anonymous_report"
    assert "anonymous reports are not handled" in detail["message"].lower()
    assert world.get("operator", "/intake/reports").json() == []


# Refused before the database is touched: one database is enough.
@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_unidentifiable_reporters_are_refused(world: World) -> None:
    no_name = {"kind": "citizen", "name": "", "email": "x@example.org"}
    no_contact = {"kind": "business", "organisation": "Bouwbedrijf Dekkers"}
    for reporter in (no_name, no_contact):
        response = world.post("operator", "/intake/reports", report_body(reporter=reporter))
        assert response.status_code == 422
        assert response.json()["detail"]["code"] == "anonymous_report"
    # An association may be known by its name alone, with a way to reach it.
    association = {"kind": "association", "organisation": "Buurtcomité", "phone": "03 123 45 67"}
    response = world.post("operator", "/intake/reports", report_body(reporter=association))
    assert response.status_code == 201


# Refused before the database is touched: one database is enough.
@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_malformed_and_oversized_input_is_refused_without_echo(world: World) -> None:
    cases = [
        report_body(category="gossip"),
        report_body(summary="x" * 501),
        report_body(description=""),
        report_body(received_at="2026-01-01T10:00:00"),  # no time zone
        report_body(received_at=(utcnow() + timedelta(days=2)).isoformat()),  # future
        report_body(involved_persons=["p"] * 51),
        {**report_body(), "unexpected": 1},
        report_body(reporter={"kind": "citizen", "name": "Secret Name", "email": "no-at-sign"}),
    ]
    for body in cases:
        response = world.post("operator", "/intake/reports", body)
        assert response.status_code == 422, body
        detail = response.json()["detail"]
        assert detail["code"] == "invalid_request"
        assert "Secret Name" not in detail["message"] and "no-at-sign" not in detail["message"]
    response = world.http.post(
        "/intake/reports",
        content=b"{not json",
        headers={**world.auth("operator"), "content-type": "application/json"},
    )
    assert response.status_code == 422
    huge = report_body(description="x" * (5 * 1024 * 1024))
    response = world.post("operator", "/intake/reports", huge)
    assert response.status_code == 413
    assert response.json()["detail"]["code"] == "request_too_large"
    assert world.get("operator", "/intake/reports").json() == []


def test_markup_stays_literal_up_to_the_department(world: World) -> None:
    summary = "<b>Vet</b> & <script>alert('x')</script>"
    description = "<a href='javascript:x'>klik</a>\n<i>cursief</i> &amp;"
    case_id = world.forwarded_case(summary=summary, description=description)
    case = world.case(case_id)
    assert case["summary"] == summary
    assert case["description"] == description
    listed = world.get("operator", "/intake/reports").json()
    assert listed[0]["summary"] == summary


def test_reporter_identity_stays_on_the_service(world: World) -> None:
    case_id = world.forwarded_case()
    raw = world.get("an", "/changes").text
    assert case_id in raw
    for secret in ("Marleen", "Goossens", "marleen@example.org", "0470 11 22 33"):
        assert secret not in raw
        assert secret not in world.get("operator", "/intake/reports").text
    with world.service.database.read() as session:
        reporter = session.scalars(select(Reporter)).one()
        assert reporter.name == "Marleen Goossens"
        details = [str(e.detail) for e in session.scalars(select(AuditEvent))]
        assert not any("Marleen" in d or "vergunning" in d for d in details)


def test_references_are_unique_under_concurrency(database_url: str, world: World) -> None:
    database = Database.from_url(database_url)
    report = ReportIn.model_validate(report_body())

    def register(_: int) -> str:
        with database.write() as session:
            return register_report(session, cli_actor(), report, utcnow()).reference

    try:
        with ThreadPoolExecutor(max_workers=8) as pool:
            references = list(pool.map(register, range(40)))
    finally:
        database.dispose()
    assert all(re.fullmatch(r"1700-\d{4}-\d{6}", ref) for ref in references)
    assert sorted(parse_reference(ref)[1] for ref in references) == list(range(1, 41))
