"""统计报表: the indicators of the county or one township (computed by ``store.stats`` each time), with
breakdowns, exported to Excel with Chinese headers."""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.enums import AppealStatus, GridKind, GridRole, HouseholdFlag, LabeledEnum, RequestStatus
from ...reports.xlsx_export import export_rows
from ...store import lookups
from ...store.stats import LOCAL_TZ, stats
from ..context import AppContext
from ..models.indicators import IndicatorModel
from ..models.labels import enum_text
from ..tasks import Op
from ..widgets.forms import error_messages
from ..widgets.tables import make_table
from .list_page import title_label

logger = logging.getLogger(__name__)

Rows = list[tuple[str, str]]

#: breakdowns: (stats key, tab title, enum of its codes or None for plain names)
BREAKDOWNS: tuple[tuple[str, str, type[LabeledEnum] | None], ...] = (
    ("requests_by_status", QT_TRANSLATE_NOOP("ReportsPage", "办件状态"), RequestStatus),
    ("requests_by_window", QT_TRANSLATE_NOOP("ReportsPage", "各窗口办件"), None),
    ("appeals_by_status", QT_TRANSLATE_NOOP("ReportsPage", "诉求状态"), AppealStatus),
    ("households_by_flag", QT_TRANSLATE_NOOP("ReportsPage", "户类别"), HouseholdFlag),
    ("grids_by_kind", QT_TRANSLATE_NOOP("ReportsPage", "网格类别"), GridKind),
    ("grid_staff_by_role", QT_TRANSLATE_NOOP("ReportsPage", "网格工作人员"), GridRole),
)


def _number(value: Any) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:.1f}"
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


def excel_value(text: str) -> Any:
    """A shown figure back as a number for Excel ("5,000" → 5000, "79.4" → 79.4); other text as it is."""
    plain = text.replace(",", "")
    for kind in (int, float):
        try:
            return kind(plain)
        except ValueError:
            continue
    return text


def indicator_rows(figures: dict[str, Any]) -> Rows:
    """The top-level numbers as (translated label, value) rows, in the store's order."""
    labels: dict[str, str] = figures.get("labels", {})
    return [
        (QCoreApplication.translate("stats", labels.get(key, key)), _number(value))
        for key, value in figures.items()
        if key in labels and not isinstance(value, (dict, list))
    ]


def breakdown_rows(figures: dict[str, Any], key: str, enum_cls: type[LabeledEnum] | None) -> Rows:
    data = figures.get(key) or {}
    return [(enum_text(enum_cls, code) if enum_cls else str(code), _number(n)) for code, n in data.items()]


class ReportsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.figures: dict[str, Any] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        title = title_label(self, self.tr("统计报表"))
        layout.addWidget(title)
        bar = QHBoxLayout()
        self.scope_combo = QComboBox(self)
        self.scope_combo.setObjectName("report_scope")
        if ctx.actor.is_county:
            self.scope_combo.addItem(self.tr("全县"), None)
            Op(ctx.runner, self._townships, owner=self).success(self._fill_townships).run()
        else:
            self.scope_combo.addItem(ctx.actor.township_code, ctx.actor.township_code)
        self.scope_combo.currentIndexChanged.connect(lambda *_: self.refresh())
        bar.addWidget(QLabel(self.tr("范围"), self))
        bar.addWidget(self.scope_combo)
        self.as_of = QLabel(self)
        self.as_of.setStyleSheet("color: #555;")
        bar.addWidget(self.as_of)
        bar.addStretch(1)
        self.refresh_button = QPushButton(self.tr("刷新"), self)
        self.refresh_button.clicked.connect(self.refresh)
        bar.addWidget(self.refresh_button)
        self.export_button = QPushButton(self.tr("导出Excel…"), self)
        self.export_button.setObjectName("export_excel")
        self.export_button.clicked.connect(self.export)
        bar.addWidget(self.export_button)
        layout.addLayout(bar)

        self.tabs = QTabWidget(self)
        self.models: list[IndicatorModel] = []
        self.titles: list[str] = []
        tabs = [("main", self.tr("基本情况"))] + [(key, self.tr(text)) for key, text, _ in BREAKDOWNS]
        for key, tab_title in tabs:
            model = IndicatorModel(self)
            view = make_table(self, model, ctx.settings, f"reports/{key}", stretch_column=0)
            self.tabs.addTab(view, tab_title)
            self.models.append(model)
            self.titles.append(tab_title)
        layout.addWidget(self.tabs, 1)
        self.refresh()

    def _townships(self) -> list[Any]:
        with self.ctx.store.reader() as s:
            return lookups.townships(s)

    def _fill_townships(self, townships: list[Any]) -> None:
        for t in townships:
            self.scope_combo.addItem(f"{t.name}（{t.code}）", t.code)

    def refresh(self) -> None:
        township = self.scope_combo.currentData()
        store = self.ctx.store

        def compute() -> dict[str, Any]:
            with store.reader() as s:
                return stats(s, township_code=township)

        self.as_of.setText(self.tr("正在统计…"))
        Op(self.ctx.runner, compute, owner=self).success(self._show).failure(
            lambda exc: self.as_of.setText(self.tr("统计失败：{0}").format(error_messages(exc)[0]))
        ).run()

    def _show(self, figures: dict[str, Any]) -> None:
        self.figures = figures
        self.models[0].set_rows(indicator_rows(figures))
        for model, (key, _, enum_cls) in zip(self.models[1:], BREAKDOWNS, strict=True):
            model.set_rows(breakdown_rows(figures, key, enum_cls))
        now = datetime.now(LOCAL_TZ).strftime("%Y-%m-%d %H:%M")
        self.as_of.setText(self.tr("统计时间 {0}").format(now))

    def export(self) -> None:
        index = self.tabs.currentIndex()
        scope = self.scope_combo.currentText()
        default = f"{scope}-{self.titles[index]}-{datetime.now(LOCAL_TZ):%Y%m%d}.xlsx"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("导出Excel"), str(Path.home() / default), self.tr("Excel 工作簿 (*.xlsx)")
        )
        if not path:
            return
        self.export_to(Path(path), index)

    def export_to(self, path: Path, index: int = 0) -> None:
        """Write tab ``index`` to ``path`` (on a worker); the status line says when it is done."""
        rows = list(self.models[index].rows())
        headers = (self.tr("指标"), self.tr("数值"))
        title = f"{self.scope_combo.currentText()} {self.titles[index]} {self.as_of.text()}"
        sheet = self.titles[index]

        def write() -> int:
            return export_rows(
                path,
                [(headers[0], lambda r: r[0]), (headers[1], lambda r: excel_value(r[1]))],
                rows,
                title=title,
                sheet_name=sheet,
            )

        Op(self.ctx.runner, write, owner=self).success(
            lambda n: self.as_of.setText(self.tr("已导出到 {0}").format(path))
        ).failure(
            lambda exc: QMessageBox.warning(self, self.tr("导出失败"), "\n".join(error_messages(exc)))
        ).run()
