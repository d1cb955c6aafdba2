"""A NUL character (U+0000) anywhere in what the API takes gets one answer on SQLite and
PostgreSQL (which cannot store it): a 422 naming where it was, and nothing stored.

The walk follows the service's own OpenAPI document: every operation, every path and
query parameter, every string of a JSON body (recursively, each desktop action of the
operations' union with its own example). A new endpoint, parameter or action is walked
too, and one without an example here fails the test until it gets one. The names of the
files 1700 attaches (multipart) are cleaned instead, like any control character. The
command line refuses a NUL in the files it reads as the API does.
"""

from __future__ import annotations

import copy
import hashlib
import json
import uuid
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx
import pytest
from sqlalchemy import select

from investigator_app.intake.cli import main as cli
from investigator_app.intake.db import Base, utcnow
from investigator_app.intake.embedded import EmbeddedService
from investigator_app.intake.models import MailOutbox
from investigator_app.protocol import API_PREFIX
from investigator_app.protocol_evidence import CHUNK_SHA256_HEADER
from tests.intake.conftest import PASSWORD, World, op, report_body
from tests.intake.evidencing import file_in, interview_in, piece_in
from tests.intake.test_reply_page_input import multipart
from tests.support.investigation import allegation, finding, source, task
from tests.support.relay import wait_until

NUL = "\x00"
CHUNK = b"Een stukje van een bestand."
Location = tuple[str | int, ...]


def _note() -> dict[str, Any]:
    return {"note_id": str(uuid.uuid4()), "body": "Een notitie.", "visibility": "only_me"}


def _operation_examples(case: dict[str, Any], message_id: str) -> dict[str, dict[str, Any]]:
    """One well-formed operation per action (the service may refuse it for the case's
    state, but never as a 422): the NUL is then the only thing wrong with a variant."""
    question = {"message_id": str(uuid.uuid4()), "body": "Welke dag?", "answer_due": "2099-01-01"}
    letter = {"message_id": str(uuid.uuid4()), "body": "Een brief."}
    fields: dict[str, dict[str, Any]] = {
        "acknowledge": {"message": letter},
        "assign": {"assignee_id": "nobody-in-particular"},
        "start_assessment": {"reason": "Ernstig."},
        "start_investigation": {"reason": "Ernstig."},
        "close": {"outcome": "unfounded", "reason": "Geen aanwijzingen.", "ground": "other"},
        "return_to_1700": {"reason": "Niet voor ons."},
        "request_info": {"message": question},
        "send_feedback": {"message": dict(letter, message_id=str(uuid.uuid4()))},
        "remind": {"target_message_id": message_id},
        "cancel_request": {"target_message_id": message_id},
        "add_note": {"note": _note()},
        "edit_note": {"note": _note()},
        "declare_no_conflict": {},
        "recuse": {"reason": "Familie."},
        "record_copy": {
            "copy_id": str(uuid.uuid4()),
            "profile": "volledig",
            "reader": "Archief",
            "kind": "export",
            "sha256": "0" * 64,
            "pages": 1,
        },
        **_investigation_examples(),
    }
    return {action: op(case, action, **more) for action, more in fields.items()}


def _investigation_examples() -> dict[str, dict[str, Any]]:
    """Every optional part filled in, so that each string of it is walked."""
    charge = allegation(persons=["Ward Verhaegen"], period_start="2026-01-01")
    plan = task(owner_id="nobody-in-particular", due="2099-01-01")
    cited = [source("answer_file", "0" * 64, str(uuid.uuid4()))]
    facts = finding("founded", sources=cited, follow_up="other", follow_up_text="Een tekst.")
    return {
        "add_allegation": {"allegation": charge},
        "edit_allegation": {"allegation": allegation()},
        "withdraw_allegation": {"allegation_id": str(uuid.uuid4()), "reason": "Dubbel."},
        "record_finding": {"allegation_id": str(uuid.uuid4()), "finding": facts},
        "add_task": {"task": plan},
        "edit_task": {"task": task(owner_id="nobody-in-particular")},
        "set_task_state": {"task_id": str(uuid.uuid4()), "state": "done"},
        **_evidence_examples(),
    }


def _evidence_examples() -> dict[str, dict[str, Any]]:
    """Pieces and interview records with every optional string filled in."""
    record = interview_in(notice="Een mededeling.")
    record = dict(record, assistance="Mr. Peeters", remarks="Geen opmerkingen.")
    return {
        "add_piece": {"piece": piece_in(b"stuk")},
        "replace_piece": {
            "piece_id": str(uuid.uuid4()),
            "file": file_in(b"nieuw"),
            "reason": "Beter.",
        },
        "withdraw_piece": {"piece_id": str(uuid.uuid4()), "reason": "Dubbel."},
        "record_custody": {
            "piece_id": str(uuid.uuid4()),
            "kind": "exported",
            "version": 1,
            "copy_id": str(uuid.uuid4()),
        },
        "add_interview": {"interview": record},
        "edit_interview": {"interview": record},
        "sign_interview": {"interview_id": str(uuid.uuid4()), "piece_id": str(uuid.uuid4())},
        "correct_interview": {"interview": record, "reason": "Verkeerd genoteerd."},
    }


class Examples:
    """Well-formed requests on real rows: what each operation of the document is sent
    with, before one string of it gets a NUL."""

    def __init__(self, world: World) -> None:
        self.world = world
        registered = str(world.register()["id"])
        case = world.case(world.forwarded_case())
        attached = world.http.post(
            f"/intake/reports/{case['id']}/attachments",
            files=[("files", ("gesprek.txt", b"Een verslag.\n", "text/plain"))],
            headers=world.auth("operator"),
        )
        assert attached.status_code == 201, attached.text
        message_id = self._phone_request(world)
        self.params: dict[str, Any] = {
            "report_id": registered,
            "message_id": message_id,
            "case_id": case["id"],
            "sha256": attached.json()[0]["sha256"],
            "status": "registered",
            "department": "ABB",
            "limit": 10,
            "offset": 0,
            "cursor": 0,
            "wait": 0,
            "year": 2026,
            "from": "2026-01-01",
            "to": "2026-06-30",
            "format": "json",
            "lang": "nl",
            "upload_id": str(uuid.uuid4()),
            "piece_id": str(uuid.uuid4()),
            "version": 1,
            CHUNK_SHA256_HEADER: hashlib.sha256(CHUNK).hexdigest(),
            "Range": "bytes=0-",
        }
        self.operations = _operation_examples(case, message_id)
        self.bodies: dict[str, Any] = {
            "LoginRequest": {"username": "an.peeters", "password": PASSWORD, "device_name": "pc"},
            "PasswordCheck": {"password": PASSWORD},
            "TotpConfirmation": {"code": "123456"},
            "RecoveryCodesRequest": {"code": "123456"},
            "OidcTokenRequest": {"code": "eenmalige-code", "code_verifier": "v" * 43},
            "ReportIn": report_body(),
            "ForwardRequest": {"department": "ABB", "note": "Dringend."},
            "PhoneAnswerIn": {"answer": "Op maandag."},
            "IdentityRevealIn": {"reason": "Nodig om de melder te horen."},
            "OperationsRequest": {"operations": [self.operations["acknowledge"]]},
            "UploadStart": {
                "case_id": case["id"],
                "sha256": "0" * 64,
                "size": 10,
                "name": "verslag.pdf",
            },
        }

    @staticmethod
    def _phone_request(world: World) -> str:
        """An open information request to a reporter without e-mail (1700 logs its answer)."""
        reporter = {"kind": "citizen", "name": "Jef Telefoon", "phone": "0470 99 88 77"}
        case = world.case(world.forwarded_case(reporter=reporter))
        [ack] = world.operate("an", op(case, "acknowledge"))
        [assess] = world.operate("an", op(ack["case"], "start_assessment"))
        message_id = str(uuid.uuid4())
        due = (utcnow() + timedelta(days=14)).date().isoformat()
        question = {"message_id": message_id, "body": "Welke dag?", "answer_due": due}
        [asked] = world.operate("an", op(assess["case"], "request_info", message=question))
        assert asked["status"] == "applied", asked
        return message_id

    def who(self, path: str) -> dict[str, str]:
        if path.endswith("/logout"):
            return self.world.auth("jonas")  # the others stay signed in
        if path.endswith("/reports/yearly"):
            return self.world.auth("manager")
        return self.world.auth("operator" if "/intake/" in path else "an")


def _schema(doc: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        node = doc["components"]["schemas"][node["$ref"].rsplit("/", 1)[1]]
    return node


def _with_nul(value: Any) -> str:
    text = value if isinstance(value, str) and value else "x"
    return text[:1] + NUL + text[1:]


def nul_variants(
    doc: dict[str, Any],
    node: dict[str, Any],
    example: Any,
    unions: dict[str, dict[str, Any]],
    where: Location = (),
) -> Iterator[tuple[Location, Any]]:
    """Each string ``node`` allows, as (its location, a copy of ``example`` with a NUL in
    that string). ``unions``: the example of each member of a tagged union, by tag."""
    node = _schema(doc, node)
    if "discriminator" in node:
        for tag in node["discriminator"]["mapping"]:
            assert tag in unions, f"no example for the union member {tag!r}: add one"
            member = _schema(doc, {"$ref": node["discriminator"]["mapping"][tag]})
            yield from nul_variants(doc, member, unions[tag], unions, where)
        return
    for alternative in node.get("anyOf", []) + node.get("oneOf", []):
        if alternative.get("type") != "null":
            yield from nul_variants(doc, alternative, example, unions, where)
    kind = node.get("type")
    if kind == "string":
        yield where, _with_nul(example)
    elif kind == "array":
        items = list(example or [None])
        for location, item in nul_variants(doc, node["items"], items[0], unions, (*where, 0)):
            yield location, [item, *items[1:]]
    elif kind == "object":
        assert isinstance(example, dict), f"no example for the object at {where}: add one"
        for name, field in node.get("properties", {}).items():
            inner = (*where, name)
            for location, value in nul_variants(doc, field, example.get(name), unions, inner):
                yield location, {**copy.deepcopy(example), name: value}


def _operations(doc: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, item in doc["paths"].items():
        for method, operation in item.items():
            yield method.upper(), path, operation


def _path(template: str, values: dict[str, Any]) -> str:
    for name, value in values.items():
        template = template.replace("{" + name + "}", quote(str(value), safe=""))
    return template


class Walk:
    def __init__(self, world: World, doc: dict[str, Any], examples: Examples) -> None:
        self.world, self.doc, self.examples = world, doc, examples

    def request(
        self, method: str, path: str, operation: dict[str, Any]
    ) -> Iterator[tuple[str, str, dict[str, Any]]]:
        """(path, query or body; which one; the request with the NUL there) for every place
        of ``operation``, after the control: the request as it is, without a NUL."""
        parameters = operation.get("parameters", [])
        for parameter in parameters:
            assert parameter["name"] in self.examples.params, f"no example for {parameter}"
        values = self.examples.params
        path_values = {p["name"]: values[p["name"]] for p in parameters if p["in"] == "path"}
        query = {p["name"]: values[p["name"]] for p in parameters if p["in"] == "query"}
        content = operation.get("requestBody", {}).get("content", {})
        allowed = {"application/json", "multipart/form-data", "application/octet-stream"}
        assert set(content) <= allowed, f"walk {path} here"
        body_schema = content.get("application/json", {}).get("schema")
        body: Any = None
        if body_schema is not None:
            name = body_schema["$ref"].rsplit("/", 1)[1]
            assert name in self.examples.bodies, f"no example body {name}: add one"
            body = self.examples.bodies[name]
        files = None
        if "/attachments" in path and method == "POST":
            files = [("files", ("verslag.txt", b"Een verslag.\n", "text/plain"))]
        headers = {p["name"]: str(values[p["name"]]) for p in parameters if p["in"] == "header"}
        raw = CHUNK if "application/octet-stream" in content else None  # an upload's chunk
        if raw is not None:
            headers["Content-Type"] = "application/octet-stream"
        base = {
            "method": method,
            "path": path_values,
            "query": query,
            "json": body,
            "files": files,
            "headers": headers,
            "content": raw,
        }
        yield "control", "", base
        for name, value in path_values.items():
            yield "path", name, {**base, "path": {**path_values, name: _with_nul(value)}}
        for name, value in query.items():
            yield "query", name, {**base, "query": {**query, name: _with_nul(value)}}
        if body_schema is not None:
            variants = nul_variants(self.doc, body_schema, body, self.examples.operations)
            for location, variant in variants:
                yield "body", ".".join(map(str, location)), {**base, "json": variant}

    def send(self, template: str, request: dict[str, Any]) -> httpx.Response:
        return self.world.http.request(
            request["method"],
            _path(template, request["path"]).removeprefix(API_PREFIX),
            params=request["query"],
            json=request["json"],
            files=request["files"],
            content=request["content"],
            headers={**self.examples.who(template), **request["headers"]},
        )

    def refusal(self, template: str, request: dict[str, Any]) -> tuple[int, str]:
        """The status and the error message, if any (0: the connection was dropped)."""
        try:
            response = self.send(template, request)
        except httpx.TransportError as error:
            return 0, type(error).__name__
        try:
            detail = response.json()["detail"]
            return response.status_code, str(detail["message"])
        except (ValueError, KeyError, TypeError):
            return response.status_code, response.text[:100]


def _relay_idle(service: EmbeddedService) -> bool:
    with service.session() as session:
        return all(row.done_at for row in session.scalars(select(MailOutbox)))


def database_contents(service: EmbeddedService) -> dict[str, list[str]]:
    with service.session() as session:
        return {
            table.name: sorted(repr(tuple(row)) for row in session.execute(select(table)))
            for table in Base.metadata.sorted_tables
        }


def test_a_nul_anywhere_in_the_api_is_a_422_naming_where_and_nothing_is_stored(
    world: World,
) -> None:
    doc = world.http.get("/openapi.json").json()
    examples = Examples(world)
    wait_until(lambda: _relay_idle(world.service))  # no mail of the set-up goes out meanwhile
    before = database_contents(world.service)
    walk = Walk(world, doc, examples)
    controls: list[tuple[str, str, dict[str, Any]]] = []
    wrong: list[str] = []
    places = 0
    for method, template, operation in _operations(doc):
        for kind, label, request in walk.request(method, template, operation):
            if kind == "control":
                controls.append((method, template, request))
                continue
            places += 1
            status, message = walk.refusal(template, request)
            named = kind == "path" or f"{label}:" in message  # never the value itself
            if status != 422 or "NUL" not in message or not named:
                wrong.append(f"{method} {template} {kind} {label}: {status} {message}")
    assert places > 100, places  # the walk reached the bodies and the union's members
    assert not wrong, f"{len(wrong)} of {places} places:\n" + "\n".join(wrong)
    assert database_contents(world.service) == before

    # The examples themselves were well-formed: the NUL was what the service refused.
    every_action = {"operations": list(examples.operations.values())}
    malformed: list[str] = []
    for method, template, request in controls:
        if template.endswith("/operations"):
            request = {**request, "json": every_action}
        status, message = walk.refusal(template, request)
        if status == 422 or not 200 <= status < 500:
            malformed.append(f"{method} {template}: {status} {message}")
    assert not malformed, "\n".join(malformed)
    check_file_names(world)

    # Text that only looks like the escape (a backslash, then "u0000") is stored as it is.
    lookalike = "Map C:\\u0000 en \\\\u0000"
    case_id = world.forwarded_case(summary=lookalike)
    assert world.case(case_id)["summary"] == lookalike


def check_file_names(world: World) -> None:
    """The API's one text outside JSON: the names of the files 1700 attaches. Not refused but
    cleaned of control characters (blobs.safe_name), a NUL among them; the guard does not
    read multipart bodies, whose files may hold NULs."""
    case_id = world.forwarded_case()
    parts = [(b'name="files"; filename="bew\x00ijs.txt"', b"Een NUL in de inhoud: \x00.\n")]
    response = world.http.post(
        f"/intake/reports/{case_id}/attachments",
        content=multipart("b0undary", parts),
        headers={
            **world.auth("operator"),
            "Content-Type": "multipart/form-data; boundary=b0undary",
        },
    )
    # A text file with a NUL in it is not text: refused for its content, not its name.
    assert response.status_code == 422, response.text
    assert "does not match" in response.json()["detail"]["message"]
    parts = [(b'name="files"; filename="bew\x00ijs.pdf"', b"%PDF-1.4 \x00 binary\n")]
    response = world.http.post(
        f"/intake/reports/{case_id}/attachments",
        content=multipart("b0undary", parts),
        headers={
            **world.auth("operator"),
            "Content-Type": "multipart/form-data; boundary=b0undary",
        },
    )
    assert response.status_code == 201, response.text
    assert [row["name"] for row in response.json()] == ["bew_ijs.pdf"]
    assert [row["name"] for row in world.case(case_id)["attachments"]] == ["bew_ijs.pdf"]


def test_the_command_line_refuses_a_nul_in_a_report_or_an_answer_file_as_the_api_does(
    world: World, database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    message_id = Examples._phone_request(world)
    before = database_contents(world.service)
    report = tmp_path / "melding.json"
    report.write_text(json.dumps(report_body(summary="Geld" + NUL + "vraag")), "utf-8")
    answer = tmp_path / "antwoord.txt"
    answer.write_text("Op maan" + NUL + "dag.", "utf-8")
    url = ["--database-url", database_url]
    assert cli([*url, "report", "register", "--json", str(report)]) == 1
    assert cli([*url, "report", "answer", message_id, "--file", str(answer)]) == 1
    said = capsys.readouterr().err.splitlines()
    assert said == [
        "error: The request is not valid: summary: text may not contain the NUL character "
        "(U+0000).",
        "error: The request is not valid: answer: text may not contain the NUL character (U+0000).",
    ]
    assert database_contents(world.service) == before
