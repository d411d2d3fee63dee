"""Add/edit dialogs of 网格管理: a grid, its staff, a joint-household group and its households, a party
member's household duty, a civilized-household rating. Each saves through ``store.usecases.grids``."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from ....core.enums import DutyKind, GridKind, GridRole, RatingCriterion
from ....core.errors import FieldError
from ....store.queries import GridMemberRow, GridRow, JointGroupRow, RatingRow
from ....store.usecases import grids as uc
from ...context import AppContext
from ...models.grids import stars_text
from ...models.labels import enum_text
from ..register.fields import fill_enum_combo, select_code, set_tab_order
from ..register.form_dialog import FormDialog
from ..register.household_picker import HouseholdPicker, PersonPicker

logger = logging.getLogger(__name__)


def code_checks(
    parent: QWidget, choices: Sequence[tuple[str, str]], enum_cls: Any, columns: int = 2
) -> tuple[QWidget, dict[str, QCheckBox]]:
    """A grid of check boxes, one per enum code."""
    box = QWidget(parent)
    grid = QGridLayout(box)
    grid.setContentsMargins(0, 0, 0, 0)
    checks: dict[str, QCheckBox] = {}
    for i, (code, _label) in enumerate(choices):
        check = QCheckBox(enum_text(enum_cls, code), box)
        check.setObjectName(f"code_{code}")
        grid.addWidget(check, i // columns, i % columns)
        checks[code] = check
    return box, checks


def checked(checks: dict[str, QCheckBox]) -> list[str]:
    return [code for code, box in checks.items() if box.isChecked()]


class GridDialog(FormDialog):
    """Create or edit a grid (网格)."""

    def __init__(
        self,
        ctx: AppContext,
        villages: Sequence[Any],
        grid: GridRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, self.tr("修改网格") if grid else self.tr("新建网格"), parent)
        self.setObjectName("grid_dialog")
        self.grid = grid
        self.code_edit = self.form.add("code", self.tr("编码*"), QLineEdit(self))
        self.name_edit = self.form.add("name", self.tr("名称*"), QLineEdit(self))
        self.kind_combo = self.form.add("kind", self.tr("类别"), QComboBox(self))
        fill_enum_combo(self.kind_combo, GridKind)
        self.police_edit = self.form.add("police_area", self.tr("警务站片区"), QLineEdit(self))
        self.village_combo = self.form.add("village_id", self.tr("村（居）"), QComboBox(self))
        self.village_combo.addItem(self.tr("（未指定）"), None)
        for v in villages:
            self.village_combo.addItem(v.name, v.id)
        if grid is not None:
            self.code_edit.setText(grid.code)
            self.name_edit.setText(grid.name)
            select_code(self.kind_combo, grid.kind)
            self.police_edit.setText(grid.police_area)
            self.village_combo.setCurrentIndex(max(0, self.village_combo.findData(grid.village_id)))
        set_tab_order([self.code_edit, self.name_edit, self.kind_combo, self.police_edit, self.village_combo])

    def write_fn(self) -> Callable[[], Any]:
        store, actor = self.ctx.store, self.ctx.actor
        data = uc.GridInput(
            code=self.code_edit.text(),
            name=self.name_edit.text(),
            kind=self.kind_combo.currentData(),
            police_area=self.police_edit.text(),
            village_id=self.village_combo.currentData(),
        )
        grid_id = self.grid.id if self.grid else None
        if grid_id is None:
            return lambda: uc.create_grid(store, actor, data)
        return lambda: uc.update_grid(store, actor, grid_id, data)


class StaffDialog(FormDialog):
    """Add a member to a grid's staff, or edit one (网格员, 网格联络员, 医生, 民警, 联户长)."""

    def __init__(
        self,
        ctx: AppContext,
        grid_id: str,
        member: GridMemberRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, self.tr("修改工作人员") if member else self.tr("添加工作人员"), parent)
        self.setObjectName("staff_dialog")
        self.grid_id = grid_id
        self.member = member
        self.name_edit = self.form.add("name", self.tr("姓名*"), QLineEdit(self))
        self.role_combo = self.form.add("role", self.tr("职责"), QComboBox(self))
        fill_enum_combo(self.role_combo, GridRole)
        self.party_check = self.form.add(
            "is_party_member", self.tr("政治面貌"), QCheckBox(self.tr("中共党员"), self)
        )
        self.phone_edit = self.form.add("phone", self.tr("联系电话"), QLineEdit(self))
        if member is not None:
            self.name_edit.setText(member.name)
            select_code(self.role_combo, member.role)
            self.party_check.setChecked(member.is_party_member)
            self.phone_edit.setText(member.phone)
        set_tab_order([self.name_edit, self.role_combo, self.party_check, self.phone_edit, self.save_button])
        self.name_edit.setFocus()

    def write_fn(self) -> Callable[[], Any]:
        store, actor, grid_id = self.ctx.store, self.ctx.actor, self.grid_id
        data = uc.GridMemberInput(
            name=self.name_edit.text(),
            role=self.role_combo.currentData(),
            person_id=self.member.person_id if self.member else None,
            is_party_member=self.party_check.isChecked(),
            phone=self.phone_edit.text(),
        )
        member_id = self.member.id if self.member else None
        if member_id is None:
            return lambda: uc.assign_grid_member(store, actor, grid_id, data)
        return lambda: uc.update_grid_member(store, actor, member_id, data)


class JointGroupDialog(FormDialog):
    """New joint-household group (双联户) in a grid, with its head household (联户长户)."""

    def __init__(self, ctx: AppContext, grid_id: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("新建双联户"), parent)
        self.setObjectName("joint_group_dialog")
        self.grid_id = grid_id
        self.name_edit = self.form.add("name", self.tr("名称*"), QLineEdit(self))
        self.picker = HouseholdPicker(ctx, self, grid_id=grid_id)
        self.picker.setMinimumHeight(200)
        self.form.add("head_household_id", self.tr("联户长户"), self.picker)
        self.form.add_row("", QLabel(self.tr("联户长默认为联户长户的户主。"), self))
        self.resize(720, 460)

    def write_fn(self) -> Callable[[], Any]:
        store, actor, grid_id = self.ctx.store, self.ctx.actor, self.grid_id
        name = self.name_edit.text()
        head = self.picker.current()
        head_id = head.id if head is not None else None
        return lambda: uc.create_joint_group(store, actor, grid_id, name=name, head_household_id=head_id)


class GroupHouseholdDialog(FormDialog):
    """Add a household of the grid to a joint-household group (optionally as its head household)."""

    def __init__(self, ctx: AppContext, group: JointGroupRow, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("加入双联户：{0}").format(group.name), parent)
        self.setObjectName("group_household_dialog")
        self.group = group
        self.picker = HouseholdPicker(ctx, self, grid_id=group.grid_id)
        self.picker.setMinimumHeight(220)
        self.form.add("household_id", self.tr("户"), self.picker)
        self.head_check = self.form.add(
            "head_person_id", "", QCheckBox(self.tr("设为联户长户（其户主任联户长）"), self)
        )
        self.resize(720, 460)

    def prepare(self) -> bool:
        if self.picker.current() is None:
            self.form.show_errors([FieldError("household_id", "required")])
            return False
        return True

    def write_fn(self) -> Callable[[], Any]:
        store, actor, group_id = self.ctx.store, self.ctx.actor, self.group.id
        household_id = self.picker.current().id
        as_head = self.head_check.isChecked()

        def write() -> Any:
            changes = uc.add_household_to_joint_group(store, actor, group_id, household_id)
            if as_head:
                changes = changes | uc.set_joint_group_head(store, actor, group_id, household_id=household_id)
            return changes

        return write


class PartyDutyDialog(FormDialog):
    """A party member takes on a household of the grid (党员包户 “三包”)."""

    def __init__(self, ctx: AppContext, grid_id: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("新增党员包户"), parent, columns=2)
        self.setObjectName("party_duty_dialog")
        self.person_picker = PersonPicker(ctx, self)
        self.person_picker.setMinimumHeight(220)
        self.form.add("person_id", self.tr("党员"), self.person_picker)
        self.household_picker = HouseholdPicker(ctx, self, grid_id=grid_id)
        self.household_picker.setMinimumHeight(220)
        self.form.add("household_id", self.tr("所包的户"), self.household_picker, column=1)
        kinds, self.kind_checks = code_checks(self, DutyKind.choices(), DutyKind, columns=3)
        for box in self.kind_checks.values():
            box.setChecked(True)
        self.form.add("duty_kinds", self.tr("包户内容"), kinds)
        self.since_edit = QDateEdit(QDate.currentDate(), self)
        self.since_edit.setCalendarPopup(True)
        self.since_edit.setDisplayFormat("yyyy-MM-dd")
        self.form.add("since", self.tr("开始日期"), self.since_edit, column=1)
        self.resize(1100, 520)

    def prepare(self) -> bool:
        errors = []
        if self.person_picker.current() is None:
            errors.append(FieldError("person_id", "required"))
        if self.household_picker.current() is None:
            errors.append(FieldError("household_id", "required"))
        if errors:
            self.form.show_errors(errors)
        return not errors

    def write_fn(self) -> Callable[[], Any]:
        store, actor = self.ctx.store, self.ctx.actor
        person_id = self.person_picker.current().id
        household_id = self.household_picker.current().id
        kinds = checked(self.kind_checks)
        since: date = self.since_edit.date().toPython()
        return lambda: uc.assign_party_duty(
            store, actor, person_id=person_id, household_id=household_id, duty_kinds=kinds, since=since
        )


class RatingDialog(FormDialog):
    """Rate a household for a year (文明户评星: one star per criterion), or change a rating."""

    def __init__(
        self,
        ctx: AppContext,
        *,
        year: int,
        grid_id: str | None = None,
        rating: RatingRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("修改评星：{0}").format(rating.household_no) if rating else self.tr("文明户评星")
        super().__init__(ctx, title, parent)
        self.setObjectName("rating_dialog")
        self.rating = rating
        self.picker: HouseholdPicker | None = None
        if rating is None:
            self.picker = HouseholdPicker(ctx, self, grid_id=grid_id)
            self.picker.setMinimumHeight(200)
            self.form.add("household_id", self.tr("户"), self.picker)
        else:
            self.form.add_row(self.tr("户"), QLabel(f"{rating.household_no}　{rating.head_name}", self))
        self.year_spin = QSpinBox(self)
        self.year_spin.setRange(uc.FIRST_RATING_YEAR, date.today().year)
        self.year_spin.setValue(rating.year if rating else year)
        self.year_spin.setEnabled(rating is None)
        self.form.add("year", self.tr("年度"), self.year_spin)
        criteria, self.criteria_checks = code_checks(
            self, RatingCriterion.choices(), RatingCriterion, columns=3
        )
        for code, box in self.criteria_checks.items():
            box.setChecked(rating is not None and code in rating.criteria)
            box.toggled.connect(self._update_stars)
        self.form.add("criteria", self.tr("所评星目"), criteria)
        self.stars_label = QLabel(self)
        self.stars_label.setObjectName("stars")
        self.stars_label.setStyleSheet("color: #d48806; font-size: 18px;")
        self.form.add("stars", self.tr("星级"), self.stars_label)
        self._update_stars()
        self.resize(720, 480 if rating is None else 260)

    def _update_stars(self, *_: Any) -> None:
        self.stars_label.setText(stars_text(len(checked(self.criteria_checks))))

    def prepare(self) -> bool:
        if self.picker is not None and self.picker.current() is None:
            self.form.show_errors([FieldError("household_id", "required")])
            return False
        return True

    def write_fn(self) -> Callable[[], Any]:
        store, actor = self.ctx.store, self.ctx.actor
        criteria = checked(self.criteria_checks)
        if self.rating is not None:
            rating_id = self.rating.id
            return lambda: uc.update_rating(store, actor, rating_id, criteria=criteria)
        assert self.picker is not None
        household_id = self.picker.current().id
        year = self.year_spin.value()
        return lambda: uc.rate_household(store, actor, household_id, year=year, criteria=criteria)
