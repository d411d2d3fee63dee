"""Pushes that wait for their turn must not fail: while one long push holds the push lock, the others queue
and are answered once it is done — never with a 500.

The benchmark (bench/sync.py: 50 devices × 1,000 changes at once on PostgreSQL) met 500s here, besides
client read timeouts. This test reproduces the 500s deterministically and in well under a minute: it holds
the server's push lock itself (as a long batch would) while 36 small pushes arrive.

Bug (server/service.py ``_lock_pushes`` + server/db.py ``make_engine``): a push takes a pooled connection,
then waits on ``pg_advisory_xact_lock`` while holding it. The pool has 10 + 20 overflow connections and
SQLAlchemy's default 30 s checkout timeout, so with more than 30 pushes waiting the rest fail after 30 s with
``QueuePool limit of size 10 overflow 20 reached, connection timed out`` → HTTP 500. (A client that gave up
waiting does not free its slot either: the server keeps waiting for the lock on its behalf.) Suggested fix:
queue pushes before they take a connection (an in-process semaphore below the pool size), or answer 503
with Retry-After when the queue is long; and shorten the time the lock is held (apply outside the lock and
take it only to number and commit the change-log rows).
"""

from __future__ import annotations

import json
import threading
import time
import uuid
from datetime import date

import httpx
import pytest
import sqlalchemy as sa
from syncworld import CountyServer

from gov_desktop.core.hlc import HybridClock
from gov_desktop.server.service import PUSH_LOCK_KEY

DEVICES = 36  # more than the pool's 30 connections, fewer than the server's 40 worker threads
HOLD_SECONDS = 40  # longer than the pool's 30 s checkout timeout


def _enrol(server: CountyServer, township: str) -> tuple[str, str]:
    device_id = f"dev{uuid.uuid4().hex[:12]}"
    r = httpx.post(
        f"{server.url}/api/v1/enroll",
        json={"code": server.code(township), "device_id": device_id, "name": device_id},
        timeout=30,
    )
    assert r.status_code == 200, r.text
    return device_id, r.json()["token"]


def _batch(device_id: str, township: str) -> bytes:
    clock = HybridClock(device_id)
    household = str(uuid.uuid4())
    visit = {
        "household_id": household,
        "visit_date": date.today().isoformat(),
        "visitor_name": "扎西",
        "findings": "家中老人身体状况良好，已宣传医保缴费政策",
    }
    changes = [
        {"t": "household", "id": household, "op": "i", "f": {"household_no": device_id}, "h": clock.now()},
        {"t": "visit_record", "id": str(uuid.uuid4()), "op": "i", "f": visit, "h": clock.now()},
    ]
    body = {
        "device_id": device_id,
        "batch_id": str(uuid.uuid4()),
        "user": "u",
        "township": township,
        "changes": changes,
        "cursor": 0,
        "hlc": clock.now(),
    }
    return json.dumps(body, ensure_ascii=False).encode("utf-8")


@pytest.mark.slow
def test_pushes_waiting_behind_a_long_push_are_answered_not_500(fresh_postgres_url: str) -> None:
    server = CountyServer(fresh_postgres_url)
    blocker = sa.create_engine(fresh_postgres_url)
    try:
        townships = [f"542525{i:03d}" for i in range(101, 101 + DEVICES)]
        fleet = [(*_enrol(server, t), t) for t in townships]
        bodies = [_batch(device_id, township) for device_id, _token, township in fleet]
        answers: list[tuple[int, str]] = [(0, "")] * DEVICES

        def push(i: int) -> None:
            _device_id, token, _township = fleet[i]
            with httpx.Client(timeout=300, headers={"Authorization": f"Bearer {token}"}) as client:
                r = client.post(
                    f"{server.url}/api/v1/push",
                    content=bodies[i],
                    headers={"Content-Type": "application/json"},
                )
                answers[i] = (r.status_code, r.text[:200])

        with blocker.connect() as conn:
            # a long push in progress: it holds the push lock
            conn.execute(sa.text("SELECT pg_advisory_lock(:k)"), {"k": PUSH_LOCK_KEY})
            threads = [threading.Thread(target=push, args=(i,)) for i in range(DEVICES)]
            for t in threads:
                t.start()
            time.sleep(HOLD_SECONDS)
            conn.execute(sa.text("SELECT pg_advisory_unlock(:k)"), {"k": PUSH_LOCK_KEY})
            conn.commit()
        for t in threads:
            t.join(120)

        failed = [(status, text) for status, text in answers if status != 200]
        assert not failed, f"{len(failed)} of {DEVICES} waiting pushes failed: {failed[:2]}"
        with server.db.session() as s:
            households = s.execute(sa.text("SELECT count(*) FROM household")).scalar_one()
            s.rollback()
        assert households == DEVICES
    finally:
        blocker.dispose()
        server.close()
