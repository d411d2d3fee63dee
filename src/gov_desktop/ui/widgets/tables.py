"""Table views set up the same way everywhere: whole-row selection, remembered column layout, optional
sorting through a proxy (small lists only: a lazily fetched list keeps the store's order)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QSettings, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from ..settings import remember_header


def make_table(
    parent: QWidget,
    model: QAbstractItemModel,
    settings: QSettings,
    key: str,
    *,
    sortable: bool = False,
    stretch_column: int | None = None,
    widths: dict[int, int] | None = None,
) -> QTableView:
    """A read-only table over ``model`` whose header state is remembered under ``key``."""
    view = QTableView(parent)
    view.setObjectName(key.replace("/", "_"))
    if sortable:
        proxy = QSortFilterProxyModel(view)
        proxy.setSourceModel(model)
        proxy.setSortRole(getattr(model, "SortRole", Qt.ItemDataRole.DisplayRole))
        view.setModel(proxy)
        view.setSortingEnabled(True)
    else:
        view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(26)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setDefaultSectionSize(110)
    header.setStretchLastSection(stretch_column is None)
    for column, width in (widths or {}).items():
        header.resizeSection(column, width)
    if stretch_column is not None:
        header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
    remember_header(settings, f"tables/{key}", header)
    return view


def selected_row(view: QTableView) -> Any:
    """The backing frozen row of the selected line (``RowRole``), or None."""
    index = view.currentIndex()
    if not index.isValid() or not view.selectionModel().isSelected(index):
        rows = view.selectionModel().selectedRows()
        if not rows:
            return None
        index = rows[0]
    model = view.model()
    role = getattr(model, "RowRole", None)
    if role is None and isinstance(model, QSortFilterProxyModel):
        role = getattr(model.sourceModel(), "RowRole", None)
    return index.data(role) if role is not None else None
