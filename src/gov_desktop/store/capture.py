"""Change capture: every write to a synced table lands in the outbox in the same transaction.

Two parts work together:

* ``stamp_session`` (a ``before_flush`` hook) stamps each new or changed ORM row with a fresh HLC,
  ``updated_at`` and ``updated_by``, and keeps derived search keys current.
* SQLite triggers, generated from the live schema, write the outbox row (table, id, op, the changed fields
  with their values, HLC, user, device) and the per-field clocks. Being triggers they also see raw SQL:
  a raw write that does not stamp a new HLC is refused, as is a physical DELETE. No write path bypasses
  capture. The triggers call connection functions (``gd_capture()``, ``gd_user()``, ``gd_device()``) that
  the engine registers on every connection; applying remote changes switches ``gd_capture()`` off.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from sqlalchemy import JSON, Connection, event, inspect, text
from sqlalchemy.orm import Session

from ..core.hlc import HybridClock, hlc_datetime
from ..core.models import SYNCED_TABLES, SyncedTable

logger = logging.getLogger(__name__)

#: columns never put in the outbox's changes: the row key, the stamp (own column) and derived search keys
_NOT_CAPTURED = frozenset({"id", "hlc"})
#: derived columns per table: recomputed wherever a row is written, so never sent
DERIVED_FIELDS: dict[str, frozenset[str]] = {"person": frozenset({"name_pinyin", "name_initials"})}

STAMP_MISSING = "gd: write to a synced table without a new hlc stamp"
NO_DELETE = "gd: synced rows are never deleted; set deleted = 1"


def captured_columns(table: type[SyncedTable]) -> list[tuple[str, bool]]:
    """(column name, is JSON) of the columns a change of ``table`` carries."""
    name = str(table.__tablename__)
    skip = _NOT_CAPTURED | DERIVED_FIELDS.get(name, frozenset())
    return [
        (c.name, isinstance(c.type, JSON))
        for c in table.__table__.columns  # type: ignore[attr-defined]
        if c.name not in skip
    ]


def _value(col: str, is_json: bool, side: str = "NEW") -> str:
    return f"json({side}.{col})" if is_json else f"{side}.{col}"


def trigger_sql(table: type[SyncedTable]) -> list[str]:
    t = str(table.__tablename__)
    cols = captured_columns(table)
    full = ", ".join(f"'{c}', {_value(c, j)}" for c, j in cols)
    # json() is applied at the aggregate: a JSON subtype does not survive the UNION ALL subquery, and a list
    # would otherwise travel as a quoted string in updates (but as a list in inserts)
    diff = " UNION ALL ".join(
        f"SELECT '{c}' AS k, NEW.{c} AS v, {int(j)} AS j WHERE NEW.{c} IS NOT OLD.{c}" for c, j in cols
    )
    return [
        f"DROP TRIGGER IF EXISTS capture_{t}_insert",
        f"DROP TRIGGER IF EXISTS capture_{t}_update",
        f"DROP TRIGGER IF EXISTS capture_{t}_delete",
        f"""CREATE TRIGGER capture_{t}_insert AFTER INSERT ON {t} WHEN gd_capture()
BEGIN
  SELECT RAISE(ABORT, '{STAMP_MISSING}') WHERE NEW.hlc IS NULL OR NEW.hlc = '';
  INSERT INTO outbox (tbl, row_id, op, changes, hlc, user, device, created_at, acked)
  VALUES ('{t}', NEW.id, 'insert', json_object({full}), NEW.hlc, gd_user(), gd_device(),
          strftime('%Y-%m-%d %H:%M:%f', 'now'), 0);
  INSERT OR REPLACE INTO field_clock (tbl, row_id, field, hlc, "by")
  VALUES ('{t}', NEW.id, '*', NEW.hlc, gd_user());
END""",
        f"""CREATE TRIGGER capture_{t}_update AFTER UPDATE ON {t} WHEN gd_capture()
BEGIN
  SELECT RAISE(ABORT, '{STAMP_MISSING}') WHERE NEW.hlc IS NULL OR OLD.hlc IS NOT NULL AND NEW.hlc <= OLD.hlc;
  INSERT INTO outbox (tbl, row_id, op, changes, hlc, user, device, created_at, acked)
  SELECT '{t}', NEW.id,
         CASE WHEN NEW.deleted AND NOT OLD.deleted THEN 'delete' ELSE 'update' END,
         (SELECT json_group_object(k, CASE WHEN j THEN json(v) ELSE v END) FROM ({diff})),
         NEW.hlc, gd_user(), gd_device(), strftime('%Y-%m-%d %H:%M:%f', 'now'), 0;
  INSERT OR REPLACE INTO field_clock (tbl, row_id, field, hlc, "by")
  SELECT '{t}', NEW.id, j.key, NEW.hlc, gd_user()
  FROM json_each((SELECT changes FROM outbox WHERE seq = last_insert_rowid())) AS j
  WHERE j.key NOT IN ('updated_at', 'updated_by');
END""",
        f"""CREATE TRIGGER capture_{t}_delete BEFORE DELETE ON {t} WHEN gd_capture()
BEGIN
  SELECT RAISE(ABORT, '{NO_DELETE}');
END""",
    ]


def install_triggers(connection: Connection) -> None:
    """(Re)create the capture triggers of every synced table from the current model.

    Run after every migration, so the triggers always match the columns that exist.
    """
    for table in SYNCED_TABLES:
        for statement in trigger_sql(table):
            connection.exec_driver_sql(statement)


def installed_triggers(connection: Connection) -> set[str]:
    rows = connection.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger'"))
    return {r[0] for r in rows}


# --- ORM side: stamping --------------------------------------------------------------------------------

DerivedHook = Callable[[SyncedTable], None]
_derived_hooks: dict[str, DerivedHook] = {}


def register_derived(table_name: str, hook: DerivedHook) -> None:
    """Register the function that recomputes ``table_name``'s derived columns on a row before it is written."""
    _derived_hooks[table_name] = hook


def _changed(obj: SyncedTable) -> bool:
    state = inspect(obj)
    return any(
        state.attrs[attr.key].history.has_changes()
        for attr in state.mapper.column_attrs
        if attr.key not in ("hlc", "updated_at", "updated_by")
    )


def stamp_session(session: Session, flush_context: Any, instances: Any) -> None:
    """``before_flush``: stamp new and changed synced rows; refuse ORM deletes of synced rows."""
    remote = bool(session.info.get("remote"))
    clock: HybridClock | None = session.info.get("clock")
    user: str = session.info.get("user", "")
    # session.new and session.dirty build a fresh identity set on every access: take each once (a big
    # flush would otherwise rebuild session.new per row); both keep the order the rows were added in
    new = session.new
    for obj in [*new, *session.dirty]:
        if not isinstance(obj, SyncedTable):
            continue
        hook = _derived_hooks.get(str(obj.__tablename__))
        if hook is not None:
            hook(obj)
        if remote or clock is None:
            continue  # the merge stamps remote rows with their own clocks
        is_new = obj in new
        if is_new or _changed(obj):
            obj.hlc = clock.now()
            # the row's times are the physical part of its stamp, so every replica derives the same ones
            obj.updated_at = hlc_datetime(obj.hlc)
            if is_new:
                obj.created_at = obj.updated_at
            obj.updated_by = user
    for obj in session.deleted:
        if isinstance(obj, SyncedTable) and not remote:
            raise ValueError(NO_DELETE)


def attach(session: Session) -> None:
    event.listen(session, "before_flush", stamp_session)
