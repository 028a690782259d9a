"""Accept gzip-compressed request bodies (``Content-Encoding: gzip``); responses are gzipped by
Starlette's GZipMiddleware. A body that is not valid gzip, or inflates past the limit, is refused."""

from __future__ import annotations

import zlib
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

MAX_INFLATED = 64 * 1024 * 1024


class GzipRequestMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not _is_gzip(scope):
            await self.app(scope, receive, send)
            return
        body = await _read_all(receive)
        try:
            inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
            data = inflater.decompress(body, MAX_INFLATED)
            if inflater.unconsumed_tail or not inflater.eof:
                raise zlib.error("too large or truncated")
        except zlib.error:
            await _refuse(send)
            return
        headers = [(k, v) for k, v in scope["headers"] if k not in (b"content-encoding", b"content-length")]
        headers.append((b"content-length", str(len(data)).encode()))
        sent = False

        async def replay() -> Message:
            nonlocal sent
            if sent:
                return await receive()
            sent = True
            return {"type": "http.request", "body": data, "more_body": False}

        await self.app(dict(scope, headers=headers), replay, send)


def _is_gzip(scope: Scope) -> bool:
    return any(k == b"content-encoding" and v.strip().lower() == b"gzip" for k, v in scope["headers"])


async def _read_all(receive: Receive) -> bytes:
    chunks: list[bytes] = []
    while True:
        message: Any = await receive()
        chunks.append(message.get("body", b""))
        if not message.get("more_body"):
            return b"".join(chunks)


async def _refuse(send: Send) -> None:
    body = b'{"error":"invalid","message":"The request body is not valid gzip."}'
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    await send({"type": "http.response.start", "status": 400, "headers": headers})
    await send({"type": "http.response.body", "body": body})
