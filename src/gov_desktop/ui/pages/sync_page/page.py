"""The sync page: one tab per concern; the sync controller (``ctx.sync``) does the work."""

from __future__ import annotations

import logging

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ...context import AppContext
from ..list_page import title_label
from .conflicts_tab import ConflictsTab
from .enrol_usb_tab import EnrolTab, UsbTab
from .queue_tab import QueueTab
from .status_tab import StatusTab

logger = logging.getLogger(__name__)


class SyncPage(QWidget):
    sync_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        title = title_label(self, self.tr("数据同步"))
        layout.addWidget(title)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("sync_tabs")
        self.status_tab = StatusTab(ctx, self)
        self.status_tab.sync_requested.connect(self.sync_requested)
        self.queue_tab = QueueTab(ctx, self)
        self.conflicts_tab = ConflictsTab(ctx, self)
        self.usb_tab = UsbTab(ctx, self)
        self.tabs.addTab(self.status_tab, self.tr("状态与记录"))
        self.tabs.addTab(self.queue_tab, self.tr("待上传与被拒"))
        self.tabs.addTab(self.conflicts_tab, self.tr("冲突"))
        self.tabs.addTab(self.usb_tab, self.tr("U盘同步"))
        self.enrol_tab: EnrolTab | None = None
        if ctx.actor.can("users.admin"):
            self.enrol_tab = EnrolTab(ctx, self)
            self.tabs.addTab(self.enrol_tab, self.tr("登记设备"))
        layout.addWidget(self.tabs, 1)
        self.conflicts_tab.count_changed.connect(self._conflict_count)

    def _conflict_count(self, n: int) -> None:
        index = self.tabs.indexOf(self.conflicts_tab)
        self.tabs.setTabText(index, self.tr("冲突（{0}）").format(n) if n else self.tr("冲突"))

    def show_conflicts(self) -> None:
        self.tabs.setCurrentWidget(self.conflicts_tab)
