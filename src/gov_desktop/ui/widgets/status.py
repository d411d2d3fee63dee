"""Status bar parts: the link (online / offline), pending changes, last sync, the sync progress bar, the user."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QWidget

from ...store.actor import Actor
from ..formatting import local_time_text
from ..models.labels import enum_text

if TYPE_CHECKING:
    from ...sync.engine import SyncState

logger = logging.getLogger(__name__)

GREEN, GREY, RED, AMBER = "#2e7d32", "#757575", "#c62828", "#ef6c00"


def role_text(actor: Actor) -> str:
    return enum_text(type(actor.role), actor.role.value)


class SyncStatusWidgets(QWidget):
    """The sync part of the status bar: link, pending, last sync and the progress bar during a run."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)
        self.link_label = QLabel(self)
        self.link_label.setObjectName("link_status")
        self.pending_label = QLabel(self)
        self.pending_label.setObjectName("pending_status")
        self.last_sync_label = QLabel(self)
        self.last_sync_label.setObjectName("last_sync_status")
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setObjectName("sync_progress")
        self.progress_bar.setMaximumWidth(220)
        self.progress_bar.setMaximumHeight(16)
        self.progress_bar.setTextVisible(True)
        self.progress_bar.hide()
        for widget in (self.progress_bar, self.link_label, self.pending_label, self.last_sync_label):
            layout.addWidget(widget)
        self._state: SyncState | None = None
        self.set_state(None)

    def set_state(self, state: SyncState | None) -> None:
        """Show ``state`` (None: not read yet, shown as not enrolled)."""
        self._state = state
        if state is None:
            self.link_label.setText(f'<span style="color:{GREY}">●</span> {self.tr("未登记同步")}')
            self.pending_label.setText(self.tr("待上传 {0} 条").format(0))
            self.last_sync_label.setText(self.tr("尚未同步"))
            return
        if not state.enrolled:
            color, text = GREY, self.tr("未登记同步")
        elif state.syncing:
            color, text = AMBER, self.tr("正在同步")
        elif state.online is None:
            color, text = GREY, self.tr("等待连接")
        elif state.online:
            color, text = GREEN, self.tr("在线")
        else:
            color, text = RED, self.tr("离线")
        self.link_label.setText(f'<span style="color:{color}">●</span> {text}')
        tooltip = state.last_error or ""
        self.link_label.setToolTip(tooltip)
        pending = self.tr("待上传 {0} 条").format(state.pending)
        if state.conflicts:
            pending += self.tr("，冲突 {0} 条").format(state.conflicts)
        if state.quarantined:
            pending += self.tr("，被拒 {0} 条").format(state.quarantined)
        self.pending_label.setText(pending)
        if state.last_success is not None:
            self.last_sync_label.setText(
                self.tr("上次同步 {0}").format(local_time_text(state.last_success, short_today=True))
            )
        else:
            self.last_sync_label.setText(self.tr("尚未同步"))
        if not state.syncing:
            self.progress_bar.hide()

    def set_progress(self, done: int, total: int, text: str) -> None:
        self.progress_bar.show()
        if total <= 0:
            self.progress_bar.setRange(0, 0)  # busy
        else:
            self.progress_bar.setRange(0, total)
            self.progress_bar.setValue(min(done, total))
        shown = QCoreApplication.translate("sync", text) if text else ""
        self.progress_bar.setFormat(f"{shown} %p%" if total > 0 else shown)
        self.progress_bar.setToolTip(shown)

    def finish(self) -> None:
        self.progress_bar.hide()

    def retranslate(self) -> None:
        self.set_state(self._state)


class UserLabel(QLabel):
    """The signed-in user: display name and role."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("user_status")
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self._actor: Actor | None = None

    def set_actor(self, actor: Actor) -> None:
        self._actor = actor
        name = actor.display_name or actor.username
        self.setText(self.tr("{0}（{1}）").format(name, role_text(actor)))
        self.setToolTip(self.tr("用户名：{0}").format(actor.username))

    def retranslate(self) -> None:
        if self._actor is not None:
            self.set_actor(self._actor)
