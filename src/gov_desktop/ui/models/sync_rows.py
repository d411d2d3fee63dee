"""The sync page's lists: conflicts (mine vs theirs), changes the server rejected, this session's runs."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor

from ...core.errors import field_label
from ...sync.conflicts import TABLE_LABELS
from ..formatting import local_time_text
from .paged import RowTableModel, sort_value

FAILED = QColor("#c62828")


def value_text(value: Any) -> str:
    """A field value as stored on the wire (text, number, list …) in one line."""
    if value is None:
        return QCoreApplication.translate("sync_rows", "（空）")
    if isinstance(value, bool):
        return QCoreApplication.translate("sync_rows", "是" if value else "否")
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


class ConflictListModel(RowTableModel):
    """``sync.conflicts.ConflictRow`` values: the two values side by side."""

    TR_CONTEXT = "ConflictListModel"
    COL_TABLE = 0
    COL_FIELD = 1
    COL_MINE = 2
    COL_THEIRS = 3
    COL_CURRENT = 4
    COL_MINE_BY = 5
    COL_THEIRS_BY = 6
    COL_DETECTED = 7
    HEADERS = (
        QT_TRANSLATE_NOOP("ConflictListModel", "数据"),
        QT_TRANSLATE_NOOP("ConflictListModel", "字段"),
        QT_TRANSLATE_NOOP("ConflictListModel", "本机的值"),
        QT_TRANSLATE_NOOP("ConflictListModel", "对方的值"),
        QT_TRANSLATE_NOOP("ConflictListModel", "现在的值"),
        QT_TRANSLATE_NOOP("ConflictListModel", "本机修改"),
        QT_TRANSLATE_NOOP("ConflictListModel", "对方修改"),
        QT_TRANSLATE_NOOP("ConflictListModel", "发现时间"),
    )

    def display(self, row: Any, column: int) -> Any:
        values = (
            _tr("tables", row.table_label),
            _tr("fields", row.field_label),
            value_text(row.mine),
            value_text(row.theirs),
            value_text(row.current),
            f"{row.mine_by} {local_time_text(row.mine_at)}".strip(),
            f"{row.theirs_by} {local_time_text(row.theirs_at)}".strip(),
            local_time_text(row.detected_at),
        )
        return values[column] if 0 <= column < len(values) else None

    def sort_key(self, row: Any, column: int) -> Any:
        if column == self.COL_DETECTED:
            return sort_value(row.detected_at)
        return super().sort_key(row, column)


class QuarantineListModel(RowTableModel):
    """``sync.quarantine.QuarantinedChange`` values: what the server refused, and why."""

    TR_CONTEXT = "QuarantineListModel"
    COL_TABLE = 0
    COL_FIELD = 1
    COL_REASON = 2
    COL_AT = 3
    HEADERS = (
        QT_TRANSLATE_NOOP("QuarantineListModel", "数据"),
        QT_TRANSLATE_NOOP("QuarantineListModel", "字段"),
        QT_TRANSLATE_NOOP("QuarantineListModel", "被拒绝的原因"),
        QT_TRANSLATE_NOOP("QuarantineListModel", "时间"),
    )

    def display(self, row: Any, column: int) -> Any:
        values = (
            _tr("tables", row.table_label),
            _tr("fields", row.field_label) if row.field_label else "",
            row.message or row.code,
            local_time_text(row.created_at),
        )
        return values[column] if 0 <= column < len(values) else None

    def sort_key(self, row: Any, column: int) -> Any:
        if column == self.COL_AT:
            return sort_value(row.created_at)
        return super().sort_key(row, column)

    def tooltip(self, row: Any, column: int) -> Any:
        return row.message if column == self.COL_REASON else None


RUN_KINDS = {
    "manual": QT_TRANSLATE_NOOP("RunHistoryModel", "手动同步"),
    "scheduled": QT_TRANSLATE_NOOP("RunHistoryModel", "自动同步"),
    "usb-export": QT_TRANSLATE_NOOP("RunHistoryModel", "导出同步文件"),
    "usb-import": QT_TRANSLATE_NOOP("RunHistoryModel", "导入回执文件"),
}


class RunHistoryModel(RowTableModel):
    """``ui.sync_controller.RunRecord`` values (this session's runs, newest first)."""

    TR_CONTEXT = "RunHistoryModel"
    COL_AT = 0
    COL_KIND = 1
    COL_RESULT = 2
    COL_PUSHED = 3
    COL_PULLED = 4
    COL_CONFLICTS = 5
    COL_REJECTED = 6
    COL_SECONDS = 7
    HEADERS = (
        QT_TRANSLATE_NOOP("RunHistoryModel", "时间"),
        QT_TRANSLATE_NOOP("RunHistoryModel", "方式"),
        QT_TRANSLATE_NOOP("RunHistoryModel", "结果"),
        QT_TRANSLATE_NOOP("RunHistoryModel", "上传"),
        QT_TRANSLATE_NOOP("RunHistoryModel", "下载"),
        QT_TRANSLATE_NOOP("RunHistoryModel", "冲突"),
        QT_TRANSLATE_NOOP("RunHistoryModel", "被拒"),
        QT_TRANSLATE_NOOP("RunHistoryModel", "用时（秒）"),
    )

    def display(self, row: Any, column: int) -> Any:
        result = self.tr("成功") if row.ok else (row.message or self.tr("失败"))
        values = (
            local_time_text(row.finished_at),
            self.tr(RUN_KINDS.get(row.kind, row.kind)),
            result,
            row.pushed,
            row.pulled,
            row.conflicts,
            row.quarantined,
            f"{row.seconds:.1f}",
        )
        return values[column] if 0 <= column < len(values) else None

    def sort_key(self, row: Any, column: int) -> Any:
        if column == self.COL_AT:
            return sort_value(row.finished_at)
        if column == self.COL_SECONDS:
            return float(row.seconds)
        if self.COL_PUSHED <= column <= self.COL_REJECTED:
            return int(self.display(row, column))
        return super().sort_key(row, column)

    def foreground(self, row: Any, column: int) -> Any:
        return FAILED if not row.ok and column == self.COL_RESULT else None

    def tooltip(self, row: Any, column: int) -> Any:
        return row.message if column == self.COL_RESULT and row.message else None


OPS = {
    "insert": QT_TRANSLATE_NOOP("PendingChangeModel", "新增"),
    "update": QT_TRANSLATE_NOOP("PendingChangeModel", "修改"),
    "delete": QT_TRANSLATE_NOOP("PendingChangeModel", "删除"),
}


class PendingChangeModel(RowTableModel):
    """``store.lookups.PendingChange`` values: local changes waiting to be sent, oldest first."""

    TR_CONTEXT = "PendingChangeModel"
    COL_AT = 0
    COL_TABLE = 1
    COL_OP = 2
    COL_FIELDS = 3
    COL_USER = 4
    HEADERS = (
        QT_TRANSLATE_NOOP("PendingChangeModel", "时间"),
        QT_TRANSLATE_NOOP("PendingChangeModel", "数据"),
        QT_TRANSLATE_NOOP("PendingChangeModel", "操作"),
        QT_TRANSLATE_NOOP("PendingChangeModel", "修改的字段"),
        QT_TRANSLATE_NOOP("PendingChangeModel", "修改人"),
    )

    def display(self, row: Any, column: int) -> Any:
        values = (
            local_time_text(row.created_at),
            _tr("tables", TABLE_LABELS.get(row.table, row.table)),
            self.tr(OPS.get(row.op, row.op)),
            "、".join(_tr("fields", field_label(f)) for f in row.fields[:8])
            + ("…" if len(row.fields) > 8 else ""),
            row.user,
        )
        return values[column] if 0 <= column < len(values) else None

    def sort_key(self, row: Any, column: int) -> Any:
        if column == self.COL_AT:
            return int(row.seq)
        return super().sort_key(row, column)


BATCH_STATES = {
    "pending": QT_TRANSLATE_NOOP("BatchListModel", "待发送"),
    "acked": QT_TRANSLATE_NOOP("BatchListModel", "已确认"),
    "bundled": QT_TRANSLATE_NOOP("BatchListModel", "已写入同步文件"),
}


class BatchListModel(RowTableModel):
    """``store.lookups.BatchRow`` values: what was sent to the server, newest first."""

    TR_CONTEXT = "BatchListModel"
    COL_CREATED = 0
    COL_CHANGES = 1
    COL_STATE = 2
    COL_ATTEMPTS = 3
    COL_ACKED = 4
    COL_ERROR = 5
    HEADERS = (
        QT_TRANSLATE_NOOP("BatchListModel", "打包时间"),
        QT_TRANSLATE_NOOP("BatchListModel", "修改条数"),
        QT_TRANSLATE_NOOP("BatchListModel", "状态"),
        QT_TRANSLATE_NOOP("BatchListModel", "发送次数"),
        QT_TRANSLATE_NOOP("BatchListModel", "确认时间"),
        QT_TRANSLATE_NOOP("BatchListModel", "最近错误"),
    )

    def display(self, row: Any, column: int) -> Any:
        values = (
            local_time_text(row.created_at),
            row.change_count,
            self.tr(BATCH_STATES.get(row.state, row.state)),
            row.attempts,
            local_time_text(row.acked_at),
            row.last_error,
        )
        return values[column] if 0 <= column < len(values) else None

    def sort_key(self, row: Any, column: int) -> Any:
        if column == self.COL_CREATED:
            return sort_value(row.created_at)
        if column in (self.COL_CHANGES, self.COL_ATTEMPTS):
            return int(self.display(row, column))
        return super().sort_key(row, column)

    def foreground(self, row: Any, column: int) -> Any:
        return FAILED if column == self.COL_ERROR and row.last_error else None
