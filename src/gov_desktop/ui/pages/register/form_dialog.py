"""The register's and grid page's small add/edit dialogs: ui/widgets/forms.FormDialog with the app context.

Subclasses build their fields into ``self.form`` and implement ``write_fn()``: called on the GUI thread, it
reads the fields and returns the function the writer thread runs (which returns the use case's ``Changes``
or ``Created``, and must not touch widgets); ``prepare()`` may refuse first (a required pick missing). A
refused save shows each error at its field; a successful one broadcasts the changes on the bus, emits
``saved`` and closes. Enter saves, Esc cancels.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QDialogButtonBox, QWidget

from ...context import AppContext
from ...widgets import forms
from .fields import ColumnsForm, fit_window

logger = logging.getLogger(__name__)


class FormDialog(forms.FormDialog):
    def __init__(
        self, ctx: AppContext, title: str, parent: QWidget | None = None, *, columns: int = 1
    ) -> None:
        super().__init__(ctx.runner, parent)
        self.ctx = ctx
        self.setWindowTitle(title)
        if columns > 1:
            single = self.form
            self.form = ColumnsForm(self, columns=columns)  # type: ignore[assignment]
            self.layout().replaceWidget(single, self.form)
            single.deleteLater()
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("save")
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("cancel")
        self.saved.connect(self._broadcast)

    def prepare(self) -> bool:
        """Checks on the GUI thread before writing (False: do not write); the default accepts."""
        return True

    def write_fn(self) -> Callable[[], Any]:  # pragma: no cover - subclasses implement
        raise NotImplementedError

    def save(self) -> None:
        if self.busy:
            return
        self.form.clear_errors()
        if not self.prepare():
            fit_window(self.form)
            return
        self.save_with(self.write_fn())

    def save_failed(self, exc: BaseException) -> None:
        fit_window(self.form)

    def _broadcast(self, result: Any) -> None:
        self.ctx.bus.changed.emit(getattr(result, "changes", result))
