"""The yearly report on the service: a year of generated cases with known answers gives
exactly those numbers in JSON, CSV, XLSX and PDF; who may read it; a manager's report holds
only their department; the retention purge changes none of its numbers."""

from __future__ import annotations

import csv
import io
import re
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from investigator_app.accountability import formats
from investigator_app.accountability.yearly import Metric, Period, TableKey, figures
from investigator_app.domain.events import EventKind
from investigator_app.domain.investigation import ClosingGround, Conclusion
from investigator_app.domain.vocabulary import Category, Channel, Outcome, Role, Status
from investigator_app.intake import retention
from investigator_app.intake.accounts import create_department, create_user, set_policy_domain
from investigator_app.intake.actors import cli_actor
from investigator_app.intake.cli import main
from investigator_app.intake.db import utcnow
from investigator_app.intake.errors import ServiceError
from investigator_app.intake.tokens import issue_token
from investigator_app.intake.yearly_reads import read_departments, read_facts, yearly_report
from investigator_app.protocol import API_PREFIX
from tests.intake.conftest import World, op
from tests.support.yearly_cases import Spec, forwarded, insert_cases

NOW = datetime(2026, 12, 5, 12, tzinfo=UTC)  # the report's "now" (deadlines still open)
YEAR = 2026
F, R, B = EventKind.FORWARDED, EventKind.REROUTED, EventKind.RETURNED
C = Conclusion


def at(month: int, day: int, year: int = YEAR, hour: int = 10) -> datetime:
    return datetime(year, month, day, hour, tzinfo=UTC)


SPECS = [
    # ABB, received and closed in 2026: investigated, founded (a finding changed once)
    Spec(
        at(2, 10), Status.CLOSED, "ABB", Category.BRIBERY, Channel.EMAIL, forwarded("ABB"),
        acknowledged_at=at(2, 12), closed_at=at(3, 12), feedback_sent_at=at(3, 1),
        outcome=Outcome.FOUNDED,
        allegations=(("ABB", (C.UNFOUNDED, C.FOUNDED), False), ("ABB", (C.UNFOUNDED,), False),
                     ("ABB", (), True)),
    ),
    # ABB: acknowledged late, closed without investigation (facts too old)
    Spec(
        at(4, 1), Status.CLOSED, "ABB", Category.BRIBERY, Channel.PHONE, forwarded("ABB"),
        acknowledged_at=at(4, 20), closed_at=at(5, 1), outcome=Outcome.INADMISSIBLE,
        ground=ClosingGround.FACTS_TOO_OLD,
    ),
    # ABB: still investigating, never acknowledged
    Spec(at(6, 1), Status.INVESTIGATING, "ABB", Category.CONFLICT_OF_INTEREST,
         events=forwarded("ABB")),
    # ABB returned it to 1700
    Spec(at(1, 5), Status.RETURNED, "ABB", Category.OTHER, events=((F, "ABB"), (B, "ABB"))),
    # received in 2025, closed by ABB in 2026: partly founded
    Spec(
        at(12, 20, 2025), Status.CLOSED, "ABB", Category.ABUSE_OF_POWERS, Channel.PHONE,
        forwarded("ABB"), acknowledged_at=at(12, 22, 2025), closed_at=at(1, 19),
        outcome=Outcome.PARTLY_FOUNDED,
        allegations=(("ABB", (C.PARTLY_FOUNDED,), False), ("ABB", (C.NOT_DETERMINABLE,), False)),
    ),
    # forwarded to ABB, returned, re-routed to OMG, investigated by OMG: unfounded
    Spec(
        at(3, 3), Status.CLOSED, "OMG", Category.BRIBERY, Channel.PHONE,
        ((F, "ABB"), (B, "ABB"), (R, "OMG")),
        acknowledged_at=at(3, 20), closed_at=at(10, 1), outcome=Outcome.UNFOUNDED,
        allegations=(("ABB", (C.FOUNDED,), False), ("OMG", (C.UNFOUNDED,), False)),
    ),
    # OMG: manifestly unfounded, closed in 10 days
    Spec(
        at(7, 7), Status.CLOSED, "OMG", Category.THEFT_OF_RESOURCES, Channel.EMAIL,
        forwarded("OMG"), acknowledged_at=at(7, 8), closed_at=at(7, 17),
        outcome=Outcome.UNFOUNDED, ground=ClosingGround.MANIFESTLY_UNFOUNDED,
    ),
    # still at the 1700 desk
    Spec(at(11, 30), Status.REGISTERED, None, Category.OTHER, Channel.CHAT),
    # VMM (same policy domain as OMG): acknowledged, feedback overdue
    Spec(at(5, 5), Status.ACKNOWLEDGED, "VMM", Category.BRIBERY, events=forwarded("VMM"),
         acknowledged_at=at(5, 6)),
    # 2025, the previous year
    Spec(
        at(5, 5, 2025), Status.CLOSED, "ABB", Category.BRIBERY, Channel.PHONE, forwarded("ABB"),
        acknowledged_at=at(5, 6, 2025), closed_at=at(6, 4, 2025),
        feedback_sent_at=at(6, 1, 2025), outcome=Outcome.FOUNDED,
        allegations=(("ABB", (C.FOUNDED,), False),),
    ),
    Spec(
        at(8, 8, 2025), Status.CLOSED, "OMG", Category.OTHER, Channel.PHONE, forwarded("OMG"),
        closed_at=at(8, 18, 2025), outcome=Outcome.INADMISSIBLE,
        ground=ClosingGround.NO_INTEGRITY_VIOLATION,
    ),
    # 2024: outside both periods
    Spec(at(3, 3, 2024), Status.CLOSED, "ABB", events=forwarded("ABB"), closed_at=at(4, 3, 2024),
         outcome=Outcome.FOUNDED),
]  # fmt: skip

# (scope, metric) -> (2026, 2025)
OVERVIEW: dict[tuple[str, str], tuple[Any, Any]] = {
    ("all", "received"): (8, 3),
    ("all", "forwarded"): (7, 3),
    ("all", "rerouted"): (1, 0),
    ("all", "returned_to_1700"): (2, 0),
    ("all", "still_open"): (2, 0),
    ("all", "acknowledgement_met"): (3, 2),
    ("all", "acknowledgement_missed"): (3, 1),
    ("all", "feedback_met"): (3, 3),
    ("all", "feedback_missed"): (3, 0),
    ("all", "closed"): (5, 2),
    ("all", "closed_without_investigation"): (2, 1),
    ("all", "investigated"): (3, 1),
    ("all", "handling_days_median"): (30.0, 20.0),
    ("all", "handling_days_p90"): (212.0, 30.0),
    ("department:ABB", "received"): (5, 2),
    ("department:ABB", "forwarded"): (5, 2),
    ("department:ABB", "rerouted"): (0, 0),
    ("department:ABB", "returned_to_1700"): (2, 0),
    ("department:ABB", "still_open"): (1, 0),
    ("department:ABB", "acknowledgement_met"): (1, 2),
    ("department:ABB", "acknowledgement_missed"): (2, 0),
    ("department:ABB", "feedback_met"): (2, 2),
    ("department:ABB", "feedback_missed"): (1, 0),
    ("department:ABB", "closed"): (3, 1),
    ("department:ABB", "closed_without_investigation"): (1, 0),
    ("department:ABB", "investigated"): (2, 1),
    ("department:ABB", "handling_days_median"): (30.0, 30.0),
    ("department:ABB", "handling_days_p90"): (30.0, 30.0),
    ("department:OMG", "received"): (2, 1),
    ("department:OMG", "forwarded"): (1, 1),
    ("department:OMG", "rerouted"): (1, 0),
    ("department:OMG", "returned_to_1700"): (0, 0),
    ("department:OMG", "acknowledgement_met"): (1, 0),
    ("department:OMG", "acknowledgement_missed"): (1, 1),
    ("department:OMG", "feedback_met"): (1, 1),
    ("department:OMG", "feedback_missed"): (1, 0),
    ("department:OMG", "closed"): (2, 1),
    ("department:OMG", "closed_without_investigation"): (1, 1),
    ("department:OMG", "handling_days_median"): (111.0, 10.0),
    ("department:OMG", "handling_days_p90"): (212.0, 10.0),
    ("domain:Omgeving", "received"): (3, 1),
    ("domain:Omgeving", "still_open"): (1, 0),
    ("domain:Omgeving", "acknowledgement_met"): (2, 0),
    ("domain:Omgeving", "feedback_missed"): (2, 0),
    ("domain:Kanselarij en Bestuur", "received"): (5, 2),
}
GROUPED: dict[tuple[TableKey, str, str, str], tuple[int, int]] = {
    (TableKey.GROUNDS, "all", "facts_too_old", "closed_without_investigation"): (1, 0),
    (TableKey.GROUNDS, "all", "manifestly_unfounded", "closed_without_investigation"): (1, 0),
    (TableKey.GROUNDS, "all", "no_integrity_violation", "closed_without_investigation"): (0, 1),
    (TableKey.OUTCOMES, "all", "founded", "closed"): (1, 1),
    (TableKey.OUTCOMES, "all", "partly_founded", "closed"): (1, 0),
    (TableKey.OUTCOMES, "all", "unfounded", "closed"): (2, 0),
    (TableKey.OUTCOMES, "all", "inadmissible", "closed"): (1, 1),
    (TableKey.OUTCOMES, "all", "not_determinable", "closed"): (0, 0),
    (TableKey.CONCLUSIONS, "all", "founded", "allegations"): (1, 1),
    (TableKey.CONCLUSIONS, "all", "partly_founded", "allegations"): (1, 0),
    (TableKey.CONCLUSIONS, "all", "unfounded", "allegations"): (2, 0),
    (TableKey.CONCLUSIONS, "all", "not_determinable", "allegations"): (1, 0),
    (TableKey.CONCLUSIONS, "all", "withdrawn", "allegations"): (1, 0),
    (TableKey.CONCLUSIONS, "all", "no_finding", "allegations"): (0, 0),
    (TableKey.CONCLUSIONS, "department:OMG", "unfounded", "allegations"): (1, 0),
    (TableKey.CONCLUSIONS, "department:OMG", "founded", "allegations"): (0, 0),
    (TableKey.CATEGORIES, "all", "bribery", "received"): (4, 1),
    (TableKey.CATEGORIES, "all", "bribery", "closed"): (3, 1),
    (TableKey.CATEGORIES, "all", "abuse_of_powers", "closed"): (1, 0),
    (TableKey.CATEGORIES, "all", "other", "received"): (2, 1),
    (TableKey.CHANNELS, "all", "email", "received"): (2, 0),
    (TableKey.CHANNELS, "all", "chat", "received"): (1, 0),
    (TableKey.CHANNELS, "all", "phone", "closed"): (3, 2),
}


@pytest.fixture
def year(world: World) -> World:
    """The world's ABB and OMG plus VMM, with policy domains, a coordinator and the cases."""
    now = utcnow()
    with world.service.session() as session:
        create_department(
            session, cli_actor(), "VMM", "Vlaamse Milieumaatschappij", now, policy_domain="Omgeving"
        )
        set_policy_domain(session, cli_actor(), "ABB", "Kanselarij en Bestuur", now)
        set_policy_domain(session, cli_actor(), "OMG", "Omgeving", now)
        user = create_user(
            session,
            cli_actor(),
            username="ida.coordinator",
            display_name="Ida Integriteit",
            role=Role.COORDINATOR,
            department_code=None,
            password_hash="x",
            now=now,
        )
        world.ids["coordinator"] = user.id
        world.tokens["coordinator"], _row = issue_token(
            session, user, "test", now, timedelta(days=1)
        )
        insert_cases(session, SPECS, world.ids["an"])
    return world


def report_json(world: World, who: str = "coordinator") -> dict[str, Any]:
    with world.service.database.read() as session:
        only = None if who == "coordinator" else {"ABB"}
        report = yearly_report(session, Period.year(YEAR), NOW, only)
    return formats.to_json(report)


def cells(tables: list[dict[str, Any]]) -> dict[tuple[str, str, str, str], tuple[Any, Any]]:
    return {
        (table["table"], scope, group, metric): (current, previous)
        for table in tables
        for scope, group, metric, current, previous in table["rows"]
    }


def check_numbers(found: dict[tuple[str, str, str, str], tuple[Any, Any]]) -> None:
    for (scope, metric), expected in OVERVIEW.items():
        assert found[("overview", scope, "", metric)] == expected, (scope, metric)
    for (table, scope, group, metric), expected in GROUPED.items():
        assert found[(table.value, scope, group, metric)] == expected, (table, scope, group)


def test_known_cases_give_known_numbers_in_every_format(year: World) -> None:
    document = report_json(year)
    assert document["period"] == {"from": "2026-01-01", "to": "2026-12-31"}
    assert document["previous_period"] == {"from": "2025-01-01", "to": "2025-12-31"}
    assert document["scopes"] == [
        "all",
        "domain:Kanselarij en Bestuur",
        "domain:Omgeving",
        "department:ABB",
        "department:OMG",
        "department:VMM",
    ]
    check_numbers(cells(document["tables"]))
    # CSV: one file, a table column; read back, the same numbers.
    with year.service.database.read() as session:
        report = yearly_report(session, Period.year(YEAR), NOW)
    rows = list(csv.DictReader(io.StringIO(formats.to_csv(report).decode("utf-8"))))
    assert list(rows[0]) == list(formats.COLUMNS)
    check_numbers(
        {
            (r["table"], r["scope"], r["group"], r["metric"]): (
                _num(r["current"]),
                _num(r["previous"]),
            )
            for r in rows
        }
    )
    # XLSX: one sheet per table.
    book = load_workbook(io.BytesIO(formats.to_xlsx(report)), read_only=True)
    assert book.sheetnames == [key.value for key in TableKey]
    from_sheets = {}
    for name in book.sheetnames:
        values = list(book[name].iter_rows(values_only=True))
        assert list(values[0]) == list(formats.COLUMNS[1:])
        for row in values[1:]:
            # read-only sheets drop empty cells at a row's end (a median of no case)
            scope, group, metric, current, previous = (*row, None, None)[:5]
            from_sheets[(name, scope, group or "", metric)] = (current, previous)
    check_numbers(from_sheets)
    # PDF: the overview's lines of each scope read back with their numbers.
    text = pdf_text(formats.to_pdf(report))
    assert "Jaarverslag integriteitsmeldingen 2026" in text
    for (scope, metric), (current, previous) in OVERVIEW.items():
        line = f"{formats.metric_label(metric)} {_shown(current)} {_shown(previous)}"
        section = pdf_section(text, formats.scope_label(scope, report))
        assert line in section, (scope, line)
    english = pdf_text(formats.to_pdf(report, "en"))
    assert "Yearly report on integrity reports 2026" in english
    assert "received 8 3" in english


def _num(text: str) -> Any:
    if text == "":
        return None
    return float(text) if "." in text else int(text)


def _shown(value: Any) -> str:
    return f"{value:.1f}".replace(".", ",") if isinstance(value, float) else str(value)


def pdf_text(data: bytes) -> str:
    pages = PdfReader(io.BytesIO(data)).pages
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in pages))


def pdf_section(text: str, title: str) -> str:
    """The text from a scope's heading to the next overview table's end."""
    start = text.index(f" {title} ")
    end = text.find("Afgerond zonder onderzoek, per grond", start)
    return text[start:end]


def test_the_api_answers_every_format_with_the_same_numbers(year: World) -> None:
    answer = year.get("coordinator", "/reports/yearly", params={"year": YEAR})
    assert answer.status_code == 200, answer.text
    assert answer.headers["cache-control"] == "no-store"
    # The service's "now" is today, not NOW: compare only what no open deadline moves.
    found = cells(answer.json()["tables"])
    assert found[("overview", "all", "", "received")] == (8, 3)
    assert found[("overview", "department:OMG", "", "handling_days_median")] == (111.0, 10.0)
    for kind in ("csv", "xlsx", "pdf"):
        got = year.get("coordinator", "/reports/yearly", params={"year": YEAR, "format": kind})
        assert got.status_code == 200, kind
        assert got.headers["content-type"].startswith(formats.MEDIA_TYPES[kind].split(";")[0])
        assert f"jaarverslag-{YEAR}.{kind}" in got.headers["content-disposition"]
    custom = year.get(
        "coordinator", "/reports/yearly", params={"from": "2026-02-01", "to": "2026-03-31"}
    )
    assert custom.status_code == 200
    document = custom.json()
    assert document["previous_period"] == {"from": "2025-12-04", "to": "2026-01-31"}
    found = cells(document["tables"])
    assert found[("overview", "all", "", "received")] == (2, 2)  # Feb 10, Mar 3 | Dec 20, Jan 5
    assert found[("overview", "all", "", "closed")] == (1, 1)  # Mar 12 | Jan 19


def test_no_row_names_a_person_or_a_reference(year: World) -> None:
    data = year.get("coordinator", "/reports/yearly", params={"year": YEAR, "format": "csv"})
    text = data.text + pdf_text(
        year.get("coordinator", "/reports/yearly", params={"year": YEAR, "format": "pdf"}).content
    )
    for word in ("Ward", "Verhaegen", "Melder", "Lindebeek", "Y-0", "1700-20", "Peeters"):
        assert word not in text


@pytest.mark.parametrize(
    ("params", "fragment"),
    [
        ({}, "year"),
        ({"year": 1999}, "year"),
        ({"year": 2026, "from": "2026-01-01"}, "either"),
        ({"from": "2026-01-01"}, "either"),
        ({"year": 2025, "from": "2026-01-01", "to": "2026-02-01"}, "lie in that year"),
        ({"from": "2026-05-01", "to": "2026-04-01"}, "ends before"),
        ({"from": "2020-01-01", "to": "2026-01-01"}, "at most"),
        ({"from": "yesterday", "to": "2026-01-01"}, "from"),
        ({"year": 2026, "format": "docx"}, "format"),
    ],
)
def test_bad_periods_and_formats_are_clear_422s(
    year: World, params: dict[str, Any], fragment: str
) -> None:
    answer = year.get("coordinator", "/reports/yearly", params=params)
    assert answer.status_code == 422
    assert answer.json()["detail"]["code"] == "invalid_request"
    assert fragment in answer.json()["detail"]["message"]


def test_who_may_read_it(year: World) -> None:
    assert year.get("manager", "/reports/yearly", params={"year": YEAR}).status_code == 200
    for who in ("an", "tom", "operator", "admin"):
        answer = year.get(who, "/reports/yearly", params={"year": YEAR})
        assert answer.status_code == 403, who
        assert answer.json()["detail"]["code"] == "forbidden_role"
    assert year.http.get("/reports/yearly", params={"year": YEAR}).status_code == 401


def test_a_managers_report_holds_only_their_department(year: World) -> None:
    document = report_json(year, "manager")
    assert document["scopes"] == ["department:ABB"]
    assert [d["code"] for d in document["departments"]] == ["ABB"]
    found = cells(document["tables"])
    for (scope, metric), expected in OVERVIEW.items():
        if scope == "department:ABB":
            assert found[("overview", scope, "", metric)] == expected
    assert found[("by_category", "department:ABB", "bribery", "received")] == (3, 1)
    via_api = year.get("manager", "/reports/yearly", params={"year": YEAR, "format": "csv"})
    assert via_api.status_code == 200
    for other in ("OMG", "VMM", "Omgeving", "domain:", "all,"):
        assert other not in via_api.text
    pdf = pdf_text(
        year.get("manager", "/reports/yearly", params={"year": YEAR, "format": "pdf"}).content
    )
    assert "OMG" not in pdf and "VMM" not in pdf and "Alle diensten" not in pdf


def test_a_coordinator_gets_no_case_anywhere(year: World) -> None:
    """Every route of the API but signing in (the coordinator's own account: /auth/...,
    /me) and the yearly report answers 403 or 404."""
    case_id = year.forwarded_case("ABB")
    walked = 0
    document = year.http.get("/openapi.json").json()
    for path, operations in document["paths"].items():
        path = path[len(API_PREFIX) :] if path.startswith(API_PREFIX) else path
        if path.startswith("/auth/") or path in ("/me", "/reports/yearly"):
            continue
        concrete = re.sub(r"\{(\w+)\}", lambda m: "0" * 64 if "sha" in m[1] else case_id, path)
        for method in operations:
            answer = year.http.request(
                method.upper(),
                concrete,
                headers=year.auth("coordinator"),
                params={"case_id": case_id, "cursor": 0},
                json={"operations": [op(case_id, "acknowledge")], "reason": "x" * 20},
            )
            assert answer.status_code in (403, 404), (method, path, answer.status_code)
            walked += 1
    assert walked >= 10
    me = year.get("coordinator", "/me")
    assert me.status_code == 200 and me.json()["user"]["role"] == "coordinator"


def test_purging_the_year_changes_none_of_its_numbers(year: World) -> None:
    before = report_json(year)
    # Ten years on, a five-year retention purges every case closed in 2025 and 2026.
    result = retention.purge(year.service.database, cli_actor(), at(1, 1, 2036), 5)
    assert len(result.purged) == 8
    after = report_json(year)
    assert after["tables"] == before["tables"]


def test_handovers_through_the_real_desk_are_counted(year: World) -> None:
    """A report forwarded to ABB, returned, re-routed to OMG through the API."""
    case_id = year.forwarded_case("ABB")
    year.operate(
        "manager", op(year.case(case_id, "manager"), "return_to_1700", reason="Niet bevoegd hier.")
    )
    rerouted = year.post("operator", f"/intake/reports/{case_id}/reroute", {"department": "OMG"})
    assert rerouted.status_code == 200, rerouted.text
    with year.service.database.read() as session:
        document = formats.to_json(yearly_report(session, Period.year(YEAR), utcnow()))
    found = cells(document["tables"])
    assert found[("overview", "department:ABB", "", "returned_to_1700")] == (3, 0)
    assert found[("overview", "department:ABB", "", "forwarded")] == (6, 2)
    assert found[("overview", "department:OMG", "", "rerouted")] == (2, 0)
    assert found[("overview", "all", "", "received")] == (9, 3)


def test_the_cli_writes_each_format(year: World, tmp_path: Any) -> None:
    url = year.service.settings.database_url
    for kind in ("pdf", "csv", "xlsx"):
        out = tmp_path / f"report.{kind}"
        code = main(
            ["--database-url", url, "report", "yearly", "--year", "2026", "--format", kind,
             "--out", str(out)]
        )  # fmt: skip
        assert code == 0 and out.stat().st_size > 0
    out = tmp_path / "abb.csv"
    assert main(
        ["--database-url", url, "report", "yearly", "--from", "2026-01-01", "--to", "2026-06-30",
         "--department", "abb", "--format", "csv", "--out", str(out)]
    ) == 0  # fmt: skip
    text = out.read_text("utf-8")
    assert "department:ABB" in text and "OMG" not in text
    assert main(
        ["--database-url", url, "report", "yearly", "--year", "2026", "--department", "XYZ",
         "--format", "csv", "--out", str(out)]
    ) == 1  # fmt: skip


def test_the_cli_sets_policy_domains_and_makes_coordinators(year: World) -> None:
    url = year.service.settings.database_url
    assert main(["--database-url", url, "department", "edit", "--code", "omg",
                 "--policy-domain", "Omgeving en Natuur"]) == 0  # fmt: skip
    assert main(["--database-url", url, "department", "edit", "--code", "omg",
                 "--policy-domain", "x" * 101]) == 1  # fmt: skip
    with year.service.session() as session, pytest.raises(ServiceError, match="belongs to none"):
        create_user(
            session,
            cli_actor(),
            username="c2",
            display_name="C",
            role=Role.COORDINATOR,
            department_code="ABB",
            password_hash="x",
            now=utcnow(),
        )
    document = report_json(year)
    assert "domain:Omgeving en Natuur" in document["scopes"]


def test_one_scope_on_its_own_gives_the_reports_numbers(year: World) -> None:
    """``figures`` (for the dashboard: one scope, one period) agrees with the report."""
    with year.service.database.read() as session:
        facts = read_facts(session, Period.year(YEAR))
        policies = {d.code: d.policy for d in read_departments(session)}
    for scope, codes in (("all", None), ("department:OMG", {"OMG"})):
        for index, period in enumerate((Period.year(YEAR), Period.year(YEAR - 1))):
            metrics = figures(facts, period, NOW, policies, codes).metrics
            for (where, metric), expected in OVERVIEW.items():
                if where == scope:
                    assert metrics[Metric(metric)] == expected[index], (scope, metric)
