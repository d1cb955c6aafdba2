"""A small real world for end-to-end tests: an intake service on loopback with two
departments, their investigators and a 1700 operator, and desktop clients built by the
app's own composition root."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from functools import cache
from pathlib import Path
from typing import Any

import httpx
from PySide6.QtCore import QSettings
from sqlalchemy import Engine, select, update

from investigator_app.desktop.app import DesktopApp, Workspace
from investigator_app.desktop.credentials import MemoryKeyring, TokenStore
from investigator_app.desktop.settings import SERVER_URL, USERNAME, AppSettings
from investigator_app.domain.vocabulary import Role
from investigator_app.intake.accounts import create_department, create_user
from investigator_app.intake.actors import cli_actor
from investigator_app.intake.db import utcnow
from investigator_app.intake.embedded import EmbeddedService
from investigator_app.intake.models import DeviceToken, User
from investigator_app.intake.passwords import hash_password
from investigator_app.intake.settings import Settings
from investigator_app.intake.tokens import issue_token
from investigator_app.protocol import API_PREFIX
from investigator_app.store import LocalStore
from investigator_app.sync.api import ApiClient
from investigator_app.sync.engine import SyncEngine
from tests.support import migrated, web

PASSWORD = "correct horse battery"

ABB, OMG = "ABB", "OMG"
AN, JONAS, TOM, DESK = "an.peeters", "jonas.maes", "tom.janssens", "desk.1700"
MIA = "mia.manager"  # a manager of ABB, for the tests that need one (add_manager)

_PEOPLE = [
    (AN, "An Peeters", Role.INVESTIGATOR, ABB),
    (JONAS, "Jonas Maes", Role.INVESTIGATOR, ABB),
    (TOM, "Tom Janssens", Role.INVESTIGATOR, OMG),
    (DESK, "Sofie De Smet (1700)", Role.OPERATOR, None),
]


def report_json(
    summary: str = "Aannemer betaalt reis van diensthoofd", **changes: Any
) -> dict[str, Any]:
    report: dict[str, Any] = {
        "channel": "phone",
        "category": "bribery",
        "received_at": datetime.now(UTC).isoformat(),
        "summary": summary,
        "description": "Een aannemer zou een reis naar Barcelona betaald hebben.",
        "involved_entity": "Gemeente Voorbeeldegem",
        "involved_persons": ["Piet Fictief"],
        "reporter": {"kind": "citizen", "name": "Lies Verzonnen", "phone": "0470 00 00 00"},
    }
    report.update(changes)
    return report


@dataclass
class World:
    service: EmbeddedService
    tokens: dict[str, str] = field(default_factory=dict)
    user_ids: dict[str, str] = field(default_factory=dict)

    @property
    def base_url(self) -> str:
        return self.service.base_url

    def login(self, username: str) -> str:
        """A fresh device token for ``username`` (kept as their current one)."""
        with ApiClient(self.base_url, None) as client:
            response = client.login(username, PASSWORD, "test")
        self.tokens[username] = response.token
        self.user_ids[username] = response.user.id
        return response.token

    def token(self, username: str) -> str:
        """``username``'s current device token: made directly, as a login makes it, for
        the tests that are not about logging in (a login checks an argon2 hash: ~0.1 s of
        CPU, some 300 times over the suite)."""
        if username not in self.tokens:
            now = utcnow()
            with self.service.session() as session:
                user = session.scalars(select(User).where(User.username == username)).one()
                token, _row = issue_token(
                    session, user, "test", now, self.service.settings.token_lifetime
                )
                self.tokens[username], self.user_ids[username] = token, user.id
        return self.tokens[username]

    def user_id(self, username: str) -> str:
        self.token(username)
        return self.user_ids[username]

    def client(self, username: str) -> ApiClient:
        return ApiClient(self.base_url, self.token(username), timeout=5.0)

    def synced_store(self, path: Path, username: str = AN) -> LocalStore:
        """A local store at ``path`` with ``username``'s identity and cases, synced once
        as their desktop would (the caller closes it)."""
        store = LocalStore.open(path)
        with self.client(username) as client:
            engine = SyncEngine(store, client)
            engine.refresh_identity()
            engine.pull(0.0)
        return store

    def http(self, username: str | None) -> httpx.Client:
        headers = {"Authorization": f"Bearer {self.token(username)}"} if username else {}
        return web.client(base_url=self.base_url + API_PREFIX, headers=headers, timeout=10)

    def register(self, **changes: Any) -> dict[str, Any]:
        with self.http(DESK) as desk:
            response = desk.post("/intake/reports", json=report_json(**changes))
        assert response.status_code == 201, response.text
        created: dict[str, Any] = response.json()
        return created

    def forward(self, case_id: str, department: str) -> None:
        with self.http(DESK) as desk:
            response = desk.post(
                f"/intake/reports/{case_id}/forward", json={"department": department}
            )
        assert response.status_code == 200, response.text

    def register_and_forward(self, department: str = ABB, **changes: Any) -> dict[str, Any]:
        created = self.register(**changes)
        self.forward(created["id"], department)
        return created

    def operate(self, username: str, *operations: dict[str, Any]) -> list[dict[str, Any]]:
        """Push operations as that user's desktop would; the per-operation results."""
        with self.http(username) as client:
            response = client.post("/operations", json={"operations": list(operations)})
        assert response.status_code == 200, response.text
        return list(response.json()["results"])

    def case(self, username: str, case_id: str) -> dict[str, Any]:
        """The case as that user's department feed shows it now."""
        with self.http(username) as client:
            response = client.get("/changes", params={"cursor": 0, "limit": 1000})
        assert response.status_code == 200, response.text
        for change in reversed(response.json()["changes"]):
            if change["case_id"] == case_id and change["case"] is not None:
                return dict(change["case"])
        raise AssertionError(f"{case_id} is not in the feed of {username}")

    def expire_tokens_of(self, username: str) -> None:
        self.token(username)
        with self.service.session() as session:
            session.execute(
                update(DeviceToken)
                .where(DeviceToken.user_id == self.user_ids[username])
                .values(expires_at=datetime.now(UTC) - timedelta(minutes=1))
            )


def add_manager(world: World) -> None:
    """Mia Manager joins ABB as its manager."""
    with world.service.session() as session:
        create_user(
            session,
            cli_actor(),
            username=MIA,
            display_name="Mia Manager",
            role=Role.MANAGER,
            department_code=ABB,
            password=PASSWORD,
            now=datetime.now(UTC),
        )


@cache
def _password_hash() -> str:
    """One Argon2 hash of PASSWORD per process, for every world's accounts (slow on purpose:
    a tenth of a second on a quiet machine, far more on a busy one)."""
    return hash_password(PASSWORD)


def start_world(
    database_url: str, *, settings: Settings | None = None, engine: Engine | None = None
) -> World:
    """``settings`` (e.g. an SMTP relay) replace the embedded service's defaults; ``engine``
    is lent by the test (tests/support/engines.py). A new SQLite file starts as a copy of a
    migrated one (tests/support/migrated.py)."""
    migrated.prepare(database_url)
    service = EmbeddedService(database_url, settings=settings, engine=engine)
    service.start()
    now = datetime.now(UTC)
    actor = cli_actor()
    password_hash = _password_hash()
    with service.session() as session:
        create_department(session, actor, ABB, "Agentschap Binnenlands Bestuur", now)
        create_department(session, actor, OMG, "Departement Omgeving", now)
        for username, name, role, department in _PEOPLE:
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
    return World(service)


@dataclass
class Desktop:
    """One investigator's desktop, built by the app's composition root."""

    app: DesktopApp
    data_dir: Path
    tokens: TokenStore  # the app's keyring access

    @property
    def workspace(self) -> Workspace:
        assert self.app.workspace is not None
        return self.app.workspace

    def references(self) -> set[str]:
        model = self.workspace.window.model
        return {model.case_at(row).reference for row in range(model.rowCount())}

    def reference_cell(self, case_id: str) -> str:
        """The list's reference cell (with ↻ for unsent changes, ⚠ for a refused action)."""
        model = self.workspace.window.model
        row = model.row_of(case_id)
        return "" if row is None else str(model.data(model.index(row, 0)))

    def open_case(self, case_id: str) -> bool:
        """Select the case and, the first time, declare no conflict of interest as the user
        would; True once the pane shows the case itself."""
        window = self.workspace.window
        if not window.select_case(case_id):
            return False
        pane = window.case_pane
        if pane.ui.stack.currentWidget() is pane.conflict_gate:
            pane.conflict_gate.no_conflict_button.click()
        return pane.ui.stack.currentWidget() is pane.ui.casePage

    def close(self) -> None:
        self.app.close_workspace()


def open_desktop(world: World, username: str, data_dir: Path) -> Desktop:
    """Sign in as ``username`` the way a returning user starts: token in the keyring."""
    settings = AppSettings(QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat))
    settings.set(SERVER_URL, world.base_url)
    settings.set(USERNAME, username)
    tokens = TokenStore(MemoryKeyring())
    tokens.save(world.base_url, username, world.token(username))
    app = DesktopApp(settings, tokens, data_dir)
    assert app.start(), "the desktop should open straight into its workspace"
    return Desktop(app, data_dir, tokens)
