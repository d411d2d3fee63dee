"""Residents' appeals (群众诉求: 微心愿 and 问题) as a lazily fetched list."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QColor

from ...core.enums import AppealCategory, AppealKind, AppealStatus
from ..formatting import local_time_text
from .labels import enum_text
from .paged import RowTableModel, sort_value

FINISHED = QColor("#7a7a7a")
_FINISHED = (AppealStatus.DONE.value, AppealStatus.UNRESOLVABLE.value)


class AppealListModel(RowTableModel):
    """``store.queries.AppealRow`` values, newest collected first."""

    TR_CONTEXT = "AppealListModel"
    COL_KIND = 0
    COL_CONTENT = 1
    COL_CATEGORY = 2
    COL_HOUSEHOLD = 3
    COL_PERSON = 4
    COL_STATUS = 5
    COL_ORG = 6
    COL_CREATED = 7
    COL_DONE = 8
    COL_FEEDBACK = 9
    HEADERS = (
        QT_TRANSLATE_NOOP("AppealListModel", "类别"),
        QT_TRANSLATE_NOOP("AppealListModel", "诉求内容"),
        QT_TRANSLATE_NOOP("AppealListModel", "诉求分类"),
        QT_TRANSLATE_NOOP("AppealListModel", "户号"),
        QT_TRANSLATE_NOOP("AppealListModel", "群众"),
        QT_TRANSLATE_NOOP("AppealListModel", "状态"),
        QT_TRANSLATE_NOOP("AppealListModel", "承办单位"),
        QT_TRANSLATE_NOOP("AppealListModel", "征集时间"),
        QT_TRANSLATE_NOOP("AppealListModel", "办结时间"),
        QT_TRANSLATE_NOOP("AppealListModel", "回音壁"),
    )

    def display(self, row: Any, column: int) -> Any:
        values = (
            enum_text(AppealKind, row.kind),
            row.content.replace("\n", " "),
            enum_text(AppealCategory, row.category),
            row.household_no,
            row.person_name,
            enum_text(AppealStatus, row.status),
            row.org_name,
            local_time_text(row.created_at),
            local_time_text(row.done_at),
            row.feedback.replace("\n", " "),
        )
        return values[column] if 0 <= column < len(values) else None

    def sort_key(self, row: Any, column: int) -> Any:
        if column == self.COL_CREATED:
            return sort_value(row.created_at)
        if column == self.COL_DONE:
            return sort_value(row.done_at)
        return super().sort_key(row, column)

    def tooltip(self, row: Any, column: int) -> Any:
        if column == self.COL_CONTENT:
            return row.content
        if column == self.COL_FEEDBACK and row.feedback:
            return row.feedback
        return None

    def foreground(self, row: Any, column: int) -> Any:
        return FINISHED if row.status in _FINISHED else None
