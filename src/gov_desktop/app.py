"""Composition root of the desktop app: open the store, first run, sign in, build the main window, run Qt.

``run_app(args, paths)`` (called by ``gov-desktop`` with logging already set up) makes the QApplication,
installs the crash handler and the language, and hands over to ``Launcher``, which drives the start-up steps
with signals — each slow step (opening or building the store, signing in, backups) on the task runner, never
blocking the event loop:

    open the store (or build the demo county) → first-run wizard if it has no users → sign in
    → main window + sync controller + daily backup

The launcher also owns what replaces the store or the user: sign out (the window hides until someone signs
in), switch user, and restoring a backup (close everything, restore, open again, sign in again).
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable
from concurrent.futures import Future
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QWidget

from .core.errors import DomainError
from .paths import Paths

# The store (SQLAlchemy, the models, SQLCipher) is imported by the task that opens it, off the GUI thread,
# so the application and its busy indicator come up first.
if TYPE_CHECKING:
    from .store.actor import Actor
    from .store.engine import Store

logger = logging.getLogger(__name__)

DEMO_ADMIN = "admin"
DEMO_PASSWORD = "demo1234"
BUSY_DELAY_MS = 400


class Launcher(QObject):
    """Drives start-up, sign-in and the store's life; owns the task runner, the bus and the main window."""

    def __init__(self, app: QApplication, paths: Paths, settings: QSettings, *, demo: bool = False) -> None:
        super().__init__(app)
        from .ui.context import ChangeBus
        from .ui.tasks import TaskRunner

        self.app = app
        self.paths = paths
        self.settings = settings
        self.demo = demo
        self.runner = TaskRunner(self)
        self.bus = ChangeBus(self)
        self.store: Store | None = None
        self.window: Any = None
        self.ctx: Any = None
        self.sync: Any = None
        self._busy_dialog: QProgressDialog | None = None
        self._busy_timer = QTimer(self)
        self._busy_timer.setSingleShot(True)
        self._busy_timer.timeout.connect(self._show_busy)
        self._dialogs: list[QWidget] = []
        self._early_dialog: Any = None  # a sign-in dialog shown before the store was open
        app.aboutToQuit.connect(self.shutdown)

    # -- opening the store ------------------------------------------------------------------------------
    def start(self) -> None:
        """Open the store on the writer thread. Where someone has signed in on this data before, the sign-in
        dialog is shown at once and the store opens (imports, key, migrations) while the user types."""
        if not self._signed_in_here_before():
            self.open_store()
            return
        # the dialog first (its imports would otherwise queue behind the store's for the GIL), then the store,
        # queued on the writer before any sign-in can be (which waits for ``opening`` there)
        opening: Future[Store] = Future()
        self.sign_in(store=opening.result)
        self.open_store(quiet=True, opening=opening)

    def _signed_in_here_before(self) -> bool:
        from .ui.settings import KEY_LAST_USER

        path = self.paths.demo_db if self.demo else self.paths.db
        return bool(self.settings.value(KEY_LAST_USER, "")) and path.is_file()

    def open_store(self, *, quiet: bool = False, opening: Future[Store] | None = None) -> None:
        """Open the store on the writer thread; ``opening`` gets it as soon as it is open (for a sign-in
        dialog already waiting), ``quiet``: no busy indicator (that dialog is the indicator)."""
        from .ui.tasks import Op

        demo, paths = self.demo, self.paths
        if not quiet:
            self._busy(
                self.tr("正在准备演示县数据（首次使用需要一两分钟）…") if demo else self.tr("正在打开数据…")
            )
        if opening is None:
            opening = Future()

        def work() -> tuple[Store, bool]:
            try:
                from .core.enums import COUNTY_SCOPE
                from .store.engine import open_store
                from .store.signin import has_users

                if demo:
                    from .store.demo import ensure_demo  # pypinyin, the demo's name lists: only for the demo

                    path = ensure_demo(paths)
                else:
                    path = paths.db
                # the data model is loaded after this (``_opened`` queues ``Store.prepare``): a sign-in
                # already waiting goes first, and the main window needs no model to show
                store = open_store(path, defer_model=True)
                if store.encrypted:
                    _log_key_storage()
                if demo and not has_users(store):
                    from .store.users import create_first_admin

                    create_first_admin(
                        store, DEMO_ADMIN, DEMO_PASSWORD, COUNTY_SCOPE, display_name="演示管理员"
                    )
            except BaseException as exc:
                opening.set_exception(exc)
                raise
            opening.set_result(store)
            if quiet:
                # the main window's modules, while the user types (imports only: widgets are made on the GUI
                # thread)
                from .ui import main_window  # noqa: F401
            return store, has_users(store)

        Op(self.runner, work, write=True).success(self._opened).failure(self._open_failed).run()

    def _opened(self, result: tuple[Store, bool]) -> None:
        from .ui.tasks import Op

        self._idle()
        self.store, has_users = result
        logger.info("store %s open (encrypted: %s)", self.store.path, self.store.encrypted)
        # the data model, on the writer after any sign-in already queued there (the first session would
        # otherwise load it, on whichever thread that runs)
        Op(self.runner, self.store.prepare, write=True).failure(
            lambda exc: logger.error("preparing the store failed: %s", exc)
        ).run()
        early, self._early_dialog = self._early_dialog, None
        if has_users:
            if early is not None:
                early.set_place(self._place())
            else:
                self.sign_in()
        else:
            self._drop_early_dialog(early)
            self.first_run()

    def _drop_early_dialog(self, dialog: Any) -> None:
        """Close a sign-in dialog shown before the store opened, without quitting the app."""
        if dialog is None:
            return
        dialog.rejected.disconnect(self._quit_unless_window_shown)
        dialog.reject()

    def _open_failed(self, exc: BaseException) -> None:
        self._idle()
        early, self._early_dialog = self._early_dialog, None
        self._drop_early_dialog(early)
        if isinstance(exc, DomainError):
            text = "\n".join(e.message for e in exc.errors)
        else:
            text = self.tr("数据库无法打开：{0}").format(exc)
        QMessageBox.critical(
            None,
            self.tr("无法打开数据"),
            text
            + "\n\n"
            + self.tr("数据文件：{0}\n如本机密钥丢失，请用“gov-desktop key restore”从密钥备份恢复。").format(
                self.paths.db
            ),
        )
        self.app.exit(1)

    # -- first run and sign-in --------------------------------------------------------------------------
    def first_run(self) -> None:
        from .ui.dialogs.first_run import CHOICE_DEMO, FirstRunWizard

        assert self.store is not None
        wizard = FirstRunWizard(self.store, self.runner)
        self._keep(wizard)

        def completed(result: Any) -> None:
            if result.choice == CHOICE_DEMO:
                self._close_store()
                self.demo = True
                self.open_store()
            else:
                self.sign_in(username=result.admin.username if result.admin else "")

        wizard.completed.connect(completed)
        wizard.rejected.connect(self._quit_unless_window)
        wizard.show()

    def _place(self) -> str:
        from .core.enums import COUNTY_SCOPE

        assert self.store is not None
        if self.demo:
            return self.tr("演示县（模拟数据）")
        code = self.store.township_code
        if not code or code == COUNTY_SCOPE:
            return self.tr("县级")
        return self.tr("乡镇代码 {0}").format(code)

    def sign_in(
        self,
        *,
        username: str = "",
        parent: QWidget | None = None,
        switching: bool = False,
        store: Callable[[], Store] | None = None,
    ) -> None:
        """The sign-in dialog; ``store``: a function returning the store, for a dialog shown before it is open."""
        from .ui.dialogs.signin import SignInDialog

        hint = self.tr("演示账号 {0} / {1}").format(DEMO_ADMIN, DEMO_PASSWORD) if self.demo else ""
        source: Store | Callable[[], Store]
        if store is not None:
            source = store
        else:
            assert self.store is not None
            source = self.store
        place = self._place() if self.store is not None else ""
        dialog = SignInDialog(source, self.runner, self.settings, hint=hint, place=place, parent=parent)
        if store is not None:
            self._early_dialog = dialog
        if username:
            dialog.username_edit.setText(username)
        self._keep(dialog)
        dialog.signed_in.connect(self._signed_in)
        if not switching:
            dialog.rejected.connect(self._quit_unless_window_shown)
        dialog.open()

    def _signed_in(self, actor: Actor) -> None:
        logger.info("signed in: %s (%s)", actor.username, actor.role.value)
        if self.window is None:
            self._build_main(actor)
            return
        self.ctx.actor = actor
        self.bus.actor_changed.emit(actor)
        self.window.show()
        self.window.raise_()

    def _build_main(self, actor: Actor) -> None:
        from .ui.context import AppContext
        from .ui.main_window import MainWindow
        from .ui.settings import sync_interval
        from .ui.sync_controller import SyncController

        assert self.store is not None
        self.sync = SyncController(self.store, self.runner, self.bus, interval=sync_interval(self.settings))
        self.ctx = AppContext(
            store=self.store,
            actor=actor,
            runner=self.runner,
            bus=self.bus,
            settings=self.settings,
            paths=self.paths,
            sync=self.sync,
        )
        self.window = MainWindow(self.ctx)
        self.window.sign_out_requested.connect(self.sign_out)
        self.window.switch_user_requested.connect(self.switch_user)
        self.window.restore_requested.connect(self.restore_backup)
        self.window.closing.connect(self._window_closing)
        self.window.show()
        self.sync.start()
        self._daily_backup()

    def sign_out(self) -> None:
        """Lock the window until someone signs in (nothing is discarded: every save is already stored)."""
        if self.window is None:
            return
        logger.info("signed out: %s", self.ctx.actor.username)
        self.window.hide()
        self.sign_in()

    def switch_user(self) -> None:
        if self.window is not None:
            self.sign_in(parent=self.window, switching=True)

    # -- backups ----------------------------------------------------------------------------------------
    def _daily_backup(self) -> None:
        from .store.backup import backup_daily
        from .ui.settings import backup_keep
        from .ui.tasks import Op

        if self.demo or self.store is None:
            return  # the demo county is rebuilt on demand, not backed up
        store, keep, folder = self.store, backup_keep(self.settings), self.paths.backups
        Op(self.runner, lambda: backup_daily(store, folder, keep)).success(
            lambda made: made and logger.info("daily backup %s", made)
        ).failure(lambda exc: logger.error("daily backup failed: %s", exc)).run()

    def restore_backup(self, backup_path: str) -> None:
        """Close everything, replace the database with the backup, open it again and ask for a sign-in."""
        from .store.backup import restore
        from .ui.tasks import Op

        assert self.store is not None
        db_path, key = self.store.path, ("keyring" if self.store.encrypted else None)
        self._close_main()
        self._close_store()
        self._busy(self.tr("正在从备份恢复…"))

        def done(kept: Any) -> None:
            self._idle()
            QMessageBox.information(
                None,
                self.tr("已恢复"),
                self.tr("已从备份恢复数据。恢复前的数据库已保存为：\n{0}\n请重新登录。").format(kept or "-"),
            )
            self.open_store()

        def failed(exc: BaseException) -> None:
            self._idle()
            messages = [e.message for e in exc.errors] if isinstance(exc, DomainError) else [str(exc)]
            QMessageBox.critical(None, self.tr("恢复失败"), "\n".join(messages))
            self.open_store()

        Op(self.runner, lambda: restore(backup_path, db_path, key=key), write=True).success(done).failure(
            failed
        ).run()

    # -- busy indicator and lifetime ----------------------------------------------------------------------
    def _busy(self, text: str) -> None:
        self._busy_text = text
        self._busy_timer.start(BUSY_DELAY_MS)

    def _show_busy(self) -> None:
        dialog = QProgressDialog(self._busy_text, "", 0, 0)
        dialog.setCancelButton(None)
        dialog.setWindowTitle(self.tr("请稍候"))
        dialog.setMinimumDuration(0)
        dialog.show()
        self._busy_dialog = dialog

    def _idle(self) -> None:
        self._busy_timer.stop()
        if self._busy_dialog is not None:
            self._busy_dialog.close()
            self._busy_dialog.deleteLater()
            self._busy_dialog = None

    def _keep(self, widget: QWidget) -> None:
        """Keep a top-level dialog alive while it is open; forget it once finished."""
        self._dialogs.append(widget)
        widget.finished.connect(lambda *_: self._forget(widget))  # type: ignore[attr-defined]

    def _forget(self, widget: QWidget) -> None:
        if widget in self._dialogs:
            self._dialogs.remove(widget)
        widget.deleteLater()

    def _quit_unless_window(self) -> None:
        if self.window is None:
            self.app.quit()

    def _quit_unless_window_shown(self) -> None:
        if self.window is None or not self.window.isVisible():
            self.app.quit()

    def _window_closing(self) -> None:
        if not getattr(self, "_replacing", False):
            self.app.quit()

    def _close_main(self) -> None:
        if self.sync is not None:
            self.sync.stop()
            self.sync = None
        if self.window is not None:
            self._replacing = True
            self.window.close()
            self._replacing = False
            self.window.deleteLater()
            self.window = None
            self.ctx = None

    def _close_store(self) -> None:
        self.runner.wait_idle()
        if self.store is not None:
            self.store.close()
            self.store = None

    def shutdown(self) -> None:
        if self.sync is not None:
            self.sync.stop()
            self.sync = None
        self.runner.wait_idle(15_000)
        if self.store is not None:
            self.store.close()
            self.store = None
        self.settings.sync()


def _log_key_storage() -> None:
    from .store.keys import key_storage

    storage = key_storage()
    if storage.protected:
        logger.info("database key kept in the OS keyring (%s)", storage.name)
    else:
        logger.warning(
            "no OS keyring here: the database key is kept in a plain file (%s)", storage.file or storage.name
        )


def make_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or sys.argv[:1])
    app.setApplicationName("gov-desktop")
    app.setOrganizationName("gov-desktop")
    app.setDesktopFileName("gov-desktop")  # taskbar grouping and icon on Linux
    from PySide6.QtGui import QIcon

    from .ui.i18n import resource_dir

    icon = resource_dir("icons") / "gov-desktop.png"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    app.setQuitOnLastWindowClosed(False)  # the launcher decides (sign-out hides the only window)
    return app


def run_app(args: argparse.Namespace, paths: Paths) -> int:
    from .ui import crash
    from .ui.fonts import apply_language_font
    from .ui.i18n import install_language
    from .ui.settings import language, open_settings

    app = make_application()
    crash.install(paths.logs / "reports")
    settings = open_settings(paths)
    used = install_language(app, args.lang or language(settings))
    apply_language_font(app, used)
    launcher = Launcher(app, paths, settings, demo=bool(getattr(args, "demo", False)))
    QTimer.singleShot(0, launcher.start)
    return int(app.exec())
