"""Wall-clock helpers: every stored time is an aware UTC datetime; every shown time is local."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

#: civil time of the whole county (China Standard Time, no daylight saving): days, serial numbers, reports
LOCAL_TZ = timezone(timedelta(hours=8))


def utcnow() -> datetime:
    """Current UTC time (aware), millisecond precision."""
    now = datetime.now(UTC)
    return now.replace(microsecond=now.microsecond // 1000 * 1000)


def as_utc(value: datetime) -> datetime:
    """A datetime in UTC; a naive one is taken to be UTC already (how SQLite returns them)."""
    return value.replace(tzinfo=UTC) if value.utcoffset() is None else value.astimezone(UTC)


def local_day(value: datetime) -> date:
    """The calendar day of ``value`` in the county's civil time (whatever the PC's time zone is set to)."""
    return as_utc(value).astimezone(LOCAL_TZ).date()
