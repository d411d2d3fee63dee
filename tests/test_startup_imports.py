"""Start-up loads only what it uses: the CLI's parser, the app module and opening an up-to-date store do not
import the heavy parts (the store stack, Alembic, pypinyin, the demo) they do not need.

Each check runs in a fresh interpreter (this one has imported everything already) and looks at
``sys.modules``; nothing is timed.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from gov_desktop.store import schema
from gov_desktop.store.engine import open_store

SRC = Path(__file__).resolve().parents[1] / "src"
HEAVY = ("sqlalchemy", "sqlmodel", "alembic", "pypinyin", "gov_desktop.store.demo", "gov_desktop.core.models")


def loaded_after(code: str, env: dict[str, str] | None = None) -> set[str]:
    """Which of HEAVY are in ``sys.modules`` after running ``code`` in a new interpreter."""
    probe = f"{code}\nimport json, sys\nprint(json.dumps([m for m in {HEAVY!r} if m in sys.modules]))"
    result = subprocess.run(
        [sys.executable, "-c", probe],
        env={**os.environ, "PYTHONPATH": str(SRC), **(env or {})},
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return set(json.loads(result.stdout.strip().splitlines()[-1]))


def test_cli_parser_and_app_module_import_no_store() -> None:
    assert loaded_after("from gov_desktop.cli import build_parser\nbuild_parser()") == set()
    # the app module: Qt only; the store is imported by the task that opens it
    assert loaded_after("import gov_desktop.app") == set()


def test_opening_an_up_to_date_store_needs_no_alembic_nor_pypinyin(tmp_path: Path) -> None:
    db = tmp_path / "gov.db"
    open_store(db, key=None).close()  # created and migrated here
    loaded = loaded_after(
        f"from gov_desktop.store.engine import open_store\nopen_store({str(db)!r}, key=None).close()"
    )
    assert "sqlalchemy" in loaded  # the probe really opened the store
    assert not loaded & {"alembic", "pypinyin", "gov_desktop.store.demo"}


def test_head_read_from_the_revision_files_is_alembics() -> None:
    assert schema._head_from_files() == schema.head_revision()


def test_the_launcher_and_the_sign_in_dialog_import_no_store() -> None:
    """On a desk used before, the sign-in dialog is shown while the store opens on the writer thread: the
    launcher and the dialog must not pull the store stack onto the GUI thread first."""
    code = (
        "from gov_desktop.app import Launcher\n"
        "import gov_desktop.ui.context, gov_desktop.ui.tasks, gov_desktop.ui.dialogs.signin"
    )
    assert loaded_after(code, {"QT_QPA_PLATFORM": "offscreen"}) == set()


def test_signing_in_and_building_the_main_window_need_no_data_model(tmp_path: Path) -> None:
    """The app's start: an up-to-date store opened with ``defer_model``, a sign-in and the main window's
    modules load neither SQLModel nor the domain tables (``Store.prepare`` loads them on a worker)."""
    from gov_desktop.store.users import create_first_admin

    db = tmp_path / "gov.db"
    store = open_store(db, key=None)
    create_first_admin(store, "zhuoma", "zhuoma2025", "542525101")
    store.close()
    code = (
        "from gov_desktop.store.engine import open_store\n"
        "from gov_desktop.store.signin import authenticate, has_users\n"
        "import gov_desktop.ui.main_window, gov_desktop.ui.sync_controller, gov_desktop.ui.pages.dashboard\n"
        f"store = open_store({str(db)!r}, key=None, defer_model=True)\n"
        "assert has_users(store) and authenticate(store, 'zhuoma', 'zhuoma2025').username == 'zhuoma'\n"
        "assert store.get_meta('device_id') and not store.prepared\n"
        "store.close()"
    )
    loaded = loaded_after(code, {"QT_QPA_PLATFORM": "offscreen"})
    assert "sqlalchemy" in loaded  # the probe really opened the store
    assert not loaded & {"sqlmodel", "gov_desktop.core.models", "alembic", "pypinyin"}
