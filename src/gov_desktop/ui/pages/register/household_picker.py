"""Pick a household or a person with the register's search (户号, name, pinyin, ID number or phone).

Used by "move a person to another household" and by the grid dialogs (joint groups, party duties, ratings).
The search runs on the read pool ~150 ms after the last keystroke; answers to older texts are dropped.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ....store.search import search_households, search_persons
from ...context import AppContext
from ...models.households import HouseholdListModel
from ...models.paged import RowTableModel
from ...models.persons import PersonListModel
from ...tasks import Op

logger = logging.getLogger(__name__)

DEBOUNCE_MS = 150


def actor_township(ctx: AppContext) -> str | None:
    """The township the signed-in user works in (None for county users: every township)."""
    return None if ctx.actor.is_county else ctx.actor.township_code


class SearchPicker(QWidget):
    """A search box over a list of search hits; ``current()`` is the chosen row."""

    picked = Signal(object)  # the chosen row, or None
    activated = Signal(object)  # a row double-clicked / Enter

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        exclude_id: str | None = None,
        grid_id: str | None = None,
        limit: int = 50,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.exclude_id = exclude_id
        self.grid_id = grid_id
        self.limit = limit
        self._generation = 0
        self._township = actor_township(ctx)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("household_search")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(self.placeholder())
        layout.addWidget(self.search_edit)
        self.model = self.make_model()
        self.view = QTableView(self)
        self.view.setObjectName("household_results")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.view, 1)
        self.status = QLabel(self)
        self.status.setObjectName("picker_status")
        layout.addWidget(self.status)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.search_now)
        self.search_edit.textChanged.connect(lambda _t: self.timer.start())
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self.picked.emit(self.current()))
        self.view.doubleClicked.connect(lambda _i: self.activated.emit(self.current()))

    def placeholder(self) -> str:
        return self.tr("输入户号、户主或成员姓名、拼音首字母、身份证号、电话")

    def make_model(self) -> RowTableModel:
        return HouseholdListModel(self)

    def search_hits(self, text: str) -> list[Any]:
        """The hits for ``text`` (runs on a worker thread)."""
        hits = search_households(
            self.ctx.store, text, township_code=self._township, grid_id=self.grid_id, limit=self.limit
        )
        return [h for h in hits if h.id != self.exclude_id]

    def current(self) -> Any:
        index = self.view.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def search_now(self) -> None:
        self.timer.stop()
        text = self.search_edit.text().strip()
        self._generation += 1
        generation = self._generation
        if not text:
            self.model.set_rows([])
            self.status.clear()
            self.picked.emit(None)
            return

        def found(rows: list[Any]) -> None:
            if generation != self._generation:
                return
            self.model.set_rows(rows)
            self.status.setText(self.tr("找到 {0} 条").format(len(rows)) if rows else self.tr("没有找到"))
            if rows:
                self.view.selectRow(0)
            else:
                self.picked.emit(None)

        Op(self.ctx.runner, lambda: self.search_hits(text), owner=self).success(found).run()


class HouseholdPicker(SearchPicker):
    """Pick a household (by 户号 or any member)."""


class PersonPicker(SearchPicker):
    """Pick a person (active persons only)."""

    def placeholder(self) -> str:
        return self.tr("输入姓名、拼音首字母、身份证号或电话")

    def make_model(self) -> RowTableModel:
        return PersonListModel(self)

    def search_hits(self, text: str) -> list[Any]:
        hits = search_persons(
            self.ctx.store, text, township_code=self._township, grid_id=self.grid_id, limit=self.limit
        )
        return [h for h in hits if h.id != self.exclude_id]
