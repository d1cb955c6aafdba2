"""The desktop's loopback redirect (RFC 8252): one answer with the right state is taken;
other paths, states, methods and a second answer change nothing; the wait ends by itself
and the port closes. Real HTTP on loopback."""

from __future__ import annotations

import logging
import re
import threading
import time

import httpx
import pytest

from investigator_app.desktop.browser_sign_in import new_pkce
from investigator_app.desktop.loopback_receiver import (
    Callback,
    LoopbackReceiver,
    ReceiverCancelled,
    ReceiverTimedOut,
)
from investigator_app.protocol_signin import LOOPBACK_REDIRECT_PATTERN, s256_challenge as s256
from tests.support import web

STATE = "state-of-this-sign-in"
CODE = "one-time-code-7f3a9c"


@pytest.fixture
def receiver():
    receiver = LoopbackReceiver(STATE, timeout_s=10)
    receiver.start()
    yield receiver
    receiver.close()


def get(receiver: LoopbackReceiver, target: str) -> httpx.Response:
    return web.get(f"http://127.0.0.1:{receiver.port}{target}", timeout=5)


def test_the_answer_with_the_right_state_is_taken_and_the_port_closes(receiver) -> None:
    assert re.match(LOOPBACK_REDIRECT_PATTERN, receiver.redirect_uri)
    response = get(receiver, f"/callback?code={CODE}&state={STATE}")
    assert response.status_code == 200
    assert "U bent aangemeld. U kunt dit venster sluiten." in response.text
    assert "You are signed in." in response.text
    assert response.headers["Cache-Control"] == "no-store"
    assert response.headers["Referrer-Policy"] == "no-referrer"
    assert "default-src 'none'" in response.headers["Content-Security-Policy"]

    assert receiver.wait() == Callback(code=CODE)
    with pytest.raises(httpx.ConnectError):
        get(receiver, f"/callback?code={CODE}&state={STATE}")


def test_a_refusal_is_taken_with_its_code_and_an_error_page(receiver) -> None:
    response = get(receiver, f"/callback?error=unknown_organisation&state={STATE}")
    assert response.status_code == 200
    assert "Aanmelden is niet gelukt." in response.text
    assert receiver.wait() == Callback(error="unknown_organisation")


def test_an_error_that_is_no_code_of_ours_is_a_plain_refusal(receiver) -> None:
    response = get(receiver, f"/callback?error=%3Cscript%3E&state={STATE}")
    assert "<script>" not in response.text
    assert receiver.wait() == Callback(error="provider_refused")


@pytest.mark.parametrize(
    "target",
    [
        f"/callback?code={CODE}&state=someone-else",
        f"/callback?code={CODE}",
        f"/callback?code={CODE}&state={STATE}&state=someone-else",
        f"/callback?state={STATE}",
        f"/callback?code={CODE}&error=provider_refused&state={STATE}",
        f"/callback?code=&state={STATE}",
        f"/callback?code={'x' * 201}&state={STATE}",
    ],
)
def test_a_wrong_answer_changes_nothing_and_the_right_one_still_counts(receiver, target) -> None:
    response = get(receiver, target)
    assert response.status_code == 400
    assert "hoort niet bij de aanmelding" in response.text
    assert get(receiver, f"/callback?code={CODE}&state={STATE}").status_code == 200
    assert receiver.wait() == Callback(code=CODE)


@pytest.mark.parametrize(
    "target", ["/", "/favicon.ico", "/callback/", "/callbackx?state=" + STATE, "/CALLBACK"]
)
def test_other_paths_are_not_found(receiver, target) -> None:
    assert get(receiver, target).status_code == 404


def test_other_methods_are_refused(receiver) -> None:
    url = f"http://127.0.0.1:{receiver.port}/callback?code={CODE}&state={STATE}"
    assert web.post(url, timeout=5).status_code == 405
    assert web.put(url, timeout=5).status_code == 405
    assert get(receiver, f"/callback?code={CODE}&state={STATE}").status_code == 200


def test_a_second_answer_is_refused_and_the_first_stands(receiver) -> None:
    assert get(receiver, f"/callback?code={CODE}&state={STATE}").status_code == 200
    second = get(receiver, f"/callback?code=another&state={STATE}")
    assert second.status_code == 409
    assert "al afgehandeld" in second.text
    assert receiver.wait() == Callback(code=CODE)


def test_no_answer_in_time_ends_the_wait_and_closes_the_port() -> None:
    receiver = LoopbackReceiver(STATE, timeout_s=0.3)
    receiver.start()
    started = time.monotonic()
    with pytest.raises(ReceiverTimedOut):
        receiver.wait()
    assert time.monotonic() - started < 3
    with pytest.raises(httpx.ConnectError):
        get(receiver, f"/callback?code={CODE}&state={STATE}")


def test_cancelling_from_another_thread_ends_the_wait(receiver) -> None:
    threading.Timer(0.2, receiver.cancel).start()
    with pytest.raises(ReceiverCancelled):
        receiver.wait()
    with pytest.raises(httpx.ConnectError):
        get(receiver, f"/callback?code={CODE}&state={STATE}")


def test_an_idle_connection_does_not_block_the_answer(receiver) -> None:
    """Browsers open connections ahead of time and may leave them silent."""
    import socket

    with socket.create_connection(("127.0.0.1", receiver.port)):
        response = get(receiver, f"/callback?code={CODE}&state={STATE}")
        assert response.status_code == 200
        assert receiver.wait() == Callback(code=CODE)


def test_no_request_line_and_no_code_reaches_a_log(receiver, caplog, capfd) -> None:
    caplog.set_level(logging.DEBUG)
    get(receiver, f"/callback?code={CODE}&state={STATE}")
    get(receiver, f"/elsewhere?code={CODE}&state={STATE}")
    receiver.wait()
    captured = capfd.readouterr()
    ours = "\n".join(
        record.getMessage() for record in caplog.records if record.name.startswith("investigator")
    )
    assert "one-time code arrived" in ours
    for text in (ours, captured.err, captured.out):
        assert CODE not in text and STATE not in text


def test_the_pkce_challenge_is_s256_of_the_verifier() -> None:
    # RFC 7636, appendix B.
    verifier = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"
    assert s256(verifier) == "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"
    pkce = new_pkce()
    assert re.fullmatch(r"[A-Za-z0-9._~-]{43,128}", pkce.verifier)
    assert pkce.challenge == s256(pkce.verifier) and pkce.verifier != new_pkce().verifier
