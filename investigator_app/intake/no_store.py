"""``Cache-Control: no-store`` on every answer of the API.

The API's answers carry case content and reporters' identities (the feed, operations, a
reveal, a case's audit trail, attachments, 1700's lists): no browser, proxy or HTTP cache
between the service and its clients may keep a copy. Set once for the whole prefix, so a
new endpoint has it too; an answer that sets its own Cache-Control keeps it.
"""

from __future__ import annotations

from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send


class NoStore:
    def __init__(self, app: ASGIApp, prefix: str) -> None:
        self.app = app
        self.prefix = prefix

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not str(scope.get("path", "")).startswith(self.prefix):
            await self.app(scope, receive, send)
            return

        async def send_no_store(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                headers.setdefault("Cache-Control", "no-store")
            await send(message)

        await self.app(scope, receive, send_no_store)
