"""Screenshots of every page for docs/screenshots/ (and the README), taken from the real app.

    xvfb-run -a -s "-screen 0 1366x800x24" env QT_QPA_PLATFORM=xcb .venv/bin/python scripts/screenshots.py

Opens the demo county (built once, unencrypted, under build/screenshots/), shows the first-run wizard and
the sign-in dialog, signs in as the demo administrator, visits every page of the main window and saves
``docs/screenshots/<page>.png`` with ``widget.grab()``; then the dashboard and the sync page again in
Tibetan and in English. Each step waits for the task runner to go idle (a QTimer, never a busy loop).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

WIDTH, HEIGHT = 1366, 800


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "screenshots")
    parser.add_argument("--households", type=int, default=5000)
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    args.work.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyrings.alt.file.PlaintextKeyring")
    os.environ.setdefault("XDG_DATA_HOME", str(args.work / "xdg"))

    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from gov_desktop.app import DEMO_ADMIN, DEMO_PASSWORD
    from gov_desktop.core.models import COUNTY_SCOPE
    from gov_desktop.paths import Paths
    from gov_desktop.store.demo import DemoConfig, build_demo
    from gov_desktop.store.engine import open_store
    from gov_desktop.store.users import authenticate, create_first_admin, has_users
    from gov_desktop.ui.context import AppContext, ChangeBus
    from gov_desktop.ui.dialogs.first_run import FirstRunWizard
    from gov_desktop.ui.dialogs.signin import SignInDialog
    from gov_desktop.ui.fonts import apply_language_font
    from gov_desktop.ui.i18n import install_language
    from gov_desktop.ui.main_window import MainWindow
    from gov_desktop.ui.shell.navigation import PAGES
    from gov_desktop.ui.sync_controller import SyncController
    from gov_desktop.ui.tasks import TaskRunner

    app = QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)
    install_language(app, "zh_CN")
    db = args.work / "demo-county.db"
    if not db.exists():
        print(f"building the demo county ({args.households} households) …", flush=True)
        build_demo(db, DemoConfig.for_households(args.households), key=None)
    store = open_store(db, key=None)
    if not has_users(store):
        create_first_admin(store, DEMO_ADMIN, DEMO_PASSWORD, COUNTY_SCOPE, display_name="演示管理员")
    paths = Paths(args.work / "data")
    settings = QSettings(str(args.work / "settings.ini"), QSettings.Format.IniFormat)
    settings.clear()
    runner, bus = TaskRunner(), ChangeBus()
    empty = open_store(args.work / "empty.db", key=None)

    steps: list[Callable[[], None]] = []
    state: dict[str, object] = {}

    def save(widget: object, name: str) -> None:
        path = args.out / f"{name}.png"
        widget.grab().save(str(path))  # type: ignore[attr-defined]
        print("saved", path, flush=True)

    def run_next() -> None:
        if not steps:
            app.quit()
            return
        steps.pop(0)()
        QTimer.singleShot(150, wait_idle)

    def wait_idle() -> None:
        if runner._running:
            QTimer.singleShot(100, wait_idle)
        else:
            QTimer.singleShot(250, run_next)  # let the views paint what just arrived

    def first_run() -> None:
        wizard = FirstRunWizard(empty, runner)
        wizard.resize(700, 500)
        wizard.show()
        state["wizard"] = wizard

    def shot_first_run() -> None:
        wizard = state["wizard"]
        save(wizard, "first_run")
        wizard.next()  # type: ignore[attr-defined]

    def shot_first_run_admin() -> None:
        wizard = state.pop("wizard")
        save(wizard, "first_run_admin")
        wizard.close()  # type: ignore[attr-defined]

    def sign_in() -> None:
        dialog = SignInDialog(
            store,
            runner,
            settings,
            hint=f"演示账号 {DEMO_ADMIN} / {DEMO_PASSWORD}",
            place="演示县（模拟数据）",
        )
        dialog.username_edit.setText(DEMO_ADMIN)
        dialog.password_edit.setText("wrong-password1")
        dialog.show()
        dialog.save()
        state["signin"] = dialog

    def shot_sign_in() -> None:
        dialog = state.pop("signin")
        save(dialog, "signin")
        dialog.close()  # type: ignore[attr-defined]

    def open_window() -> None:
        actor = authenticate(store, DEMO_ADMIN, DEMO_PASSWORD)
        sync = SyncController(store, runner, bus, auto=False)
        ctx = AppContext(store, actor, runner, bus, settings, paths, sync)
        window = MainWindow(ctx)
        window.resize(WIDTH, HEIGHT)
        window.show()
        sync.start()
        state["window"] = window
        state["sync"] = sync

    def page_steps(key: str, name: str) -> None:
        steps.append(lambda: state["window"].show_page(key))  # type: ignore[attr-defined]
        steps.append(lambda: save(state["window"], name))

    def accept_form() -> None:
        window = state["window"]
        window.show_page("services:accept_request")  # type: ignore[attr-defined]

    def shot_accept_form() -> None:
        dialog = state["window"].pages["services"].accept_dialog  # type: ignore[attr-defined]
        dialog.check_all_materials()
        save(dialog, "accept_request")
        dialog.reject()

    def receipt() -> None:
        page = state["window"].pages["services"]  # type: ignore[attr-defined]
        state["window"].show_page("services")  # type: ignore[attr-defined]
        page.table.selectRow(0)
        page.print_receipt()

    def shot_receipt() -> None:
        page = state["window"].pages["services"]  # type: ignore[attr-defined]
        preview = page.receipt_preview
        preview.resize(760, 780)
        save(preview, "receipt")
        preview.reject()

    def list_print() -> None:
        page = state["window"].pages["visits"]  # type: ignore[attr-defined]
        state["window"].show_page("visits")  # type: ignore[attr-defined]
        page.filters[0].setCurrentIndex(page.filters[0].findData("follow_up"))
        state["list_print"] = page.print_list()

    def shot_list_print() -> None:
        preview = state.pop("list_print").dialog  # type: ignore[attr-defined]
        preview.resize(1100, 780)
        save(preview, "list_print")
        preview.reject()

    def language(code: str) -> Callable[[], None]:
        def switch() -> None:
            used = install_language(app, code)
            apply_language_font(app, used)
            bus.language_changed.emit(used)

        return switch

    steps += [first_run, shot_first_run, shot_first_run_admin, sign_in, shot_sign_in, open_window]
    for spec in PAGES:
        page_steps(spec.key, spec.key)
    steps += [accept_form, shot_accept_form, receipt, shot_receipt, list_print, shot_list_print]
    for code in ("bo", "en"):
        steps.append(language(code))
        page_steps("dashboard", f"dashboard_{code}")
        page_steps("sync", f"sync_{code}")
        page_steps("register", f"register_{code}")
    steps.append(language("zh_CN"))

    QTimer.singleShot(0, run_next)
    code = app.exec()
    sync = state.get("sync")
    if sync is not None:
        sync.stop()  # type: ignore[attr-defined]
    runner.wait_idle()
    store.close()
    empty.close()
    return int(code)


if __name__ == "__main__":
    sys.exit(main())
