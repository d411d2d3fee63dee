"""SIGKILL the client in the middle of a sync run, again and again, then let it finish: the end state is the
same as one clean run — every change on the server once, every pulled change on the device once, nothing
pending, nothing quarantined.

The client is the real command line (``python -m gov_desktop --data-dir D sync run``) in a subprocess, on a
real encrypted on-disk store (SQLCipher, key in a file keyring under a temporary XDG_DATA_HOME). It talks to
the real county server through the fault proxy, which adds latency and throttles the link so that a run
lasts seconds and a kill lands in the snapshot, a push, an acknowledgement, a pull page or a local commit.
Between kills the test edits the store (new visits, edits of rows already sent) like a user would.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from faultproxy import FaultProxy, Faults
from sqlalchemy import select
from syncworld import (
    TOWNSHIP_A,
    CountyServer,
    enrol_device,
    rows_in,
    server_rows,
    sync_until_quiet,
)

from gov_desktop.core.models import Household, VisitRecord
from gov_desktop.server.tables import ChangeLog, PushBatch
from gov_desktop.store.engine import Store, open_store
from gov_desktop.store.tables import OutboxEntry, QuarantineEntry, SyncBatch
from gov_desktop.sync.apply import read_cursor

FINDINGS = (
    "家中老人身体状况良好",
    "已宣传医保缴费政策",
    "房屋安全无隐患",
    "反映村道路面破损",
    "邻里关系和睦",
)


def _cli(data_dir: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "gov_desktop", "--data-dir", str(data_dir), *args]


def _env() -> dict[str, str]:
    # the file keyring under the test's XDG_DATA_HOME (tests/conftest.py): the subprocess finds the store key
    # and the device token where this process put them
    env = dict(os.environ)
    env["PYTHON_KEYRING_BACKEND"] = "keyrings.alt.file.PlaintextKeyring"
    env.pop("QT_QPA_PLATFORM", None)
    return env


def _add_visits(store: Store, households: list[str], n: int, rng: random.Random) -> None:
    with store.session("u-field") as s:
        for _ in range(n):
            s.add(
                VisitRecord(
                    township_code=TOWNSHIP_A,
                    household_id=rng.choice(households),
                    visit_date=date.today() - timedelta(days=rng.randint(0, 40)),
                    visitor_name="扎西",
                    findings="；".join(rng.sample(FINDINGS, 2)) + f"（{rng.randint(1, 9999)}）",
                    follow_up_needed=rng.random() < 0.3,
                )
            )


def _edit_visits(store: Store, households: list[str], n: int, rng: random.Random) -> None:
    """Edit ``n`` of the visits to ``households`` (each device edits its own: no conflicts to reason about)."""
    with store.session("u-field") as s:
        ids = list(
            s.execute(select(VisitRecord.id).where(VisitRecord.household_id.in_(households))).scalars()
        )
        for row_id in rng.sample(ids, min(n, len(ids))):
            visit = s.get(VisitRecord, row_id)
            visit.findings = f"复访：{rng.choice(FINDINGS)}（{rng.randint(1, 9999)}）"
            visit.follow_up_done = rng.random() < 0.5


def _run_and_kill(data_dir: Path, proxy: FaultProxy, kill: tuple[str, float] | None) -> tuple[int, str]:
    """Start ``sync run``; with ``kill=(path, delay)`` SIGKILL it ``delay`` seconds after its first request to
    a path containing ``path`` reached the proxy (if none comes, it may finish). None: let it finish.
    Returns (return code, output)."""
    seen = len(proxy.exchanges)
    proc = subprocess.Popen(
        _cli(data_dir, "sync", "run"),
        env=_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        if kill is not None:
            path, delay = kill
            deadline = time.monotonic() + 60
            while proc.poll() is None and time.monotonic() < deadline:
                if any(path in e.target for e in proxy.exchanges[seen:]):
                    break
                time.sleep(0.005)
            time.sleep(delay)
            if proc.poll() is None:
                proc.send_signal(signal.SIGKILL)
        out, _ = proc.communicate(timeout=300)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    return proc.returncode, out


def _progress(data_dir: Path) -> tuple[int, int]:
    """(changes not yet acknowledged, pull cursor) of the client's store."""
    store = open_store(data_dir / "gov.db")
    try:
        with store.reader() as s:
            pending = len(s.execute(select(OutboxEntry.seq).where(OutboxEntry.acked == False)).all())
            return pending, read_cursor(s) or 0
    finally:
        store.close()


#: where each run is killed: after the first request to this path, plus a random delay in this range (s);
#: the push runs are long (upload, server work, then the pull page in the answer is applied locally)
KILLS = (
    ("/snapshot", (0.0, 0.8)),
    ("/push", (0.0, 0.6)),
    ("/push", (0.3, 1.5)),
    ("/push", (0.5, 2.5)),
    ("/api", (0.0, 2.0)),
    ("/push", (0.0, 1.0)),
)


def test_sigkill_at_random_points_loses_and_doubles_nothing(tmp_path: Path) -> None:
    rng = random.Random(20240611)
    server = CountyServer(f"sqlite:///{tmp_path / 'server' / 'server.db'}")
    # 50 ms each way, 300 kbit/s: a run of this size lasts a few seconds, and the link keeps cutting a few
    proxy = FaultProxy(
        server.address, seed=5, faults=Faults(delay=0.05, up_kbps=300, down_kbps=300, cut=0.05)
    ).start()
    data_dir = tmp_path / "client"
    other = None
    try:
        # enrol through the real command line: it makes the encrypted store and puts the token in the keyring
        code = server.code(TOWNSHIP_A)
        enrolled = subprocess.run(
            _cli(data_dir, "sync", "enroll", proxy.url, code),
            env=_env(),
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert enrolled.returncode == 0, enrolled.stdout + enrolled.stderr
        store = open_store(data_dir / "gov.db")  # key from the keyring: a real SQLCipher store
        assert store.encrypted
        with store.session("u-field") as s:
            households = [Household(township_code=TOWNSHIP_A, household_no=f"K-{i:04d}") for i in range(40)]
            s.add_all(households)
        household_ids = [h.id for h in households]
        _add_visits(store, household_ids, 500, rng)
        store.close()

        # another device of the township has work the killed client must pull (a snapshot, then pages)
        other = enrol_device(server, tmp_path / "other.db", "other", url=server.url, township=TOWNSHIP_A)
        with other.store.session("u-other") as s:
            theirs = [Household(township_code=TOWNSHIP_A, household_no=f"O-{i:04d}") for i in range(20)]
            s.add_all(theirs)
        their_ids = [h.id for h in theirs]
        _add_visits(other.store, their_ids, 300, rng)
        assert sync_until_quiet([other]) >= 1

        history: list[tuple[str, float, int, tuple[int, int]]] = []
        for path, (low, high) in KILLS:
            delay = rng.uniform(low, high)
            rc, out = _run_and_kill(data_dir, proxy, (path, delay))
            assert rc in (0, -signal.SIGKILL), out
            history.append((path, round(delay, 2), rc, _progress(data_dir)))
            # the user keeps working between runs, and so does the other device
            store = open_store(data_dir / "gov.db")
            try:
                _add_visits(store, household_ids, rng.randint(80, 200), rng)
                _edit_visits(store, household_ids, rng.randint(0, 40), rng)
            finally:
                store.close()
            _add_visits(other.store, their_ids, rng.randint(0, 60), rng)
            _edit_visits(other.store, their_ids, rng.randint(0, 20), rng)
            assert sync_until_quiet([other]) >= 1
        kills = [h for h in history if h[2] == -signal.SIGKILL]
        assert len(kills) >= 4, f"too few runs were killed mid-way: {history}"

        proxy.set(cut=0.0)
        rc, out = _run_and_kill(data_dir, proxy, None)
        assert rc == 0 and "已是最新" in out, out
        assert sync_until_quiet([other]) >= 1  # it pulls what the client pushed last
        rc, out = _run_and_kill(data_dir, proxy, None)
        assert rc == 0 and "已是最新" in out, out

        store = open_store(data_dir / "gov.db")
        try:
            _check_end_state(server, store, other.store)
        finally:
            store.close()
        print(f"runs (kill after, delay s, rc, (pending, cursor) after): {history}")
    finally:
        proxy.stop()
        if other is not None:
            other.store.close()
        server.close()


def _head(server: CountyServer) -> int:
    from gov_desktop.server.service import head_seq

    with server.db.session() as s:
        try:
            return head_seq(s)
        finally:
            s.rollback()


def _check_end_state(server: CountyServer, store: Store, other: Store) -> None:
    with store.reader() as s:
        assert not s.execute(select(OutboxEntry).where(OutboxEntry.acked == False)).first(), "changes pending"
        assert not s.execute(select(QuarantineEntry)).first(), "changes quarantined"
        assert set(s.execute(select(SyncBatch.state)).scalars()) <= {"acked"}
        assert read_cursor(s) == _head(server)
        outbox = list(s.execute(select(OutboxEntry)).scalars())
        mine = rows_in(s, scope=None, derived=False)
    with other.reader() as s:
        theirs = rows_in(s, scope=None, derived=False)
        their_outbox = list(s.execute(select(OutboxEntry)).scalars())
    on_server = server_rows(server)

    # the device, the other device and the server hold the same rows, every column equal
    assert mine.keys() == on_server.keys(), (
        f"device lacks {len(on_server.keys() - mine.keys())}, has {len(mine.keys() - on_server.keys())} extra"
    )
    assert mine == on_server
    assert theirs == on_server

    # every row was inserted exactly once, and each field holds its last local write (nothing lost)
    inserts = Counter((e.tbl, e.row_id) for e in outbox + their_outbox if e.op == "insert")
    assert set(inserts) == set(on_server), "rows on the server that no device inserted, or inserts lost"
    assert max(inserts.values()) == 1
    last: dict[tuple[str, str, str], tuple[str, Any]] = {}
    for e in outbox + their_outbox:
        for name, value in json.loads(e.changes).items():
            key = (e.tbl, e.row_id, name)
            if key not in last or e.hlc > last[key][0]:
                last[key] = (e.hlc, value)
    for (table, row_id, name), (_hlc, value) in last.items():
        if name in ("updated_at", "updated_by", "created_at"):
            continue
        held = on_server[(table, row_id)][name]
        assert held == value or (isinstance(held, bool) and held == bool(value)), (
            table,
            row_id,
            name,
            held,
            value,
        )

    # the server applied every change once and stored one answer per batch
    with server.db.session() as s:
        log = s.execute(select(ChangeLog.tbl, ChangeLog.row_id, ChangeLog.op)).all()
        batches = s.execute(select(PushBatch.batch_id)).scalars().all()
        s.rollback()
    logged_inserts = Counter((t, r) for t, r, op in log if op == "insert")
    assert max(logged_inserts.values()) == 1, "an insert was applied twice"
    assert len(batches) == len(set(batches))
