"""HTTP: logging in and out, and who am I."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request, Response
from fastapi.concurrency import run_in_threadpool

from investigator_app.intake.accounts import department_members, user_out
from investigator_app.intake.db import utcnow
from investigator_app.intake.department_settings import department_settings
from investigator_app.intake.deps import (
    CurrentActor,
    DatabaseDep,
    EnrollingActor,
    NotesCipherDep,
    ProviderCheckDep,
    SettingsDep,
    get_database,
    get_notes_cipher,
    get_settings,
)
from investigator_app.intake.login import LoginGuard, check_password, login, room_for_a_check
from investigator_app.intake.models import User
from investigator_app.intake.openapi_errors import error_answers
from investigator_app.intake.second_factor import second_factor_out, sign_in_method_of
from investigator_app.intake.tokens import revoke_token
from investigator_app.protocol import LoginRequest, LoginResponse, MeResponse, PasswordCheck

router = APIRouter(tags=["accounts"])


def _login_guard(request: Request) -> LoginGuard:
    guard = request.app.state.login_guard
    assert isinstance(guard, LoginGuard)
    return guard


def _address(request: Request) -> str:
    # The peer, or behind a proxy the client it names (uvicorn's --forwarded-allow-ips).
    return request.client.host if request.client is not None else "unknown"


LoginGuardDep = Annotated[LoginGuard, Depends(_login_guard)]
AddressDep = Annotated[str, Depends(_address)]


@router.post(
    "/auth/login",
    response_model=LoginResponse,
    responses=error_answers(401, 429, 503),
    summary="Log in and get a device token",
    description=(
        "Checks the username and password and returns a new random device token to send "
        "as `Authorization: Bearer <token>`. Only its hash is stored. A wrong password and "
        "an unknown username get the same answer (401 invalid_credentials). Repeated "
        "failures make the next attempt wait, longer each time (429 too_many_attempts "
        "with Retry-After): per account and source address, per address and per account. "
        "A login that sends the token this device had for the account (`previous_token`, "
        "expired is fine) is counted apart and is not slowed down by others' guesses. "
        "When too many passwords are being checked at once the answer is 503 "
        "service_busy with Retry-After: nothing was checked or counted. "
        "An account with a second factor also sends `one_time_code` (a TOTP code or a "
        "recovery code, each usable once): without it 401 second_factor_required, wrong or "
        "used already 401 invalid_one_time_code, counted as a failed attempt. A member of a "
        "department that demands a second factor who has none gets a token that may only "
        "set it up (403 second_factor_enrolment_required elsewhere)."
    ),
)
async def post_login(body: LoginRequest, request: Request) -> LoginResponse:
    # On the event loop up to the gate (sync dependencies would each take a thread): a
    # flood refused there takes no thread at all. A previous token may prove false; then
    # the gate's slot refuses, after the database.
    guard, address = _login_guard(request), _address(request)
    room_for_a_check(guard, address, known=body.previous_token is not None)
    db, policy = get_database(request), get_settings(request).login_policy
    cipher = get_notes_cipher(request)  # opens a second factor's secret
    return await run_in_threadpool(login, db, body, utcnow(), policy, guard, address, cipher)


@router.post(
    "/auth/verify-password",
    status_code=204,
    responses=error_answers(429, 503),
    summary="Check the signed-in user's password (unlocking the desktop)",
    description=(
        "Checks the password of the user the bearer token belongs to: 204 when right, 401 "
        "invalid_credentials when wrong. Repeated failures of this device make its next "
        "check wait, longer each time (429 too_many_attempts with Retry-After); failed "
        "logins of the account elsewhere do not. Failures are audited as "
        "auth.unlock_failed. 503 service_busy: too many checks at once, retry. Nothing "
        "else changes: the token stays as it is. An account with a second factor sends "
        "`one_time_code` too, as at the login."
    ),
)
def post_verify_password(
    body: PasswordCheck,
    actor: CurrentActor,
    db: DatabaseDep,
    settings: SettingsDep,
    guard: LoginGuardDep,
    address: AddressDep,
    cipher: NotesCipherDep,
) -> Response:
    room_for_a_check(guard, address, known=True)
    check_password(db, actor, body, utcnow(), settings.login_policy, guard, address, cipher)
    return Response(status_code=204)


@router.post(
    "/auth/logout",
    status_code=204,
    summary="Log out this device",
    description=(
        "Revokes the token used for this request; it is refused from now on. A token of a "
        "sign-in with the organisation's account is also revoked at the identity provider "
        "when it offers revocation (best effort)."
    ),
)
def post_logout(actor: EnrollingActor, db: DatabaseDep, provider: ProviderCheckDep) -> Response:
    if actor.token_id is not None:
        with db.write() as session:
            revoke_token(session, actor, actor.token_id, utcnow(), "logout")
        provider.sign_out(actor.token_id)
    return Response(status_code=204)


@router.get(
    "/me",
    response_model=MeResponse,
    summary="Who am I",
    description=(
        "The caller's account and, for department members, the active investigators and "
        "managers of the department (the people a case can be assigned to, the caller "
        "included) and the department's settings (the per-file limit of evidence, the "
        "notice read at the start of an interview); `settings` is null for others."
    ),
)
def get_me(actor: EnrollingActor, db: DatabaseDep, settings: SettingsDep) -> MeResponse:
    with db.read() as session:
        user = session.get_one(User, actor.user_id)
        return MeResponse(
            user=user_out(session, user),
            colleagues=department_members(session, user.department_id),
            settings=department_settings(session, actor, settings.max_piece_bytes),
            sign_in_method=sign_in_method_of(session, actor.token_id),
            second_factor=second_factor_out(session, user),
        )
