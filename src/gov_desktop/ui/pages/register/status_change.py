"""Mark a person moved out (迁出) or deceased (死亡): soft, with a date and a note, after a confirmation.

The person stays on record with the new status; the change and who made it are in the record's history.
"""

from __future__ import annotations

import logging
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ....core.enums import PersonStatus
from ....store.usecases.register import mark_person_deceased, mark_person_moved_out
from ...context import AppContext
from ...tasks import Op
from .fields import FieldForm, set_tab_order, show_errors
from .person_form import value_of

logger = logging.getLogger(__name__)


class StatusChangeDialog(QDialog):
    """Confirm and record 迁出 or 死亡 for ``person`` (a row with ``id`` and ``name``)."""

    saved = Signal(str, object)  # person id, Changes

    def __init__(
        self, ctx: AppContext, person: Any, status: PersonStatus, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        if status is PersonStatus.ACTIVE:
            raise ValueError("StatusChangeDialog records moving out or death, not a return")
        self.ctx = ctx
        self.person_id: str = value_of(person, "id")
        self.status = status
        self._saving = False
        name = value_of(person, "name", "")
        self.setObjectName("status_change")
        deceased = status is PersonStatus.DECEASED
        self.setWindowTitle(self.tr("登记死亡") if deceased else self.tr("登记迁出"))
        layout = QVBoxLayout(self)
        if deceased:
            text = self.tr("确认将 {0} 登记为“死亡”？").format(name)
        else:
            text = self.tr("确认将 {0} 登记为“迁出”？").format(name)
        question = QLabel(text, self)
        question.setObjectName("question")
        question.setStyleSheet("font-weight: bold;")
        layout.addWidget(question)
        hint = QLabel(
            self.tr("此人仍保留在户籍中，状态改为“{0}”，修改记录可在“修改记录”中查看。").format(
                self.tr("死亡") if deceased else self.tr("迁出")
            ),
            self,
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)

        self.form = FieldForm(self)
        self.date_edit = QDateEdit(QDate.currentDate(), self)
        self.date_edit.setObjectName("status_date")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setMaximumDate(QDate.currentDate())
        self.form.add("status_date", self.tr("死亡日期") if deceased else self.tr("迁出日期"), self.date_edit)
        self.note_edit = QLineEdit(self)
        self.note_edit.setObjectName("status_note")
        self.note_edit.setMaxLength(200)
        self.note_edit.setPlaceholderText(
            self.tr("如：死亡证明编号") if deceased else self.tr("如：迁往拉萨市城关区")
        )
        self.form.add("status_note", self.tr("说明"), self.note_edit)
        layout.addWidget(self.form)

        buttons = QDialogButtonBox(self)
        self.confirm_button = buttons.addButton(self.tr("确认登记"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.confirm_button.setObjectName("confirm")
        self.cancel_button = buttons.addButton(self.tr("取消"), QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.setObjectName("cancel")
        self.confirm_button.setDefault(True)
        self.cancel_button.setAutoDefault(False)
        self.confirm_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        layout.addWidget(buttons)
        set_tab_order([self.date_edit, self.note_edit, self.confirm_button, self.cancel_button])
        self.note_edit.setFocus()

    def save(self) -> None:
        if self._saving:
            return
        self.form.clear_errors()
        store, actor, person_id = self.ctx.store, self.ctx.actor, self.person_id
        day: date = self.date_edit.date().toPython()  # type: ignore[assignment]
        note = self.note_edit.text()
        deceased = self.status is PersonStatus.DECEASED

        def write() -> Any:
            if deceased:
                return mark_person_deceased(store, actor, person_id, died_on=day, note=note)
            return mark_person_moved_out(store, actor, person_id, moved_on=day, note=note)

        self._saving = True
        self.confirm_button.setEnabled(False)
        Op(self.ctx.runner, write, write=True, owner=self).success(self._saved).failure(self._failed).run()

    def _saved(self, changes: Any) -> None:
        self._saving = False
        self.ctx.bus.changed.emit(changes)
        self.saved.emit(self.person_id, changes)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._saving = False
        self.confirm_button.setEnabled(True)
        show_errors(self.form, exc)
