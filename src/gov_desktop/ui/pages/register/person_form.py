"""The person form (人员登记 / 修改): validation at the field, ID number → birth date and gender as you type,
a duplicate ID number caught before saving with a button to open the person who already has it.

Saving runs ``register_person`` (new) or ``update_person`` (edit) on the writer thread; a refused save shows
each ``FieldError`` under its field and writes nothing. Enter saves, Esc cancels.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from datetime import date
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ....core.enums import Education, Gender, Relation, SpecialGroup, split_codes
from ....core.errors import DomainError, FieldError
from ....core.validation import normalize_id_number, parse_id_number
from ....reports.roster_fields import ETHNICITIES
from ....store.search import search_persons
from ....store.usecases.register import PersonInput, register_person, update_person
from ...context import AppContext
from ...tasks import Op
from .fields import ColumnsForm, enum_text, fill_enum_combo, select_code, set_tab_order

logger = logging.getLogger(__name__)

#: ethnic groups listed first in the 民族 box (the county's own), then the rest of the 56
COMMON_ETHNICITIES = ("藏族", "汉族", "回族", "门巴族", "珞巴族")


def value_of(row: Any, name: str, default: Any = None) -> Any:
    """A field of a frozen row, a mapping or any object."""
    if row is None:
        return default
    if isinstance(row, Mapping):
        return row.get(name, default)
    return getattr(row, name, default)


class PersonFormDialog(QDialog):
    """Register a new member of ``household_id``, or edit ``person`` (a frozen row with the person's fields)."""

    saved = Signal(str, object)  # person id, Changes
    open_person_requested = Signal(str)

    def __init__(
        self,
        ctx: AppContext,
        *,
        household_id: str | None = None,
        person: Any = None,
        relation: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.household_id = household_id or value_of(person, "household_id")
        self.person = person
        self.person_id: str | None = value_of(person, "id")
        self._duplicate_of: str | None = None
        self._checked_number = ""
        self._saving = False
        self.setObjectName("person_form")
        self.setWindowTitle(self.tr("修改人员信息") if self.person_id else self.tr("登记人员"))
        self.setModal(True)
        self._build()
        self._load(person, relation)
        self.resize(820, self.sizeHint().height())

    # -- building -----------------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.form = ColumnsForm(self, columns=2)
        f = self.form

        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("name")
        self.name_edit.setMaxLength(40)
        f.add("name", self.tr("姓名*"), self.name_edit)

        self.id_edit = QLineEdit(self)
        self.id_edit.setObjectName("id_number")
        self.id_edit.setMaxLength(24)  # room for pasted spaces; normalised to 18
        self.id_edit.setPlaceholderText(self.tr("18位居民身份证号"))
        self.id_info = QLabel(self)
        self.id_info.setObjectName("id_info")
        self.id_info.setStyleSheet("color: #2e7d32;")
        self.id_info.hide()
        self.duplicate_box = QWidget(self)
        dup = QHBoxLayout(self.duplicate_box)
        dup.setContentsMargins(0, 0, 0, 0)
        self.open_existing_button = QPushButton(self.tr("打开已登记的人员"), self.duplicate_box)
        self.open_existing_button.setObjectName("open_existing")
        self.open_existing_button.setAutoDefault(False)
        self.open_existing_button.clicked.connect(self._open_existing)
        dup.addWidget(self.open_existing_button)
        dup.addStretch(1)
        self.duplicate_box.hide()
        extra = QWidget(self)
        extra_box = QVBoxLayout(extra)
        extra_box.setContentsMargins(0, 0, 0, 0)
        extra_box.setSpacing(2)
        extra_box.addWidget(self.id_info)
        extra_box.addWidget(self.duplicate_box)
        f.add("id_number", self.tr("身份证号"), self.id_edit, extra=extra)

        self.gender_combo = QComboBox(self)
        self.gender_combo.setObjectName("gender")
        fill_enum_combo(self.gender_combo, Gender, blank=self.tr("（按身份证号）"))
        f.add("gender", self.tr("性别"), self.gender_combo)

        self.birth_edit = QLineEdit(self)
        self.birth_edit.setObjectName("birth_date")
        self.birth_edit.setPlaceholderText(self.tr("如 1985-03-02（有身份证号时自动填写）"))
        f.add("birth_date", self.tr("出生日期"), self.birth_edit)

        self.ethnicity_combo = QComboBox(self)
        self.ethnicity_combo.setObjectName("ethnicity")
        self.ethnicity_combo.setEditable(True)
        self.ethnicity_combo.addItem("")
        for name in (*COMMON_ETHNICITIES, *(e for e in ETHNICITIES if e not in COMMON_ETHNICITIES)):
            self.ethnicity_combo.addItem(name)
        f.add("ethnicity", self.tr("民族"), self.ethnicity_combo)

        self.relation_combo = QComboBox(self)
        self.relation_combo.setObjectName("relation")
        fill_enum_combo(self.relation_combo, Relation)
        f.add("relation", self.tr("与户主关系"), self.relation_combo)

        self.phone_edit = QLineEdit(self)
        self.phone_edit.setObjectName("phone")
        self.phone_edit.setPlaceholderText(self.tr("手机号或带区号的固定电话"))
        f.add("phone", self.tr("联系电话"), self.phone_edit)

        self.name_bo_edit = QLineEdit(self)
        self.name_bo_edit.setObjectName("name_bo")
        f.add("name_bo", self.tr("藏文姓名"), self.name_bo_edit, column=1)

        self.party_check = QCheckBox(self.tr("中共党员"), self)
        self.party_check.setObjectName("is_party_member")
        f.add("is_party_member", self.tr("政治面貌"), self.party_check, column=1)

        self.branch_edit = QLineEdit(self)
        self.branch_edit.setObjectName("party_branch")
        f.add("party_branch", self.tr("所在党支部"), self.branch_edit, column=1)

        self.education_combo = QComboBox(self)
        self.education_combo.setObjectName("education")
        fill_enum_combo(self.education_combo, Education, blank="")
        f.add("education", self.tr("文化程度"), self.education_combo, column=1)

        self.occupation_edit = QLineEdit(self)
        self.occupation_edit.setObjectName("occupation")
        f.add("occupation", self.tr("职业"), self.occupation_edit, column=1)

        groups = QWidget(self)
        grid = QGridLayout(groups)
        grid.setContentsMargins(0, 0, 0, 0)
        self.group_checks: dict[str, QCheckBox] = {}
        for i, (code, _label) in enumerate(SpecialGroup.choices()):
            box = QCheckBox(enum_text(SpecialGroup, code), groups)
            box.setObjectName(f"group_{code}")
            grid.addWidget(box, i // 2, i % 2)
            self.group_checks[code] = box
        f.add("special_groups", self.tr("特殊人群"), groups, column=1)
        layout.addWidget(f)

        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(self.tr("保存"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("save")
        self.cancel_button = self.buttons.addButton(self.tr("取消"), QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.setObjectName("cancel")
        self.save_button.setDefault(True)
        self.save_button.setAutoDefault(True)
        self.cancel_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        layout.addWidget(self.buttons)

        self.id_edit.textChanged.connect(self._id_changed)
        for widget in (self.name_edit, self.phone_edit, self.birth_edit, self.branch_edit):
            name = widget.objectName()
            widget.textEdited.connect(lambda _t, n=name: self.form.clear_error(n))
        self.gender_combo.currentIndexChanged.connect(lambda _i: self.form.clear_error("gender"))

        order = [
            self.name_edit,
            self.id_edit,
            self.gender_combo,
            self.birth_edit,
            self.ethnicity_combo,
            self.relation_combo,
            self.phone_edit,
            self.name_bo_edit,
            self.party_check,
            self.branch_edit,
            self.education_combo,
            self.occupation_edit,
            *self.group_checks.values(),
            self.save_button,
            self.cancel_button,
        ]
        set_tab_order(order)
        self.name_edit.setFocus()

    def _load(self, person: Any, relation: str | None) -> None:
        select_code(self.relation_combo, relation or value_of(person, "relation") or Relation.OTHER.value)
        if person is None:
            return
        self.name_edit.setText(value_of(person, "name", "") or "")
        self.id_edit.setText(value_of(person, "id_number", "") or "")
        select_code(self.gender_combo, value_of(person, "gender", ""))
        birth = value_of(person, "birth_date")
        self.birth_edit.setText(birth.isoformat() if isinstance(birth, date) else str(birth or ""))
        self.ethnicity_combo.setCurrentText(value_of(person, "ethnicity", "") or "")
        self.phone_edit.setText(value_of(person, "phone", "") or "")
        self.name_bo_edit.setText(value_of(person, "name_bo", "") or "")
        self.party_check.setChecked(bool(value_of(person, "is_party_member", False)))
        self.branch_edit.setText(value_of(person, "party_branch", "") or "")
        select_code(self.education_combo, value_of(person, "education", ""))
        self.occupation_edit.setText(value_of(person, "occupation", "") or "")
        groups = value_of(person, "special_groups", "") or ""
        codes = split_codes(groups) if isinstance(groups, str) else list(groups)
        for code, box in self.group_checks.items():
            box.setChecked(code in codes)
        self._checked_number = normalize_id_number(self.id_edit.text())  # its own number is no duplicate

    # -- the ID number as you type ------------------------------------------------------------------
    def _id_changed(self, text: str) -> None:
        number = normalize_id_number(text)
        self.form.clear_error("id_number")
        self._set_duplicate(None)
        self.id_info.hide()
        if len(number) < 18:
            return
        info = parse_id_number(number)
        if isinstance(info, FieldError):
            self.form.set_error("id_number", info.message)
            return
        self.birth_edit.setText(info.birth_date.isoformat())
        select_code(self.gender_combo, info.gender.value)
        self.form.clear_error("birth_date")
        self.form.clear_error("gender")
        self.id_info.setText(
            self.tr("出生日期 {0}，{1}").format(info.birth_date.isoformat(), enum_text(Gender, info.gender))
        )
        self.id_info.show()
        self._check_duplicate(info.number)

    def _check_duplicate(self, number: str) -> None:
        """Ask the store (read pool) whether an active person already holds ``number``."""
        if number == self._checked_number and self.person_id:
            return
        store, own = self.ctx.store, self.person_id

        def find() -> Any:
            for hit in search_persons(store, number, limit=5):
                if hit.id_number == number and hit.id != own:
                    return hit
            return None

        def found(hit: Any) -> None:
            if hit is None or normalize_id_number(self.id_edit.text()) != number:
                return  # no duplicate, or the text changed meanwhile
            error = FieldError(
                "id_number", "id_number.duplicate", {"value": number, "name": hit.name, "person_id": hit.id}
            )
            self.form.set_error("id_number", error.message)
            self._set_duplicate(hit.id)

        Op(self.ctx.runner, find, owner=self).success(found).run()

    def _set_duplicate(self, person_id: str | None) -> None:
        self._duplicate_of = person_id
        self.duplicate_box.setVisible(person_id is not None)

    @property
    def duplicate_of(self) -> str | None:
        """The id of the person who already has the number typed (None when not a duplicate)."""
        return self._duplicate_of

    def _open_existing(self) -> None:
        if self._duplicate_of:
            person_id = self._duplicate_of
            self.reject()
            self.open_person_requested.emit(person_id)

    # -- saving -------------------------------------------------------------------------------------
    def person_input(self) -> PersonInput:
        return PersonInput(
            name=self.name_edit.text(),
            id_number=self.id_edit.text(),
            gender=self.gender_combo.currentData() or None,
            birth_date=self.birth_edit.text().strip() or None,
            name_bo=self.name_bo_edit.text(),
            ethnicity=self.ethnicity_combo.currentText(),
            relation=self.relation_combo.currentData() or Relation.OTHER.value,
            phone=self.phone_edit.text(),
            is_party_member=self.party_check.isChecked(),
            party_branch=self.branch_edit.text(),
            education=self.education_combo.currentData() or "",
            occupation=self.occupation_edit.text(),
            special_groups=tuple(code for code, box in self.group_checks.items() if box.isChecked()),
        )

    def save(self) -> None:
        if self._saving:
            return
        self.form.clear_errors()
        self._set_duplicate(None)
        data = self.person_input()
        store, actor = self.ctx.store, self.ctx.actor
        person_id, household_id = self.person_id, self.household_id
        if person_id is None and not household_id:
            self.form.show_errors([FieldError("household_id", "required")])
            return

        def write() -> tuple[str, Any]:
            if person_id is not None:
                return person_id, update_person(store, actor, person_id, data)
            created = register_person(store, actor, household_id or "", data)
            return created.id, created.changes

        self._saving = True
        self.save_button.setEnabled(False)
        Op(self.ctx.runner, write, write=True, owner=self).success(self._saved).failure(self._failed).run()

    def _saved(self, result: tuple[str, Any]) -> None:
        self._saving = False
        self.save_button.setEnabled(True)
        person_id, changes = result
        self.person_id = person_id
        self.ctx.bus.changed.emit(changes)
        self.saved.emit(person_id, changes)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._saving = False
        self.save_button.setEnabled(True)
        self.form.show_errors(exc)
        if isinstance(exc, DomainError):
            for error in exc.errors:
                if error.code == "id_number.duplicate" and error.params.get("person_id"):
                    self._set_duplicate(str(error.params["person_id"]))
