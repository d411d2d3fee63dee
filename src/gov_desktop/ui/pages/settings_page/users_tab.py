"""Local users: the list, add a user (admins), deactivate, reset a password; anyone changes their own."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ....core.enums import Role
from ....core.models import COUNTY_SCOPE
from ....store.users import create_user, deactivate_user, list_users, set_password
from ...context import AppContext
from ...models.admin_rows import UserListModel
from ...models.labels import enum_text
from ...tasks import Op
from ...widgets.forms import FormDialog, error_messages, set_tab_order
from ...widgets.tables import make_table, selected_row

logger = logging.getLogger(__name__)


def _password(parent: QWidget, name: str) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(128)
    return edit


class AddUserDialog(FormDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx.runner, parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("添加用户"))
        self.setObjectName("add_user_dialog")
        f = self.form
        self.username_edit = QLineEdit(self)
        self.username_edit.setObjectName("new_username")
        self.username_edit.setMaxLength(40)
        self.display_edit = QLineEdit(self)
        self.display_edit.setObjectName("new_display_name")
        self.display_edit.setMaxLength(40)
        self.role_combo = QComboBox(self)
        self.role_combo.setObjectName("new_role")
        for role in Role:
            if role is Role.COUNTY_ADMIN and not ctx.actor.is_county:
                continue
            self.role_combo.addItem(enum_text(Role, role.value), role.value)
        self.township_edit = QLineEdit(ctx.actor.township_code if not ctx.actor.is_county else "", self)
        self.township_edit.setObjectName("new_township")
        self.township_edit.setMaxLength(9)
        self.township_edit.setEnabled(ctx.actor.is_county)
        self.password_edit = _password(self, "new_password")
        self.confirm_edit = _password(self, "new_confirm")
        f.add("username", self.tr("用户名"), self.username_edit)
        f.add("display_name", self.tr("姓名"), self.display_edit)
        f.add("role", self.tr("角色"), self.role_combo)
        f.add("township_code", self.tr("乡镇代码"), self.township_edit)
        f.add("password", self.tr("初始密码"), self.password_edit)
        f.add("confirm", self.tr("再次输入"), self.confirm_edit)
        set_tab_order(
            [
                self.username_edit,
                self.display_edit,
                self.role_combo,
                self.township_edit,
                self.password_edit,
                self.confirm_edit,
            ]
        )
        self.role_combo.currentIndexChanged.connect(self._role_changed)
        self._role_changed()
        self.username_edit.setFocus()

    def _role_changed(self, *_: Any) -> None:
        if self.role_combo.currentData() == Role.COUNTY_ADMIN.value:
            self.township_edit.setText(COUNTY_SCOPE)
            self.township_edit.setEnabled(False)
        elif self.ctx.actor.is_county:
            self.township_edit.setEnabled(True)
            if self.township_edit.text() == COUNTY_SCOPE:
                self.township_edit.clear()

    def save(self) -> None:
        if self.password_edit.text() != self.confirm_edit.text():
            self.form.clear_errors()
            self.form.set_error("confirm", self.tr("两次输入的密码不一致"))
            return
        store, actor = self.ctx.store, self.ctx.actor
        values = (
            self.username_edit.text(),
            self.password_edit.text(),
            str(self.role_combo.currentData()),
            self.township_edit.text(),
            self.display_edit.text(),
        )
        self.save_with(
            lambda: create_user(
                store, actor, values[0], values[1], values[2], values[3], display_name=values[4]
            )
        )


class PasswordDialog(FormDialog):
    """A new password for ``username`` (one's own, or — admins — another user's)."""

    def __init__(self, ctx: AppContext, username: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx.runner, parent)
        self.ctx = ctx
        self.username = username
        self.setWindowTitle(self.tr("设置密码：{0}").format(username))
        self.password_edit = _password(self, "password")
        self.confirm_edit = _password(self, "confirm")
        self.form.add("password", self.tr("新密码"), self.password_edit)
        self.form.add("confirm", self.tr("再次输入"), self.confirm_edit)
        self.password_edit.setFocus()

    def save(self) -> None:
        if self.password_edit.text() != self.confirm_edit.text():
            self.form.clear_errors()
            self.form.set_error("confirm", self.tr("两次输入的密码不一致"))
            return
        store, actor, username, password = (
            self.ctx.store,
            self.ctx.actor,
            self.username,
            self.password_edit.text(),
        )
        self.save_with(lambda: set_password(store, actor, username, password))


class UsersTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        admin = ctx.actor.can("users.admin")
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.add_button = QPushButton(self.tr("添加用户…"), self)
        self.add_button.setObjectName("add_user")
        self.add_button.clicked.connect(self.add_user)
        self.reset_button = QPushButton(self.tr("重设密码…"), self)
        self.reset_button.setObjectName("reset_password")
        self.reset_button.clicked.connect(self.reset_password)
        self.deactivate_button = QPushButton(self.tr("停用"), self)
        self.deactivate_button.setObjectName("deactivate_user")
        self.deactivate_button.clicked.connect(self.deactivate)
        self.own_button = QPushButton(self.tr("修改我的密码…"), self)
        self.own_button.setObjectName("change_own_password")
        self.own_button.clicked.connect(lambda: self._password_dialog(ctx.actor.username))
        for button in (self.add_button, self.reset_button, self.deactivate_button):
            button.setVisible(admin)
            bar.addWidget(button)
        bar.addStretch(1)
        bar.addWidget(self.own_button)
        layout.addLayout(bar)
        self.model = UserListModel(self)
        self.view = make_table(self, self.model, ctx.settings, "settings/users", sortable=True)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self.view.setVisible(admin)
        layout.addWidget(self.view, 1)
        if not admin:
            note = QLabel(self.tr("用户由管理员管理。"), self)
            layout.addWidget(note)
            layout.addStretch(1)
        self.message = QLabel(self)
        layout.addWidget(self.message)
        self._enable()
        if admin:
            self.reload()

    def _enable(self) -> None:
        row = selected_row(self.view)
        self.reset_button.setEnabled(row is not None)
        self.deactivate_button.setEnabled(
            row is not None and row.active and row.username != self.ctx.actor.username
        )

    def reload(self) -> None:
        store = self.ctx.store
        Op(self.ctx.runner, lambda: list_users(store), owner=self).success(self._show).run()

    def _show(self, users: list[Any]) -> None:
        self.model.set_rows(users)
        self._enable()

    def add_user(self) -> None:
        dialog = AddUserDialog(self.ctx, self)
        dialog.saved.connect(
            lambda info: (
                self.message.setText(self.tr("已添加用户 {0}").format(info.username)),
                self.reload(),
            )
        )
        dialog.open()
        self.dialog = dialog

    def _password_dialog(self, username: str) -> None:
        dialog = PasswordDialog(self.ctx, username, self)
        dialog.saved.connect(lambda *_: self.message.setText(self.tr("密码已更新")))
        dialog.open()
        self.dialog = dialog

    def reset_password(self) -> None:
        row = selected_row(self.view)
        if row is not None:
            self._password_dialog(row.username)

    def deactivate(self) -> None:
        row = selected_row(self.view)
        if row is None:
            return
        answer = QMessageBox.question(
            self, self.tr("停用用户"), self.tr("停用后 {0} 将不能登录。确定吗？").format(row.username)
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        store, actor = self.ctx.store, self.ctx.actor
        Op(
            self.ctx.runner, lambda: deactivate_user(store, actor, row.username), write=True, owner=self
        ).success(lambda *_: self.reload()).failure(
            lambda exc: QMessageBox.warning(self, self.tr("无法停用"), "\n".join(error_messages(exc)))
        ).run()
