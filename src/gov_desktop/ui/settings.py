"""UI preferences in QSettings: language, last user name, sync interval, backups to keep, window layouts.

QSettings holds only UI preferences and layouts (never data, never pickled Qt objects). The file is
``settings.ini`` in the data directory (``Paths.settings_file``), so a ``--data-dir`` install is
self-contained. Keys live here, in one place.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QHeaderView, QSplitter, QWidget

from ..paths import Paths
from .i18n import DEFAULT_LANGUAGE, LANGUAGES

logger = logging.getLogger(__name__)

KEY_LANGUAGE = "ui/language"
KEY_LAST_USER = "ui/last_username"
KEY_SYNC_INTERVAL = "sync/interval_seconds"
KEY_BACKUP_KEEP = "backup/keep"
KEY_LAST_PAGE = "main_window/last_page"

DEFAULT_SYNC_INTERVAL = 300
DEFAULT_BACKUP_KEEP = 7


def open_settings(paths: Paths) -> QSettings:
    """The app's settings file (INI, UTF-8) in the data directory."""
    return QSettings(str(paths.settings_file), QSettings.Format.IniFormat)


def language(settings: QSettings) -> str:
    value = str(settings.value(KEY_LANGUAGE, DEFAULT_LANGUAGE) or DEFAULT_LANGUAGE)
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


def set_language(settings: QSettings, value: str) -> None:
    settings.setValue(KEY_LANGUAGE, value)


def int_value(settings: QSettings, key: str, default: int) -> int:
    try:
        return int(settings.value(key, default))
    except (TypeError, ValueError):
        return default


def sync_interval(settings: QSettings) -> int:
    return max(30, int_value(settings, KEY_SYNC_INTERVAL, DEFAULT_SYNC_INTERVAL))


def backup_keep(settings: QSettings) -> int:
    return max(1, int_value(settings, KEY_BACKUP_KEEP, DEFAULT_BACKUP_KEEP))


def _bytes(value: Any) -> QByteArray | None:
    if isinstance(value, QByteArray) and not value.isEmpty():
        return value
    if isinstance(value, (bytes, bytearray)) and value:
        return QByteArray(bytes(value))
    return None


def restore_geometry(settings: QSettings, key: str, widget: QWidget) -> bool:
    data = _bytes(settings.value(f"{key}/geometry"))
    return bool(data is not None and widget.restoreGeometry(data))


def save_geometry(settings: QSettings, key: str, widget: QWidget) -> None:
    settings.setValue(f"{key}/geometry", widget.saveGeometry())


def remember_splitter(settings: QSettings, key: str, splitter: QSplitter) -> None:
    """Restore the splitter's sizes now and save them whenever the user moves it."""
    data = _bytes(settings.value(f"{key}/splitter"))
    if data is not None:
        splitter.restoreState(data)
    splitter.splitterMoved.connect(lambda *_: settings.setValue(f"{key}/splitter", splitter.saveState()))


def remember_header(settings: QSettings, key: str, header: QHeaderView) -> None:
    """Restore a table's column widths, order and sort column now; save them whenever they change."""
    data = _bytes(settings.value(f"{key}/header"))
    if data is not None:
        header.restoreState(data)

    def save(*_: Any) -> None:
        settings.setValue(f"{key}/header", header.saveState())

    header.sectionResized.connect(save)
    header.sectionMoved.connect(save)
    header.sortIndicatorChanged.connect(save)
