"""走访记录: home visits, newest first; record a visit; mark a follow-up done."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QMessageBox, QWidget

from ...store import queries
from ...store.usecases.visits import complete_follow_up
from ..context import AppContext
from ..dialogs.visit_appeal_forms import VisitFormDialog
from ..models.visit_records import VisitListModel
from ..tasks import Op
from ..widgets.forms import error_messages
from .list_page import ListPage

logger = logging.getLogger(__name__)


class VisitsPage(ListPage):
    TABLES = frozenset({"visit_record", "household", "grid_member"})
    LAYOUT_KEY = "visits/list"
    HISTORY_TABLE = "visit_record"
    STRETCH_COLUMN = VisitListModel.COL_FINDINGS
    WIDTHS = {0: 95, 1: 100, 2: 80, 3: 130, 4: 80, 5: 80, 7: 130}

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, VisitListModel(), parent)
        self.model.setParent(self)
        self.title_label.setText(self.tr("走访记录"))
        self.filter_combo = QComboBox(self)
        self.filter_combo.setObjectName("visit_filter")
        self.filter_combo.addItem(self.tr("全部走访"), "all")
        self.filter_combo.addItem(self.tr("待跟进"), "follow_up")
        self.filter_combo.currentIndexChanged.connect(lambda *_: self.reload())
        self.add_widget(self.filter_combo)
        self.add_stretch()
        writes = ctx.actor.can("visit.write")
        self.record_button = self.add_button(
            self.tr("登记走访"), "record_visit", self.record_visit, visible=writes
        )
        self.record_button.setToolTip("Ctrl+N")
        self.follow_button = self.add_button(
            self.tr("跟进完成"), "complete_follow_up", self.complete_follow_up, visible=writes
        )
        self.add_history_button()
        self.add_export_button()
        self.add_print_button()
        if writes:
            QShortcut(QKeySequence.StandardKey.New, self, activated=self.record_visit)
        self.reload()

    def query(self) -> Callable[[int, int], Sequence[Any]]:
        actor, store = self.ctx.actor, self.ctx.store
        follow_up_open = self.filter_combo.currentData() == "follow_up"

        def fetch(offset: int, limit: int) -> Sequence[Any]:
            with store.reader() as s:
                return queries.list_visits(
                    s,
                    township_code=None if actor.is_county else actor.township_code,
                    grid_id=actor.grid_id,
                    follow_up_open=follow_up_open,
                    offset=offset,
                    limit=limit,
                )

        return fetch

    def history_title(self, row: Any) -> str:
        return self.tr("{0} 户的走访 {1}").format(row.household_no, row.visit_date or "")

    def selection_changed(self) -> None:
        row = self.current_row()
        self.follow_button.setEnabled(bool(row and row.follow_up_needed and not row.follow_up_done))

    def record_visit(self) -> None:
        dialog = VisitFormDialog(self.ctx, self)
        dialog.saved.connect(lambda result: self.ctx.bus.changed.emit(result.changes))
        dialog.open()
        self.form_dialog = dialog

    def complete_follow_up(self) -> None:
        row = self.current_row()
        if row is None:
            return
        store, actor = self.ctx.store, self.ctx.actor
        Op(self.ctx.runner, lambda: complete_follow_up(store, actor, row.id), write=True, owner=self).success(
            self.ctx.bus.changed.emit
        ).failure(
            lambda exc: QMessageBox.warning(self, self.tr("无法保存"), "\n".join(error_messages(exc)))
        ).run()
