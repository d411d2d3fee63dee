"""The register's filter bar: township (county users), village, grid, household flags and person status."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QMenu, QPushButton, QToolButton, QWidget

from ....core.enums import HouseholdFlag, PersonStatus
from ....store.queries import RegisterFilter
from ...context import AppContext
from ...models.labels import enum_text
from .household_picker import actor_township

logger = logging.getLogger(__name__)

ANY_STATUS = "*"


class FilterBar(QWidget):
    """Emits ``changed`` whenever a filter changes; ``current()`` is the ``RegisterFilter`` (no text)."""

    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._grids: list[Any] = []
        self._fixed_township = actor_township(ctx)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        self.township_combo = QComboBox(self)
        self.township_combo.setObjectName("filter_township")
        self.township_combo.addItem(self.tr("全部乡镇"), None)
        self.township_combo.setVisible(self._fixed_township is None)
        layout.addWidget(self.township_combo)

        self.village_combo = QComboBox(self)
        self.village_combo.setObjectName("filter_village")
        self.village_combo.setMinimumContentsLength(8)
        self.village_combo.addItem(self.tr("全部村（居）"), None)
        layout.addWidget(self.village_combo)

        self.grid_combo = QComboBox(self)
        self.grid_combo.setObjectName("filter_grid")
        self.grid_combo.setMinimumContentsLength(8)
        self.grid_combo.addItem(self.tr("全部网格"), None)
        layout.addWidget(self.grid_combo)

        self.flags_button = QPushButton(self)
        self.flags_button.setObjectName("filter_flags")
        self.flags_menu = QMenu(self.flags_button)
        self.flag_actions: dict[str, QAction] = {}
        for flag in HouseholdFlag:
            action = QAction(enum_text(HouseholdFlag, flag), self.flags_menu)
            action.setCheckable(True)
            action.toggled.connect(self._flags_toggled)
            self.flags_menu.addAction(action)
            self.flag_actions[flag.value] = action
        self.flags_button.setMenu(self.flags_menu)
        layout.addWidget(self.flags_button)

        self.status_label = QLabel(self.tr("人员状态"), self)
        layout.addWidget(self.status_label)
        self.status_combo = QComboBox(self)
        self.status_combo.setObjectName("filter_status")
        for status in PersonStatus:
            self.status_combo.addItem(enum_text(PersonStatus, status), status.value)
        self.status_combo.addItem(self.tr("全部状态"), ANY_STATUS)
        layout.addWidget(self.status_combo)

        self.clear_button = QToolButton(self)
        self.clear_button.setObjectName("filter_clear")
        self.clear_button.setText(self.tr("清除筛选"))
        self.clear_button.clicked.connect(self.clear)
        layout.addWidget(self.clear_button)
        layout.addStretch(1)

        self._update_flags_text()
        self.township_combo.currentIndexChanged.connect(self._township_changed)
        self.village_combo.currentIndexChanged.connect(self._village_changed)
        self.grid_combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.status_combo.currentIndexChanged.connect(lambda _i: self.changed.emit())

    # -- reference lists ----------------------------------------------------------------------------
    def set_grids(self, grids: Sequence[Any]) -> None:
        """The grids the user may filter by (``GridRow`` values); villages and townships come from them."""
        self._grids = list(grids)
        self.township_combo.blockSignals(True)
        current = self.township_combo.currentData()
        self.township_combo.clear()
        self.township_combo.addItem(self.tr("全部乡镇"), None)
        for code in sorted({g.township_code for g in self._grids}):
            self.township_combo.addItem(code, code)
        self.township_combo.setCurrentIndex(max(0, self.township_combo.findData(current)))
        self.township_combo.blockSignals(False)
        self._fill_villages()

    def villages(self) -> list[tuple[str, str]]:
        """(id, name) of the villages of the grids known, in the township chosen."""
        township = self.township()
        seen: dict[str, str] = {}
        for g in self._grids:
            if g.village_id and (township is None or g.township_code == township):
                seen.setdefault(g.village_id, g.village_name)
        return sorted(seen.items(), key=lambda item: item[1])

    def _fill_villages(self) -> None:
        current = self.village_combo.currentData()
        self.village_combo.blockSignals(True)
        self.village_combo.clear()
        self.village_combo.addItem(self.tr("全部村（居）"), None)
        for village_id, name in self.villages():
            self.village_combo.addItem(name, village_id)
        self.village_combo.setCurrentIndex(max(0, self.village_combo.findData(current)))
        self.village_combo.blockSignals(False)
        self._fill_grids()

    def _fill_grids(self) -> None:
        current = self.grid_combo.currentData()
        township, village = self.township(), self.village_combo.currentData()
        self.grid_combo.blockSignals(True)
        self.grid_combo.clear()
        self.grid_combo.addItem(self.tr("全部网格"), None)
        for g in self._grids:
            if township is not None and g.township_code != township:
                continue
            if village is not None and g.village_id != village:
                continue
            self.grid_combo.addItem(g.name, g.id)
        self.grid_combo.setCurrentIndex(max(0, self.grid_combo.findData(current)))
        self.grid_combo.blockSignals(False)

    # -- changes ------------------------------------------------------------------------------------
    def _township_changed(self, _index: int) -> None:
        self._fill_villages()
        self.changed.emit()

    def _village_changed(self, _index: int) -> None:
        self._fill_grids()
        self.changed.emit()

    def _flags_toggled(self, _on: bool) -> None:
        self._update_flags_text()
        self.changed.emit()

    def _update_flags_text(self) -> None:
        chosen = [a.text() for a in self.flag_actions.values() if a.isChecked()]
        self.flags_button.setText(
            self.tr("户类别：{0}").format("、".join(chosen)) if chosen else self.tr("户类别：不限")
        )

    def set_status_visible(self, visible: bool) -> None:
        self.status_label.setVisible(visible)
        self.status_combo.setVisible(visible)

    def clear(self) -> None:
        for widget in (self.township_combo, self.village_combo, self.grid_combo, self.status_combo):
            widget.blockSignals(True)
        for action in self.flag_actions.values():
            action.blockSignals(True)
            action.setChecked(False)
            action.blockSignals(False)
        self.township_combo.setCurrentIndex(0)
        self.village_combo.setCurrentIndex(0)
        self.grid_combo.setCurrentIndex(0)
        self.status_combo.setCurrentIndex(0)
        for widget in (self.township_combo, self.village_combo, self.grid_combo, self.status_combo):
            widget.blockSignals(False)
        self._fill_villages()
        self._update_flags_text()
        self.changed.emit()

    # -- the filter ---------------------------------------------------------------------------------
    def township(self) -> str | None:
        return self._fixed_township or self.township_combo.currentData()

    def flags(self) -> tuple[str, ...]:
        return tuple(code for code, a in self.flag_actions.items() if a.isChecked())

    def set_flags(self, codes: Sequence[str]) -> None:
        for code, action in self.flag_actions.items():
            action.setChecked(code in codes)

    def status(self) -> str | None:
        value = self.status_combo.currentData()
        return None if value == ANY_STATUS else value

    def current(self, text: str = "") -> RegisterFilter:
        return RegisterFilter(
            township_code=self.township(),
            village_id=self.village_combo.currentData(),
            grid_id=self.grid_combo.currentData(),
            flags=self.flags(),
            status=self.status(),
            text=text,
        )

    def with_text(self, filters: RegisterFilter, text: str) -> RegisterFilter:
        return replace(filters, text=text)
