"""One sync run: push every pending batch, then pull until caught up. Plus the state the UI shows.

Push: stored batches not yet acknowledged go first, in order, each with its identical stored body (that is
how a dropped connection resumes from the last acknowledged batch); then the outbox rows not yet in a batch
are collapsed and cut into new batches, each stored before its first send. Batches are capped in compressed
bytes and adapt: the cap doubles while round trips are fast, halves when they are slow or time out, and a
413 splits the batch. Transient failures are retried with exponential backoff and jitter (bounded; at least
the ``Retry-After`` of a busy server's 503, up to the backoff's cap); what is still failing after that ends
the run with a typed error, and the next run resumes where this one stopped.

Pull: the last batch of a run asks for the first pull page in its answer (one round trip fewer on a slow
link); pages are then fetched until the server's head, each committed together with its cursor. A store
whose cursor the server no longer retains (``refetch``) loads a snapshot of its scope, keeping its own
unsent changes; a store that has never pulled loads one before it pushes.

"Up to date" means: nothing pending AND the last pull reached the server's head.
"""

from __future__ import annotations

import logging
import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import func, select
from sqlmodel import col

from ..core.clock import utcnow
from ..core.models import ConflictEntry
from ..store.engine import Store
from ..store.tables import OutboxEntry, QuarantineEntry, StoreMeta, SyncBatch
from .apply import META_AT_HEAD, META_CURSOR, apply_page, apply_snapshot, cursor_of
from .batches import (
    BatchPlanner,
    BatchRace,
    absorb,
    acknowledge,
    has_unbatched,
    note_attempt,
    quarantine_batch,
    unform_from,
    unsent_batches,
)
from .errors import AuthError, Offline, Rejected, ServerError, SyncError, TooLarge
from .protocol import MAX_PULL_LIMIT, PullPage, PushResponse
from .settings import SyncSettings, load_settings
from .transport import Transport

logger = logging.getLogger(__name__)

META_LAST_SUCCESS = "sync.last_success"
META_LAST_ERROR = "sync.last_error"
META_LAST_ERROR_CODE = "sync.last_error_code"
META_LAST_ERROR_AT = "sync.last_error_at"
META_BATCH_CAP = "sync.batch_cap"

T = TypeVar("T")

DEFAULT_PULL_LIMIT = 1000
#: a batch that timed out this many times in a row is split (it may simply be too big for the link)
SPLIT_AFTER_TIMEOUTS = 3
MAX_REFETCH = 2


# --- retry policy -------------------------------------------------------------------------------------


@dataclass
class Backoff:
    """Exponential backoff with jitter: attempt n waits between ``(1 - jitter)·d`` and ``d``,
    where ``d = min(cap, base · factor**n)``."""

    base: float = 1.0
    factor: float = 2.0
    cap: float = 60.0
    jitter: float = 0.5
    rng: random.Random = field(default_factory=random.Random)

    def ceiling(self, attempt: int) -> float:
        return min(self.cap, self.base * self.factor ** max(0, attempt))

    def delay(self, attempt: int) -> float:
        d = self.ceiling(attempt)
        return d * (1.0 - self.jitter * self.rng.random())


@dataclass
class BatchSizer:
    """The compressed-byte cap of the next batch: ×2 while fast, ½ when slow, on timeout or on 413."""

    cap: int = 64 * 1024
    minimum: int = 4 * 1024
    maximum: int = 1024 * 1024
    #: a round trip faster than this (seconds) lets the cap grow; slower than ``slow`` shrinks it
    fast: float = 5.0
    slow: float = 30.0

    def on_success(self, elapsed: float, body_bytes: int) -> None:
        if elapsed < self.fast and body_bytes >= self.cap // 2:
            self.cap = min(self.maximum, self.cap * 2)
        elif elapsed > self.slow:
            self.shrink()

    def shrink(self) -> None:
        self.cap = max(self.minimum, self.cap // 2)


# --- what the UI sees ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class SyncProgress:
    phase: str  # push / pull / snapshot
    done: int
    total: int
    message: str = ""


PHASE_LABELS = {"push": "正在上传本机修改", "pull": "正在下载其他设备的修改", "snapshot": "正在下载全量数据"}


@dataclass(frozen=True)
class SyncState:
    enrolled: bool = False
    #: None: not known yet (no request made)
    online: bool | None = None
    syncing: bool = False
    progress: SyncProgress | None = None
    pending: int = 0
    quarantined: int = 0
    conflicts: int = 0
    last_success: datetime | None = None
    #: Chinese text of the last run's failure; "" when the last run succeeded
    last_error: str = ""
    last_error_code: str = ""
    at_head: bool = False
    cursor: int | None = None

    @property
    def up_to_date(self) -> bool:
        return self.pending == 0 and self.at_head and not self.syncing


def read_state(
    store: Store, *, online: bool | None = None, syncing: bool = False, progress: SyncProgress | None = None
) -> SyncState:
    """The sync state as stored (counts and the last run's outcome) plus what the caller knows live."""
    with store.reader() as s:
        meta = {
            m.key: m.value
            for m in s.execute(select(StoreMeta).where(col(StoreMeta.key).like("sync%"))).scalars()
        }
        pending = s.execute(
            select(func.count()).select_from(OutboxEntry).where(col(OutboxEntry.acked) == False)
        ).scalar_one()
        quarantined = s.execute(
            select(func.count()).select_from(QuarantineEntry).where(col(QuarantineEntry.resolved) == False)
        ).scalar_one()
        conflicts = s.execute(
            select(func.count())
            .select_from(ConflictEntry)
            .where(col(ConflictEntry.resolved) == False, col(ConflictEntry.deleted) == False)
        ).scalar_one()
    last = meta.get(META_LAST_SUCCESS)
    cursor = meta.get(META_CURSOR)
    return SyncState(
        enrolled=bool(meta.get("sync.server_url") and meta.get("sync.device_id")),
        online=online,
        syncing=syncing,
        progress=progress,
        pending=int(pending),
        quarantined=int(quarantined),
        conflicts=int(conflicts),
        last_success=datetime.fromisoformat(last) if last else None,
        last_error=meta.get(META_LAST_ERROR, ""),
        last_error_code=meta.get(META_LAST_ERROR_CODE, ""),
        at_head=meta.get(META_AT_HEAD) == "1",
        cursor=int(cursor) if cursor else None,
    )


@dataclass
class SyncReport:
    batches: int = 0
    pushed: int = 0
    quarantined: int = 0
    pulled: int = 0
    conflicts: int = 0
    snapshot: bool = False
    cursor: int = 0
    up_to_date: bool = False
    bytes_sent: int = 0
    bytes_received: int = 0
    requests: int = 0
    seconds: float = 0.0
    error: str = ""


ProgressFn = Callable[[SyncProgress], object]


# --- the engine ---------------------------------------------------------------------------------------


class SyncEngine:
    """Runs sync for one store against one server. ``run()`` is safe to call from any one thread at a time."""

    def __init__(
        self,
        store: Store,
        transport: Transport,
        settings: SyncSettings | None = None,
        *,
        pull_limit: int = DEFAULT_PULL_LIMIT,
        max_attempts: int = 4,
        backoff: Backoff | None = None,
        sizer: BatchSizer | None = None,
        sleep: Callable[[float], object] | None = None,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self.store = store
        self.transport = transport
        self.settings = settings or load_settings(store)
        self.pull_limit = max(1, min(pull_limit, MAX_PULL_LIMIT))
        self.max_attempts = max(1, max_attempts)
        self.backoff = backoff or Backoff(base=1.0, cap=20.0)
        self.sizer = sizer or BatchSizer(fast=transport.timeout[1] / 12, slow=transport.timeout[1] / 2)
        saved_cap = store.get_meta(META_BATCH_CAP)
        if saved_cap.isdigit():
            self.sizer.cap = max(self.sizer.minimum, min(self.sizer.maximum, int(saved_cap)))
        self._cancel = threading.Event()
        self._sleep = sleep or self._wait
        self._monotonic = monotonic
        self._run_lock = threading.Lock()
        self._online: bool | None = None
        self._progress: SyncProgress | None = None
        self._notify: ProgressFn | None = None
        #: after a 413 or repeated timeouts: the next batches hold at most this many changes (this run)
        self._max_changes: int | None = None
        if transport.on_server_hlc is None:
            transport.on_server_hlc = lambda stamp: absorb(store, stamp)

    @classmethod
    def for_store(cls, store: Store, **kwargs: Any) -> SyncEngine:
        """An engine over the enrolled settings and the keyring's token (``ConfigError`` if not enrolled)."""
        from .settings import require_token

        settings = load_settings(store)
        token = require_token(settings)
        transport = Transport(
            settings.server_url,
            token=token,
            ca_path=settings.ca_path or None,
            allow_insecure_http=settings.allow_insecure_http,
        )
        return cls(store, transport, settings, **kwargs)

    def cancel(self) -> None:
        """Make a run in progress stop at its next wait between retries (``SyncError("sync.cancelled")``)."""
        self._cancel.set()

    def _wait(self, seconds: float) -> None:
        if self._cancel.wait(seconds):
            raise SyncError("sync.cancelled")

    # -- state ---------------------------------------------------------------------------------------
    @property
    def online(self) -> bool | None:
        return self._online

    @property
    def syncing(self) -> bool:
        return self._run_lock.locked()

    def state(self) -> SyncState:
        return read_state(self.store, online=self._online, syncing=self.syncing, progress=self._progress)

    def probe(self) -> bool:
        """One cheap health check (no retries): is the server reachable now?"""
        try:
            self.transport.health()
        except (Offline, ServerError):
            self._online = False
            return False
        except SyncError:
            self._online = True  # reachable, though something else is wrong
            return True
        self._online = True
        return True

    # -- a run ---------------------------------------------------------------------------------------
    def run(self, progress: ProgressFn | None = None) -> SyncReport:
        """Push everything pending, then pull until caught up. Raises the typed ``SyncError`` that ended it
        (with ``.report`` attached: what was done before the failure stays done)."""
        if not self._run_lock.acquire(blocking=False):
            raise SyncError("sync.busy")
        self._cancel.clear()
        report = SyncReport()
        counters = self.transport.counters
        before = (counters.bytes_sent, counters.bytes_received, counters.requests)
        started = self._monotonic()
        self._notify = progress
        self._max_changes = None
        try:
            try:
                if cursor_of(self.store) is None:
                    # a store that never pulled starts from a snapshot of its scope, before pushing: the
                    # snapshot does not carry its own rows back, and its batches name a real cursor
                    self._snapshot(report)
                page = self._push_phase(report)
                self._pull_phase(report, page)
            except SyncError as exc:
                self._finish(report, before, started, exc)
                exc.report = report
                raise
            except Exception as exc:
                logger.exception("sync run failed")
                wrapped = SyncError("sync.internal", reason=str(exc) or type(exc).__name__)
                self._finish(report, before, started, wrapped)
                wrapped.report = report
                raise wrapped from exc
            self._finish(report, before, started, None)
            return report
        finally:
            self._progress = None
            self._notify = None
            self._run_lock.release()

    def _finish(
        self, report: SyncReport, before: tuple[int, int, int], started: float, error: SyncError | None
    ) -> None:
        counters = self.transport.counters
        report.bytes_sent = counters.bytes_sent - before[0]
        report.bytes_received = counters.bytes_received - before[1]
        report.requests = counters.requests - before[2]
        report.seconds = self._monotonic() - started
        now = utcnow().isoformat()
        with self.store.session("sync") as s:
            self.store.set_meta(META_BATCH_CAP, str(self.sizer.cap), s)
            if error is None:
                self.store.set_meta(META_LAST_SUCCESS, now, s)
                self.store.set_meta(META_LAST_ERROR, "", s)
                self.store.set_meta(META_LAST_ERROR_CODE, "", s)
            else:
                report.error = error.message
                self.store.set_meta(META_LAST_ERROR, error.message, s)
                self.store.set_meta(META_LAST_ERROR_CODE, error.code, s)
                self.store.set_meta(META_LAST_ERROR_AT, now, s)
        state = read_state(self.store)
        report.cursor = state.cursor or 0
        report.up_to_date = error is None and state.pending == 0 and state.at_head
        logger.info(
            "sync %s: %d batch(es), %d pushed, %d quarantined, %d pulled, %d conflict(s), %d/%d bytes, %.2f s",
            "done" if error is None else f"failed ({error.code})",
            report.batches,
            report.pushed,
            report.quarantined,
            report.pulled,
            report.conflicts,
            report.bytes_sent,
            report.bytes_received,
            report.seconds,
        )

    def _emit(self, phase: str, done: int, total: int) -> None:
        self._progress = SyncProgress(phase, done, total, PHASE_LABELS.get(phase, ""))
        notify = self._notify
        if notify is not None:
            try:
                notify(self._progress)
            except Exception:  # a broken listener must not break sync
                logger.exception("progress listener failed")

    # -- push ----------------------------------------------------------------------------------------
    def _push_phase(self, report: SyncReport) -> PullPage | None:
        """Send every pending batch; returns the pull page carried by the last answer, if any."""
        with self.store.reader() as s:
            total = int(
                s.execute(
                    select(func.count()).select_from(OutboxEntry).where(col(OutboxEntry.acked) == False)
                ).scalar_one()
            )
        done = 0
        if total:
            self._emit("push", 0, total)
        planner: BatchPlanner | None = None
        page: PullPage | None = None
        while True:
            stored = unsent_batches(self.store)
            batch: SyncBatch | None
            if stored:
                batch = stored[0]
            else:
                if planner is None:
                    planner = BatchPlanner(self.store)
                cursor = cursor_of(self.store)
                try:
                    batch = planner.form(
                        self.sizer.cap,
                        cursor=cursor or 0,
                        pull_limit_if_last=self.pull_limit if cursor is not None else 0,
                        max_changes=self._max_changes,
                    )
                except BatchRace:
                    logger.info("another sync run batched the same changes; planning again")
                    planner = None
                    continue
                if batch is None:
                    break
            response = self._send(batch, report)
            if response is None:  # split: plan the returned changes again
                planner = None
                continue
            done += batch.change_count
            self._emit("push", min(done, total), max(total, done))
            if response.pull is not None:
                more = bool(unsent_batches(self.store)) or (
                    planner.remaining > 0 if planner is not None else has_unbatched(self.store)
                )
                # a page is applied only after the last batch: applied earlier, it would meet fields of
                # batches still to be sent and log conflicts the server logs again when they arrive
                page = None if more else response.pull
        if total:
            self._emit("push", total, total)  # collapsed changes are fewer than outbox rows
        return page

    def _send(self, batch: SyncBatch, report: SyncReport) -> PushResponse | None:
        """Send one stored batch until answered; None when it had to be split (given back to the outbox)."""
        attempt = 0
        timeouts = 0
        while True:
            note_attempt(self.store, batch.batch_id)
            started = self._monotonic()
            try:
                response = self.transport.push(batch.body)
            except AuthError:
                self._online = True
                raise
            except TooLarge as exc:
                self._online = True
                self.sizer.shrink()
                # the next batches hold at most half as many changes, whatever the byte cap says
                self._max_changes = max(1, batch.change_count // 2)
                if batch.change_count > 1:
                    unform_from(self.store, batch)
                    return None
                result = quarantine_batch(self.store, batch, exc.code, exc.message)
                report.batches += 1
                report.quarantined += result.quarantined
                return PushResponse(batch_id=batch.batch_id, applied=0, server_hlc="")
            except Rejected as exc:
                self._online = True
                result = quarantine_batch(self.store, batch, exc.code, exc.message)
                report.batches += 1
                report.quarantined += result.quarantined
                return PushResponse(batch_id=batch.batch_id, applied=0, server_hlc="")
            except (Offline, ServerError) as exc:
                self._online = isinstance(exc, ServerError)
                note_attempt(self.store, batch.batch_id, exc.message)
                if isinstance(exc, Offline) and exc.timeout:
                    self.sizer.shrink()
                    timeouts += 1
                    if timeouts >= SPLIT_AFTER_TIMEOUTS and batch.change_count > 1:
                        self._max_changes = max(1, batch.change_count // 2)
                        unform_from(self.store, batch)
                        return None
                attempt += 1
                if attempt >= self.max_attempts:
                    raise
                delay = self._retry_delay(attempt, exc)
                logger.info("push of %s failed (%s); retry in %.1f s", batch.batch_id, exc.code, delay)
                self._sleep(delay)
                continue
            self._online = True
            self.sizer.on_success(self._monotonic() - started, len(batch.body))
            if response.batch_id != batch.batch_id:
                raise ServerError("sync.protocol")
            result = acknowledge(self.store, response)
            report.batches += 1
            report.pushed += result.changes - result.quarantined
            report.quarantined += result.quarantined
            return response

    # -- pull ----------------------------------------------------------------------------------------
    def _pull_phase(self, report: SyncReport, page: PullPage | None) -> None:
        refetches = 0
        while True:
            if page is None:
                cursor = cursor_of(self.store) or 0
                page = self._retrying(lambda c=cursor: self.transport.pull(c, self.pull_limit))  # type: ignore[misc]
            if page.refetch:
                refetches += 1
                if refetches > MAX_REFETCH:
                    raise ServerError("sync.protocol")
                self._snapshot(report)
                page = None
                continue
            before = cursor_of(self.store) or 0
            result = apply_page(self.store, page)
            report.pulled += result.applied
            report.conflicts += result.conflicts
            self._emit("pull", max(0, result.cursor), max(page.head, result.cursor))
            if not page.more:
                return
            if result.cursor <= before and not result.skipped:
                logger.error("pull page did not advance the cursor (%d); stopping", before)
                raise ServerError("sync.protocol")
            page = None

    def _snapshot(self, report: SyncReport) -> None:
        self._emit("snapshot", 0, 1)
        snapshot = self._retrying(self.transport.snapshot)
        result = apply_snapshot(self.store, snapshot)
        report.snapshot = True
        report.pulled += result.applied
        report.conflicts += result.conflicts
        self._emit("snapshot", 1, 1)

    def _retry_delay(self, attempt: int, exc: SyncError) -> float:
        """The wait before retry ``attempt``: the backoff, at least the server's ``Retry-After`` (a busy
        server says how long), but never more than the backoff's cap."""
        delay = self.backoff.delay(attempt - 1)
        after = exc.retry_after if isinstance(exc, ServerError) else None
        if after is not None:
            delay = max(delay, min(after, self.backoff.cap))
        return delay

    def _retrying(self, call: Callable[[], T]) -> T:
        attempt = 0
        while True:
            try:
                result = call()
            except (Offline, ServerError) as exc:
                self._online = isinstance(exc, ServerError)
                attempt += 1
                if attempt >= self.max_attempts:
                    raise
                delay = self._retry_delay(attempt, exc)
                logger.info("request failed (%s); retry in %.1f s", exc.code, delay)
                self._sleep(delay)
                continue
            except SyncError:
                self._online = True
                raise
            self._online = True
            return result
