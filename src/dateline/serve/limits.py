"""A cap on request bodies, enforced before the application reads them.

A declared ``Content-Length`` over the cap is refused without reading a byte; a body sent in
chunks is counted as it arrives and refused as soon as it passes the cap, so a client cannot
make the server buffer more than the cap whatever it sends.
"""

from __future__ import annotations

import json

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from dateline.errors import Messages


class BodyLimit:
    """ASGI middleware answering 413 (E024) to a body larger than ``limit`` bytes."""

    def __init__(self, app: ASGIApp, *, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        declared = _content_length(scope)
        if declared == -1:
            reason = Messages.E025.fill(parameter="Content-Length", detail="not a byte count")
            await _error(send, 400, "E025", reason)
            return
        if declared is not None and declared > self.limit:
            await self._too_large(send, f"{declared:,} bytes")
            return
        body = await self._read(receive)
        if body is None:
            await self._too_large(send, f"over {self.limit:,} bytes")
            return
        await self.app(scope, _replay(body, receive), send)

    async def _read(self, receive: Receive) -> bytes | None:
        """The whole body, or None as soon as it passes the limit."""
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                break
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.limit:
                return None
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        return b"".join(chunks)

    async def _too_large(self, send: Send, size: str) -> None:
        reason = Messages.E024.fill(
            size=size, limit=f"{self.limit:,} bytes", setting="max_body_bytes in settings.cfg"
        )
        await _error(send, 413, "E024", reason)


def _content_length(scope: Scope) -> int | None:
    """The declared length; None when absent, -1 when it is not a number."""
    for name, value in scope["headers"]:
        if name == b"content-length":
            text = value.decode("latin-1").strip()
            return int(text) if text.isdigit() else -1
    return None


def _replay(body: bytes, receive: Receive) -> Receive:
    """A ``receive`` that hands the application the body already read, then passes on
    what the client sends next (its disconnection)."""
    sent = False

    async def replay() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replay


async def _error(send: Send, status: int, code: str, reason: str) -> None:
    payload = json.dumps({"detail": reason, "code": code}).encode("utf-8")
    headers = [
        (b"content-type", b"application/json"),
        (b"content-length", str(len(payload)).encode("ascii")),
        (b"connection", b"close"),
    ]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": payload})
