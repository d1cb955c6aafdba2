"""FastAPI dependencies: the database, the caller behind the bearer token, their role."""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Annotated, TypeVar

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from investigator_app.intake.actors import Actor
from investigator_app.intake.db import Database, utcnow
from investigator_app.intake.errors import BEARER_CHALLENGE, ServiceError
from investigator_app.intake.note_cipher import NoteCipher
from investigator_app.intake.notifier import ChangeNotifier
from investigator_app.intake.oidc_check import ProviderCheck
from investigator_app.intake.settings import Settings
from investigator_app.intake.tokens import resolve_token, touch_token
from investigator_app.protocol import ErrorCode

T = TypeVar("T")

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


def _on_loop(get: Callable[[Request], T]) -> Callable[[Request], Awaitable[T]]:
    """``get`` as an async dependency: FastAPI runs a plain function dependency in the
    threadpool, a hop there and back per request for reading the app's state."""

    async def dependency(request: Request) -> T:
        return get(request)

    return dependency


DatabaseDep = Annotated[Database, Depends(_on_loop(get_database))]
SettingsDep = Annotated[Settings, Depends(_on_loop(get_settings))]
NotifierDep = Annotated[ChangeNotifier, Depends(_on_loop(get_notifier))]
NotesCipherDep = Annotated[NoteCipher, Depends(_on_loop(get_notes_cipher))]


BearerDep = Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]


@dataclass(frozen=True)
class Caller:
    """The actor behind the bearer token, and their department's feed position read in the
    same query (``tokens.TokenCheck``). One dependency per request (FastAPI caches it):
    the one database visit and threadpool hop of the token check."""

    actor: Actor
    feed_seq: int
    checked_at: float  # time.monotonic() before that query: feed_seq is at least this new


def get_provider_check(request: Request) -> ProviderCheck:
    check = request.app.state.provider_check
    assert isinstance(check, ProviderCheck)
    return check


ProviderCheckDep = Annotated[ProviderCheck, Depends(_on_loop(get_provider_check))]


def token_caller(request: Request, credentials: BearerDep) -> Caller:
    # The app's state is read here rather than as dependencies: every request solves this
    # one, and FastAPI's cost per dependency solved is a good part of a short request's.
    db, provider = get_database(request), get_provider_check(request)
    if credentials is None:
        raise ServiceError(
            401,
            ErrorCode.NOT_AUTHENTICATED,
            "Log in first: this needs an access token.",
            BEARER_CHALLENGE,
        )
    now, checked_at = utcnow(), time.monotonic()
    # One statement: a plain connection is enough (no ORM session, no snapshot isolation to
    # set up and reset), which costs a fraction of db.read() on every request.
    with db.engine.connect() as connection:
        check = resolve_token(connection, credentials.credentials, now)
    if check.stale and check.actor.token_id is not None:
        with db.write() as session:
            touch_token(session, check.actor.token_id, now)
    if provider.due(check.actor, now):  # a provider's sign-in, unconfirmed for too long
        provider.confirm(check.actor, now)
    return Caller(check.actor, check.feed_seq, checked_at)


CallerDep = Annotated[Caller, Depends(token_caller)]


# The dependencies below do no I/O: async, so that FastAPI runs them on the event loop
# rather than sending each to the threadpool and back.


async def current_actor(caller: CallerDep) -> Actor:
    """The caller; 403 second_factor_enrolment_required for a token that may only set up
    a second factor (its department demands one)."""
    return _past_enrolment(caller.actor)


def _past_enrolment(actor: Actor) -> Actor:
    if actor.enrolment_only:
        raise ServiceError(
            403,
            ErrorCode.SECOND_FACTOR_ENROLMENT_REQUIRED,
            "Your department requires a second factor: set it up first.",
        )
    return actor


async def enrolling_actor(caller: CallerDep) -> Actor:
    """The caller, also with an enrolment-only token: /me, logging out and setting up the
    second factor take it."""
    return caller.actor


CurrentActor = Annotated[Actor, Depends(current_actor)]
EnrollingActor = Annotated[Actor, Depends(enrolling_actor)]


async def investigator(actor: CurrentActor) -> Actor:
    """Investigators and managers who belong to a department."""
    return _department_member(actor)


def _department_member(actor: Actor) -> Actor:
    if not actor.is_department_member:
        raise ServiceError(
            403,
            ErrorCode.FORBIDDEN_ROLE,
            "Only investigators and managers of a department may do this.",
        )
    return actor


async def department_caller(caller: CallerDep) -> Caller:
    """As ``investigator``, keeping the feed position: the change feed's one dependency
    (it reads the app's state itself, see ``token_caller``)."""
    _department_member(_past_enrolment(caller.actor))
    return caller


async def operator(actor: CurrentActor) -> Actor:
    """The 1700 desk (and administrators)."""
    if not actor.is_operator:
        raise ServiceError(403, ErrorCode.FORBIDDEN_ROLE, "Only the 1700 desk may do this.")
    return actor


InvestigatorActor = Annotated[Actor, Depends(investigator)]
DepartmentCaller = Annotated[Caller, Depends(department_caller)]
OperatorActor = Annotated[Actor, Depends(operator)]
