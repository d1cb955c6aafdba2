"""Evidence in the sync and acceptance tests: a case in investigation on the real service,
a desktop store signed in on it, pieces queued the way the case controller does."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from investigator_app.domain.evidence import PieceFile
from investigator_app.store import LocalStore
from investigator_app.store.evidence import CHUNK_BYTES
from tests.support.operations import wire_op
from tests.support.world import ABB, AN, World

CANARY = b"CANARY-stuk-vertrouwelijk"


def investigating_case(world: World, assignee: str = AN, department: str = ABB) -> str:
    """A case of ``department`` in investigation, assigned to ``assignee``; its id."""
    case_id = str(world.register_and_forward(department)["id"])
    steps: list[tuple[str, dict[str, Any]]] = [
        ("acknowledge", {}),
        ("assign", {"assignee_id": world.user_id(assignee)}),
        ("start_assessment", {}),
        ("start_investigation", {"reason": "Voldoende aanwijzingen na de beoordeling."}),
    ]
    for action, fields in steps:
        case = world.case(assignee, case_id)
        [result] = world.operate(assignee, wire_op(case, action, **fields))
        assert result["status"] == "applied", result
    return case_id


def signed_in_store(world: World, username: str, path: Path) -> LocalStore:
    store = LocalStore.open(path)
    with world.client(username) as client:
        store.set_identity(client.me())
    return store


def a_file(folder: Path, name: str, size: int) -> tuple[Path, bytes]:
    """Random bytes with a readable canary in every MiB (what must never be on disk in the
    clear)."""
    data = bytearray(os.urandom(size))
    for at in range(0, max(size - len(CANARY), 0), CHUNK_BYTES):
        data[at : at + len(CANARY)] = CANARY
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(bytes(data))
    return path, bytes(data)


def service_pieces(world: World, username: str, case_id: str) -> list[dict[str, Any]]:
    return list(world.case(username, case_id)["investigation"]["pieces"])


def download(world: World, username: str, case_id: str, piece_id: str) -> tuple[int, bytes]:
    with world.http(username) as http:
        response = http.get(f"/cases/{case_id}/pieces/{piece_id}/content")
    return response.status_code, response.content


def file_of(piece: dict[str, Any]) -> PieceFile:
    f = piece["file"]
    return PieceFile(f["sha256"], f["size"], f["name"], f["media_type"])
