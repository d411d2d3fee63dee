"""Move a person to another household of the township (户内迁移), picked with the register's search."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ....core.enums import Relation
from ....store.usecases.register import move_person
from ...context import AppContext
from ...tasks import Op
from .fields import FieldForm, fill_enum_combo, set_tab_order, show_errors
from .household_picker import HouseholdPicker
from .person_form import value_of

logger = logging.getLogger(__name__)


class MovePersonDialog(QDialog):
    """Choose the target household and the relation to its head, then ``move_person``."""

    saved = Signal(str, object)  # target household id, Changes

    def __init__(self, ctx: AppContext, person: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.person_id: str = value_of(person, "id")
        self._saving = False
        self.setObjectName("move_person")
        self.setWindowTitle(self.tr("迁往其他户"))
        layout = QVBoxLayout(self)
        heading = QLabel(
            self.tr("将 {0} 从户号 {1} 迁往：").format(
                value_of(person, "name", ""), value_of(person, "household_no", "") or "—"
            ),
            self,
        )
        heading.setStyleSheet("font-weight: bold;")
        layout.addWidget(heading)
        self.form = FieldForm(self)
        self.picker = HouseholdPicker(ctx, self, exclude_id=value_of(person, "household_id"))
        self.picker.setMinimumHeight(240)
        self.form.add("household_id", self.tr("迁入户"), self.picker)
        self.relation_combo = QComboBox(self)
        self.relation_combo.setObjectName("relation")
        fill_enum_combo(self.relation_combo, Relation, blank=self.tr("（保持不变）"))
        self.form.add("relation", self.tr("与新户主关系"), self.relation_combo)
        layout.addWidget(self.form)
        buttons = QDialogButtonBox(self)
        self.confirm_button = buttons.addButton(self.tr("确认迁移"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.confirm_button.setObjectName("confirm")
        self.confirm_button.setEnabled(False)
        self.cancel_button = buttons.addButton(self.tr("取消"), QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.setObjectName("cancel")
        self.confirm_button.setDefault(True)
        self.cancel_button.setAutoDefault(False)
        self.confirm_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        layout.addWidget(buttons)
        self.picker.picked.connect(lambda row: self.confirm_button.setEnabled(row is not None))
        self.picker.activated.connect(lambda _row: self.save())
        set_tab_order(
            [
                self.picker.search_edit,
                self.picker.view,
                self.relation_combo,
                self.confirm_button,
                self.cancel_button,
            ]
        )
        self.picker.search_edit.setFocus()
        self.resize(760, 520)

    def save(self) -> None:
        target = self.picker.current()
        if self._saving or target is None:
            return
        self.form.clear_errors()
        store, actor, person_id = self.ctx.store, self.ctx.actor, self.person_id
        relation = self.relation_combo.currentData() or None
        target_id = target.id

        def write() -> Any:
            return move_person(store, actor, person_id, target_id, relation=relation)

        self._saving = True
        self.confirm_button.setEnabled(False)
        Op(self.ctx.runner, write, write=True, owner=self).success(
            lambda changes: self._saved(target_id, changes)
        ).failure(self._failed).run()

    def _saved(self, target_id: str, changes: Any) -> None:
        self._saving = False
        self.ctx.bus.changed.emit(changes)
        self.saved.emit(target_id, changes)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._saving = False
        self.confirm_button.setEnabled(True)
        show_errors(self.form, exc)
