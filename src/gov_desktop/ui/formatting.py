"""Values as the hall reads them: stored UTC times in Beijing time, file sizes."""

from __future__ import annotations

from datetime import UTC, datetime

from ..store.stats import LOCAL_TZ


def local_time_text(moment: datetime | None, *, short_today: bool = False) -> str:
    """A stored time in Beijing time, "2025-03-14 14:05" (``short_today``: just "14:05" when it is today)."""
    if moment is None:
        return ""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    local = moment.astimezone(LOCAL_TZ)
    if short_today and local.date() == datetime.now(LOCAL_TZ).date():
        return local.strftime("%H:%M")
    return local.strftime("%Y-%m-%d %H:%M")


def size_text(size: int) -> str:
    if size >= 1 << 20:
        return f"{size / (1 << 20):.1f} MB"
    if size >= 1 << 10:
        return f"{size / (1 << 10):.0f} KB"
    return f"{size} B"
