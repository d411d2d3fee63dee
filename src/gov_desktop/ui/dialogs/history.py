"""The record history dialog (修改记录): for any record, who changed which field when."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...store import queries
from ..context import AppContext
from ..models.history import HistoryModel, history_lines
from ..tasks import Op
from ..widgets.forms import error_messages

logger = logging.getLogger(__name__)

#: referenced ids shown by name: field -> how to name it
_REF_FIELDS = ("household_id", "head_person_id", "person_id", "grid_id", "village_id", "joint_group_id")


def _names(session: Any, entries: list[Any]) -> dict[str, str]:
    """Names of the rows the entries refer to (a household by its number, a person by name …)."""
    wanted: dict[str, set[str]] = {}
    for entry in entries:
        for change in entry.changes:
            if change.field in _REF_FIELDS and isinstance(change.value, str) and change.value:
                wanted.setdefault(change.field, set()).add(change.value)
    names: dict[str, str] = {}
    for household_id in wanted.get("household_id", set()):
        detail = queries.household_detail(session, household_id, history_limit=0)
        if detail is not None:
            h = detail.household
            names[household_id] = f"{h.household_no}（{h.head_name}）" if h.head_name else h.household_no
    for field in ("head_person_id", "person_id"):
        for person_id in wanted.get(field, set()):
            person = queries.get_person(session, person_id)
            if person is not None:
                names[person_id] = person.name
    if wanted.get("grid_id") or wanted.get("village_id"):
        for grid in queries.list_grids(session):
            names[grid.id] = grid.name
            if grid.village_id:
                names[grid.village_id] = grid.village_name
    for group_id in wanted.get("joint_group_id", set()):
        for group in queries.joint_groups(session):
            if group.id == group_id:
                names[group_id] = group.name
    return names


class HistoryDialog(QDialog):
    """Shows ``record_history(table, row_id)`` as one line per changed field, newest first."""

    loaded = Signal(int)  # lines shown

    def __init__(
        self, ctx: AppContext, table: str, row_id: str, title: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.table = table
        self.row_id = row_id
        self.setObjectName("record_history")
        self.setWindowTitle(self.tr("修改记录 — {0}").format(title))
        layout = QVBoxLayout(self)
        self.summary = QLabel(self.tr("正在读取…"), self)
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.model = HistoryModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("history")
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(HistoryModel.COL_AFTER, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.view, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        layout.addWidget(buttons)
        self.resize(900, 480)
        self.reload()

    def reload(self) -> None:
        store, table, row_id = self.ctx.store, self.table, self.row_id

        def load() -> tuple[list[Any], dict[str, str]]:
            with store.reader() as session:
                entries = queries.record_history(session, table, row_id)
                return entries, _names(session, entries)

        Op(self.ctx.runner, load, owner=self).success(self._loaded).failure(
            lambda exc: self.summary.setText(error_messages(exc)[0])
        ).run()

    def _loaded(self, result: tuple[list[Any], dict[str, str]]) -> None:
        entries, names = result
        lines = history_lines(entries, names, table=self.table)
        self.model.set_rows(lines)
        if entries:
            self.summary.setText(
                self.tr("共 {0} 次修改，{1} 处字段变化，含其他设备同步来的修改。").format(
                    len(entries), len(lines)
                )
            )
        else:
            self.summary.setText(self.tr("这条记录还没有修改记录（它随整库数据到达本机，此后没有修改过）。"))
        self.loaded.emit(len(lines))
