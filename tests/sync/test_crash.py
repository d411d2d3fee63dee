"""SIGKILL of the client in the middle of a sync run (a batch stored but not sent; sent and applied but not
acknowledged; a page applied but not committed): after a restart, the next run finishes the job — same
data everywhere, nothing lost, nothing applied twice."""

from __future__ import annotations

import signal
import subprocess
import sys
import textwrap
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import select

from gov_desktop.core.models import Household

from .conftest import add_household, add_visits, engine_for_store
from .test_live import server_rows, store_rows

ROOT = Path(__file__).resolve().parents[2]

KILL_POINTS = {
    # the batch is stored with its body, then the process dies before sending it
    "stored": """
        original = E.BatchPlanner.form
        def form(self, *a, **k):
            batch = original(self, *a, **k)
            if batch is not None:
                die()
            return batch
        E.BatchPlanner.form = form
    """,
    # the server applied the batch; the answer never got recorded
    "unacked": """
        E.acknowledge = lambda store, response: die()
    """,
    # a pull page merged inside its transaction, killed before the commit
    "page": """
        original = E.apply_page
        E.apply_page = lambda store, page: original(store, page, before_commit=die)
    """,
}


def run_and_die(store_path: Path, keyring_file: str, point: str) -> subprocess.CompletedProcess[bytes]:
    script = (
        textwrap.dedent(
            f"""
        import os, signal, sys
        sys.path.insert(0, {str(ROOT / "src")!r})
        import keyring
        from keyrings.alt.file import PlaintextKeyring
        backend = PlaintextKeyring()
        backend.file_path = {keyring_file!r}
        keyring.set_keyring(backend)
        from gov_desktop.store.engine import open_store
        import gov_desktop.sync.engine as E

        def die(*_a, **_k):
            os.kill(os.getpid(), signal.SIGKILL)
        """
        )
        + textwrap.dedent(KILL_POINTS[point])
        + textwrap.dedent(
            f"""
        store = open_store({str(store_path)!r}, key=None)
        E.SyncEngine.for_store(store).run()
        print("finished without being killed")
        """
        )
    )
    return subprocess.run([sys.executable, "-c", script], capture_output=True, timeout=120, check=False)


@pytest.mark.parametrize("point", list(KILL_POINTS))
def test_killed_mid_run_then_restarted(point, live_server, make_store, file_keyring):
    a, b = make_store("a"), make_store("b")
    live_server.enroll_store(a)
    live_server.enroll_store(b)
    hid = add_household(a, "H-1")
    for store in (a, b):
        engine_for_store(store).run()
    add_visits(a, hid, 12)
    with a.session("alice") as s:
        s.get(Household, hid).address = "崩溃前写的"
    if point == "page":  # give a something to pull
        add_household(b, "H-B")
        engine_for_store(b).run()
    path = a.path
    a.close()

    proc = run_and_die(path, file_keyring.file_path, point)
    assert proc.returncode == -signal.SIGKILL, proc.stdout.decode() + proc.stderr.decode()

    a = make_store("a")
    report = engine_for_store(a).run()
    assert report.up_to_date
    engine_for_store(b).run()
    rows = server_rows(live_server)
    assert store_rows(a) == store_rows(b) == rows
    assert sum(1 for t, _ in rows if t == "visit_record") == 12
    from gov_desktop.server.tables import ChangeLog

    with live_server.db.session() as s:
        log = [(e.tbl, e.row_id, e.hlc, e.fields) for e in s.execute(select(ChangeLog)).scalars()]
        s.rollback()
    assert [k for k, n in Counter(log).items() if n > 1] == []
