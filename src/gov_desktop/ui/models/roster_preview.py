"""The preview of a roster file before import: every row with what will become of it and its problems.

Rows with an error (not imported) are red, rows with warnings only (imported) yellow.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSortFilterProxyModel
from PySide6.QtGui import QColor

from ...core.enums import Relation
from .labels import enum_text
from .paged import RowTableModel

ERROR_BACKGROUND = QColor("#fde2e2")
WARNING_BACKGROUND = QColor("#fff4cc")
ERROR_TEXT = QColor("#b71c1c")


class RosterPreviewModel(RowTableModel):
    """``RosterRow`` values of a ``RosterPreview``."""

    TR_CONTEXT = "RosterPreviewModel"
    COL_WHERE = 0
    COL_HOUSEHOLD_NO = 1
    COL_NAME = 2
    COL_RELATION = 3
    COL_ID_NUMBER = 4
    COL_RESULT = 5
    COL_PROBLEMS = 6
    HEADERS = (
        QT_TRANSLATE_NOOP("RosterPreviewModel", "位置"),
        QT_TRANSLATE_NOOP("RosterPreviewModel", "户号"),
        QT_TRANSLATE_NOOP("RosterPreviewModel", "姓名"),
        QT_TRANSLATE_NOOP("RosterPreviewModel", "与户主关系"),
        QT_TRANSLATE_NOOP("RosterPreviewModel", "身份证号"),
        QT_TRANSLATE_NOOP("RosterPreviewModel", "结果"),
        QT_TRANSLATE_NOOP("RosterPreviewModel", "问题"),
    )

    def display(self, row: Any, column: int) -> Any:
        if column == self.COL_WHERE:
            return QCoreApplication.translate("RosterPreviewModel", "{0} 第{1}行").format(
                row.sheet, row.row_number
            )
        if column == self.COL_HOUSEHOLD_NO:
            household = row.household
            return (household.household_no if household is not None else "") or row.household_no
        if column == self.COL_NAME:
            return row.name
        if column == self.COL_RELATION:
            if row.relation is not None:
                return enum_text(Relation, row.relation)
            return enum_text(Relation, Relation.HEAD) if row.is_head else ""
        if column == self.COL_ID_NUMBER:
            return row.id_number
        if column == self.COL_RESULT:
            if not row.ok:
                return QCoreApplication.translate("RosterPreviewModel", "不导入")
            if row.person_id:
                return QCoreApplication.translate("RosterPreviewModel", "已导入")
            if row.warnings:
                return QCoreApplication.translate("RosterPreviewModel", "导入（有提醒）")
            return QCoreApplication.translate("RosterPreviewModel", "导入")
        if column == self.COL_PROBLEMS:
            return "；".join(p.message for p in row.problems)
        return None

    def sort_key(self, row: Any, column: int) -> Any:
        if column == self.COL_WHERE:
            return f"{row.sheet}\t{row.row_number:08d}"
        if column == self.COL_RESULT:
            return 0 if not row.ok else (1 if row.warnings else 2)
        return super().sort_key(row, column)

    def background(self, row: Any, column: int) -> Any:
        if not row.ok:
            return ERROR_BACKGROUND
        if row.warnings:
            return WARNING_BACKGROUND
        return None

    def foreground(self, row: Any, column: int) -> Any:
        if not row.ok and column in (self.COL_RESULT, self.COL_PROBLEMS):
            return ERROR_TEXT
        return None

    def tooltip(self, row: Any, column: int) -> Any:
        if column == self.COL_PROBLEMS and row.problems:
            lines = []
            for p in row.problems:
                if p.is_error:
                    kind = QCoreApplication.translate("RosterPreviewModel", "错误")
                else:
                    kind = QCoreApplication.translate("RosterPreviewModel", "提醒")
                lines.append(f"{kind}：{p.message}")
            return "\n".join(lines)
        return None

    def refresh(self) -> None:
        """The rows changed in place (after an import: results and problems found while writing)."""
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))


class ProblemRowsFilter(QSortFilterProxyModel):
    """Shows only the rows with problems when ``problems_only`` is on."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._problems_only = False
        self.setSortRole(RowTableModel.SortRole)

    def set_problems_only(self, on: bool) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt ≥ 6.9
            self.beginFilterChange()
            self._problems_only = on
            self.endFilterChange()
        else:  # pragma: no cover - older Qt
            self._problems_only = on
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Any) -> bool:
        if not self._problems_only:
            return True
        model = self.sourceModel()
        row = model.row_at(source_row) if isinstance(model, RowTableModel) else None
        return row is not None and bool(row.problems)
