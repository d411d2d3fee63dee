"""Shared parts of the sync benchmarks: the fault proxy, servers in threads, realistic visit content, output.

Not a test and not part of the package: ``bench/*.py`` run from a checkout with the dev venv
(``.venv/bin/python bench/sync.py``). The fault proxy lives with the tests (tests/support/faultproxy.py)
and is imported from there, so the benchmark and the end-to-end tests meet the very same weak link.
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results"
for extra in (ROOT / "tests" / "support", ROOT / "src"):
    if str(extra) not in sys.path:
        sys.path.insert(0, str(extra))

from faultproxy import FaultProxy, Faults  # noqa: E402

__all__ = ["FaultProxy", "Faults"]

#: the benchmark's weak link: 40 kbit/s each way, 600 ms round trip, 5 % of exchanges cut
WEAK_LINK = Faults(up_kbps=40.0, down_kbps=40.0, delay=0.3, cut=0.05)

# --- realistic content ---------------------------------------------------------------------------------

#: what grid staff typically write after a home visit (走访记录 findings), combined one to three at a time
FINDINGS = (
    "家中老人身体状况良好",
    "户主外出务工，家属在家",
    "已宣传医保缴费政策",
    "已宣传养老保险政策",
    "了解到家中有慢性病患者，需定期随访",
    "房屋安全无隐患",
    "冬季取暖设施检查正常",
    "牲畜饲养情况良好，草场无纠纷",
    "反映村道路面破损，已记录上报",
    "子女上学正常，无辍学情况",
    "家庭收入稳定，无返贫风险",
    "邻里关系和睦，无矛盾纠纷",
    "已调解与邻居的草场边界纠纷",
    "留守儿童由祖父母照看，学习情况一般",
    "残疾人补贴已按时发放",
    "低保待遇已落实",
    "提醒用火用电安全",
    "宣传防范电信诈骗知识",
    "饮水安全，自来水入户正常",
    "需协助办理新农合报销",
)
VISITOR_NAMES = ("扎西", "卓玛", "次仁", "央金", "格桑", "拉姆", "达瓦", "旺堆")


def findings(rng: random.Random) -> str:
    return "；".join(rng.sample(FINDINGS, rng.randint(1, 3))) + "。"


def visit_date(rng: random.Random) -> date:
    return date.today() - timedelta(days=rng.randint(0, 60))


# --- servers and processes -----------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class ServerThread:
    """An ASGI app under uvicorn in a daemon thread on a free 127.0.0.1 port."""

    def __init__(self, app: Any, *, log_level: str = "warning") -> None:
        import uvicorn

        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)  # see syncworld
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", 0))
        self.port = int(self.sock.getsockname()[1])
        config = uvicorn.Config(app, log_level=log_level, access_log=False, lifespan="on")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [self.sock]}, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def address(self) -> tuple[str, int]:
        return ("127.0.0.1", self.port)

    def __enter__(self) -> ServerThread:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if not self.thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.01)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(10)
        self.sock.close()


@contextlib.contextmanager
def throwaway_postgres() -> Iterator[str]:
    """A private PostgreSQL (SETUP-NOTES: initdb/pg_ctl as the postgres account when root); yields its URL."""
    import glob

    bins = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(Path(p).parts[-3]))
    if not bins:
        raise RuntimeError("PostgreSQL binaries not found (apt-get install postgresql)")
    bindir = Path(bins[-1]).parent
    base = Path(tempfile.mkdtemp(prefix="gov-bench-pg-"))
    as_root = os.geteuid() == 0
    if as_root:
        shutil.chown(base, user="postgres")
    env = {k: v for k, v in os.environ.items() if not k.startswith("PG")} | {"LC_ALL": "C.UTF-8"}

    def run(tool: str, *args: str) -> None:
        cmd = [str(bindir / tool), *args]
        if as_root:
            cmd = ["runuser", "-u", "postgres", "--", *cmd]
        subprocess.run(cmd, cwd=base, env=env, check=True, capture_output=True, timeout=120)

    data = base / "data"
    port = free_port()
    try:
        run("initdb", "-D", str(data), "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-sync")
        opts = f"-c listen_addresses=127.0.0.1 -p {port} -k {base} -c fsync=off -c max_connections=200"
        run("pg_ctl", "-D", str(data), "-l", str(base / "log"), "-w", "-o", opts, "start")
        run("createdb", "-h", "127.0.0.1", "-p", str(port), "-U", "postgres", "bench")
        yield f"postgresql+psycopg://postgres@127.0.0.1:{port}/bench"
    finally:
        if (data / "postmaster.pid").exists():
            with contextlib.suppress(Exception):
                run("pg_ctl", "-D", str(data), "-m", "immediate", "-w", "stop")
        shutil.rmtree(base, ignore_errors=True)


# --- figures -------------------------------------------------------------------------------------------


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    k = (len(ordered) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def print_table(title: str, rows: list[tuple[str, str]]) -> None:
    width = max(len(k) for k, _ in rows)
    print(f"\n{title}")
    print("-" * len(title))
    for key, value in rows:
        print(f"  {key.ljust(width)}  {value}")


def write_results(name: str, data: dict[str, Any]) -> Path:
    RESULTS.mkdir(parents=True, exist_ok=True)
    path = RESULTS / f"{name}.json"
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n", encoding="utf-8")
    return path
