"""网格管理: the grids of the township and, for the grid chosen, its staff, joint-household groups (双联户)
with their households, party members' household duties (党员包户) and civilized-household ratings by year.

All reads run on the read pool; every change goes through ``store.usecases.grids`` in a dialog, and the
page reloads when the change bus reports a table it shows.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ....core.enums import GridKind
from ....store import queries
from ....store.usecases import grids as uc
from ...context import AppContext, tables_of
from ...models.grids import GridListModel, GridStaffModel, JointGroupModel, PartyDutyModel, RatingListModel
from ...models.households import HouseholdListModel
from ...models.labels import enum_text
from ...models.paged import RowTableModel
from ...tasks import Op
from ..register.actions import RegisterActions
from ..register.fields import error_messages
from ..register.household_picker import actor_township
from ..register.household_view import table_view
from .editing import GridEditor, current_row

logger = logging.getLogger(__name__)

WATCHED = frozenset(
    {"grid", "grid_member", "joint_group", "party_duty", "civilized_rating", "household", "person"}
)
YEARS_SHOWN = 6


class GridsPage(QWidget):
    """The 网格管理 page of the main window."""

    loaded = Signal()  # the chosen grid's lists were (re)loaded
    quiet = False

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("grids_page")
        self.township = actor_township(ctx)
        self.opener = RegisterActions(ctx, self)
        self.can_admin = ctx.actor.can(uc.PERMISSION)
        self._generation = 0
        self.editor = GridEditor(self)
        layout = QVBoxLayout(self)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        layout.addWidget(splitter, 1)

        left = QWidget(splitter)
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 0, 0)
        self.grid_model = GridListModel(self)
        self.grid_view = table_view(left, self.grid_model, "grids")
        left_box.addWidget(self.grid_view, 1)
        self.grid_buttons = self._buttons(
            left_box,
            (
                ("new_grid", self.tr("新建网格"), self.editor.new_grid, True),
                ("edit_grid", self.tr("修改网格"), self.editor.edit_grid, True),
                ("grid_history", self.tr("修改记录"), self.editor.grid_history, False),
                *self._output_specs("grids", self.grid_model, self.tr("网格")),
            ),
        )
        splitter.addWidget(left)

        right = QWidget(splitter)
        right_box = QVBoxLayout(right)
        right_box.setContentsMargins(0, 0, 0, 0)
        self.grid_summary = QLabel(right)
        self.grid_summary.setObjectName("grid_summary")
        self.grid_summary.setStyleSheet("font-size: 15px; font-weight: bold; padding: 2px 0;")
        right_box.addWidget(self.grid_summary)
        self.tabs = QTabWidget(right)
        self.staff_model = GridStaffModel(self)
        self.group_model = JointGroupModel(self)
        self.group_households = HouseholdListModel(self)
        self.duty_model = PartyDutyModel(self)
        self.rating_model = RatingListModel(self)
        self.tabs.addTab(self._staff_tab(), self.tr("工作人员"))
        self.tabs.addTab(self._groups_tab(), self.tr("双联户"))
        self.tabs.addTab(self._duties_tab(), self.tr("党员包户"))
        self.tabs.addTab(self._ratings_tab(), self.tr("文明户评星"))
        right_box.addWidget(self.tabs, 1)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([640, 720])

        self.grid_view.selectionModel().currentRowChanged.connect(lambda *_: self.load_grid())
        self.group_view.selectionModel().currentRowChanged.connect(lambda *_: self.load_group_households())
        ctx.bus.changed.connect(self._bus_changed)
        self.opener.load_reference()
        self.reload()

    # -- building -----------------------------------------------------------------------------------
    def _buttons(self, box: QVBoxLayout, specs: Any) -> dict[str, QPushButton]:
        row = QHBoxLayout()
        buttons = {}
        for key, text, slot, writes in specs:
            button = QPushButton(text, self)
            button.setObjectName(key)
            button.clicked.connect(slot)
            button.setEnabled(self.can_admin or not writes)
            row.addWidget(button)
            buttons[key] = button
        row.addStretch(1)
        box.addLayout(row)
        return buttons

    def _history_spec(
        self, key: str, view: QTableView, model: RowTableModel, table: str, title: Callable[[Any], str]
    ) -> tuple[str, str, Callable[[], None], bool]:
        """A 修改记录 button of a tab: the history of the row selected in ``view``."""
        return key, self.tr("修改记录"), lambda: self.editor.history(view, model, table, title), False

    def _output_specs(
        self, key: str, model: RowTableModel, title: str
    ) -> tuple[tuple[str, str, Callable[[], Any], bool], ...]:
        """导出… and 打印… of a list of the page (every row it shows)."""
        return (
            (f"export_{key}", self.tr("导出…"), lambda: self.editor.export(model, title), False),
            (f"print_{key}", self.tr("打印…"), lambda: self.editor.print_list(model, title), False),
        )

    def _tab(self, model: RowTableModel, name: str) -> tuple[QWidget, QVBoxLayout, QTableView]:
        tab = QWidget(self)
        box = QVBoxLayout(tab)
        view = table_view(tab, model, name)
        box.addWidget(view, 1)
        return tab, box, view

    def _staff_tab(self) -> QWidget:
        tab, box, self.staff_view = self._tab(self.staff_model, "staff")
        self.staff_buttons = self._buttons(
            box,
            (
                ("add_staff", self.tr("添加"), self.editor.add_staff, True),
                ("edit_staff", self.tr("修改"), self.editor.edit_staff, True),
                ("remove_staff", self.tr("移除"), self.editor.remove_staff, True),
                self._history_spec(
                    "staff_history", self.staff_view, self.staff_model, "grid_member", lambda m: m.name
                ),
                *self._output_specs("staff", self.staff_model, self.tr("网格工作人员")),
            ),
        )
        self.staff_view.activated.connect(lambda _i: self.editor.edit_staff())
        return tab

    def _groups_tab(self) -> QWidget:
        tab, box, self.group_view = self._tab(self.group_model, "joint_groups")
        box.addWidget(QLabel(self.tr("所选双联户的户："), tab))
        self.group_household_view = table_view(tab, self.group_households, "group_households")
        box.addWidget(self.group_household_view, 1)
        self.group_household_view.activated.connect(
            lambda i: self.opener.open_household(self.group_households.row_at(i.row()).id)
        )
        self.group_buttons = self._buttons(
            box,
            (
                ("new_group", self.tr("新建双联户"), self.editor.new_group, True),
                ("add_group_household", self.tr("添加户"), self.editor.add_group_household, True),
                ("remove_group_household", self.tr("移出所选户"), self.editor.remove_group_household, True),
                self._history_spec(
                    "group_history", self.group_view, self.group_model, "joint_group", lambda g: g.name
                ),
                *self._output_specs("groups", self.group_model, self.tr("双联户")),
            ),
        )
        return tab

    def _duties_tab(self) -> QWidget:
        tab, box, self.duty_view = self._tab(self.duty_model, "duties")
        self.duty_buttons = self._buttons(
            box,
            (
                ("add_duty", self.tr("新增包户"), self.editor.add_duty, True),
                ("end_duty", self.tr("结束包户"), self.editor.end_duty, True),
                self._history_spec(
                    "duty_history",
                    self.duty_view,
                    self.duty_model,
                    "party_duty",
                    lambda d: self.tr("{0} 包户 {1}").format(d.person_name, d.household_no),
                ),
                *self._output_specs("duties", self.duty_model, self.tr("党员包户")),
            ),
        )
        return tab

    def _ratings_tab(self) -> QWidget:
        tab, box, self.rating_view = self._tab(self.rating_model, "ratings")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("年度"), tab))
        self.year_combo = QComboBox(tab)
        self.year_combo.setObjectName("rating_year")
        this_year = date.today().year
        for year in range(this_year, this_year - YEARS_SHOWN, -1):
            self.year_combo.addItem(self.tr("{0}年").format(year), year)
        self.year_combo.currentIndexChanged.connect(lambda _i: self.load_grid())
        top.addWidget(self.year_combo)
        self.rating_summary = QLabel(tab)
        self.rating_summary.setObjectName("rating_summary")
        top.addWidget(self.rating_summary, 1)
        box.insertLayout(0, top)
        self.rating_buttons = self._buttons(
            box,
            (
                ("add_rating", self.tr("评星"), self.editor.add_rating, True),
                ("edit_rating", self.tr("修改评星"), self.editor.edit_rating, True),
                self._history_spec(
                    "rating_history",
                    self.rating_view,
                    self.rating_model,
                    "civilized_rating",
                    lambda r: self.tr("{0} 户 {1}年评星").format(r.household_no, r.year),
                ),
                *self._output_specs("ratings", self.rating_model, self.tr("文明户评星")),
            ),
        )
        self.rating_view.activated.connect(lambda _i: self.editor.edit_rating())
        return tab

    # -- loading ------------------------------------------------------------------------------------
    def reload(self) -> None:
        store, township = self.ctx.store, self.township

        def load() -> list[queries.GridRow]:
            with store.reader() as session:
                return queries.list_grids(session, township_code=township)

        Op(self.ctx.runner, load, owner=self).success(self._grids_loaded).failure(self._warn).run()

    def _grids_loaded(self, grids: list[queries.GridRow]) -> None:
        current = self.current_grid()
        self.grid_model.set_rows(grids)
        row = self.grid_model.row_of(current.id) if current else -1
        self.grid_view.selectRow(max(row, 0))
        if not grids:
            self.load_grid()

    def current_grid(self) -> queries.GridRow | None:
        return current_row(self.grid_view, self.grid_model)

    def year(self) -> int:
        return int(self.year_combo.currentData() or date.today().year)

    def load_grid(self) -> None:
        """The chosen grid's staff, joint groups, duties and the year's ratings (one read)."""
        grid = self.current_grid()
        self._generation += 1
        generation, store, year = self._generation, self.ctx.store, self.year()
        if grid is None:
            for model in (self.staff_model, self.group_model, self.duty_model, self.rating_model):
                model.set_rows([])
            self.grid_summary.setText(self.tr("还没有网格"))
            return

        def load() -> tuple[Any, ...]:
            with store.reader() as s:
                return (
                    queries.grid_members(s, grid.id),
                    queries.joint_groups(s, grid.id),
                    queries.party_duties(s, grid_id=grid.id),
                    queries.ratings(s, year, grid_id=grid.id),
                )

        def loaded(result: tuple[Any, ...]) -> None:
            if generation != self._generation:
                return
            staff, groups, duties, ratings = result
            party = sum(1 for m in staff if m.is_party_member)
            self.grid_summary.setText(
                self.tr("{0}　{1}　{2}　户数 {3}　工作人员 {4}（党员 {5}）　双联户 {6}").format(
                    grid.name,
                    enum_text(GridKind, grid.kind),
                    " / ".join(x for x in (grid.village_name, grid.police_area) if x),
                    grid.household_count,
                    len(staff),
                    party,
                    len(groups),
                )
            )
            group = self.current_group()
            self.staff_model.set_rows(staff)
            self.group_model.set_rows(groups)
            self.duty_model.set_rows(duties)
            self.rating_model.set_rows(ratings)
            row = self.group_model.row_of(group.id) if group else -1
            self.group_view.selectRow(max(row, 0))
            if not groups:
                self.group_households.set_rows([])
            stars = sum(r.stars for r in ratings)
            self.rating_summary.setText(
                self.tr("{0}：{1} 户评星，共 {2} 颗星").format(grid.name, len(ratings), stars)
            )
            self.loaded.emit()

        Op(self.ctx.runner, load, owner=self).success(loaded).failure(self._warn).run()

    def current_group(self) -> queries.JointGroupRow | None:
        return current_row(self.group_view, self.group_model)

    def load_group_households(self) -> None:
        group = self.current_group()
        if group is None or not group.grid_id:
            self.group_households.set_rows([])
            return
        store = self.ctx.store
        filters = queries.RegisterFilter(grid_id=group.grid_id, status=None)

        def load() -> list[queries.HouseholdRow]:
            with store.reader() as s:
                rows = queries.list_households(s, filters, 0, 5000)
            head_first = sorted(rows, key=lambda h: (h.id != group.head_household_id, h.household_no))
            return [h for h in head_first if h.joint_group_id == group.id]

        def loaded(rows: list[queries.HouseholdRow]) -> None:
            if self.current_group() is not None and self.current_group().id == group.id:
                self.group_households.set_rows(rows)

        Op(self.ctx.runner, load, owner=self).success(loaded).failure(self._warn).run()

    def _bus_changed(self, changes: Any) -> None:
        tables = tables_of(changes)
        if "grid" in tables or "grid_member" in tables:
            self.reload()
        elif tables & WATCHED:
            self.load_grid()

    def _warn(self, exc: BaseException | str) -> None:
        message = exc if isinstance(exc, str) else "\n".join(error_messages(exc))
        if self.quiet:
            logger.warning("grids page: %s", message)
            return
        QMessageBox.warning(self, self.tr("网格管理"), message)
