"""The calls of ApiClient that set up a local account's second factor (TOTP) and renew its
recovery codes (protocol_signin.py). A mixin: ApiClient brings the connection."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from investigator_app.protocol import API_PREFIX
from investigator_app.protocol_signin import (
    RECOVERY_CODES_PATH,
    TOTP_CONFIRMATION_PATH,
    TOTP_ENROLMENT_PATH,
    RecoveryCodes,
    RecoveryCodesRequest,
    TotpConfirmation,
    TotpEnrolment,
)
from investigator_app.sync.answers import parse


class SecondFactorCalls:
    if TYPE_CHECKING:  # ApiClient defines it

        def _send(
            self,
            method: str,
            path: str,
            *,
            json: Any = None,
            params: dict[str, Any] | None = None,
            timeout: httpx.Timeout | None = None,
        ) -> httpx.Response: ...

    def start_totp_enrolment(self) -> TotpEnrolment:
        """A new secret and its otpauth:// URI, active once confirmed."""
        response = self._send("POST", TOTP_ENROLMENT_PATH.removeprefix(API_PREFIX))
        return parse(response, TotpEnrolment)

    def confirm_totp(self, code: str) -> RecoveryCodes:
        """Activate the new secret with one of its codes; the recovery codes, shown once.
        AuthenticationFailed(invalid_one_time_code) when the code is wrong."""
        body = TotpConfirmation(code=code).model_dump(mode="json")
        path = TOTP_CONFIRMATION_PATH.removeprefix(API_PREFIX)
        return parse(self._send("POST", path, json=body), RecoveryCodes)

    def renew_recovery_codes(self, code: str) -> RecoveryCodes:
        """New recovery codes (the earlier ones stop working), proven with a TOTP code."""
        body = RecoveryCodesRequest(code=code).model_dump(mode="json")
        path = RECOVERY_CODES_PATH.removeprefix(API_PREFIX)
        return parse(self._send("POST", path, json=body), RecoveryCodes)
