"""A file's name is shown as it is: no character that reorders its display (U+202E and
friends) is stored or shown by the service, whichever way the file came in (1700's desk,
the operator's command line, the reporter's reply page) and for names an older release
stored. A name whose visible type is not its real one is refused. Both databases."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from investigator_app.intake.cli import main as cli
from investigator_app.intake.db import utcnow
from investigator_app.intake.embedded import EmbeddedService
from investigator_app.intake.models import Blob, CaseAttachment, MessageAttachment
from tests.intake.conftest import World
from tests.intake.test_relay import assessing_case, fast_settings, mails, message_of, request
from tests.support.bidi import reorders
from tests.support.engines import EngineLoan
from tests.support.relay import answer_on_page, link_in

PDF = b"%PDF-1.4\nfictief bewijsstuk\n"
EVIL = "\u202eevil.exe\u202c.pdf"  # a PDF that shows as "exe.live.pdf"
SHOWS_AS_PDF = "factuur\u202efdp.exe"  # shows as "factuurexe.pdf": a program
MZ = b"MZ\x90\x00\x03"


@pytest.fixture
def service(database_url: str, tmp_path: Path, engines: EngineLoan) -> Iterator[EmbeddedService]:
    settings = fast_settings(database_url, tmp_path / "mail")
    with engines.service(database_url, settings=settings) as running:
        yield running


def attach(world: World, case_id: str, name: str, data: bytes) -> Any:
    return world.http.post(
        f"/intake/reports/{case_id}/attachments",
        files=[("files", (name, data, "application/octet-stream"))],
        headers=world.auth("operator"),
    )


def stored_names(world: World) -> list[str]:
    with world.service.session() as session:
        return list(session.scalars(select(CaseAttachment.name))) + list(
            session.scalars(select(MessageAttachment.name))
        )


def old_rows(world: World, case_id: str, message_id: str) -> None:
    """Names as an earlier release stored them, before it cleaned them."""
    data = b"%PDF-1.4\noud\n"
    sha = hashlib.sha256(data).hexdigest()
    now = utcnow()
    with world.service.session() as session:
        session.add(Blob(sha256=sha, size=len(data), data=data, created_at=now))
        session.flush()
        common = {"sha256": sha, "media_type": "application/pdf", "size": len(data)}
        session.add(
            CaseAttachment(case_id=case_id, name="\u2067oud\u2069.pdf", added_at=now, **common)
        )
        session.add(
            MessageAttachment(
                message_id=message_id, name="\u202doud\u200f.pdf", added_at=now, **common
            )
        )


def test_every_name_is_stored_and_shown_without_reordering_characters(
    world: World, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    case = assessing_case(world)
    case_id = case["id"]

    # 1700's desk.
    response = attach(world, case_id, EVIL, PDF)
    assert response.status_code == 201, response.text
    assert [file["name"] for file in response.json()] == ["evil.exe.pdf"]
    refused = attach(world, case_id, SHOWS_AS_PDF, MZ)
    assert refused.status_code == 422
    message = refused.json()["detail"]["message"]
    assert "factuurfdp.exe" in message and not reorders(message)

    # The operator's command line, a file whose name on disk has them.
    on_disk = tmp_path / "\u2067scan\u2069 \u200fvan\u200e mail.pdf"
    on_disk.write_bytes(b"%PDF-1.4\nscan\n")
    url = world.service.settings.database_url
    reference = world.case(case_id)["reference"]
    assert cli(["--database-url", url, "report", "attach", reference, str(on_disk)]) == 0
    printed = capsys.readouterr().out
    assert "scan van mail.pdf" in printed and not reorders(printed)

    # The reporter's reply page: the thanks page names what arrived.
    message_id, _ = request(world, world.case(case_id))
    link = link_in(mails(world, 1)[0])
    status, page = answer_on_page(link, "Zie bijlage.", [(SHOWS_AS_PDF, MZ)])
    assert status == 400 and "factuurfdp.exe" in page and not reorders(page)
    status, page = answer_on_page(link, "Zie bijlage.", [("\u202bfoto\u202c \u061c.pdf", PDF)])
    assert status == 200 and "foto .pdf" in page and not reorders(page)

    # Names an earlier release stored come out clean too.
    old_rows(world, case_id, message_id)
    assert attach(world, case_id, "nog een.pdf", b"%PDF-1.4\nnog een\n").status_code == 201

    shown = [file["name"] for file in world.case(case_id)["attachments"]]
    shown += [file["name"] for file in message_of(world, case_id, message_id)["attachments"]]
    assert sorted(shown) == sorted(
        ["evil.exe.pdf", "scan van mail.pdf", "oud.pdf", "nog een.pdf", "foto .pdf", "oud.pdf"]
    )
    assert not any(reorders(name) for name in shown)
    fresh = [name for name in stored_names(world) if not name.startswith(("\u2067", "\u202d"))]
    assert len(fresh) == 4 and not any(reorders(name) for name in fresh)
