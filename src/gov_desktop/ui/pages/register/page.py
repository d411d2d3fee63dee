"""人口户籍: the person and household lists with one search box that answers as you type, filters, and the
register's actions (new household, import a roster, the template, export).

Keys: Ctrl+F focuses the search box, Enter opens the selected record (in the search box: the first hit),
Ctrl+N registers a new household, Ctrl+E exports the list shown, Ctrl+Shift+P prints it.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...context import AppContext, tables_of
from ...tasks import Op
from .actions import RegisterActions
from .fields import error_messages
from .file_dialogs import ask_save_path, xlsx_filter
from .filters import FilterBar
from .lists import RegisterList

if TYPE_CHECKING:  # the Excel and printing parts load when first used: the page opens without them
    from ...list_print import ListPrint
    from .export import ListExport

logger = logging.getLogger(__name__)

DEBOUNCE_MS = 150
WATCHED = frozenset({"person", "household", "grid", "village", "joint_group"})


class RegisterPage(QWidget):
    """The 人口户籍 page of the main window."""

    #: a new query was answered: (list kind, seconds from the query to the updated view)
    list_shown = Signal(str, float)
    template_saved = Signal(str)
    #: no message boxes after an export or a template download (tests)
    quiet = False

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("register_page")
        self.opener = RegisterActions(ctx, self)
        self.opener.failed.connect(self._warn)
        self._stale = {"persons": True, "households": True}
        layout = QVBoxLayout(self)

        bar = QHBoxLayout()
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("register_search")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(
            self.tr("搜索：姓名、拼音首字母（如 zxh）、身份证号、户号或电话　Ctrl+F")
        )
        self.search_edit.setMinimumWidth(380)
        bar.addWidget(self.search_edit, 1)
        self.buttons: dict[str, QPushButton] = {}
        for key, text, slot in (
            ("new_household", self.tr("新建户"), self.opener.new_household),
            ("import", self.tr("导入花名册…"), self.import_roster),
            ("template", self.tr("下载模板…"), self.download_template),
            ("export", self.tr("导出…"), self.export),
            ("print", self.tr("打印…"), self.print_list),
        ):
            button = QPushButton(text, self)
            button.setObjectName(key)
            button.clicked.connect(slot)
            bar.addWidget(button)
            self.buttons[key] = button
        writable = ctx.actor.can("register.write")
        for key in ("new_household", "import"):
            self.buttons[key].setEnabled(writable)
        layout.addLayout(bar)

        self.filter_bar = FilterBar(ctx, self)
        layout.addWidget(self.filter_bar)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("register_tabs")
        self.persons = RegisterList(ctx, "persons", self)
        self.households = RegisterList(ctx, "households", self)
        self.tabs.addTab(self.persons, self.tr("人员"))
        self.tabs.addTab(self.households, self.tr("户"))
        layout.addWidget(self.tabs, 1)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.refresh)
        self.search_edit.textChanged.connect(lambda _t: self.timer.start())
        self.search_edit.returnPressed.connect(self.open_current)
        self.filter_bar.changed.connect(self.refresh)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.persons.activated.connect(self.open_row)
        self.households.activated.connect(self.open_row)
        for lst in (self.persons, self.households):
            lst.shown.connect(lambda seconds, kind=lst.kind: self.list_shown.emit(kind, seconds))
        self.opener.reference_loaded.connect(lambda: self.filter_bar.set_grids(self.opener.grids))
        ctx.bus.changed.connect(self._bus_changed)

        for keys, slot in (
            (QKeySequence.StandardKey.Find, self.focus_search),
            (QKeySequence.StandardKey.New, self.opener.new_household),
            (QKeySequence("Ctrl+E"), self.export),
            (QKeySequence("Ctrl+Shift+P"), self.print_list),
        ):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        # no SingleShotConnection / disconnect(): in PySide6 6.12 each one drops a reference to True
        self._reference_requested = False
        self._open_when_shown = False
        for lst in (self.persons, self.households):
            lst.shown.connect(self._list_shown)
        self.refresh()

    def _list_shown(self, _seconds: float) -> None:
        if not self._reference_requested:
            # the village and grid lists for the filters and forms load after the first rows are shown
            self._reference_requested = True
            self.opener.load_reference()
        if self._open_when_shown:
            self._open_when_shown = False
            self.open_row(self.current_list().current_row())

    # -- lists --------------------------------------------------------------------------------------
    def current_list(self) -> RegisterList:
        return self.persons if self.tabs.currentIndex() == 0 else self.households

    def refresh(self) -> None:
        """Run the current list's query for the search text and filters (the other list on showing)."""
        self.timer.stop()
        self._stale = {"persons": True, "households": True}
        self._run(self.current_list())

    def _run(self, lst: RegisterList) -> None:
        self._stale[lst.kind] = False
        lst.run(self.filter_bar.current(self.search_edit.text()))

    def _tab_changed(self, _index: int) -> None:
        lst = self.current_list()
        self.filter_bar.set_status_visible(lst is self.persons)
        if self._stale[lst.kind]:
            self._run(lst)

    def _bus_changed(self, changes: Any) -> None:
        if tables_of(changes) & WATCHED:
            self._stale = {"persons": True, "households": True}
            self._run(self.current_list())

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    # -- opening records ----------------------------------------------------------------------------
    def open_current(self) -> None:
        """Enter: open the selected row (the first hit when nothing is selected)."""
        if self.timer.isActive() or self.current_list().feed.busy:
            self._open_when_shown = True  # the text changed: open once the answer is shown
            if self.timer.isActive():
                self.refresh()
            return
        self.open_row(self.current_list().current_row())

    def open_row(self, row: Any) -> None:
        if row is None:
            return
        if self.current_list() is self.persons or hasattr(row, "relation"):
            household_id = getattr(row, "household_id", None)
            if household_id:
                self.opener.open_household(household_id, select_person_id=row.id)
            else:
                self.opener.open_person(row.id)
        else:
            self.opener.open_household(row.id, select_person_id=getattr(row, "via_person_id", None))

    # -- Excel --------------------------------------------------------------------------------------
    def import_roster(self) -> None:
        from .roster_import import RosterImportDialog

        self.opener.show(
            RosterImportDialog(self.ctx, villages=self.opener.villages, grids=self.opener.grids, parent=self)
        )

    def ask_template_path(self) -> str | None:
        from ....reports.templates import ROSTER_TEMPLATE_NAME

        return ask_save_path(
            self, self.ctx.settings, self.tr("保存花名册模板"), ROSTER_TEMPLATE_NAME, xlsx_filter()
        )

    def download_template(self) -> str | None:
        """Save a copy of the roster template (resources/templates/) where the user says."""
        from ....reports.templates import save_roster_template

        path = self.ask_template_path()
        if not path:
            return None

        def saved(where: Any) -> None:
            self.template_saved.emit(str(where))
            if not self.quiet:
                QMessageBox.information(self, self.tr("下载模板"), self.tr("模板已保存到\n{0}").format(where))

        Op(self.ctx.runner, lambda: save_roster_template(path), owner=self).success(saved).failure(
            lambda exc: self._warn(error_messages(exc)[0])
        ).run()
        return path

    def make_export(self) -> ListExport:
        from .export import ListExport

        lst = self.current_list()
        title = self.tr("人员名单") if lst is self.persons else self.tr("户名单")
        return ListExport(
            self.ctx,
            self,
            title=title,
            columns=lst.export_columns(),
            rows=lst.export_rows(),
            total=getattr(lst, "total", None),
            quiet=self.quiet,
        )

    def export(self) -> ListExport | None:
        job = self.make_export()
        return job if job.start() else None

    def print_list(self) -> ListPrint:
        """The list shown (search and filters applied) through a print preview."""
        from ...list_print import ListPrint

        lst = self.current_list()
        search = self.search_edit.text().strip()
        job = ListPrint(
            self.ctx,
            self,
            title=self.tr("人员名单") if lst is self.persons else self.tr("户名单"),
            columns=lst.export_columns(),
            rows=lst.export_rows(),
            note=self.tr("搜索：{0}").format(search) if search else "",
            quiet=self.quiet,
        )
        job.start()
        return job

    def _warn(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("人口户籍"), message)
