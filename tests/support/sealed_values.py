"""A service database holding one value of every kind the notes key seals (notes in two
visibilities, an edited note's earlier text, a recusal reason, a second-factor secret, the
identity provider's refresh tokens of a device and of a sign-in under way), and
reading them back as people see them from a service started later on the same database
(a restored backup, a rotated key)."""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from sqlalchemy import select

from investigator_app.intake.db import utcnow
from investigator_app.intake.embedded import EmbeddedService
from investigator_app.intake.models import DeviceToken, OidcSignIn, User
from investigator_app.intake.note_cipher import NoteCipher
from investigator_app.intake.oidc_flow import (
    device_context,
    open_refresh,
    seal_refresh,
    sign_in_context,
)
from investigator_app.intake.tokens import issue_token
from investigator_app.intake.totp import open_secret, seal_secret
from investigator_app.protocol import API_PREFIX
from tests.intake.conftest import World, op
from tests.support import web

TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"
RECUSAL_REASON = "Mijn schoonbroer werkt bij de betrokken gemeente."
DEVICE_REFRESH = "provider-refresh-of-a-device"
SIGN_IN_REFRESH = "provider-refresh-of-a-sign-in"
SIGN_IN_ID = hashlib.sha256(b"a state").hexdigest()


@dataclass(frozen=True)
class SealedWorld:
    """What was sealed, as its readers should see it again."""

    case_id: str
    notes: dict[str, set[str]]  # username -> the note bodies (current and earlier) they read
    recusal_reason: str
    totp_secret: str
    refresh_tokens: tuple[str, str]  # of the device, of the sign-in under way


def seal_one_of_each(world: World) -> SealedWorld:
    """Through the API (notes, recusal) and the database (the TOTP secret, as enrolment
    stores it), under the running service's notes key."""
    case_id = world.forwarded_case()
    note_id = str(uuid.uuid4())
    first = {"note_id": note_id, "body": "Eerste indruk: getuige horen", "visibility": "only_me"}
    edit = {**first, "body": "Tweede lezing: eerst de stukken", "visibility": "case_team"}
    shared = {"note_id": str(uuid.uuid4()), "body": "Voor het team", "visibility": "case_team"}
    for who, operation in (
        ("an", op(case_id, "add_note", note=first)),
        ("an", op(case_id, "edit_note", note=edit)),
        ("manager", op(case_id, "add_note", note=shared)),
    ):
        [result] = world.operate(who, operation)
        assert result["status"] == "applied", result
    case = world.case(case_id, "manager")
    [assigned] = world.operate("manager", op(case, "assign", assignee_id=world.ids["jonas"]))
    assert assigned["status"] == "applied", assigned
    [recused] = world.operate("jonas", op(case_id, "recuse", reason=RECUSAL_REASON))
    assert recused["status"] == "applied", recused
    cipher = NoteCipher(_key(world.service))
    with world.service.session() as session:
        user = session.get(User, world.ids["an"])
        assert user is not None
        user.totp_secret_sealed = seal_secret(cipher, user.id, TOTP_SECRET)
        now = utcnow()
        _token, device = issue_token(session, user, "provider", now, timedelta(hours=1))
        device.provider_refresh_sealed = seal_refresh(
            cipher, DEVICE_REFRESH, device_context(device.id)
        )
        session.add(
            OidcSignIn(
                id=SIGN_IN_ID,
                created_at=now,
                expires_at=now + timedelta(minutes=10),
                nonce="n",
                provider_code_verifier="v",
                redirect_uri="http://127.0.0.1:50000/callback",
                client_state="s",
                code_challenge="c",
                user_id=user.id,
                provider_refresh_sealed=seal_refresh(
                    cipher, SIGN_IN_REFRESH, sign_in_context(SIGN_IN_ID)
                ),
            )
        )
    return SealedWorld(
        case_id=case_id,
        notes={
            # The author reads her earlier text too, the manager never did (only_me); An is
            # not on the case team, so the manager's note is not hers to read.
            "an.peeters": {"Eerste indruk: getuige horen", "Tweede lezing: eerst de stukken"},
            "els.wouters": {"Tweede lezing: eerst de stukken", "Voor het team"},
        },
        recusal_reason=RECUSAL_REASON,
        totp_secret=TOTP_SECRET,
        refresh_tokens=(DEVICE_REFRESH, SIGN_IN_REFRESH),
    )


def _key(service: EmbeddedService) -> bytes:
    key = service.settings.notes_key
    assert key is not None
    return key


def _case_as(service: EmbeddedService, username: str, case_id: str) -> dict[str, Any]:
    with service.session() as session:
        user = session.scalar(select(User).where(User.username == username))
        assert user is not None
        token, _row = issue_token(session, user, "read back", utcnow(), timedelta(hours=1))
    response = web.get(
        f"{service.base_url}{API_PREFIX}/changes",
        params={"cursor": 0, "limit": 1000},
        headers={"Authorization": f"Bearer {token}"},
        timeout=30,
    )
    assert response.status_code == 200, response.text
    [change] = [c for c in response.json()["changes"] if c["case_id"] == case_id]
    return dict(change["case"])


def read_back(service: EmbeddedService, sealed: SealedWorld) -> SealedWorld:
    """What the readers of ``sealed`` see on ``service`` now."""
    notes: dict[str, set[str]] = {}
    reason = ""
    for username in sealed.notes:
        case = _case_as(service, username, sealed.case_id)
        notes[username] = {n["body"] for n in case["notes"]} | {
            e["body"] for n in case["notes"] for e in n["earlier"]
        }
        if username == "els.wouters":  # the manager reads the reason
            [recusal] = case["recusals"]
            reason = str(recusal["reason"])
    cipher = NoteCipher(_key(service))
    with service.database.read() as session:
        user = session.scalar(select(User).where(User.username == "an.peeters"))
        assert user is not None and user.totp_secret_sealed is not None
        secret = open_secret(cipher, user.id, user.totp_secret_sealed)
        [device] = session.scalars(
            select(DeviceToken).where(DeviceToken.provider_refresh_sealed.is_not(None))
        ).all()
        sign_in = session.get(OidcSignIn, SIGN_IN_ID)
        assert device.provider_refresh_sealed and sign_in and sign_in.provider_refresh_sealed
        refresh = (
            open_refresh(cipher, device.provider_refresh_sealed, device_context(device.id)),
            open_refresh(cipher, sign_in.provider_refresh_sealed, sign_in_context(SIGN_IN_ID)),
        )
    return SealedWorld(sealed.case_id, notes, reason, secret, refresh)
