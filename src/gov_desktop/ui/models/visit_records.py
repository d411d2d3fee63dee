"""Home visits (走访记录) as a lazily fetched list."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor

from ...core.enums import VisitKind
from .labels import enum_text
from .paged import RowTableModel, sort_value

FOLLOW_UP_OPEN = QColor("#ef6c00")


class VisitListModel(RowTableModel):
    """``store.queries.VisitRow`` values, newest first."""

    TR_CONTEXT = "VisitListModel"
    COL_DATE = 0
    COL_HOUSEHOLD = 1
    COL_HEAD = 2
    COL_GRID = 3
    COL_VISITOR = 4
    COL_KIND = 5
    COL_FINDINGS = 6
    COL_FOLLOW_UP = 7
    HEADERS = (
        QT_TRANSLATE_NOOP("VisitListModel", "走访日期"),
        QT_TRANSLATE_NOOP("VisitListModel", "户号"),
        QT_TRANSLATE_NOOP("VisitListModel", "户主"),
        QT_TRANSLATE_NOOP("VisitListModel", "网格"),
        QT_TRANSLATE_NOOP("VisitListModel", "走访人"),
        QT_TRANSLATE_NOOP("VisitListModel", "类别"),
        QT_TRANSLATE_NOOP("VisitListModel", "走访情况"),
        QT_TRANSLATE_NOOP("VisitListModel", "后续跟进"),
    )

    def display(self, row: Any, column: int) -> Any:
        if column == self.COL_DATE:
            return row.visit_date.isoformat() if isinstance(row.visit_date, date) else ""
        if column == self.COL_HOUSEHOLD:
            return row.household_no
        if column == self.COL_HEAD:
            return row.head_name
        if column == self.COL_GRID:
            return row.grid_name
        if column == self.COL_VISITOR:
            return row.visitor_name
        if column == self.COL_KIND:
            return enum_text(VisitKind, row.kind)
        if column == self.COL_FINDINGS:
            return row.findings.replace("\n", " ")
        if column == self.COL_FOLLOW_UP:
            return follow_up_text(row)
        return None

    def sort_key(self, row: Any, column: int) -> Any:
        if column == self.COL_DATE:
            return sort_value(row.visit_date)
        return super().sort_key(row, column)

    def tooltip(self, row: Any, column: int) -> Any:
        return row.findings if column == self.COL_FINDINGS and row.findings else None

    def foreground(self, row: Any, column: int) -> Any:
        if column == self.COL_FOLLOW_UP and row.follow_up_needed and not row.follow_up_done:
            return FOLLOW_UP_OPEN
        return None


def follow_up_text(row: Any) -> str:
    if not row.follow_up_needed:
        return ""
    if row.follow_up_done:
        return QCoreApplication.translate("VisitListModel", "已跟进")
    who = f"（{row.follow_up_by}）" if row.follow_up_by else ""
    return QCoreApplication.translate("VisitListModel", "待跟进") + who
