"""The main window: a navigation sidebar, the pages (built lazily), the 同步 action and the status bar.

Made by the composition root with the ``AppContext``. It owns no data: pages call the store through the task
runner and the sync controller (``ctx.sync``) runs sync. Sign-out, switching user and restoring a backup are
signals the composition root handles (it owns the store and the sign-in dialog).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSize, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from .context import AppContext
from .fonts import scaled_font
from .settings import KEY_LAST_PAGE, remember_splitter, restore_geometry, save_geometry
from .shell.navigation import PAGES, PAGES_BY_KEY, build_page
from .widgets.status import SyncStatusWidgets, UserLabel

if TYPE_CHECKING:
    from ..sync.engine import SyncReport, SyncState

logger = logging.getLogger(__name__)

SETTINGS_KEY = "main_window"
KeyRole = Qt.ItemDataRole.UserRole + 1


class MainWindow(QMainWindow):
    sign_out_requested = Signal()
    switch_user_requested = Signal()
    #: a backup file to restore (the page asked the user already); the composition root closes and reopens
    restore_requested = Signal(str)
    page_shown = Signal(str)
    #: the user closed the window (the composition root quits)
    closing = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("main_window")
        self.pages: dict[str, QWidget] = {}
        self._current = ""

        self.sidebar = QListWidget(self)
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setIconSize(QSize(22, 22))
        self.sidebar.setMinimumWidth(140)
        self.sidebar.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sidebar.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.sidebar.setStyleSheet(
            "QListWidget#sidebar { border: none; background: #f3f5f8; }"
            "QListWidget#sidebar::item { padding: 10px 8px; }"
            "QListWidget#sidebar::item:selected { background: #1f5fa8; color: white; }"
        )
        for spec in PAGES:
            item = QListWidgetItem(self.style().standardIcon(spec.icon), spec.title)
            item.setData(KeyRole, spec.key)
            self.sidebar.addItem(item)
        self.sidebar.currentItemChanged.connect(self._sidebar_changed)

        self.stack = QStackedWidget(self)
        self.stack.setObjectName("pages")
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("main_splitter")
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(0, False)
        self.splitter.setSizes([170, 1100])
        self.setCentralWidget(self.splitter)

        self._build_actions()
        self._build_status_bar()
        self.retranslate()
        self.apply_actor()

        remember_splitter(ctx.settings, SETTINGS_KEY, self.splitter)
        if not restore_geometry(ctx.settings, SETTINGS_KEY, self):
            self.resize(1280, 780)

        ctx.bus.actor_changed.connect(self._actor_changed)
        ctx.bus.language_changed.connect(self._language_changed)
        if ctx.sync is not None:
            ctx.sync.state_changed.connect(self._sync_state)
            ctx.sync.progress.connect(self.sync_status.set_progress)
            ctx.sync.finished.connect(self._sync_finished)
            ctx.sync.failed.connect(self._sync_failed)
            self._sync_state(ctx.sync.state)

        last = str(ctx.settings.value(KEY_LAST_PAGE, "dashboard") or "dashboard")
        self.show_page(last if last in PAGES_BY_KEY and self._allowed(last) else "dashboard")

    # -- actions and menus ----------------------------------------------------------------------------
    def _build_actions(self) -> None:
        style = self.style()
        self.sync_action = QAction(style.standardIcon(style.StandardPixmap.SP_BrowserReload), "", self)
        self.sync_action.setObjectName("sync_action")
        self.sync_action.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.sync_action.triggered.connect(self.start_sync)
        self.switch_action = QAction(style.standardIcon(style.StandardPixmap.SP_DialogResetButton), "", self)
        self.switch_action.setObjectName("switch_user_action")
        self.switch_action.triggered.connect(self.switch_user_requested)
        self.sign_out_action = QAction(
            style.standardIcon(style.StandardPixmap.SP_DialogCloseButton), "", self
        )
        self.sign_out_action.setObjectName("sign_out_action")
        self.sign_out_action.setShortcut(QKeySequence("Ctrl+L"))
        self.sign_out_action.triggered.connect(self.sign_out_requested)
        self.quit_action = QAction("", self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))  # StandardKey.Quit is empty on Windows
        self.quit_action.triggered.connect(self.close)
        self.about_action = QAction("", self)
        self.about_action.triggered.connect(self._about)
        self.shortcuts_action = QAction("", self)
        self.shortcuts_action.setObjectName("shortcuts_action")
        self.shortcuts_action.setShortcut(QKeySequence(Qt.Key.Key_F1))
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        self.addAction(self.shortcuts_action)  # F1 works wherever the focus is, menu open or not
        self.data_dir_action = QAction("", self)
        self.data_dir_action.triggered.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.ctx.paths.data_dir)))
        )

        self.page_actions: dict[str, QAction] = {}
        for n, spec in enumerate(PAGES, start=1):
            action = QAction(self)
            action.setObjectName(f"goto_{spec.key}")
            action.setShortcut(QKeySequence(f"Ctrl+{n}"))
            action.triggered.connect(lambda _=False, key=spec.key: self.show_page(key))
            self.addAction(action)
            self.page_actions[spec.key] = action

        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("main_toolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.addAction(self.sync_action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.switch_action)
        self.toolbar.addAction(self.sign_out_action)
        self.addToolBar(self.toolbar)

        bar = self.menuBar()
        self.system_menu = bar.addMenu("")
        self.system_menu.addAction(self.sync_action)
        self.system_menu.addSeparator()
        self.system_menu.addAction(self.switch_action)
        self.system_menu.addAction(self.sign_out_action)
        self.system_menu.addSeparator()
        self.system_menu.addAction(self.quit_action)
        self.goto_menu = bar.addMenu("")
        for action in self.page_actions.values():
            self.goto_menu.addAction(action)
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.shortcuts_action)
        self.help_menu.addAction(self.data_dir_action)
        self.help_menu.addAction(self.about_action)

    def _build_status_bar(self) -> None:
        self.sync_status = SyncStatusWidgets(self)
        self.user_label = UserLabel(self)
        status = self.statusBar()
        status.setObjectName("status_bar")
        status.addWidget(self.sync_status)
        status.addPermanentWidget(self.user_label)

    def retranslate(self) -> None:
        """Every text the window shows (after a language switch)."""
        self.setWindowTitle(self.tr("乡镇便民服务与网格化管理"))
        self.sync_action.setText(self.tr("同步"))
        self.sync_action.setToolTip(self.tr("立即与县级服务器同步（F5）"))
        self.switch_action.setText(self.tr("切换用户"))
        self.sign_out_action.setText(self.tr("注销"))
        self.quit_action.setText(self.tr("退出"))
        self.about_action.setText(self.tr("关于"))
        self.shortcuts_action.setText(self.tr("快捷键"))
        self.data_dir_action.setText(self.tr("打开数据文件夹"))
        self.system_menu.setTitle(self.tr("系统(&S)"))
        self.goto_menu.setTitle(self.tr("转到(&G)"))
        self.help_menu.setTitle(self.tr("帮助(&H)"))
        for n, spec in enumerate(PAGES, start=1):
            self.page_actions[spec.key].setText(spec.title)
            item = self._item(spec.key)
            if item is not None:
                item.setText(spec.title)
                item.setToolTip(f"{spec.title} (Ctrl+{n})")
        self.sync_status.retranslate()
        self.user_label.retranslate()
        self.sidebar.setFont(scaled_font(1.15))
        # wide enough for the longest name in this language (Tibetan names are long), within reason
        wanted = min(280, max(150, self.sidebar.sizeHintForColumn(0) + 12))
        self.sidebar.setMinimumWidth(wanted)
        sizes = self.splitter.sizes()
        if len(sizes) == 2 and sizes[0] < wanted:
            self.splitter.setSizes([wanted, max(1, sum(sizes) - wanted)])

    # -- who is signed in ------------------------------------------------------------------------------
    def _allowed(self, key: str) -> bool:
        return PAGES_BY_KEY[key].visible(self.ctx.actor)

    def apply_actor(self) -> None:
        """Show only the pages the signed-in user's role may use."""
        for spec in PAGES:
            allowed = spec.visible(self.ctx.actor)
            item = self._item(spec.key)
            if item is not None:
                item.setHidden(not allowed)
            self.page_actions[spec.key].setEnabled(allowed)
        self.user_label.set_actor(self.ctx.actor)
        self.sync_action.setEnabled(self.ctx.sync is not None and self._allowed("sync"))

    def _actor_changed(self, actor: Any) -> None:
        # pages built for the previous user (their write actions, their scope) are dropped, not reused
        self._drop_pages()
        self.apply_actor()
        self.show_page(self._current if self._current and self._allowed(self._current) else "dashboard")

    def _language_changed(self, language: str) -> None:
        self.retranslate()
        current = self._current
        self._drop_pages()
        self.show_page(current or "dashboard")

    def _drop_pages(self) -> None:
        for page in self.pages.values():
            self.stack.removeWidget(page)
            page.deleteLater()
        self.pages.clear()
        self._current = ""

    # -- pages ----------------------------------------------------------------------------------------
    def _item(self, key: str) -> QListWidgetItem | None:
        for row in range(self.sidebar.count()):
            item = self.sidebar.item(row)
            if item.data(KeyRole) == key:
                return item
        return None

    def _sidebar_changed(self, current: QListWidgetItem | None, previous: QListWidgetItem | None) -> None:
        if current is not None:
            self.show_page(str(current.data(KeyRole)))

    def page(self, key: str) -> QWidget:
        """The page ``key``, built on first use."""
        page = self.pages.get(key)
        if page is None:
            page = build_page(PAGES_BY_KEY[key], self.ctx, self.stack)
            page.setObjectName(f"page_{key}")
            self.pages[key] = page
            self.stack.addWidget(page)
            navigate = getattr(page, "navigate", None)
            if navigate is not None and hasattr(navigate, "connect"):
                navigate.connect(self.show_page)
            restore = getattr(page, "restore_requested", None)
            if restore is not None and hasattr(restore, "connect"):
                restore.connect(self.restore_requested)
            sync_now = getattr(page, "sync_requested", None)
            if sync_now is not None and hasattr(sync_now, "connect"):
                sync_now.connect(self.start_sync)
        return page

    def show_page(self, target: str) -> None:
        """Show page ``key``; ``"key:action"`` also runs the page's method ``action`` (a quick action)."""
        key, _, action = target.partition(":")
        if key not in PAGES_BY_KEY or not self._allowed(key):
            return
        page = self.page(key)
        self.stack.setCurrentWidget(page)
        self._current = key
        item = self._item(key)
        if item is not None and self.sidebar.currentItem() is not item:
            self.sidebar.blockSignals(True)
            self.sidebar.setCurrentItem(item)
            self.sidebar.blockSignals(False)
        self.ctx.settings.setValue(KEY_LAST_PAGE, key)
        self.page_shown.emit(key)
        run = getattr(page, action, None) if action else None
        if callable(run):
            run()

    @property
    def current_page_key(self) -> str:
        return self._current

    def visible_page_keys(self) -> list[str]:
        return [spec.key for spec in PAGES if not self._item(spec.key).isHidden()]  # type: ignore[union-attr]

    def show_shortcuts(self) -> QWidget:
        """帮助 → 快捷键 (F1): the keyboard shortcuts on one card (not modal: it may stay open)."""
        from .dialogs.shortcuts import ShortcutsDialog

        dialog = ShortcutsDialog(self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.show()
        self.shortcuts_dialog = dialog
        return dialog

    # -- sync -----------------------------------------------------------------------------------------
    def start_sync(self) -> None:
        if self.ctx.sync is None or not self.sync_action.isEnabled():
            return
        self.ctx.sync.sync_now()

    def _sync_state(self, state: SyncState | None) -> None:
        self.sync_status.set_state(state)

    def _sync_finished(self, report: SyncReport) -> None:
        self.sync_status.finish()
        text = self.tr("同步完成：上传 {0} 条，下载 {1} 条").format(report.pushed, report.pulled)
        if report.conflicts:
            text += self.tr("，{0} 处冲突待处理").format(report.conflicts)
        if report.quarantined:
            text += self.tr("，{0} 条修改被服务器拒绝").format(report.quarantined)
        self.statusBar().showMessage(text, 8000)

    def _sync_failed(self, message: str) -> None:
        self.sync_status.finish()
        self.statusBar().showMessage(self.tr("同步未完成：{0}").format(message), 12000)

    # -- misc -----------------------------------------------------------------------------------------
    def _about(self) -> None:
        from .. import __version__

        QMessageBox.about(
            self,
            self.tr("关于"),
            self.tr("乡镇便民服务与网格化管理 {0}\n离线优先：没有网络也能正常使用，联网后自动同步。").format(
                __version__
            ),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        save_geometry(self.ctx.settings, SETTINGS_KEY, self)
        self.ctx.settings.sync()
        super().closeEvent(event)
        self.closing.emit()
