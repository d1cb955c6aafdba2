"""`investigator-intake serve --workers N`, as docs/deployment.md suggests on a machine with
several cores: N worker processes on one port, each building the app from the copy's
settings (the notes key read from the environment again), all ended by one SIGTERM."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from investigator_app.protocol import API_PREFIX
from tests.intake.conftest import report_body
from tests.support import web
from tests.support.pids import alive

from .processes import free_port, seed_accounts, service_env, start_copy, wait_ready

pytestmark = pytest.mark.postgres


def test_workers_serve_the_api_on_one_port_and_stop_with_the_copy(
    postgres_url: str, password_hash: str, tmp_path: Path
) -> None:
    tokens = seed_accounts(postgres_url, password_hash)
    copy = start_copy(
        service_env(postgres_url, os.urandom(32)),
        free_port(),
        tmp_path / "serve.log",
        "--workers",
        "2",
    )
    try:
        wait_ready(copy)
        desk = {"Authorization": f"Bearer {tokens.operator}"}
        investigator = {"Authorization": f"Bearer {tokens.investigator}"}
        api = copy.url + API_PREFIX
        # Several requests: the kernel hands connections to either worker.
        for _ in range(6):
            created = web.post(f"{api}/intake/reports", json=report_body(), headers=desk)
            assert created.status_code == 201, created.text
            case_id = created.json()["id"]
            forwarded = web.post(
                f"{api}/intake/reports/{case_id}/forward", json={"department": "ABB"}, headers=desk
            )
            assert forwarded.status_code == 200, forwarded.text
        changes = web.get(f"{api}/changes", params={"cursor": 0}, headers=investigator)
        assert changes.status_code == 200, changes.text
        assert len(changes.json()["changes"]) == 6
        workers = {
            int(pid) for pid in re.findall(r"Started server process \[(\d+)\]", copy.output())
        }
        assert len(workers) == 2, copy.output()
        assert copy.process.pid not in workers
    finally:
        copy.stop()
    assert copy.process.returncode is not None
    assert not [pid for pid in workers if alive(pid)], "a worker outlived its copy"
