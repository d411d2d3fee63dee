"""Sync tests: throwaway plain stores, a file keyring of the test's own, and a scripted transport double.

The scripted transport stands in for the network in unit tests of the engine's bookkeeping (what is stored,
sent, retried, acknowledged). Everything that talks to a server uses the real one (tests/sync/test_live*.py).
"""

from __future__ import annotations

import gzip
import json
import sqlite3
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import keyring
import pytest
from keyrings.alt.file import PlaintextKeyring

from gov_desktop.core.hlc import HybridClock
from gov_desktop.core.models import Household, VisitRecord
from gov_desktop.store.engine import Store, open_store
from gov_desktop.sync.protocol import PullPage, PushRequest, PushResponse
from gov_desktop.sync.transport import DEFAULT_TIMEOUT, WireCounters

TC = "542525101"


@pytest.fixture(autouse=True)
def file_keyring(tmp_path: Path) -> Iterator[PlaintextKeyring]:
    previous = keyring.get_keyring()
    backend = PlaintextKeyring()
    backend.file_path = str(tmp_path / "keyring" / "keyring_pass.cfg")  # type: ignore[misc]
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)


@pytest.fixture(scope="session")
def store_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated empty store, made once: copying it is ~10x faster than migrating a new file per store."""
    path = tmp_path_factory.mktemp("template") / "template.db"
    open_store(path, key=None).close()
    return path


def _copy_store(template: Path, path: Path) -> None:
    """A copy of the template with its identity removed, so the store opened on it gets a device id of its own."""
    src, dst = sqlite3.connect(template), sqlite3.connect(path)
    try:
        src.backup(dst)
        dst.execute("DELETE FROM store_meta WHERE key IN ('device_id', 'hlc_seen')")
        dst.commit()
    finally:
        src.close()
        dst.close()


@pytest.fixture
def make_store(tmp_path: Path, store_template: Path) -> Iterator[Callable[..., Store]]:
    opened: list[Store] = []

    def make(name: str = "dev", township: str = TC) -> Store:
        path = tmp_path / f"{name}.db"
        if not path.exists():
            _copy_store(store_template, path)
        store = open_store(path, key=None)
        if township:
            store.set_meta("township_code", township)
        opened.append(store)
        return store

    yield make
    for store in opened:
        store.close()


@pytest.fixture
def store(make_store: Callable[..., Store]) -> Store:
    return make_store("dev")


def add_household(store: Store, no: str, user: str = "alice", **values: Any) -> str:
    with store.session(user) as s:
        h = Household(township_code=TC, household_no=no, **values)
        s.add(h)
    return h.id


def add_visits(store: Store, household_id: str, n: int, user: str = "alice") -> list[str]:
    ids = []
    with store.session(user) as s:
        for i in range(n):
            v = VisitRecord(
                township_code=TC,
                household_id=household_id,
                visit_date=date(2024, 3, 1 + i % 28),
                findings=f"第{i}次走访：家中老人身体状况良好，已宣传医保缴费政策，编号{i * 7919 % 10007}",
                visitor_name="扎西",
            )
            s.add(v)
            ids.append(v.id)
    return ids


def decode_body(body: bytes) -> PushRequest:
    return PushRequest.model_validate_json(gzip.decompress(body))


class ScriptedTransport:
    """A transport double: records every body sent, answers from a script of callables.

    Each script entry receives the decoded request and returns a ``PushResponse`` or raises a ``SyncError``.
    When the script runs out, every change is answered "applied".
    """

    def __init__(
        self,
        script: list[Callable[[PushRequest], PushResponse]] | None = None,
        default: Callable[[PushRequest], PushResponse] | None = None,
    ) -> None:
        self.script = list(script or [])
        self.default = default
        self.sent: list[bytes] = []
        self.counters = WireCounters()
        self.timeout = DEFAULT_TIMEOUT
        self.on_server_hlc: Callable[[str], object] | None = None
        self.clock = HybridClock("server")
        self.pages: list[PullPage] = []
        self.pulls: list[tuple[int, int]] = []

    def push(self, body: bytes) -> PushResponse:
        self.sent.append(body)
        self.counters.requests += 1
        self.counters.bytes_sent += len(body)
        request = decode_body(body)
        if self.script:
            return self.script.pop(0)(request)
        if self.default is not None:
            return self.default(request)
        return self.applied(request)

    def applied(self, request: PushRequest, **extra: Any) -> PushResponse:
        return PushResponse(
            batch_id=request.batch_id, applied=len(request.changes), server_hlc=self.clock.now(), **extra
        )

    def pull(self, since: int, limit: int) -> PullPage:
        self.pulls.append((since, limit))
        if self.pages:
            return self.pages.pop(0)
        return PullPage(changes=[], next=max(since, 0), head=max(since, 0))

    def snapshot(self) -> Any:
        raise AssertionError("no snapshot expected")

    def health(self) -> Any:
        return None

    def close(self) -> None:
        pass


def sent_changes(transport: ScriptedTransport) -> list[dict[str, Any]]:
    out = []
    for body in transport.sent:
        out.extend(json.loads(gzip.decompress(body))["changes"])
    return out


# --- a live county server (the real app under uvicorn on 127.0.0.1) ---------------------------------------


class LiveServer:
    """The real server app in a daemon thread; ``enroll_store`` enrols a store through the client code."""

    def __init__(self, database_url: str) -> None:
        import threading
        import time

        import uvicorn

        from gov_desktop.server.app import create_app
        from gov_desktop.server.db import open_database

        self.database_url = database_url
        config = uvicorn.Config(
            create_app(database_url), host="127.0.0.1", port=0, log_level="warning", lifespan="on"
        )
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, daemon=True)
        self._thread.start()
        deadline = time.monotonic() + 20
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.01)
        port = self._server.servers[0].sockets[0].getsockname()[1]
        self.url = f"http://127.0.0.1:{port}"
        self.db = open_database(database_url, create=False)

    def code(self, township: str = TC, *, county: bool = False) -> str:
        from gov_desktop.server import devices

        with self.db.session() as session:
            return devices.create_enrollment_code(session, township, is_county=county)

    def enroll_store(
        self, store: Store, township: str = TC, *, county: bool = False, url: str | None = None
    ) -> None:
        from gov_desktop.sync.enrol import enroll

        enroll(store, url or self.url, self.code(township, county=county))

    def revoke(self, device_id: str) -> None:
        from gov_desktop.server import devices

        with self.db.session() as session:
            devices.revoke(session, device_id)

    def close(self) -> None:
        self._server.should_exit = True
        self._thread.join(timeout=10)
        self.db.dispose()


@pytest.fixture
def live_server(tmp_path: Path) -> Iterator[LiveServer]:
    (tmp_path / "server").mkdir()
    server = LiveServer(f"sqlite:///{tmp_path / 'server' / 'server.db'}")
    yield server
    server.close()


def engine_for_store(store: Store, **kwargs: Any) -> Any:
    """An engine over the store's enrolled settings, quick to give up (tests never wait on backoff)."""
    from gov_desktop.sync.engine import Backoff, SyncEngine

    kwargs.setdefault("backoff", Backoff(base=0.01, cap=0.05))
    return SyncEngine.for_store(store, **kwargs)
