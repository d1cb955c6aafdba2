"""Who is acting: an authenticated user of the API, or an administrator at the CLI."""

from __future__ import annotations

import getpass
from dataclasses import dataclass
from datetime import datetime

from investigator_app.domain.vocabulary import DEPARTMENT_ROLES, Role

CENTRAL_DESK_NAME = "1700"
"""How people outside the 1700 desk see its staff in a case's timeline."""


@dataclass(frozen=True)
class Actor:
    user_id: str | None  # None for the CLI
    name: str  # display name, as written into the audit trail
    role: Role | None
    department_id: int | None = None
    username: str | None = None
    token_id: str | None = None  # the device token of this request
    # The token may only set up a second factor (issue 16): deps.py refuses it elsewhere.
    enrolment_only: bool = False
    # A token of the identity provider's sign-in: when the provider last confirmed its user
    # (oidc_check.py asks again after the maximum age). None for other tokens.
    provider_checked_at: datetime | None = None

    @property
    def is_department_member(self) -> bool:
        return self.role in DEPARTMENT_ROLES and self.department_id is not None

    @property
    def is_operator(self) -> bool:
        return self.role in (Role.OPERATOR, Role.ADMIN)


def cli_actor() -> Actor:
    """The person running the command-line tool on the server."""
    try:
        who = getpass.getuser()
    except (KeyError, OSError):
        who = "unknown"
    return Actor(user_id=None, name=f"cli:{who}", role=Role.ADMIN)
