"""The Qt face of sync: signals for the status bar and the sync page; every run off the GUI thread.

``SyncController`` wraps the background ``SyncScheduler`` (sync every N minutes and as soon as the link comes
back) and runs manual syncs ("同步", F5) on the task runner's pool. The scheduler calls its listener from its
own thread; the controller re-emits what it hears as Qt signals, which Qt queues onto the GUI thread.

Signals: ``state_changed(SyncState)``, ``progress(done, total, text)``, ``finished(SyncReport)``,
``failed(message)``, ``running_changed(bool)``, ``enrolled_changed(bool)``. After a run that pulled changes
(or an imported USB reply), the change bus broadcasts them so pages refresh.

The state is also re-read every ``REFRESH_MS`` and shortly after any local change (pending count), with a
QTimer — never a processEvents loop. ``state`` is None until the first reading arrives.

The sync modules (HTTP client, wire schema) are imported by the first worker task, not at start-up: they
are not needed to show the main window.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from ..core.clock import utcnow
from ..store.engine import Store
from .context import ChangeBus
from .tasks import Op, TaskRunner

if TYPE_CHECKING:
    from ..sync import usb
    from ..sync.engine import SyncEngine, SyncProgress, SyncReport, SyncState
    from ..sync.scheduler import SchedulerState, SyncScheduler
    from ..sync.settings import SyncSettings

logger = logging.getLogger(__name__)

REFRESH_MS = 15_000
CHANGE_DEBOUNCE_MS = 400
HISTORY_MAX = 50


def _synced_table_names() -> frozenset[str]:
    from ..core.models import (
        TABLES_BY_NAME,  # the model: loaded by the store's preparation, not by the window
    )

    return frozenset(TABLES_BY_NAME)


@dataclass(frozen=True)
class RemoteChanges:
    """What a sync run or a USB reply may have changed: every synced table (pages re-read what they show)."""

    tables: frozenset[str] = field(default_factory=_synced_table_names)


@dataclass(frozen=True)
class RunRecord:
    """One run seen by this app session (the sync page's history)."""

    started_at: datetime
    finished_at: datetime
    kind: str  # manual / scheduled / usb-export / usb-import
    ok: bool
    pushed: int = 0
    pulled: int = 0
    quarantined: int = 0
    conflicts: int = 0
    seconds: float = 0.0
    message: str = ""


class SyncController(QObject):
    state_changed = Signal(object)  # SyncState
    progress = Signal(int, int, str)
    finished = Signal(object)  # SyncReport
    failed = Signal(str)
    running_changed = Signal(bool)
    enrolled_changed = Signal(bool)
    history_changed = Signal()
    _heard = Signal(object)  # SchedulerState from the scheduler's thread → GUI thread

    def __init__(
        self,
        store: Store,
        runner: TaskRunner,
        bus: ChangeBus,
        *,
        interval: float = 300.0,
        auto: bool = True,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.runner = runner
        self.bus = bus
        self.interval = interval
        self.auto = auto
        self.engine: SyncEngine | None = None
        self.scheduler: SyncScheduler | None = None
        self.settings: SyncSettings | None = None
        self.history: list[RunRecord] = []
        self._state: SyncState | None = None
        self._manual = False
        self._scheduled_started: datetime | None = None
        self._last_report: SyncReport | None = None
        self._unsubscribe: Callable[[], None] | None = None
        self._was_enrolled = False
        self._heard.connect(self._on_scheduler_state)
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self._change_timer = QTimer(self)
        self._change_timer.setSingleShot(True)
        self._change_timer.setInterval(CHANGE_DEBOUNCE_MS)
        self._change_timer.timeout.connect(self.refresh)
        bus.changed.connect(self._local_change)

    # -- state ---------------------------------------------------------------------------------------
    @property
    def state(self) -> SyncState | None:
        return self._state

    @property
    def enrolled(self) -> bool:
        return self.engine is not None

    @property
    def running(self) -> bool:
        return self._manual or (self.engine is not None and self.engine.syncing)

    def start(self) -> None:
        """Read the settings; when enrolled, build the engine and (``auto``) start the scheduler."""
        self._timer.start()

        def configure() -> tuple[SyncSettings, SyncEngine | None, SyncState]:
            from ..sync.engine import SyncEngine, read_state
            from ..sync.errors import SyncError
            from ..sync.settings import load_settings

            settings = load_settings(self.store)
            engine = None
            if settings.enrolled:
                try:
                    engine = SyncEngine.for_store(self.store)
                except SyncError as exc:  # the keyring lost the token: the page says so
                    logger.warning("sync not configured: %s", exc.message)
            return settings, engine, read_state(self.store)

        Op(self.runner, configure, owner=self).success(self._configured).failure(self._log_failure).run()

    def _configured(self, result: tuple[SyncSettings, SyncEngine | None, SyncState]) -> None:
        settings, engine, state = result
        self.settings = settings
        self._set_engine(engine)
        self._publish(state)

    def _set_engine(self, engine: SyncEngine | None) -> None:
        from ..sync.scheduler import SyncScheduler

        self._stop_scheduler()
        self.engine = engine
        if engine is not None and self.auto:
            self.scheduler = SyncScheduler(engine, interval=self.interval)
            self._unsubscribe = self.scheduler.add_listener(self._heard.emit)
            self.scheduler.start()
        if (engine is not None) != self._was_enrolled:
            self._was_enrolled = engine is not None
            self.enrolled_changed.emit(self._was_enrolled)

    def refresh(self) -> None:
        """Re-read the stored state (pending changes, conflicts, last success) on a worker."""
        online = self.engine.online if self.engine is not None else None
        syncing = self.running
        progress = self._state.progress if self._state is not None else None

        def read() -> SyncState:
            from ..sync.engine import read_state

            return read_state(self.store, online=online, syncing=syncing, progress=progress)

        Op(self.runner, read, owner=self).success(self._publish).failure(self._log_failure).run()

    def _publish(self, state: SyncState) -> None:
        if state.syncing != (self._state.syncing if self._state is not None else False):
            self.running_changed.emit(state.syncing)
        self._state = state
        self.state_changed.emit(state)

    def _local_change(self, changes: Any) -> None:
        if not isinstance(changes, RemoteChanges):
            self._change_timer.start()

    def _log_failure(self, exc: BaseException) -> None:
        logger.warning("sync state: %s", exc)

    # -- scheduled runs (heard from the scheduler's thread) ------------------------------------------
    def _on_scheduler_state(self, state: SchedulerState) -> None:
        sync = state.sync
        if self._manual:
            sync = replace(sync, syncing=True)
        if sync.syncing and not self._manual and self._scheduled_started is None:
            self._scheduled_started = utcnow()
        if sync.progress is not None and sync.syncing:
            self._emit_progress(sync.progress)
        report = state.last_report
        if report is not None and report is not self._last_report and not self._manual:
            self._last_report = report
            self._record("scheduled", report, self._scheduled_started)
            self.finished.emit(report)
            self._broadcast(report)
        if not sync.syncing:
            self._scheduled_started = None
        self._publish(sync)

    def _emit_progress(self, p: SyncProgress) -> None:
        self.progress.emit(p.done, p.total, p.message or p.phase)

    # -- manual run (F5) ------------------------------------------------------------------------------
    def sync_now(self) -> bool:
        """Start a run on a worker; False (and ``failed``) when not enrolled, False when one is running."""
        from ..sync.errors import SyncError, sync_message

        engine = self.engine
        if engine is None:
            self.failed.emit(sync_message("sync.not_enrolled"))
            return False
        if self.running:
            if self.scheduler is not None:
                self.scheduler.trigger()
            return False
        self._manual = True
        started = utcnow()
        if self._state is not None:
            self._publish(replace(self._state, syncing=True, progress=None))
        self.progress.emit(0, 0, self.tr("正在连接县级服务器…"))

        def run(progress: Callable[[int, int, str], None]) -> SyncReport:
            def relay(p: SyncProgress) -> None:
                progress(p.done, p.total, p.message or p.phase)

            return engine.run(progress=relay)

        def done(report: SyncReport) -> None:
            self._manual = False
            self._last_report = report
            self._record("manual", report, started)
            self.finished.emit(report)
            self._broadcast(report)
            self.refresh()

        def bad(exc: BaseException) -> None:
            self._manual = False
            message = exc.message if isinstance(exc, SyncError) else str(exc)
            report = getattr(exc, "report", None)
            self._record("manual", report, started, error=message)
            if report is not None:
                self._broadcast(report)
            self.failed.emit(message)
            self.refresh()

        Op(self.runner, run, owner=self).progress(self.progress.emit).success(done).failure(bad).run()
        return True

    def _broadcast(self, report: SyncReport) -> None:
        if report.pulled or report.conflicts or report.snapshot:
            self.bus.changed.emit(RemoteChanges())

    def _record(
        self, kind: str, report: Any, started: datetime | None, *, error: str = "", ok: bool | None = None
    ) -> None:
        from ..sync.engine import SyncReport

        now = utcnow()
        r = report if isinstance(report, SyncReport) else SyncReport()
        message = error or r.error
        record = RunRecord(
            started_at=started or now,
            finished_at=now,
            kind=kind,
            ok=(not message) if ok is None else ok,
            pushed=r.pushed,
            pulled=r.pulled,
            quarantined=r.quarantined,
            conflicts=r.conflicts,
            seconds=r.seconds or (now - (started or now)).total_seconds(),
            message=message,
        )
        self.history.insert(0, record)
        del self.history[HISTORY_MAX:]
        self.history_changed.emit()

    # -- enrolment and USB bundles -----------------------------------------------------------------------
    def enrol(
        self,
        url: str,
        code: str,
        *,
        ca_path: str = "",
        allow_insecure_http: bool = False,
        on_done: Callable[[SyncSettings], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Exchange a one-time code for this device's token (network: on the pool), then start syncing."""

        def work() -> tuple[SyncSettings, SyncEngine]:
            from ..sync.engine import SyncEngine
            from ..sync.enrol import enroll

            settings = enroll(
                self.store, url, code, ca_path=ca_path or None, allow_insecure_http=allow_insecure_http
            )
            return settings, SyncEngine.for_store(self.store)

        def done(result: tuple[SyncSettings, SyncEngine]) -> None:
            settings, engine = result
            self.settings = settings
            self._set_engine(engine)
            self.refresh()
            if on_done is not None:
                on_done(settings)

        def bad(exc: BaseException) -> None:
            if on_error is not None:
                on_error(exc)

        Op(self.runner, work, owner=self).success(done).failure(bad).run()

    def export_bundle(
        self,
        path: Path,
        on_done: Callable[[usb.ExportResult], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        started = utcnow()

        def done(result: usb.ExportResult) -> None:
            self._record("usb-export", None, started, ok=True)
            self.refresh()
            on_done(result)

        def work() -> usb.ExportResult:
            from ..sync import usb

            return usb.export_bundle(self.store, path)

        Op(self.runner, work, owner=self).success(done).failure(on_error).run()

    def import_reply(
        self,
        path: Path,
        on_done: Callable[[usb.ImportResult], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        started = utcnow()

        def done(result: usb.ImportResult) -> None:
            from ..sync.engine import SyncReport

            report = SyncReport(
                pushed=result.pushed,
                pulled=result.pulled,
                quarantined=result.quarantined,
                conflicts=result.conflicts,
                snapshot=result.snapshot,
            )
            self._record("usb-import", report, started)
            self._broadcast(report)
            self.refresh()
            on_done(result)

        def work() -> usb.ImportResult:
            from ..sync import usb

            return usb.import_reply(self.store, path)

        Op(self.runner, work, owner=self).success(done).failure(on_error).run()

    # -- shutdown -----------------------------------------------------------------------------------------
    def _stop_scheduler(self) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        if self.scheduler is not None:
            self.scheduler.stop(timeout=5.0)
            self.scheduler = None

    def stop(self) -> None:
        """Stop the scheduler and the timers (a run in progress is asked to stop at its next wait)."""
        self._timer.stop()
        self._change_timer.stop()
        if self.engine is not None:
            self.engine.cancel()
        self._stop_scheduler()
        if self.engine is not None:
            self.engine.transport.close()
