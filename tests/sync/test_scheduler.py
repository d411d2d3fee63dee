"""The background scheduler: periodic runs, probing while offline, an immediate run when the link returns,
trigger, listeners, stop — first with a stand-in engine (timing), then with the real one over a proxy."""

from __future__ import annotations

import sys
import threading
import time
from pathlib import Path

import pytest

from gov_desktop.sync.engine import Backoff, SyncReport, SyncState
from gov_desktop.sync.errors import Offline
from gov_desktop.sync.scheduler import SyncScheduler

from .conftest import add_household, engine_for_store

SUPPORT = Path(__file__).resolve().parents[1] / "support"


def wait_until(predicate, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError("condition not reached in time")
        time.sleep(0.01)


class StandInEngine:
    """Just enough of SyncEngine for the scheduler: runs succeed unless the link is down."""

    def __init__(self) -> None:
        self.link_up = True
        self.online: bool | None = None
        self.runs: list[float] = []
        self.probes: list[float] = []
        self.cancelled = threading.Event()

    def run(self, progress=None) -> SyncReport:
        self.runs.append(time.monotonic())
        if not self.link_up:
            self.online = False
            raise Offline()
        self.online = True
        return SyncReport(pushed=1)

    def probe(self) -> bool:
        self.probes.append(time.monotonic())
        self.online = self.link_up
        return self.link_up

    def state(self) -> SyncState:
        return SyncState(online=self.online)

    def cancel(self) -> None:
        self.cancelled.set()


@pytest.fixture
def scheduled():
    made = []

    def make(engine, **kw):
        kw.setdefault("probe_backoff", Backoff(base=0.02, cap=0.08))
        scheduler = SyncScheduler(engine, **kw)
        made.append(scheduler)
        return scheduler

    yield make
    for scheduler in made:
        scheduler.stop(5)


def test_runs_at_once_then_every_interval(scheduled):
    engine = StandInEngine()
    scheduler = scheduled(engine, interval=0.1)
    scheduler.start()
    wait_until(lambda: len(engine.runs) >= 3)
    gaps = [b - a for a, b in zip(engine.runs, engine.runs[1:], strict=False)]
    assert all(g >= 0.09 for g in gaps)
    assert scheduler.state().last_report.pushed == 1


def test_trigger_runs_now(scheduled):
    engine = StandInEngine()
    scheduler = scheduled(engine, interval=60)
    scheduler.start()
    wait_until(lambda: len(engine.runs) == 1)
    scheduler.trigger()
    wait_until(lambda: len(engine.runs) == 2, timeout=2)


def test_offline_probes_with_backoff_and_syncs_when_the_link_returns(scheduled):
    engine = StandInEngine()
    engine.link_up = False
    scheduler = scheduled(engine, interval=60)
    seen = []
    scheduler.add_listener(lambda state: seen.append(state.online))
    scheduler.start()
    wait_until(lambda: len(engine.probes) >= 4)
    assert len(engine.runs) == 1  # while offline only cheap probes, no sync runs
    assert False in seen
    engine.link_up = True
    wait_until(lambda: len(engine.runs) == 2, timeout=2)
    assert engine.runs[1] - engine.probes[-1] < 0.5  # synced right after the probe that succeeded
    wait_until(lambda: seen[-1] is True)


def test_stop_is_prompt_and_cancels_the_engine(scheduled):
    engine = StandInEngine()
    scheduler = scheduled(engine, interval=60)
    scheduler.start()
    wait_until(lambda: len(engine.runs) == 1)
    started = time.monotonic()
    scheduler.stop()
    assert time.monotonic() - started < 2 and not scheduler.running
    assert engine.cancelled.is_set()


def test_a_broken_listener_does_not_stop_sync(scheduled):
    engine = StandInEngine()
    scheduler = scheduled(engine, interval=0.05)
    remove = scheduler.add_listener(lambda state: 1 / 0)
    scheduler.start()
    wait_until(lambda: len(engine.runs) >= 2)
    remove()


def test_with_the_real_engine_through_a_link_that_goes_down(live_server, make_store, scheduled):
    if str(SUPPORT) not in sys.path:
        sys.path.insert(0, str(SUPPORT))
    from faultproxy import FaultProxy

    store = make_store("a")
    port = int(live_server.url.rsplit(":", 1)[1])
    with FaultProxy(("127.0.0.1", port)) as proxy:
        live_server.enroll_store(store, url=proxy.url)
        engine = engine_for_store(store, max_attempts=2)
        scheduler = scheduled(engine, interval=60)
        states = []
        scheduler.add_listener(states.append)
        scheduler.start()
        wait_until(lambda: scheduler.state().sync.up_to_date)

        proxy.set(offline=True, cut=1.0)  # new connections refused, the kept-alive one cut
        add_household(store, "H-1")
        scheduler.trigger()
        wait_until(lambda: scheduler.state().sync.last_error != "")
        state = scheduler.state().sync
        assert state.online is False and state.pending == 1 and not state.up_to_date
        assert (
            state.last_error_code in ("sync.offline", "sync.dropped") and "稍后会自动重试" in state.last_error
        )
        runs = scheduler.runs

        proxy.set(offline=False, cut=0.0)
        wait_until(lambda: scheduler.state().sync.up_to_date and scheduler.runs > runs)
        assert scheduler.state().sync.last_error == ""
        assert any(s.sync.progress is not None and s.sync.progress.phase == "push" for s in states)
