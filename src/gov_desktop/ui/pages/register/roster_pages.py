"""The three pages of the roster import dialog (choose a file, preview, done), built onto the dialog.

Split from roster_import.py to keep each file short; the widgets become attributes of the dialog ``d``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...models.roster_preview import ProblemRowsFilter, RosterPreviewModel
from .person_form import value_of


def choose_page(d: Any) -> QWidget:
    """Build the dialog's choose page (its widgets become attributes of ``d``)."""
    page = QWidget(d)
    box = QVBoxLayout(page)
    intro = QLabel(
        QCoreApplication.translate(
            "RosterImportDialog",
            "选择要导入的花名册（.xlsx 或 .xls）。程序会先检查每一行，列出所有问题，确认后才写入；"
            "有错误的行不会导入，可另存为问题行报告，改正后再次导入。",
        ),
        page,
    )
    intro.setWordWrap(True)
    box.addWidget(intro)
    row = QHBoxLayout()
    d.path_edit = QLineEdit(page)
    d.path_edit.setObjectName("path")
    d.path_edit.setPlaceholderText(QCoreApplication.translate("RosterImportDialog", "花名册文件"))
    row.addWidget(d.path_edit, 1)
    browse = QPushButton(QCoreApplication.translate("RosterImportDialog", "选择文件…"), page)
    browse.setObjectName("browse")
    browse.clicked.connect(d._browse)
    row.addWidget(browse)
    template = QPushButton(QCoreApplication.translate("RosterImportDialog", "下载模板…"), page)
    template.setObjectName("download_template")
    template.clicked.connect(d.download_template)
    row.addWidget(template)
    box.addLayout(row)
    d.township_combo = None
    if d.townships:
        into = QHBoxLayout()
        label = QLabel(QCoreApplication.translate("RosterImportDialog", "导入到乡镇(&T)："), page)
        into.addWidget(label)
        d.township_combo = QComboBox(page)
        d.township_combo.setObjectName("township")
        d.township_combo.addItem(QCoreApplication.translate("RosterImportDialog", "（请选择乡镇）"), None)
        for t in d.townships:
            d.township_combo.addItem(t.name, t.code)
        label.setBuddy(d.township_combo)
        into.addWidget(d.township_combo)
        into.addStretch(1)
        box.addLayout(into)
    defaults = QHBoxLayout()
    defaults.addWidget(
        QLabel(QCoreApplication.translate("RosterImportDialog", "表中未写村（居）、网格的户，归入："), page)
    )
    d.village_combo = QComboBox(page)
    d.village_combo.setObjectName("default_village")
    defaults.addWidget(d.village_combo)
    d.grid_combo = QComboBox(page)
    d.grid_combo.setObjectName("default_grid")
    fill_defaults(d)
    if d.ctx.actor.grid_id:
        d.grid_combo.setCurrentIndex(max(0, d.grid_combo.findData(d.ctx.actor.grid_id)))
    if d.township_combo is not None:
        d.township_combo.currentIndexChanged.connect(lambda _i: d._township_changed())
    defaults.addWidget(d.grid_combo)
    defaults.addStretch(1)
    box.addLayout(defaults)
    d.choose_error = QLabel(page)
    d.choose_error.setObjectName("choose_error")
    d.choose_error.setStyleSheet("color: #c62828;")
    d.choose_error.setWordWrap(True)
    box.addWidget(d.choose_error)
    box.addStretch(1)
    buttons = QHBoxLayout()
    buttons.addStretch(1)
    d.check_button = QPushButton(QCoreApplication.translate("RosterImportDialog", "读取并检查"), page)
    d.check_button.setObjectName("check")
    d.check_button.setDefault(True)
    d.check_button.clicked.connect(d.start_parse)
    buttons.addWidget(d.check_button)
    close = QPushButton(QCoreApplication.translate("RosterImportDialog", "关闭"), page)
    close.setAutoDefault(False)
    close.clicked.connect(d.reject)
    buttons.addWidget(close)
    box.addLayout(buttons)
    return page


def fill_defaults(d: Any) -> None:
    """The default village and grid choices: those of the user's scope (county users: the township chosen)."""
    for combo, none_text, items in (
        (
            d.village_combo,
            QCoreApplication.translate("RosterImportDialog", "（不指定村居）"),
            d.villages_in_scope(),
        ),
        (
            d.grid_combo,
            QCoreApplication.translate("RosterImportDialog", "（不指定网格）"),
            d.grids_in_scope(),
        ),
    ):
        combo.clear()
        combo.addItem(none_text, None)
        for item in items:
            combo.addItem(value_of(item, "name", ""), value_of(item, "id"))


def preview_page(d: Any) -> QWidget:
    """Build the dialog's preview page (its widgets become attributes of ``d``)."""
    page = QWidget(d)
    box = QVBoxLayout(page)
    d.counts_label = QLabel(page)
    d.counts_label.setObjectName("counts")
    d.counts_label.setWordWrap(True)
    d.counts_label.setStyleSheet("font-weight: bold;")
    box.addWidget(d.counts_label)
    d.file_problems = QLabel(page)
    d.file_problems.setObjectName("file_problems")
    d.file_problems.setWordWrap(True)
    d.file_problems.setStyleSheet("color: #8a6d00;")
    box.addWidget(d.file_problems)
    d.problems_only = QCheckBox(QCoreApplication.translate("RosterImportDialog", "只看有问题的行"), page)
    d.problems_only.setObjectName("problems_only")
    box.addWidget(d.problems_only)
    d.model = RosterPreviewModel(d)
    d.proxy = ProblemRowsFilter(d)
    d.proxy.setSourceModel(d.model)
    d.problems_only.toggled.connect(d.proxy.set_problems_only)
    d.view = QTableView(page)
    d.view.setObjectName("preview")
    d.view.setModel(d.proxy)
    d.view.setSortingEnabled(True)
    d.view.sortByColumn(RosterPreviewModel.COL_WHERE, Qt.SortOrder.AscendingOrder)
    d.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    d.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    d.view.setWordWrap(False)
    d.view.verticalHeader().hide()
    box.addWidget(d.view, 1)
    buttons = QHBoxLayout()
    back = QPushButton(QCoreApplication.translate("RosterImportDialog", "重新选择文件"), page)
    back.setObjectName("back")
    back.setAutoDefault(False)
    back.clicked.connect(lambda: d.stack.setCurrentIndex(d.PAGE_CHOOSE))
    buttons.addWidget(back)
    d.preview_rejects_button = QPushButton(
        QCoreApplication.translate("RosterImportDialog", "保存问题行报告…"), page
    )
    d.preview_rejects_button.setObjectName("preview_rejects")
    d.preview_rejects_button.setAutoDefault(False)
    d.preview_rejects_button.clicked.connect(d.save_rejects)
    buttons.addWidget(d.preview_rejects_button)
    buttons.addStretch(1)
    d.import_button = QPushButton(QCoreApplication.translate("RosterImportDialog", "导入"), page)
    d.import_button.setObjectName("import")
    d.import_button.setDefault(True)
    d.import_button.clicked.connect(d.start_import)
    buttons.addWidget(d.import_button)
    cancel = QPushButton(QCoreApplication.translate("RosterImportDialog", "取消"), page)
    cancel.setAutoDefault(False)
    cancel.clicked.connect(d.reject)
    buttons.addWidget(cancel)
    box.addLayout(buttons)
    return page


def done_page(d: Any) -> QWidget:
    """Build the dialog's done page (its widgets become attributes of ``d``)."""
    page = QWidget(d)
    box = QVBoxLayout(page)
    d.done_label = QLabel(page)
    d.done_label.setObjectName("done")
    d.done_label.setStyleSheet("font-size: 15px; font-weight: bold;")
    box.addWidget(d.done_label)
    hint = QLabel(
        QCoreApplication.translate(
            "RosterImportDialog",
            "未导入的行可以保存为 Excel 报告：原样保留各列，末尾写明问题，改正后可再次导入。",
        ),
        page,
    )
    hint.setWordWrap(True)
    box.addWidget(hint)
    d.rejects_status = QLabel(page)
    d.rejects_status.setObjectName("rejects_status")
    box.addWidget(d.rejects_status)
    box.addStretch(1)
    buttons = QHBoxLayout()
    d.rejects_button = QPushButton(
        QCoreApplication.translate("RosterImportDialog", "保存未导入行报告…"), page
    )
    d.rejects_button.setObjectName("save_rejects")
    d.rejects_button.clicked.connect(d.save_rejects)
    buttons.addWidget(d.rejects_button)
    buttons.addStretch(1)
    close = QPushButton(QCoreApplication.translate("RosterImportDialog", "完成"), page)
    close.setObjectName("finish")
    close.setDefault(True)
    close.clicked.connect(d.accept)
    buttons.addWidget(close)
    box.addLayout(buttons)
    return page
