"""Guessing cannot be turned against the owner: a stranger's wrong passwords slow the
stranger down, not the owner; the signed-in device unlocks during a flood; a flood of
logins holds no more password checks (64 MB each) at once than the cap; several copies of
the service count the same guesses."""

from __future__ import annotations

import re
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from investigator_app.intake.embedded import EmbeddedService
from investigator_app.protocol import API_PREFIX, VERIFY_PASSWORD_PATH
from tests.support.strangers import STRANGER_ADDRESSES, Flood, client_from, login

from .conftest import PASSWORD, World

MIB = 2**20
ARGON2_MEMORY = 64 * MIB


def _api_url(service: EmbeddedService) -> str:
    return service.base_url + API_PREFIX


def test_the_owner_gets_in_while_a_stranger_guesses(world: World) -> None:
    with client_from(_api_url(world.service), STRANGER_ADDRESSES[0]) as stranger:
        answers = [login(stranger, "jonas.maes", f"gok {n}").status_code for n in range(8)]
        assert answers == [401] * 5 + [429] * 3  # the stranger is slowed down ...
        assert login(stranger, "jonas.maes", PASSWORD).status_code == 429  # right ones too
    # ... and the owner, elsewhere, is not.
    assert login(world.http, "jonas.maes", PASSWORD).status_code == 200


def test_the_signed_in_device_unlocks_during_a_flood(world: World) -> None:
    """(How fast: bench/login_flood.py.)"""
    path = VERIFY_PASSWORD_PATH.removeprefix(API_PREFIX)
    with Flood(_api_url(world.service), "an.peeters", limit=2000) as flood:
        flood.wait_for_answers(20)  # under way: more than 5 wrong passwords of An's
        for _ in range(3):
            assert world.post("an", path, {"password": PASSWORD}).status_code == 204
        assert flood.going
    assert flood.answers[429] + flood.answers[503] > 0, flood.answers  # turned away meanwhile


def test_a_new_device_gets_in_during_a_flood_from_a_few_addresses(world: World) -> None:
    """The flood's addresses crowd the password checks and are turned away for a while;
    the owner on a new device, elsewhere, gets in (trying again when told to, as any
    client does after a 503)."""
    with Flood(_api_url(world.service), "an.peeters", limit=2000) as flood:
        flood.wait_for_answers(20)
        answers = []
        for _ in range(3):
            answer = login(world.http, "an.peeters", PASSWORD)
            answers.append(answer.status_code)
            if answer.status_code != 503:
                break
            time.sleep(int(answer.headers["Retry-After"]))
        assert answers[-1] == 200, answers
        assert flood.going


def _peak_rss() -> int:
    status = Path("/proc/self/status").read_text()
    match = re.search(r"VmHWM:\s+(\d+) kB", status)
    assert match is not None
    return int(match.group(1)) * 1024


def _current_rss() -> int:
    match = re.search(r"VmRSS:\s+(\d+) kB", Path("/proc/self/status").read_text())
    assert match is not None
    return int(match.group(1)) * 1024


@pytest.mark.skipif(not Path("/proc/self/clear_refs").exists(), reason="needs Linux /proc")
def test_a_flood_of_unknown_names_holds_no_more_checks_than_the_cap(world: World) -> None:
    """24 logins at once (names that do not exist, from 8 addresses) in this process: the
    excess is refused with Retry-After, and memory grows by the cap's checks only."""
    api_url = _api_url(world.service)

    def attempt(n: int) -> tuple[int, str | None]:
        with client_from(api_url, STRANGER_ADDRESSES[n % len(STRANGER_ADDRESSES)]) as client:
            response = login(client, f"niemand.{n}", "geraden")
            return response.status_code, response.headers.get("Retry-After")

    Path("/proc/self/clear_refs").write_text("5")  # the peak starts again from here
    before = _current_rss()
    with ThreadPoolExecutor(max_workers=24) as pool:
        answers = list(pool.map(attempt, range(24)))
    grown = _peak_rss() - before

    statuses = Counter(status for status, _retry in answers)
    assert set(statuses) <= {401, 429, 503}, statuses
    refused = [retry for status, retry in answers if status != 401]
    assert refused, "24 at once are more than the cap"
    assert all(retry is not None and 1 <= int(retry) <= 30 for retry in refused), refused
    gate = world.service.app.state.login_guard.gate  # type: ignore[union-attr]
    assert gate.peak <= gate.limit
    assert grown < (gate.limit + 2) * ARGON2_MEMORY, f"grew {grown / MIB:.0f} MiB"


def test_copies_of_the_service_count_the_same_guesses(world: World, database_url: str) -> None:
    # A second copy on the same database (and, as every copy, with the same notes key).
    key = world.service.settings.notes_key
    with EmbeddedService(database_url, notes_key=key) as other:
        urls = [_api_url(world.service), _api_url(other)]
        answers = []
        for n in range(7):
            with client_from(urls[n % 2], STRANGER_ADDRESSES[0]) as stranger:
                answers.append(login(stranger, "jonas.maes", f"gok {n}").status_code)
        assert answers == [401] * 5 + [429] * 2
        for url in urls:  # the owner gets in through either copy
            with client_from(url, "127.0.0.1") as owner:
                assert login(owner, "jonas.maes", PASSWORD).status_code == 200
