"""A small world for end-to-end sync runs: the real county server under uvicorn, devices with their own
stores and sync engines, and a fault proxy between them. Shared by tests/e2e and bench/sync.py (both put
this directory on ``sys.path``).

Everything here is the product's own code wired together the way the app wires it: ``create_app`` for the
server, ``open_store`` + ``sync.enrol.enroll`` + ``SyncEngine`` for a device. Nothing is mocked.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select

from gov_desktop.core.models import COUNTY_SCOPE, SYNCED_TABLES, SyncedTable
from gov_desktop.core.wire import encode
from gov_desktop.store.capture import DERIVED_FIELDS
from gov_desktop.store.engine import Store, open_store
from gov_desktop.sync.engine import Backoff, SyncEngine, SyncReport
from gov_desktop.sync.errors import SyncError
from gov_desktop.sync.settings import load_settings, load_token
from gov_desktop.sync.transport import Transport

TOWNSHIP_A = "542525101"
TOWNSHIP_B = "542525102"


class CountyServer:
    """The real server app (``create_app``) in a daemon thread on a free 127.0.0.1 port.

    ``restart()`` stops it and serves a new app over the same database on a new port (tell the proxy).
    """

    def __init__(self, database_url: str) -> None:
        from gov_desktop.server.db import open_database

        self.database_url = database_url
        self._server: Any = None
        self._thread: threading.Thread | None = None
        self._sock: socket.socket | None = None
        self.port = 0
        self.start()
        self.db = open_database(database_url, create=False)

    @property
    def address(self) -> tuple[str, int]:
        return ("127.0.0.1", self.port)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        import uvicorn

        from gov_desktop.server.app import create_app

        sock = socket.socket(
            socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP
        )  # proto: asyncio sets TCP_NODELAY only then
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", 0))
        config = uvicorn.Config(
            create_app(self.database_url), log_level="error", access_log=False, lifespan="on"
        )
        server = uvicorn.Server(config)
        thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
        thread.start()
        deadline = time.monotonic() + 30
        while not server.started:
            if not thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.005)
        self._server, self._thread, self._sock = server, thread, sock
        self.port = int(sock.getsockname()[1])

    def stop(self) -> None:
        if self._server is None or self._thread is None:
            return
        self._server.should_exit = True
        self._thread.join(15)
        if self._sock is not None:
            self._sock.close()
        self._server = self._thread = self._sock = None

    def restart(self) -> None:
        self.stop()
        self.start()

    def code(self, township: str, *, county: bool = False) -> str:
        from gov_desktop.server import devices

        with self.db.session() as session:
            return devices.create_enrollment_code(session, township, is_county=county)

    def close(self) -> None:
        self.stop()
        self.db.dispose()


@dataclass
class Device:
    """One enrolled device: a store of its own and a sync engine talking to ``url`` (usually the proxy)."""

    name: str
    store: Store
    url: str
    township: str
    is_county: bool
    timeout: tuple[float, float] = (5.0, 10.0)
    engine_options: dict[str, Any] = field(default_factory=dict)
    runs: int = 0
    failures: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def user(self) -> str:
        return f"u-{self.name}"

    def engine(self) -> SyncEngine:
        settings = load_settings(self.store)
        token = load_token(settings.device_id)
        assert token, f"{self.name}: no token in the keyring"
        transport = Transport(self.url, token=token, timeout=self.timeout)
        options = {
            "backoff": Backoff(base=0.005, cap=0.05),
            "max_attempts": 3,
            **self.engine_options,
        }
        return SyncEngine(self.store, transport, settings, **options)

    def sync(self) -> SyncReport | SyncError:
        """One sync run; a failure is returned (and counted), not raised."""
        engine = self.engine()
        self.runs += 1
        try:
            return engine.run()
        except SyncError as exc:
            self.failures += 1
            self.errors.append(exc.code)
            return exc
        finally:
            engine.transport.close()


def enrol_device(
    server: CountyServer,
    path: Path,
    name: str,
    *,
    url: str,
    township: str,
    county: bool = False,
    **engine_options: Any,
) -> Device:
    """A new plain (unencrypted) store at ``path``, enrolled through ``url`` with a fresh one-time code."""
    from gov_desktop.sync.enrol import enroll

    store = open_store(path, key=None)
    code = server.code(township, county=county)
    for attempt in range(20):  # the link may be faulty already
        try:
            enroll(store, url, code, name=name)
            break
        except SyncError:
            if attempt == 19:
                raise
            # a cut after the server used the code: that code is spent, take another
            code = server.code(township, county=county)
            time.sleep(0.01)
    return Device(
        name=name,
        store=store,
        url=url,
        township="" if county else township,
        is_county=county,
        engine_options=engine_options,
    )


def sync_until_quiet(devices: Iterable[Device], *, max_rounds: int = 12) -> int:
    """Sync every device, round after round, until a whole round moves nothing and all are up to date.

    Returns the number of rounds; raises AssertionError if the world does not settle.
    """
    devices = list(devices)
    last: dict[str, str] = {}
    for round_no in range(1, max_rounds + 1):
        moved = 0
        settled = True
        last = {}
        for device in devices:
            result = device.sync()
            if isinstance(result, SyncError):
                settled = False
                last[device.name] = f"{type(result).__name__}: {result}"
                continue
            moved += result.pushed + result.pulled + result.quarantined
            settled = settled and result.up_to_date
            if not result.up_to_date or result.pushed or result.pulled or result.quarantined:
                last[device.name] = (
                    f"pushed {result.pushed}, pulled {result.pulled}, quarantined {result.quarantined},"
                    f" up to date: {result.up_to_date}"
                )
        if settled and moved == 0:
            return round_no
    raise AssertionError(f"sync did not settle in {max_rounds} rounds; the last round: {last}")


# --- what each replica holds ---------------------------------------------------------------------------

RowKey = tuple[str, str]


def _row_values(row: SyncedTable, *, skip: frozenset[str]) -> dict[str, Any]:
    return {c.name: encode(getattr(row, c.name)) for c in row.__table__.columns if c.name not in skip}  # type: ignore[attr-defined]


def rows_in(session: Any, *, scope: list[str] | None, derived: bool = True) -> dict[RowKey, dict[str, Any]]:
    """Every synced row as wire values (all columns), by (table, id); ``scope``: township codes or None=all.

    ``derived=False`` leaves out search keys each replica derives itself (the server keeps none).
    """
    out: dict[RowKey, dict[str, Any]] = {}
    for table in SYNCED_TABLES:
        name = str(table.__tablename__)
        skip = frozenset() if derived else DERIVED_FIELDS.get(name, frozenset())
        query = select(table)
        if scope is not None:
            query = query.where(table.township_code.in_(scope))  # type: ignore[attr-defined]
        for row in session.execute(query).scalars():
            out[(name, row.id)] = _row_values(row, skip=skip)
    return out


def device_rows(device: Device, *, derived: bool = True) -> dict[RowKey, dict[str, Any]]:
    with device.store.reader() as s:
        return rows_in(s, scope=None, derived=derived)


def server_rows(server: CountyServer, scope: list[str] | None = None) -> dict[RowKey, dict[str, Any]]:
    with server.db.session() as s:
        try:
            return rows_in(s, scope=scope, derived=False)
        finally:
            s.rollback()


def scope_of(device: Device) -> list[str] | None:
    return None if device.is_county else [device.township, COUNTY_SCOPE]


@contextlib.contextmanager
def opened_devices(devices: list[Device]) -> Iterator[list[Device]]:
    try:
        yield devices
    finally:
        for device in devices:
            device.store.close()
