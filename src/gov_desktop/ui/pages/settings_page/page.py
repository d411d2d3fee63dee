"""The settings page: a tab per area; tabs a role may not use are not there."""

from __future__ import annotations

import logging

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ...context import AppContext
from ..list_page import title_label
from .backups_tab import BackupsTab
from .general_tab import GeneralTab
from .users_tab import UsersTab

logger = logging.getLogger(__name__)


class SettingsPage(QWidget):
    #: a backup the user chose to restore (confirmed); the composition root closes, restores and reopens
    restore_requested = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        title = title_label(self, self.tr("系统设置"))
        layout.addWidget(title)
        self.tabs = QTabWidget(self)
        self.general_tab = GeneralTab(ctx, self)
        self.tabs.addTab(self.general_tab, self.tr("常规"))
        self.users_tab = UsersTab(ctx, self)
        self.tabs.addTab(self.users_tab, self.tr("用户"))
        self.backups_tab: BackupsTab | None = None
        if ctx.actor.can("backup"):
            self.backups_tab = BackupsTab(ctx, self)
            self.backups_tab.restore_requested.connect(self.restore_requested)
            self.tabs.addTab(self.backups_tab, self.tr("备份与恢复"))
        layout.addWidget(self.tabs, 1)
