"""The hall's service requests (办件) as a lazily fetched list."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QColor

from ...core.enums import Channel, RequestStatus
from ..formatting import local_time_text
from .labels import enum_text
from .paged import RowTableModel, sort_value

OVERDUE = QColor("#c62828")
CLOSED = QColor("#7a7a7a")
_CLOSED = (RequestStatus.DONE.value, RequestStatus.RETURNED.value)


class RequestListModel(RowTableModel):
    """``store.queries.RequestRow`` values, newest accepted first."""

    TR_CONTEXT = "RequestListModel"
    COL_SERIAL = 0
    COL_APPLICANT = 1
    COL_WINDOW = 2
    COL_MATTER = 3
    COL_CHANNEL = 4
    COL_STATUS = 5
    COL_ACCEPTED = 6
    COL_DUE = 7
    COL_DONE = 8
    COL_VISITS = 9
    HEADERS = (
        QT_TRANSLATE_NOOP("RequestListModel", "办件编号"),
        QT_TRANSLATE_NOOP("RequestListModel", "申请人"),
        QT_TRANSLATE_NOOP("RequestListModel", "服务窗口"),
        QT_TRANSLATE_NOOP("RequestListModel", "服务事项"),
        QT_TRANSLATE_NOOP("RequestListModel", "受理方式"),
        QT_TRANSLATE_NOOP("RequestListModel", "状态"),
        QT_TRANSLATE_NOOP("RequestListModel", "受理时间"),
        QT_TRANSLATE_NOOP("RequestListModel", "承诺办结"),
        QT_TRANSLATE_NOOP("RequestListModel", "办结时间"),
        QT_TRANSLATE_NOOP("RequestListModel", "跑动次数"),
    )

    def display(self, row: Any, column: int) -> Any:
        if column == self.COL_SERIAL:
            return row.serial_no
        if column == self.COL_APPLICANT:
            return row.applicant_name
        if column == self.COL_WINDOW:
            return row.window_name
        if column == self.COL_MATTER:
            return row.matter_name
        if column == self.COL_CHANNEL:
            return enum_text(Channel, row.channel)
        if column == self.COL_STATUS:
            status = enum_text(RequestStatus, row.status)
            return f"{status}（{self.tr('超期')}）" if row.overdue else status
        if column == self.COL_ACCEPTED:
            return local_time_text(row.accepted_at)
        if column == self.COL_DUE:
            return local_time_text(row.due_at)
        if column == self.COL_DONE:
            return local_time_text(row.done_at)
        if column == self.COL_VISITS:
            return row.visits
        return None

    def sort_key(self, row: Any, column: int) -> Any:
        if column == self.COL_ACCEPTED:
            return sort_value(row.accepted_at)
        if column == self.COL_DUE:
            return sort_value(row.due_at)
        if column == self.COL_DONE:
            return sort_value(row.done_at)
        if column == self.COL_VISITS:
            return int(row.visits)
        return super().sort_key(row, column)

    def foreground(self, row: Any, column: int) -> Any:
        if row.overdue:
            return OVERDUE
        if row.status in _CLOSED:
            return CLOSED
        return None

    def alignment(self, column: int) -> Any:
        if column == self.COL_VISITS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
