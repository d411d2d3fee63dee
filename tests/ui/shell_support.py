"""Fixtures and helpers for the shell's GUI tests (main window, sign-in, sync, settings, the hall's pages).

Imported by tests/ui/test_shell_*.py (``--import-mode=importlib`` forbids importing a conftest). Stores are
real: a small demo county built once per session and copied per test, or a fresh empty store; a live county
server runs in a thread when a test needs one.
"""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget

from gov_desktop.core.enums import Role
from gov_desktop.paths import Paths
from gov_desktop.store.actor import Actor
from gov_desktop.store.demo import DemoConfig, build_demo
from gov_desktop.store.engine import Store, open_store
from gov_desktop.store.users import authenticate, create_first_admin, create_user
from gov_desktop.ui.context import AppContext, ChangeBus
from gov_desktop.ui.main_window import MainWindow
from gov_desktop.ui.sync_controller import SyncController
from gov_desktop.ui.tasks import TaskRunner

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "abc12345"
TOWNSHIP = "542525101"


# --- translations --------------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def compiled_translations() -> None:
    """The .qm files (build output) exist and are current (`make test` builds them; this covers plain pytest)."""
    subprocess.run(["bash", str(ROOT / "scripts" / "build-translations.sh")], check=True, cwd=ROOT)


# --- stores --------------------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    build_demo(path, DemoConfig.for_households(40), key=None)
    store = open_store(path, key=None)
    try:
        create_first_admin(store, "admin", PASSWORD, "county", display_name="县管理员")
        county = authenticate(store, "admin", PASSWORD)
        create_user(store, county, "viewer", PASSWORD, Role.VIEWER, "county", display_name="查看员")
        township = _first_township(store)
        create_user(store, county, "hall", PASSWORD, Role.HALL_STAFF, township, display_name="窗口")
        create_user(store, county, "liaison", PASSWORD, Role.GRID_LIAISON, township, display_name="网格员甲")
    finally:
        store.close()
    return path


def _first_township(store: Store) -> str:
    from gov_desktop.store import lookups

    with store.reader() as s:
        return lookups.townships(s)[0].code


@pytest.fixture
def demo_store(demo_template: Path, tmp_path: Path) -> Iterator[Store]:
    path = tmp_path / "demo.db"
    shutil.copy(demo_template, path)
    store = open_store(path, key=None)
    yield store
    store.close()


@pytest.fixture(scope="session")
def empty_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("empty") / "empty.db"
    open_store(path, key=None).close()
    return path


def copy_empty(template: Path, path: Path) -> Store:
    """A migrated empty store with an identity of its own (a new device id)."""
    src, dst = sqlite3.connect(template), sqlite3.connect(path)
    try:
        src.backup(dst)
        dst.execute("DELETE FROM store_meta WHERE key IN ('device_id', 'hlc_seen')")
        dst.commit()
    finally:
        src.close()
        dst.close()
    return open_store(path, key=None)


# --- the app's context and window ----------------------------------------------------------------------


@dataclass
class Shell:
    ctx: AppContext
    window: MainWindow | None = None

    def close(self) -> None:
        if self.window is not None:
            self.window.close()
        if self.ctx.sync is not None:
            self.ctx.sync.stop()
        self.ctx.runner.wait_idle()
        QApplication.processEvents()


def make_ctx(store: Store, actor: Actor, tmp_path: Path, *, sync: bool = True) -> AppContext:
    runner = TaskRunner()
    bus = ChangeBus()
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    controller = SyncController(store, runner, bus, auto=False) if sync else None
    return AppContext(store, actor, runner, bus, settings, Paths(tmp_path / "data"), controller)


@pytest.fixture
def open_shell(qtbot: Any, tmp_path: Path) -> Iterator[Callable[..., Shell]]:
    shells: list[Shell] = []

    def make(store: Store, username: str = "admin", *, window: bool = True) -> Shell:
        actor = authenticate(store, username, PASSWORD)
        ctx = make_ctx(store, actor, tmp_path)
        shell = Shell(ctx)
        if ctx.sync is not None:
            ctx.sync.start()
        if window:
            shell.window = MainWindow(ctx)
            qtbot.addWidget(shell.window)
            shell.window.show()
            qtbot.waitExposed(shell.window)
        shells.append(shell)
        return shell

    yield make
    for shell in shells:
        shell.close()


def wait_idle(qtbot: Any, ctx: AppContext, timeout: int = 10_000) -> None:
    """Let the runner's tasks finish and their results arrive on the GUI thread."""
    qtbot.waitUntil(lambda: ctx.runner._running == 0, timeout=timeout)


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` (Chinese too) into a line edit as an input method commits it (QTest sends ASCII only)."""
    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


# --- a live county server ------------------------------------------------------------------------------


class CountyServer:
    """The real server app under uvicorn in a daemon thread on a free 127.0.0.1 port (SQLite)."""

    def __init__(self, folder: Path) -> None:
        import uvicorn

        from gov_desktop.server.app import create_app
        from gov_desktop.server.db import open_database

        folder.mkdir(parents=True, exist_ok=True)
        url = f"sqlite:///{folder / 'server.db'}"
        config = uvicorn.Config(create_app(url), host="127.0.0.1", port=0, log_level="warning", lifespan="on")
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, daemon=True)
        self._thread.start()
        deadline = time.monotonic() + 20
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.01)
        port = self._server.servers[0].sockets[0].getsockname()[1]
        self.url = f"http://127.0.0.1:{port}"
        self.db = open_database(url, create=False)

    def code(self, township: str = TOWNSHIP) -> str:
        from gov_desktop.server import devices

        with self.db.session() as session:
            return devices.create_enrollment_code(session, township, is_county=False)

    def close(self) -> None:
        self._server.should_exit = True
        self._thread.join(timeout=10)
        self.db.dispose()


@pytest.fixture
def county_server(tmp_path: Path) -> Iterator[CountyServer]:
    server = CountyServer(tmp_path / "server")
    yield server
    server.close()
