"""Opening a store: SQLCipher (or plain SQLite for throwaway test stores), pragmas, connection functions,
sessions with change capture, and the store's meta facts (device id, township, mode).

Opening takes two steps. ``open_store`` opens the file, checks the key and brings the schema up to date
with plain SQL; ``Store.prepare`` loads the data model (SQLModel, the domain tables: about half a second of
imports), installs the derived-key hooks and checks the capture triggers. ``open_store`` does both unless
``defer_model=True``: the app then signs in and shows its window first, and prepares the store on a worker.
Every session prepares the store first, so no write can miss the model's hooks or triggers.
"""

from __future__ import annotations

import logging
import secrets
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.pool import ConnectionPoolEntry, QueuePool

from ..core.hlc import HybridClock

if TYPE_CHECKING:  # the model is loaded by ``Store.prepare``, not by opening the file
    from sqlmodel import Session

logger = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 10_000
#: connections kept open by an engine's pool, and how many more it may open under load
POOL_SIZE = 8
POOL_OVERFLOW = 8
#: how long a thread waits for a free connection when all of them are in use
POOL_TIMEOUT_S = 30.0
#: page cache per connection (KiB; SQLite's default is 2 MiB). SQLCipher keeps pages decrypted there: a
#: search or list page that reads a few hundred rows again finds them without decrypting them again
CACHE_KIB = 16_384


@dataclass
class _ConnState:
    """Per-connection values the capture triggers read through connection functions."""

    user: str = ""
    capture: bool = True


class WrongKey(Exception):
    """The database could not be opened with the key given."""


def _sqlcipher_module() -> Any:
    import sqlcipher3  # imported lazily: tests of pure logic need no native module

    return sqlcipher3


@dataclass
class Store:
    """An open local database. Made by ``open_store``; closed with ``close()``."""

    path: Path
    engine: Engine
    clock: HybridClock
    device_id: str
    encrypted: bool
    #: the raw SQLCipher key (None for a plain file); backups are keyed with it
    key: bytes | None = field(default=None, repr=False)
    #: True once ``prepare`` ran; ``check_triggers``: whether it must compare the capture triggers with the
    #: model (``open_store`` with ``defer_model`` left that to it)
    prepared: bool = False
    check_triggers: bool = False
    _prepare_lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    # -- the data model --------------------------------------------------------------------------------
    def prepare(self) -> None:
        """Load the data model and make this database ready for sessions: the derived-key hooks, and the
        capture triggers compared with the model (rebuilt when they differ). Idempotent, thread-safe;
        every session calls it first."""
        if self.prepared:
            return
        with self._prepare_lock:
            if self.prepared:
                return
            from . import pinyin, schema

            pinyin.install()  # person's derived search keys, kept current on every write
            if self.check_triggers:
                schema.refresh_triggers(self)
            self.prepared = True

    # -- sessions ------------------------------------------------------------------------------------
    def _new_session(self, user: str, remote: bool) -> Session:
        self.prepare()
        from sqlmodel import Session

        from . import capture

        session = Session(self.engine, expire_on_commit=False)
        session.info.update(store=self, clock=self.clock, user=user, remote=remote)
        capture.attach(session)
        event.listen(session, "after_begin", _session_began)
        session.connection(execution_options={"gd_write": True})  # BEGIN IMMEDIATE (see _on_begin)
        return session

    @contextmanager
    def session(self, user: str = "system") -> Iterator[Session]:
        """A unit of work by ``user``: committed at the end of the block, rolled back on an exception."""
        with self._new_session(user, remote=False) as session:
            try:
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise

    @contextmanager
    def remote_session(self, user: str = "sync") -> Iterator[Session]:
        """A unit of work applying remote changes: capture is off, rows keep the stamps they came with."""
        with self._new_session(user, remote=True) as session:
            try:
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise

    @contextmanager
    def capturing(self, session: Session) -> Iterator[Session]:
        """Inside a remote session: capture the writes flushed within the block after all.

        For rows the merge makes that must sync back (the conflict log rows a pulled change produces):
        they are written in the same transaction as the page, but through the capture triggers. What the
        session holds before the block is flushed first, uncaptured; rows written here must carry their
        own ``hlc`` (a remote session stamps nothing).
        """
        session.flush()
        state: _ConnState | None = session.connection().connection.info.get("gd")
        if state is None:  # pragma: no cover - every connection of a store's engine has one
            raise RuntimeError("not a store connection")
        previous = state.capture
        state.capture = True
        try:
            yield session
            session.flush()
        finally:
            state.capture = previous

    @contextmanager
    def reader(self) -> Iterator[Session]:
        """A read-only session (nothing is committed)."""
        self.prepare()
        from sqlmodel import Session

        with Session(self.engine, expire_on_commit=False) as session:
            yield session

    # -- meta ----------------------------------------------------------------------------------------
    def get_meta(self, key: str, default: str = "") -> str:
        with self.engine.connect() as conn:
            row = conn.execute(text("SELECT value FROM store_meta WHERE key = :key"), {"key": key}).first()
            conn.rollback()
        return str(row[0]) if row else default

    def set_meta(self, key: str, value: str, session: Session | None = None) -> None:
        from .tables import StoreMeta

        if session is not None:
            session.merge(StoreMeta(key=key, value=value))
            return
        with self.session() as s:
            s.merge(StoreMeta(key=key, value=value))

    @property
    def township_code(self) -> str:
        return self.get_meta("township_code")

    @property
    def mode(self) -> str:
        """ "township" or "county"."""
        return self.get_meta("mode", "township")

    def close(self) -> None:
        self.engine.dispose()


def _install_connection_hooks(engine: Engine, clock: HybridClock, device_id: str) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, record: ConnectionPoolEntry) -> None:
        state = _ConnState()
        record.info["gd"] = state
        dbapi_conn.isolation_level = None  # SQLAlchemy emits BEGIN itself (see "begin" below)
        dbapi_conn.create_function("gd_capture", 0, lambda: 1 if state.capture else 0)
        dbapi_conn.create_function("gd_user", 0, lambda: state.user)
        dbapi_conn.create_function("gd_device", 0, lambda: device_id)
        dbapi_conn.create_function("gd_hlc", 0, clock.now)
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA foreign_keys = ON")
        cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA synchronous = FULL")
        cur.execute("PRAGMA temp_store = MEMORY")
        cur.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        # A write session takes the write lock at once: in WAL mode a deferred transaction that reads and
        # then writes fails with SQLITE_BUSY (no busy wait) when another connection committed meanwhile.
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get("gd_write") else "BEGIN")

    @event.listens_for(engine, "checkin")
    def _on_checkin(dbapi_conn: Any, record: ConnectionPoolEntry) -> None:
        state = record.info.get("gd")
        if state is not None:
            state.user, state.capture = "", True


def _session_began(session: Session, transaction: Any, connection: Any) -> None:
    state = connection.connection.info.get("gd")
    if state is not None:
        state.user = session.info.get("user", "")
        state.capture = not session.info.get("remote", False)


def make_engine(path: Path, key: bytes | None) -> Engine:
    """An engine for the database file ``path``: SQLCipher with a raw 256-bit key, or plain SQLite.

    Both use a ``QueuePool`` that keeps up to ``POOL_SIZE`` connections (the GUI thread, the writer, the
    read pool and the sync thread) and opens up to ``POOL_OVERFLOW`` more under load; the connection used
    last is handed out first, so sequential reads reuse one warm page cache. Not SQLAlchemy's pick
    for a ``creator`` engine (``SingletonThreadPool``): that one keeps one connection per thread, five at
    most, and closes the oldest when a sixth thread connects — while its thread may still be using it.
    """
    pool_args: dict[str, Any] = {
        "poolclass": QueuePool,
        "pool_size": POOL_SIZE,
        "max_overflow": POOL_OVERFLOW,
        "pool_timeout": POOL_TIMEOUT_S,
        "pool_use_lifo": True,
    }
    if key is None:
        return create_engine(
            f"sqlite:///{path}",
            connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000},
            **pool_args,
        )
    module = _sqlcipher_module()
    hex_key = key.hex()

    def creator() -> Any:
        conn = module.connect(str(path), check_same_thread=False, timeout=BUSY_TIMEOUT_MS / 1000)
        conn.execute("PRAGMA cipher_log_level = NONE")  # a wrong key is reported as WrongKey, not on stderr
        conn.execute(f"PRAGMA key = \"x'{hex_key}'\"")
        return conn

    # the URL names the file only for the dialect (a file, not :memory:); the creator opens it
    return create_engine(f"sqlite:///{path}", creator=creator, module=module, **pool_args)


def check_key(engine: Engine) -> None:
    """Touch the schema: with a wrong key SQLCipher fails here ("file is not a database")."""
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
    except Exception as exc:  # sqlcipher3.DatabaseError wrapped by SQLAlchemy
        raise WrongKey(str(exc)) from exc


def open_engine(path: Path, key: bytes | None) -> tuple[Engine, HybridClock, str]:
    """Open the file, set WAL, read or create the device id and restore the clock; no schema work."""
    path.parent.mkdir(parents=True, exist_ok=True)
    probe = make_engine(path, key)
    check_key(probe)
    with probe.connect() as conn:
        conn.exec_driver_sql("PRAGMA journal_mode = WAL")
        has_meta = conn.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='store_meta'"
        ).first()
        device_id = ""
        last = ""
        if has_meta:
            row = conn.exec_driver_sql("SELECT value FROM store_meta WHERE key='device_id'").first()
            device_id = row[0] if row else ""
            row = conn.exec_driver_sql("SELECT value FROM store_meta WHERE key='hlc_seen'").first()
            last = row[0] if row else ""
            has_outbox = conn.exec_driver_sql(
                "SELECT 1 FROM sqlite_master WHERE type='table' AND name='outbox'"
            ).first()
            if has_outbox:
                row = conn.exec_driver_sql("SELECT max(hlc) FROM outbox").first()
                if row and row[0] and row[0] > last:
                    last = row[0]
    probe.dispose()
    device_id = device_id or secrets.token_hex(8)
    clock = HybridClock(device_id, last=last or None)
    engine = make_engine(path, key)
    _install_connection_hooks(engine, clock, device_id)
    return engine, clock, device_id


def record_identity(store: Store) -> None:
    """Persist the device id the first time (the schema exists by now; ``store_meta`` is not captured)."""
    with store.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO store_meta (key, value) VALUES ('device_id', :id) ON CONFLICT (key) DO NOTHING"
            ),
            {"id": store.device_id},
        )


def pending_count(store: Store) -> int:
    """Local changes not yet acknowledged by the server."""
    with store.engine.connect() as conn:
        count = conn.execute(text("SELECT count(*) FROM outbox WHERE acked = 0")).scalar_one()
        conn.rollback()
    return int(count)


def open_store(
    path: Path | str,
    *,
    key: bytes | str | None = "keyring",
    migrate: bool = True,
    defer_model: bool = False,
) -> Store:
    """Open (creating if needed) the store at ``path`` and bring its schema up to date.

    ``key="keyring"`` (the default) takes the key from the OS keyring, making a new one for a new file;
    ``key=None`` opens a plain, unencrypted SQLite file (throwaway test stores and benchmarks only).
    ``defer_model``: leave ``Store.prepare`` to the first session (or to the caller, on a worker) when the
    schema is already up to date; a database that needs migrating is migrated and prepared now.
    """
    from . import schema
    from .keys import key_for

    path = Path(path)
    raw_key: bytes | None = key_for(path) if key == "keyring" else key  # type: ignore[assignment]
    engine, clock, device_id = open_engine(path, raw_key)
    store = Store(
        path=path, engine=engine, clock=clock, device_id=device_id, encrypted=raw_key is not None, key=raw_key
    )
    if migrate:
        if defer_model and schema.is_current(store):
            store.check_triggers = True
        else:
            schema.migrate(store)
        record_identity(store)
    if not defer_model:
        store.prepare()
    return store
