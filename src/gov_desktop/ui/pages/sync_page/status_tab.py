"""State of sync (server, link, pending, last success and error), 立即同步 with its progress, and the
history: this session's runs and the batches sent."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ....store import lookups
from ...context import AppContext
from ...formatting import local_time_text
from ...models.sync_rows import BatchListModel, RunHistoryModel
from ...tasks import Op
from ...widgets.tables import make_table

if TYPE_CHECKING:
    from ....sync.engine import SyncState

logger = logging.getLogger(__name__)


class StatusTab(QWidget):
    sync_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        form = QFormLayout()
        self.server_label = QLabel(self)
        self.server_label.setObjectName("sync_server")
        self.link_label = QLabel(self)
        self.link_label.setObjectName("sync_link")
        self.pending_label = QLabel(self)
        self.pending_label.setObjectName("sync_pending")
        self.last_label = QLabel(self)
        self.last_label.setObjectName("sync_last")
        self.error_label = QLabel(self)
        self.error_label.setObjectName("sync_error")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #c62828;")
        form.addRow(self.tr("县级服务器"), self.server_label)
        form.addRow(self.tr("连接"), self.link_label)
        form.addRow(self.tr("待上传"), self.pending_label)
        form.addRow(self.tr("上次成功同步"), self.last_label)
        form.addRow(self.tr("上次的问题"), self.error_label)
        top.addLayout(form, 1)
        right = QVBoxLayout()
        self.sync_button = QPushButton(self.tr("立即同步（F5）"), self)
        self.sync_button.setObjectName("sync_now")
        self.sync_button.setMinimumHeight(40)
        self.sync_button.clicked.connect(self.sync_requested)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("sync_page_progress")
        self.progress.hide()
        right.addWidget(self.sync_button)
        right.addWidget(self.progress)
        right.addStretch(1)
        top.addLayout(right)
        layout.addLayout(top)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        runs = QWidget(splitter)
        runs_layout = QVBoxLayout(runs)
        runs_layout.setContentsMargins(0, 0, 0, 0)
        runs_layout.addWidget(QLabel(self.tr("本次启动以来的同步"), runs))
        self.runs_model = RunHistoryModel(self)
        self.runs_view = make_table(runs, self.runs_model, ctx.settings, "sync/runs", sortable=True)
        runs_layout.addWidget(self.runs_view)
        batches = QWidget(splitter)
        batches_layout = QVBoxLayout(batches)
        batches_layout.setContentsMargins(0, 0, 0, 0)
        batches_layout.addWidget(QLabel(self.tr("已打包发送的修改（最近100批）"), batches))
        self.batch_model = BatchListModel(self)
        self.batch_view = make_table(batches, self.batch_model, ctx.settings, "sync/batches", sortable=True)
        batches_layout.addWidget(self.batch_view)
        splitter.addWidget(runs)
        splitter.addWidget(batches)
        layout.addWidget(splitter, 1)

        sync = ctx.sync
        if sync is not None:
            sync.state_changed.connect(self._state)
            sync.progress.connect(self._progress)
            sync.finished.connect(lambda *_: self._done())
            sync.failed.connect(lambda *_: self._done())
            sync.history_changed.connect(self._history)
            sync.enrolled_changed.connect(lambda *_: self._state(sync.state))
            self._state(sync.state)
            self._history()
        else:
            self.sync_button.setEnabled(False)
        self.reload_batches()

    def _state(self, state: SyncState | None) -> None:
        if state is None:
            from ....sync.engine import SyncState

            state = SyncState()
        sync = self.ctx.sync
        settings = sync.settings if sync is not None else None
        if settings is not None and settings.enrolled:
            self.server_label.setText(
                self.tr("{0}（本机设备号 {1}）").format(settings.server_url, settings.device_id)
            )
        else:
            self.server_label.setText(self.tr("未登记（可在“登记设备”页登记，或用U盘同步）"))
        if state.syncing:
            link = self.tr("正在同步")
        elif state.online is None:
            link = self.tr("未知（尚未连接）") if state.enrolled else self.tr("未登记")
        else:
            link = self.tr("在线") if state.online else self.tr("离线：稍后自动重试")
        self.link_label.setText(link)
        self.pending_label.setText(
            self.tr("{0} 条修改；冲突 {1} 处；被拒 {2} 条").format(
                state.pending, state.conflicts, state.quarantined
            )
        )
        self.last_label.setText(
            local_time_text(state.last_success) if state.last_success else self.tr("从未")
        )
        self.error_label.setText(
            QCoreApplication.translate("sync", state.last_error) if state.last_error else ""
        )
        self.sync_button.setEnabled(state.enrolled and not state.syncing)
        if not state.syncing:
            self.progress.hide()

    def _progress(self, done: int, total: int, text: str) -> None:
        self.progress.show()
        self.progress.setRange(0, max(total, 0))
        if total > 0:
            self.progress.setValue(min(done, total))
        self.progress.setFormat(f"{QCoreApplication.translate('sync', text)} %p%" if total > 0 else text)

    def _done(self) -> None:
        self.progress.hide()
        self.reload_batches()

    def _history(self) -> None:
        if self.ctx.sync is not None:
            self.runs_model.set_rows(self.ctx.sync.history)

    def reload_batches(self) -> None:
        store = self.ctx.store

        def read() -> list[Any]:
            with store.reader() as s:
                return lookups.sync_batches(s)

        Op(self.ctx.runner, read, owner=self).success(self.batch_model.set_rows).run()
