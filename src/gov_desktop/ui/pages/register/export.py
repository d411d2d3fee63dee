"""Export a list, with its current filter, to .xlsx with Chinese headers — on a worker, with a progress bar.

``ListExport(ctx, parent, title=…, columns=…, rows=…)``: ``rows()`` is called on the worker thread and
may be a generator over a paged store query, so 100,000 rows never sit in memory at once. ``start()``
asks for the path (``ask_path``, replaced in tests), runs ``reports.xlsx_export.export_rows`` on the read
pool and reports ``finished(path, count)`` or ``failed(message)``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog

from ....reports.xlsx_export import Column, export_rows
from ...list_print import ListJob
from ...tasks import Op
from .fields import error_messages
from .file_dialogs import ask_save_path, xlsx_filter

logger = logging.getLogger(__name__)


class ListExport(ListJob):
    """One export of one list; made by the page when the user clicks 导出."""

    finished = Signal(str, int)  # path, rows written
    failed = Signal(str)

    def __init__(self, *args: Any, total: int | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        #: how many rows there are, when known (the progress bar's end)
        self.total = total
        self.progress_dialog: QProgressDialog | None = None

    def default_file_name(self) -> str:
        return f"{self.title}-{date.today():%Y%m%d}.xlsx"

    def ask_path(self) -> str | None:
        return ask_save_path(
            self.widget, self.ctx.settings, self.tr("导出到 Excel"), self.default_file_name(), xlsx_filter()
        )

    def start(self, path: str | None = None) -> bool:
        """Ask for a path (unless given) and start; False when the user cancelled."""
        path = path or self.ask_path()
        if not path:
            return False
        dialog = QProgressDialog(self.tr("正在导出“{0}”…").format(self.title), "", 0, 0, self.widget)
        dialog.setObjectName("export_progress")
        dialog.setWindowTitle(self.tr("导出"))
        dialog.setCancelButton(None)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        self.progress_dialog = dialog
        columns, rows, title, total = self.columns, self.rows, self.title, self.total
        target = path

        def work(progress: Callable[[int, int, str], None]) -> int:
            return export_rows(
                target,
                columns,
                rows(),
                title=title,
                sheet_name=title[:31],
                total=total,
                progress=lambda done, all_: progress(done, all_, ""),
            )

        Op(self.ctx.runner, work, owner=self).progress(self._progress).success(
            lambda count: self._done(target, count)
        ).failure(self._failed).run()
        return True

    def _progress(self, done: int, total: int, _text: str) -> None:
        if self.progress_dialog is not None:
            self.progress_dialog.setMaximum(max(total, 0))
            self.progress_dialog.setValue(done)
            self.progress_dialog.setLabelText(self.tr("正在导出“{0}”：{1} 行").format(self.title, done))

    def _close_progress(self) -> None:
        if self.progress_dialog is not None:
            self.progress_dialog.close()
            self.progress_dialog.deleteLater()
            self.progress_dialog = None

    def _done(self, path: str, count: int) -> None:
        self._close_progress()
        logger.info("exported %s: %d rows to %s", self.title, count, path)
        self.finished.emit(path, count)
        if not self.quiet:
            QMessageBox.information(
                self.widget, self.tr("导出完成"), self.tr("已导出 {0} 行到\n{1}").format(count, path)
            )

    def _failed(self, exc: BaseException) -> None:
        self._close_progress()
        message = error_messages(exc)[0]
        self.failed.emit(message)
        if not self.quiet:
            QMessageBox.warning(self.widget, self.tr("导出失败"), self.tr("导出失败：{0}").format(message))


def model_columns(model: Any) -> list[Column]:
    """Export columns that show what a ``RowTableModel`` shows, under its (Chinese) headers."""
    columns = []
    for column, header in enumerate(model.HEADERS):
        columns.append(Column(header, lambda row, c=column: model.display(row, c)))
    return columns
