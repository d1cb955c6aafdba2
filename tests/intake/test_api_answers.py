"""What every answer of the API says beyond its body: no cache may keep it, and its errors
are in the OpenAPI document with the shape they really have; a replayed operation id of
someone else tells nothing that a fresh one would not."""

from __future__ import annotations

import re
import uuid
from datetime import date, timedelta
from typing import Any

import httpx

from investigator_app.protocol import ErrorCode

from .conftest import World, op

ERROR_REF = "#/components/schemas/ErrorResponse"
CODES = {code.value for code in ErrorCode}


def openapi(world: World) -> dict[str, Any]:
    answer = world.http.get("/openapi.json")
    assert answer.status_code == 200
    return dict(answer.json())


def documented_operations(world: World) -> dict[tuple[str, str], dict[str, Any]]:
    document = openapi(world)
    return {
        (method.upper(), path): operation
        for path, operations in document["paths"].items()
        for method, operation in operations.items()
    }


def concrete(path: str) -> str:
    """A documented path with made-up ids (the service's own prefix taken off)."""
    path = path.removeprefix("/api/v1")
    path = path.replace("{sha256}", "0" * 64)
    return re.sub(r"\{[a-z_]+\}", lambda _: str(uuid.uuid4()), path)


def attempts(world: World, method: str, path: str, operation: dict[str, Any]) -> list[Any]:
    """What a client that gets it wrong sends: no token, the wrong role, empty or wrong
    input, a NUL in the query."""
    url = concrete(path)
    body: dict[str, Any] | None = {} if "requestBody" in operation else None
    bad_query = {"cursor": "x", "limit": "-1", "case_id": "x" * 100, "wait": "x"}
    answers = [world.http.request(method, url, json=body)]
    for who in ("an", "operator"):
        headers = world.auth(who)
        answers.append(world.http.request(method, url, json=body, headers=headers))
        answers.append(world.http.request(method, url, params=bad_query, headers=headers))
        answers.append(world.http.request(method, url, params={"q": "a\x00"}, headers=headers))
        if body is not None:
            junk = {"unexpected": "field"}
            answers.append(world.http.request(method, url, json=junk, headers=headers))
    return answers


STATE_ANSWERS = {("POST", "/api/v1/uploads/{upload_id}/chunks", "409")}
"""Refusals whose body is a state to resume from, not an error (protocol_evidence: a chunk
at the wrong offset answers the upload's state)."""


def assert_documented(operation: dict[str, Any], answer: httpx.Response, where: str) -> None:
    status = str(answer.status_code)
    assert status in operation["responses"], f"{where} answers {status}, not documented"
    if answer.status_code >= 400:
        schema = operation["responses"][status]["content"]["application/json"]["schema"]
        assert schema == {"$ref": ERROR_REF}, f"{where} documents {status} as {schema}"
        detail = answer.json()["detail"]
        assert set(detail) == {"code", "message"} and detail["code"] in CODES, where


def test_every_operation_documents_the_errors_it_answers_with_their_real_shape(
    world: World,
) -> None:
    operations = documented_operations(world)
    assert len(operations) >= 15
    for (method, path), operation in operations.items():
        where = f"{method} {path}"
        for status, answer in operation["responses"].items():
            if (method, path, status) in STATE_ANSWERS:
                continue
            if status.startswith(("4", "5")):
                schema = answer["content"]["application/json"]["schema"]
                assert schema == {"$ref": ERROR_REF}, f"{where} documents {status} as {schema}"
        for answer in attempts(world, method, path, operation):
            assert_documented(operation, answer, where)
        if operation.get("security"):  # a token: refused without one
            assert "401" in operation["responses"], where
    schemas = openapi(world)["components"]["schemas"]
    assert "HTTPValidationError" not in schemas  # FastAPI's own shape, never answered
    detail = schemas["ErrorDetail"]
    assert set(detail["properties"]) == {"code", "message"}
    assert set(schemas["ErrorCode"]["enum"]) == CODES


def test_the_errors_only_a_routes_own_logic_knows_are_documented_too(world: World) -> None:
    operations = documented_operations(world)
    case_id = world.forwarded_case()
    again = world.forward(case_id)
    assert again.status_code == 409
    assert_documented(operations[("POST", "/api/v1/intake/reports/{report_id}/forward")],
                      again, "forward")  # fmt: skip
    login = operations[("POST", "/api/v1/auth/login")]
    wrong = {"username": "an.peeters", "password": "niet het wachtwoord"}
    statuses = []
    for _ in range(12):
        answer = world.http.post("/auth/login", json=wrong)
        assert_documented(login, answer, "login")
        statuses.append(answer.status_code)
        if answer.status_code == 429:
            break
    assert statuses[0] == 401 and statuses[-1] == 429


def test_answers_with_case_content_or_identity_may_not_be_stored(world: World) -> None:
    case_id = world.forwarded_case()
    added = world.http.post(
        f"/intake/reports/{case_id}/attachments",
        files=[("files", ("verklaring.txt", b"Verklaring.\n", "text/plain"))],
        headers=world.auth("operator"),
    )
    assert added.status_code == 201, added.text
    sha256 = added.json()[0]["sha256"]
    due = (date.today() + timedelta(days=14)).isoformat()
    ask = op(world.case(case_id), "request_info", message={
        "message_id": str(uuid.uuid4()), "body": "Wanneer?", "answer_due": due,
    })  # fmt: skip
    answers = {
        "feed": world.get("an", "/changes", params={"cursor": 0}),
        "operations": world.post("an", "/operations", {"operations": [ask]}),
        "identity": world.post("an", f"/cases/{case_id}/identity", {"reason": "x" * 20}),
        "audit trail": world.get("an", f"/cases/{case_id}/audit"),
        "attachment": world.get("an", f"/attachments/{sha256}", params={"case_id": case_id}),
        "reports": world.get("operator", "/intake/reports"),
        "phone requests": world.get("operator", "/intake/phone-requests"),
        "refusal": world.get("tom", f"/cases/{case_id}/audit"),
    }
    for what, answer in answers.items():
        assert answer.status_code in (200, 201, 404), (what, answer.text)
        assert answer.headers.get("cache-control") == "no-store", what
    # Every other answer of the API too, whatever it says.
    for (method, path), operation in documented_operations(world).items():
        for answer in attempts(world, method, path, operation):
            assert answer.headers.get("cache-control") == "no-store", f"{method} {path}"


def test_replaying_another_departments_operation_id_answers_as_a_fresh_one(
    world: World,
) -> None:
    case_id = world.forwarded_case("ABB")
    theirs = op(world.case(case_id), "acknowledge")
    [applied] = world.operate("an", theirs)
    assert applied["status"] == "applied"
    fresh = {**theirs, "op_id": str(uuid.uuid4())}
    [replayed, guessed] = world.operate("tom", theirs, fresh)  # Tom works for OMG
    assert {**replayed, "op_id": None} == {**guessed, "op_id": None}
    assert (replayed["status"], replayed["message"]) == ("rejected", "case not found")
    elsewhere = {**theirs, "case_id": str(uuid.uuid4())}  # on a case that does not exist
    [replayed] = world.operate("tom", elsewhere)
    assert (replayed["status"], replayed["message"]) == ("rejected", "case not found")
    [again] = world.operate("an", theirs)  # the owner still gets the stored answer
    assert again["status"] == "applied" and again["case"] is not None
