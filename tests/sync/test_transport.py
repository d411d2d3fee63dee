"""The HTTP transport: plain http refused off this machine, TLS verified (with a county's own CA), failures
mapped to typed errors, gzip both ways, bytes counted."""

from __future__ import annotations

import contextlib
import datetime as dt
import ipaddress
import socket
import threading
from pathlib import Path

import pytest

from gov_desktop.sync.errors import AuthError, ConfigError, Offline, Rejected, ServerError, TlsError
from gov_desktop.sync.protocol import EnrollRequest
from gov_desktop.sync.transport import Transport


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:8000",
        "http://localhost:8000/",
        "http://[::1]:8000",
        "http://127.0.0.2",
        "https://sync.example.cn",
    ],
)
def test_accepted_urls(url):
    Transport(url).close()


@pytest.mark.parametrize("url", ["http://sync.example.cn", "http://192.168.1.10:8443", "http://10.0.0.1"])
def test_plain_http_to_another_machine_is_refused(url):
    with pytest.raises(ConfigError) as caught:
        Transport(url)
    assert caught.value.code == "sync.insecure_url" and "https" in caught.value.message
    Transport(url, allow_insecure_http=True).close()  # only with the explicit setting


@pytest.mark.parametrize("url", ["ftp://x", "sync.example.cn", "https://", ""])
def test_nonsense_urls_are_refused(url):
    with pytest.raises(ConfigError):
        Transport(url)


def test_missing_ca_file_is_refused(tmp_path):
    with pytest.raises(ConfigError) as caught:
        Transport("https://sync.example.cn", ca_path=str(tmp_path / "nope.pem"))
    assert "CA" in caught.value.message


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_nobody_listening_is_offline():
    with Transport(f"http://127.0.0.1:{_free_port()}") as t, pytest.raises(Offline) as caught:
        t.health()
    assert caught.value.code == "sync.offline" and not caught.value.timeout


class RawServer:
    """A one-shot TCP server that answers each connection with ``handler(conn)``."""

    def __init__(self, handler) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(8)
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}"
        self.handler = handler
        self.conns: list[socket.socket] = []
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self.conns.append(conn)
            conn.recv(65536)
            with contextlib.suppress(OSError):
                self.handler(conn)

    def close(self) -> None:
        self.sock.close()
        for c in self.conns:
            c.close()


@pytest.fixture
def raw_server():
    made = []

    def make(handler):
        server = RawServer(handler)
        made.append(server)
        return server

    yield make
    for server in made:
        server.close()


def test_connection_closed_without_an_answer_is_offline(raw_server):
    server = raw_server(lambda conn: conn.close())
    with Transport(server.url) as t, pytest.raises(Offline):
        t.health()


def test_response_cut_mid_body_is_offline(raw_server):
    def half(conn):
        conn.sendall(
            b'HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n{"status":'
        )
        conn.close()

    with Transport(raw_server(half).url) as t, pytest.raises(Offline) as caught:
        t.health()
    assert caught.value.code == "sync.dropped"


def test_silence_is_a_timeout(raw_server):
    stop = threading.Event()
    server = raw_server(lambda conn: stop.wait(5))
    try:
        with Transport(server.url, timeout=(1, 0.3)) as t, pytest.raises(Offline) as caught:
            t.pull(0, 10)
        assert caught.value.timeout
    finally:
        stop.set()


def test_proxy_502_is_a_server_error(raw_server):
    def bad_gateway(conn):
        conn.sendall(
            b"HTTP/1.1 502 Bad Gateway\r\nContent-Length: 11\r\nConnection: close\r\n\r\nBad Gateway"
        )
        conn.close()

    with Transport(raw_server(bad_gateway).url) as t, pytest.raises(ServerError) as caught:
        t.health()
    assert caught.value.status == 502 and "502" in caught.value.message


def test_a_busy_server_503_is_retryable_with_its_retry_after(raw_server):
    body = '{"code":"server.busy","message":"服务器繁忙，请稍后重试","details":[]}'.encode()

    def busy(conn):
        head = f"HTTP/1.1 503 Service Unavailable\r\nRetry-After: 5\r\nContent-Length: {len(body)}\r\n"
        conn.sendall(head.encode() + b"Content-Type: application/json\r\nConnection: close\r\n\r\n" + body)
        conn.close()

    with Transport(raw_server(busy).url) as t, pytest.raises(ServerError) as caught:
        t.pull(0, 10)
    assert (caught.value.code, caught.value.status, caught.value.retry_after) == (
        "sync.server_busy",
        503,
        5.0,
    )


def test_garbage_200_is_a_protocol_error(raw_server):
    def garbage(conn):
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\nConnection: close\r\n\r\nhello")
        conn.close()

    with Transport(raw_server(garbage).url) as t, pytest.raises(ServerError) as caught:
        t.health()
    assert caught.value.code == "sync.protocol"


def test_against_the_real_server(live_server):
    seen = []
    with Transport(live_server.url, on_server_hlc=seen.append) as t:
        assert t.health().status == "ok"
        assert seen and seen[-1].count("-") == 2  # X-Server-HLC on every answer
        with pytest.raises(Rejected) as bad_code:
            t.enroll(EnrollRequest(code="WXYZ-2345", device_id="abcd1234"))
        assert bad_code.value.status in (400, 404, 422) and bad_code.value.message
        t.token = "not-a-token"
        with pytest.raises(AuthError):
            t.pull(0, 10)
        t.token = None
        with pytest.raises(AuthError):
            t.snapshot()
        assert t.counters.requests == 4 and t.counters.bytes_sent > 0 and t.counters.bytes_received > 0


def test_gzip_both_ways_and_bytes_counted(live_server, make_store):
    from .conftest import add_household, add_visits, engine_for_store

    a, b = make_store("a"), make_store("b")
    live_server.enroll_store(a)
    live_server.enroll_store(b)
    hid = add_household(a, "H-1")
    add_visits(a, hid, 120)
    report = engine_for_store(a).run()
    assert report.pushed == 121
    assert report.bytes_sent < 121 * 100  # gzip: well under 100 bytes a record, HTTP heads included
    engine = engine_for_store(b)
    received_before = engine.transport.counters.body_bytes_received
    report = engine.run()
    assert report.pulled == 121
    # the snapshot came compressed: far fewer bytes than its JSON
    assert engine.transport.counters.body_bytes_received - received_before < 121 * 120


# --- TLS with a county's self-signed CA -----------------------------------------------------------------


def _make_ca_and_cert(tmp_path: Path) -> tuple[Path, Path, Path]:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    now = dt.datetime.now(dt.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "某县政务同步CA")])
    ca = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=True,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")]))
        .issuer_name(ca_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
            ),
            critical=False,
        )
        .add_extension(x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False
        )
        .sign(ca_key, hashes.SHA256())
    )
    ca_path, cert_path, key_path = tmp_path / "ca.pem", tmp_path / "server.pem", tmp_path / "server.key"
    ca_path.write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    return ca_path, cert_path, key_path


def test_tls_is_verified_and_a_county_ca_can_be_configured(tmp_path):
    import time

    import uvicorn

    from gov_desktop.server.app import create_app

    ca, cert, key = _make_ca_and_cert(tmp_path)
    (tmp_path / "server").mkdir()
    app = create_app(f"sqlite:///{tmp_path / 'server' / 'server.db'}")
    config = uvicorn.Config(
        app, host="127.0.0.1", port=0, log_level="warning", ssl_certfile=str(cert), ssl_keyfile=str(key)
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.01)
    port = server.servers[0].sockets[0].getsockname()[1]
    try:
        url = f"https://127.0.0.1:{port}"
        with Transport(url) as t, pytest.raises(TlsError) as caught:
            t.health()  # not signed by a CA the system trusts
        assert "证书" in caught.value.message
        with Transport(url, ca_path=str(ca)) as t:
            assert t.health().status == "ok"
        with Transport(f"https://localhost:{port}", ca_path=str(ca)) as t:
            assert t.health().status == "ok"
    finally:
        server.should_exit = True
        thread.join(10)
