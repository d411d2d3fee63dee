"""Table models over frozen rows, and lazy lists that load page after page from a store query.

``RowTableModel`` is the base of every list model of the register and grid pages: a subclass declares its
columns (``COL_*`` constants and ``HEADERS``) and says how to show a row (``display``); the base gives
``set_rows()`` (a model reset), a ``RowRole`` returning the backing frozen row and a ``SortRole`` with a
comparable value per cell.

Large lists (100,000 persons) are fed page by page: ``PagedFeed`` runs the page query on the task runner's
read pool (never on the GUI thread); the model's ``canFetchMore``/``fetchMore`` — called by the view when
the user scrolls near the end — ask the feed for the next page. Every new query (a search, a filter change)
bumps a generation number so answers of older queries are dropped when they arrive late.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator, Sequence
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from ..tasks import Op, TaskRunner

logger = logging.getLogger(__name__)

Index = QModelIndex | QPersistentModelIndex
#: fetch(offset, limit) -> rows; runs on a worker thread
PageFetch = Callable[[int, int], Sequence[Any]]


def every_row(fetch: Callable[[int, int], Sequence[Any]], page_size: int) -> Iterator[Any]:
    """All rows of a paged query, ``page_size`` at a time, for an export or a print on a worker: reads on
    until a page comes back short."""
    offset = 0
    while True:
        page = fetch(offset, page_size)
        yield from page
        if len(page) < page_size:
            return
        offset += len(page)


def sort_value(value: Any) -> Any:
    """A value QSortFilterProxyModel can compare across rows of one column."""
    if value is None:
        return ""
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, bool):
        return int(value)
    return value


class RowTableModel(QAbstractTableModel):
    """A table of frozen rows; subclasses give ``HEADERS`` and ``display(row, column)``."""

    RowRole = Qt.ItemDataRole.UserRole + 1
    SortRole = Qt.ItemDataRole.UserRole + 2
    #: the header texts, one per column (translated in ``headerData``)
    HEADERS: tuple[str, ...] = ()
    #: the context for translating the headers
    TR_CONTEXT = "RowTableModel"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []
        self._more = False
        self._loading = False
        self._loader: Callable[[int], None] | None = None

    # -- contents -----------------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[Any], *, more: bool = False) -> None:
        """Replace every row (a model reset). ``more``: further pages can be fetched."""
        self.beginResetModel()
        self._rows = list(rows)
        self._more = more
        self._loading = False
        self.endResetModel()

    def append_rows(self, rows: Sequence[Any], *, more: bool) -> None:
        """Add a page at the end (the answer to ``fetchMore``)."""
        self._loading = False
        self._more = more
        if not rows:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    def rows(self) -> list[Any]:
        return list(self._rows)

    def row_at(self, row: int) -> Any:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, key: Any, attr: str = "id") -> int:
        """The index of the row whose ``attr`` equals ``key`` (-1 when not loaded)."""
        for i, r in enumerate(self._rows):
            if getattr(r, attr, None) == key:
                return i
        return -1

    @property
    def has_more(self) -> bool:
        return self._more

    def set_loader(self, loader: Callable[[int], None] | None) -> None:
        """``loader(offset)`` is called when the view wants the next page; it answers with ``append_rows``."""
        self._loader = loader

    # -- what a subclass gives ----------------------------------------------------------------------
    def display(self, row: Any, column: int) -> Any:  # pragma: no cover - subclasses override
        raise NotImplementedError

    def sort_key(self, row: Any, column: int) -> Any:
        return sort_value(self.display(row, column))

    def foreground(self, row: Any, column: int) -> Any:
        return None

    def background(self, row: Any, column: int) -> Any:
        return None

    def tooltip(self, row: Any, column: int) -> Any:
        return None

    def alignment(self, column: int) -> Any:
        return None

    # -- Qt model -----------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            value = self.display(row, column)
            return "" if value is None else str(value)
        if role == self.RowRole:
            return row
        if role == self.SortRole:
            return self.sort_key(row, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self.foreground(row, column)
        if role == Qt.ItemDataRole.BackgroundRole:
            return self.background(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self.alignment(column)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.HEADERS):
            return QCoreApplication.translate(self.TR_CONTEXT, self.HEADERS[section])
        return None

    def canFetchMore(self, parent: Index) -> bool:
        if parent.isValid():
            return False
        return self._more and not self._loading and self._loader is not None

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid() or not self.canFetchMore(parent):
            return
        self._loading = True
        assert self._loader is not None
        self._loader(len(self._rows))


class PagedFeed(QObject):
    """Feeds a ``RowTableModel`` from a paged query run on the read pool, dropping stale answers.

    ``start(fetch)`` runs ``fetch(0, page_size + 1)`` and resets the model with the first page; the model's
    ``fetchMore`` then runs ``fetch(offset, page_size + 1)`` for the next. At most one first-page query runs
    at a time: a ``start`` while one is in flight is queued, and only the newest queued query runs when it
    returns (typing fast never piles up queries the user no longer wants). ``loaded`` reports each first
    page with the time from its ``start`` to the model reset; ``failed`` carries the exception.
    """

    loaded = Signal(float)  # seconds from start() to the first page in the model
    page_loaded = Signal(int)  # rows now in the model
    failed = Signal(object)

    def __init__(
        self, runner: TaskRunner, model: RowTableModel, *, page_size: int = 200, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._model = model
        self.page_size = page_size
        self._fetch: PageFetch | None = None
        self._generation = 0
        self._pending = 0
        self._first_in_flight = False
        self._queued = False
        self._started = 0.0
        model.set_loader(self._load_more)

    @property
    def busy(self) -> bool:
        return self._pending > 0 or self._queued

    def start(self, fetch: PageFetch) -> None:
        self._generation += 1
        self._fetch = fetch
        self._started = time.perf_counter()
        if self._first_in_flight:
            self._queued = True
            return
        self._launch()

    def _launch(self) -> None:
        self._queued = False
        self._first_in_flight = True
        generation, fetch, size = self._generation, self._fetch, self.page_size
        assert fetch is not None
        self._pending += 1

        def finished() -> None:
            self._pending -= 1
            self._first_in_flight = False
            if self._queued:
                self._launch()

        def done(rows: Sequence[Any]) -> None:
            if generation == self._generation:  # else a newer query has started: this answer is stale
                self._model.set_rows(list(rows[:size]), more=len(rows) > size)
                self.loaded.emit(time.perf_counter() - self._started)
                self.page_loaded.emit(self._model.rowCount())
            finished()

        def bad(exc: BaseException) -> None:
            if generation == self._generation:
                self._model.set_rows([])
                self.failed.emit(exc)
            finished()

        Op(self._runner, lambda: fetch(0, size + 1), owner=self).success(done).failure(bad).run()

    def _load_more(self, offset: int) -> None:
        fetch = self._fetch
        if self._first_in_flight:
            return  # the model is reset when the new first page arrives
        if fetch is None:
            self._model.append_rows([], more=False)
            return
        generation = self._generation
        size = self.page_size
        self._pending += 1

        def done(rows: Sequence[Any]) -> None:
            self._pending -= 1
            if generation != self._generation:
                return
            self._model.append_rows(list(rows[:size]), more=len(rows) > size)
            self.page_loaded.emit(self._model.rowCount())

        def bad(exc: BaseException) -> None:
            self._pending -= 1
            if generation == self._generation:
                self._model.append_rows([], more=False)
                self.failed.emit(exc)

        Op(self._runner, lambda: fetch(offset, size + 1), owner=self).success(done).failure(bad).run()


class LatestOnly(QObject):
    """Runs a read on the pool, one at a time; while one runs only the newest request waits (for counts)."""

    def __init__(self, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._running = False
        self._next: tuple[Callable[[], Any], Callable[[Any], None]] | None = None

    def run(self, fn: Callable[[], Any], on_done: Callable[[Any], None]) -> None:
        if self._running:
            self._next = (fn, on_done)
            return
        self._running = True

        def finished(result: Any, ok: bool) -> None:
            self._running = False
            waiting, self._next = self._next, None
            if waiting is not None:
                self.run(*waiting)  # a newer request: this answer is stale
            elif ok:
                on_done(result)

        Op(self._runner, fn, owner=self).success(lambda r: finished(r, True)).failure(
            lambda exc: finished(exc, False)
        ).run()
