"""Test-wide setup: headless Qt, an isolated home and keyring per test, and a throwaway PostgreSQL.

Fixtures for every test directory:
- ``isolated_env`` (autouse): HOME, the XDG base directories and GOV_DESKTOP_DATA_DIR point into the
  test's tmp_path, so no test reads or writes the real home, settings or keyring.
- ``postgres_url`` (session): a private PostgreSQL server for this pytest process (each xdist worker
  starts its own) with an empty ``govtest`` database. Fails, never skips, when PostgreSQL is missing.
- ``fresh_postgres_url``: a new empty database on that server for one test, dropped afterwards.
"""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import NoReturn

import pytest

# Read only when a QApplication is created and when keyring is first used, both after this point:
# headless Qt, and a file keyring that never prompts or reaches the desktop's secret service (an
# encrypted backend would wait on stdin and hang CI). Its file lands in XDG_DATA_HOME (see isolated_env).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["PYTHON_KEYRING_BACKEND"] = "keyrings.alt.file.PlaintextKeyring"


@dataclass(frozen=True)
class IsolatedEnv:
    home: Path
    data_home: Path
    config_home: Path
    cache_home: Path
    state_home: Path
    data_dir: Path  # GOV_DESKTOP_DATA_DIR; not created, the app makes it


@pytest.fixture(autouse=True)
def isolated_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> IsolatedEnv:
    root = tmp_path / "env"
    env = IsolatedEnv(
        home=root / "home",
        data_home=root / "xdg-data",
        config_home=root / "xdg-config",
        cache_home=root / "xdg-cache",
        state_home=root / "xdg-state",
        data_dir=root / "gov-desktop-data",
    )
    for path in (env.home, env.data_home, env.config_home, env.cache_home, env.state_home):
        path.mkdir(parents=True)
    monkeypatch.setenv("HOME", str(env.home))
    monkeypatch.setenv("XDG_DATA_HOME", str(env.data_home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(env.config_home))
    monkeypatch.setenv("XDG_CACHE_HOME", str(env.cache_home))
    monkeypatch.setenv("XDG_STATE_HOME", str(env.state_home))
    monkeypatch.setenv("GOV_DESKTOP_DATA_DIR", str(env.data_dir))
    return env


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Tests that use the PostgreSQL fixtures get the ``postgres`` marker (``-m "not postgres"`` works)."""
    for item in items:
        if "postgres_url" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.postgres)


# --- throwaway PostgreSQL --------------------------------------------------------------------------

PG_USER = "postgres"  # the OS account that runs the server when tests run as root (initdb refuses root)
PG_DATABASE = "govtest"


def _pg_bindir() -> Path:
    """The newest /usr/lib/postgresql/N/bin with initdb, else the one on PATH; fails the test if none."""
    candidates = sorted(
        (Path(p).parent for p in glob.glob("/usr/lib/postgresql/*/bin/initdb")),
        key=lambda d: int(d.parent.name) if d.parent.name.isdigit() else 0,
    )
    if candidates:
        return candidates[-1]
    on_path = shutil.which("initdb")
    if on_path:
        return Path(on_path).parent
    pytest.fail(
        "PostgreSQL server binaries not found (no initdb under /usr/lib/postgresql/*/bin or on PATH). "
        "install the Debian package 'postgresql' (`make test` does it via scripts/ensure-system-deps.sh).",
        pytrace=False,
    )


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class _PgRunner:
    """Runs the PostgreSQL tools as the postgres account when we are root, as ourselves otherwise."""

    def __init__(self, bindir: Path, workdir: Path) -> None:
        self.bindir = bindir
        self.workdir = workdir
        self.as_root = os.geteuid() == 0
        if self.as_root and shutil.which("runuser") is None:
            pytest.fail("running as root but 'runuser' is missing: cannot start PostgreSQL as postgres")

    def run(self, tool: str, *args: str) -> subprocess.CompletedProcess[str]:
        cmd = [str(self.bindir / tool), *args]
        if self.as_root:
            cmd = ["runuser", "-u", PG_USER, "--", *cmd]
        env = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
        env["LC_ALL"] = "C.UTF-8"
        return subprocess.run(
            cmd, cwd=self.workdir, env=env, capture_output=True, text=True, timeout=120, check=False
        )

    def check(self, tool: str, *args: str, log: Path | None = None) -> None:
        result = self.run(tool, *args)
        if result.returncode != 0:
            self.fail(tool, result, log)

    @staticmethod
    def fail(what: str, result: subprocess.CompletedProcess[str], log: Path | None) -> NoReturn:
        server_log = log.read_text(errors="replace")[-3000:] if log and log.exists() else ""
        pytest.fail(
            f"PostgreSQL test server: {what} failed ({result.returncode})\n"
            f"{result.stdout}\n{result.stderr}\n{server_log}",
            pytrace=False,
        )


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """URL of an empty ``govtest`` database on a private PostgreSQL server (one per pytest process)."""
    bindir = _pg_bindir()
    # Not under pytest's basetemp: /tmp/pytest-of-root is 0700, so the postgres account could not reach it.
    # A short path also keeps the Unix socket (-k) under the 107-byte limit.
    base = Path(tempfile.mkdtemp(prefix="gov-pg-"))
    pg = _PgRunner(bindir, base)
    if pg.as_root:
        shutil.chown(base, user=PG_USER)
    datadir, log = base / "data", base / "server.log"
    try:
        pg.check(
            "initdb",
            "-D",
            str(datadir),
            "-U",
            PG_USER,
            "-A",
            "trust",
            "-E",
            "UTF8",
            "--locale=C.UTF-8",
            "--no-sync",
        )
        # Another xdist worker may take the same free port between our probe and the server's bind.
        for attempt in range(1, 6):
            port = _free_port()
            opts = f"-c listen_addresses=127.0.0.1 -p {port} -k {base} -c fsync=off"
            # -l: without a log file the server inherits our pipes and subprocess.run never returns.
            started = pg.run(
                "pg_ctl", "-D", str(datadir), "-l", str(log), "-w", "-t", "60", "-o", opts, "start"
            )
            if started.returncode == 0:
                break
            if attempt == 5:
                pg.fail("pg_ctl start", started, log)
        pg.check("createdb", "-h", "127.0.0.1", "-p", str(port), "-U", PG_USER, PG_DATABASE, log=log)
        yield f"postgresql+psycopg://{PG_USER}@127.0.0.1:{port}/{PG_DATABASE}"
    finally:
        if (datadir / "postmaster.pid").exists():
            pg.run("pg_ctl", "-D", str(datadir), "-m", "immediate", "-w", "stop")
        shutil.rmtree(base, ignore_errors=True)


@pytest.fixture
def fresh_postgres_url(postgres_url: str) -> Iterator[str]:
    """A new empty database on the session's server for one test; dropped when the test ends."""
    import sqlalchemy as sa  # only tests that use PostgreSQL pay for the import

    name = f"t_{uuid.uuid4().hex[:16]}"
    admin = sa.create_engine(postgres_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
        yield postgres_url.rsplit("/", 1)[0] + "/" + name
        with admin.connect() as conn, contextlib.suppress(sa.exc.DBAPIError):
            conn.execute(sa.text(f'DROP DATABASE "{name}" WITH (FORCE)'))
    finally:
        admin.dispose()
