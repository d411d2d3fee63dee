"""What happened with a household, for its page: home visits, service requests and appeals."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor

from ...core.clock import LOCAL_TZ, as_utc
from ...core.enums import AppealCategory, AppealKind, AppealStatus, RequestStatus, VisitKind
from .labels import enum_text
from .paged import RowTableModel


def _day(value: Any) -> str:
    if isinstance(value, datetime):
        return as_utc(value).astimezone(LOCAL_TZ).strftime("%Y-%m-%d")
    if isinstance(value, date):
        return value.isoformat()
    return ""


class VisitHistoryModel(RowTableModel):
    """``VisitRow`` values of one household."""

    TR_CONTEXT = "VisitHistoryModel"
    COL_DATE = 0
    COL_KIND = 1
    COL_VISITOR = 2
    COL_FINDINGS = 3
    COL_FOLLOW_UP = 4
    HEADERS = (
        QT_TRANSLATE_NOOP("VisitHistoryModel", "走访日期"),
        QT_TRANSLATE_NOOP("VisitHistoryModel", "类别"),
        QT_TRANSLATE_NOOP("VisitHistoryModel", "走访人"),
        QT_TRANSLATE_NOOP("VisitHistoryModel", "走访情况"),
        QT_TRANSLATE_NOOP("VisitHistoryModel", "后续跟进"),
    )

    def display(self, row: Any, column: int) -> Any:
        if column == self.COL_DATE:
            return _day(row.visit_date)
        if column == self.COL_KIND:
            return enum_text(VisitKind, row.kind)
        if column == self.COL_VISITOR:
            return row.visitor_name
        if column == self.COL_FINDINGS:
            return row.findings
        if column == self.COL_FOLLOW_UP:
            if not row.follow_up_needed:
                return ""
            if row.follow_up_done:
                text = QCoreApplication.translate("VisitHistoryModel", "已完成")
            else:
                text = QCoreApplication.translate("VisitHistoryModel", "待跟进")
            return f"{text}（{row.follow_up_by}）" if row.follow_up_by else text
        return None


class RequestHistoryModel(RowTableModel):
    """``RequestRow`` values (办件) of one household."""

    TR_CONTEXT = "RequestHistoryModel"
    COL_ACCEPTED = 0
    COL_SERIAL = 1
    COL_WINDOW = 2
    COL_MATTER = 3
    COL_APPLICANT = 4
    COL_STATUS = 5
    COL_DONE = 6
    HEADERS = (
        QT_TRANSLATE_NOOP("RequestHistoryModel", "受理日期"),
        QT_TRANSLATE_NOOP("RequestHistoryModel", "办件编号"),
        QT_TRANSLATE_NOOP("RequestHistoryModel", "窗口"),
        QT_TRANSLATE_NOOP("RequestHistoryModel", "事项"),
        QT_TRANSLATE_NOOP("RequestHistoryModel", "申请人"),
        QT_TRANSLATE_NOOP("RequestHistoryModel", "状态"),
        QT_TRANSLATE_NOOP("RequestHistoryModel", "办结日期"),
    )

    def display(self, row: Any, column: int) -> Any:
        return (
            _day(row.accepted_at),
            row.serial_no,
            row.window_name,
            row.matter_name,
            row.applicant_name,
            enum_text(RequestStatus, row.status),
            _day(row.done_at),
        )[column]

    def foreground(self, row: Any, column: int) -> Any:
        return QColor("#c62828") if column == self.COL_STATUS and row.overdue else None


class AppealHistoryModel(RowTableModel):
    """``AppealRow`` values (微心愿 / 问题) of one household."""

    TR_CONTEXT = "AppealHistoryModel"
    COL_CREATED = 0
    COL_KIND = 1
    COL_CATEGORY = 2
    COL_CONTENT = 3
    COL_STATUS = 4
    COL_ORG = 5
    COL_FEEDBACK = 6
    HEADERS = (
        QT_TRANSLATE_NOOP("AppealHistoryModel", "提出日期"),
        QT_TRANSLATE_NOOP("AppealHistoryModel", "类别"),
        QT_TRANSLATE_NOOP("AppealHistoryModel", "分类"),
        QT_TRANSLATE_NOOP("AppealHistoryModel", "内容"),
        QT_TRANSLATE_NOOP("AppealHistoryModel", "状态"),
        QT_TRANSLATE_NOOP("AppealHistoryModel", "承办单位"),
        QT_TRANSLATE_NOOP("AppealHistoryModel", "回音壁"),
    )

    def display(self, row: Any, column: int) -> Any:
        return (
            _day(row.created_at),
            enum_text(AppealKind, row.kind),
            enum_text(AppealCategory, row.category),
            row.content,
            enum_text(AppealStatus, row.status),
            row.org_name,
            row.feedback,
        )[column]
