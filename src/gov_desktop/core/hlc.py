"""Hybrid logical clock (HLC).

A timestamp is physical milliseconds plus a logical counter plus the node (device) id. Its text form
``"{ms:015d}-{counter:05d}-{node}"`` sorts like the clock itself, so the database can compare and index
it as plain text. The clock never goes backwards, even when the wall clock jumps back, and it absorbs
every timestamp it receives so that causally later changes always carry larger stamps.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

logger = logging.getLogger(__name__)

MAX_COUNTER = 99_999
#: a received timestamp further ahead of our wall clock than this is clamped, not absorbed as is
DEFAULT_MAX_DRIFT_MS = 5 * 60 * 1000


@dataclass(frozen=True, order=True, slots=True)
class Timestamp:
    ms: int
    counter: int
    node: str

    def __str__(self) -> str:
        return f"{self.ms:015d}-{self.counter:05d}-{self.node}"

    @classmethod
    def parse(cls, text: str) -> Timestamp:
        ms, counter, node = text.split("-", 2)
        return cls(int(ms), int(counter), node)


def hlc_datetime(stamp: str) -> datetime:
    """The physical part of a stamp as an aware UTC datetime (millisecond precision)."""
    ms = Timestamp.parse(stamp).ms
    return datetime.fromtimestamp(ms / 1000, tz=UTC).replace(microsecond=(ms % 1000) * 1000)


def wall_ms() -> int:
    return time.time_ns() // 1_000_000


class HybridClock:
    """Thread-safe HLC for one node. ``now()`` stamps a local event; ``absorb()`` a received stamp."""

    def __init__(
        self,
        node: str,
        *,
        wall: Callable[[], int] = wall_ms,
        max_drift_ms: int = DEFAULT_MAX_DRIFT_MS,
        last: str | None = None,
    ) -> None:
        if "-" in node or not node:
            raise ValueError("node id must be non-empty and contain no '-'")
        self.node = node
        self._wall = wall
        self._max_drift_ms = max_drift_ms
        self._lock = threading.Lock()
        self._ms = 0
        self._counter = 0
        if last:
            self.restore(last)

    def restore(self, last: str) -> None:
        """Continue after a stamp persisted earlier (so a restart never reuses a stamp)."""
        ts = Timestamp.parse(last)
        with self._lock:
            if (ts.ms, ts.counter) > (self._ms, self._counter):
                self._ms, self._counter = ts.ms, ts.counter

    def _tick(self, ms: int) -> str:
        if ms > self._ms:
            self._ms, self._counter = ms, 0
        else:
            self._counter += 1
            if self._counter > MAX_COUNTER:  # counter exhausted: borrow the next millisecond
                self._ms, self._counter = self._ms + 1, 0
        return str(Timestamp(self._ms, self._counter, self.node))

    def now(self) -> str:
        with self._lock:
            return self._tick(self._wall())

    def absorb(self, remote: str) -> str:
        """Merge a received stamp into the clock and return a new local stamp later than both.

        A remote stamp further ahead of our wall clock than ``max_drift_ms`` is clamped to
        wall + max_drift (and logged): one device with a wrong clock must not drag every clock forward.
        """
        ts = Timestamp.parse(remote)
        with self._lock:
            wall = self._wall()
            remote_ms, remote_counter = ts.ms, ts.counter
            if remote_ms > wall + self._max_drift_ms:
                logger.warning("clock of %s is %.1f s ahead; clamped", ts.node, (remote_ms - wall) / 1000.0)
                remote_ms, remote_counter = wall + self._max_drift_ms, 0
            if (remote_ms, remote_counter) > (self._ms, self._counter):
                self._ms, self._counter = remote_ms, remote_counter
            return self._tick(wall)

    def peek(self) -> str:
        with self._lock:
            return str(Timestamp(self._ms, self._counter, self.node))


def clamp(stamp: str, *, wall: int | None = None, max_drift_ms: int = DEFAULT_MAX_DRIFT_MS) -> str:
    """Return ``stamp`` with its physical part clamped to wall + max drift (server side)."""
    ts = Timestamp.parse(stamp)
    limit = (wall if wall is not None else wall_ms()) + max_drift_ms
    if ts.ms <= limit:
        return stamp
    return str(Timestamp(limit, ts.counter, ts.node))
