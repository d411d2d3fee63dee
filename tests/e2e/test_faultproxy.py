"""The fault-injecting proxy against trivial local servers: it forwards, counts, delays, throttles, cuts,
stalls and answers 502 as configured, and the same seed gives the same faults."""

from __future__ import annotations

import contextlib
import socket
import socketserver
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
import requests
from faultproxy import BAD_GATEWAY, FaultProxy, Faults


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    completed: list[str]  # set per server

    def log_message(self, *args: object) -> None:
        pass

    def _send(self, body: bytes, *, chunked: bool = False) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "application/octet-stream")
        if chunked:
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            for i in range(0, len(body), 1000):
                piece = body[i : i + 1000]
                self.wfile.write(b"%x\r\n%s\r\n" % (len(piece), piece))
            self.wfile.write(b"0\r\n\r\n")
        else:
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        self.server.completed.append(self.path)  # type: ignore[attr-defined]

    def do_GET(self) -> None:
        kind, _, size = self.path.strip("/").partition("/")
        self._send(b"x" * int(size or 0), chunked=kind == "chunked")

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        self._send(body)


@pytest.fixture
def http_server() -> Iterator[ThreadingHTTPServer]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    server.daemon_threads = True
    server.completed = []  # type: ignore[attr-defined]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def _upstream(server: socketserver.BaseServer) -> tuple[str, int]:
    return ("127.0.0.1", int(server.server_address[1]))


@pytest.fixture
def proxy(http_server: ThreadingHTTPServer) -> Iterator[FaultProxy]:
    with FaultProxy(_upstream(http_server), seed=7) as p:
        yield p


def _exchange(sock: socket.socket, request: bytes) -> bytes:
    """Send ``request`` and read exactly one Content-Length or chunked response (raw bytes)."""
    sock.sendall(request)
    data = b""
    while b"\r\n\r\n" not in data:
        more = sock.recv(65536)
        assert more, f"connection closed after {data!r}"
        data += more
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").lower().split("\r\n")
    length = next((int(x.split(":")[1]) for x in lines if x.startswith("content-length:")), None)
    while (len(body) < length) if length is not None else not body.endswith(b"0\r\n\r\n"):
        more = sock.recv(65536)
        assert more
        body += more
    return head + b"\r\n\r\n" + body


def test_forwards_keep_alive_exchanges_and_counts_every_byte(
    proxy: FaultProxy, http_server: ThreadingHTTPServer
) -> None:
    heads = [
        b"GET /size/1000 HTTP/1.1\r\nHost: x\r\n\r\n",
        b"POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 5000\r\n\r\n",
        b"GET /chunked/2500 HTTP/1.1\r\nHost: x\r\n\r\n",
    ]
    bodies = [b"", b"y" * 5000, b""]
    received: list[bytes] = []
    with socket.create_connection(("127.0.0.1", proxy.port)) as sock:
        for head, body in zip(heads, bodies, strict=True):
            received.append(_exchange(sock, head + body))
    assert received[0].endswith(b"x" * 1000)
    assert received[1].endswith(b"y" * 5000)
    assert b"transfer-encoding: chunked" in received[2].lower()
    assert received[2].count(b"x") == 2500

    c = proxy.counters
    assert c.bytes_up == sum(len(h) + len(b) for h, b in zip(heads, bodies, strict=True))
    assert c.head_bytes_up == sum(len(h) for h in heads)
    assert c.bytes_down == sum(len(r) for r in received)
    assert c.head_bytes_down == sum(len(r.partition(b"\r\n\r\n")[0]) + 4 for r in received)
    assert (c.connections, c.requests, c.responses, c.cuts, c.bad_gateways) == (1, 3, 3, 0, 0)
    assert [e.target for e in proxy.exchanges] == ["/size/1000", "/echo", "/chunked/2500"]
    assert [e.status for e in proxy.exchanges] == [200, 200, 200]
    for e in proxy.exchanges:
        assert e.started <= e.request_delivered <= e.response_started <= e.finished
        assert 0 <= e.server_seconds < 1
    assert c.bytes_total == c.bytes_up + c.bytes_down
    proxy.reset_counters()
    assert proxy.counters.bytes_total == 0 and proxy.exchanges == []


def test_delay_adds_one_round_trip_per_exchange_and_one_per_new_connection(proxy: FaultProxy) -> None:
    proxy.set(delay=0.1)
    with requests.Session() as s:
        t0 = time.monotonic()
        assert s.get(proxy.url + "/size/10", timeout=5).status_code == 200
        first = time.monotonic() - t0
        t0 = time.monotonic()
        assert s.get(proxy.url + "/size/10", timeout=5).status_code == 200
        second = time.monotonic() - t0
    assert 0.4 <= first < 0.7  # handshake + request/response
    assert 0.2 <= second < 0.35  # keep-alive: the request/response round trip only
    first_ex, second_ex = proxy.exchanges
    assert first_ex.request_delivered - first_ex.started >= 0.29  # handshake + one way
    assert second_ex.finished - second_ex.response_started >= 0.09  # one way back


def test_faults_change_while_running(proxy: FaultProxy) -> None:
    with requests.Session() as s:
        t0 = time.monotonic()
        s.get(proxy.url + "/size/10", timeout=5)
        fast = time.monotonic() - t0
        proxy.set(delay=0.15)
        t0 = time.monotonic()
        s.get(proxy.url + "/size/10", timeout=5)
        slow = time.monotonic() - t0
    assert fast < 0.1
    assert slow >= 0.3


@pytest.mark.parametrize("direction", ["down", "up"])
def test_bandwidth_is_throttled_per_direction(proxy: FaultProxy, direction: str) -> None:
    size = 50_000
    proxy.set(**{f"{direction}_kbps": 800.0})  # 100 kB/s: 0.5 s for the body
    t0 = time.monotonic()
    if direction == "down":
        r = requests.get(proxy.url + f"/size/{size}", timeout=10)
    else:
        r = requests.post(proxy.url + "/echo", data=b"z" * size, timeout=10)
    elapsed = time.monotonic() - t0
    assert r.status_code == 200 and len(r.content) == size
    bytes_on_link = proxy.counters.bytes_down if direction == "down" else proxy.counters.bytes_up
    assert bytes_on_link > size
    assert bytes_on_link * 8 / 800_000 <= elapsed < bytes_on_link * 8 / 800_000 + 0.4


def test_parallel_connections_share_the_link(proxy: FaultProxy) -> None:
    proxy.set(down_kbps=800.0)
    results: list[int] = []

    def fetch() -> None:
        results.append(len(requests.get(proxy.url + "/size/25000", timeout=10).content))

    threads = [threading.Thread(target=fetch) for _ in range(2)]
    t0 = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.monotonic() - t0
    assert results == [25_000, 25_000]
    assert elapsed >= proxy.counters.bytes_down * 8 / 800_000 >= 0.5


def test_bad_gateway_answers_without_forwarding(proxy: FaultProxy, http_server: ThreadingHTTPServer) -> None:
    proxy.set(bad_gateway=1.0)
    r = requests.post(proxy.url + "/echo", data=b"q" * 3000, timeout=5)
    assert r.status_code == 502
    assert r.content == b"Bad Gateway"
    assert http_server.completed == []  # type: ignore[attr-defined]
    c = proxy.counters
    assert c.bad_gateways == 1 and c.bytes_down == len(BAD_GATEWAY)
    assert c.bytes_up > 3000  # the request crossed the link before the gateway refused it
    assert proxy.exchanges[0].fate == "502" and proxy.exchanges[0].request_body == 3000


def test_cut_mid_response_resets_the_connection_after_part_of_the_body(proxy: FaultProxy) -> None:
    proxy.set(cut=1.0, cut_where="response")
    size = 200_000
    with pytest.raises(requests.exceptions.RequestException):
        requests.get(proxy.url + f"/size/{size}", timeout=5)
    (ex,) = proxy.exchanges
    assert ex.fate == "cut-response"
    assert ex.response_head + ex.response_body < ex.response_head + size
    assert proxy.counters.bytes_down < size
    assert proxy.counters.cuts == 1 and proxy.counters.responses == 0


def test_cut_mid_request_never_reaches_the_handler(
    proxy: FaultProxy, http_server: ThreadingHTTPServer
) -> None:
    proxy.set(cut=1.0, cut_where="request")
    size = 100_000
    with pytest.raises(requests.exceptions.ConnectionError):
        requests.post(proxy.url + "/echo", data=b"r" * size, timeout=5)
    (ex,) = proxy.exchanges
    assert ex.fate == "cut-request"
    assert ex.request_head + ex.request_body < ex.request_head + size
    assert ex.status == 0
    time.sleep(0.1)
    assert http_server.completed == []  # type: ignore[attr-defined]


def test_stall_hangs_until_the_client_times_out(proxy: FaultProxy) -> None:
    proxy.set(stall=1.0, cut_where="response")
    t0 = time.monotonic()
    with pytest.raises(requests.exceptions.RequestException):
        requests.get(proxy.url + "/size/100000", timeout=0.5)
    assert 0.5 <= time.monotonic() - t0 < 3
    deadline = time.monotonic() + 3
    while proxy.counters.stalls == 0 and time.monotonic() < deadline:
        time.sleep(0.02)
    assert proxy.counters.stalls == 1


def test_offline_resets_every_connection(proxy: FaultProxy) -> None:
    proxy.set(offline=True)
    with pytest.raises(requests.exceptions.ConnectionError):
        requests.get(proxy.url + "/size/10", timeout=5)
    assert proxy.counters.refused == 1
    proxy.set(offline=False)
    assert requests.get(proxy.url + "/size/10", timeout=5).status_code == 200


def test_unreachable_upstream_resets_the_client() -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        dead_port = s.getsockname()[1]
    with FaultProxy(("127.0.0.1", dead_port)) as p:
        with pytest.raises(requests.exceptions.ConnectionError):
            requests.get(p.url + "/", timeout=5)
        assert p.counters.refused == 1


def _fates(upstream: tuple[str, int], seed: int, n: int = 60) -> list[str]:
    with FaultProxy(upstream, seed=seed, faults=Faults(bad_gateway=0.2, cut=0.25)) as p:
        for i in range(n):
            with contextlib.suppress(requests.exceptions.RequestException):
                requests.post(p.url + "/echo", data=b"a" * (500 + i), timeout=5)
        return [e.fate for e in p.exchanges]


def test_the_same_seed_gives_the_same_faults(http_server: ThreadingHTTPServer) -> None:
    first = _fates(_upstream(http_server), seed=11)
    again = _fates(_upstream(http_server), seed=11)
    other = _fates(_upstream(http_server), seed=12)
    assert first == again
    assert first != other
    assert len(first) == 60
    assert 4 <= first.count("502") <= 22
    cuts = sum(f.startswith("cut-") for f in first)
    assert 6 <= cuts <= 26
    assert {"cut-request", "cut-response"} <= set(first)


class _Echo(socketserver.BaseRequestHandler):
    def handle(self) -> None:
        while data := self.request.recv(65536):
            self.request.sendall(data)


@pytest.fixture
def echo_server() -> Iterator[socketserver.ThreadingTCPServer]:
    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), _Echo)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield server
    server.shutdown()
    server.server_close()


def _echo_through(port: int, payload: bytes) -> bytes:
    got = b""
    with socket.create_connection(("127.0.0.1", port), timeout=5) as sock:
        sock.sendall(payload)
        sock.shutdown(socket.SHUT_WR)
        try:
            while more := sock.recv(65536):
                got += more
        except ConnectionResetError:
            pass
    return got


def test_raw_mode_pipes_bytes_with_delay(echo_server: socketserver.ThreadingTCPServer) -> None:
    with FaultProxy(_upstream(echo_server), http=False, faults=Faults(delay=0.05)) as p:
        payload = bytes(range(256)) * 400
        t0 = time.monotonic()
        assert _echo_through(p.port, payload) == payload
        assert time.monotonic() - t0 >= 0.2  # handshake round trip + data round trip
        c = p.counters
        assert (c.bytes_up, c.bytes_down, c.connections) == (len(payload), len(payload), 1)


def test_raw_mode_cuts_a_connection_at_a_random_byte(echo_server: socketserver.ThreadingTCPServer) -> None:
    with FaultProxy(_upstream(echo_server), http=False, seed=3, faults=Faults(cut=1.0)) as p:
        payload = b"e" * 200_000
        got = _echo_through(p.port, payload)
        assert len(got) < len(payload)
        assert got == payload[: len(got)]
        assert p.counters.cuts == 1


def test_fault_probabilities_are_checked() -> None:
    with pytest.raises(ValueError):
        Faults(cut=0.7, bad_gateway=0.5)
    with pytest.raises(ValueError):
        Faults(cut_where="sideways")


class _ShortKeepAlive(_Handler):
    timeout = 0.3  # the server drops a connection idle this long (uvicorn: 5 s)


def test_a_server_closing_an_idle_connection_closes_the_client_side_too() -> None:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _ShortKeepAlive)
    server.daemon_threads = True
    server.completed = []  # type: ignore[attr-defined]
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        with FaultProxy(_upstream(server), faults=Faults(delay=0.01)) as p, requests.Session() as s:
            assert s.get(p.url + "/size/10", timeout=5).status_code == 200
            time.sleep(0.6)  # the server hangs up; the client must see it and open a new connection
            assert s.get(p.url + "/size/10", timeout=5).status_code == 200
            assert p.counters.connections == 2
            assert p.counters.cuts == 0 and p.counters.responses == 2
    finally:
        server.shutdown()
        server.server_close()


def test_cut_next_cuts_exactly_the_next_exchanges(proxy: FaultProxy) -> None:
    proxy.cut_next(2, where="response")
    for _ in range(2):
        with pytest.raises(requests.exceptions.RequestException):
            requests.get(proxy.url + "/size/50000", timeout=5)
    assert requests.get(proxy.url + "/size/50000", timeout=5).status_code == 200
    assert [e.fate for e in proxy.exchanges] == ["cut-response", "cut-response", "ok"]
    with pytest.raises(ValueError):
        proxy.cut_next(where="sideways")
