"""Reading the reporter's posted answer from the reply page's form.

Whatever is wrong with the form itself (a text part over its limit, too many files or
fields, a broken multipart body, a NUL character) becomes a ``FormRefusedError`` that the page
shows in the reporter's language: never the framework's English JSON.
"""

from __future__ import annotations

from dataclasses import dataclass

from fastapi import Request
from starlette.exceptions import HTTPException
from starlette.formparsers import MultiPartException

from investigator_app.intake.blobs import Upload, read_uploads
from investigator_app.intake.settings import RelayPolicy

NUL = "\x00"
MAX_FIELDS = 20
EXTRA_FILES = 20  # parsed beyond the limit, so that check_uploads can say how many are allowed
# Starlette's wording when one text part (the answer, in a real form) is over its limit.
_PART_TOO_LARGE = ("Part exceeded", "Field exceeded")
_TOO_MANY_FILES = "Too many files"


@dataclass(frozen=True)
class PostedForm:
    answer: str
    csrf: str
    lang: str
    uploads: list[Upload]


class FormRefusedError(Exception):
    """The form cannot be taken as it is. ``key``: the text in reply_texts.TEXTS to show
    (formatted with ``limit``), ``field``: where the page shows it."""

    def __init__(self, key: str, field: str = "answer", limit: int = 0) -> None:
        super().__init__(key)
        self.key = key
        self.field = field
        self.limit = limit


def max_part_bytes(policy: RelayPolicy) -> int:
    """What the longest allowed answer may weigh in UTF-8 (4 bytes a character at most)."""
    return policy.max_answer_chars * 4 + 1024


def _refusal(reason: str, policy: RelayPolicy) -> FormRefusedError:
    if reason.startswith(_PART_TOO_LARGE):
        return FormRefusedError("answer_too_long", limit=policy.max_answer_chars)
    if reason.startswith(_TOO_MANY_FILES):
        return FormRefusedError("too_many_files", "files", policy.max_files)
    return FormRefusedError("invalid_form")


async def read_form(request: Request, policy: RelayPolicy) -> PostedForm:
    """The answer, the CSRF token, the page's language and the files (read up to one byte
    over their limit, for check_uploads to refuse). FormRefusedError when the form is broken."""
    try:
        form = await request.form(
            max_files=policy.max_files + EXTRA_FILES,
            max_fields=MAX_FIELDS,
            max_part_size=max_part_bytes(policy),
        )
    except MultiPartException as error:
        raise _refusal(error.message, policy) from None
    except HTTPException as error:  # Starlette's wrapping of the same, inside an app
        raise _refusal(str(error.detail), policy) from None
    try:
        texts = [(name, value) for name, value in form.multi_items() if isinstance(value, str)]
        # PostgreSQL cannot store a NUL (SQLite can): refused in every field, on both.
        if any(NUL in value for name, value in texts if name == "answer"):
            raise FormRefusedError("nul_in_answer")
        if any(NUL in name + value for name, value in texts):
            raise FormRefusedError("invalid_form")
        uploads = await read_uploads(form, policy)
    finally:
        await form.close()
    fields = dict(texts)
    return PostedForm(
        # Browsers send a textarea's line breaks as CRLF; keep them as the reporter saw them.
        answer=fields.get("answer", "").replace("\r\n", "\n").strip(),
        csrf=fields.get("csrf", ""),
        lang=fields.get("lang", ""),
        uploads=uploads,
    )
