"""The error answers in the OpenAPI document, in the shape they really have.

Every error is ``{"detail": {"code", "message"}}`` (errors.py), but FastAPI documents only
its own 422 shape, and none of the others. ``install(app)`` completes the document: each
operation lists the errors it can answer with the real schema (``ErrorResponse``), so a
schema-driven client or fuzzer knows them. Most follow from what the operation takes (a
token: 401, and 403 for one that may only set up a second factor; a path id: 404; a body:
413; anything: 422, 500); a route declares the errors only its own logic knows
(``error_answers(409)``).
"""

from __future__ import annotations

import json
from typing import Any

from fastapi import FastAPI
from pydantic import BaseModel

from investigator_app.protocol import ErrorCode

ERROR_SCHEMA = "ErrorResponse"
_REF = f"#/components/schemas/{ERROR_SCHEMA}"


class ErrorDetail(BaseModel):
    code: ErrorCode
    message: str  # an English sentence; never echoes what was sent


class ErrorResponse(BaseModel):
    """Every error answer of the API."""

    detail: ErrorDetail


WHY: dict[int, str] = {
    401: "Not signed in: no token, or an unknown, expired or revoked one (not_authenticated, "
    "invalid_token, token_expired, token_revoked), or a wrong password (invalid_credentials), "
    "or a second factor's code missing or wrong (second_factor_required, "
    "invalid_one_time_code), or a sign-in's one-time code unknown, used, expired or not "
    "matching its verifier (invalid_sign_in).",
    403: "The caller's role may not do this (forbidden_role), or the token may only set up "
    "the second factor its department requires (second_factor_enrolment_required).",
    404: "Not found, or not the caller's to see: the same answer either way (not_found).",
    409: "Not possible in the current state (invalid_transition).",
    413: "The request body is too large (request_too_large).",
    422: "The request is not valid (invalid_request, or a more specific code): fields are "
    "named, their values never repeated.",
    429: "Too many failed attempts: try again in a minute (too_many_attempts).",
    500: "An unexpected error, or the service's notes key is wrong (internal_error).",
    503: "Too many passwords are being checked at once: nothing was checked, try again "
    "after Retry-After (service_busy); or the token is of a sign-in with the organisation's "
    "account and its identity provider could not be asked for too long (service_busy, "
    "Retry-After).",
}


def error_answers(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """``responses=`` for a route that answers these errors beyond the ones derived."""
    return {status: {"model": ErrorResponse, "description": WHY[status]} for status in statuses}


def install(app: FastAPI) -> None:
    """Complete the app's OpenAPI document with every operation's error answers."""
    generate = app.openapi
    done = False

    def openapi() -> dict[str, Any]:
        nonlocal done
        document = generate()  # cached by FastAPI: completed once
        if not done:
            _complete(document)
            done = True
        return document

    app.openapi = openapi  # type: ignore[method-assign]


def _complete(document: dict[str, Any]) -> None:
    schemas: dict[str, Any] = document.setdefault("components", {}).setdefault("schemas", {})
    own = ErrorResponse.model_json_schema(ref_template="#/components/schemas/{model}")
    for name, schema in own.pop("$defs", {}).items():
        schemas.setdefault(name, schema)
    schemas.setdefault(ERROR_SCHEMA, own)
    for operations in document.get("paths", {}).values():
        for operation in operations.values():
            answers = operation.setdefault("responses", {})
            for status in _derived(operation):
                answer = answers.setdefault(str(status), {"description": WHY[status]})
                # FastAPI's own 422 shape is not what the service answers: replace it.
                answer["content"] = {"application/json": {"schema": {"$ref": _REF}}}
    if '"#/components/schemas/HTTPValidationError"' not in json.dumps(document["paths"]):
        schemas.pop("HTTPValidationError", None)
        schemas.pop("ValidationError", None)


def _derived(operation: dict[str, Any]) -> list[int]:
    """The errors an operation answers by what it takes. Any request may be refused as
    invalid (422: a NUL in the query, a field out of bounds) or fail (500)."""
    statuses = [422, 500]
    if operation.get("security"):  # a bearer token; an enrolment-only one is refused (403)
        # 503: a token of the identity provider's sign-in while the provider cannot be
        # asked for longer than the grace period (oidc_check.py).
        statuses.extend((401, 403, 503))
    if any(parameter.get("in") == "path" for parameter in operation.get("parameters", [])):
        statuses.append(404)  # what the path names may not exist, or not be the caller's
    if "requestBody" in operation:
        statuses.append(413)
    return statuses
