"""A fault-injecting TCP proxy on loopback: the weak link between a township device and the county server.

Used by the end-to-end tests (tests/e2e) and the sync benchmark (bench/sync.py), which both put this
directory on ``sys.path`` and ``import faultproxy``. Standard library only.

The proxy listens on a free 127.0.0.1 port and forwards to one upstream address. It runs its own asyncio
event loop in a daemon thread, so tests and benchmarks drive it from ordinary blocking code, and its faults
can be changed while it runs (``proxy.set(...)``):

* **bandwidth**: each direction is one shared link with a rate in kbit/s (1 kbit = 1000 bit); bytes are
  serialised onto it in segments of ``MSS`` bytes, so parallel connections share the rate like on a real
  line;
* **latency**: a one-way delay added to every segment in each direction (300 ms each way = 600 ms round
  trip); a new connection also pays one round trip for the TCP handshake before its first byte arrives;
* **cuts**: a fraction of HTTP exchanges is cut at a random byte offset, in the request or in the response:
  the bytes before the offset arrive, then both sides of the connection are reset;
* **stalls**: like a cut, but the connection then hangs silently until the client gives up (it tests the
  client's timeouts);
* **502**: a fraction of requests is read in full but answered ``502 Bad Gateway`` by the proxy instead of
  being forwarded (what a county's reverse proxy says when the app server is restarting);
* **offline**: every new connection is reset at once.

The proxy understands just enough HTTP/1.1 to find message boundaries (Content-Length, chunked, read until
close), so faults land per exchange on keep-alive connections, and it counts every byte that crosses the
link in each direction — request and response heads included — plus per-exchange records for analysis.

Fates are drawn from ``random.Random(seed)``, a fixed number of draws per request in arrival order, so
a run with the same seed and the same sequence of requests meets the same faults. With ``http=False`` the
proxy is a plain byte pipe (latency, bandwidth and cuts per connection; no 502, a stall acts as a cut)
for non-HTTP protocols.
"""

from __future__ import annotations

import asyncio
import contextlib
import random
import threading
import time
from collections.abc import AsyncIterator
from dataclasses import asdict, dataclass, replace
from typing import Any

#: segment size: bytes are put on the link (and can be cut) in pieces of at most this many bytes
MSS = 1460
_READ = 64 * 1024
_HEAD_LIMIT = 1024 * 1024
#: assumed size of a message whose length is unknown (chunked, read-until-close) when placing a cut
_UNKNOWN_LENGTH = 4096

BAD_GATEWAY = (
    b"HTTP/1.1 502 Bad Gateway\r\n"
    b"Content-Type: text/plain\r\n"
    b"Content-Length: 11\r\n"
    b"Connection: close\r\n"
    b"\r\n"
    b"Bad Gateway"
)


@dataclass(frozen=True)
class Faults:
    """What the link does. Probabilities are per HTTP exchange (per connection with ``http=False``)."""

    up_kbps: float = 0.0  # client → server rate in kbit/s; 0 = unlimited
    down_kbps: float = 0.0  # server → client rate
    delay: float = 0.0  # one-way delay in seconds, added in each direction
    handshake: bool = True  # a new connection waits one round trip (2 × delay) before its first byte
    cut: float = 0.0  # probability that an exchange is cut (connection reset) at a random byte
    cut_where: str = "both"  # "request", "response" or "both" (each half the time)
    stall: float = 0.0  # probability that an exchange hangs at a random byte until the client leaves
    stall_hold: float = 120.0  # a stalled connection is reset after this many seconds at the latest
    bad_gateway: float = 0.0  # probability that a request is answered 502 without being forwarded
    offline: bool = False  # reset every new connection at once

    def __post_init__(self) -> None:
        if self.cut_where not in ("request", "response", "both"):
            raise ValueError(f"cut_where: {self.cut_where!r}")
        total = self.cut + self.stall + self.bad_gateway
        if min(self.cut, self.stall, self.bad_gateway) < 0 or total > 1:
            raise ValueError("fault probabilities must be ≥ 0 and sum to ≤ 1")


@dataclass
class Counters:
    bytes_up: int = 0  # every byte the client put on the link (incl. request heads)
    bytes_down: int = 0  # every byte the server (or the proxy's 502) put on the link
    head_bytes_up: int = 0  # the request heads among bytes_up
    head_bytes_down: int = 0  # the response heads among bytes_down
    connections: int = 0
    requests: int = 0  # request heads read
    responses: int = 0  # responses forwarded in full (the 502s included)
    cuts: int = 0
    stalls: int = 0
    bad_gateways: int = 0
    refused: int = 0  # connections reset while offline, or because the upstream was unreachable

    @property
    def bytes_total(self) -> int:
        return self.bytes_up + self.bytes_down


@dataclass
class Exchange:
    """One HTTP request and what became of it."""

    index: int
    method: str
    target: str
    fate: str  # ok / 502 / cut-request / cut-response / stall-request / stall-response
    request_head: int = 0
    request_body: int = 0
    status: int = 0
    response_head: int = 0
    response_body: int = 0
    started: float = 0.0  # time.monotonic() when the request head was read
    request_delivered: float = 0.0  # the request's last byte reached the server
    response_started: float = 0.0  # the server's response head arrived (minus request_delivered: server time)
    finished: float = 0.0  # the response's last byte reached the client

    @property
    def server_seconds(self) -> float:
        return max(0.0, self.response_started - self.request_delivered) if self.response_started else 0.0


@dataclass(frozen=True)
class _Fate:
    kind: str  # ok / 502 / cut / stall
    where: str  # request / response
    at: float  # where in the message, as a fraction of its length


class _Broken(Exception):
    """A peer closed or broke the connection mid-message."""


class _Cut(Exception):
    """The proxy cut the connection on purpose."""


class _Link:
    """One direction of the line: a rate and a delay shared by every connection."""

    def __init__(self) -> None:
        self.free_at = 0.0

    def schedule(self, now: float, nbytes: int, kbps: float, delay: float) -> float:
        """When a segment of ``nbytes`` handed over at ``now`` arrives at the far end."""
        start = max(now, self.free_at)
        done = start + (nbytes * 8 / (kbps * 1000) if kbps > 0 else 0.0)
        self.free_at = done
        return done + delay


class _Pipe:
    """Delivers one connection's bytes in one direction, each segment at its arrival time, in order."""

    def __init__(
        self, proxy: FaultProxy, up: bool, writer: asyncio.StreamWriter | None, not_before: float = 0.0
    ) -> None:
        self.proxy = proxy
        self.up = up
        self.writer = writer  # None: bytes cross the link and are dropped at the far end (the 502 path)
        self.not_before = not_before  # nothing goes on the link before (the TCP handshake's round trip)
        self.last_at = 0.0  # when the last byte handed over arrives (loop time = time.monotonic())
        self.queue: asyncio.Queue[tuple[float, bytes]] = asyncio.Queue()
        self.broken = False
        self.task = asyncio.get_running_loop().create_task(self._deliver())

    def send(self, data: bytes, *, head: bool = False) -> None:
        if self.broken:
            raise _Broken
        proxy = self.proxy
        faults = proxy.faults
        kbps = faults.up_kbps if self.up else faults.down_kbps
        link = proxy._up if self.up else proxy._down
        now = max(asyncio.get_running_loop().time(), self.not_before)
        for i in range(0, len(data), MSS):
            piece = data[i : i + MSS]
            at = link.schedule(now, len(piece), kbps, faults.delay)
            self.queue.put_nowait((at, piece))
            self.last_at = at
        proxy._count_bytes(self.up, len(data), head=head)

    async def _deliver(self) -> None:
        loop = asyncio.get_running_loop()
        while True:
            at, piece = await self.queue.get()
            try:
                if self.broken:
                    continue
                wait = at - loop.time()
                if wait > 0:
                    await asyncio.sleep(wait)
                if self.writer is not None:
                    self.writer.write(piece)
                    await self.writer.drain()
            except (ConnectionError, OSError):
                self.broken = True
            finally:
                self.queue.task_done()

    async def flush(self) -> None:
        """Wait until every byte handed over so far has arrived."""
        await self.queue.join()
        if self.broken:
            raise _Broken

    def close(self) -> None:
        self.task.cancel()


async def _read_head(reader: asyncio.StreamReader) -> bytes:
    """The next message head (up to the blank line); b"" when the peer closed cleanly between messages."""
    try:
        return await reader.readuntil(b"\r\n\r\n")
    except asyncio.IncompleteReadError as exc:
        if exc.partial:
            raise _Broken from exc
        return b""
    except (asyncio.LimitOverrunError, ConnectionError, OSError) as exc:
        raise _Broken from exc


def _parse_head(head: bytes) -> tuple[list[str], dict[str, str]]:
    lines = head.decode("latin-1").split("\r\n")
    headers: dict[str, str] = {}
    for line in lines[1:]:
        if not line:
            continue
        name, _, value = line.partition(":")
        key = name.strip().lower()
        headers[key] = f"{headers[key]}, {value.strip()}" if key in headers else value.strip()
    return lines[0].split(" ", 2), headers


def _framing(headers: dict[str, str], *, has_body: bool, request: bool) -> tuple[str, int]:
    """("length", n), ("chunked", 0) or ("close", 0): how the body of a message ends."""
    if not has_body:
        return "length", 0
    if "chunked" in headers.get("transfer-encoding", "").lower():
        return "chunked", 0
    if "content-length" in headers:
        try:
            return "length", int(headers["content-length"].split(",")[0])
        except ValueError as exc:
            raise _Broken from exc
    return ("length", 0) if request else ("close", 0)


async def _body(reader: asyncio.StreamReader, framing: tuple[str, int]) -> AsyncIterator[bytes]:
    """The raw bytes of a message body (chunk framing included) as they arrive."""
    kind, length = framing
    try:
        if kind == "length":
            left = length
            while left:
                piece = await reader.read(min(left, _READ))
                if not piece:
                    raise _Broken
                left -= len(piece)
                yield piece
        elif kind == "chunked":
            while True:
                line = await reader.readuntil(b"\r\n")
                yield line
                size = int(line.split(b";")[0].strip() or b"0", 16)
                if size == 0:
                    while True:  # trailers, up to the blank line
                        trailer = await reader.readuntil(b"\r\n")
                        yield trailer
                        if trailer == b"\r\n":
                            return
                yield await reader.readexactly(size + 2)
        else:
            while piece := await reader.read(_READ):
                yield piece
    except (
        asyncio.IncompleteReadError,
        asyncio.LimitOverrunError,
        ValueError,
        ConnectionError,
        OSError,
    ) as exc:
        raise _Broken from exc


async def _message(head: bytes, body: AsyncIterator[bytes]) -> AsyncIterator[bytes]:
    yield head
    async for piece in body:
        yield piece


class FaultProxy:
    """``with FaultProxy(("127.0.0.1", port), seed=1, faults=Faults(delay=0.3)) as proxy: proxy.url``."""

    def __init__(
        self,
        upstream: tuple[str, int],
        *,
        seed: int = 0,
        faults: Faults | None = None,
        http: bool = True,
        keep_exchanges: int = 100_000,
    ) -> None:
        self.upstream = upstream
        self.seed = seed
        self.faults = faults or Faults()
        self.http = http
        self.keep_exchanges = keep_exchanges
        self.port = 0
        self._rng = random.Random(seed)
        self._lock = threading.Lock()
        self._counters = Counters()
        self._exchanges: list[Exchange] = []
        self._up = _Link()
        self._down = _Link()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._server: asyncio.Server | None = None
        self._tasks: set[asyncio.Task[Any]] = set()
        self._requests_seen = 0
        self._forced: list[str] = []  # fates forced on the next exchanges (cut_next)

    # -- control (any thread) ---------------------------------------------------------------------
    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def set(self, **changes: Any) -> Faults:
        """Change faults while running, e.g. ``proxy.set(cut=0.2, delay=0.05)``; returns the new faults."""
        self.faults = replace(self.faults, **changes)
        return self.faults

    def cut_next(self, count: int = 1, *, where: str = "request") -> None:
        """Cut the next ``count`` exchanges at a random byte of the request or response, whatever the odds
        (to measure what one cut costs); they still draw from the seeded generator for where to cut."""
        if where not in ("request", "response"):
            raise ValueError(f"where: {where!r}")
        with self._lock:
            self._forced.extend([where] * count)

    def reseed(self, seed: int) -> None:
        with self._lock:
            self.seed = seed
            self._rng = random.Random(seed)

    @property
    def counters(self) -> Counters:
        """A snapshot of the counters."""
        with self._lock:
            return replace(self._counters)

    @property
    def exchanges(self) -> list[Exchange]:
        with self._lock:
            return [replace(e) for e in self._exchanges]

    def reset_counters(self) -> None:
        with self._lock:
            self._counters = Counters()
            self._exchanges = []

    def stats(self) -> dict[str, Any]:
        c = self.counters
        return {**asdict(c), "bytes_total": c.bytes_total, "faults": asdict(self.faults)}

    def start(self) -> FaultProxy:
        if self._thread is not None:
            return self
        started = threading.Event()
        errors: list[BaseException] = []
        loop = asyncio.new_event_loop()
        self._loop = loop

        def run() -> None:
            asyncio.set_event_loop(loop)
            try:
                self._server = loop.run_until_complete(
                    asyncio.start_server(self._accept, "127.0.0.1", 0, limit=_HEAD_LIMIT)
                )
                self.port = int(self._server.sockets[0].getsockname()[1])
            except BaseException as exc:
                errors.append(exc)
                started.set()
                return
            started.set()
            try:
                loop.run_forever()
            finally:
                loop.run_until_complete(self._shutdown())
                loop.close()

        self._thread = threading.Thread(target=run, name="faultproxy", daemon=True)
        self._thread.start()
        started.wait(10)
        if errors:
            raise errors[0]
        return self

    def stop(self) -> None:
        if self._loop is None or self._thread is None:
            return
        with contextlib.suppress(RuntimeError):
            self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)
        self._thread = None
        self._loop = None

    def __enter__(self) -> FaultProxy:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    async def _shutdown(self) -> None:
        if self._server is not None:
            self._server.close()
        for task in list(self._tasks):
            task.cancel()
        if self._tasks:
            await asyncio.gather(*self._tasks, return_exceptions=True)

    # -- bookkeeping (loop thread) -----------------------------------------------------------------
    def _count_bytes(self, up: bool, n: int, *, head: bool) -> None:
        with self._lock:
            c = self._counters
            if up:
                c.bytes_up += n
                c.head_bytes_up += n if head else 0
            else:
                c.bytes_down += n
                c.head_bytes_down += n if head else 0

    def _count(self, name: str, n: int = 1) -> None:
        with self._lock:
            setattr(self._counters, name, getattr(self._counters, name) + n)

    def _draw(self) -> _Fate:
        """The fate of the next exchange: always three draws, so fates depend only on seed and order."""
        faults = self.faults
        with self._lock:
            x, side, at = self._rng.random(), self._rng.random(), self._rng.random()
            forced = self._forced.pop(0) if self._forced else None
        if forced is not None:
            return _Fate("cut", forced, at)
        where = faults.cut_where if faults.cut_where != "both" else ("request" if side < 0.5 else "response")
        if not self.http:
            where = "request" if side < 0.5 else "response"
        if x < faults.bad_gateway and self.http:
            return _Fate("502", where, at)
        x -= faults.bad_gateway
        if x < faults.cut:
            return _Fate("cut", where, at)
        x -= faults.cut
        if x < faults.stall:
            return _Fate("stall", where, at)
        return _Fate("ok", where, at)

    # -- connections (loop thread) -----------------------------------------------------------------
    async def _accept(self, creader: asyncio.StreamReader, cwriter: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._tasks.add(task)
        self._count("connections")
        faults = self.faults
        pipes: list[_Pipe] = []
        uwriter: asyncio.StreamWriter | None = None
        graceful = False
        try:
            if faults.offline:
                self._count("refused")
                return
            try:
                ureader, uwriter = await asyncio.open_connection(*self.upstream, limit=_HEAD_LIMIT)
            except OSError:
                self._count("refused")
                return
            now = asyncio.get_running_loop().time()
            handshake = now + 2 * faults.delay if faults.handshake else 0.0
            up = _Pipe(self, True, uwriter, not_before=handshake)
            down = _Pipe(self, False, cwriter)
            pipes += [up, down]
            if self.http:
                while await self._exchange(creader, ureader, up, down):
                    pass
            else:
                await self._raw(creader, ureader, up, down)
            await down.flush()
            graceful = True
        except (_Broken, _Cut, ConnectionError, OSError):
            pass
        except asyncio.CancelledError:
            pass
        finally:
            for pipe in pipes:
                pipe.close()
            for writer in (cwriter, uwriter):
                if writer is None:
                    continue
                if graceful:
                    writer.close()
                else:
                    writer.transport.abort()
            self._tasks.discard(task)

    async def _relay(
        self, pieces: AsyncIterator[bytes], pipe: _Pipe, limit: int | None, *, head_len: int
    ) -> tuple[int, bool]:
        """Send ``pieces`` into ``pipe``; stop at byte ``limit``. Returns (bytes sent, whether cut)."""
        sent = 0
        async for piece in pieces:
            is_head = sent < head_len
            if limit is not None and sent + len(piece) >= limit:
                if limit > sent:
                    pipe.send(piece[: limit - sent], head=is_head)
                return limit, True
            pipe.send(piece, head=is_head)
            sent += len(piece)
        return sent, False

    async def _break(self, fate: _Fate, creader: asyncio.StreamReader | None, pipe: _Pipe) -> None:
        """After the bytes before the fault have arrived: reset now (cut), or hang first (stall)."""
        with contextlib.suppress(_Broken):
            await pipe.flush()
        if fate.kind == "stall" and creader is not None:
            self._count("stalls")
            deadline = asyncio.get_running_loop().time() + self.faults.stall_hold
            with contextlib.suppress(asyncio.TimeoutError, ConnectionError, OSError):
                while True:  # swallow whatever the client still sends; leave when it hangs up
                    left = deadline - asyncio.get_running_loop().time()
                    if left <= 0 or not await asyncio.wait_for(creader.read(_READ), left):
                        break
        else:
            self._count("cuts")
        raise _Cut

    async def _next_head(self, creader: asyncio.StreamReader, ureader: asyncio.StreamReader) -> bytes:
        """The client's next request head; b"" when either side closes the idle connection first.

        A server closes idle keep-alive connections (uvicorn after 5 s); its FIN reaches the client one delay
        later, so the client's next request opens a new connection instead of failing on a dead one.
        """
        head_task = asyncio.ensure_future(_read_head(creader))
        eof_task = asyncio.ensure_future(ureader.read(1))
        try:
            done, _ = await asyncio.wait({head_task, eof_task}, return_when=asyncio.FIRST_COMPLETED)
            if head_task in done:
                return head_task.result()
            if eof_task.result():
                raise _Broken  # the server spoke out of turn
            await asyncio.sleep(self.faults.delay)
            if head_task.done():  # the client's request crossed the server's FIN: it meets a closed door
                raise _Broken
            return b""
        finally:
            for task in (head_task, eof_task):
                if not task.done():
                    task.cancel()
            await asyncio.gather(head_task, eof_task, return_exceptions=True)

    async def _exchange(
        self,
        creader: asyncio.StreamReader,
        ureader: asyncio.StreamReader,
        up: _Pipe,
        down: _Pipe,
    ) -> bool:
        """Relay one request and its response. True: the connection stays open for another."""
        head = await self._next_head(creader, ureader)
        if not head:
            return False
        (method, target, *_), headers = _parse_head(head)
        fate = self._draw()
        with self._lock:
            self._counters.requests += 1
            self._requests_seen += 1
            ex = Exchange(self._requests_seen, method, target, "ok", started=time.monotonic())
            if len(self._exchanges) < self.keep_exchanges:
                self._exchanges.append(ex)
        req_framing = _framing(headers, has_body=True, request=True)
        req_len = len(head) + (req_framing[1] if req_framing[0] == "length" else _UNKNOWN_LENGTH)
        message = _message(head, _body(creader, req_framing))

        if fate.kind == "502":
            ex.fate = "502"
            sink = _Pipe(self, True, None, not_before=up.not_before)
            try:
                sent, _ = await self._relay(message, sink, None, head_len=len(head))
                await sink.flush()
            finally:
                sink.close()
            ex.request_head, ex.request_body = len(head), sent - len(head)
            down.send(BAD_GATEWAY[: BAD_GATEWAY.index(b"\r\n\r\n") + 4], head=True)
            down.send(BAD_GATEWAY[BAD_GATEWAY.index(b"\r\n\r\n") + 4 :])
            # counted before the client can have read it (no race with a reader of the counters)
            ex.status, ex.finished = 502, down.last_at
            self._count("bad_gateways")
            self._count("responses")
            await down.flush()
            return False

        faulty = fate.kind in ("cut", "stall")
        limit = int(fate.at * req_len) if faulty and fate.where == "request" else None
        sent, broken = await self._relay(message, up, limit, head_len=len(head))
        ex.request_head, ex.request_body = len(head), max(0, sent - len(head))
        if broken:
            ex.fate = f"{fate.kind}-request"
            await self._break(fate, creader, up)
        await up.flush()  # (the server cannot answer a request it has not received)
        ex.request_delivered = time.monotonic()

        while True:
            rhead = await _read_head(ureader)
            if not rhead:
                raise _Broken  # the server closed without answering
            (_, status_text, *_), rheaders = _parse_head(rhead)
            status = int(status_text)
            if 100 <= status < 200 and status != 101:
                down.send(rhead, head=True)
                continue
            break
        ex.response_started = time.monotonic()
        has_body = method != "HEAD" and status not in (204, 304) and not 100 <= status < 200
        framing = _framing(rheaders, has_body=has_body, request=False)
        resp_len = len(rhead) + (framing[1] if framing[0] == "length" else _UNKNOWN_LENGTH)
        limit = int(fate.at * resp_len) if faulty and fate.where == "response" else None
        sent, broken = await self._relay(
            _message(rhead, _body(ureader, framing)), down, limit, head_len=len(rhead)
        )
        ex.status, ex.response_head, ex.response_body = status, len(rhead), max(0, sent - len(rhead))
        if broken:
            ex.fate = f"{fate.kind}-response"
            await self._break(fate, creader, down)
        ex.finished = down.last_at
        self._count("responses")
        await down.flush()
        closing = (
            "close" in headers.get("connection", "").lower()
            or "close" in rheaders.get("connection", "").lower()
        )
        return not closing and framing[0] != "close" and status != 101

    async def _raw(
        self,
        creader: asyncio.StreamReader,
        ureader: asyncio.StreamReader,
        up: _Pipe,
        down: _Pipe,
    ) -> None:
        """A plain byte pipe both ways; a faulty connection is cut at a random byte of one direction."""
        fate = self._draw()
        faulty = fate.kind in ("cut", "stall")
        # cut within the first 64 KiB of the chosen direction
        offset = int(fate.at * 65536) if faulty else None

        async def pump(reader: asyncio.StreamReader, pipe: _Pipe, limit: int | None) -> None:
            async def pieces() -> AsyncIterator[bytes]:
                while piece := await reader.read(_READ):
                    yield piece

            try:
                _, broken = await self._relay(pieces(), pipe, limit, head_len=0)
            except (ConnectionError, OSError) as exc:
                raise _Broken from exc
            if broken:
                await self._break(fate, None, pipe)  # (a stall is a cut here: both pumps read)
            await pipe.flush()
            if pipe.writer is not None and pipe.writer.can_write_eof():
                pipe.writer.write_eof()

        tasks = [
            asyncio.ensure_future(pump(creader, up, offset if fate.where == "request" else None)),
            asyncio.ensure_future(pump(ureader, down, offset if fate.where == "response" else None)),
        ]
        try:
            done, _pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
            for task in done:
                if task.exception() is not None:
                    raise task.exception()  # type: ignore[misc]
        finally:
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
