"""The service's settings: one typed place, with defaults."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from investigator_app.intake.login import LoginPolicy


@dataclass(frozen=True)
class Settings:
    database_url: str
    token_lifetime: timedelta = timedelta(days=30)
    login_max_failures: int = 5
    login_lockout: timedelta = timedelta(minutes=1)
    poll_interval: float = 0.25  # seconds between "anything new?" checks of a long-poll
    max_body_bytes: int = 4 * 1024 * 1024
    title: str = "1700 intake service"

    @property
    def login_policy(self) -> LoginPolicy:
        return LoginPolicy(
            token_lifetime=self.token_lifetime,
            max_failures=self.login_max_failures,
            lockout=self.login_lockout,
        )
