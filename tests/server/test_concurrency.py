"""Concurrent pushes get gap-free sequence numbers in commit order, and a pull running alongside never skips
a change (the reason for the push lock: see ``server.service``). A push that cannot get the lock or a
connection in time is answered 503 ``server.busy`` with Retry-After, never 500; the pool has a connection
for every handler thread (the many-waiting-pushes case itself: tests/e2e/test_push_concurrency.py)."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy import select

from gov_desktop.server import service
from gov_desktop.server.db import POOL_SPARE, open_database
from gov_desktop.server.errors import RETRY_AFTER_SECONDS
from gov_desktop.server.tables import ChangeLog

from .conftest import TC_A, TC_B, LiveServer, TestDevice, row_id

PUSHERS = 4
BATCHES = 8
PER_BATCH = 5


def test_concurrent_pushes_are_numbered_gap_free_and_a_concurrent_pull_skips_nothing(
    live_server: LiveServer,
) -> None:
    pushers = [live_server.enroll(TC_A if i % 2 else TC_B) for i in range(PUSHERS)]
    reader = live_server.enroll("", county=True)
    batches: list[list[str]] = []
    errors: list[BaseException] = []
    done = threading.Event()

    def push_many(dev: TestDevice) -> None:
        try:
            for b in range(BATCHES):
                ids = [row_id("hh") for _ in range(PER_BATCH)]
                answer = dev.push(
                    [
                        dev.change("household", "i", {"household_no": f"{dev.device_id}-{b}-{i}"}, rid=r)
                        for i, r in enumerate(ids)
                    ]
                )
                assert answer["applied"] == PER_BATCH
                batches.append(ids)
        except BaseException as exc:
            errors.append(exc)

    seen: list[int] = []

    def pull_while_pushing() -> None:
        try:
            cursor = 0
            while True:
                finished = done.is_set()  # read before the page: a page read after this saw every push
                page = reader.pull(since=cursor, limit=7)
                assert not page["refetch"]
                seen.extend(c["s"] for c in page["changes"])
                cursor = page["next"]
                if finished and not page["more"]:
                    return
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=push_many, args=(d,)) for d in pushers]
    puller = threading.Thread(target=pull_while_pushing)
    puller.start()
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    done.set()
    puller.join(60)
    assert not errors, errors

    total = PUSHERS * BATCHES * PER_BATCH
    with live_server.db.session() as session:
        seq_of = {r: s for s, r in session.execute(select(ChangeLog.seq, ChangeLog.row_id))}
    assert sorted(seq_of.values()) == list(range(1, total + 1))  # gap-free
    for ids in batches:  # each batch numbered as one block: batches were applied one after the other
        seqs = sorted(seq_of[r] for r in ids)
        assert seqs == list(range(seqs[0], seqs[0] + PER_BATCH))
    assert seen == list(range(1, total + 1))  # the reader got every change once, in order


@pytest.mark.postgres
@pytest.mark.parametrize("database_url", ["postgres"], indirect=True)
def test_a_push_that_waits_too_long_for_the_push_lock_is_answered_503_and_goes_through_later(
    live_server: LiveServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(service, "PUSH_LOCK_TIMEOUT_S", 0.5)
    dev = live_server.enroll(TC_A)
    body = dev.batch([dev.change("household", "i", {"household_no": "H-1"})])
    blocker = sa.create_engine(live_server.database_url)
    try:
        with blocker.connect() as conn:  # a long push in progress holds the lock
            conn.execute(sa.text("SELECT pg_advisory_lock(:k)"), {"k": service.PUSH_LOCK_KEY})
            response = dev.client.post("/api/v1/push", json=body)
            conn.execute(sa.text("SELECT pg_advisory_unlock(:k)"), {"k": service.PUSH_LOCK_KEY})
            conn.commit()
    finally:
        blocker.dispose()
    assert response.status_code == 503, response.text
    assert response.json()["code"] == "server.busy"
    assert response.headers["Retry-After"] == str(RETRY_AFTER_SECONDS)
    assert "X-Server-HLC" in response.headers
    # nothing was applied: the same batch, sent again, applies once
    assert dev.push_body(body)["applied"] == 1
    with live_server.db.session() as session:
        assert session.execute(select(sa.func.count()).select_from(ChangeLog)).scalar_one() == 1


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_no_pooled_connection_in_time_is_503_not_500(
    live_server: LiveServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    dev = live_server.enroll(TC_A)

    def pool_exhausted(*args: Any, **kwargs: Any) -> None:
        raise sa.exc.TimeoutError("QueuePool limit of size 40 overflow 5 reached, connection timed out")

    monkeypatch.setattr(service, "read_pull", pool_exhausted)
    response = dev.client.get("/api/v1/pull")
    assert response.status_code == 503 and response.json()["code"] == "server.busy"
    assert response.headers["Retry-After"] == str(RETRY_AFTER_SECONDS)


def test_the_pool_has_a_connection_for_every_handler_thread(tmp_path: Path) -> None:
    db = open_database(f"sqlite:///{tmp_path / 'server.db'}", worker_threads=7)
    try:
        pool: Any = db.engine.pool
        assert (pool.size(), pool._max_overflow) == (7, POOL_SPARE)
    finally:
        db.dispose()
    with pytest.raises(ValueError):
        open_database(f"sqlite:///{tmp_path / 'server.db'}", worker_threads=0)
