"""A real intake service on loopback with one department, two investigators and a desk."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
from sqlalchemy import update

from investigator_app.domain.vocabulary import Role
from investigator_app.intake.accounts import create_department, create_user
from investigator_app.intake.actors import cli_actor
from investigator_app.intake.embedded import EmbeddedService
from investigator_app.intake.models import DeviceToken
from investigator_app.intake.passwords import hash_password
from investigator_app.protocol import API_PREFIX
from investigator_app.sync.api import ApiClient

PASSWORD = "correct horse"
DEPARTMENT = "AGO"
INVESTIGATOR = "ines"
COLLEAGUE = "cas"
OPERATOR = "olga"


@dataclass
class Deployment:
    service: EmbeddedService
    tokens: dict[str, str] = field(default_factory=dict)
    user_ids: dict[str, str] = field(default_factory=dict)

    @property
    def base_url(self) -> str:
        return self.service.base_url

    def login(self, username: str) -> str:
        with ApiClient(self.base_url, None) as client:
            response = client.login(username, PASSWORD, "test device")
        self.tokens[username] = response.token
        self.user_ids[username] = response.user.id
        return response.token

    def client(self, username: str) -> ApiClient:
        token = self.tokens.get(username) or self.login(username)
        return ApiClient(self.base_url, token, timeout=5.0)

    def forward_case(self, summary: str = "Gifts from a supplier") -> str:
        """Register and forward a report through the operator API; return its case id."""
        token = self.tokens.get(OPERATOR) or self.login(OPERATOR)
        headers = {"Authorization": f"Bearer {token}"}
        report = {
            "channel": "phone",
            "category": "bribery",
            "received_at": datetime.now(UTC).isoformat(),
            "summary": summary,
            "description": "The head of purchasing accepted gifts.",
            "involved_entity": "Agentschap Wegen",
            "involved_persons": ["J. Janssens"],
            "reporter": {"kind": "citizen", "name": "An Peeters", "phone": "+32 470 00 00 00"},
        }
        with httpx.Client(base_url=self.base_url + API_PREFIX, headers=headers) as http:
            created = http.post("/intake/reports", json=report)
            created.raise_for_status()
            case_id: str = created.json()["id"]
            forwarded = http.post(
                f"/intake/reports/{case_id}/forward", json={"department": DEPARTMENT}
            )
            forwarded.raise_for_status()
        return case_id

    def expire_token(self, username: str) -> None:
        with self.service.session() as session:
            session.execute(
                update(DeviceToken)
                .where(DeviceToken.user_id == self.user_ids[username])
                .values(expires_at=datetime.now(UTC) - timedelta(minutes=1))
            )


def start_deployment(folder: Path) -> Deployment:
    service = EmbeddedService(f"sqlite:///{folder / 'intake.sqlite3'}")
    service.start()
    now = datetime.now(UTC)
    actor = cli_actor()
    password_hash = hash_password(PASSWORD)  # hashing once keeps the fixture fast
    with service.session() as session:
        create_department(session, actor, DEPARTMENT, "Agentschap Overheidspersoneel", now)
        for username, name, role, department in [
            (INVESTIGATOR, "Ines Investigator", Role.INVESTIGATOR, DEPARTMENT),
            (COLLEAGUE, "Cas Colleague", Role.INVESTIGATOR, DEPARTMENT),
            (OPERATOR, "Olga Operator", Role.OPERATOR, None),
        ]:
            create_user(
                session,
                actor,
                username=username,
                display_name=name,
                role=role,
                department_code=department,
                password_hash=password_hash,
                now=now,
            )
    return Deployment(service)
