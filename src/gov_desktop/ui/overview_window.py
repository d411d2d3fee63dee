"""The interim main window: the open county's indicators (replaced by the full shell of the GUI issue)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QHeaderView, QLabel, QMainWindow, QTableView, QVBoxLayout, QWidget

from .models.indicators import IndicatorModel


class OverviewWindow(QMainWindow):
    def __init__(self, title: str, indicators: list[tuple[str, str]], parent: Any = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("乡镇便民服务与网格化管理 — {0}").format(title))
        central = QWidget(self)
        layout = QVBoxLayout(central)
        heading = QLabel(self.tr("{0}：基本情况").format(title), central)
        heading.setObjectName("heading")
        heading.setStyleSheet("font-size: 18px; font-weight: bold; padding: 6px 0;")
        layout.addWidget(heading)
        self.model = IndicatorModel(self)
        self.model.set_rows(indicators)
        self.table = QTableView(central)
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setAlternatingRowColors(True)
        layout.addWidget(self.table)
        self.setCentralWidget(central)
        self.resize(720, 640)
