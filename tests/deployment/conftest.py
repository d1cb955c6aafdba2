"""Fixtures of the deployment tests: the service's databases, as tests/intake has them."""

from __future__ import annotations

from tests.intake.conftest import (  # noqa: F401  (fixtures, by name)
    dropped_at_the_end,
    empty_postgres_url,
    password_hash,
    postgres_admin_url,
    postgres_session_database,
    postgres_url,
)
