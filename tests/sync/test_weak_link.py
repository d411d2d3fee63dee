"""Several devices editing overlapping records, syncing through a link that cuts connections mid-request and
mid-response and answers 502: afterwards every device and the server hold identical data, no change is lost
or applied twice, and every concurrent same-field loss is in the conflict log."""

from __future__ import annotations

import json
import os
import random
import sys
from collections import Counter
from pathlib import Path

from sqlalchemy import select

from gov_desktop.core.models import ConflictEntry, Household, VisitRecord
from gov_desktop.sync.engine import BatchSizer
from gov_desktop.sync.errors import Offline, ServerError

from .conftest import add_household, add_visits, engine_for_store
from .test_live import server_rows, store_rows

SUPPORT = Path(__file__).resolve().parents[1] / "support"


def sync_until_done(store, attempts: int = 40) -> int:
    """Run sync until a run succeeds (the link keeps failing some requests); returns the failed runs."""
    failures = 0
    for _ in range(attempts):
        engine = engine_for_store(
            store, max_attempts=3, pull_limit=8, sizer=BatchSizer(cap=1024, minimum=512)
        )
        engine.transport.timeout = (1.0, 1.0)
        try:
            engine.run()
            return failures
        except (Offline, ServerError):
            failures += 1
        finally:
            engine.transport.close()
    raise AssertionError(f"no successful run in {attempts} attempts")


def test_devices_converge_through_a_faulty_link(live_server, make_store):
    if str(SUPPORT) not in sys.path:
        sys.path.insert(0, str(SUPPORT))
    from faultproxy import FaultProxy, Faults

    seed = int(os.environ.get("GD_WEAK_LINK_SEED", "20240315"))  # other seeds: run it again with more faults
    rng = random.Random(seed)
    port = int(live_server.url.rsplit(":", 1)[1])
    with FaultProxy(("127.0.0.1", port), seed=seed) as proxy:
        devices = [make_store(f"d{i}") for i in range(3)]
        for store in devices:
            live_server.enroll_store(store, url=proxy.url)
        households = [add_household(devices[0], f"H-{i:03d}", address="初始") for i in range(6)]
        for store in devices:
            sync_until_done(store)

        proxy.set(**vars(Faults(cut=0.3, bad_gateway=0.1, stall=0.02, stall_hold=2.0)))
        visits_made = 0
        # (household, field) -> [(stamp, device, value)] of every write
        written: dict[tuple[str, str], list[tuple[str, str, str]]] = {}
        failures = 0
        for round_no in range(3):
            for d, store in enumerate(devices):
                for _ in range(rng.randint(2, 5)):
                    hid = rng.choice(households)
                    field = rng.choice(["address", "phone", "note"])
                    value = f"d{d}-r{round_no}-{rng.randint(0, 999)}"
                    if field == "phone":
                        value = f"139{rng.randint(0, 99_999_999):08d}"
                    with store.session(f"user{d}") as s:
                        row = s.get(Household, hid)
                        setattr(row, field, value)
                        s.flush()
                        stamp = row.hlc
                    written.setdefault((hid, field), []).append((stamp, store.device_id, value))
                made = rng.randint(0, 15)
                add_visits(store, rng.choice(households), made, user=f"user{d}")
                visits_made += made
            for store in rng.sample(devices, len(devices)):
                failures += sync_until_done(store)
        proxy.set(cut=0.0, bad_gateway=0.0, stall=0.0)
        for _ in range(2):
            for store in devices:
                sync_until_done(store)
        stats = proxy.stats()

    assert stats["cuts"] > 3 and stats["bad_gateways"] > 0, (stats, failures)
    rows = store_rows(devices[0])
    for store in devices[1:]:
        assert store_rows(store) == rows
    assert server_rows(live_server) == rows

    # nothing lost: every visit made arrived once; every field holds the last value some device wrote
    assert sum(1 for t, _ in rows if t == "visit_record") == visits_made
    with devices[0].reader() as s:
        final = {h.id: h for h in s.execute(select(Household)).scalars()}
        conflicts = list(s.execute(select(ConflictEntry)).scalars())
        assert len(s.execute(select(VisitRecord)).scalars().all()) == visits_made
    logged = Counter((c.row_id, c.field, json.loads(c.loser_value)) for c in conflicts)
    assert logged and all(count == 1 for count in logged.values()), logged
    all_values = {(hid, field, v) for (hid, field), writes in written.items() for _, _, v in writes}
    for row_id, field, lost in logged:
        assert (row_id, field, lost) in all_values  # a loser is a value some device really wrote
    for (hid, field), writes in written.items():
        # last writer wins: the final value is the write with the newest stamp
        assert getattr(final[hid], field) == max(writes)[2]

    # nothing applied twice: the server's change log holds each (row, stamp) once
    from gov_desktop.server.tables import ChangeLog

    with live_server.db.session() as s:
        entries = [(e.tbl, e.row_id, e.hlc, e.fields) for e in s.execute(select(ChangeLog)).scalars()]
        s.rollback()
    duplicates = [k for k, n in Counter(entries).items() if n > 1]
    assert duplicates == []
