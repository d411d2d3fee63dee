"""Conflicts side by side: the value this device wrote and the value from the other side; keep mine, take
theirs, or type the right value. Resolving writes the record (it syncs like any edit)."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ....store.usecases.changes import Changes
from ....sync.conflicts import list_conflicts, resolve_conflict
from ...context import AppContext, tables_of
from ...fonts import scaled_font
from ...formatting import local_time_text
from ...models.sync_rows import ConflictListModel, value_text
from ...tasks import Op
from ...widgets.forms import error_messages
from ...widgets.tables import make_table, selected_row

logger = logging.getLogger(__name__)

VALUE_STYLE = "padding: 8px; background: white; border: 1px solid #d9dee5;"


class ConflictsTab(QWidget):
    count_changed = Signal(int)
    resolved = Signal(object)  # the ConflictRow as it is afterwards

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        self.intro = QLabel(
            self.tr("两台设备同时修改了同一项数据。请逐条确认保留哪个值；未处理的冲突不影响其他数据的同步。"),
            self,
        )
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.model = ConflictListModel(self)
        self.view = make_table(self, self.model, ctx.settings, "sync/conflicts", sortable=True)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._show_selected())
        layout.addWidget(self.view, 1)

        side = QHBoxLayout()
        self.mine_box = QGroupBox(self.tr("本机的值"), self)
        self.theirs_box = QGroupBox(self.tr("对方的值"), self)
        self.mine_value = QLabel(self.mine_box)
        self.mine_value.setObjectName("mine_value")
        self.theirs_value = QLabel(self.theirs_box)
        self.theirs_value.setObjectName("theirs_value")
        self.mine_who = QLabel(self.mine_box)
        self.theirs_who = QLabel(self.theirs_box)
        for box, value, who in (
            (self.mine_box, self.mine_value, self.mine_who),
            (self.theirs_box, self.theirs_value, self.theirs_who),
        ):
            value.setStyleSheet(VALUE_STYLE)
            value.setFont(scaled_font(1.2))
            value.setWordWrap(True)
            who.setStyleSheet("color: #555;")
            grid = QGridLayout(box)
            grid.addWidget(value, 0, 0)
            grid.addWidget(who, 1, 0)
            side.addWidget(box, 1)
        layout.addLayout(side)
        self.what_label = QLabel(self)
        self.what_label.setObjectName("conflict_what")
        layout.addWidget(self.what_label)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.keep_button = QPushButton(self.tr("保留本机的值"), self)
        self.keep_button.setObjectName("keep_mine")
        self.keep_button.clicked.connect(lambda: self.resolve("keep_mine"))
        self.take_button = QPushButton(self.tr("采用对方的值"), self)
        self.take_button.setObjectName("take_theirs")
        self.take_button.clicked.connect(lambda: self.resolve("take_theirs"))
        self.edit_button = QPushButton(self.tr("改为…"), self)
        self.edit_button.setObjectName("edit_value")
        self.edit_button.clicked.connect(self.edit)
        for button in (self.keep_button, self.take_button, self.edit_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)

        ctx.bus.changed.connect(self._changed)
        self._show_selected()
        self.reload()

    def _changed(self, changes: Any) -> None:
        if "conflict_log" in tables_of(changes):
            self.reload()

    def reload(self) -> None:
        store = self.ctx.store
        Op(self.ctx.runner, lambda: list_conflicts(store), owner=self).success(self._loaded).run()

    def _loaded(self, rows: list[Any]) -> None:
        self.model.set_rows(rows)
        self.count_changed.emit(len(rows))
        if rows:
            self.view.selectRow(0)
        self._show_selected()

    def current(self) -> Any:
        return selected_row(self.view)

    def _show_selected(self) -> None:
        row = self.current()
        for button in (self.keep_button, self.take_button, self.edit_button):
            button.setEnabled(row is not None)
        if row is None:
            self.mine_value.setText("")
            self.theirs_value.setText("")
            self.mine_who.setText("")
            self.theirs_who.setText("")
            self.what_label.setText(self.tr("没有待处理的冲突") if not self.model.rowCount() else "")
            return
        self.mine_value.setText(value_text(row.mine))
        self.theirs_value.setText(value_text(row.theirs))
        self.mine_who.setText(self.tr("{0} 于 {1}").format(row.mine_by or "-", local_time_text(row.mine_at)))
        self.theirs_who.setText(
            self.tr("{0} 于 {1}").format(row.theirs_by or "-", local_time_text(row.theirs_at))
        )
        self.what_label.setText(
            self.tr("{0}的“{1}”，现在的值：{2}").format(
                self.model.data(self.model.index(self.model.row_of(row.id), 0)) or row.table_label,
                self.model.data(self.model.index(self.model.row_of(row.id), 1)) or row.field_label,
                value_text(row.current),
            )
        )

    def edit(self) -> None:
        row = self.current()
        if row is None:
            return
        text, ok = QInputDialog.getText(
            self,
            self.tr("改为新值"),
            self.tr("“{0}”的正确值：").format(row.field_label),
            text=value_text(row.current),
        )
        if ok:
            self.resolve("edit", text)

    def resolve(self, choice: str, value: Any = None) -> None:
        row = self.current()
        if row is None:
            return
        store, user = self.ctx.store, self.ctx.actor.username
        changed = Changes(updated=frozenset({(row.table, row.row_id), ("conflict_log", row.id)}))

        def done(result: Any) -> None:
            self.resolved.emit(result)
            self.ctx.bus.changed.emit(changed)

        Op(
            self.ctx.runner,
            lambda: resolve_conflict(store, user, row.id, choice, value),
            write=True,
            owner=self,
        ).success(done).failure(
            lambda exc: QMessageBox.warning(self, self.tr("无法处理"), "\n".join(error_messages(exc)))
        ).run()
