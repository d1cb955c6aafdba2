"""Errors the service answers with, and the handlers that give every error one shape.

Every error body is ``{"detail": {"code": <ErrorCode>, "message": <English sentence>}}`` so
the desktop and a CRM can act on the code and show the message. Validation errors never
echo the submitted values back: they may hold a reporter's identity or case content.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from investigator_app.intake.note_cipher import NotesKeyError
from investigator_app.protocol import ErrorCode

log = logging.getLogger("investigator_app.intake.errors")

BEARER_CHALLENGE = {"WWW-Authenticate": "Bearer"}
ANONYMOUS_MARKER = "anonymous reports are not handled"


class ServiceError(Exception):
    """A refusal the caller can understand: an HTTP status, a code and a sentence.

    Raised by the service functions (also when the CLI calls them), turned into the JSON
    error body by the API.
    """

    def __init__(
        self,
        status_code: int,
        code: ErrorCode,
        message: str,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.code = code
        self.message = message
        self.headers = dict(headers or {})


def not_found(what: str = "report") -> ServiceError:
    return ServiceError(404, ErrorCode.NOT_FOUND, f"The {what} was not found.")


def error_body(code: ErrorCode, message: str) -> dict[str, Any]:
    return {"detail": {"code": code.value, "message": message}}


def error_response(
    status_code: int, code: ErrorCode, message: str, headers: Mapping[str, str] | None = None
) -> JSONResponse:
    return JSONResponse(error_body(code, message), status_code=status_code, headers=headers)


def describe_validation_errors(errors: Sequence[Any]) -> tuple[ErrorCode, str]:
    """One sentence from pydantic's error list, naming fields but never their values."""
    parts: list[str] = []
    for error in errors[:5]:
        message = str(error.get("msg", "invalid value"))
        message = message.removeprefix("Value error, ")
        if ANONYMOUS_MARKER in message:
            # ReporterIn's own validator: answer with the dedicated code.
            return ErrorCode.ANONYMOUS_REPORT, _sentence(message)
        where = [part for part in error.get("loc", ()) if part != "body"]
        location = ".".join(str(part) for part in where)
        if error.get("type") == "extra_forbidden":
            # A field the request (or, in a batch of operations, its action) does not take.
            owner = where[-2] if len(where) >= 2 and isinstance(where[-2], str) else None
            message = f"'{owner}' takes no '{where[-1]}'" if owner else "not a known field"
        parts.append(f"{location}: {message}" if location else message)
    more = f" (and {len(errors) - 5} more)" if len(errors) > 5 else ""
    return ErrorCode.INVALID_REQUEST, "The request is not valid: " + "; ".join(parts) + more + "."


def _sentence(text: str) -> str:
    text = text.strip()
    text = text[:1].upper() + text[1:]
    return text if text.endswith(".") else text + "."


_HTTP_CODES: dict[int, tuple[ErrorCode, str]] = {
    404: (ErrorCode.NOT_FOUND, "There is nothing at this address."),
    405: (ErrorCode.INVALID_REQUEST, "This method is not allowed here."),
    413: (ErrorCode.REQUEST_TOO_LARGE, "The request body is too large."),
}


def install_error_handlers(app: FastAPI) -> None:
    async def on_service_error(_request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, ServiceError)
        return error_response(exc.status_code, exc.code, exc.message, exc.headers)

    async def on_validation_error(_request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, RequestValidationError)
        code, message = describe_validation_errors(exc.errors())
        return error_response(422, code, message)

    async def on_http_error(_request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, StarletteHTTPException)
        code, message = _HTTP_CODES.get(
            exc.status_code, (ErrorCode.INVALID_REQUEST, _sentence(str(exc.detail)))
        )
        return error_response(exc.status_code, code, message, exc.headers)

    async def on_notes_key(_request: Request, exc: Exception) -> JSONResponse:
        # The operator must act (configure the right key); the caller learns only that.
        log.error("confidential notes unusable: %s", exc)
        return error_response(
            500,
            ErrorCode.INTERNAL_ERROR,
            "The service cannot open its confidential notes: its notes key is wrong or "
            "missing. Ask the service's administrator.",
        )

    async def on_unexpected(_request: Request, exc: Exception) -> JSONResponse:
        log.exception("unexpected error while handling a request", exc_info=exc)
        return error_response(500, ErrorCode.INTERNAL_ERROR, "An unexpected error occurred.")

    app.add_exception_handler(NotesKeyError, on_notes_key)
    app.add_exception_handler(ServiceError, on_service_error)
    app.add_exception_handler(RequestValidationError, on_validation_error)
    app.add_exception_handler(StarletteHTTPException, on_http_error)
    app.add_exception_handler(Exception, on_unexpected)
