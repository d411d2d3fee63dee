"""The shape shared by the hall's list pages (便民服务, 走访记录, 群众诉求): a title, a filter bar with the
page's actions, a lazily fetched table over a store query, and a line saying what is shown.

A subclass gives ``TABLES`` (the tables whose changes make it reload), a model, ``query()`` and its filters
and actions. ``query()`` is called on the GUI thread, where it reads the filters, and returns
``fetch(offset, limit)``, which runs on a worker with its own read session: no widget is touched off the GUI
thread. The base reloads on filter changes and on the change bus, and remembers the column layout.

``add_export_button`` exports every row of the current filter to .xlsx under the table's headers (导出…,
Ctrl+E), ``add_print_button`` prints them (打印…, Ctrl+Shift+P); with ``HISTORY_TABLE`` the page also offers
the selected record's history (修改记录, Ctrl+H), titled by ``history_title(row)``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..context import AppContext, tables_of
from ..fonts import scaled_font
from ..models.paged import PagedFeed, RowTableModel, every_row
from ..widgets.forms import error_messages
from ..widgets.tables import make_table, selected_row

if TYPE_CHECKING:
    from ..list_print import ListPrint
    from .register.export import ListExport

logger = logging.getLogger(__name__)

TITLE_STYLE = "padding: 2px 0 6px 0;"
#: rows read per query by an export
EXPORT_PAGE = 1000


def title_label(parent: QWidget, text: str = "") -> QLabel:
    """A page's heading, sized from the application font (it follows the language)."""
    label = QLabel(text, parent)
    label.setFont(scaled_font(1.4, bold=True))
    label.setStyleSheet(TITLE_STYLE)
    return label


class ListPage(QWidget):
    #: table names whose changes reload the list
    TABLES: frozenset[str] = frozenset()
    #: QSettings key of the table's layout
    LAYOUT_KEY = "list"
    STRETCH_COLUMN: int | None = None
    #: initial column widths (the user's own layout, once changed, is remembered instead)
    WIDTHS: dict[int, int] = {}
    #: the table of the listed records, for their history (修改记录); "" for none
    HISTORY_TABLE = ""

    def __init__(self, ctx: AppContext, model: RowTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = model
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        self.title_label = title_label(self)
        layout.addWidget(self.title_label)
        self.filter_bar = QHBoxLayout()
        self.filter_bar.setSpacing(8)
        layout.addLayout(self.filter_bar)
        self.table: QTableView = make_table(
            self, model, ctx.settings, self.LAYOUT_KEY, stretch_column=self.STRETCH_COLUMN, widths=self.WIDTHS
        )
        layout.addWidget(self.table, 1)
        self.info_label = QLabel(self)
        self.info_label.setObjectName("list_info")
        self.info_label.setStyleSheet("color: #555;")
        layout.addWidget(self.info_label)
        self.feed = PagedFeed(ctx.runner, model, page_size=200, parent=self)
        self.feed.page_loaded.connect(self._loaded)
        self.feed.failed.connect(self._failed)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.selection_changed())
        self.table.doubleClicked.connect(lambda *_: self.activated())
        ctx.bus.changed.connect(self._changed)
        self.history_button: QPushButton | None = None
        self.history_dialog: QWidget | None = None
        #: no message boxes at the end of an export (tests)
        self.quiet = False
        #: the filter drop-downs of the bar (``add_widget``)
        self.filters: list[QComboBox] = []

    # -- what a subclass gives ------------------------------------------------------------------------
    def query(self) -> Callable[[int, int], Sequence[Any]]:  # pragma: no cover - subclasses override
        """The list's query with the filters as they are now (read here, on the GUI thread): a function of
        (offset, limit) for a worker."""
        raise NotImplementedError

    def selection_changed(self) -> None:
        """The selected row changed (enable the row actions)."""

    def activated(self) -> None:
        """A row was double-clicked."""

    def history_title(self, row: Any) -> str:
        """How the history dialog names the record ``row``."""
        return str(row.id)

    # -- building helpers ---------------------------------------------------------------------------
    def add_button(self, text: str, name: str, slot: Any, *, visible: bool = True) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(slot)
        button.setVisible(visible)
        self.filter_bar.addWidget(button)
        return button

    def add_widget(self, widget: QWidget) -> None:
        """A filter (a drop-down's choice also names an export) or another widget of the bar."""
        if isinstance(widget, QComboBox):
            self.filters.append(widget)
        self.filter_bar.addWidget(widget)

    def add_stretch(self) -> None:
        self.filter_bar.addStretch(1)

    def add_export_button(self) -> QPushButton:
        """导出… (Ctrl+E): every row of the current filter, not only those fetched so far, to .xlsx."""
        button = self.add_button(self.tr("导出…"), "export_list", self.export)
        button.setToolTip("Ctrl+E")
        QShortcut(QKeySequence("Ctrl+E"), self, activated=self.export)
        return button

    def export_title(self) -> str:
        """The workbook's title and file name: the page's heading and the filters chosen."""
        title = self.title_label.text().replace(" · ", "-")
        chosen = [combo.currentText() for combo in self.filters if combo.currentText()]
        return f"{title}（{'，'.join(chosen)}）" if chosen else title

    def all_rows(self) -> Callable[[], Iterator[Any]]:
        """Every row of the current filter, page after page as the list itself reads: the filters are taken
        now, the returned generator function runs on a worker."""
        fetch, page_size = self.query(), EXPORT_PAGE
        return lambda: every_row(fetch, page_size)

    def make_export(self) -> ListExport:
        from .register.export import ListExport, model_columns

        return ListExport(
            self.ctx,
            self,
            title=self.export_title(),
            columns=model_columns(self.model),
            rows=self.all_rows(),
            quiet=self.quiet,
        )

    def add_print_button(self) -> QPushButton:
        """打印… (Ctrl+Shift+P): the rows of the current filter as a table, through a print preview."""
        button = self.add_button(self.tr("打印…"), "print_list", self.print_list)
        button.setToolTip("Ctrl+Shift+P")
        QShortcut(QKeySequence("Ctrl+Shift+P"), self, activated=self.print_list)
        return button

    def print_list(self) -> ListPrint:
        from ..list_print import ListPrint
        from .register.export import model_columns

        job = ListPrint(
            self.ctx,
            self,
            title=self.title_label.text(),
            columns=model_columns(self.model),
            rows=self.all_rows(),
            note="，".join(combo.currentText() for combo in self.filters if combo.currentText()),
            quiet=self.quiet,
        )
        job.start()
        return job

    def export(self) -> ListExport | None:
        job = self.make_export()
        return job if job.start() else None

    def add_history_button(self) -> QPushButton:
        """修改记录 of the selected record (Ctrl+H), for a page with ``HISTORY_TABLE``."""
        button = self.add_button(self.tr("修改记录"), "show_history", self.show_history)
        button.setToolTip("Ctrl+H")
        QShortcut(QKeySequence("Ctrl+H"), self, activated=self.show_history)
        self.table.selectionModel().selectionChanged.connect(
            lambda *_: button.setEnabled(self.current_row() is not None)
        )
        button.setEnabled(False)
        self.history_button = button
        return button

    def show_history(self) -> None:
        from ..dialogs.history import HistoryDialog

        row = self.current_row()
        if row is None or not self.HISTORY_TABLE:
            return
        dialog = HistoryDialog(self.ctx, self.HISTORY_TABLE, row.id, self.history_title(row), self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.history_dialog = dialog

    # -- loading ----------------------------------------------------------------------------------------
    def reload(self) -> None:
        self.info_label.setText(self.tr("正在读取…"))
        self.feed.start(self.query())

    def _loaded(self, count: int) -> None:
        more = self.tr("，向下滚动加载更多") if self.model.has_more else ""
        self.info_label.setText(self.tr("显示 {0} 条{1}").format(count, more))
        self.selection_changed()

    def _failed(self, exc: BaseException) -> None:
        self.info_label.setText(self.tr("读取失败：{0}").format(error_messages(exc)[0]))

    def _changed(self, changes: Any) -> None:
        if not self.TABLES or tables_of(changes) & self.TABLES:
            self.reload()

    def current_row(self) -> Any:
        return selected_row(self.table)

    def select_id(self, row_id: str) -> None:
        row = self.model.row_of(row_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
