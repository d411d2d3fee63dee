"""The household page (户 详情): members with relation and status, flags, joint group, the party members on
duty, visits, service requests, ratings and appeals — and the register's actions on them.

Everything comes from ``store.queries.household_detail`` on the read pool; the page reloads whenever a
use case reports a change of a table it shows.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ....core.enums import DutyKind, HouseholdFlag, PersonStatus, Relation, join_codes
from ....store import queries
from ....store.usecases.register import set_household_flags
from ...context import AppContext, tables_of
from ...models.grids import RatingListModel
from ...models.household_history import AppealHistoryModel, RequestHistoryModel, VisitHistoryModel
from ...models.households import MemberListModel
from ...models.labels import enum_text, enum_texts
from ...models.paged import RowTableModel
from ...tasks import Op
from .actions import RegisterActions
from .fields import error_messages

logger = logging.getLogger(__name__)

WATCHED = frozenset(
    {
        "household",
        "person",
        "joint_group",
        "party_duty",
        "civilized_rating",
        "visit_record",
        "service_request",
        "appeal",
    }
)


def table_view(parent: QWidget, model: RowTableModel, name: str) -> QTableView:
    view = QTableView(parent)
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return view


class HouseholdDialog(QDialog):
    """One household; ``loaded`` is emitted after every (re)load."""

    loaded = Signal()

    def __init__(
        self,
        ctx: AppContext,
        opener: RegisterActions,
        household_id: str,
        *,
        select_person_id: str | None = None,
    ) -> None:
        super().__init__(opener.widget)
        self.ctx = ctx
        self.opener = opener
        self.household_id = household_id
        self.detail: queries.HouseholdDetail | None = None
        self._select_person_id = select_person_id
        self._loading_flags = False
        self.setObjectName("household_page")
        self.setWindowTitle(self.tr("户详情"))
        layout = QVBoxLayout(self)

        top = QHBoxLayout()
        info_box = QGroupBox(self.tr("基本情况"), self)
        info = QGridLayout(info_box)
        info.setVerticalSpacing(4)
        info.setColumnStretch(1, 1)
        info.setColumnStretch(3, 1)
        self.info_labels: dict[str, QLabel] = {}
        # (key, label, row, column, column span of the value)
        for key, label, row, column, span in (
            ("household_no", self.tr("户号"), 0, 0, 1),
            ("head", self.tr("户主"), 0, 2, 1),
            ("place", self.tr("村（居）/网格"), 1, 0, 1),
            ("phone", self.tr("联系电话"), 1, 2, 1),
            ("address", self.tr("住址"), 2, 0, 3),
            ("joint_group", self.tr("双联户"), 3, 0, 3),
            ("duties", self.tr("包户党员"), 4, 0, 3),
        ):
            caption = QLabel(label + self.tr("："), info_box)
            caption.setStyleSheet("color: #555;")
            value = QLabel(info_box)
            value.setObjectName(f"info_{key}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            info.addWidget(caption, row, column)
            info.addWidget(value, row, column + 1, 1, span)
            self.info_labels[key] = value
        top.addWidget(info_box, 3)
        flags_box = QGroupBox(self.tr("户类别"), self)
        flags_layout = QGridLayout(flags_box)
        flags_layout.setVerticalSpacing(4)
        self.flag_checks: dict[str, QCheckBox] = {}
        for i, flag in enumerate(HouseholdFlag):
            box = QCheckBox(enum_text(HouseholdFlag, flag), flags_box)
            box.setObjectName(f"flag_{flag.value}")
            box.toggled.connect(self._flags_toggled)
            flags_layout.addWidget(box, i // 2, i % 2)
            self.flag_checks[flag.value] = box
        self.flags_error = QLabel(flags_box)
        self.flags_error.setStyleSheet("color: #c62828;")
        self.flags_error.setWordWrap(True)
        flags_layout.addWidget(self.flags_error, 3, 0, 1, 2)
        top.addWidget(flags_box, 1)
        layout.addLayout(top, 0)

        members_box = QGroupBox(self.tr("家庭成员"), self)
        members_layout = QVBoxLayout(members_box)
        self.members_model = MemberListModel(self)
        self.members_view = table_view(members_box, self.members_model, "members")
        self.members_view.activated.connect(lambda _i: self.edit_member())
        members_layout.addWidget(self.members_view)
        buttons = QHBoxLayout()
        self.member_buttons: dict[str, QPushButton] = {}
        for key, text, slot in (
            ("add", self.tr("添加成员"), self.add_member),
            ("edit", self.tr("修改"), self.edit_member),
            ("head", self.tr("设为户主"), self.set_head),
            ("move", self.tr("迁往他户…"), self.move_member),
            ("moved_out", self.tr("登记迁出…"), lambda: self.mark(PersonStatus.MOVED_OUT)),
            ("deceased", self.tr("登记死亡…"), lambda: self.mark(PersonStatus.DECEASED)),
            ("history", self.tr("修改记录"), self.member_history),
        ):
            button = QPushButton(text, members_box)
            button.setObjectName(f"member_{key}")
            button.setAutoDefault(False)
            button.clicked.connect(slot)
            buttons.addWidget(button)
            self.member_buttons[key] = button
        buttons.addStretch(1)
        members_layout.addLayout(buttons)
        layout.addWidget(members_box, 3)
        self.members_view.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())

        self.tabs = QTabWidget(self)
        self.visits_model = VisitHistoryModel(self)
        self.requests_model = RequestHistoryModel(self)
        self.ratings_model = RatingListModel(self)
        self.appeals_model = AppealHistoryModel(self)
        for model, name in (
            (self.visits_model, "visits"),
            (self.requests_model, "requests"),
            (self.ratings_model, "ratings"),
            (self.appeals_model, "appeals"),
        ):
            self.tabs.addTab(table_view(self.tabs, model, name), "")
        layout.addWidget(self.tabs, 2)

        bottom = QHBoxLayout()
        self.edit_button = QPushButton(self.tr("修改户信息"), self)
        self.edit_button.setObjectName("edit_household")
        self.edit_button.setAutoDefault(False)
        self.edit_button.clicked.connect(self.edit_household)
        bottom.addWidget(self.edit_button)
        self.history_button = QPushButton(self.tr("户的修改记录"), self)
        self.history_button.setObjectName("household_history")
        self.history_button.setAutoDefault(False)
        self.history_button.clicked.connect(
            lambda: self.opener.show_history("household", self.household_id, self._title())
        )
        bottom.addWidget(self.history_button)
        bottom.addStretch(1)
        close = QPushButton(self.tr("关闭"), self)
        close.setObjectName("close")
        close.setAutoDefault(False)
        close.clicked.connect(self.accept)
        bottom.addWidget(close)
        layout.addLayout(bottom)

        ctx.bus.changed.connect(self._bus_changed)
        self._update_buttons()
        self.resize(1040, 720)
        self.reload()

    # -- loading ------------------------------------------------------------------------------------
    def reload(self) -> None:
        store, household_id = self.ctx.store, self.household_id

        def load() -> queries.HouseholdDetail | None:
            with store.reader() as session:
                return queries.household_detail(session, household_id)

        Op(self.ctx.runner, load, owner=self).success(self._loaded).failure(
            lambda exc: self.info_labels["household_no"].setText(error_messages(exc)[0])
        ).run()

    def _bus_changed(self, changes: Any) -> None:
        if tables_of(changes) & WATCHED:
            self.reload()

    def _title(self) -> str:
        h = self.detail.household if self.detail else None
        return self.tr("户号 {0}").format(h.household_no) if h else ""

    def _loaded(self, detail: queries.HouseholdDetail | None) -> None:
        if detail is None:
            self.info_labels["household_no"].setText(self.tr("找不到这一户（可能已被删除）"))
            return
        selected = self.current_member()
        keep = self._select_person_id or (selected.id if selected else None)
        self._select_person_id = None
        self.detail = detail
        h = detail.household
        self.setWindowTitle(self.tr("户详情 — 户号 {0}").format(h.household_no))
        self.info_labels["household_no"].setText(h.household_no)
        self.info_labels["head"].setText(h.head_name or self.tr("（未设户主）"))
        self.info_labels["address"].setText(h.address)
        self.info_labels["place"].setText(" / ".join(x for x in (h.village_name, h.grid_name) if x))
        self.info_labels["phone"].setText(h.phone)
        group = detail.joint_group
        if group is None:
            self.info_labels["joint_group"].setText(self.tr("未加入双联户"))
        else:
            head = group.head_name + (self.tr("（党员）") if group.head_is_party_member else "")
            self.info_labels["joint_group"].setText(
                self.tr("{0}（联户长：{1}，共 {2} 户）").format(
                    group.name, head or "—", group.household_count
                )
            )
        duties = [f"{d.person_name}（{enum_texts(DutyKind, d.duty_kinds)}）" for d in detail.duties]
        self.info_labels["duties"].setText("；".join(duties) or self.tr("无"))
        self._loading_flags = True
        for code, box in self.flag_checks.items():
            box.setChecked(code in h.flags)
        self._loading_flags = False
        self.members_model.set_rows(detail.members)
        row = self.members_model.row_of(keep) if keep else -1
        self.members_view.selectRow(row if row >= 0 else 0)
        self.visits_model.set_rows(detail.visits)
        self.requests_model.set_rows(detail.requests)
        self.ratings_model.set_rows(detail.ratings)
        self.appeals_model.set_rows(detail.appeals)
        for i, (text, count) in enumerate(
            (
                (self.tr("走访记录"), len(detail.visits)),
                (self.tr("办件记录"), len(detail.requests)),
                (self.tr("文明户评星"), len(detail.ratings)),
                (self.tr("群众诉求"), len(detail.appeals)),
            )
        ):
            self.tabs.setTabText(i, f"{text}（{count}）")
        self._update_buttons()
        self.loaded.emit()

    # -- members ------------------------------------------------------------------------------------
    def current_member(self) -> queries.PersonRow | None:
        index = self.members_view.currentIndex()
        return self.members_model.row_at(index.row()) if index.isValid() else None

    def select_member(self, person_id: str) -> bool:
        row = self.members_model.row_of(person_id)
        if row >= 0:
            self.members_view.selectRow(row)
        return row >= 0

    def _update_buttons(self) -> None:
        person = self.current_member()
        active = person is not None and person.status == PersonStatus.ACTIVE.value
        head_id = self.detail.household.head_person_id if self.detail else None
        self.member_buttons["add"].setEnabled(self.detail is not None)
        self.member_buttons["edit"].setEnabled(person is not None)
        self.member_buttons["head"].setEnabled(active and person is not None and person.id != head_id)
        for key in ("move", "moved_out", "deceased"):
            self.member_buttons[key].setEnabled(active)
        self.member_buttons["history"].setEnabled(person is not None)

    def add_member(self) -> None:
        has_head = self.detail is not None and self.detail.household.head_person_id
        relation = None if has_head else Relation.HEAD.value
        self.opener.add_member(self.household_id, relation=relation)

    def edit_member(self) -> None:
        person = self.current_member()
        if person is not None:
            self.opener.edit_person(person)

    def set_head(self) -> None:
        person = self.current_member()
        if person is not None:
            self.opener.set_head(self.household_id, person)

    def move_member(self) -> None:
        person = self.current_member()
        if person is not None:
            self.opener.move_person(person)

    def mark(self, status: PersonStatus) -> None:
        person = self.current_member()
        if person is not None:
            self.opener.mark_status(person, status)

    def member_history(self) -> None:
        person = self.current_member()
        if person is not None:
            self.opener.show_history("person", person.id, person.name)

    # -- the household ------------------------------------------------------------------------------
    def edit_household(self) -> None:
        if self.detail is not None:
            self.opener.edit_household(self.detail.household)

    def _flags_toggled(self, _on: bool) -> None:
        if self._loading_flags or self.detail is None:
            return
        flags = join_codes(code for code, box in self.flag_checks.items() if box.isChecked())
        store, actor, household_id = self.ctx.store, self.ctx.actor, self.household_id
        self.flags_error.clear()

        def failed(exc: BaseException) -> None:
            self.flags_error.setText("\n".join(error_messages(exc)))
            self.reload()

        Op(
            self.ctx.runner,
            lambda: set_household_flags(store, actor, household_id, flags),
            write=True,
            owner=self,
        ).success(self.ctx.bus.changed.emit).failure(failed).run()
