"""ASGI middleware of the county server: request bodies (size cap, gzip) and the server clock header.

Pure ASGI (no BaseHTTPMiddleware): the body is read once, checked, decompressed and handed on.
"""

from __future__ import annotations

import logging
import zlib
from collections.abc import Callable

from starlette.datastructures import Headers, MutableHeaders
from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ..core.errors import FieldError

logger = logging.getLogger(__name__)

HLC_HEADER = "X-Server-HLC"


def error_response(status: int, error: FieldError) -> JSONResponse:
    """A 4xx answer in the protocol's ErrorBody shape."""
    return JSONResponse({"code": error.code, "message": error.message}, status_code=status)


class _TooLarge(Exception):
    pass


def gunzip(data: bytes, max_bytes: int) -> bytes:
    """Decompress a gzip body (every member), refusing more than ``max_bytes`` of output.

    Raises ``_TooLarge`` past the cap, ``ValueError`` for anything that is not complete gzip.
    """
    out = bytearray()
    rest = data
    while True:
        inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
        try:
            out += inflater.decompress(rest, max_bytes + 1 - len(out))
        except zlib.error as exc:
            raise ValueError(str(exc)) from exc
        if len(out) > max_bytes or inflater.unconsumed_tail:
            raise _TooLarge
        if not inflater.eof:
            raise ValueError("truncated gzip stream")
        rest = inflater.unused_data
        if not rest:
            return bytes(out)


class RequestBodyMiddleware:
    """Caps request bodies at ``max_bytes`` (413) and decompresses ``Content-Encoding: gzip`` ones (bad gzip:
    400; more than ``max_bytes`` once decompressed: 413). Other encodings get 415."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        encoding = headers.get("content-encoding", "").strip().lower()
        too_large = error_response(413, FieldError("", "request.too_large", {"max": self.max_bytes}))
        declared = headers.get("content-length", "")
        if declared.isdigit() and int(declared) > self.max_bytes:
            await too_large(scope, receive, send)
            return
        if encoding not in ("", "identity", "gzip"):
            unsupported = FieldError("", "request.encoding", {"value": encoding[:40]})
            await error_response(415, unsupported)(scope, receive, send)
            return
        body = bytearray()
        more = True
        while more:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            body += message.get("body", b"")
            more = message.get("more_body", False)
            if len(body) > self.max_bytes:
                await too_large(scope, receive, send)
                return
        data = bytes(body)
        if encoding == "gzip":
            try:
                data = gunzip(data, self.max_bytes)
            except _TooLarge:
                await too_large(scope, receive, send)
                return
            except ValueError:
                await error_response(400, FieldError("", "request.gzip"))(scope, receive, send)
                return
            scope = dict(scope)
            fixed = MutableHeaders(scope=scope)
            del fixed["content-encoding"]
            fixed["content-length"] = str(len(data))
        await self.app(scope, _replay(data, receive), send)


def _replay(data: bytes, receive: Receive) -> Receive:
    sent = False

    async def replay() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": data, "more_body": False}
        return await receive()  # after the body: wait for the disconnect like the server would

    return replay


class ServerClockMiddleware:
    """Adds the server's HLC to every response (``X-Server-HLC``) so every client clock can absorb it."""

    def __init__(self, app: ASGIApp, now: Callable[[], str]) -> None:
        self.app = app
        self.now = now

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_clock(message: Message) -> None:
            if message["type"] == "http.response.start":
                message.setdefault("headers", [])
                MutableHeaders(scope=message)[HLC_HEADER] = self.now()
            await send(message)

        await self.app(scope, receive, send_with_clock)
