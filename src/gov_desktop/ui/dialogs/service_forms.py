"""The hall's forms: accept a service request (受理), close one (办结 with its result, 退回 with the reason)."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ...core.enums import Channel
from ...store import lookups
from ...store.usecases.services import RequestInput, accept_request, complete_request, return_request
from ..context import AppContext
from ..pages.register.household_picker import PersonPicker
from ..tasks import Op
from ..widgets.forms import FormDialog, fill_enum_combo, set_tab_order

logger = logging.getLogger(__name__)


def load_reference(ctx: AppContext) -> tuple[list[Any], list[Any], list[Any]]:
    """(windows, matter types, townships) — runs on a worker."""
    with ctx.store.reader() as s:
        return lookups.service_windows(s), lookups.matter_types(s), lookups.townships(s)


class AcceptRequestDialog(FormDialog):
    """受理: who applies (a registered person, or a name), for which matter, which materials came."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx.runner, parent)
        self.setWindowTitle(self.tr("受理办件"))
        self.ctx = ctx
        self.setObjectName("accept_request_dialog")
        self.resize(720, 640)
        self._matters: list[Any] = []
        f = self.form

        self.person_picker = PersonPicker(ctx, self, limit=20)
        self.person_picker.setMinimumHeight(150)
        self.person_picker.picked.connect(self._person_picked)
        f.add("person_id", self.tr("申请人（在册）"), self.person_picker)
        self.applicant_edit = QLineEdit(self)
        self.applicant_edit.setObjectName("applicant_name")
        self.applicant_edit.setMaxLength(40)
        self.applicant_edit.setPlaceholderText(self.tr("不在本乡镇登记的申请人，直接填写姓名"))
        f.add("applicant_name", self.tr("申请人姓名"), self.applicant_edit)
        self.township_combo = QComboBox(self)
        self.township_combo.setObjectName("township_code")
        if ctx.actor.is_county:
            f.add("township_code", self.tr("所属乡镇"), self.township_combo)
        else:
            self.township_combo.hide()
        self.window_combo = QComboBox(self)
        self.window_combo.setObjectName("window_id")
        self.window_combo.currentIndexChanged.connect(self._fill_matters)
        f.add("window_id", self.tr("服务窗口"), self.window_combo)
        self.matter_combo = QComboBox(self)
        self.matter_combo.setObjectName("matter_id")
        self.matter_combo.currentIndexChanged.connect(self._fill_materials)
        f.add("matter_id", self.tr("服务事项"), self.matter_combo)
        self.materials_box = QWidget(self)
        self.materials_layout = QVBoxLayout(self.materials_box)
        self.materials_layout.setContentsMargins(0, 0, 0, 0)
        self.materials_layout.setSpacing(2)
        self.promise_label = QLabel(self)
        self.promise_label.setStyleSheet("color: #555;")
        f.add("materials_received", self.tr("已收材料"), self.materials_box, extra=self.promise_label)
        self.channel_combo = QComboBox(self)
        self.channel_combo.setObjectName("channel")
        fill_enum_combo(self.channel_combo, Channel)
        f.add("channel", self.tr("受理方式"), self.channel_combo)
        self.note_edit = QPlainTextEdit(self)
        self.note_edit.setObjectName("note")
        self.note_edit.setMaximumHeight(60)
        self.note_edit.setTabChangesFocus(True)
        f.add("note", self.tr("备注"), self.note_edit)
        self._checks: list[QCheckBox] = []
        set_tab_order(
            [
                self.person_picker.search_edit,
                self.applicant_edit,
                self.township_combo,
                self.window_combo,
                self.matter_combo,
                self.channel_combo,
                self.note_edit,
            ]
        )
        self.person_picker.search_edit.setFocus()
        Op(ctx.runner, lambda: load_reference(ctx), owner=self).success(self._loaded).run()

    # -- reference data ---------------------------------------------------------------------------------
    def _loaded(self, data: tuple[Sequence[Any], Sequence[Any], Sequence[Any]]) -> None:
        windows, matters, townships = data
        self._matters = list(matters)
        for t in townships:
            self.township_combo.addItem(f"{t.name}（{t.code}）", t.code)
        self.window_combo.blockSignals(True)
        for w in windows:
            self.window_combo.addItem(w.name, w.id)
        self.window_combo.blockSignals(False)
        self._fill_matters()

    def _fill_matters(self, *_: Any) -> None:
        window_id = self.window_combo.currentData()
        self.matter_combo.clear()
        for m in self._matters:
            if m.window_id == window_id:
                self.matter_combo.addItem(m.name, m.id)
        self._fill_materials()

    def current_matter(self) -> Any:
        matter_id = self.matter_combo.currentData()
        return next((m for m in self._matters if m.id == matter_id), None)

    def _fill_materials(self, *_: Any) -> None:
        for check in self._checks:
            self.materials_layout.removeWidget(check)
            check.deleteLater()
        self._checks = []
        matter = self.current_matter()
        if matter is None:
            self.promise_label.clear()
            return
        for name in matter.materials:
            check = QCheckBox(name, self.materials_box)
            self.materials_layout.addWidget(check)
            self._checks.append(check)
        promise = self.tr("承诺{0}个工作日内办结").format(matter.promised_days)
        if matter.needs_county:
            promise += self.tr("（需转县级办理）")
        self.promise_label.setText(promise)

    def _person_picked(self, row: Any) -> None:
        if row is None:
            return
        self.form.clear_error("person_id")
        index = self.township_combo.findData(getattr(row, "township_code", ""))
        if index >= 0:
            self.township_combo.setCurrentIndex(index)

    def check_all_materials(self) -> None:
        for check in self._checks:
            check.setChecked(True)

    # -- saving -------------------------------------------------------------------------------------------
    def keyPressEvent(self, event: Any) -> None:
        # Enter in the applicant search box searches now and moves on; elsewhere it saves
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.person_picker.search_edit.hasFocus():
            self.person_picker.search_now()
            self.focusNextChild()
            return
        super().keyPressEvent(event)

    def save(self) -> None:
        person = self.person_picker.current()
        matter_id = self.matter_combo.currentData() or ""
        data = RequestInput(
            matter_id=matter_id,
            person_id=person.id if person is not None else None,
            applicant_name=self.applicant_edit.text(),
            channel=self.channel_combo.currentData() or Channel.WINDOW.value,
            materials_received=tuple(c.text() for c in self._checks if c.isChecked()),
            note=self.note_edit.toPlainText(),
        )
        township = self.township_combo.currentData() if self.ctx.actor.is_county else None
        if person is not None and self.ctx.actor.is_county:
            township = getattr(person, "township_code", township)
        store, actor = self.ctx.store, self.ctx.actor
        self.save_with(lambda: accept_request(store, actor, data, township_code=township))


class CloseRequestDialog(FormDialog):
    """办结 (with the result) or 退回 (with the reason)."""

    def __init__(
        self, ctx: AppContext, request: Any, *, returning: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx.runner, parent)
        self.setWindowTitle(self.tr("退回办件") if returning else self.tr("办结办件"))
        self.ctx = ctx
        self.request = request
        self.returning = returning
        self.setObjectName("close_request_dialog")
        self.resize(480, 260)
        self.form.add_row(
            self.tr("办件"), QLabel(f"{request.serial_no}  {request.applicant_name}  {request.matter_name}")
        )
        self.result_edit = QPlainTextEdit(self)
        self.result_edit.setObjectName("result")
        self.result_edit.setTabChangesFocus(True)
        self.form.add("result", self.tr("退回原因") if returning else self.tr("办理结果"), self.result_edit)
        self.result_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def save(self) -> None:
        text = self.result_edit.toPlainText()
        store, actor, request_id = self.ctx.store, self.ctx.actor, self.request.id
        if self.returning:
            self.save_with(lambda: return_request(store, actor, request_id, reason=text))
        else:
            self.save_with(lambda: complete_request(store, actor, request_id, result=text))
