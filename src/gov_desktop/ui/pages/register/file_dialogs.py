"""Asking the user for a file path, remembering the folder last used (QSettings ``register/last_dir``).

Every dialog and page of the register asks through these two functions, called from methods of its own
(``ask_open_path`` / ``ask_save_path``) that tests replace, so no test ever blocks on a file dialog.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

LAST_DIR_KEY = "register/last_dir"


def tr(text: str) -> str:
    return QCoreApplication.translate("file_dialogs", text)


def xlsx_filter() -> str:
    return tr("Excel 工作簿 (*.xlsx)")


def roster_filter() -> str:
    return tr("Excel 文件 (*.xlsx *.xls);;所有文件 (*)")


def _start_dir(settings: QSettings | None) -> str:
    last = str(settings.value(LAST_DIR_KEY, "")) if settings is not None else ""
    if last and Path(last).is_dir():
        return last
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)


def _remember(settings: QSettings | None, path: str) -> None:
    if settings is not None and path:
        settings.setValue(LAST_DIR_KEY, str(Path(path).parent))


def ask_open_path(parent: QWidget | None, settings: QSettings | None, title: str, filters: str) -> str | None:
    path, _ = QFileDialog.getOpenFileName(parent, title, _start_dir(settings), filters)
    _remember(settings, path)
    return path or None


def ask_save_path(
    parent: QWidget | None, settings: QSettings | None, title: str, file_name: str, filters: str
) -> str | None:
    start = str(Path(_start_dir(settings)) / file_name)
    path, _ = QFileDialog.getSaveFileName(parent, title, start, filters)
    if path and not path.lower().endswith((".xlsx", ".xls")):
        path += ".xlsx"
    _remember(settings, path)
    return path or None
