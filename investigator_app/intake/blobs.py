"""Attachments by content address: checking what arrives, storing it once, linking it.

Files come from the reporter's reply page and from 1700 at registration. Every file is
checked before anything is stored: at most ``max_files``, each at most ``max_file_bytes``,
a type on the allow-list by extension *and* by its first bytes, a name without a folder
path. One refused file refuses the whole submission, so nothing half-arrives.
"""

from __future__ import annotations

import hashlib
import io
import re
import unicodedata
import zipfile
from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from sqlalchemy.orm import Session
from starlette.datastructures import FormData, UploadFile

from investigator_app.domain.file_names import without_bidi_controls
from investigator_app.intake.models import Blob, CaseAttachment, MessageAttachment
from investigator_app.intake.settings import RelayPolicy
from investigator_app.intake.upsert import insert_if_missing

MEDIA_TYPES: dict[str, str] = {
    ".pdf": "application/pdf",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".txt": "text/plain",
    ".eml": "message/rfc822",  # 1700 keeps the reporter's e-mail; a reporter may forward one
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ".odt": "application/vnd.oasis.opendocument.text",
}
ALLOWED_EXTENSIONS = tuple(MEDIA_TYPES)
MAX_NAME_LENGTH = 120
_WINDOWS_RESERVED = re.compile(r"^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$", re.IGNORECASE)
_UNSAFE_CHARS = re.compile(r'[<>:"|?*\x00-\x1f\x7f]')

RefusalCode = Literal[
    "too_many_files", "too_large", "path_in_name", "type_not_allowed", "content_mismatch", "empty"
]


class AttachmentRefusedError(Exception):
    """A file (or the set of files) that is not accepted; nothing was stored."""

    def __init__(self, code: RefusalCode, name: str = "", limit: int = 0) -> None:
        super().__init__(code)
        self.code = code
        self.name = name  # already sanitised (never a path)
        self.limit = limit

    def english(self) -> str:
        return english_refusal(self)


def english_refusal(refusal: AttachmentRefusedError) -> str:
    name = f"“{refusal.name}”" if refusal.name else "a file"
    messages: dict[str, str] = {
        "too_many_files": f"At most {refusal.limit} files can be sent at once.",
        "too_large": f"The file {name} is larger than {megabytes(refusal.limit)}.",
        "path_in_name": "A file name contains a folder path (such as ../); rename the file.",
        "type_not_allowed": (
            f"The file {name} is not of an accepted type (accepted: "
            + ", ".join(e.lstrip(".") for e in ALLOWED_EXTENSIONS)
            + ")."
        ),
        "content_mismatch": f"The content of {name} does not match its file type.",
        "empty": f"The file {name} is empty.",
    }
    return messages[refusal.code]


def megabytes(size: int) -> str:
    value = size / (1024 * 1024)
    return f"{value:.0f} MB" if value >= 1 else f"{size // 1024} KB"


@dataclass(frozen=True)
class Upload:
    name: str  # as the sender gave it
    data: bytes


@dataclass(frozen=True)
class StoredFile:
    sha256: str
    name: str
    media_type: str
    size: int
    data: bytes


async def read_uploads(form: FormData, policy: RelayPolicy) -> list[Upload]:
    """The named files of a form's ``files`` field, each read up to one byte past the
    limit (so check_uploads can tell a file that is too big)."""
    return [
        Upload(name=item.filename or "", data=await item.read(policy.max_file_bytes + 1))
        for item in form.getlist("files")
        if isinstance(item, UploadFile) and item.filename
    ]


def safe_name(raw: str) -> str:
    """A file name that is harmless on every system, or AttachmentRefusedError(path_in_name).

    A name that tries to leave its folder is refused rather than quietly trimmed: it is
    either an attack or a broken client, and the sender should know. Characters that
    reorder its display go first, so the type is checked on the extension people see.
    """
    name = without_bidi_controls(unicodedata.normalize("NFC", raw)).strip()
    if "/" in name or "\\" in name or name in (".", "..") or name.startswith(".."):
        raise AttachmentRefusedError("path_in_name")
    name = _UNSAFE_CHARS.sub("_", name).strip(" .")
    if not name:
        name = "bijlage"
    if _WINDOWS_RESERVED.match(name):
        name = "_" + name
    if len(name) > MAX_NAME_LENGTH:
        stem, dot, extension = name.rpartition(".")
        extension = extension[:10] if dot else ""
        keep = MAX_NAME_LENGTH - len(extension) - (1 if extension else 0)
        name = (stem[:keep] + "." + extension) if dot and stem else name[:MAX_NAME_LENGTH]
    return name


def _extension(name: str) -> str:
    dot = name.rfind(".")
    return name[dot:].lower() if dot > 0 else ""


def _zip_names(data: bytes) -> set[str]:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return set(archive.namelist())
    except (zipfile.BadZipFile, ValueError, OSError):
        return set()


def _looks_like_text(data: bytes) -> bool:
    if b"\x00" in data:
        return False
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        try:
            data.decode("cp1252")
        except UnicodeDecodeError:
            return False
    return True


def content_matches(extension: str, data: bytes) -> bool:
    """Whether the bytes are what the extension promises (magic numbers, zip contents)."""
    if extension == ".pdf":
        return data.startswith(b"%PDF-")
    if extension == ".png":
        return data.startswith(b"\x89PNG\r\n\x1a\n")
    if extension in (".jpg", ".jpeg"):
        return data.startswith(b"\xff\xd8\xff")
    if extension in (".txt", ".eml"):
        return _looks_like_text(data)
    if extension == ".docx":
        return data.startswith(b"PK\x03\x04") and "word/document.xml" in _zip_names(data)
    if extension == ".xlsx":
        return data.startswith(b"PK\x03\x04") and "xl/workbook.xml" in _zip_names(data)
    if extension == ".odt":
        return (
            data.startswith(b"PK\x03\x04")
            and data[30:38] == b"mimetype"
            and b"application/vnd.oasis.opendocument.text" in data[38:100]
        )
    return False


def check_uploads(uploads: list[Upload], policy: RelayPolicy) -> list[StoredFile]:
    """The files as they will be stored, or AttachmentRefusedError for the first problem."""
    if len(uploads) > policy.max_files:
        raise AttachmentRefusedError("too_many_files", limit=policy.max_files)
    checked: list[StoredFile] = []
    for upload in uploads:
        name = safe_name(upload.name)
        if len(upload.data) > policy.max_file_bytes:
            raise AttachmentRefusedError("too_large", name, policy.max_file_bytes)
        if not upload.data:
            raise AttachmentRefusedError("empty", name)
        extension = _extension(name)
        if extension not in MEDIA_TYPES:
            raise AttachmentRefusedError("type_not_allowed", name)
        if not content_matches(extension, upload.data):
            raise AttachmentRefusedError("content_mismatch", name)
        checked.append(
            StoredFile(
                sha256=hashlib.sha256(upload.data).hexdigest(),
                name=name,
                media_type=MEDIA_TYPES[extension],
                size=len(upload.data),
                data=upload.data,
            )
        )
    return checked


def store_blob(session: Session, stored: StoredFile, now: datetime) -> None:
    """The content once, whoever sends it again (two concurrent senders both succeed)."""
    insert_if_missing(
        session,
        Blob,
        {"sha256": stored.sha256, "size": stored.size, "data": stored.data, "created_at": now},
    )


def link_to_message(session: Session, message_id: str, stored: StoredFile, now: datetime) -> None:
    store_blob(session, stored, now)
    session.add(
        MessageAttachment(
            message_id=message_id,
            sha256=stored.sha256,
            name=stored.name,
            media_type=stored.media_type,
            size=stored.size,
            added_at=now,
        )
    )


def link_to_case(
    session: Session, case_id: str, stored: StoredFile, added_by_id: str | None, now: datetime
) -> CaseAttachment:
    store_blob(session, stored, now)
    attachment = CaseAttachment(
        case_id=case_id,
        sha256=stored.sha256,
        name=stored.name,
        media_type=stored.media_type,
        size=stored.size,
        added_at=now,
        added_by_id=added_by_id,
    )
    session.add(attachment)
    return attachment
