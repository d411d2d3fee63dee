"""Values of raw SQL rows as Python values, and Python values as SQL parameters (SQLite storage forms).

SQLAlchemy stores dates as ``YYYY-MM-DD`` and datetimes as naive UTC ``YYYY-MM-DD HH:MM:SS.ffffff`` text;
the read queries of the store (search, lists, indicators) use plain SQL and convert with these.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from typing import Any

from ..core.clock import as_utc

_SQL_TIME = "%Y-%m-%d %H:%M:%S.%f"


def as_date(value: Any) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def as_datetime(value: Any) -> datetime | None:
    """An aware UTC datetime (the database holds naive UTC)."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return as_utc(value)
    return datetime.fromisoformat(str(value).replace(" ", "T")).replace(tzinfo=UTC)


def sql_time(value: datetime) -> str:
    """A datetime as stored, for comparisons in SQL."""
    return as_utc(value).strftime(_SQL_TIME)


def sql_day(value: date) -> str:
    return value.isoformat()


def as_list(value: Any) -> list[str]:
    """A JSON list column (materials)."""
    if value is None or value == "":
        return []
    if isinstance(value, list):
        return [str(v) for v in value]
    loaded = json.loads(value)
    return [str(v) for v in loaded] if isinstance(loaded, list) else []


def as_bool(value: Any) -> bool:
    return bool(int(value)) if isinstance(value, (int, str)) and str(value).isdigit() else bool(value)
