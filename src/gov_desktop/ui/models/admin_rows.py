"""The settings page's lists: local users and backups."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QColor

from ...core.enums import Role
from ...core.models import COUNTY_SCOPE
from ..formatting import local_time_text, size_text
from .labels import enum_text
from .paged import RowTableModel, sort_value

INACTIVE = QColor("#8a8a8a")


class UserListModel(RowTableModel):
    """``store.users.UserInfo`` values."""

    TR_CONTEXT = "UserListModel"
    COL_USERNAME = 0
    COL_NAME = 1
    COL_ROLE = 2
    COL_SCOPE = 3
    COL_ACTIVE = 4
    COL_LAST_LOGIN = 5
    HEADERS = (
        QT_TRANSLATE_NOOP("UserListModel", "用户名"),
        QT_TRANSLATE_NOOP("UserListModel", "姓名"),
        QT_TRANSLATE_NOOP("UserListModel", "角色"),
        QT_TRANSLATE_NOOP("UserListModel", "范围"),
        QT_TRANSLATE_NOOP("UserListModel", "状态"),
        QT_TRANSLATE_NOOP("UserListModel", "最近登录"),
    )

    def display(self, row: Any, column: int) -> Any:
        scope = self.tr("全县") if row.township_code == COUNTY_SCOPE else row.township_code
        values = (
            row.username,
            row.display_name,
            enum_text(Role, row.role.value),
            scope,
            self.tr("正常") if row.active else self.tr("已停用"),
            local_time_text(row.last_login_at),
        )
        return values[column] if 0 <= column < len(values) else None

    def sort_key(self, row: Any, column: int) -> Any:
        if column == self.COL_LAST_LOGIN:
            return sort_value(row.last_login_at)
        return super().sort_key(row, column)

    def foreground(self, row: Any, column: int) -> Any:
        return None if row.active else INACTIVE


BACKUP_LABELS = {
    "": QT_TRANSLATE_NOOP("BackupListModel", "每日/手动备份"),
    "pre-migrate": QT_TRANSLATE_NOOP("BackupListModel", "升级前自动备份"),
    "before-restore": QT_TRANSLATE_NOOP("BackupListModel", "恢复前自动备份"),
    "manual": QT_TRANSLATE_NOOP("BackupListModel", "手动备份"),
}


class BackupListModel(RowTableModel):
    """``store.backup.BackupFile`` values, newest first."""

    TR_CONTEXT = "BackupListModel"
    COL_CREATED = 0
    COL_KIND = 1
    COL_SIZE = 2
    COL_FILE = 3
    HEADERS = (
        QT_TRANSLATE_NOOP("BackupListModel", "备份时间"),
        QT_TRANSLATE_NOOP("BackupListModel", "类型"),
        QT_TRANSLATE_NOOP("BackupListModel", "大小"),
        QT_TRANSLATE_NOOP("BackupListModel", "文件"),
    )

    def display(self, row: Any, column: int) -> Any:
        kind = BACKUP_LABELS.get(row.label)
        values = (
            row.created.strftime("%Y-%m-%d %H:%M:%S"),
            self.tr(kind) if kind else row.label,
            size_text(row.size),
            row.path.name,
        )
        return values[column] if 0 <= column < len(values) else None

    def sort_key(self, row: Any, column: int) -> Any:
        if column == self.COL_CREATED:
            return sort_value(row.created)
        if column == self.COL_SIZE:
            return int(row.size)
        return super().sort_key(row, column)
