"""Work off the GUI thread (modelled on Anki's operations).

``TaskRunner`` owns two thread pools: one writer (SQLite has one writer, so every database write goes
through a single thread, in order) and one pool for reads, network and file work. Call sites stay short::

    Op(runner, lambda: register_person(store, actor, data)).success(self._saved).failure(self._show).run()

The callable runs on a worker thread and must not touch widgets; ``success``/``failure``/``progress``
callbacks run on the GUI thread. An Op whose parent widget has been destroyed drops its result.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from ..core.errors import DomainError

logger = logging.getLogger(__name__)

ProgressFn = Callable[[int, int, str], None]


class _Relay(QObject):
    """Lives on the GUI thread; worker threads emit into it (queued connections)."""

    done = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int, str)


class _Job(QRunnable):
    def __init__(self, fn: Callable[..., Any], relay: _Relay, wants_progress: bool) -> None:
        super().__init__()
        self._fn = fn
        self._relay = relay
        self._wants_progress = wants_progress
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            if self._wants_progress:
                result = self._fn(lambda done, total, text="": self._relay.progressed.emit(done, total, text))
            else:
                result = self._fn()
        except BaseException as exc:
            exc.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            self._relay.failed.emit(exc)
            return
        self._relay.done.emit(result)


class TaskRunner(QObject):
    """The app's one task runner, made by the composition root and handed to pages."""

    busy_changed = Signal(int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.writer = QThreadPool(self)
        self.writer.setMaxThreadCount(1)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(4)
        self._running = 0
        self._relays: set[_Relay] = set()

    def submit(
        self,
        fn: Callable[..., Any],
        *,
        write: bool,
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
        on_progress: ProgressFn | None = None,
        owner: QObject | None = None,
    ) -> None:
        relay = _Relay()
        self._relays.add(relay)
        alive = [True]
        if owner is not None:
            owner.destroyed.connect(lambda *_: alive.__setitem__(0, False))

        def finish() -> None:
            self._relays.discard(relay)
            self._running -= 1
            self.busy_changed.emit(self._running)

        @Slot(object)
        def ok(result: Any) -> None:
            finish()
            if alive[0] and on_success is not None:
                on_success(result)

        @Slot(object)
        def bad(exc: BaseException) -> None:
            finish()
            if isinstance(exc, DomainError):  # refused input or permission: expected, shown at the field
                logger.info("task refused: %s", exc)
            else:
                logger.error("task failed: %s\n%s", exc, getattr(exc, "__traceback_text__", ""))
            if alive[0] and on_failure is not None:
                on_failure(exc)

        relay.done.connect(ok)
        relay.failed.connect(bad)
        if on_progress is not None:
            relay.progressed.connect(lambda d, t, s: alive[0] and on_progress(d, t, s))
        self._running += 1
        self.busy_changed.emit(self._running)
        (self.writer if write else self.pool).start(_Job(fn, relay, on_progress is not None))

    def wait_idle(self, msecs: int = 30_000) -> bool:
        """Block until both pools are idle (for shutdown and tests)."""
        return self.writer.waitForDone(msecs) and self.pool.waitForDone(msecs)


class Op:
    """Fluent wrapper: ``Op(runner, fn).success(cb).failure(cb).progress(cb).run()``.

    ``fn`` takes no argument, or one ``progress(done, total, text)`` argument when ``.progress()`` is used.
    """

    def __init__(
        self, runner: TaskRunner, fn: Callable[..., Any], *, write: bool = False, owner: QObject | None = None
    ):
        self._runner = runner
        self._fn = fn
        self._write = write
        self._owner = owner
        self._success: Callable[[Any], None] | None = None
        self._failure: Callable[[BaseException], None] | None = None
        self._progress: ProgressFn | None = None

    def success(self, cb: Callable[[Any], None]) -> Op:
        self._success = cb
        return self

    def failure(self, cb: Callable[[BaseException], None]) -> Op:
        self._failure = cb
        return self

    def progress(self, cb: ProgressFn) -> Op:
        self._progress = cb
        return self

    def run(self) -> None:
        self._runner.submit(
            self._fn,
            write=self._write,
            on_success=self._success,
            on_failure=self._failure,
            on_progress=self._progress,
            owner=self._owner,
        )
