"""The county server's database: one SQLite file by default, PostgreSQL for real deployments.

Same code on both, chosen by the URL (``sqlite:///…/server.db`` or ``postgresql+psycopg://…``):

* SQLite: WAL, ``synchronous=FULL`` (an acknowledged push survives a power cut), foreign keys on, a busy
  timeout. The driver's own transaction handling is switched off and SQLAlchemy emits ``BEGIN`` itself, so
  savepoints work and a write transaction can start with ``BEGIN IMMEDIATE`` (``begin_write``): it takes the
  write lock up front instead of failing with SQLITE_BUSY when it upgrades from reading.
* PostgreSQL: sessions run in UTC (naive ``timestamp`` columns hold UTC), connections are pinged from the pool.

Connection pool: one connection per request-handler thread plus a few spare (``pool_settings``). A handler
holds at most one connection, and a push holds it while it waits for the push lock; with fewer connections
than threads, pushes queued behind a long one would wait for a connection instead and fail after the pool's
checkout timeout. ``create_app`` sets the handler threads (AnyIO's thread limiter) to the same number. With
several server processes on one PostgreSQL, processes × (threads + ``POOL_SPARE``) must stay below its
``max_connections`` (100 by default): lower the threads (``serve --threads``) or raise the limit.

Schema: ``init_schema`` creates the synced domain tables with their field clocks (from ``core.models``; the
client-only tables are not created) and the server's own tables (``tables.SERVER_METADATA``), then brings
tables an older version made up to the model, at every start and idempotently: it adds the columns added
since (``ADDED_COLUMNS``), drops the unique constraints retired since (``RETIRED_UNIQUE``; SQLite copies the
table, as the client's migrations do) and creates every index of the model the database lacks. The server
has no revision history of its own: its tables only ever gain columns and indexes and lose constraints.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, Table, create_engine, event, inspect
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session
from sqlalchemy.pool import ConnectionPoolEntry
from sqlalchemy.schema import CreateColumn
from sqlmodel import SQLModel

from ..core.models import SYNCED_TABLES, FieldClock
from .tables import SERVER_METADATA

logger = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 30_000
#: threads that run request handlers (sync FastAPI endpoints and dependencies); AnyIO's default is 40
DEFAULT_WORKER_THREADS = 40
#: connections beyond one per handler thread: start-up (the server clock) and a request's session that
#: is closed after its thread was handed to the next request
POOL_SPARE = 5
#: seconds a request waits for a pooled connection before it fails (503, see ``errors``); with the pool
#: sized to the handler threads it never waits
POOL_TIMEOUT = 30
#: execution option that makes a SQLite transaction start with BEGIN IMMEDIATE
WRITE_OPTION = "gd_write"
DOMAIN_TABLES: list[Table] = [t.__table__ for t in SYNCED_TABLES] + [FieldClock.__table__]  # type: ignore[attr-defined]


def default_database_url(data_dir: Path) -> str:
    return f"sqlite:///{data_dir / 'server.db'}"


def pool_settings(worker_threads: int) -> dict[str, Any]:
    """QueuePool arguments for a server that runs ``worker_threads`` handler threads (see the module doc)."""
    if worker_threads < 1:
        raise ValueError("worker_threads must be at least 1")
    return {"pool_size": worker_threads, "max_overflow": POOL_SPARE, "pool_timeout": POOL_TIMEOUT}


def _sqlite_engine(url: str, pool: dict[str, Any]) -> Engine:
    engine = create_engine(
        url, connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000}, **pool
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, record: ConnectionPoolEntry) -> None:
        dbapi_conn.isolation_level = None  # SQLAlchemy emits BEGIN itself (see _on_begin)
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode = WAL")
        cur.execute("PRAGMA synchronous = FULL")
        cur.execute("PRAGMA foreign_keys = ON")
        cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get(WRITE_OPTION) else "BEGIN")

    return engine


def make_engine(database_url: str, *, worker_threads: int = DEFAULT_WORKER_THREADS) -> Engine:
    """An engine for ``database_url`` whose pool serves ``worker_threads`` handler threads at once."""
    url = make_url(database_url)
    pool = pool_settings(worker_threads)
    if url.get_backend_name() == "sqlite":
        if url.database and url.database != ":memory:":
            Path(url.database).expanduser().parent.mkdir(parents=True, exist_ok=True)
            return _sqlite_engine(database_url, pool)
        return _sqlite_engine(database_url, {})  # in memory: one connection per thread, no queue
    if url.get_backend_name() == "postgresql":
        return create_engine(
            url,
            pool_pre_ping=True,
            connect_args={"options": "-c timezone=UTC"},
            **pool,
        )
    raise ValueError(f"unsupported database URL {url.render_as_string(hide_password=True)}")


#: (table, column) added to a table after databases with that table were made; ``init_schema`` adds them
ADDED_COLUMNS: tuple[tuple[str, str], ...] = (("field_clock", "by"),)
#: (table, columns) of unique constraints older versions made and the model no longer has; a replicated row
#: must never be refused for a value another device also used (the client's migration 0007 drops the same)
RETIRED_UNIQUE: tuple[tuple[str, tuple[str, ...]], ...] = (("service_request", ("serial_no",)),)
#: names a reflected constraint that has none (SQLite's inline UNIQUE), so a batch operation can drop it
_NAMING = {"uq": "uq_%(table_name)s_%(column_0_name)s"}


def init_schema(engine: Engine) -> None:
    """Create whatever tables are missing and bring existing ones up to the model (idempotent)."""
    SQLModel.metadata.create_all(engine, tables=DOMAIN_TABLES)
    SERVER_METADATA.create_all(engine)
    _add_missing_columns(engine)
    _drop_retired_unique(engine)
    _create_missing_indexes(engine)


def _drop_retired_unique(engine: Engine) -> None:
    for table, columns in RETIRED_UNIQUE:
        with engine.connect() as conn:
            inspector = inspect(conn)
            constraints = [
                c.get("name")
                for c in inspector.get_unique_constraints(table)
                if tuple(c.get("column_names") or ()) == columns
            ]
            unique_indexes = [
                str(i["name"])
                for i in inspector.get_indexes(table)
                # PostgreSQL also lists the index behind a constraint: that one goes with the constraint
                if i.get("unique")
                and not i.get("duplicates_constraint")
                and tuple(i.get("column_names") or ()) == columns
            ]
            conn.rollback()
        if not constraints and not unique_indexes:
            continue
        from alembic.operations import Operations
        from alembic.runtime.migration import MigrationContext

        with engine.begin() as conn:
            operations = Operations(MigrationContext.configure(conn))
            for index in unique_indexes:
                operations.drop_index(index, table_name=table)
            if constraints:
                with operations.batch_alter_table(table, naming_convention=_NAMING) as batch:
                    for name in constraints:
                        batch.drop_constraint(name or f"uq_{table}_{columns[0]}", type_="unique")
        logger.info("dropped the unique constraint on %s(%s)", table, ", ".join(columns))


def _create_missing_indexes(engine: Engine) -> None:
    tables = [*DOMAIN_TABLES, *SERVER_METADATA.sorted_tables]
    with engine.connect() as conn:
        inspector = inspect(conn)
        existing = {t.name: {i["name"] for i in inspector.get_indexes(t.name)} for t in tables}
        conn.rollback()
    missing = [index for t in tables for index in t.indexes if index.name not in existing[t.name]]
    if not missing:
        return
    with engine.begin() as conn:
        for index in missing:
            index.create(conn)
            logger.info("created index %s", index.name)


def _add_missing_columns(engine: Engine) -> None:
    with engine.connect() as conn:
        inspector = inspect(conn)
        missing = [
            (table, name)
            for table, name in ADDED_COLUMNS
            if name not in {c["name"] for c in inspector.get_columns(table)}
        ]
        conn.rollback()
    if not missing:
        return
    tables = {t.name: t for t in DOMAIN_TABLES}
    with engine.begin() as conn:
        for table, name in missing:
            column = tables[table].columns[name]
            ddl = CreateColumn(column).compile(dialect=conn.dialect)
            conn.exec_driver_sql(
                f"ALTER TABLE {conn.dialect.identifier_preparer.quote(table)} ADD COLUMN {ddl}"
            )
            logger.info("added column %s.%s", table, name)


def is_postgres(session: Session) -> bool:
    bind = session.get_bind()
    return bind.dialect.name == "postgresql"


def begin_write(session: Session) -> None:
    """Start the session's transaction as a write transaction (SQLite: BEGIN IMMEDIATE).

    Must be the first thing the transaction does.
    """
    if session.in_transaction():
        raise RuntimeError("begin_write: the session already has a transaction open")
    session.connection(execution_options={WRITE_OPTION: True})


def begin_snapshot(session: Session) -> None:
    """Start a read transaction that sees one snapshot of the database for all its statements.

    PostgreSQL: REPEATABLE READ. SQLite: a deferred transaction takes its snapshot at its first read and
    keeps it (WAL), which is the same guarantee.
    """
    if session.in_transaction():
        raise RuntimeError("begin_snapshot: the session already has a transaction open")
    options = {"isolation_level": "REPEATABLE READ"} if is_postgres(session) else {}
    session.connection(execution_options=options)


@dataclass
class Database:
    """An open server database: its URL and engine. ``session()`` makes a unit of work."""

    url: str
    engine: Engine

    def session(self) -> Session:
        return Session(self.engine, expire_on_commit=False)

    def dispose(self) -> None:
        self.engine.dispose()

    @property
    def display_url(self) -> str:
        return make_url(self.url).render_as_string(hide_password=True)


def open_database(
    database_url: str, *, create: bool = True, worker_threads: int = DEFAULT_WORKER_THREADS
) -> Database:
    """Open the database at ``database_url``; with ``create`` make missing tables.

    ``worker_threads``: how many threads use it at once (sizes the connection pool)."""
    engine = make_engine(database_url, worker_threads=worker_threads)
    if create:
        init_schema(engine)
    return Database(url=database_url, engine=engine)
