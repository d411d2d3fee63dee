"""HTTP transport to the county server (requests): timeouts, TLS, gzip both ways, typed failures.

One ``requests.Session`` per transport keeps the connection alive between requests: on a 600 ms link a new
TCP + TLS handshake costs seconds. Every failure becomes one of the types in ``sync.errors``:

* ``Offline`` — connection refused, DNS failure, connect/read timeout, connection dropped mid-request or
  mid-response (a truncated gzip body counts as dropped);
* ``ServerError`` — 5xx (also a proxy's 502), 408/429, or a 2xx body that is not the protocol's; 503
  (the server's database is busy) and 408/429 are ``sync.server_busy`` with the ``Retry-After`` seconds;
* ``AuthError`` (401), ``TooLarge`` (413), ``Rejected`` (any other 4xx, with the ``ErrorBody`` code/message);
* ``TlsError`` — the certificate could not be verified.

Bytes on the wire are counted (bodies as sent/received, compressed, plus the HTTP head) for the benchmark.
"""

from __future__ import annotations

import gzip
import http.client
import json
import logging
import threading
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

import requests
import requests.adapters
import urllib3.exceptions
from pydantic import BaseModel, ValidationError

from .. import __version__
from .errors import AuthError, Offline, Rejected, ServerError, SyncError, TlsError, TooLarge
from .protocol import (
    EnrollRequest,
    EnrollResponse,
    ErrorBody,
    Health,
    PullPage,
    PushResponse,
    Snapshot,
)
from .settings import check_ca_path, check_server_url

logger = logging.getLogger(__name__)

API = "/api/v1"
#: (connect, read) seconds; read is the longest silence tolerated between bytes, not the whole request
DEFAULT_TIMEOUT = (10.0, 60.0)
SERVER_HLC_HEADER = "X-Server-HLC"
GZIP_LEVEL = 9

M = TypeVar("M", bound=BaseModel)


def gzip_json(data: bytes) -> bytes:
    return gzip.compress(data, compresslevel=GZIP_LEVEL, mtime=0)


@dataclass
class WireCounters:
    requests: int = 0
    bytes_sent: int = 0
    bytes_received: int = 0
    body_bytes_sent: int = 0
    body_bytes_received: int = 0


class Transport:
    """Talks protocol v1 to one server. Thread-safe enough for one sync run plus health probes."""

    def __init__(
        self,
        base_url: str,
        *,
        token: str | None = None,
        ca_path: str | None = None,
        allow_insecure_http: bool = False,
        timeout: tuple[float, float] = DEFAULT_TIMEOUT,
        on_server_hlc: Callable[[str], object] | None = None,
        session: requests.Session | None = None,
    ) -> None:
        self.base_url = check_server_url(base_url, allow_insecure_http=allow_insecure_http)
        self.token = token
        self.timeout = timeout
        self.on_server_hlc = on_server_hlc
        self.counters = WireCounters()
        self._lock = threading.Lock()
        self._session = session or requests.Session()
        # TLS verification is never switched off: either the system's CAs or the county's own CA bundle.
        # Passed with every request: a session-level setting loses to $REQUESTS_CA_BUNDLE.
        self._verify: str | bool = check_ca_path(ca_path) or True
        self._session.verify = self._verify
        self._session.headers.update({"User-Agent": f"gov-desktop/{__version__}"})
        # one connection reused; retries are the engine's business (it knows what is safe to resend)
        adapter = requests.adapters.HTTPAdapter(pool_connections=1, pool_maxsize=2, max_retries=0)
        self._session.mount("https://", adapter)
        self._session.mount("http://", adapter)

    def close(self) -> None:
        self._session.close()

    def __enter__(self) -> Transport:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- the API -------------------------------------------------------------------------------------
    def health(self, *, timeout: tuple[float, float] | None = None) -> Health:
        return self._call("GET", "/health", Health, auth=False, timeout=timeout or (5.0, 10.0))

    def enroll(self, request: EnrollRequest) -> EnrollResponse:
        body = gzip_json(request.model_dump_json().encode("utf-8"))
        return self._call("POST", "/enroll", EnrollResponse, body=body, auth=False)

    def push(self, body_gz: bytes) -> PushResponse:
        """Send a stored batch: ``body_gz`` is the exact gzip body of a ``PushRequest``."""
        return self._call("POST", "/push", PushResponse, body=body_gz)

    def pull(self, since: int, limit: int) -> PullPage:
        return self._call("GET", "/pull", PullPage, params={"since": since, "limit": limit})

    def snapshot(self) -> Snapshot:
        return self._call("GET", "/snapshot", Snapshot)

    # -- plumbing ------------------------------------------------------------------------------------
    def _call(
        self,
        method: str,
        path: str,
        model: type[M],
        *,
        body: bytes | None = None,
        params: dict[str, Any] | None = None,
        auth: bool = True,
        timeout: tuple[float, float] | None = None,
    ) -> M:
        status, data = self.request(method, path, body=body, params=params, auth=auth, timeout=timeout)
        try:
            return model.model_validate_json(data)
        except ValidationError as exc:
            logger.error("unexpected %s body from %s%s: %s", model.__name__, self.base_url, path, exc)
            raise ServerError("sync.protocol", status=status) from exc

    def request(
        self,
        method: str,
        path: str,
        *,
        body: bytes | None = None,
        params: dict[str, Any] | None = None,
        auth: bool = True,
        timeout: tuple[float, float] | None = None,
    ) -> tuple[int, bytes]:
        """Send one request; return (status, decompressed body) of a 2xx answer, raise a ``SyncError`` else."""
        headers = {"Accept": "application/json", "Accept-Encoding": "gzip"}
        if body is not None:
            headers["Content-Type"] = "application/json"
            headers["Content-Encoding"] = "gzip"
        if auth and self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        url = f"{self.base_url}{API}{path}"
        with self._lock:
            self.counters.requests += 1
            if body is not None:
                self.counters.body_bytes_sent += len(body)
                self.counters.bytes_sent += len(body)
        try:
            response = self._session.request(
                method,
                url,
                data=body,
                params=params,
                headers=headers,
                timeout=timeout or self.timeout,
                stream=True,
                allow_redirects=False,
                verify=self._verify,
            )
            try:
                raw = response.raw.read(decode_content=False)
            finally:
                response.close()
        except requests.exceptions.SSLError as exc:
            raise TlsError(reason=_short(exc)) from exc
        except requests.exceptions.ConnectTimeout as exc:
            raise Offline("sync.offline") from exc
        except (requests.exceptions.Timeout, urllib3.exceptions.TimeoutError) as exc:
            raise Offline("sync.timeout") from exc
        except requests.exceptions.InvalidURL as exc:
            raise SyncError("sync.bad_url", value=url) from exc
        except (
            requests.exceptions.ConnectionError,
            requests.exceptions.ChunkedEncodingError,
            urllib3.exceptions.HTTPError,
            http.client.HTTPException,
            OSError,
        ) as exc:
            logger.info("%s %s: %s", method, path, _short(exc))
            raise Offline("sync.dropped" if _mid_transfer(exc) else "sync.offline") from exc
        self._count_heads(response, raw)
        hlc = response.headers.get(SERVER_HLC_HEADER)
        if hlc and self.on_server_hlc is not None:
            try:
                self.on_server_hlc(hlc)
            except ValueError:
                logger.warning("unreadable %s header: %r", SERVER_HLC_HEADER, hlc)
        data = _decode_body(response, raw)
        status = response.status_code
        if 200 <= status < 300:
            return status, data
        raise _error_for(status, data, response.reason, retry_after=response.headers.get("Retry-After"))

    def _count_heads(self, response: requests.Response, raw: bytes) -> None:
        request = response.request
        sent = len(f"{request.method} {request.path_url} HTTP/1.1\r\n") + 2
        sent += sum(len(k) + len(str(v)) + 4 for k, v in request.headers.items())
        received = len(f"HTTP/1.1 {response.status_code} {response.reason}\r\n") + 2
        received += sum(len(k) + len(v) + 4 for k, v in response.raw.headers.items())
        with self._lock:
            self.counters.bytes_sent += sent
            self.counters.bytes_received += received + len(raw)
            self.counters.body_bytes_received += len(raw)


def _decode_body(response: requests.Response, raw: bytes) -> bytes:
    encoding = response.headers.get("Content-Encoding", "").lower()
    if not encoding or encoding == "identity":
        return raw
    try:
        if encoding == "gzip":
            return gzip.decompress(raw)
        if encoding == "deflate":
            return zlib.decompress(raw)
    except (EOFError, OSError, zlib.error) as exc:  # a truncated body: the link dropped mid-response
        raise Offline("sync.dropped") from exc
    raise ServerError("sync.protocol", status=response.status_code)


#: the longest Retry-After honoured (seconds): a wrong header must not stall a device for hours
MAX_RETRY_AFTER = 300.0


def _retry_after(value: str | None) -> float | None:
    """Seconds of a ``Retry-After: <seconds>`` header (the HTTP-date form is not used by the server)."""
    try:
        seconds = float(value) if value else None
    except ValueError:
        return None
    if seconds is None or seconds != seconds:  # NaN
        return None
    return min(max(0.0, seconds), MAX_RETRY_AFTER)


def _error_for(status: int, data: bytes, reason: str, *, retry_after: str | None = None) -> SyncError:
    code, message, details = _error_body(data)
    if status == 401:
        return AuthError(code, message)
    if status == 413:
        return TooLarge(code, message)
    if status in (408, 429, 503):
        logger.info("server busy (%s %s): %s", status, reason, message or data[:200])
        return ServerError("sync.server_busy", status=status, retry_after=_retry_after(retry_after))
    if status >= 500 or status < 400:
        logger.warning("server answered %s %s: %s", status, reason, message or data[:200])
        return ServerError("sync.server_error", status=status)
    return Rejected(code or f"http.{status}", message or f"{status} {reason}", status=status, details=details)


def _error_body(data: bytes) -> tuple[str | None, str | None, list[dict[str, Any]] | None]:
    """(code, message, details) of an ``ErrorBody``; FastAPI's own ``{"detail": …}`` is understood too."""
    try:
        doc = json.loads(data) if data else None
    except (ValueError, UnicodeDecodeError):
        return None, None, None
    if isinstance(doc, dict):
        try:
            err = ErrorBody.model_validate(doc)
            return err.code, err.message, err.details
        except ValidationError:
            pass
        detail = doc.get("detail")
        if isinstance(detail, str):
            return None, detail, None
        if isinstance(detail, dict):
            return detail.get("code"), detail.get("message"), None
        if isinstance(detail, list):
            return "invalid_request", "请求格式不正确", [d for d in detail if isinstance(d, dict)]
    return None, None, None


def _mid_transfer(exc: BaseException) -> bool:
    text = repr(exc)
    return any(
        word in text for word in ("IncompleteRead", "ProtocolError", "Connection broken", "reset by peer")
    )


def _short(exc: BaseException) -> str:
    text = str(exc)
    return text if len(text) < 300 else text[:300] + "…"
