"""Every HTTP client the tests make shares the app's TLS context (tests/support/web.py):
httpx builds a new SSL context, loading every trusted CA, for each client or one-off call
made without one; a few hundred of them were a minute of the suite."""

from __future__ import annotations

import ast
from pathlib import Path

TESTS = Path(__file__).resolve().parent
# httpx's calls that make a client, and with it an SSL context, unless given ``verify``.
MAKES_A_CONTEXT = {
    "Client",
    "HTTPTransport",
    "request",
    "stream",
    "get",
    "options",
    "head",
    "post",
    "put",
    "patch",
    "delete",
}


def _unshared_clients(path: Path) -> list[str]:
    places = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and isinstance(node.func.value, ast.Name)
            and node.func.value.id == "httpx"
            and node.func.attr in MAKES_A_CONTEXT
            and not any(keyword.arg == "verify" for keyword in node.keywords)
        ):
            places.append(f"{path.relative_to(TESTS)}:{node.lineno} httpx.{node.func.attr}")
    return places


def test_no_test_makes_an_http_client_with_a_tls_context_of_its_own() -> None:
    found = [place for path in sorted(TESTS.rglob("*.py")) for place in _unshared_clients(path)]
    assert found == [], "use tests.support.web (or pass verify=): " + ", ".join(found)
