"""The writes of 网格管理: the dialogs the grid page opens and the confirmations before a removal."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QTableView

from ....store.usecases import grids as uc
from ...models.paged import RowTableModel
from ...tasks import Op
from ..register.export import ListExport, model_columns
from . import dialogs

if TYPE_CHECKING:
    from ...list_print import ListPrint
    from .page import GridsPage

logger = logging.getLogger(__name__)


def current_row(view: QTableView, model: RowTableModel) -> Any:
    index = view.currentIndex()
    return model.row_at(index.row()) if index.isValid() else None


class GridEditor(QObject):
    """Opens the grid page's add/edit dialogs and runs its removals (after a confirmation)."""

    def __init__(self, page: GridsPage) -> None:
        super().__init__(page)
        self.page = page

    def new_grid(self) -> None:
        self.page.opener.show(dialogs.GridDialog(self.page.ctx, self.page.opener.villages, parent=self.page))

    def edit_grid(self) -> None:
        grid = self.page.current_grid()
        if grid is not None:
            self.page.opener.show(
                dialogs.GridDialog(self.page.ctx, self.page.opener.villages, grid, parent=self.page)
            )

    def add_staff(self) -> None:
        grid = self.page.current_grid()
        if grid is not None:
            self.page.opener.show(dialogs.StaffDialog(self.page.ctx, grid.id, parent=self.page))

    def edit_staff(self) -> None:
        grid, member = self.page.current_grid(), current_row(self.page.staff_view, self.page.staff_model)
        if grid is not None and member is not None:
            self.page.opener.show(dialogs.StaffDialog(self.page.ctx, grid.id, member, parent=self.page))

    def remove_staff(self) -> None:
        member = current_row(self.page.staff_view, self.page.staff_model)
        if member is not None and self.confirm(self.tr("将 {0} 移出本网格的工作人员？").format(member.name)):
            self._write(lambda store, actor: uc.remove_grid_member(store, actor, member.id))

    def new_group(self) -> None:
        grid = self.page.current_grid()
        if grid is not None:
            self.page.opener.show(dialogs.JointGroupDialog(self.page.ctx, grid.id, parent=self.page))

    def add_group_household(self) -> None:
        group = self.page.current_group()
        if group is not None:
            self.page.opener.show(dialogs.GroupHouseholdDialog(self.page.ctx, group, parent=self.page))

    def remove_group_household(self) -> None:
        group = self.page.current_group()
        household = current_row(self.page.group_household_view, self.page.group_households)
        if group is None or household is None:
            return
        if self.confirm(self.tr("将户号 {0} 移出双联户“{1}”？").format(household.household_no, group.name)):
            self._write(
                lambda store, actor: uc.remove_household_from_joint_group(
                    store, actor, group.id, household.id
                )
            )

    def add_duty(self) -> None:
        grid = self.page.current_grid()
        if grid is not None:
            self.page.opener.show(dialogs.PartyDutyDialog(self.page.ctx, grid.id, parent=self.page))

    def end_duty(self) -> None:
        duty = current_row(self.page.duty_view, self.page.duty_model)
        if duty is not None and self.confirm(
            self.tr("结束 {0} 对户号 {1} 的包户？").format(duty.person_name, duty.household_no)
        ):
            self._write(lambda store, actor: uc.end_party_duty(store, actor, duty.id))

    def add_rating(self) -> None:
        grid = self.page.current_grid()
        self.page.opener.show(
            dialogs.RatingDialog(
                self.page.ctx, year=self.page.year(), grid_id=grid.id if grid else None, parent=self.page
            )
        )

    def edit_rating(self) -> None:
        rating = current_row(self.page.rating_view, self.page.rating_model)
        if rating is not None and self.page.can_admin:
            self.page.opener.show(
                dialogs.RatingDialog(self.page.ctx, year=rating.year, rating=rating, parent=self.page)
            )

    def grid_history(self) -> None:
        grid = self.page.current_grid()
        if grid is not None:
            self.page.opener.show_history("grid", grid.id, grid.name)

    def history(
        self, view: QTableView, model: RowTableModel, table: str, title: Callable[[Any], str]
    ) -> None:
        """修改记录 of the row selected in ``view`` (a record of ``table``, named by ``title``)."""
        row = current_row(view, model)
        if row is not None:
            self.page.opener.show_history(table, row.id, title(row))

    def confirm(self, question: str) -> bool:
        answer = QMessageBox.question(self.page, self.tr("网格管理"), question)
        return answer == QMessageBox.StandardButton.Yes

    def _write(self, fn: Any) -> None:
        store, actor = self.page.ctx.store, self.page.ctx.actor
        Op(self.page.ctx.runner, lambda: fn(store, actor), write=True, owner=self.page).success(
            self.page.ctx.bus.changed.emit
        ).failure(self.page._warn).run()

    def _job_args(self, model: RowTableModel, title: str) -> dict[str, Any]:
        """What an export or a print of ``model`` takes: the rows it shows now, under its headers."""
        rows = model.rows()
        return {
            "title": title,
            "columns": model_columns(model),
            "rows": lambda: rows,
            "quiet": self.page.quiet,
        }

    def print_list(self, model: RowTableModel, title: str) -> ListPrint:
        from ...list_print import ListPrint

        # a grid's lists are printed with the grid they belong to under the heading
        note = self.page.grid_summary.text() if model is not self.page.grid_model else ""
        job = ListPrint(self.page.ctx, self.page, note=note, **self._job_args(model, title))
        job.start()
        return job

    def export(self, model: RowTableModel, title: str) -> ListExport | None:
        job = ListExport(self.page.ctx, self.page, **self._job_args(model, title))
        return job if job.start() else None
