"""No secret in any log line: reply links, device tokens and passwords are taken out of
every log record of the process, whoever logs it (uvicorn's access log, ours, a library's).

A reply link's token opens a reporter's conversation (the service keeps only its sha256);
a device token is an investigator's session. uvicorn's access log writes each request's
path and query string, so ``GET /r/<token>`` would put the link in the log. Rather than
trusting every logger, handler and formatter to filter, ``install()`` wraps the record
factory: a record is redacted as it is made (message, arguments, exception text, stack),
before any filter, handler or formatter sees it. ``create_app`` installs it, so every way
of running the service (``investigator-intake serve``, the embedded service) has it.

What is redacted: a reply path (``/r/<token>``), a bearer credential, the value of a query
parameter whose name says it is secret (token, password, key, ..., and the ``code`` and
``state`` of a sign-in through the identity provider), and any query value
shaped like a token (32 or more URL-safe base64 characters that are not all hex: ids and
sha256 hashes stay, as the logs need them).
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Mapping
from typing import Any

REDACTED = "<redacted>"
UNREADABLE = "(a log record that could not be checked for secrets)"

_REPLY_PATH = re.compile(r"(/r/)[^\s?#\"'<>]+")
_BEARER = re.compile(r"(\bBearer\s+)[^\s,;\"'<>]+", re.IGNORECASE)
_SECRET_PARAM = re.compile(
    r"([?&;][^=&\s\"'<>]*(?:token|password|passwd|secret|key|auth|code|state)[^=&\s\"'<>]*=)"
    r"[^&\s#\"'<>]+",
    re.IGNORECASE,
)
_PARAM_VALUE = re.compile(r"([?&;][^=&\s\"'<>]+=)([A-Za-z0-9_\-]{32,})(?![A-Za-z0-9_\-])")
_HEX = re.compile(r"[0-9a-fA-F]+")

_MARK = "_investigator_redacts"
_lock = threading.Lock()


def redact(text: str) -> str:
    """``text`` without reply links, bearer credentials and secret query values."""
    if "/r/" in text:
        text = _REPLY_PATH.sub(rf"\g<1>{REDACTED}", text)
    if "earer" in text:
        text = _BEARER.sub(rf"\g<1>{REDACTED}", text)
    if "=" in text:
        text = _SECRET_PARAM.sub(rf"\g<1>{REDACTED}", text)
        text = _PARAM_VALUE.sub(_token_value, text)
    return text


def _token_value(match: re.Match[str]) -> str:
    value = match.group(2)
    return match.group(0) if _HEX.fullmatch(value) else match.group(1) + REDACTED


def _redacted(value: Any) -> Any:
    """The value, or its redacted text when its text holds a secret. Objects keep their
    type unless redacted (``%d``, ``%r`` keep working); their text is what logging shows."""
    if isinstance(value, str):
        return redact(value)
    if value is None or isinstance(value, int | float):
        return value
    text = str(value)
    cleaned = redact(text)
    return value if cleaned == text else cleaned


def redact_record(record: logging.LogRecord) -> None:
    """Redact ``record`` in place (its shape kept: uvicorn's access formatter unpacks
    ``args`` by position)."""
    record.msg = _redacted(record.msg)
    if isinstance(record.args, Mapping):
        record.args = {key: _redacted(value) for key, value in record.args.items()}
    elif record.args:
        record.args = tuple(_redacted(value) for value in record.args)
    if record.exc_info and record.exc_info[0] is not None and not record.exc_text:
        # Formatters use exc_text when set: the traceback is written as redacted here.
        record.exc_text = redact(logging.Formatter().formatException(record.exc_info))
    if record.stack_info:
        record.stack_info = redact(record.stack_info)


def install() -> None:
    """Redact every log record made in this process from now on (idempotent)."""
    with _lock:
        previous = logging.getLogRecordFactory()
        if getattr(previous, _MARK, False):
            return

        def factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
            record = previous(*args, **kwargs)
            try:
                redact_record(record)
            except Exception:  # an argument whose text fails: never the caller's problem
                record.msg, record.args = UNREADABLE, ()
                record.exc_info = record.exc_text = record.stack_info = None
            return record

        setattr(factory, _MARK, True)
        logging.setLogRecordFactory(factory)
