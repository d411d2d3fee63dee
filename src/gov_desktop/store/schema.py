"""Schema versions: Alembic migrations (``store/migrations``), configured in code, no alembic.ini.

``migrate(store)`` is what ``open_store`` runs: it backs the database up (SQLite online backup API) when an
existing database is behind the newest revision, upgrades it in one transaction, and (re)creates the change
capture triggers from the model, which no revision contains. ``upgrade(connection)`` is the bare Alembic
upgrade, for any dialect (the county server runs the same revisions on PostgreSQL).

A new revision, after changing the model: bring a scratch database to head, then autogenerate against it::

    from sqlalchemy import create_engine
    from alembic import command
from alembic.autogenerate import compare_metadata
    from gov_desktop.store import schema

    with create_engine("sqlite:////tmp/scratch.db").begin() as conn:
        schema.upgrade(conn)
        command.revision(schema.alembic_config(conn), "what changed", autogenerate=True, rev_id="0003")

then clean the generated file up by hand. ``tests/store/test_migrations.py`` fails while the model and the
revisions disagree.
"""

from __future__ import annotations

import functools
import logging
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection

# Alembic is imported only when a migration runs (or its tooling is asked for): a store already at the
# newest revision is recognised with a plain query and the revision files' headers, which saves ~0.25 s
# at every start.
# The capture module (and with it the data model) is imported where triggers are made or compared, so a
# store already up to date is recognised without loading the model (``is_current``).
if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from .engine import Store

logger = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
#: the revision a database made by the provisional pre-Alembic schema (``create_all``) corresponds to
PRE_ALEMBIC_REVISION = "0001"
#: label in the file name of the backup taken before an upgrade
BACKUP_LABEL = "pre-migrate"
CAPTURE_TRIGGER_PREFIX = "capture_"


class SchemaTooNew(RuntimeError):
    """The database was written by a newer version of the program (its revision is unknown here)."""


def alembic_config(connection: Connection | None = None) -> Config:
    """An Alembic config for the store's migrations; ``connection`` is what ``env.py`` migrates."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


@functools.cache
def _script() -> ScriptDirectory:
    """The revision files (read once per process: they do not change while it runs)."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


@functools.cache
def known_revisions() -> frozenset[str]:
    return frozenset(r.revision for r in _script().walk_revisions())


def head_revision() -> str:
    head = _script().get_current_head()
    if head is None:  # pragma: no cover - the package always ships revisions
        raise RuntimeError(f"no migrations found in {MIGRATIONS_DIR}")
    return head


def current_revision(connection: Connection) -> str | None:
    """The database's revision, or None when it has never been migrated."""
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(connection).get_current_revision()


def upgrade(connection: Connection, revision: str = "head") -> None:
    """Run the migrations up to ``revision`` on ``connection`` (any dialect); no backup, no triggers.

    Runs inside the connection's transaction when one is open (the caller commits), else in its own.
    """
    from alembic import command

    command.upgrade(alembic_config(connection), revision)


def backups_dir(store: Store) -> Path:
    """Where the pre-migration backups go: ``backups/`` next to the database file."""
    return store.path.parent / "backups"


def migrate(store: Store, *, backup_dir: Path | None = None) -> None:
    """Bring the store's schema to the newest revision and make sure the capture triggers match the model.

    An existing database that is behind is first backed up into ``backup_dir`` (default ``backups_dir``).
    The upgrade and the trigger rebuild run in one transaction: if a revision fails, nothing changes.
    """
    if is_current(store):
        refresh_triggers(store)  # the usual open: up to date, no Alembic needed
        return
    head = head_revision()
    with store.engine.connect() as conn:
        current = current_revision(conn)
        tables = _user_tables(conn)
        conn.rollback()
    if current == head:
        refresh_triggers(store)
        return
    if current is not None and current not in known_revisions():
        raise SchemaTooNew(f"database revision {current} is newer than this program (newest known: {head})")
    if tables:
        from .backup import backup_now

        saved = backup_now(store, backup_dir or backups_dir(store), label=BACKUP_LABEL)
        logger.info("backed up %s to %s before migrating %s -> %s", store.path, saved, current, head)
    with store.engine.begin() as conn:
        _drop_capture_triggers(conn)  # a revision may copy tables; nothing is captured while it runs
        if current is None and tables:
            _adopt_pre_alembic(store, conn, head)
        upgrade(conn, head)
        from . import capture

        capture.install_triggers(conn)
    logger.info("migrated %s from %s to %s", store.path, current or "empty", head)


def is_current(store: Store) -> bool:
    """Whether the database is stamped with the newest revision, by a plain query and the revision files'
    headers (no Alembic, no model); False also when that cannot be told so simply (``migrate`` then asks
    Alembic)."""
    with store.engine.connect() as conn:
        stamped = _stamped_revision(conn)
        conn.rollback()
    return stamped is not None and stamped == _head_from_files()


_REVISION_LINE = re.compile(r"^(down_revision|revision)\s*(?::[^=]*)?=\s*(.*?)\s*$", re.MULTILINE)
_QUOTED = re.compile(r"""^(["'])([^"']+)\1$""")


@functools.cache
def _head_from_files() -> str | None:
    """The newest revision, read from the headers of the revision files without importing Alembic.

    None when that is not certain (a header it cannot read, a merge revision, several heads): the caller
    then asks Alembic.
    """
    revisions: dict[str, str | None] = {}
    for path in sorted((MIGRATIONS_DIR / "versions").glob("*.py")):
        text = path.read_text(encoding="utf-8")
        found: dict[str, str] = {m.group(1): m.group(2) for m in _REVISION_LINE.finditer(text)}
        if "revision" not in found or "down_revision" not in found:
            return None
        names: list[str | None] = []
        for key in ("revision", "down_revision"):
            quoted = _QUOTED.match(found[key])
            if quoted is None and not (key == "down_revision" and found[key] == "None"):
                return None
            names.append(quoted.group(2) if quoted else None)
        revision, down = names
        if revision is None or revision in revisions:
            return None
        revisions[revision] = down
    heads = set(revisions) - {down for down in revisions.values() if down is not None}
    return heads.pop() if len(heads) == 1 else None


def _stamped_revision(conn: Connection) -> str | None:
    """The revision in ``alembic_version`` by a plain query; None when there is no single one."""
    has_table = conn.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
    ).first()
    if not has_table:
        return None
    rows = conn.exec_driver_sql("SELECT version_num FROM alembic_version").all()
    return str(rows[0][0]) if len(rows) == 1 else None


def schema_differences(connection: Connection) -> list[Any]:
    """What the database lacks or has beyond the model (Alembic's autogenerate diff); empty when they agree."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext
    from sqlmodel import SQLModel

    from ..core import models  # noqa: F401  (registers the domain tables)
    from . import tables as _tables  # noqa: F401  (the store's own tables)

    context = MigrationContext.configure(connection, opts={"compare_type": True})
    return list(compare_metadata(context, SQLModel.metadata))


def _adopt_pre_alembic(store: Store, conn: Connection, head: str) -> None:
    """A database made by the provisional ``create_all`` schema: stamp the revision its tables match."""
    revision = head if not schema_differences(conn) else PRE_ALEMBIC_REVISION
    logger.warning("database %s predates migrations: taken as revision %s", store.path, revision)
    from alembic import command

    command.stamp(alembic_config(conn), revision)


def _user_tables(conn: Connection) -> set[str]:
    rows = conn.exec_driver_sql(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    )
    return {str(r[0]) for r in rows}


def _expected_triggers() -> dict[str, str]:
    """Name -> CREATE statement of every capture trigger the model calls for."""
    from ..core.models import SYNCED_TABLES
    from . import capture

    expected: dict[str, str] = {}
    for table in SYNCED_TABLES:
        for statement in capture.trigger_sql(table):
            if statement.startswith("CREATE TRIGGER"):
                expected[statement.split()[2]] = statement
    return expected


def _installed_capture_triggers(conn: Connection) -> dict[str, str]:
    rows = conn.exec_driver_sql("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")
    return {str(name): str(sql) for name, sql in rows if str(name).startswith(CAPTURE_TRIGGER_PREFIX)}


def _drop_capture_triggers(conn: Connection) -> None:
    for name in _installed_capture_triggers(conn):
        conn.exec_driver_sql(f'DROP TRIGGER IF EXISTS "{name}"')


def refresh_triggers(store: Store) -> None:
    """Rebuild the capture triggers only when they differ from the model's (a normal open writes nothing)."""
    expected = _expected_triggers()
    with store.engine.connect() as conn:
        installed = _installed_capture_triggers(conn)
        conn.rollback()
    if installed == expected:
        return
    from . import capture

    with store.engine.begin() as conn:
        _drop_capture_triggers(conn)
        capture.install_triggers(conn)
    logger.info("capture triggers of %s rebuilt", store.path)
