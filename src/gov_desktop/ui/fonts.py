"""Fonts that suit the language: Tibetan script is drawn small at the size that suits Chinese, so the whole
UI grows a little in Tibetan; headings are sized relative to the application font (never fixed pixels), so
they follow."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

#: how much larger the UI font is in each language than the platform's default
SCALE = {"bo": 1.35}
_base: list[QFont] = []


def apply_language_font(app: QApplication, language: str) -> None:
    if not _base:
        _base.append(QFont(app.font()))
    font = QFont(_base[0])
    size = font.pointSizeF()
    if size > 0:
        font.setPointSizeF(size * SCALE.get(language, 1.0))
    app.setFont(font)


def scaled_font(factor: float = 1.0, *, bold: bool = False) -> QFont:
    """The application font, ``factor`` times as large (headings, the sidebar)."""
    font = QFont(QApplication.font())
    size = font.pointSizeF()
    if size > 0:
        font.setPointSizeF(size * factor)
    font.setBold(bold)
    return font
