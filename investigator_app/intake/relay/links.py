"""One-time links mailed to the reporter.

A link is 256 random bits; the service keeps only their sha256, so a database dump gives
no working link. A newer link for the same message (a reminder, a resend) revokes the
older ones. Unknown and forged tokens are indistinguishable to the visitor.
"""

from __future__ import annotations

import hashlib
import re
import secrets
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from investigator_app.domain.messages import MessageKind, MessageState
from investigator_app.intake.models import Message, ReplyLink

REPLY_PATH = "/r"
_TOKEN = re.compile(r"^[A-Za-z0-9_-]{40,64}$")


class LinkState(StrEnum):
    OPEN = "open"  # a request to answer, or a letter to read
    UNKNOWN = "unknown"  # never issued, forged, or malformed
    EXPIRED = "expired"
    USED = "used"  # the request has been answered
    CANCELLED = "cancelled"
    REPLACED = "replaced"  # a newer mail carries the working link


@dataclass(frozen=True)
class ResolvedLink:
    state: LinkState
    message: Message | None = None


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("ascii")).hexdigest()


def issue_link(session: Session, message: Message, now: datetime) -> str:
    """A fresh link for ``message``; older links of it stop working."""
    revoke_links(session, message.id, now)
    token = secrets.token_urlsafe(32)
    session.add(
        ReplyLink(
            token_hash=token_hash(token),
            message_id=message.id,
            created_at=now,
            expires_at=message.expires_at,
        )
    )
    return token


def revoke_links(session: Session, message_id: str, now: datetime) -> None:
    session.execute(
        update(ReplyLink)
        .where(ReplyLink.message_id == message_id, ReplyLink.revoked_at.is_(None))
        .values(revoked_at=now)
        .execution_options(synchronize_session=False)
    )


def link_url(public_url: str, token: str) -> str:
    return f"{public_url.rstrip('/')}{REPLY_PATH}/{token}"


def resolve(session: Session, token: str, now: datetime, *, lock: bool = False) -> ResolvedLink:
    """What a visitor with ``token`` may see. ``lock`` holds the message row until the
    transaction ends, so two submissions of one form cannot both be accepted."""
    if not _TOKEN.match(token):
        return ResolvedLink(LinkState.UNKNOWN)
    link = session.get(ReplyLink, token_hash(token))
    if link is None:
        return ResolvedLink(LinkState.UNKNOWN)
    query = select(Message).where(Message.id == link.message_id)
    message = session.scalars(query.with_for_update() if lock else query).one()
    if message.state is MessageState.CANCELLED:
        return ResolvedLink(LinkState.CANCELLED, message)
    if message.kind is MessageKind.INFO_REQUEST and message.state is MessageState.ANSWERED:
        return ResolvedLink(LinkState.USED, message)
    if message.state is MessageState.EXPIRED or now >= link.expires_at:
        return ResolvedLink(LinkState.EXPIRED, message)
    if link.revoked_at is not None:
        return ResolvedLink(LinkState.REPLACED, message)
    return ResolvedLink(LinkState.OPEN, message)
