"""Households (户) and a household's members, as table models over frozen rows."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QColor

from ...core.enums import Gender, HouseholdFlag, PersonStatus, Relation
from .labels import enum_text, enum_texts
from .paged import RowTableModel
from .persons import field


class HouseholdListModel(RowTableModel):
    """Households: ``HouseholdHit`` rows or list rows of ``store.queries``."""

    TR_CONTEXT = "HouseholdListModel"
    COL_NUMBER = 0
    COL_HEAD = 1
    COL_HEAD_ID = 2
    COL_MEMBERS = 3
    COL_VILLAGE = 4
    COL_GRID = 5
    COL_ADDRESS = 6
    COL_PHONE = 7
    COL_FLAGS = 8
    HEADERS = (
        QT_TRANSLATE_NOOP("HouseholdListModel", "户号"),
        QT_TRANSLATE_NOOP("HouseholdListModel", "户主"),
        QT_TRANSLATE_NOOP("HouseholdListModel", "户主身份证号"),
        QT_TRANSLATE_NOOP("HouseholdListModel", "人数"),
        QT_TRANSLATE_NOOP("HouseholdListModel", "村（居）"),
        QT_TRANSLATE_NOOP("HouseholdListModel", "网格"),
        QT_TRANSLATE_NOOP("HouseholdListModel", "住址"),
        QT_TRANSLATE_NOOP("HouseholdListModel", "联系电话"),
        QT_TRANSLATE_NOOP("HouseholdListModel", "户类别"),
    )

    def display(self, row: Any, column: int) -> Any:
        if column == self.COL_NUMBER:
            return field(row, "household_no")
        if column == self.COL_HEAD:
            return field(row, "head_name")
        if column == self.COL_HEAD_ID:
            return field(row, "head_id_number")
        if column == self.COL_MEMBERS:
            return field(row, "member_count", 0)
        if column == self.COL_VILLAGE:
            return field(row, "village_name")
        if column == self.COL_GRID:
            return field(row, "grid_name")
        if column == self.COL_ADDRESS:
            return field(row, "address")
        if column == self.COL_PHONE:
            return field(row, "phone")
        if column == self.COL_FLAGS:
            return enum_texts(HouseholdFlag, field(row, "flags"))
        return None

    def sort_key(self, row: Any, column: int) -> Any:
        if column == self.COL_MEMBERS:
            return int(field(row, "member_count", 0) or 0)
        return super().sort_key(row, column)

    def alignment(self, column: int) -> Any:
        if column == self.COL_MEMBERS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class MemberListModel(RowTableModel):
    """The members of one household (all statuses; those moved out or dead greyed)."""

    TR_CONTEXT = "MemberListModel"
    COL_NAME = 0
    COL_RELATION = 1
    COL_GENDER = 2
    COL_ID_NUMBER = 3
    COL_BIRTH = 4
    COL_PHONE = 5
    COL_STATUS = 6
    HEADERS = (
        QT_TRANSLATE_NOOP("MemberListModel", "姓名"),
        QT_TRANSLATE_NOOP("MemberListModel", "与户主关系"),
        QT_TRANSLATE_NOOP("MemberListModel", "性别"),
        QT_TRANSLATE_NOOP("MemberListModel", "身份证号"),
        QT_TRANSLATE_NOOP("MemberListModel", "出生日期"),
        QT_TRANSLATE_NOOP("MemberListModel", "联系电话"),
        QT_TRANSLATE_NOOP("MemberListModel", "状态"),
    )

    def display(self, row: Any, column: int) -> Any:
        if column == self.COL_NAME:
            name = field(row, "name")
            return f"{name} ★" if field(row, "is_party_member", False) else name
        if column == self.COL_RELATION:
            return enum_text(Relation, field(row, "relation"))
        if column == self.COL_GENDER:
            return enum_text(Gender, field(row, "gender"))
        if column == self.COL_ID_NUMBER:
            return field(row, "id_number")
        if column == self.COL_BIRTH:
            birth = field(row, "birth_date", None)
            return birth.isoformat() if isinstance(birth, date) else ""
        if column == self.COL_PHONE:
            return field(row, "phone")
        if column == self.COL_STATUS:
            status = field(row, "status", PersonStatus.ACTIVE.value)
            text = enum_text(PersonStatus, status)
            when = field(row, "status_date", None)
            if status != PersonStatus.ACTIVE.value and isinstance(when, date):
                text += f"（{when.isoformat()}）"
            return text
        return None

    def foreground(self, row: Any, column: int) -> Any:
        if field(row, "status", PersonStatus.ACTIVE.value) != PersonStatus.ACTIVE.value:
            return QColor("#8a8a8a")
        return None

    def tooltip(self, row: Any, column: int) -> Any:
        note = field(row, "status_note")
        return note or None
