"""The register's two lists (persons, households): a lazily fetched table, its count and its column layout.

Without search text a list pages through ``store.queries.list_persons`` / ``list_households`` (the first
page only when opened; the next ones as the user scrolls). With search text it shows the ranked hits of
``store.search`` (fast, by index) — or, when household flags are filtered too, the filtered list query.
Every query runs on the read pool; answers to an older query are dropped. Column widths and order are kept
in QSettings.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, Qt, QTimer, Signal
from PySide6.QtWidgets import QAbstractItemView, QLabel, QTableView, QVBoxLayout, QWidget

from ....core.enums import PersonStatus
from ....store import queries, search
from ...context import AppContext
from ...models.households import HouseholdListModel
from ...models.paged import LatestOnly, PagedFeed, RowTableModel, every_row
from ...models.persons import PersonListModel

if TYPE_CHECKING:  # the export's columns load with the export
    from ....reports.xlsx_export import Column

logger = logging.getLogger(__name__)

PAGE_SIZE = 200
SEARCH_LIMIT = 1000
EXPORT_PAGE = 2000

PERSON_ORDERS = {
    PersonListModel.COL_NAME: "name",
    PersonListModel.COL_ID_NUMBER: "id_number",
    PersonListModel.COL_BIRTH: "birth_date",
    PersonListModel.COL_HOUSEHOLD_NO: "household_no",
}
HOUSEHOLD_ORDERS = {
    HouseholdListModel.COL_NUMBER: "household_no",
    HouseholdListModel.COL_HEAD: "head_name",
    HouseholdListModel.COL_ADDRESS: "address",
}


class RegisterList(QWidget):
    """One list; ``kind`` is "persons" or "households". ``activated`` carries the row opened."""

    activated = Signal(object)
    counted = Signal(int)
    #: seconds from ``run()`` to the first page in the view
    shown = Signal(float)

    def __init__(self, ctx: AppContext, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.kind = kind
        persons = kind == "persons"
        self.model: RowTableModel = PersonListModel(self) if persons else HouseholdListModel(self)
        self.orders = PERSON_ORDERS if persons else HOUSEHOLD_ORDERS
        self.order_column = PersonListModel.COL_NAME if persons else HouseholdListModel.COL_NUMBER
        self.descending = False
        self.filters = queries.RegisterFilter()
        self.last_seconds = 0.0
        self.total: int | None = None
        self.searching = False
        self._count_generation = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.view = QTableView(self)
        self.view.setObjectName(f"{kind}_view")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 10)
        header = self.view.horizontalHeader()
        header.setSectionsMovable(True)
        header.setSortIndicatorShown(True)
        header.setSectionsClickable(True)
        header.setSortIndicator(self.order_column, Qt.SortOrder.AscendingOrder)
        header.sectionClicked.connect(self._header_clicked)
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(500)
        self._save_timer.timeout.connect(self.save_columns)
        self._restore_columns()
        header.sectionResized.connect(self._columns_changed)
        header.sectionMoved.connect(self._columns_changed)
        self.view.activated.connect(lambda index: self.activated.emit(self.model.row_at(index.row())))
        layout.addWidget(self.view, 1)
        self.status = QLabel(self)
        self.status.setObjectName(f"{kind}_status")
        layout.addWidget(self.status)
        self.feed = PagedFeed(ctx.runner, self.model, page_size=PAGE_SIZE, parent=self)
        self.feed.loaded.connect(self._first_page)
        self.feed.page_loaded.connect(self._page_loaded)
        self.counter = LatestOnly(ctx.runner, self)
        self.feed.failed.connect(lambda exc: self.status.setText(self.tr("读取失败：{0}").format(exc)))

    # -- columns ------------------------------------------------------------------------------------
    def _settings_key(self) -> str:
        return f"register/{self.kind}/header"

    def _restore_columns(self) -> None:
        state = self.ctx.settings.value(self._settings_key())
        header = self.view.horizontalHeader()
        if isinstance(state, QByteArray) and not state.isEmpty():
            header.restoreState(state)
        else:
            for column, width in self.default_widths().items():
                header.resizeSection(column, width)
        header.setStretchLastSection(True)

    def _columns_changed(self, *_: Any) -> None:
        self._save_timer.start()

    def default_widths(self) -> dict[int, int]:
        if self.kind == "persons":
            return {0: 150, 1: 48, 2: 170, 3: 96, 4: 90, 5: 110, 6: 120, 7: 110, 8: 110}
        return {0: 110, 1: 100, 2: 170, 3: 48, 4: 120, 5: 110, 6: 220, 7: 110}

    def save_columns(self) -> None:
        self.ctx.settings.setValue(self._settings_key(), self.view.horizontalHeader().saveState())

    # -- queries ------------------------------------------------------------------------------------
    def order(self) -> str:
        key = self.orders.get(self.order_column, next(iter(self.orders.values())))
        return ("-" if self.descending else "") + key

    def _header_clicked(self, column: int) -> None:
        header = self.view.horizontalHeader()
        if column not in self.orders or self.searching:
            order = Qt.SortOrder.DescendingOrder if self.descending else Qt.SortOrder.AscendingOrder
            header.setSortIndicator(self.order_column, order)  # ranked hits / unsortable column
            return
        self.descending = column == self.order_column and not self.descending
        self.order_column = column
        self.run(self.filters)

    def page_fetch(self, filters: queries.RegisterFilter) -> Callable[[int, int], Sequence[Any]]:
        """``fetch(offset, limit)`` for ``filters`` (run on a worker thread)."""
        store, order = self.ctx.store, self.order()
        text = filters.text.strip()
        if text and not filters.flags:
            shown: set[str] = set()

            def from_search(offset: int, limit: int) -> Sequence[Any]:
                # the search reads only as many rows as asked for: ask for one page more each time
                # (cheap for the first page, which is what typing needs) and skip those already shown
                if offset == 0:
                    shown.clear()
                hits = self._search(text, filters, min(offset + limit, SEARCH_LIMIT))
                fresh = [h for h in hits if h.id not in shown][:limit]
                shown.update(h.id for h in fresh[: limit - 1])
                return fresh

            return from_search
        lister = queries.list_persons if self.kind == "persons" else queries.list_households
        # where each page ends: the next page continues after its last row (keyset paging), which costs the
        # same however far down the list is, where an offset makes SQLite step over every row before it
        cursors: dict[int, queries.After] = {}

        def from_list(offset: int, limit: int) -> Sequence[Any]:
            after = cursors.get(offset) if offset else None
            with store.reader() as session:
                rows = lister(session, filters, 0 if after else offset, limit, order, after=after)
            if offset == 0:
                cursors.clear()
            # the view keeps all but the look-ahead row of a page; an export keeps every row
            for kept in {len(rows) - 1, len(rows)}:
                if kept > 0:
                    cursors[offset + kept] = queries.cursor_of(rows[kept - 1])
            return rows

        return from_list

    def _search(self, text: str, filters: queries.RegisterFilter, limit: int) -> list[Any]:
        scope = {
            "township_code": filters.township_code,
            "village_id": filters.village_id,
            "grid_id": filters.grid_id,
        }
        if self.kind == "households":
            return search.search_households(self.ctx.store, text, limit=limit, **scope)
        status = filters.status
        found = search.search_persons(
            self.ctx.store,
            text,
            include_inactive=status != PersonStatus.ACTIVE.value,
            limit=limit,
            **scope,
        )
        return [hit for hit in found if status is None or hit.status == status]

    def run(self, filters: queries.RegisterFilter) -> None:
        """Show the list for ``filters`` (a new query: older answers are dropped)."""
        self.filters = filters
        self.searching = bool(filters.text.strip()) and not filters.flags
        self.view.horizontalHeader().setSortIndicatorShown(not self.searching)  # hits are ranked
        self._count_generation += 1
        self.feed.start(self.page_fetch(filters))

    def _first_page(self, seconds: float) -> None:
        self.last_seconds = seconds
        if self.searching:
            self._show_searched()
        else:
            self._count(self.filters)
        if self.model.rowCount() and not self.view.currentIndex().isValid():
            self.view.setCurrentIndex(self.model.index(0, 0))
        self.shown.emit(seconds)

    def _page_loaded(self, _rows: int) -> None:
        if self.searching:
            self._show_searched()

    def _count(self, filters: queries.RegisterFilter) -> None:
        """The total for the filters, after the first page is shown (never competing with it)."""
        generation = self._count_generation
        store = self.ctx.store
        counter = queries.count_persons if self.kind == "persons" else queries.count_households
        if not self.model.has_more:  # everything is on the first page
            self._show_count(self.model.rowCount())
            return
        self.status.setText(self.tr("正在统计…"))

        def count() -> int:
            with store.reader() as session:
                return counter(session, filters)

        def counted(total: int) -> None:
            if generation == self._count_generation:
                self._show_count(total)

        self.counter.run(count, counted)

    def _unit(self) -> str:
        return self.tr("人") if self.kind == "persons" else self.tr("户")

    def _show_count(self, total: int) -> None:
        self.total = total
        self.status.setText(self.tr("共 {0} {1}").format(total, self._unit()))
        self.counted.emit(total)

    def _show_searched(self) -> None:
        shown = self.model.rowCount()
        self.total = None if self.model.has_more else shown
        if self.model.has_more:
            text = self.tr("找到 {0} {1}以上（向下滚动看更多，或输入更多内容缩小范围）").format(
                shown, self._unit()
            )
        else:
            text = self.tr("找到 {0} {1}").format(shown, self._unit())
        self.status.setText(text)
        if self.total is not None:
            self.counted.emit(shown)

    def current_row(self) -> Any:
        index = self.view.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    # -- export -------------------------------------------------------------------------------------
    def export_columns(self) -> list[Column]:
        from ....reports.xlsx_export import HOUSEHOLD_COLUMNS, PERSON_COLUMNS

        return list(PERSON_COLUMNS if self.kind == "persons" else HOUSEHOLD_COLUMNS)

    def export_rows(self) -> Callable[[], Iterable[Any]]:
        """Every row of the current filter (not just the pages loaded), as a generator for the worker."""
        fetch = self.page_fetch(self.filters)
        return lambda: every_row(fetch, EXPORT_PAGE)
