"""Forms of the grid liaisons' work: record a home visit (走访), collect a wish or problem (诉求), and the
county's dispatch (派单) and closing (办结, with the feedback for the 回音壁)."""

from __future__ import annotations

import logging
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from ...core.enums import AppealCategory, AppealKind, VisitKind
from ...store import lookups, queries
from ...store.usecases.appeals import AppealInput, complete_appeal, create_appeal, dispatch_appeal
from ...store.usecases.visits import VisitInput, record_visit
from ..context import AppContext
from ..pages.register.household_picker import HouseholdPicker
from ..tasks import Op
from ..widgets.forms import FormDialog, fill_enum_combo, set_tab_order

logger = logging.getLogger(__name__)


def _text_edit(parent: QWidget, name: str, height: int = 90) -> QPlainTextEdit:
    edit = QPlainTextEdit(parent)
    edit.setObjectName(name)
    edit.setTabChangesFocus(True)
    edit.setMaximumHeight(height)
    return edit


class PickerDialog(FormDialog):
    """A form whose first field is a household search: Enter there searches instead of saving."""

    picker: HouseholdPicker

    def keyPressEvent(self, event: Any) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.picker.search_edit.hasFocus():
            self.picker.search_now()
            self.focusNextChild()
            return
        super().keyPressEvent(event)


class VisitFormDialog(PickerDialog):
    """登记走访: household, date, kind, visitor (grid staff or a name), findings, follow-up."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx.runner, parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("登记走访"))
        self.setObjectName("visit_form")
        self.resize(700, 640)
        f = self.form
        grid = ctx.actor.grid_id
        self.picker = HouseholdPicker(ctx, self, grid_id=grid, limit=20)
        self.picker.setMinimumHeight(150)
        self.picker.picked.connect(self._household_picked)
        f.add("household_id", self.tr("走访户"), self.picker)
        self.date_edit = QDateEdit(QDate.currentDate(), self)
        self.date_edit.setObjectName("visit_date")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setMaximumDate(QDate.currentDate())
        f.add("visit_date", self.tr("走访日期"), self.date_edit)
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("kind")
        fill_enum_combo(self.kind_combo, VisitKind)
        f.add("kind", self.tr("走访类别"), self.kind_combo)
        self.visitor_combo = QComboBox(self)
        self.visitor_combo.setObjectName("visitor_id")
        self.visitor_combo.addItem(self.tr("（先选择走访户）"), None)
        f.add("visitor_id", self.tr("走访人"), self.visitor_combo)
        self.visitor_edit = QLineEdit(self)
        self.visitor_edit.setObjectName("visitor_name")
        self.visitor_edit.setPlaceholderText(self.tr("不是本网格工作人员时填写姓名"))
        self.visitor_edit.setMaxLength(40)
        f.add("visitor_name", self.tr("走访人姓名"), self.visitor_edit)
        self.findings_edit = _text_edit(self, "findings")
        f.add("findings", self.tr("走访情况"), self.findings_edit)
        self.follow_check = QCheckBox(self.tr("需要后续跟进"), self)
        self.follow_check.setObjectName("follow_up_needed")
        f.add_row("", self.follow_check)
        self.follow_edit = QLineEdit(self)
        self.follow_edit.setObjectName("follow_up_by")
        self.follow_edit.setMaxLength(64)
        self.follow_edit.setEnabled(False)
        self.follow_check.toggled.connect(self.follow_edit.setEnabled)
        f.add("follow_up_by", self.tr("跟进人"), self.follow_edit)
        set_tab_order(
            [
                self.picker.search_edit,
                self.date_edit,
                self.kind_combo,
                self.visitor_combo,
                self.visitor_edit,
                self.findings_edit,
                self.follow_check,
                self.follow_edit,
            ]
        )
        self.picker.search_edit.setFocus()

    def _household_picked(self, row: Any) -> None:
        self.visitor_combo.clear()
        self.visitor_combo.addItem(self.tr("（填写姓名）"), None)
        if row is None:
            return
        self.form.clear_error("household_id")
        store, household_id = self.ctx.store, row.id

        def members() -> list[Any]:
            # search hits carry the grid's name only: the household's page row has its id
            with store.reader() as s:
                detail = queries.household_detail(s, household_id, history_limit=0)
                grid_id = detail.household.grid_id if detail is not None else None
                return queries.grid_members(s, grid_id) if grid_id else []

        Op(self.ctx.runner, members, owner=self).success(self._members_loaded).run()

    def _members_loaded(self, members: list[Any]) -> None:
        for m in members:
            self.visitor_combo.addItem(m.name, m.id)
        if members:
            self.visitor_combo.setCurrentIndex(1)

    def save(self) -> None:
        household = self.picker.current()
        qdate = self.date_edit.date()
        data = VisitInput(
            household_id=household.id if household is not None else "",
            visit_date=date(qdate.year(), qdate.month(), qdate.day()),
            kind=self.kind_combo.currentData() or VisitKind.ROUTINE.value,
            findings=self.findings_edit.toPlainText(),
            visitor_id=self.visitor_combo.currentData(),
            visitor_name=self.visitor_edit.text(),
            follow_up_needed=self.follow_check.isChecked(),
            follow_up_by=self.follow_edit.text() if self.follow_check.isChecked() else "",
        )
        store, actor = self.ctx.store, self.ctx.actor
        self.save_with(lambda: record_visit(store, actor, data))


class AppealFormDialog(PickerDialog):
    """登记诉求: a micro-wish or a problem, its category, content and (optionally) the household."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx.runner, parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("登记群众诉求"))
        self.setObjectName("appeal_form")
        self.resize(700, 600)
        f = self.form
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("kind")
        fill_enum_combo(self.kind_combo, AppealKind)
        f.add("kind", self.tr("类别"), self.kind_combo)
        self.category_combo = QComboBox(self)
        self.category_combo.setObjectName("category")
        fill_enum_combo(self.category_combo, AppealCategory)
        f.add("category", self.tr("诉求分类"), self.category_combo)
        self.content_edit = _text_edit(self, "content", 110)
        f.add("content", self.tr("诉求内容"), self.content_edit)
        self.picker = HouseholdPicker(ctx, self, grid_id=ctx.actor.grid_id, limit=20)
        self.picker.setMinimumHeight(150)
        f.add("household_id", self.tr("提出诉求的户"), self.picker)
        self.township_combo = QComboBox(self)
        self.township_combo.setObjectName("township_code")
        if ctx.actor.is_county:
            f.add("township_code", self.tr("所属乡镇（不选户时）"), self.township_combo)
            Op(ctx.runner, self._townships, owner=self).success(self._fill_townships).run()
        else:
            self.township_combo.hide()
        set_tab_order([self.kind_combo, self.category_combo, self.content_edit, self.picker.search_edit])
        self.kind_combo.setFocus()

    def _townships(self) -> list[Any]:
        with self.ctx.store.reader() as s:
            return lookups.townships(s)

    def _fill_townships(self, townships: list[Any]) -> None:
        for t in townships:
            self.township_combo.addItem(f"{t.name}（{t.code}）", t.code)

    def save(self) -> None:
        household = self.picker.current()
        data = AppealInput(
            content=self.content_edit.toPlainText(),
            kind=self.kind_combo.currentData() or AppealKind.WISH.value,
            category=self.category_combo.currentData() or AppealCategory.OTHER.value,
            household_id=household.id if household is not None else None,
        )
        township = (
            self.township_combo.currentData() if self.ctx.actor.is_county and household is None else None
        )
        store, actor = self.ctx.store, self.ctx.actor
        self.save_with(lambda: create_appeal(store, actor, data, township_code=township))


class DispatchDialog(FormDialog):
    """派单 (county): the org that takes the appeal on."""

    def __init__(self, ctx: AppContext, appeal: Any, parent: QWidget | None = None) -> None:
        super().__init__(ctx.runner, parent)
        self.ctx = ctx
        self.appeal = appeal
        self.setWindowTitle(self.tr("派单"))
        self.resize(480, 220)
        content = QLabel(appeal.content, self)
        content.setWordWrap(True)
        self.form.add_row(self.tr("诉求"), content)
        self.org_combo = QComboBox(self)
        self.org_combo.setObjectName("org_id")
        self.form.add("org_id", self.tr("承办单位"), self.org_combo)
        Op(ctx.runner, self._orgs, owner=self).success(self._fill).run()

    def _orgs(self) -> list[Any]:
        with self.ctx.store.reader() as s:
            return lookups.orgs(s)

    def _fill(self, orgs: list[Any]) -> None:
        for org in orgs:
            self.org_combo.addItem(org.name, org.id)

    def save(self) -> None:
        store, actor, appeal_id = self.ctx.store, self.ctx.actor, self.appeal.id
        org_id = self.org_combo.currentData() or ""
        self.save_with(lambda: dispatch_appeal(store, actor, appeal_id, org_id=org_id))


class FeedbackDialog(FormDialog):
    """办结 (county): the feedback shown on the 回音壁."""

    def __init__(self, ctx: AppContext, appeal: Any, parent: QWidget | None = None) -> None:
        super().__init__(ctx.runner, parent)
        self.ctx = ctx
        self.appeal = appeal
        self.setWindowTitle(self.tr("诉求办结"))
        self.resize(480, 260)
        content = QLabel(appeal.content, self)
        content.setWordWrap(True)
        self.form.add_row(self.tr("诉求"), content)
        self.feedback_edit = _text_edit(self, "feedback", 120)
        self.form.add("feedback", self.tr("回音壁反馈"), self.feedback_edit)

    def save(self) -> None:
        store, actor, appeal_id = self.ctx.store, self.ctx.actor, self.appeal.id
        text = self.feedback_edit.toPlainText()
        self.save_with(lambda: complete_appeal(store, actor, appeal_id, feedback=text))
