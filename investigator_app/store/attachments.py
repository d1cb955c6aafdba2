"""Attachment bytes kept with the cases, by content address (sha256).

The one place that reads and writes them. Bytes are verified on the way in and on the way
out, and sealed at rest with the data key (bound to their content address).
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.engine import Connection

from investigator_app.store.models import attachment_blobs, case_attachments
from investigator_app.store.sealing import Sealer, blob_place


class AttachmentIntegrityError(ValueError):
    """Bytes whose sha256 is not the content address they were asked for."""


def verify(sha256: str, data: bytes) -> None:
    actual = hashlib.sha256(data).hexdigest()
    if actual != sha256:
        raise AttachmentIntegrityError(
            f"attachment {sha256[:12]}… does not match its content address ({actual[:12]}…)"
        )


def keep(conn: Connection, sealer: Sealer, sha256: str, data: bytes) -> None:
    """Store verified bytes (raises AttachmentIntegrityError and keeps nothing otherwise)."""
    verify(sha256, data)
    sealed = sealer.seal_bytes(data, blob_place(sha256))
    conn.execute(
        insert(attachment_blobs).values(sha256=sha256, data=sealed).on_conflict_do_nothing()
    )


def read(conn: Connection, sealer: Sealer, sha256: str) -> bytes | None:
    """The verified bytes, or None when they were not fetched yet."""
    sealed: bytes | None = conn.scalar(
        select(attachment_blobs.c.data).where(attachment_blobs.c.sha256 == sha256)
    )
    if sealed is None:
        return None
    try:
        data = sealer.open_bytes(bytes(sealed), blob_place(sha256))
    except ValueError as error:  # altered on disk: as damaged as a wrong checksum
        raise AttachmentIntegrityError(f"attachment {sha256[:12]}… cannot be opened") from error
    verify(sha256, data)  # a damaged store must not hand out something else
    return data


def available(conn: Connection, sha256s: Sequence[str]) -> set[str]:
    if not sha256s:
        return set()
    query = select(attachment_blobs.c.sha256).where(attachment_blobs.c.sha256.in_(sha256s))
    return set(conn.scalars(query))


def missing(conn: Connection) -> list[tuple[str, str]]:
    """(case id, sha256) of each referenced attachment whose bytes we lack, one per sha256."""
    query = (
        select(case_attachments.c.case_id, case_attachments.c.sha256)
        .where(case_attachments.c.sha256.not_in(select(attachment_blobs.c.sha256)))
        .order_by(case_attachments.c.case_id)
    )
    seen: dict[str, str] = {}
    for case_id, sha256 in conn.execute(query):
        seen.setdefault(sha256, case_id)
    return [(case_id, sha256) for sha256, case_id in seen.items()]


def cases_referring(conn: Connection, sha256: str) -> list[str]:
    query = select(case_attachments.c.case_id).where(case_attachments.c.sha256 == sha256)
    return sorted(set(conn.scalars(query)))
