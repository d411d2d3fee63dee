"""Column values as they travel (outbox, sync protocol, bundles) and back.

On the wire a value is JSON: text, numbers, booleans, lists, null. Dates are ``YYYY-MM-DD``, datetimes
``YYYY-MM-DD HH:MM:SS.ffffff`` (naive UTC; ``T`` accepted too). ``decode`` turns a wire value back into
the Python value the column expects, so the same change applies on SQLite and PostgreSQL alike.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Boolean, Date, DateTime, Integer
from sqlalchemy.sql.schema import Column

from .clock import as_utc
from .models import SyncedTable


def encode(value: Any) -> Any:
    if isinstance(value, datetime):
        return as_utc(value).strftime("%Y-%m-%d %H:%M:%S.%f")
    if isinstance(value, date):
        return value.isoformat()
    return value


def decode_for(column: Column[Any], value: Any) -> Any:
    if value is None:
        return None
    kind = getattr(column.type, "impl", column.type)  # unwrap TypeDecorators (UTCDateTime)
    if isinstance(kind, DateTime):
        if isinstance(value, datetime):
            return as_utc(value)
        return as_utc(datetime.fromisoformat(str(value).replace(" ", "T")))
    if isinstance(kind, Date):
        if isinstance(value, date):
            return value
        return date.fromisoformat(str(value)[:10])
    if isinstance(kind, Boolean):
        return bool(int(value)) if isinstance(value, (int, str)) else bool(value)
    if isinstance(kind, Integer):
        return int(value)
    if isinstance(kind, JSON):
        return json.loads(value) if isinstance(value, str) else value
    return value


def _boolean_columns(table: type[SyncedTable]) -> frozenset[str]:
    columns = table.__table__.columns  # type: ignore[attr-defined]
    return frozenset(c.name for c in columns if isinstance(getattr(c.type, "impl", c.type), Boolean))


_BOOLEAN_COLUMNS: dict[type[SyncedTable], frozenset[str]] = {}


def canonical_fields(table: type[SyncedTable], fields: dict[str, Any]) -> dict[str, Any]:
    """Wire values of ``fields`` in their one form: Boolean columns as JSON true/false.

    SQLite stores booleans as 0/1, so the capture triggers put 0/1 into the outbox while a row read through
    the model (and ``encode``) gives true/false; the merge compares them equal, but a conflict entry would
    record one value as ``1`` and the other as ``true``. Only 0 and 1 are turned into booleans; anything else
    (and unknown names) is left for validation to judge. ``fields`` itself is returned when nothing changes.
    """
    names = _BOOLEAN_COLUMNS.get(table)
    if names is None:
        names = _BOOLEAN_COLUMNS[table] = _boolean_columns(table)
    fixes = {
        name: value == 1
        for name, value in fields.items()
        if name in names and type(value) is int and value in (0, 1)
    }
    return {**fields, **fixes} if fixes else fields


def decode_fields(table: type[SyncedTable], fields: dict[str, Any]) -> dict[str, Any]:
    """Wire values of ``fields`` converted for ``table``'s columns; unknown names raise KeyError."""
    columns = table.__table__.columns  # type: ignore[attr-defined]
    return {name: decode_for(columns[name], value) for name, value in fields.items()}


def encode_fields(fields: dict[str, Any]) -> dict[str, Any]:
    return {name: encode(value) for name, value in fields.items()}
