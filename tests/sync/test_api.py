"""The API client against the real service: typed answers and typed failures."""

from __future__ import annotations

import socket

import pytest

from investigator_app.protocol import ErrorCode
from investigator_app.sync.api import (
    ApiClient,
    AuthenticationFailed,
    ServiceUnreachable,
    TooManyAttempts,
    normalise_base_url,
)
from tests.sync.service_fixture import INVESTIGATOR, PASSWORD, Deployment


def test_login_me_and_logout(deployment: Deployment) -> None:
    with ApiClient(deployment.base_url + "/", None) as client:
        response = client.login(INVESTIGATOR, PASSWORD, "laptop")
        client.set_token(response.token)
        me = client.me()
        assert me.user.username == INVESTIGATOR
        assert me.user.department is not None and me.user.department.code == "ABB"
        assert {p.display_name for p in me.colleagues} >= {"An Peeters", "Jonas Maes"}
        client.logout()
        with pytest.raises(AuthenticationFailed) as refused:
            client.me()
    assert refused.value.code == ErrorCode.TOKEN_REVOKED


def test_wrong_password_and_lockout_are_told_apart(deployment: Deployment) -> None:
    with ApiClient(deployment.base_url, None) as client:
        with pytest.raises(AuthenticationFailed) as wrong:
            client.login(INVESTIGATOR, "wrong", "laptop")
        assert wrong.value.code == ErrorCode.INVALID_CREDENTIALS
        with pytest.raises(TooManyAttempts):  # the lockout comes after a few tries
            for _ in range(10):
                with pytest.raises(AuthenticationFailed):
                    client.login(INVESTIGATOR, "wrong", "laptop")


def test_unreachable_service_is_one_clear_error() -> None:
    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with (
        ApiClient(f"http://127.0.0.1:{port}", "token", timeout=2.0) as client,
        pytest.raises(ServiceUnreachable, match="cannot reach the service"),
    ):
        client.changes(0)


@pytest.mark.parametrize("bad", ["ftp://host", "host:8000", "http://", "", "http://h/?q=1"])
def test_service_address_must_be_http(bad: str) -> None:
    with pytest.raises(ValueError):
        normalise_base_url(bad)


def test_service_address_is_normalised() -> None:
    assert normalise_base_url(" https://intake.example.be/1700/ ") == (
        "https://intake.example.be/1700"
    )
