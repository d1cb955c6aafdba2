"""Helpers of the evidence and interview tests on the service: uploading bytes through the
real upload API, the pieces and interview records as a desktop sends them (JSON)."""

from __future__ import annotations

import hashlib
import uuid
from typing import Any

import httpx

from investigator_app.protocol_evidence import CHUNK_SHA256_HEADER

from .conftest import World

CHUNK = 4 * 1024 * 1024


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def start(
    world: World,
    who: str,
    case_id: str,
    data: bytes,
    *,
    upload_id: str | None = None,
    name: str = "verslag.pdf",
    size: int | None = None,
) -> httpx.Response:
    body = {
        "case_id": case_id,
        "sha256": sha(data),
        "size": len(data) if size is None else size,
        "name": name,
    }
    return world.http.put(
        f"/uploads/{upload_id or uuid.uuid4()}", json=body, headers=world.auth(who)
    )


def send_chunk(
    world: World,
    who: str,
    upload_id: str,
    offset: int,
    chunk: bytes,
    *,
    claimed: str | None = None,
) -> httpx.Response:
    headers = {
        **world.auth(who),
        CHUNK_SHA256_HEADER: claimed or sha(chunk),
        "Content-Type": "application/octet-stream",
    }
    return world.http.post(
        f"/uploads/{upload_id}/chunks", params={"offset": offset}, content=chunk, headers=headers
    )


def upload(
    world: World,
    who: str,
    case_id: str,
    data: bytes,
    *,
    name: str = "verslag.pdf",
    chunk: int = CHUNK,
) -> str:
    """Upload ``data`` whole for the case as ``who``; the upload id."""
    upload_id = str(uuid.uuid4())
    response = start(world, who, case_id, data, upload_id=upload_id, name=name)
    assert response.status_code == 200, response.text
    for offset in range(0, len(data), chunk):
        response = send_chunk(world, who, upload_id, offset, data[offset : offset + chunk])
        assert response.status_code == 200, response.text
    assert response.json()["complete"] is True
    return upload_id


def file_in(
    data: bytes, name: str = "verslag.pdf", media_type: str = "application/pdf"
) -> dict[str, Any]:
    return {"sha256": sha(data), "size": len(data), "name": name, "media_type": media_type}


def piece_in(
    data: bytes,
    *,
    piece_id: str | None = None,
    title: str = "Verslag van de gemeenteraad",
    type_: str = "document",
    name: str = "verslag.pdf",
    source: str = "Secretariaat van de gemeente Lindebeek",
) -> dict[str, Any]:
    return {
        "piece_id": piece_id or str(uuid.uuid4()),
        "title": title,
        "description": "Notulen van de zitting.",
        "source": source,
        "obtained_on": "2026-11-20",
        "type": type_,
        "file": file_in(data, name),
    }


def interview_in(
    *,
    interview_id: str | None = None,
    person: str = "Ward Verhaegen",
    answer: str = "Ik heb niets gevraagd.",
    notice: str = "",
) -> dict[str, Any]:
    return {
        "interview_id": interview_id or str(uuid.uuid4()),
        "person_heard": person,
        "capacity": "person_concerned",
        "held_on": "2026-11-25",
        "place": "Brussel, lokaal 3.14",
        "start": "10:00:00",
        "end": "11:15:00",
        "present": ["Jonas Maes"],
        "assistance": "",
        "notice": notice,
        "notice_read": bool(notice),
        "statements": [
            {"kind": "question", "text": "Vroeg u geld voor de vergunning?"},
            {"kind": "answer", "text": answer},
        ],
        "remarks": "",
    }
