"""帮助 → 快捷键 (F1): the keyboard shortcuts of the window and its pages on one card, for the hall's
keyboard-all-day work. ``SHORTCUTS`` is the list; a test checks that every key it names is really bound.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

TR_CONTEXT = "ShortcutsDialog"

#: (keys as Qt writes them, what they do); "Ctrl+1 … Ctrl+9" and "Enter / Esc" stand for several keys
SHORTCUTS: tuple[tuple[str, str], ...] = (
    ("Ctrl+1 … Ctrl+9", QT_TRANSLATE_NOOP("ShortcutsDialog", "转到侧栏的第 1–9 页")),
    ("F5", QT_TRANSLATE_NOOP("ShortcutsDialog", "立即与县级服务器同步")),
    (
        "Ctrl+F",
        QT_TRANSLATE_NOOP("ShortcutsDialog", "人口户籍：到搜索框（姓名、拼音首字母、身份证号、户号、电话）"),
    ),
    ("Ctrl+N", QT_TRANSLATE_NOOP("ShortcutsDialog", "新建：户、办件、走访或诉求（看当前页）")),
    ("Ctrl+P", QT_TRANSLATE_NOOP("ShortcutsDialog", "便民服务：打印所选办件的受理回执")),
    ("Ctrl+E", QT_TRANSLATE_NOOP("ShortcutsDialog", "把当前列表（按当前筛选）导出到 Excel")),
    ("Ctrl+Shift+P", QT_TRANSLATE_NOOP("ShortcutsDialog", "打印当前列表")),
    ("Ctrl+H", QT_TRANSLATE_NOOP("ShortcutsDialog", "所选记录的修改记录")),
    ("Enter / Esc", QT_TRANSLATE_NOOP("ShortcutsDialog", "表单：保存 / 取消")),
    ("Ctrl+L", QT_TRANSLATE_NOOP("ShortcutsDialog", "注销（离开座位时锁定）")),
    ("Ctrl+Q", QT_TRANSLATE_NOOP("ShortcutsDialog", "退出")),
    ("F1", QT_TRANSLATE_NOOP("ShortcutsDialog", "本快捷键表")),
)


class ShortcutsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcuts")
        self.setWindowTitle(self.tr("快捷键"))
        layout = QVBoxLayout(self)
        self.table = QTableWidget(len(SHORTCUTS), 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("按键"), self.tr("作用")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        for row, (keys, what) in enumerate(SHORTCUTS):
            self.table.setItem(row, 0, QTableWidgetItem(keys))
            self.table.setItem(row, 1, QTableWidgetItem(QCoreApplication.translate(TR_CONTEXT, what)))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 460)
