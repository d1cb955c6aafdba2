"""HTTP from the tests on the app's one TLS context.

httpx builds an SSL context for every client made without one (it loads every trusted CA:
20 to 50 ms of CPU), and a one-off ``httpx.get`` makes such a client. A few hundred of them
were a minute of the suite; ``tests/test_http_clients.py`` keeps them out.
"""

from __future__ import annotations

from typing import Any

import httpx

from investigator_app.sync.api import default_tls_context


def client(**kwargs: Any) -> httpx.Client:
    """``httpx.Client(**kwargs)`` on the app's TLS context (unless ``verify`` is given)."""
    return httpx.Client(verify=kwargs.pop("verify", default_tls_context()), **kwargs)


def request(method: str, url: str, *, timeout: float = 5.0, **kwargs: Any) -> httpx.Response:
    """One request, as ``httpx.request`` (same default timeout) makes it."""
    with client(timeout=timeout) as once:
        return once.request(method, url, **kwargs)


def get(url: str, **kwargs: Any) -> httpx.Response:
    return request("GET", url, **kwargs)


def post(url: str, **kwargs: Any) -> httpx.Response:
    return request("POST", url, **kwargs)


def put(url: str, **kwargs: Any) -> httpx.Response:
    return request("PUT", url, **kwargs)
