"""Prints what signing in with the organisation's account costs, against the tests' real
OpenID Connect provider on loopback and an embedded service on SQLite: the whole flow from
the desktop's start to its device token (without a browser), a request whose token is not
due for the provider's check, and one that is (a refresh and userinfo at the provider).

    uv run python bench/oidc_sign_in_bench.py
"""

from __future__ import annotations

import statistics
import tempfile
import time
from datetime import timedelta

import httpx
from sqlalchemy import update

from investigator_app.intake.accounts import create_department
from investigator_app.intake.actors import cli_actor
from investigator_app.intake.db import utcnow
from investigator_app.intake.embedded import EmbeddedService
from investigator_app.intake.models import DeviceToken
from investigator_app.intake.settings import Settings
from tests.support.oidc_provider import (
    challenge_of,
    free_loopback_redirect,
    new_verifier,
    query_of,
    sign_in_over_http,
    start_provider,
    start_url,
)

ROUNDS = 10


def main() -> None:
    with start_provider() as provider:
        provider.set_user("an", {"name": "An", "vo_orgcode": "OVO000001", "vo_rol": "onderzoeker"})
        url = f"sqlite:///{tempfile.mkdtemp()}/bench.sqlite3"
        settings = Settings(database_url=url, oidc=provider.service_settings())
        with EmbeddedService(url, settings=settings) as service:
            with service.session() as session:
                create_department(session, cli_actor(), "ABB", "Binnenlands Bestuur", utcnow())
            flows, token = [], ""
            for _ in range(ROUNDS):
                verifier, started = new_verifier(), time.perf_counter()
                start = start_url(
                    service.base_url, free_loopback_redirect(), challenge_of(verifier)
                )
                code = query_of(sign_in_over_http(start, "an"))["code"]
                answer = httpx.post(
                    service.base_url + "/api/v1/auth/oidc/token",
                    json={"code": code, "code_verifier": verifier},
                )
                flows.append(time.perf_counter() - started)
                token = answer.json()["token"]
            worst = f"{max(flows) * 1000:.0f} ms"
            print(f"sign-in, start to device token: median {_ms(flows)}, max {worst}")
            headers = {"Authorization": f"Bearer {token}"}
            with httpx.Client(base_url=service.base_url + "/api/v1", headers=headers) as client:
                for _ in range(5):
                    client.get("/me")
                plain = []
                for _ in range(100):
                    started = time.perf_counter()
                    client.get("/me")
                    plain.append(time.perf_counter() - started)
                print(f"GET /me, provider's check not due: median {_ms(plain)}")
                due = []
                for _ in range(ROUNDS):
                    with service.session() as session:
                        session.execute(
                            update(DeviceToken).values(
                                provider_checked_at=utcnow() - timedelta(hours=9)
                            )
                        )
                    started = time.perf_counter()
                    assert client.get("/me").status_code == 200
                    due.append(time.perf_counter() - started)
                print(f"GET /me, asking the provider again: median {_ms(due)}")


def _ms(seconds: list[float]) -> str:
    return f"{statistics.median(seconds) * 1000:.1f} ms"


if __name__ == "__main__":
    main()
