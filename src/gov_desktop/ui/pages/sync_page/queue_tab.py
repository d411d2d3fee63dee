"""Local changes waiting to be sent, and changes the server refused (with its reason): fix the record, then
重新发送; or 忽略 when a later edit made the refusal moot."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QSplitter, QVBoxLayout, QWidget

from ....store import lookups
from ....store.usecases.changes import Changes
from ....sync.quarantine import dismiss_quarantined, list_quarantined, resend_quarantined
from ...context import AppContext
from ...models.sync_rows import PendingChangeModel, QuarantineListModel
from ...tasks import Op
from ...widgets.forms import error_messages
from ...widgets.tables import make_table, selected_row

logger = logging.getLogger(__name__)


class QueueTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        splitter = QSplitter(Qt.Orientation.Vertical, self)

        rejected = QWidget(splitter)
        r_layout = QVBoxLayout(rejected)
        r_layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.rejected_label = QLabel(self.tr("被服务器拒绝的修改"), rejected)
        bar.addWidget(self.rejected_label)
        bar.addStretch(1)
        self.resend_button = QPushButton(self.tr("重新发送"), rejected)
        self.resend_button.setObjectName("resend")
        self.resend_button.setToolTip(self.tr("先在相应页面改正该记录，再重新发送"))
        self.resend_button.clicked.connect(self.resend)
        self.dismiss_button = QPushButton(self.tr("忽略"), rejected)
        self.dismiss_button.setObjectName("dismiss")
        self.dismiss_button.clicked.connect(self.dismiss)
        bar.addWidget(self.resend_button)
        bar.addWidget(self.dismiss_button)
        r_layout.addLayout(bar)
        self.rejected_model = QuarantineListModel(self)
        self.rejected_view = make_table(
            rejected, self.rejected_model, ctx.settings, "sync/quarantine", sortable=True, stretch_column=2
        )
        self.rejected_view.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        r_layout.addWidget(self.rejected_view)

        pending = QWidget(splitter)
        p_layout = QVBoxLayout(pending)
        p_layout.setContentsMargins(0, 0, 0, 0)
        self.pending_label = QLabel(self.tr("等待上传的修改"), pending)
        p_layout.addWidget(self.pending_label)
        self.pending_model = PendingChangeModel(self)
        self.pending_view = make_table(
            pending, self.pending_model, ctx.settings, "sync/pending", sortable=True, stretch_column=3
        )
        p_layout.addWidget(self.pending_view)
        splitter.addWidget(rejected)
        splitter.addWidget(pending)
        layout.addWidget(splitter)

        ctx.bus.changed.connect(lambda *_: self.reload())
        if ctx.sync is not None:
            ctx.sync.finished.connect(lambda *_: self.reload())
            ctx.sync.failed.connect(lambda *_: self.reload())
        self._enable()
        self.reload()

    def _enable(self) -> None:
        has = selected_row(self.rejected_view) is not None
        self.resend_button.setEnabled(has)
        self.dismiss_button.setEnabled(has)

    def reload(self) -> None:
        store = self.ctx.store

        def read() -> tuple[list[Any], list[Any]]:
            with store.reader() as s:
                pending = lookups.pending_changes(s)
            return list_quarantined(store), pending

        Op(self.ctx.runner, read, owner=self).success(self._show).run()

    def _show(self, data: tuple[list[Any], list[Any]]) -> None:
        rejected, pending = data
        self.rejected_model.set_rows(rejected)
        self.pending_model.set_rows(pending)
        self.rejected_label.setText(self.tr("被服务器拒绝的修改（{0}）").format(len(rejected)))
        self.pending_label.setText(self.tr("等待上传的修改（{0}）").format(len(pending)))
        self._enable()

    def resend(self) -> None:
        self._act(resend_quarantined)

    def dismiss(self) -> None:
        self._act(dismiss_quarantined)

    def _act(self, fn: Any) -> None:
        row = selected_row(self.rejected_view)
        if row is None:
            return
        store, user = self.ctx.store, self.ctx.actor.username
        changed = Changes(updated=frozenset({("quarantine", str(row.id))}))
        Op(self.ctx.runner, lambda: fn(store, user, row.id), write=True, owner=self).success(
            lambda *_: self.ctx.bus.changed.emit(changed)
        ).failure(
            lambda exc: QMessageBox.warning(self, self.tr("操作失败"), "\n".join(error_messages(exc)))
        ).run()
