"""FastAPI dependencies: the database, the caller behind the bearer token, their role."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from investigator_app.intake.actors import Actor
from investigator_app.intake.db import Database, utcnow
from investigator_app.intake.errors import BEARER_CHALLENGE, ServiceError
from investigator_app.intake.note_cipher import NoteCipher
from investigator_app.intake.notifier import ChangeNotifier
from investigator_app.intake.settings import Settings
from investigator_app.intake.tokens import resolve_token, touch_token
from investigator_app.protocol import ErrorCode

_bearer = HTTPBearer(
    auto_error=False,
    description="The device token from POST /api/v1/auth/login: `Authorization: Bearer <token>`.",
)


def get_database(request: Request) -> Database:
    database = request.app.state.database
    assert isinstance(database, Database)
    return database


def get_settings(request: Request) -> Settings:
    settings = request.app.state.settings
    assert isinstance(settings, Settings)
    return settings


def get_notifier(request: Request) -> ChangeNotifier:
    notifier = request.app.state.notifier
    assert isinstance(notifier, ChangeNotifier)
    return notifier


def get_notes_cipher(request: Request) -> NoteCipher:
    cipher = request.app.state.notes_cipher
    assert isinstance(cipher, NoteCipher)
    return cipher


DatabaseDep = Annotated[Database, Depends(get_database)]
SettingsDep = Annotated[Settings, Depends(get_settings)]
NotesCipherDep = Annotated[NoteCipher, Depends(get_notes_cipher)]


def current_actor(
    db: DatabaseDep,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> Actor:
    if credentials is None:
        raise ServiceError(
            401,
            ErrorCode.NOT_AUTHENTICATED,
            "Log in first: this needs an access token.",
            BEARER_CHALLENGE,
        )
    now = utcnow()
    with db.read() as session:
        actor, stale = resolve_token(session, credentials.credentials, now)
    if stale and actor.token_id is not None:
        with db.write() as session:
            touch_token(session, actor.token_id, now)
    return actor


CurrentActor = Annotated[Actor, Depends(current_actor)]


def investigator(actor: CurrentActor) -> Actor:
    """Investigators and managers who belong to a department."""
    if not actor.is_department_member:
        raise ServiceError(
            403,
            ErrorCode.FORBIDDEN_ROLE,
            "Only investigators and managers of a department may do this.",
        )
    return actor


def operator(actor: CurrentActor) -> Actor:
    """The 1700 desk (and administrators)."""
    if not actor.is_operator:
        raise ServiceError(403, ErrorCode.FORBIDDEN_ROLE, "Only the 1700 desk may do this.")
    return actor


InvestigatorActor = Annotated[Actor, Depends(investigator)]
OperatorActor = Annotated[Actor, Depends(operator)]
