"""Import a household roster from Excel (花名册导入): choose a file → check it on a worker → preview every
row's problems → import the valid rows in one transaction → save the rejected rows as .xlsx.

Nothing is written before the user clicks 导入 on the preview; the import is one transaction (a failure
leaves nothing behind). Paths are asked through ``ask_open_path`` / ``ask_save_path`` (replaced in tests).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ....reports.roster_import import (
    ImportResult,
    RosterPreview,
    import_roster,
    parse_roster,
    write_rejects_report,
)
from ....reports.templates import ROSTER_TEMPLATE_NAME, save_roster_template
from ....store import lookups
from ....store.search import search_households, search_persons
from ...context import AppContext
from ...models.roster_preview import ProblemRowsFilter, RosterPreviewModel
from ...tasks import Op
from . import roster_pages as pages
from .fields import error_messages
from .file_dialogs import ask_open_path, ask_save_path, roster_filter, xlsx_filter
from .household_picker import actor_township
from .person_form import value_of

logger = logging.getLogger(__name__)


def make_lookups(
    ctx: AppContext, township: str | None = None
) -> tuple[Callable[[str], str | None], Callable[[str], bool]]:
    """``exists(id_number) -> name`` and ``household_exists(no)`` over the store (called on the worker);
    household numbers are looked up in ``township`` (default: the user's own)."""
    store = ctx.store
    township = township or actor_township(ctx)

    def exists(number: str) -> str | None:
        for hit in search_persons(store, number, township_code=None, limit=3):
            if hit.id_number == number:
                return hit.name
        return None

    def household_exists(number: str) -> bool:
        hits = search_households(store, number, township_code=township, limit=5)
        return any(h.household_no == number for h in hits)

    return exists, household_exists


class RosterImportDialog(QDialog):
    """The import wizard; ``imported`` carries the ``ImportResult`` once rows were written."""

    imported = Signal(object)

    PAGE_CHOOSE, PAGE_PREVIEW, PAGE_DONE = range(3)
    # built by roster_pages: the file page, the preview page, the done page
    path_edit: QLineEdit
    #: county users only (None otherwise): the township the roster is imported into
    township_combo: QComboBox | None
    village_combo: QComboBox
    grid_combo: QComboBox
    choose_error: QLabel
    check_button: QPushButton
    counts_label: QLabel
    file_problems: QLabel
    problems_only: QCheckBox
    model: RosterPreviewModel
    proxy: ProblemRowsFilter
    view: QTableView
    preview_rejects_button: QPushButton
    import_button: QPushButton
    done_label: QLabel
    rejects_status: QLabel
    rejects_button: QPushButton

    def __init__(
        self,
        ctx: AppContext,
        *,
        villages: Sequence[Any] = (),
        grids: Sequence[Any] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.villages = list(villages)
        self.grids = list(grids)
        # county users choose the township the households go to; the others import into their own
        self.townships: list[lookups.TownshipOption] = []
        if ctx.actor.is_county:
            with ctx.store.reader() as session:  # a handful of rows
                self.townships = lookups.townships(session)
        self.preview: RosterPreview | None = None
        self.result_: ImportResult | None = None
        self._busy = False
        self.setObjectName("roster_import")
        self.setWindowTitle(self.tr("导入户籍花名册"))
        layout = QVBoxLayout(self)
        self.stack = QStackedWidget(self)
        layout.addWidget(self.stack, 1)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("progress")
        self.progress.hide()
        layout.addWidget(self.progress)
        self.stack.addWidget(pages.choose_page(self))
        self.stack.addWidget(pages.preview_page(self))
        self.stack.addWidget(pages.done_page(self))
        self.resize(1080, 640)

    # -- page 1: the file ---------------------------------------------------------------------------
    def ask_open_path(self) -> str | None:
        return ask_open_path(self, self.ctx.settings, self.tr("选择花名册"), roster_filter())

    def ask_save_path(self, title: str, file_name: str) -> str | None:
        return ask_save_path(self, self.ctx.settings, title, file_name, xlsx_filter())

    def _browse(self) -> None:
        path = self.ask_open_path()
        if path:
            self.path_edit.setText(path)
            self.start_parse()

    def download_template(self) -> str | None:
        """Save a copy of the roster template where the user says (on a worker: it may be built)."""
        path = self.ask_save_path(self.tr("保存花名册模板"), ROSTER_TEMPLATE_NAME)
        if not path:
            return None
        Op(self.ctx.runner, lambda: save_roster_template(path), owner=self).success(
            lambda saved: self._say(self.tr("模板已保存到\n{0}").format(saved))
        ).failure(lambda exc: self._say(error_messages(exc)[0], error=True)).run()
        return path

    # -- the township (county users) and its villages and grids -------------------------------------
    def chosen_township(self) -> str | None:
        """The township chosen (county users), else None: the user's own."""
        return None if self.township_combo is None else self.township_combo.currentData()

    def villages_in_scope(self) -> list[Any]:
        """The villages offered: for a county user, those of the chosen township's grids."""
        township = self.chosen_township()
        if self.township_combo is None:
            return self.villages
        if township is None:
            return []
        ids = {value_of(g, "village_id") for g in self.grids_in_scope()}
        return [v for v in self.villages if value_of(v, "id") in ids]

    def grids_in_scope(self) -> list[Any]:
        if self.township_combo is None:
            return self.grids
        township = self.chosen_township()
        return [g for g in self.grids if township and value_of(g, "township_code") == township]

    def _township_changed(self) -> None:
        pages.fill_defaults(self)
        self._say("")

    def _say(self, text: str, *, error: bool = False) -> None:
        self.choose_error.setStyleSheet("color: #c62828;" if error else "color: #2e7d32;")
        self.choose_error.setText(text)

    # -- parsing on a worker ------------------------------------------------------------------------
    def start_parse(self) -> None:
        path = self.path_edit.text().strip()
        if self._busy:
            return
        if not path:
            self._say(self.tr("请先选择花名册文件"), error=True)
            return
        if self.township_combo is not None and self.chosen_township() is None:
            self._say(self.tr("请先选择导入到哪个乡镇"), error=True)
            self.township_combo.setFocus()
            return
        self._say("")
        exists, household_exists = make_lookups(self.ctx, self.chosen_township())
        villages = {value_of(v, "name", ""): value_of(v, "id") for v in self.villages_in_scope()}
        grids = {value_of(g, "name", ""): value_of(g, "id") for g in self.grids_in_scope()}

        def work(progress: Callable[[int, int, str], None]) -> RosterPreview:
            return parse_roster(
                path,
                exists=exists,
                household_exists=household_exists,
                villages=villages or None,
                grids=grids or None,
                progress=lambda done, total: progress(done, total, ""),
            )

        self._set_busy(True, self.tr("正在读取并检查…"))
        Op(self.ctx.runner, work, owner=self).progress(self._progress).success(self._parsed).failure(
            self._parse_failed
        ).run()

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self._busy = busy
        self.progress.setVisible(busy)
        self.progress.setRange(0, 0)
        self.progress.setFormat(text + " %p%")
        self.check_button.setEnabled(not busy)
        self.import_button.setEnabled(not busy and self._importable() > 0)

    def _progress(self, done: int, total: int, _text: str) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))

    def _parse_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self._say(self.tr("无法读取此文件：{0}").format(error_messages(exc)[0]), error=True)

    def _parsed(self, preview: RosterPreview) -> None:
        self.preview = preview
        self._set_busy(False)
        if not preview.ok:
            self._say("\n".join(p.message for p in preview.problems if p.is_error), error=True)
            return
        self.model.set_rows(preview.rows)
        self._show_counts()
        self.import_button.setEnabled(self._importable() > 0)
        self.stack.setCurrentIndex(self.PAGE_PREVIEW)
        self.view.resizeColumnsToContents()
        self.view.horizontalHeader().setSectionResizeMode(
            RosterPreviewModel.COL_PROBLEMS, QHeaderView.ResizeMode.Stretch
        )

    # -- page 2: preview ----------------------------------------------------------------------------
    def _importable(self) -> int:
        return self.preview.counts.valid_rows if self.preview is not None else 0

    def _show_counts(self) -> None:
        assert self.preview is not None
        c = self.preview.counts
        self.counts_label.setText(
            self.tr(
                "共读取 {0} 行、{1} 户：可导入 {2} 行（{3} 户），其中 {4} 行有提醒；"
                "有错误不能导入 {5} 行，整户不能导入 {6} 户。"
            ).format(
                c.rows,
                c.households,
                c.valid_rows,
                c.valid_households,
                c.warning_rows,
                c.rejected_rows,
                c.skipped_households,
            )
        )
        warnings = [p.message for p in self.preview.problems if not p.is_error]
        self.file_problems.setText("\n".join(warnings))
        self.file_problems.setVisible(bool(warnings))
        self.import_button.setText(self.tr("导入 {0} 行").format(c.valid_rows))
        self.preview_rejects_button.setEnabled(c.rejected_rows > 0)

    # -- importing ----------------------------------------------------------------------------------
    def start_import(self) -> None:
        preview = self.preview
        if preview is None or self._busy or self._importable() == 0:
            return
        store, actor = self.ctx.store, self.ctx.actor
        village_id = self.village_combo.currentData()
        grid_id = self.grid_combo.currentData()
        township = self.chosen_township()

        def work(progress: Callable[[int, int, str], None]) -> ImportResult:
            return import_roster(
                store,
                actor,
                preview,
                township_code=township,
                village_id=village_id,
                grid_id=grid_id,
                progress=lambda done, total: progress(done, total, ""),
            )

        self._set_busy(True, self.tr("正在导入…"))
        Op(self.ctx.runner, work, write=True, owner=self).progress(self._progress).success(
            self._imported
        ).failure(self._import_failed).run()

    def _import_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        QMessageBox.warning(
            self, self.tr("导入失败"), self.tr("没有导入任何数据：{0}").format("；".join(error_messages(exc)))
        )

    def _imported(self, result: ImportResult) -> None:
        self.result_ = result
        self._set_busy(False)
        self.model.refresh()
        self.ctx.bus.changed.emit(result.changes)
        self.imported.emit(result)
        rejected = len(self.preview.rejected_rows) if self.preview is not None else 0
        self.done_label.setText(
            self.tr("已导入 {0} 户、{1} 人。未导入 {2} 行。").format(
                result.households_created, result.persons_created, rejected
            )
        )
        self.rejects_button.setEnabled(rejected > 0)
        self.stack.setCurrentIndex(self.PAGE_DONE)

    # -- page 3: done -------------------------------------------------------------------------------
    def save_rejects(self) -> str | None:
        preview = self.preview
        if preview is None:
            return None
        name = self.tr("未导入的行-{0}.xlsx").format(preview.path.stem)
        path = self.ask_save_path(self.tr("保存未导入行报告"), name)
        if not path:
            return None

        def saved(count: int) -> None:
            self.rejects_status.setText(self.tr("已保存 {0} 行到 {1}").format(count, path))
            self.counts_label.setToolTip(self.rejects_status.text())

        Op(self.ctx.runner, lambda: write_rejects_report(preview, path), owner=self).success(saved).failure(
            lambda exc: self.rejects_status.setText(error_messages(exc)[0])
        ).run()
        return path
