"""The household form (户 登记 / 修改): 户号, address, village, grid, phone, note and the household flags.

Saving runs ``register_household`` / ``update_household`` and then ``set_household_flags`` on the writer
thread; refused input shows each error at its field. Enter saves, Esc cancels.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ....core.enums import HouseholdFlag, join_codes, split_codes
from ....store.usecases.changes import Changes
from ....store.usecases.register import (
    HouseholdInput,
    register_household,
    set_household_flags,
    update_household,
)
from ...context import AppContext
from ...tasks import Op
from .fields import FieldForm, enum_text, set_tab_order, show_errors
from .person_form import value_of

logger = logging.getLogger(__name__)


class HouseholdFormDialog(QDialog):
    """Register a household, or edit ``household`` (a frozen row with the household's fields)."""

    saved = Signal(str, object)  # household id, Changes

    def __init__(
        self,
        ctx: AppContext,
        *,
        villages: Sequence[Any] = (),
        grids: Sequence[Any] = (),
        household: Any = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.household = household
        self.household_id: str | None = value_of(household, "id")
        self._grids = list(grids)
        self._saving = False
        self.setObjectName("household_form")
        self.setWindowTitle(self.tr("修改户信息") if self.household_id else self.tr("新建户"))
        self.setModal(True)
        layout = QVBoxLayout(self)
        self.form = FieldForm(self)
        f = self.form

        self.number_edit = QLineEdit(self)
        self.number_edit.setObjectName("household_no")
        self.number_edit.setMaxLength(30)
        f.add("household_no", self.tr("户号*"), self.number_edit)

        self.address_edit = QLineEdit(self)
        self.address_edit.setObjectName("address")
        self.address_edit.setMaxLength(120)
        f.add("address", self.tr("住址"), self.address_edit)

        self.village_combo = QComboBox(self)
        self.village_combo.setObjectName("village_id")
        self.village_combo.addItem(self.tr("（未指定）"), None)
        for v in villages:
            self.village_combo.addItem(value_of(v, "name", ""), value_of(v, "id"))
        f.add("village_id", self.tr("村（居）"), self.village_combo)

        self.grid_combo = QComboBox(self)
        self.grid_combo.setObjectName("grid_id")
        f.add("grid_id", self.tr("网格"), self.grid_combo)
        self._fill_grids(None)
        self.village_combo.currentIndexChanged.connect(self._village_changed)

        self.phone_edit = QLineEdit(self)
        self.phone_edit.setObjectName("phone")
        f.add("phone", self.tr("联系电话"), self.phone_edit)

        self.note_edit = QPlainTextEdit(self)
        self.note_edit.setObjectName("note")
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setFixedHeight(60)
        f.add("note", self.tr("备注"), self.note_edit)

        flags = QWidget(self)
        grid = QGridLayout(flags)
        grid.setContentsMargins(0, 0, 0, 0)
        self.flag_checks: dict[str, QCheckBox] = {}
        for i, flag in enumerate(HouseholdFlag):
            box = QCheckBox(enum_text(HouseholdFlag, flag), flags)
            box.setObjectName(f"flag_{flag.value}")
            grid.addWidget(box, i // 3, i % 3)
            self.flag_checks[flag.value] = box
        f.add("flags", self.tr("户类别"), flags)
        layout.addWidget(f)

        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(self.tr("保存"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("save")
        self.cancel_button = self.buttons.addButton(self.tr("取消"), QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.setObjectName("cancel")
        self.save_button.setDefault(True)
        self.cancel_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        layout.addWidget(self.buttons)
        set_tab_order(
            [
                self.number_edit,
                self.address_edit,
                self.village_combo,
                self.grid_combo,
                self.phone_edit,
                self.note_edit,
                *self.flag_checks.values(),
                self.save_button,
                self.cancel_button,
            ]
        )
        for widget in (self.number_edit, self.address_edit, self.phone_edit):
            name = widget.objectName()
            widget.textEdited.connect(lambda _t, n=name: self.form.clear_error(n))
        self._load(household)
        self.number_edit.setFocus()
        self.resize(560, self.sizeHint().height())

    def _fill_grids(self, village_id: str | None) -> None:
        current = self.grid_combo.currentData()
        self.grid_combo.blockSignals(True)
        self.grid_combo.clear()
        self.grid_combo.addItem(self.tr("（未指定）"), None)
        for g in self._grids:
            grid_village = value_of(g, "village_id")
            if village_id is None or grid_village in (None, village_id):
                self.grid_combo.addItem(value_of(g, "name", ""), value_of(g, "id"))
        index = self.grid_combo.findData(current)
        self.grid_combo.setCurrentIndex(max(0, index))
        self.grid_combo.blockSignals(False)

    def _village_changed(self, _index: int) -> None:
        self._fill_grids(self.village_combo.currentData())

    def _load(self, household: Any) -> None:
        if household is None:
            if self.ctx.actor.grid_id:
                self._select(self.grid_combo, self.ctx.actor.grid_id)
            return
        self.number_edit.setText(value_of(household, "household_no", "") or "")
        self.address_edit.setText(value_of(household, "address", "") or "")
        self._select(self.village_combo, value_of(household, "village_id"))
        self._fill_grids(value_of(household, "village_id"))
        self._select(self.grid_combo, value_of(household, "grid_id"))
        self.phone_edit.setText(value_of(household, "phone", "") or "")
        self.note_edit.setPlainText(value_of(household, "note", "") or "")
        codes = split_codes(value_of(household, "flags", "") or "")
        for code, box in self.flag_checks.items():
            box.setChecked(code in codes)

    @staticmethod
    def _select(combo: QComboBox, data: Any) -> None:
        index = combo.findData(data)
        if index >= 0:
            combo.setCurrentIndex(index)

    def household_input(self) -> HouseholdInput:
        return HouseholdInput(
            household_no=self.number_edit.text(),
            address=self.address_edit.text(),
            village_id=self.village_combo.currentData(),
            grid_id=self.grid_combo.currentData(),
            phone=self.phone_edit.text(),
            note=self.note_edit.toPlainText(),
        )

    def flags(self) -> str:
        return join_codes(code for code, box in self.flag_checks.items() if box.isChecked())

    def save(self) -> None:
        if self._saving:
            return
        self.form.clear_errors()
        data = self.household_input()
        flags = self.flags()
        old_flags = join_codes(split_codes(value_of(self.household, "flags", "") or ""))
        store, actor, household_id = self.ctx.store, self.ctx.actor, self.household_id

        def write() -> tuple[str, Changes]:
            if household_id is None:
                created = register_household(store, actor, data)
                new_id, changes = created.id, created.changes
            else:
                new_id, changes = household_id, update_household(store, actor, household_id, data)
            if flags != old_flags:
                changes = changes | set_household_flags(store, actor, new_id, flags)
            return new_id, changes

        self._saving = True
        self.save_button.setEnabled(False)
        Op(self.ctx.runner, write, write=True, owner=self).success(self._saved).failure(self._failed).run()

    def _saved(self, result: tuple[str, Changes]) -> None:
        self._saving = False
        self.save_button.setEnabled(True)
        household_id, changes = result
        self.household_id = household_id
        self.ctx.bus.changed.emit(changes)
        self.saved.emit(household_id, changes)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._saving = False
        self.save_button.setEnabled(True)
        show_errors(self.form, exc)
