"""The baseline the sync protocol must beat: one HTTP request per record, uncompressed JSON.

The naive design is what a first REST version would do: ``POST /records/visit_record`` with the whole row
as JSON for each new visit, ``PUT /records/{table}/{id}`` with the whole row for each edit, a bearer token
on every request, keep-alive connections (requests' default), retry a failed request after a short pause.
It runs the same workload as bench/sync.py (1,000 new visits, 200 one-field edits, same content and seed)
through the same fault proxy (40 kbit/s each way, 600 ms round trip, 5 % of exchanges cut).

    .venv/bin/python bench/naive_sync.py [--quick] [--visits N] [--edits N] [--seed N]

Prints a table and writes bench/results/naive_sync.json. bench/sync.py runs it too and puts both side by side.
"""

from __future__ import annotations

import argparse
import json
import random
import secrets
import sqlite3
import sys
import tempfile
import threading
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fastapi import FastAPI, Header, HTTPException, Request

from harness import (
    VISITOR_NAMES,
    WEAK_LINK,
    FaultProxy,
    Faults,
    ServerThread,
    findings,
    print_table,
    visit_date,
    write_results,
)

TOKEN = secrets.token_urlsafe(32)  # the same length as the real device tokens
TOWNSHIP = "540102001"


def naive_app(db_path: Path) -> Any:
    """A minimal REST server: stores each record as JSON text, one row per record."""
    app = FastAPI()
    lock = threading.Lock()
    conn = sqlite3.connect(db_path, check_same_thread=False)
    conn.execute("CREATE TABLE IF NOT EXISTS record (tbl TEXT, id TEXT, body TEXT, PRIMARY KEY (tbl, id))")

    def check(authorization: str | None) -> None:
        if authorization != f"Bearer {TOKEN}":
            raise HTTPException(401, "bad token")

    @app.post("/records/{table}")
    async def create(
        table: str, request: Request, authorization: str | None = Header(None)
    ) -> dict[str, Any]:
        check(authorization)
        row = await request.json()
        with lock, conn:
            conn.execute(
                "INSERT OR REPLACE INTO record VALUES (?, ?, ?)",
                (table, row["id"], json.dumps(row, ensure_ascii=False)),
            )
        return {"ok": True, "id": row["id"]}

    @app.put("/records/{table}/{row_id}")
    async def replace(
        table: str, row_id: str, request: Request, authorization: str | None = Header(None)
    ) -> dict[str, Any]:
        check(authorization)
        row = await request.json()
        with lock, conn:
            conn.execute(
                "INSERT OR REPLACE INTO record VALUES (?, ?, ?)",
                (table, row_id, json.dumps(row, ensure_ascii=False)),
            )
        return {"ok": True, "id": row_id}

    app.state.count = lambda: conn.execute("SELECT count(*) FROM record").fetchone()[0]
    return app


def _stamp(rng: random.Random) -> str:
    return f"{int(time.time() * 1000):015d}-{rng.randint(0, 9):05d}-{'a1b2c3d4e5f60718'}"


def naive_rows(
    visits: int, edits: int, seed: int
) -> tuple[list[dict[str, Any]], list[tuple[str, dict[str, Any]]]]:
    """The workload as whole rows: new visits, then the rows after their one-field edits."""
    rng = random.Random(seed)
    now = time.strftime("%Y-%m-%d %H:%M:%S.000000", time.gmtime())
    households = [str(uuid.uuid4()) for _ in range(100)]
    household_rows = {
        h: {
            "id": h,
            "township_code": TOWNSHIP,
            "created_at": now,
            "updated_at": now,
            "updated_by": "zhaxi",
            "hlc": _stamp(rng),
            "deleted": False,
            "household_no": f"5401020010{i:04d}",
            "address": f"第{i % 9 + 1}组{i}号",
            "village_id": None,
            "grid_id": None,
            "head_person_id": None,
            "joint_group_id": None,
            "flags": "",
            "phone": f"139{rng.randint(10_000_000, 99_999_999)}",
            "note": "",
        }
        for i, h in enumerate(households)
    }
    new_visits = []
    for _ in range(visits):
        needs = rng.random() < 0.3
        new_visits.append(
            {
                "id": str(uuid.uuid4()),
                "township_code": TOWNSHIP,
                "created_at": now,
                "updated_at": now,
                "updated_by": "zhaxi",
                "hlc": _stamp(rng),
                "deleted": False,
                "household_id": rng.choice(households),
                "visitor_id": None,
                "visitor_name": rng.choice(VISITOR_NAMES),
                "visit_date": visit_date(rng).isoformat(),
                "kind": rng.choice(["routine", "policy", "safety", "assistance"]),
                "findings": findings(rng),
                "follow_up_needed": needs,
                "follow_up_by": "",
                "follow_up_done": False,
            }
        )
    changed: list[tuple[str, dict[str, Any]]] = []
    follow = [v for v in new_visits if v["follow_up_needed"]]
    for i in range(edits):
        if i % 2 == 0 and follow:
            row = dict(follow.pop())
            row["follow_up_done"] = True
            changed.append(("visit_record", row))
        else:
            row = dict(household_rows[households[i % len(households)]])
            row["phone"] = f"138{rng.randint(10_000_000, 99_999_999)}"
            changed.append(("household", row))
        row["hlc"], row["updated_at"] = _stamp(rng), now
    return new_visits, changed


@dataclass
class NaiveResult:
    seconds: float
    requests: int
    retries: int
    bytes_up: int
    bytes_down: int


def _send(session: Any, method: str, url: str, row: dict[str, Any]) -> int:
    """One request per record, retried until it gets a 2xx; returns the number of retries."""
    import requests

    retries = 0
    while True:
        try:
            r = session.request(
                method, url, json=row, headers={"Authorization": f"Bearer {TOKEN}"}, timeout=(10, 30)
            )
            if r.status_code < 300:
                return retries
        except requests.exceptions.RequestException:
            pass
        retries += 1
        time.sleep(0.2)


def run_naive(
    *, visits: int, edits: int, seed: int, faults: Faults = WEAK_LINK, proxy_seed: int = 1
) -> dict[str, Any]:
    import requests

    new_visits, changed = naive_rows(visits, edits, seed)
    with tempfile.TemporaryDirectory() as tmp:
        app = naive_app(Path(tmp) / "naive.db")
        with (
            ServerThread(app, log_level="critical") as server,
            FaultProxy(server.address, seed=proxy_seed, faults=faults) as proxy,
        ):
            phases: dict[str, dict[str, Any]] = {}
            with requests.Session() as session:
                for phase, items in (
                    ("visits", [("POST", f"{proxy.url}/records/visit_record", row) for row in new_visits]),
                    (
                        "edits",
                        [("PUT", f"{proxy.url}/records/{table}/{row['id']}", row) for table, row in changed],
                    ),
                ):
                    proxy.reset_counters()
                    t0 = time.monotonic()
                    retries = sum(_send(session, m, url, row) for m, url, row in items)
                    seconds = time.monotonic() - t0
                    c = proxy.counters
                    phases[phase] = {
                        "changes": len(items),
                        "seconds": round(seconds, 2),
                        "requests": c.requests,
                        "retries": retries,
                        "cuts": c.cuts,
                        "bytes_up": c.bytes_up,
                        "bytes_down": c.bytes_down,
                        "head_bytes_up": c.head_bytes_up,
                        "head_bytes_down": c.head_bytes_down,
                        "bytes_per_change": round(c.bytes_total / max(1, len(items)), 1),
                        "head_bytes_per_request": round(
                            (c.head_bytes_up + c.head_bytes_down) / max(1, c.requests), 1
                        ),
                    }
            stored = app.state.count()
    rate = (faults.up_kbps or 1e9) * 1000 / 8
    total_bytes = sum(p["bytes_up"] + p["bytes_down"] for p in phases.values())
    total_seconds = sum(p["seconds"] for p in phases.values())
    return {
        "design": "naive: one HTTP request per record, whole row as uncompressed JSON",
        "visits": visits,
        "edits": edits,
        "phases": phases,
        "total_seconds": round(total_seconds, 2),
        "total_bytes": total_bytes,
        "bandwidth_bound_seconds": round(total_bytes / rate, 2),
        "time_over_bound": round(total_seconds / (total_bytes / rate), 2),
        "stored_records": stored,
    }


def report(result: dict[str, Any]) -> None:
    rows: list[tuple[str, str]] = []
    for phase, p in result["phases"].items():
        rows += [
            (f"{phase}: changes / requests / retries", f"{p['changes']} / {p['requests']} / {p['retries']}"),
            (f"{phase}: time", f"{p['seconds']:.1f} s"),
            (f"{phase}: bytes up / down", f"{p['bytes_up']:,} / {p['bytes_down']:,}"),
            (f"{phase}: bytes per change (both ways)", f"{p['bytes_per_change']:.0f} B"),
            (f"{phase}: HTTP head bytes per request", f"{p['head_bytes_per_request']:.0f} B"),
        ]
    rows += [
        ("total time", f"{result['total_seconds']:.1f} s"),
        ("bandwidth bound (all bytes / 40 kbit/s)", f"{result['bandwidth_bound_seconds']:.1f} s"),
        ("time / bound", f"{result['time_over_bound']:.2f}"),
    ]
    print_table(f"naive baseline: {result['visits']} new visits + {result['edits']} edits", rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="100 visits + 20 edits")
    parser.add_argument("--visits", type=int, default=1000)
    parser.add_argument("--edits", type=int, default=200)
    parser.add_argument("--seed", type=int, default=20240601)
    args = parser.parse_args(argv)
    if args.quick:
        args.visits, args.edits = 100, 20
    result = run_naive(visits=args.visits, edits=args.edits, seed=args.seed)
    report(result)
    path = write_results("naive_sync", result)
    print(f"\nwritten to {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
