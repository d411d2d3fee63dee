"""UI languages: zh_CN (the source language), bo (Tibetan) and en, from .qm files in resources/translations.

Translator objects are kept alive here (Qt does not own them). Qt's own qtbase_*.qm is loaded too, so
standard dialog buttons follow the language.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ..paths import resource_path

logger = logging.getLogger(__name__)

LANGUAGES: dict[str, str] = {"zh_CN": "简体中文", "bo": "བོད་ཡིག (藏文)", "en": "English"}
DEFAULT_LANGUAGE = "zh_CN"
_installed: list[QTranslator] = []


def resource_dir(name: str) -> Path:
    """resources/<name> (see ``paths.resource_path``)."""
    return resource_path(name)


def translations_dir() -> Path:
    return resource_dir("translations")


def install_language(app: QCoreApplication, language: str) -> str:
    """Switch the application's translators to ``language``; returns the language actually in use."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language not in LANGUAGES:
        language = DEFAULT_LANGUAGE
    QLocale.setDefault(QLocale(language if language != "bo" else "bo_CN"))
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_translator = QTranslator(app)
    qt_name = {"zh_CN": "qtbase_zh_CN", "en": "qtbase_en"}.get(language)
    if qt_name and qt_translator.load(qt_name, qt_dir):
        app.installTranslator(qt_translator)
        _installed.append(qt_translator)
    if language != DEFAULT_LANGUAGE:
        ours = QTranslator(app)
        qm = translations_dir() / f"gov_desktop_{language}.qm"
        if ours.load(str(qm)):
            app.installTranslator(ours)
            _installed.append(ours)
        else:
            logger.warning("translation %s not found at %s", language, qm)
    return language
