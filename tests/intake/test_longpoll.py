"""Long-poll: a forwarded case reaches a waiting desktop within about two seconds, also
when it was forwarded through another copy of the service."""

from __future__ import annotations

import contextlib
import threading
import time
from typing import Any

import httpx

from investigator_app.intake.embedded import EmbeddedService
from investigator_app.intake.notifier import ChangeNotifier
from investigator_app.protocol import API_PREFIX
from tests.support import web
from tests.support.relay import wait_until

from .conftest import World, report_body


class _Waiter(threading.Thread):
    """A desktop's long-poll, running while the test forwards a case."""

    def __init__(self, world: World, base_url: str, cursor: int, wait: float) -> None:
        super().__init__(daemon=True)
        self.url = f"{base_url}{API_PREFIX}/changes"
        self.params = {"cursor": cursor, "wait": wait}
        self.headers = world.auth("an")
        self.response: httpx.Response | None = None
        self.answered_at = 0.0

    def run(self) -> None:
        self.response = web.get(self.url, params=self.params, headers=self.headers, timeout=30)
        self.answered_at = time.monotonic()

    def body(self) -> dict[str, Any]:
        assert self.response is not None and self.response.status_code == 200
        return dict(self.response.json())


def test_forward_through_another_copy_reaches_a_waiting_desktop(
    world: World, database_url: str
) -> None:
    cursor = world.changes("an")["cursor"]
    with EmbeddedService(database_url) as other_copy:
        assert other_copy.base_url != world.service.base_url
        waiter = _Waiter(world, world.service.base_url, cursor, wait=20)
        waiter.start()
        time.sleep(0.3)  # the desktop is waiting now
        assert waiter.is_alive()

        desk = web.client(base_url=other_copy.base_url + API_PREFIX, headers=world.auth("operator"))
        case_id = desk.post("/intake/reports", json=report_body()).json()["id"]
        forwarded_at = time.monotonic()
        assert desk.post(
            f"/intake/reports/{case_id}/forward", json={"department": "ABB"}
        ).is_success
        waiter.join(timeout=10)
        desk.close()

    assert not waiter.is_alive()
    delay = waiter.answered_at - forwarded_at
    assert delay < 2.0, f"the case took {delay:.2f} s"
    changes = waiter.body()["changes"]
    assert [c["case_id"] for c in changes] == [case_id]
    assert changes[0]["case"]["status"] == "forwarded"


def test_forward_in_the_same_copy_wakes_the_desktop_at_once(world: World) -> None:
    cursor = world.changes("an")["cursor"]
    waiter = _Waiter(world, world.service.base_url, cursor, wait=20)
    waiter.start()
    time.sleep(0.3)
    case_id = world.forwarded_case()
    forwarded_at = time.monotonic()
    waiter.join(timeout=10)
    assert waiter.answered_at - forwarded_at < 2.0  # not the 20 s wait: woken by the forward
    assert [c["case_id"] for c in waiter.body()["changes"]] == [case_id]


def test_nothing_new_answers_empty_when_the_wait_is_over(world: World) -> None:
    world.forwarded_case("OMG")  # another department's news does not wake ABB
    started = time.monotonic()
    page = world.changes("an", 0, wait=0.6)
    elapsed = time.monotonic() - started
    assert page["changes"] == [] and page["cursor"] == 0 and not page["has_more"]
    assert 0.5 < elapsed < 3.0


def test_a_long_poll_whose_desktop_went_away_stops_waiting(world: World) -> None:
    """A desktop that gave up (closed, lost its network) holds nothing on the service."""
    assert world.service.app is not None
    notifier: ChangeNotifier = world.service.app.state.notifier
    cursor = world.changes("an")["cursor"]
    url = f"{world.service.base_url}{API_PREFIX}/changes"

    def give_up_after_a_second() -> None:
        params = {"cursor": cursor, "wait": 20}
        with contextlib.suppress(httpx.ReadTimeout):
            web.get(url, params=params, headers=world.auth("an"), timeout=1.0)

    started = time.monotonic()
    desktop = threading.Thread(target=give_up_after_a_second, daemon=True)
    desktop.start()
    wait_until(lambda: notifier.waiting() == 1)
    desktop.join(timeout=10)
    wait_until(lambda: notifier.waiting() == 0)
    assert time.monotonic() - started < 10  # not the 20 s it asked to wait
