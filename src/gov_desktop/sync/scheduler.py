"""Background sync: a thread that runs the engine every N seconds and as soon as the link comes back.

No Qt here: the UI wraps ``SyncScheduler`` (its listener re-emits ``SchedulerState`` as a Qt signal on the
GUI thread). While the server is unreachable the thread probes ``/api/v1/health`` — one tiny request — with
exponential backoff and jitter, and runs a sync the moment a probe succeeds. ``trigger()`` asks for a run
now ("同步" button); ``stop()`` ends the thread (a run in progress finishes its current request first).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, replace

from .engine import Backoff, SyncEngine, SyncProgress, SyncReport, SyncState
from .errors import AuthError, ConfigError, Offline, ServerError, SyncError, TlsError

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class SchedulerState:
    """What the status bar shows: the engine's stored state plus the scheduler's live view."""

    sync: SyncState
    running: bool = False
    #: seconds until the next attempt (a run, or a probe while offline); None while a run is in progress
    next_attempt_in: float | None = None
    last_report: SyncReport | None = None

    @property
    def online(self) -> bool | None:
        return self.sync.online

    @property
    def up_to_date(self) -> bool:
        return self.sync.up_to_date


Listener = Callable[[SchedulerState], object]


class SyncScheduler:
    def __init__(
        self,
        engine: SyncEngine,
        *,
        interval: float = 300.0,
        probe_backoff: Backoff | None = None,
        error_backoff: Backoff | None = None,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self.engine = engine
        self.interval = interval
        self.probe_backoff = probe_backoff or Backoff(base=5.0, cap=120.0)
        self.error_backoff = error_backoff or Backoff(base=30.0, cap=interval)
        self._monotonic = monotonic
        self._wake = threading.Event()
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None
        self._listeners: list[Listener] = []
        self._lock = threading.Lock()
        self._last_report: SyncReport | None = None
        self._next_in: float | None = None
        self._offline_probes = 0
        self.runs = 0

    # -- control -------------------------------------------------------------------------------------
    def start(self) -> None:
        if self._thread is not None and self._thread.is_alive():
            return
        self._stopping.clear()
        self._thread = threading.Thread(target=self._loop, name="gov-desktop-sync", daemon=True)
        self._thread.start()

    def stop(self, timeout: float | None = 30.0) -> None:
        """End the thread: a run in progress stops at its next wait (its current request finishes first)."""
        self._stopping.set()
        self._wake.set()
        self.engine.cancel()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def trigger(self) -> None:
        """Run a sync as soon as possible (now, unless one is running)."""
        self._wake.set()

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    # -- observing -----------------------------------------------------------------------------------
    def add_listener(self, listener: Listener) -> Callable[[], None]:
        """Call ``listener(state)`` on every change (from the scheduler's thread); returns an unsubscribe."""
        with self._lock:
            self._listeners.append(listener)

        def remove() -> None:
            with self._lock:
                if listener in self._listeners:
                    self._listeners.remove(listener)

        return remove

    def state(self) -> SchedulerState:
        return SchedulerState(
            sync=self.engine.state(),
            running=self.running,
            next_attempt_in=self._next_in,
            last_report=self._last_report,
        )

    def _publish(self, progress: SyncProgress | None = None) -> None:
        with self._lock:
            listeners = list(self._listeners)
        if not listeners:
            return
        state = self.state()
        if progress is not None:
            state = replace(state, sync=replace(state.sync, progress=progress, syncing=True))
        for listener in listeners:
            try:
                listener(state)
            except Exception:
                logger.exception("sync state listener failed")

    # -- the loop ------------------------------------------------------------------------------------
    def _loop(self) -> None:
        logger.info("sync scheduler started (every %.0f s)", self.interval)
        wait = 0.0  # first run at once
        while not self._stopping.is_set():
            self._next_in = wait
            self._publish()
            triggered = self._wake.wait(wait)
            self._wake.clear()
            if self._stopping.is_set():
                break
            if not triggered and self.engine.online is False:
                # offline: a cheap probe first; a sync only once the server answers
                if not self.engine.probe():
                    self._offline_probes += 1
                    wait = self.probe_backoff.delay(self._offline_probes - 1)
                    logger.debug("server unreachable; next probe in %.1f s", wait)
                    continue
                logger.info("server reachable again; syncing")
            wait = self._run_once()
        self._next_in = None
        self._publish()
        logger.info("sync scheduler stopped")

    def _run_once(self) -> float:
        """One engine run; returns how long to wait before the next attempt."""
        self._next_in = None
        self._publish()
        try:
            self._last_report = self.engine.run(progress=self._publish)
        except Offline:
            self._offline_probes = 1
            return self.probe_backoff.delay(0)
        except (AuthError, ConfigError, TlsError) as exc:
            logger.warning("sync stopped: %s", exc.message)
            return self.interval  # needs a person (re-enrol, fix settings); try again later anyway
        except ServerError as exc:
            logger.warning("sync failed: %s", exc.message)
            return self.error_backoff.delay(0)
        except SyncError as exc:
            if exc.code == "sync.busy":
                return 1.0
            if exc.code == "sync.cancelled":
                return 0.0
            logger.warning("sync failed: %s", exc.message)
            return self.error_backoff.delay(0)
        except Exception:
            logger.exception("sync run crashed")
            return self.error_backoff.delay(0)
        finally:
            self.runs += 1
            self._publish()
        self._offline_probes = 0
        return self.interval
