"""The sign-in dialog: user name and password checked by ``store.signin.authenticate`` on a worker.

Enter signs in; a wrong password shows "用户名或密码错误" under the password field and clears it. The last
user name is remembered (QSettings). The accepted dialog's ``actor`` is the signed-in user.

The dialog can be shown before the store is open (the app opens it on the writer thread meanwhile): it is
given a function that returns the store, called on the worker that checks the password, and it imports
nothing of the store layer itself, so it appears as soon as Qt is up.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from ..fonts import scaled_font
from ..settings import KEY_LAST_USER
from ..tasks import TaskRunner
from ..widgets.forms import FormDialog, set_tab_order

if TYPE_CHECKING:
    from ...store.actor import Actor
    from ...store.engine import Store

logger = logging.getLogger(__name__)


class SignInDialog(FormDialog):
    signed_in = Signal(object)  # Actor

    def __init__(
        self,
        store: Store | Callable[[], Store],
        runner: TaskRunner,
        settings: QSettings,
        *,
        hint: str = "",
        place: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, parent)
        self.setWindowTitle(self.tr("登录"))
        # the store, or (shown before it is open) a function returning it, called on the worker
        self.store = store
        self.settings = settings
        self.actor: Actor | None = None
        self.setObjectName("signin_dialog")
        self.setMinimumWidth(380)

        heading = QLabel(self.tr("乡镇便民服务与网格化管理"), self)
        heading.setFont(scaled_font(1.4, bold=True))
        heading.setStyleSheet("padding: 4px 0 2px 0;")
        self.layout().insertWidget(0, heading)
        self.place_label = QLabel(place, self)
        self.place_label.setObjectName("signin_place")
        self.place_label.setStyleSheet("color: #555; padding-bottom: 8px;")
        self.place_label.setVisible(bool(place))
        self.layout().insertWidget(1, self.place_label)

        self.username_edit = QLineEdit(self)
        self.username_edit.setObjectName("username")
        self.username_edit.setMaxLength(40)
        self.password_edit = QLineEdit(self)
        self.password_edit.setObjectName("password")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setMaxLength(128)
        self.form.add("username", self.tr("用户名"), self.username_edit)
        self.form.add("password", self.tr("密码"), self.password_edit)
        if hint:
            self.hint_label = QLabel(hint, self)
            self.hint_label.setObjectName("signin_hint")
            self.hint_label.setStyleSheet("color: #1f5fa8;")
            self.form.add_row("", self.hint_label)
        self.buttons.button(self.buttons.StandardButton.Save).setText(self.tr("登录"))
        self.buttons.button(self.buttons.StandardButton.Cancel).setText(self.tr("取消"))
        set_tab_order([self.username_edit, self.password_edit])
        self.password_edit.textEdited.connect(lambda _: self.form.clear_error("password"))
        self.username_edit.textEdited.connect(lambda _: self.form.clear_error("username"))
        self.saved.connect(self._signed_in)

        last = str(settings.value(KEY_LAST_USER, "") or "")
        if last:
            self.username_edit.setText(last)
            self.password_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.username_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def save(self) -> None:
        username = self.username_edit.text().strip()
        password = self.password_edit.text()
        if not username:
            self.form.set_error("username", self.tr("请输入用户名"))
            self.username_edit.setFocus()
            return
        if not password:
            self.form.set_error("password", self.tr("请输入密码"))
            self.password_edit.setFocus()
            return
        source = self.store

        def check() -> Actor:
            from ...store.signin import authenticate

            store = source() if callable(source) else source
            return authenticate(store, username, password)

        self.save_with(check)

    def set_place(self, place: str) -> None:
        """Where this desk is (乡镇 or 县级), once the store that knows it is open."""
        self.place_label.setText(place)
        self.place_label.setVisible(bool(place))

    def _signed_in(self, actor: Any) -> None:
        self.actor = actor
        self.settings.setValue(KEY_LAST_USER, actor.username)
        self.signed_in.emit(actor)

    def save_failed(self, exc: BaseException) -> None:
        self.password_edit.clear()
        self.password_edit.setFocus()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        (self.password_edit if self.username_edit.text() else self.username_edit).setFocus()

    def done(self, result: int) -> None:
        if result == self.DialogCode.Accepted and self.actor is None:
            return  # accepted only through a successful sign-in
        super().done(result)
