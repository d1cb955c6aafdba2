"""The signed-in account's second factor at the service: blocking calls for the dialogs'
background jobs, each on a client of its own (they run off the GUI thread)."""

from __future__ import annotations

from dataclasses import dataclass, field

from investigator_app.protocol import MeResponse, SecondFactorOut
from investigator_app.protocol_signin import RecoveryCodes, TotpEnrolment
from investigator_app.sync.api import ApiClient


@dataclass(frozen=True)
class SecondFactorAccount:
    server_url: str
    token: str = field(repr=False)

    def _client(self) -> ApiClient:
        return ApiClient(self.server_url, self.token, timeout=10.0)

    def status(self) -> SecondFactorOut | None:
        """None: an account of the organisation's provider (which does its own)."""
        with self._client() as client:
            return client.me().second_factor

    def start(self) -> TotpEnrolment:
        with self._client() as client:
            return client.start_totp_enrolment()

    def confirm(
        self, code: str, *, identify: bool = False
    ) -> RecoveryCodes | tuple[RecoveryCodes, MeResponse]:
        """The recovery codes; with ``identify`` also who the user is now (a forced set-up
        after the sign-in needs it before the workspace opens)."""
        with self._client() as client:
            codes = client.confirm_totp(code)
            return (codes, client.me()) if identify else codes

    def renew(self, code: str) -> RecoveryCodes:
        with self._client() as client:
            return client.renew_recovery_codes(code)
