"""First run: create the first administrator, say where this device works, optionally enrol with the county.

Pages: 1 what this device is for (a township office, the county office, or just the demo county);
2 the administrator account; 3 the township (9-digit code; skipped in county mode); 4 enrolment with the
county server (optional: URL + one-time code). Nothing is written until 完成: then, on a worker, the store
records its township and mode, enrols if asked (network) and creates the administrator. A refusal takes the
wizard back to the page of the field concerned and shows the message there. Choosing the demo ends the
wizard at once with ``choice == "demo"`` (the composition root opens the demo county instead).
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ...core.errors import DomainError, FieldError
from ...core.models import COUNTY_SCOPE
from ...store.engine import Store
from ...store.users import UserInfo, check_password_strength, create_first_admin
from ...sync.enrol import enroll
from ...sync.errors import SyncError
from ..tasks import Op, TaskRunner
from ..widgets.enrol_form import EnrolForm
from ..widgets.forms import FieldForm, set_tab_order

logger = logging.getLogger(__name__)

TOWNSHIP_CODE = re.compile(r"^\d{9}$")
CHOICE_TOWNSHIP, CHOICE_COUNTY, CHOICE_DEMO = "township", "county", "demo"
PAGE_CHOICE, PAGE_ADMIN, PAGE_TOWNSHIP, PAGE_ENROL = range(4)


@dataclass(frozen=True)
class FirstRunResult:
    choice: str
    admin: UserInfo | None = None
    township_code: str = ""
    enrolled: bool = False


class ChoicePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("欢迎使用"))
        self.setSubTitle(self.tr("本机还没有用户。请选择本机的用途。"))
        layout = QVBoxLayout(self)
        self.township_radio = QRadioButton(self.tr("乡镇使用：本乡镇的便民服务大厅和网格管理"), self)
        self.township_radio.setObjectName("choice_township")
        self.county_radio = QRadioButton(self.tr("县级使用：查看和管理全县各乡镇的数据"), self)
        self.county_radio.setObjectName("choice_county")
        self.demo_radio = QRadioButton(self.tr("先看看：打开演示县（模拟数据，可随意操作）"), self)
        self.demo_radio.setObjectName("choice_demo")
        self.group = QButtonGroup(self)
        for radio in (self.township_radio, self.county_radio, self.demo_radio):
            self.group.addButton(radio)
            layout.addWidget(radio)
        layout.addStretch(1)
        self.township_radio.setChecked(True)
        self.group.buttonToggled.connect(lambda *_: self._choice_changed())

    @property
    def choice(self) -> str:
        if self.demo_radio.isChecked():
            return CHOICE_DEMO
        return CHOICE_COUNTY if self.county_radio.isChecked() else CHOICE_TOWNSHIP

    def _choice_changed(self) -> None:
        wizard = self.wizard()
        if wizard is not None:
            text = self.tr("打开演示县") if self.choice == CHOICE_DEMO else self.tr("下一步")
            wizard.setButtonText(QWizard.WizardButton.NextButton, text)

    def validatePage(self) -> bool:
        # the demo needs nothing more: "打开演示县" (the next button) ends the wizard here
        if self.choice == CHOICE_DEMO:
            wizard = self.wizard()
            if wizard is not None:
                QTimer.singleShot(0, wizard.accept)
            return False
        return True


class AdminPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("管理员账号"))
        self.setSubTitle(self.tr("管理员可以添加其他用户、管理网格和备份数据。请牢记密码。"))
        layout = QVBoxLayout(self)
        self.form = FieldForm(self)
        self.username_edit = QLineEdit(self)
        self.username_edit.setObjectName("admin_username")
        self.username_edit.setMaxLength(40)
        self.display_edit = QLineEdit(self)
        self.display_edit.setObjectName("admin_display_name")
        self.display_edit.setMaxLength(40)
        self.password_edit = QLineEdit(self)
        self.password_edit.setObjectName("admin_password")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm_edit = QLineEdit(self)
        self.confirm_edit.setObjectName("admin_confirm")
        self.confirm_edit.setEchoMode(QLineEdit.EchoMode.Password)
        f = self.form
        f.add("username", self.tr("用户名"), self.username_edit)
        f.add("display_name", self.tr("姓名"), self.display_edit)
        f.add("password", self.tr("密码"), self.password_edit)
        f.add("confirm", self.tr("再次输入密码"), self.confirm_edit)
        f.add_row("", QLabel(self.tr("密码至少8位，且须同时包含字母和数字"), self))
        layout.addWidget(f)
        set_tab_order([self.username_edit, self.display_edit, self.password_edit, self.confirm_edit])

    def validatePage(self) -> bool:
        f = self.form
        f.clear_errors()
        errors: list[FieldError] = []
        if not self.username_edit.text().strip():
            errors.append(FieldError("username", "required"))
        try:
            check_password_strength(self.password_edit.text())
        except DomainError as exc:
            errors.extend(exc.errors)
        f.show_errors(errors)
        if self.password_edit.text() != self.confirm_edit.text():
            f.set_error("confirm", self.tr("两次输入的密码不一致"))
        return not f.has_errors()

    def nextId(self) -> int:
        wizard = self.wizard()
        county = isinstance(wizard, FirstRunWizard) and wizard.choice_page.choice == CHOICE_COUNTY
        return PAGE_ENROL if county else PAGE_TOWNSHIP


class TownshipPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("所在乡镇"))
        self.setSubTitle(
            self.tr("填写本乡镇的9位代码（县级行政区划代码6位 + 乡镇3位），可向县级管理员询问。")
        )
        layout = QVBoxLayout(self)
        self.form = FieldForm(self)
        self.code_edit = QLineEdit(self)
        self.code_edit.setObjectName("township_code")
        self.code_edit.setMaxLength(9)
        self.code_edit.setPlaceholderText("542525101")
        self.form.add("township_code", self.tr("乡镇代码"), self.code_edit)
        layout.addWidget(self.form)

    def validatePage(self) -> bool:
        self.form.clear_errors()
        if not TOWNSHIP_CODE.match(self.code_edit.text().strip()):
            self.form.show_errors([FieldError("township_code", "code.format", {"length": 9})])
            return False
        return True


class EnrolPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("登记到县级服务器（可以以后再做）"))
        self.setSubTitle(
            self.tr("登记后本机的数据会自动与县级服务器同步。没有网络时可以跳过，以后在“数据同步”页登记。")
        )
        layout = QVBoxLayout(self)
        self.enrol_check = QCheckBox(self.tr("现在登记"), self)
        self.enrol_check.setObjectName("enrol_now")
        self.enrol_form = EnrolForm(self)
        self.enrol_form.setEnabled(False)
        self.enrol_check.toggled.connect(self.enrol_form.setEnabled)
        layout.addWidget(self.enrol_check)
        layout.addWidget(self.enrol_form)
        layout.addStretch(1)

    def validatePage(self) -> bool:
        if not self.enrol_check.isChecked():
            return True
        return self.enrol_form.check_filled()


class FirstRunWizard(QWizard):
    """Emits ``completed(FirstRunResult)`` and accepts once everything is written."""

    completed = Signal(object)

    def __init__(self, store: Store, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.runner = runner
        self.result_value: FirstRunResult | None = None
        self._busy = False
        self.setObjectName("first_run_wizard")
        self.setWindowTitle(self.tr("首次使用设置"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setMinimumSize(620, 460)
        self.choice_page = ChoicePage(self)
        self.admin_page = AdminPage(self)
        self.township_page = TownshipPage(self)
        self.enrol_page = EnrolPage(self)
        self.setPage(PAGE_CHOICE, self.choice_page)
        self.setPage(PAGE_ADMIN, self.admin_page)
        self.setPage(PAGE_TOWNSHIP, self.township_page)
        self.setPage(PAGE_ENROL, self.enrol_page)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("下一步"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("上一步"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("完成"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("取消"))

    # -- finishing ------------------------------------------------------------------------------------
    def accept(self) -> None:
        if self.result_value is not None:
            super().accept()
            return
        choice = self.choice_page.choice
        if choice == CHOICE_DEMO:
            self.result_value = FirstRunResult(CHOICE_DEMO)
            self.completed.emit(self.result_value)
            super().accept()
            return
        if self._busy:
            return
        self._busy = True
        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
        self.button(QWizard.WizardButton.BackButton).setEnabled(False)
        township = COUNTY_SCOPE if choice == CHOICE_COUNTY else self.township_page.code_edit.text().strip()
        username = self.admin_page.username_edit.text().strip()
        password = self.admin_page.password_edit.text()
        display = self.admin_page.display_edit.text().strip()
        enrol = self.enrol_page.enrol_check.isChecked()
        values = self.enrol_page.enrol_form.values()
        store = self.store

        def work() -> FirstRunResult:
            with store.session("system") as s:
                store.set_meta("township_code", township, s)
                store.set_meta("mode", "county" if township == COUNTY_SCOPE else "township", s)
            if enrol:
                enroll(
                    store,
                    values.url,
                    values.code,
                    ca_path=values.ca_path or None,
                    allow_insecure_http=values.allow_insecure_http,
                )
            admin = create_first_admin(store, username, password, township, display_name=display)
            return FirstRunResult(choice, admin, township, enrol)

        Op(self.runner, work, write=True, owner=self).success(self._written).failure(self._refused).run()

    def _written(self, result: FirstRunResult) -> None:
        self._busy = False
        self.result_value = result
        logger.info("first run: %s admin %s for %s", result.choice, result.admin, result.township_code)
        self.completed.emit(result)
        super().accept()

    def _refused(self, exc: BaseException) -> None:
        self._busy = False
        self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
        self.button(QWizard.WizardButton.BackButton).setEnabled(True)
        if isinstance(exc, SyncError):
            self._go_to(PAGE_ENROL)
            self.enrol_page.enrol_form.show_error(exc)
            return
        fields = {e.field for e in exc.errors} if isinstance(exc, DomainError) else set()
        if "township_code" in fields and self.choice_page.choice == CHOICE_TOWNSHIP:
            self._go_to(PAGE_TOWNSHIP)
            self.township_page.form.show_errors(exc)
        else:
            self._go_to(PAGE_ADMIN)
            self.admin_page.form.show_errors(exc)

    def _go_to(self, page_id: int) -> None:
        while self.currentId() != page_id and self.visitedIds() and self.currentId() != PAGE_CHOICE:
            self.back()

    def reject(self) -> None:
        if not self._busy:
            super().reject()

    def closeEvent(self, event: Any) -> None:
        if self._busy:
            event.ignore()
            return
        super().closeEvent(event)
