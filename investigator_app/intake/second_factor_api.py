"""HTTP: setting up a local account's second factor (TOTP) and renewing its recovery codes
(protocol_signin.py). Enrolment-only tokens may call these (``EnrollingActor``)."""

from __future__ import annotations

from fastapi import APIRouter

from investigator_app.intake import audit
from investigator_app.intake.db import utcnow
from investigator_app.intake.deps import DatabaseDep, EnrollingActor, NotesCipherDep, SettingsDep
from investigator_app.intake.errors import ServiceError
from investigator_app.intake.login_throttle import admit, for_device, take_back
from investigator_app.intake.openapi_errors import error_answers
from investigator_app.intake.second_factor import (
    confirm_enrolment,
    renew_recovery_codes,
    start_enrolment,
)
from investigator_app.protocol import API_PREFIX, ErrorCode
from investigator_app.protocol_signin import (
    RECOVERY_CODES_PATH,
    TOTP_CONFIRMATION_PATH,
    TOTP_ENROLMENT_PATH,
    RecoveryCodes,
    RecoveryCodesRequest,
    TotpConfirmation,
    TotpEnrolment,
)

router = APIRouter(tags=["accounts"])


def _wrong_code() -> ServiceError:
    return ServiceError(
        401, ErrorCode.INVALID_ONE_TIME_CODE, "The one-time code is not correct, or was used."
    )


@router.post(
    TOTP_ENROLMENT_PATH.removeprefix(API_PREFIX),
    response_model=TotpEnrolment,
    responses=error_answers(409),
    summary="Start setting up a second factor (TOTP)",
    description=(
        "A new TOTP secret (base32) and its otpauth:// URI for the QR code, not active "
        "until confirmed; it replaces an earlier unconfirmed one. 409 when the account has "
        "a second factor already (the administrator resets it); 403 forbidden_role for an "
        "account of the identity provider."
    ),
)
def post_enrolment(actor: EnrollingActor, db: DatabaseDep, cipher: NotesCipherDep) -> TotpEnrolment:
    with db.write() as session:
        return start_enrolment(session, cipher, actor, utcnow())


@router.post(
    TOTP_CONFIRMATION_PATH.removeprefix(API_PREFIX),
    response_model=RecoveryCodes,
    responses=error_answers(409),
    summary="Confirm the second factor with a code of the new secret",
    description=(
        "Activates the secret of the enrolment and answers the account's recovery codes, "
        "shown once (earlier ones stop working). The token of this request then counts as "
        "signed in with both factors (an enrolment-only token becomes a full one). 401 "
        "invalid_one_time_code when the code is wrong; 409 without an enrolment."
    ),
)
def post_confirmation(
    body: TotpConfirmation, actor: EnrollingActor, db: DatabaseDep, cipher: NotesCipherDep
) -> RecoveryCodes:
    now = utcnow()
    with db.write() as session:
        codes = confirm_enrolment(session, cipher, actor, body.code, now)
        if codes is None:
            detail = {"user_id": actor.user_id, "context": "enrolment", "token_id": actor.token_id}
            audit.record(session, actor, "auth.totp_failed", now, detail=detail)
    if codes is None:
        raise _wrong_code()
    return codes


@router.post(
    RECOVERY_CODES_PATH.removeprefix(API_PREFIX),
    response_model=RecoveryCodes,
    responses=error_answers(409, 429),
    summary="New recovery codes, proven with a current TOTP code",
    description=(
        "Ten new recovery codes, shown once; the earlier ones stop working. 401 "
        "invalid_one_time_code when the TOTP code is wrong or was used (a recovery code "
        "does not prove it here); repeated failures of this device wait, longer each time "
        "(429 too_many_attempts with Retry-After), as for the password."
    ),
)
def post_recovery_codes(
    body: RecoveryCodesRequest,
    actor: EnrollingActor,
    db: DatabaseDep,
    cipher: NotesCipherDep,
    settings: SettingsDep,
) -> RecoveryCodes:
    now = utcnow()
    policy = settings.login_policy
    assert actor.token_id is not None, "a bearer token's actor"
    counted = for_device(policy.key, actor.token_id, policy.limits)
    with db.write() as session:
        wait = admit(session, counted, now, policy.limits)
    if wait is not None:
        raise ServiceError(
            429,
            ErrorCode.TOO_MANY_ATTEMPTS,
            f"Too many failed attempts; try again in {int(wait)} seconds.",
            {"Retry-After": str(int(wait))},
        )
    with db.write() as session:
        codes = renew_recovery_codes(session, cipher, actor, body.code, now)
        if codes is None:
            detail = {"user_id": actor.user_id, "context": "recovery_codes"}
            audit.record(session, actor, "auth.totp_failed", now, detail=detail)
        else:
            take_back(session, counted, proved=True)
    if codes is None:
        raise _wrong_code()
    return codes
