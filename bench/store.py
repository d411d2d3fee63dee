"""Local store benchmark: search latency on 100,000 persons, insert throughput with change capture, size, RSS.

    .venv/bin/python bench/store.py [--households 26000] [--queries 300] [--plain] [--work DIR] [--seed N]

Builds the demo county scaled up (26,000 households ≈ 100,000 persons) into an encrypted store (SQLCipher,
key in a throwaway file keyring under the work directory; ``--plain`` for plain SQLite), then measures:

* search latency, p50 and p95, of ``store.search.search_persons`` per kind of query (Chinese name substring,
  pinyin initials, full pinyin, ID-number prefix, household number, phone), each over ``--queries`` queries
  drawn from the register itself, after a warm-up, each call opening its own read session as the UI does;
* person inserts per second through the use cases (``register_person``) with change capture on: one
  transaction per person (the hall's form), 500 persons per transaction one by one (``register_person_in``)
  and 500 per call of the bulk use case (``register_persons``: the same checks and capture, one Core
  executemany); beside them the time of the smallest write transaction, which bounds the first:
  with ``synchronous = FULL`` every commit waits for the disk;
* database size and the process's peak RSS.

``--work DIR`` keeps the database (and its keyring) there and reuses it on the next run. Prints a table and
writes bench/results/store.json. Targets: search p95 ≤ 30 ms for every kind; ≥ 2,000 person inserts/s
(batched, by either batched path: one transaction per person cannot reach it where a commit waits ~5 ms
for the disk).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import resource
import shutil
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results"
if str(ROOT / "src") not in sys.path:
    sys.path.insert(0, str(ROOT / "src"))

SEARCH_TARGET_MS = 30.0
INSERT_TARGET = 2000.0
KINDS = ("name", "initials", "pinyin", "id_number", "household_no", "phone")
KIND_LABELS = {
    "name": "姓名片段 name substring",
    "initials": "拼音首字母 initials",
    "pinyin": "全拼 full pinyin",
    "id_number": "身份证号前缀 ID prefix",
    "household_no": "户号 household no",
    "phone": "电话 phone",
}


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    k = (len(ordered) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def use_private_keyring(work: Path) -> None:
    """A plaintext file keyring under the work dir: the benchmark never touches the desktop's keyring."""
    os.environ["PYTHON_KEYRING_BACKEND"] = "keyrings.alt.file.PlaintextKeyring"
    os.environ["XDG_DATA_HOME"] = str(work / "keyring")


def build(db: Path, households: int, seed: int, encrypted: bool) -> float:
    from gov_desktop.store.demo import DemoConfig, build_demo

    print(
        f"building the demo county with {households} households ({'encrypted' if encrypted else 'plain'}) …"
    )
    summary = build_demo(
        db, DemoConfig.for_households(households, seed=seed), key="keyring" if encrypted else None
    )
    print(f"  built in {summary.seconds:.1f} s: {summary.rows['person']} persons")
    return summary.seconds


def draw_queries(store: Any, rng: random.Random, n: int) -> dict[str, list[str]]:
    """Realistic queries of every kind, drawn from the register."""
    with store.engine.connect() as conn:
        people = conn.exec_driver_sql(
            "SELECT p.name, p.name_initials, p.name_pinyin, p.id_number, p.phone, h.household_no "
            "FROM person p JOIN household h ON h.id = p.household_id "
            "WHERE p.deleted = 0 AND p.status = 'active' ORDER BY p.id"
        ).all()
    sample = rng.sample(people, min(len(people), n * 4))
    queries: dict[str, list[str]] = {kind: [] for kind in KINDS}
    for name, initials, pinyin, id_number, phone, household_no in sample:
        if len(queries["name"]) < n and name:
            # a substring typed at the hall: one character to the whole name, two or more most often
            length = rng.choice([1] + [k for k in range(2, len(name) + 1)] * 2) if len(name) > 1 else 1
            start = rng.randrange(0, len(name) - length + 1)
            queries["name"].append(name[start : start + length])
        if len(queries["initials"]) < n and len(initials) >= 2:
            queries["initials"].append(initials[: rng.randint(2, len(initials))])
        if len(queries["pinyin"]) < n and len(pinyin) >= 3:
            queries["pinyin"].append(pinyin[: rng.randint(3, len(pinyin))])
        if len(queries["id_number"]) < n:
            queries["id_number"].append(id_number if rng.random() < 0.5 else id_number[: rng.randint(10, 17)])
        if len(queries["household_no"]) < n:
            queries["household_no"].append(household_no if rng.random() < 0.7 else household_no[:-2])
        if len(queries["phone"]) < n and phone:
            queries["phone"].append(phone if rng.random() < 0.7 else phone[:7])
    return queries


def time_searches(store: Any, queries: dict[str, list[str]]) -> dict[str, dict[str, float]]:
    from gov_desktop.store.search import search_persons

    for kind in KINDS:  # warm-up: the page cache, pypinyin's dictionaries, SQLAlchemy's statement cache
        for q in queries[kind][:20]:
            search_persons(store, q)
    figures: dict[str, dict[str, float]] = {}
    for kind in KINDS:
        times: list[float] = []
        found = 0
        for q in queries[kind]:
            started = time.perf_counter()
            hits = search_persons(store, q)
            times.append((time.perf_counter() - started) * 1000)
            found += bool(hits)
        figures[kind] = {
            "queries": len(times),
            "p50_ms": round(statistics.median(times), 2),
            "p95_ms": round(percentile(times, 0.95), 2),
            "max_ms": round(max(times), 2),
            "found_share": round(found / len(times), 3),
        }
    return figures


def time_inserts(
    store: Any, rng: random.Random, per_call: int, batched: int, store_layer: int = 2000
) -> dict[str, Any]:
    """Persons registered through the use cases, capture on: one transaction each, then 500 per unit."""
    from gov_desktop.core.enums import Gender, Role
    from gov_desktop.core.validation import make_id_number
    from gov_desktop.store.actor import Actor
    from gov_desktop.store.usecases._common import unit_of_work
    from gov_desktop.store.usecases.register import (
        PersonInput,
        register_person,
        register_person_in,
        register_persons,
    )

    with store.engine.connect() as conn:
        township, household_ids = None, []
        rows = conn.exec_driver_sql(
            "SELECT township_code, id FROM household WHERE deleted = 0 ORDER BY id LIMIT 400"
        ).all()
        township = rows[0][0]
        household_ids = [hid for tc, hid in rows if tc == township]
        outbox_before = conn.exec_driver_sql("SELECT count(*) FROM outbox").scalar_one()
    actor = Actor(username="bench", role=Role.TOWNSHIP_ADMIN, township_code=township, display_name="基准")
    with store.engine.connect() as conn:  # a reused database holds the numbers of earlier runs
        taken = {
            number
            for (number,) in conn.exec_driver_sql(
                "SELECT id_number FROM person WHERE id_number LIKE '542598%'"
            )
        }
    serial = iter(range(10**7))

    def person() -> PersonInput:
        # region 542598 is not used by the demo: no clash with a registered number; n → a unique number
        while True:
            n = next(serial)
            gender = Gender.MALE if n % 2 else Gender.FEMALE
            birth = date(1931, 1, 1) + timedelta(days=n // 400)
            number = make_id_number("542598", birth, (n % 400) * 2 + (n % 2), gender)
            if number not in taken:
                taken.add(number)
                return PersonInput(name=rng.choice(("卓玛次仁", "扎西", "王晓华", "央金")), id_number=number)

    # what a transaction costs at all: the smallest write (a store_meta value, no capture) and its commit;
    # with synchronous=FULL every commit waits for the disk, which bounds one-transaction-per-person inserts
    started = time.perf_counter()
    for i in range(min(per_call, 100)):
        store.set_meta("bench_commit_probe", str(i))
    commit_floor_ms = (time.perf_counter() - started) / min(per_call, 100) * 1000

    started = time.perf_counter()
    for _ in range(per_call):
        register_person(store, actor, rng.choice(household_ids), person())
    single = per_call / (time.perf_counter() - started)

    started = time.perf_counter()
    done = 0
    while done < batched:
        with unit_of_work(store, actor) as unit:
            for _ in range(min(500, batched - done)):
                register_person_in(unit.session, actor, rng.choice(household_ids), person())
                done += 1
    batch = batched / (time.perf_counter() - started)

    # the bulk use case: 500 persons per call (and transaction), one Core executemany, same checks and capture
    started = time.perf_counter()
    done = 0
    while done < batched:
        size = min(500, batched - done)
        register_persons(store, actor, [(rng.choice(household_ids), person()) for _ in range(size)])
        done += size
    bulk = batched / (time.perf_counter() - started)

    # the store layer alone: ORM rows through a capturing session, no use-case checks (for comparison)
    from gov_desktop.core.models import Person

    started = time.perf_counter()
    with store.session("bench") as session:
        for _ in range(store_layer):
            data = person()
            session.add(
                Person(
                    township_code=township,
                    household_id=rng.choice(household_ids),
                    name=data.name,
                    id_number=data.id_number,
                )
            )
    raw_orm = store_layer / (time.perf_counter() - started)
    with store.engine.connect() as conn:
        captured = conn.exec_driver_sql("SELECT count(*) FROM outbox").scalar_one() - outbox_before
    return {
        "one_per_transaction_per_s": round(single, 1),
        "one_per_transaction_n": per_call,
        "empty_write_transaction_ms": round(commit_floor_ms, 2),
        "transactions_per_s_ceiling": round(1000 / commit_floor_ms, 1),
        "batched_500_per_s": round(batch, 1),
        "batched_n": batched,
        "bulk_500_per_s": round(bulk, 1),
        "bulk_n": batched,
        "store_session_orm_per_s": round(raw_orm, 1),
        "store_session_orm_n": store_layer,
        "outbox_rows_written": captured,
        "path": "usecases.register.register_person / register_person_in / register_persons (capture on)",
    }


def db_size(db: Path) -> int:
    return sum(p.stat().st_size for p in (db, Path(f"{db}-wal")) if p.exists())


def print_table(rows: list[tuple[str, str]]) -> None:
    width = max(len(k) for k, _ in rows)
    for key, value in rows:
        print(f"  {key.ljust(width)}  {value}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--households", type=int, default=26000, help="≈ 3.9 persons each (default 26,000)")
    parser.add_argument("--queries", type=int, default=300, help="queries per kind (default 300)")
    parser.add_argument("--plain", action="store_true", help="plain SQLite instead of SQLCipher")
    parser.add_argument("--work", type=Path, help="keep the database here and reuse it")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--inserts", type=int, default=300, help="one-transaction inserts (default 300)")
    parser.add_argument("--batched", type=int, default=5000, help="batched inserts (default 5,000)")
    args = parser.parse_args(argv)

    work = args.work or Path(tempfile.mkdtemp(prefix="gov-bench-store-"))
    work.mkdir(parents=True, exist_ok=True)
    use_private_keyring(work)
    from gov_desktop.store.engine import open_store

    encrypted = not args.plain
    db = work / ("store.db" if encrypted else "store-plain.db")
    build_seconds = None
    if not db.exists():
        build_seconds = build(db, args.households, args.seed, encrypted)
    store = open_store(db, key="keyring" if encrypted else None)
    rng = random.Random(args.seed)
    try:
        with store.engine.connect() as conn:
            persons = conn.exec_driver_sql("SELECT count(*) FROM person").scalar_one()
        size_before = db_size(db)
        queries = draw_queries(store, rng, args.queries)
        print(f"searching: {args.queries} queries of each kind over {persons} persons …")
        search = time_searches(store, queries)
        print("registering persons through the use cases …")
        inserts = time_inserts(store, rng, args.inserts, args.batched)
    finally:
        store.close()
    peak_rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    results: dict[str, Any] = {
        "when": time.strftime("%Y-%m-%d %H:%M:%S"),
        "machine": {
            "python": platform.python_version(),
            "cpus": os.cpu_count(),
            "platform": platform.platform(),
        },
        "encrypted": encrypted,
        "persons": persons,
        "build_seconds": round(build_seconds, 1) if build_seconds is not None else None,
        "db_bytes": size_before,
        "db_mb": round(size_before / 2**20, 1),
        "peak_rss_mb": round(peak_rss_mb, 1),
        "search": search,
        "search_target_p95_ms": SEARCH_TARGET_MS,
        "search_ok": all(v["p95_ms"] <= SEARCH_TARGET_MS for v in search.values()),
        "inserts": inserts,
        "insert_target_per_s": INSERT_TARGET,
        "insert_ok": max(inserts["batched_500_per_s"], inserts["bulk_500_per_s"]) >= INSERT_TARGET,
    }

    print(f"\nlocal store, {persons} persons, {'SQLCipher' if encrypted else 'plain SQLite'}")
    print("-" * 60)
    rows = [
        (KIND_LABELS[kind], f"p50 {v['p50_ms']:6.2f} ms   p95 {v['p95_ms']:6.2f} ms   (n={v['queries']})")
        for kind, v in search.items()
    ]
    rows += [
        ("插入 inserts, one per transaction", f"{inserts['one_per_transaction_per_s']:8.1f} persons/s"),
        (
            "  (smallest write transaction)",
            f"{inserts['empty_write_transaction_ms']:8.2f} ms = {inserts['transactions_per_s_ceiling']:.0f} tx/s at most",
        ),
        ("插入 inserts, 500 per transaction", f"{inserts['batched_500_per_s']:8.1f} persons/s"),
        ("插入 inserts, bulk use case (500/call)", f"{inserts['bulk_500_per_s']:8.1f} persons/s"),
        ("  (store layer: ORM + capture, 1 tx)", f"{inserts['store_session_orm_per_s']:8.1f} persons/s"),
        ("数据库大小 database size", f"{results['db_mb']:8.1f} MB"),
        ("峰值内存 peak RSS", f"{results['peak_rss_mb']:8.1f} MB"),
    ]
    if build_seconds is not None:
        rows.append(("生成 build time", f"{build_seconds:8.1f} s"))
    print_table(rows)
    verdict = "met" if results["search_ok"] else "MISSED"
    print(f"\n  search p95 ≤ {SEARCH_TARGET_MS:.0f} ms: {verdict}; ", end="")
    print(f"inserts ≥ {INSERT_TARGET:.0f}/s: {'met' if results['insert_ok'] else 'MISSED'}")
    RESULTS.mkdir(parents=True, exist_ok=True)
    out = RESULTS / "store.json"
    out.write_text(json.dumps(results, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"  written to {out.relative_to(ROOT)}")
    if args.work is None:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
