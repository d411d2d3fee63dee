"""A live county server for the tests: the real app under uvicorn on a free 127.0.0.1 port, in a daemon
thread, over SQLite or (marked ``postgres``) PostgreSQL from the root conftest's throwaway server.

Fixtures:
- ``database_url``: parametrized ``sqlite`` / ``postgres``; tests that use it (directly or through
  ``live_server``) run on both. The PostgreSQL database is made once per process
  (``server_postgres_url``) and emptied (TRUNCATE) before each test: far cheaper than a database per test.
- ``live_server``: a running server (``LiveServer``): base URL, database URL, ``enrollment_code()``,
  ``enroll()`` → a ``TestDevice`` that pushes and pulls over HTTP, ``restart()`` on the same database.
"""

from __future__ import annotations

import itertools
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest
import sqlalchemy as sa
import uvicorn

from gov_desktop.core.hlc import HybridClock
from gov_desktop.server import devices as server_devices
from gov_desktop.server.app import create_app
from gov_desktop.server.db import DOMAIN_TABLES, Database, init_schema, make_engine, open_database
from gov_desktop.server.tables import SERVER_METADATA

TC_A = "542525101"
TC_B = "542525102"


class ServerThread:
    """uvicorn.Server running an app in a daemon thread on an OS-chosen port."""

    def __init__(self, app: Any) -> None:
        config = uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning", lifespan="on")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def start(self) -> str:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if not self.thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.01)
        port = self.server.servers[0].sockets[0].getsockname()[1]
        return f"http://127.0.0.1:{port}"

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


_row_ids = itertools.count(1)


def row_id(prefix: str = "r") -> str:
    """A unique row id (short, readable in failures)."""
    return f"{prefix}-{next(_row_ids):06d}-{uuid.uuid4().hex[:8]}"


@dataclass
class TestDevice:
    """An enrolled device talking to the live server over HTTP."""

    __test__ = False

    device_id: str
    token: str
    township: str
    is_county: bool
    client: httpx.Client
    clock: HybridClock = field(init=False)
    cursor: int = 0

    def __post_init__(self) -> None:
        self.clock = HybridClock(self.device_id)

    def change(
        self,
        table: str,
        op: str,
        fields: dict[str, Any],
        *,
        rid: str | None = None,
        tc: str | None = None,
        h: str | None = None,
        fh: dict[str, str] | None = None,
    ) -> dict[str, Any]:
        wire: dict[str, Any] = {"t": table, "id": rid or row_id(table[:2]), "op": op, "f": fields}
        wire["h"] = h or self.clock.now()
        if fh:
            wire["fh"] = fh
        if tc is not None:
            wire["tc"] = tc
        return wire

    def batch(self, changes: list[dict[str, Any]], **extra: Any) -> dict[str, Any]:
        body = {
            "device_id": self.device_id,
            "batch_id": str(uuid.uuid4()),
            "user": "tester",
            "township": self.township,
            "changes": changes,
            "cursor": self.cursor,
            "hlc": self.clock.now(),
        }
        body.update(extra)
        return body

    def push_body(self, body: dict[str, Any]) -> dict[str, Any]:
        response = self.client.post("/api/v1/push", json=body)
        assert response.status_code == 200, response.text
        return response.json()

    def push(self, changes: list[dict[str, Any]], **extra: Any) -> dict[str, Any]:
        return self.push_body(self.batch(changes, **extra))

    def pull(self, since: int | None = None, limit: int = 500) -> dict[str, Any]:
        response = self.client.get(
            "/api/v1/pull", params={"since": self.cursor if since is None else since, "limit": limit}
        )
        assert response.status_code == 200, response.text
        return response.json()

    def pull_all(self) -> list[dict[str, Any]]:
        """Pull until caught up, moving the cursor; every change received."""
        got: list[dict[str, Any]] = []
        while True:
            page = self.pull()
            assert not page["refetch"]
            got.extend(page["changes"])
            self.cursor = page["next"]
            if not page["more"]:
                return got


@dataclass
class LiveServer:
    base_url: str
    database_url: str
    db: Database
    _thread: ServerThread
    _clients: list[httpx.Client] = field(default_factory=list)

    def enrollment_code(self, township: str = TC_A, *, county: bool = False, ttl_hours: float = 72) -> str:
        with self.db.session() as session:
            return server_devices.create_enrollment_code(
                session, township, is_county=county, ttl_hours=ttl_hours
            )

    def client(self, token: str | None = None, **kw: Any) -> httpx.Client:
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        client = httpx.Client(base_url=self.base_url, headers=headers, timeout=30, **kw)
        self._clients.append(client)
        return client

    def enroll(self, township: str = TC_A, *, county: bool = False, name: str = "") -> TestDevice:
        code = self.enrollment_code(township, county=county)
        device_id = f"dev{uuid.uuid4().hex[:12]}"
        response = self.client().post(
            "/api/v1/enroll", json={"code": code, "device_id": device_id, "name": name}
        )
        assert response.status_code == 200, response.text
        body = response.json()
        return TestDevice(
            device_id=device_id,
            token=body["token"],
            township=body["township_code"],
            is_county=body["is_county"],
            client=self.client(body["token"]),
        )

    def restart(self) -> None:
        """Stop the server and start a new app on the same database (new port)."""
        self._thread.stop()
        self._thread = ServerThread(create_app(self.database_url))
        self.base_url = self._thread.start()
        for client in self._clients:
            client.base_url = httpx.URL(self.base_url)

    def close(self) -> None:
        for client in self._clients:
            client.close()
        self._thread.stop()
        self.db.dispose()


@pytest.fixture(scope="session")
def server_postgres_url(postgres_url: str) -> Iterator[str]:
    """A PostgreSQL database for the server tests of this process, emptied before each test that uses it
    (``database_url``): truncating is much cheaper than creating a database per test."""
    name = f"server_{uuid.uuid4().hex[:8]}"
    admin = sa.create_engine(postgres_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    url = postgres_url.rsplit("/", 1)[0] + "/" + name
    engine = make_engine(url)
    init_schema(engine)
    engine.dispose()
    yield url
    with admin.connect() as conn:
        conn.execute(sa.text(f'DROP DATABASE "{name}" WITH (FORCE)'))
    admin.dispose()


def empty_postgres(url: str) -> None:
    engine = sa.create_engine(url)
    tables = ", ".join(f'"{t.name}"' for t in [*DOMAIN_TABLES, *SERVER_METADATA.sorted_tables])
    with engine.begin() as conn:
        conn.execute(sa.text(f"TRUNCATE {tables}"))
    engine.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "postgres":
        url = str(request.getfixturevalue("server_postgres_url"))
        empty_postgres(url)
        return url
    return f"sqlite:///{tmp_path / 'server' / 'server.db'}"


def start_live_server(url: str) -> LiveServer:
    thread = ServerThread(create_app(url))
    base = thread.start()
    return LiveServer(base_url=base, database_url=url, db=open_database(url, create=False), _thread=thread)


@pytest.fixture
def live_server(database_url: str) -> Iterator[LiveServer]:
    server = start_live_server(database_url)
    yield server
    server.close()
