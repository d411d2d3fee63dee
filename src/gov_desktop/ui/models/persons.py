"""The person list (人员): search hits and list pages of the store, lazily fetched."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QColor

from ...core.enums import Gender, PersonStatus, Relation
from .labels import enum_text
from .paged import RowTableModel, sort_value


def field(row: Any, name: str, default: Any = "") -> Any:
    value = getattr(row, name, default)
    return default if value is None else value


class PersonListModel(RowTableModel):
    """Persons: one frozen row each (``PersonHit`` or a list row of ``store.queries``)."""

    TR_CONTEXT = "PersonListModel"
    COL_NAME = 0
    COL_GENDER = 1
    COL_ID_NUMBER = 2
    COL_BIRTH = 3
    COL_RELATION = 4
    COL_HOUSEHOLD_NO = 5
    COL_VILLAGE = 6
    COL_GRID = 7
    COL_PHONE = 8
    COL_STATUS = 9
    HEADERS = (
        QT_TRANSLATE_NOOP("PersonListModel", "姓名"),
        QT_TRANSLATE_NOOP("PersonListModel", "性别"),
        QT_TRANSLATE_NOOP("PersonListModel", "身份证号"),
        QT_TRANSLATE_NOOP("PersonListModel", "出生日期"),
        QT_TRANSLATE_NOOP("PersonListModel", "与户主关系"),
        QT_TRANSLATE_NOOP("PersonListModel", "户号"),
        QT_TRANSLATE_NOOP("PersonListModel", "村（居）"),
        QT_TRANSLATE_NOOP("PersonListModel", "网格"),
        QT_TRANSLATE_NOOP("PersonListModel", "联系电话"),
        QT_TRANSLATE_NOOP("PersonListModel", "状态"),
    )

    def display(self, row: Any, column: int) -> Any:
        if column == self.COL_NAME:
            name, name_bo = field(row, "name"), field(row, "name_bo")
            return f"{name}（{name_bo}）" if name_bo and name_bo != name else name
        if column == self.COL_GENDER:
            return enum_text(Gender, field(row, "gender"))
        if column == self.COL_ID_NUMBER:
            return field(row, "id_number")
        if column == self.COL_BIRTH:
            birth = field(row, "birth_date", None)
            return birth.isoformat() if isinstance(birth, date) else ""
        if column == self.COL_RELATION:
            return enum_text(Relation, field(row, "relation"))
        if column == self.COL_HOUSEHOLD_NO:
            return field(row, "household_no")
        if column == self.COL_VILLAGE:
            return field(row, "village_name")
        if column == self.COL_GRID:
            return field(row, "grid_name")
        if column == self.COL_PHONE:
            return field(row, "phone")
        if column == self.COL_STATUS:
            return enum_text(PersonStatus, field(row, "status"))
        return None

    def sort_key(self, row: Any, column: int) -> Any:
        if column == self.COL_NAME:
            return field(row, "name_pinyin", "") or field(row, "name")
        if column == self.COL_BIRTH:
            return sort_value(field(row, "birth_date", None))
        return super().sort_key(row, column)

    def foreground(self, row: Any, column: int) -> Any:
        if field(row, "status", PersonStatus.ACTIVE.value) != PersonStatus.ACTIVE.value:
            return QColor("#8a8a8a")
        return None
