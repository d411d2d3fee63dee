"""Grid management lists (网格管理): grids, their staff, joint-household groups, party duties, ratings."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor

from ...core.enums import DutyKind, GridKind, GridRole, RatingCriterion
from .labels import enum_text, enum_texts
from .paged import RowTableModel

_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
PARTY_COLOR = QColor("#c62828")


def _party(value: bool) -> str:
    return QCoreApplication.translate("GridStaffModel", "中共党员") if value else ""


def stars_text(stars: int) -> str:
    return "★" * max(0, stars) + "☆" * max(0, len(RatingCriterion) - stars)


class GridListModel(RowTableModel):
    """``GridRow`` values."""

    TR_CONTEXT = "GridListModel"
    COL_NAME = 0
    COL_KIND = 1
    COL_VILLAGE = 2
    COL_POLICE = 3
    COL_HOUSEHOLDS = 4
    COL_STAFF = 5
    COL_GROUPS = 6
    COL_CODE = 7
    HEADERS = (
        QT_TRANSLATE_NOOP("GridListModel", "网格"),
        QT_TRANSLATE_NOOP("GridListModel", "类别"),
        QT_TRANSLATE_NOOP("GridListModel", "村（居）"),
        QT_TRANSLATE_NOOP("GridListModel", "警务站片区"),
        QT_TRANSLATE_NOOP("GridListModel", "户数"),
        QT_TRANSLATE_NOOP("GridListModel", "工作人员"),
        QT_TRANSLATE_NOOP("GridListModel", "双联户"),
        QT_TRANSLATE_NOOP("GridListModel", "编码"),
    )

    def display(self, row: Any, column: int) -> Any:
        return (
            row.name,
            enum_text(GridKind, row.kind),
            row.village_name,
            row.police_area,
            row.household_count,
            row.staff_count,
            row.joint_group_count,
            row.code,
        )[column]

    def sort_key(self, row: Any, column: int) -> Any:
        if column in (self.COL_HOUSEHOLDS, self.COL_STAFF, self.COL_GROUPS):
            return int(self.display(row, column))
        return super().sort_key(row, column)

    def alignment(self, column: int) -> Any:
        return _RIGHT if column in (self.COL_HOUSEHOLDS, self.COL_STAFF, self.COL_GROUPS) else None


class GridStaffModel(RowTableModel):
    """``GridMemberRow`` values: a grid's staff."""

    TR_CONTEXT = "GridStaffModel"
    COL_NAME = 0
    COL_ROLE = 1
    COL_PARTY = 2
    COL_PHONE = 3
    HEADERS = (
        QT_TRANSLATE_NOOP("GridStaffModel", "姓名"),
        QT_TRANSLATE_NOOP("GridStaffModel", "职责"),
        QT_TRANSLATE_NOOP("GridStaffModel", "政治面貌"),
        QT_TRANSLATE_NOOP("GridStaffModel", "联系电话"),
    )

    def display(self, row: Any, column: int) -> Any:
        if column == self.COL_NAME:
            return row.name
        if column == self.COL_ROLE:
            return enum_text(GridRole, row.role)
        if column == self.COL_PARTY:
            return _party(row.is_party_member)
        if column == self.COL_PHONE:
            return row.phone
        return None

    def foreground(self, row: Any, column: int) -> Any:
        return PARTY_COLOR if column == self.COL_PARTY and row.is_party_member else None


class JointGroupModel(RowTableModel):
    """``JointGroupRow`` values: 双联户 with their head household and head person."""

    TR_CONTEXT = "JointGroupModel"
    COL_NAME = 0
    COL_GRID = 1
    COL_HEAD_HOUSEHOLD = 2
    COL_HEAD = 3
    COL_HOUSEHOLDS = 4
    HEADERS = (
        QT_TRANSLATE_NOOP("JointGroupModel", "双联户"),
        QT_TRANSLATE_NOOP("JointGroupModel", "网格"),
        QT_TRANSLATE_NOOP("JointGroupModel", "联户长户"),
        QT_TRANSLATE_NOOP("JointGroupModel", "联户长"),
        QT_TRANSLATE_NOOP("JointGroupModel", "户数"),
    )

    def display(self, row: Any, column: int) -> Any:
        if column == self.COL_NAME:
            return row.name
        if column == self.COL_GRID:
            return row.grid_name
        if column == self.COL_HEAD_HOUSEHOLD:
            return row.head_household_no
        if column == self.COL_HEAD:
            if not row.head_name:
                return ""
            party = (
                QCoreApplication.translate("JointGroupModel", "（党员）") if row.head_is_party_member else ""
            )
            return row.head_name + party
        if column == self.COL_HOUSEHOLDS:
            return row.household_count
        return None

    def sort_key(self, row: Any, column: int) -> Any:
        if column == self.COL_HOUSEHOLDS:
            return int(row.household_count)
        return super().sort_key(row, column)

    def alignment(self, column: int) -> Any:
        return _RIGHT if column == self.COL_HOUSEHOLDS else None


class PartyDutyModel(RowTableModel):
    """``PartyDutyRow`` values: 党员包户 (“三包”)."""

    TR_CONTEXT = "PartyDutyModel"
    COL_PERSON = 0
    COL_HOUSEHOLD = 1
    COL_HEAD = 2
    COL_KINDS = 3
    COL_SINCE = 4
    HEADERS = (
        QT_TRANSLATE_NOOP("PartyDutyModel", "党员"),
        QT_TRANSLATE_NOOP("PartyDutyModel", "包户户号"),
        QT_TRANSLATE_NOOP("PartyDutyModel", "户主"),
        QT_TRANSLATE_NOOP("PartyDutyModel", "包户内容"),
        QT_TRANSLATE_NOOP("PartyDutyModel", "开始日期"),
    )

    def display(self, row: Any, column: int) -> Any:
        if column == self.COL_PERSON:
            return row.person_name
        if column == self.COL_HOUSEHOLD:
            return row.household_no
        if column == self.COL_HEAD:
            return row.head_name
        if column == self.COL_KINDS:
            return enum_texts(DutyKind, row.duty_kinds)
        if column == self.COL_SINCE:
            return row.since.isoformat() if isinstance(row.since, date) else ""
        return None


class RatingListModel(RowTableModel):
    """``RatingRow`` values: 文明户评星 of a year."""

    TR_CONTEXT = "RatingListModel"
    COL_YEAR = 0
    COL_HOUSEHOLD = 1
    COL_HEAD = 2
    COL_GRID = 3
    COL_STARS = 4
    COL_CRITERIA = 5
    COL_RATED_BY = 6
    HEADERS = (
        QT_TRANSLATE_NOOP("RatingListModel", "年度"),
        QT_TRANSLATE_NOOP("RatingListModel", "户号"),
        QT_TRANSLATE_NOOP("RatingListModel", "户主"),
        QT_TRANSLATE_NOOP("RatingListModel", "网格"),
        QT_TRANSLATE_NOOP("RatingListModel", "星级"),
        QT_TRANSLATE_NOOP("RatingListModel", "所评星目"),
        QT_TRANSLATE_NOOP("RatingListModel", "评定人"),
    )

    def display(self, row: Any, column: int) -> Any:
        if column == self.COL_YEAR:
            return row.year
        if column == self.COL_HOUSEHOLD:
            return row.household_no
        if column == self.COL_HEAD:
            return row.head_name
        if column == self.COL_GRID:
            return row.grid_name
        if column == self.COL_STARS:
            return stars_text(row.stars)
        if column == self.COL_CRITERIA:
            return enum_texts(RatingCriterion, row.criteria)
        if column == self.COL_RATED_BY:
            return row.rated_by
        return None

    def sort_key(self, row: Any, column: int) -> Any:
        if column == self.COL_STARS:
            return int(row.stars)
        return super().sort_key(row, column)

    def foreground(self, row: Any, column: int) -> Any:
        return QColor("#d48806") if column == self.COL_STARS else None
