"""HTTP: logging in and out, and who am I."""

from __future__ import annotations

from fastapi import APIRouter, Response

from investigator_app.intake.accounts import department_members, user_out
from investigator_app.intake.db import utcnow
from investigator_app.intake.deps import CurrentActor, DatabaseDep, SettingsDep
from investigator_app.intake.login import check_password, login
from investigator_app.intake.models import User
from investigator_app.intake.tokens import revoke_token
from investigator_app.protocol import LoginRequest, LoginResponse, MeResponse, PasswordCheck

router = APIRouter(tags=["accounts"])


@router.post(
    "/auth/login",
    response_model=LoginResponse,
    summary="Log in and get a device token",
    description=(
        "Checks the username and password and returns a new random device token to send "
        "as `Authorization: Bearer <token>`. Only its hash is stored. A wrong password and "
        "an unknown username get the same answer (401 invalid_credentials); after "
        "repeated failures the username is locked for a minute (429 too_many_attempts)."
    ),
)
def post_login(body: LoginRequest, db: DatabaseDep, settings: SettingsDep) -> LoginResponse:
    return login(db, body, utcnow(), settings.login_policy)


@router.post(
    "/auth/verify-password",
    status_code=204,
    summary="Check the signed-in user's password (unlocking the desktop)",
    description=(
        "Checks the password of the user the bearer token belongs to: 204 when right, 401 "
        "invalid_credentials when wrong. Failures count towards the login's lock of that "
        "username (429 too_many_attempts) and are audited as auth.unlock_failed. Nothing "
        "else changes: the token stays as it is."
    ),
)
def post_verify_password(
    body: PasswordCheck, actor: CurrentActor, db: DatabaseDep, settings: SettingsDep
) -> Response:
    check_password(db, actor, body, utcnow(), settings.login_policy)
    return Response(status_code=204)


@router.post(
    "/auth/logout",
    status_code=204,
    summary="Log out this device",
    description="Revokes the token used for this request; it is refused from now on.",
)
def post_logout(actor: CurrentActor, db: DatabaseDep) -> Response:
    if actor.token_id is not None:
        with db.write() as session:
            revoke_token(session, actor, actor.token_id, utcnow(), "logout")
    return Response(status_code=204)


@router.get(
    "/me",
    response_model=MeResponse,
    summary="Who am I",
    description=(
        "The caller's account and, for department members, the active investigators and "
        "managers of the department (the people a case can be assigned to, the caller "
        "included)."
    ),
)
def get_me(actor: CurrentActor, db: DatabaseDep) -> MeResponse:
    with db.read() as session:
        user = session.get_one(User, actor.user_id)
        return MeResponse(
            user=user_out(session, user), colleagues=department_members(session, user.department_id)
        )
