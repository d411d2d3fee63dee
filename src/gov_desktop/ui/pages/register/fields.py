"""Field-error helpers of the register and grid dialogs, on top of ui/widgets/forms.py (the app's one form
helper: ``FieldForm``, ``show_domain_error``, ``error_messages``, ``set_tab_order``, ``fill_enum_combo``).

Added here: ``ColumnsForm`` (several ``FieldForm`` columns side by side with one error API, for the
two-column person form), ``fit_window`` (grow a dialog when wrapped error lines need more height) and
``select_code`` (choose a combo item by its code).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ....core.errors import DomainError, FieldError
from ...models.labels import enum_text, enum_texts
from ...widgets.forms import (
    ERROR_STYLE,
    FieldForm,
    error_messages,
    fill_enum_combo,
    set_tab_order,
    show_domain_error,
)

logger = logging.getLogger(__name__)

__all__ = [
    "ColumnsForm",
    "FieldForm",
    "enum_text",
    "enum_texts",
    "error_messages",
    "fill_enum_combo",
    "fit_window",
    "select_code",
    "set_tab_order",
    "show_domain_error",
    "show_errors",
]


def select_code(combo: QComboBox, code: str | None) -> None:
    index = combo.findData(code or "")
    if index >= 0:
        combo.setCurrentIndex(index)


def fit_window(widget: QWidget) -> None:
    """Soon (once the error lines are laid out): grow ``widget``'s window to the height its layout needs."""

    def fit() -> None:
        window = widget.window()
        layout = window.layout()
        if layout is None:
            return
        layout.activate()
        width = window.width()
        height = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else -1
        height = max(height, layout.totalSizeHint().height())
        if height > window.height():
            window.resize(width, height)

    QTimer.singleShot(0, fit)


class ColumnsForm(QWidget):
    """``FieldForm`` columns side by side, with the error API of one form (errors for fields no column
    shows go to a general line under all columns)."""

    def __init__(self, parent: QWidget | None = None, *, columns: int = 2) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.setSpacing(24)
        self.columns = [FieldForm(self) for _ in range(max(1, columns))]
        for form in self.columns:
            row.addWidget(form, 1)
        outer.addLayout(row)
        self.general_error = QLabel(self)
        self.general_error.setObjectName("general_error")
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        outer.addWidget(self.general_error)

    def add(
        self, name: str, label: str, widget: QWidget, *, extra: QWidget | None = None, column: int = 0
    ) -> QWidget:
        return self.columns[column].add(name, label, widget, extra=extra)

    def add_row(self, label: str, widget: QWidget, *, column: int = 0) -> None:
        self.columns[column].add_row(label, widget)

    def _form_of(self, name: str) -> FieldForm | None:
        return next((f for f in self.columns if name in f.names()), None)

    def widget(self, name: str) -> QWidget:
        form = self._form_of(name)
        if form is None:
            raise KeyError(name)
        return form.widget(name)

    def names(self) -> list[str]:
        return [n for f in self.columns for n in f.names()]

    def set_error(self, name: str, message: str) -> None:
        form = self._form_of(name)
        if form is not None:
            form.set_error(name, message)
        elif message:
            self._add_general(message)

    def clear_error(self, name: str) -> None:
        self.set_error(name, "")

    def error_text(self, name: str) -> str:
        form = self._form_of(name)
        return form.error_text(name) if form is not None else ""

    def general_text(self) -> str:
        return self.general_error.text() if not self.general_error.isHidden() else ""

    def has_errors(self) -> bool:
        return bool(self.general_text()) or any(f.has_errors() for f in self.columns)

    def clear_errors(self) -> None:
        for form in self.columns:
            form.clear_errors()
        self.general_error.clear()
        self.general_error.hide()

    def _add_general(self, message: str) -> None:
        lines = [line for line in self.general_error.text().split("\n") if line]
        if message and message not in lines:
            lines.append(message)
        self.general_error.setText("\n".join(lines))
        self.general_error.setVisible(bool(lines))

    def show_errors(self, errors: Iterable[FieldError] | BaseException) -> QWidget | None:
        """Each error under its field in whichever column holds it; focuses and returns the first."""
        self.clear_errors()
        if isinstance(errors, BaseException):
            if not isinstance(errors, DomainError):
                self._add_general(error_messages(errors)[0])
                fit_window(self)
                return None
            errors = errors.errors
        first: QWidget | None = None
        by_field: dict[str, list[str]] = {}
        for error in errors:
            by_field.setdefault(error.field, []).append(error.message)
        for name, messages in by_field.items():
            text = "；".join(messages)
            form = self._form_of(name)
            if form is None:
                self._add_general(text)
                continue
            form.set_error(name, text)
            first = first or form.widget(name)
        if first is not None:
            first.setFocus()
        fit_window(self)
        return first


def show_errors(form: Any, exc: BaseException | Iterable[FieldError]) -> QWidget | None:
    """``show_domain_error`` for a ``FieldForm`` or a ``ColumnsForm``, then fit the window to the errors."""
    first = form.show_errors(exc)
    fit_window(form)
    return first
