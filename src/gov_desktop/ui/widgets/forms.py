"""Forms with the error at the field: the one helper every dialog of the app builds its forms with.

``FieldForm`` is a ``QFormLayout`` in a widget. Each ``add(name, label, widget)`` registers a field under the
name the use cases use in their ``FieldError`` values (``username``, ``matter_id``, ``visit_date`` …) and puts
an (initially hidden) red error line under it. ``show_domain_error(form, exc)`` — or ``form.show_errors(exc)``
— puts each error's Chinese message under its field, outlines the field and focuses the first one; errors for
fields the form does not show go to the form's general error line at the bottom. ``clear_errors()`` resets.

    form = FieldForm(self)
    form.add("username", self.tr("用户名"), self.username_edit)
    ...
    Op(ctx.runner, save, write=True).success(done).failure(lambda exc: show_domain_error(form, exc)).run()

``FormDialog`` is a dialog around one ``FieldForm`` with 保存/取消 buttons: Enter saves, Esc cancels, the save
runs on the task runner (writer pool by default) and refused input stays in the dialog with its errors.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ...core.enums import LabeledEnum
from ...core.errors import DomainError, FieldError
from ..models.labels import label_text
from ..tasks import Op, TaskRunner

logger = logging.getLogger(__name__)

ERROR_STYLE = "color: #c62828;"
INVALID_STYLE = "border: 1px solid #d32f2f; background: #fff4f4;"


def error_messages(exc: BaseException) -> list[str]:
    """Chinese sentences for an exception a use case (or sync) raised; a plain message for anything else."""
    if isinstance(exc, DomainError):
        return [e.message for e in exc.errors]
    message = getattr(exc, "message", None)  # sync errors carry their Chinese text here
    if isinstance(message, str) and message:
        return [message]
    return [str(exc) or exc.__class__.__name__]


def set_tab_order(widgets: Iterable[QWidget]) -> None:
    """Tab moves through ``widgets`` in this order."""
    for first, second in itertools.pairwise(list(widgets)):
        QWidget.setTabOrder(first, second)


def fill_enum_combo(combo: QComboBox, enum_cls: type[LabeledEnum], *, blank: str | None = None) -> None:
    """The members of ``enum_cls``: codes as item data, the translated Chinese labels as text."""
    combo.clear()
    if blank is not None:
        combo.addItem(blank, "")
    for code, label in enum_cls.choices():
        combo.addItem(label_text(enum_cls, label), code)


class FieldForm(QWidget):
    """A form whose fields each show their own error message under them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.layout_form = QFormLayout()
        self.layout_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.layout_form.setVerticalSpacing(6)
        outer.addLayout(self.layout_form)
        self.general_error = QLabel(self)
        self.general_error.setObjectName("general_error")
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        outer.addWidget(self.general_error)
        self._widgets: dict[str, QWidget] = {}
        self._errors: dict[str, QLabel] = {}
        self._styles: dict[str, str] = {}

    # -- building -----------------------------------------------------------------------------------
    def add(self, name: str, label: str, widget: QWidget, *, extra: QWidget | None = None) -> QWidget:
        """A row ``label`` | ``widget`` (and ``extra`` under it) with a hidden error line below."""
        cell = QWidget(self)
        box = QVBoxLayout(cell)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(widget)
        if extra is not None:
            box.addWidget(extra)
        error = QLabel(cell)
        error.setObjectName(f"error_{name}")
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.hide()
        box.addWidget(error)
        self.layout_form.addRow(label, cell)
        self._widgets[name] = widget
        self._errors[name] = error
        self._styles[name] = widget.styleSheet()
        return widget

    def add_row(self, label: str, widget: QWidget) -> None:
        """A row without an error line of its own (a hint, a read-only value)."""
        self.layout_form.addRow(label, widget)

    def widget(self, name: str) -> QWidget:
        return self._widgets[name]

    def names(self) -> list[str]:
        return list(self._widgets)

    # -- errors -------------------------------------------------------------------------------------
    def set_error(self, name: str, message: str) -> None:
        """Show ``message`` under field ``name`` ("" clears it); unknown names go to the general line."""
        label = self._errors.get(name)
        if label is None:
            self._add_general(message)
            return
        label.setText(message)
        label.setVisible(bool(message))
        widget = self._widgets[name]
        base = self._styles.get(name, "")
        if not message:
            widget.setStyleSheet(base)
        elif isinstance(widget, QComboBox):
            widget.setStyleSheet(base + f"QComboBox {{ {INVALID_STYLE} }}")
        else:
            widget.setStyleSheet(base + INVALID_STYLE)

    def clear_error(self, name: str) -> None:
        self.set_error(name, "")

    def error_text(self, name: str) -> str:
        label = self._errors.get(name)
        return label.text() if label is not None and not label.isHidden() else ""

    def general_text(self) -> str:
        return self.general_error.text() if not self.general_error.isHidden() else ""

    def has_errors(self) -> bool:
        return bool(self.general_text()) or any(self.error_text(n) for n in self._errors)

    def clear_errors(self) -> None:
        for name in self._errors:
            self.set_error(name, "")
        self.general_error.clear()
        self.general_error.hide()

    def _add_general(self, message: str) -> None:
        lines = [line for line in self.general_error.text().split("\n") if line]
        if message and message not in lines:
            lines.append(message)
        self.general_error.setText("\n".join(lines))
        self.general_error.setVisible(bool(lines))

    def show_errors(self, errors: Iterable[FieldError] | BaseException) -> QWidget | None:
        """Errors at their fields (others on the general line); focuses and returns the first field."""
        self.clear_errors()
        if isinstance(errors, BaseException):
            if not isinstance(errors, DomainError):
                if not hasattr(errors, "message"):
                    logger.error("unexpected error in a form: %r", errors)
                self._add_general(error_messages(errors)[0])
                return None
            errors = errors.errors
        by_field: dict[str, list[str]] = {}
        for error in errors:
            by_field.setdefault(error.field, []).append(error.message)
        first: QWidget | None = None
        for name, messages in by_field.items():
            text = "；".join(messages)
            if name in self._widgets:
                self.set_error(name, text)
                first = first or self._widgets[name]
            else:
                self._add_general(text)
        if first is not None:
            first.setFocus()
        return first


def show_domain_error(form: FieldForm, exc: BaseException) -> QWidget | None:
    """Put each ``FieldError`` of ``exc`` under its field of ``form`` (see ``FieldForm.show_errors``)."""
    return form.show_errors(exc)


class FormDialog(QDialog):
    """A dialog with one ``FieldForm`` and 保存/取消; ``save_with(fn)`` runs the write off the GUI thread.

    Subclasses build their fields on ``self.form`` and implement ``save()`` by calling ``self.save_with(fn)``
    where ``fn()`` runs on a worker and returns the use case's result. ``saved(result)`` is emitted and the
    dialog accepted on success; refused input shows at the fields and the dialog stays open.
    """

    saved = Signal(object)

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.setModal(True)
        self._busy = False
        layout = QVBoxLayout(self)
        self.form = FieldForm(self)
        layout.addWidget(self.form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("保存"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def save(self) -> None:  # pragma: no cover - subclasses override
        raise NotImplementedError

    def keyPressEvent(self, event: Any) -> None:
        # Enter saves from any field (QDialog would only press the default button); Esc cancels
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers() & (
            Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.ControlModifier
        ):
            self.save()
            return
        super().keyPressEvent(event)

    def save_failed(self, exc: BaseException) -> None:
        """Called after a refused save has shown its errors (a hook for subclasses)."""

    @property
    def busy(self) -> bool:
        return self._busy

    def save_with(self, fn: Callable[[], Any], *, write: bool = True) -> None:
        if self._busy:
            return
        self._busy = True
        self.form.clear_errors()
        self.buttons.setEnabled(False)

        def done(result: Any) -> None:
            self._busy = False
            self.buttons.setEnabled(True)
            self.saved.emit(result)
            self.accept()

        def failed(exc: BaseException) -> None:
            self._busy = False
            self.buttons.setEnabled(True)
            show_domain_error(self.form, exc)
            self.save_failed(exc)

        Op(self.runner, fn, write=write, owner=self).success(done).failure(failed).run()
