"""Printing a list (打印…): the rows of the current filter read on a worker, then a print preview of them
as one table (``reports.list_print``) on A4 landscape, under the list's own headers.

A list longer than ``MAX_ROWS`` is not printed: the user is asked to narrow the filter or export to Excel.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from ..core.clock import utcnow
from ..reports import list_print
from ..reports.xlsx_export import Column
from .context import AppContext
from .printing import LIST, preview_and_print
from .tasks import Op
from .widgets.forms import error_messages

logger = logging.getLogger(__name__)


class ListJob(QObject):
    """One output of one list (an export, a print), made by a page: the list's title, its columns, and
    ``rows()``, which the job calls on a worker thread for every row of the page's filter."""

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget,
        *,
        title: str,
        columns: Sequence[Column],
        rows: Callable[[], Iterable[Any]],
        quiet: bool = False,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.widget = parent
        self.title = title
        self.columns = list(columns)
        self.rows = rows
        #: no message boxes at the end (tests, batch use)
        self.quiet = quiet


class ListPrint(ListJob):
    """One print of one list; made by the page when the user asks to print it."""

    #: the preview dialog, open
    opened = Signal(object)
    #: the list had more rows than may be printed (that many at least)
    too_long = Signal(int)

    def __init__(self, *args: Any, note: str = "", **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        #: a line under the heading: the filter or search the list was printed with
        self.note = note
        self.dialog: Any = None

    def start(self) -> None:
        columns, rows, limit = self.columns, self.rows, list_print.MAX_ROWS

        def read() -> list[list[str]]:  # on a worker: at most one row past the limit
            return [list_print.printed_row(columns, row) for row in itertools.islice(rows(), limit + 1)]

        Op(self.ctx.runner, read, owner=self).success(self._show).failure(self._failed).run()

    def _show(self, cells: list[list[str]]) -> None:
        if len(cells) > list_print.MAX_ROWS:
            self.too_long.emit(len(cells))
            if not self.quiet:
                QMessageBox.information(
                    self.widget,
                    self.tr("打印"),
                    self.tr("这份名单超过 {0} 行，不宜打印。请先筛选，或导出到 Excel。").format(
                        list_print.MAX_ROWS
                    ),
                )
            return
        html = list_print.list_html(
            self.title, [c.header for c in self.columns], cells, printed_at=utcnow(), note=self.note
        )
        # the preview lays out and paints every page before it shows (~0.7 s for the longest list)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.dialog = preview_and_print(self.widget, html, self.tr("打印“{0}”").format(self.title), LIST)
        finally:
            QApplication.restoreOverrideCursor()
        logger.info("print preview of %s: %d rows", self.title, len(cells))
        self.opened.emit(self.dialog)

    def _failed(self, exc: BaseException) -> None:
        QMessageBox.warning(self.widget, self.tr("打印"), error_messages(exc)[0])
