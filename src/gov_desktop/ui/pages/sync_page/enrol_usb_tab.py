"""Enrolling this device with the county server, and sync on a USB stick when there is no link."""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...context import AppContext
from ...widgets.enrol_form import EnrolForm
from ...widgets.forms import error_messages

logger = logging.getLogger(__name__)


class EnrolTab(QWidget):
    """登记设备: URL + one-time code from the county administrator (``gov-desktop-server enroll``)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        self.current_label = QLabel(self)
        self.current_label.setObjectName("enrol_current")
        self.current_label.setWordWrap(True)
        layout.addWidget(self.current_label)
        intro = QLabel(
            self.tr(
                "向县级管理员索取一次性登记码（服务器上运行 gov-desktop-server enroll），填写后点击“登记”。"
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.form = EnrolForm(self)
        layout.addWidget(self.form)
        row = QHBoxLayout()
        row.addStretch(1)
        self.enrol_button = QPushButton(self.tr("登记"), self)
        self.enrol_button.setObjectName("enrol_button")
        self.enrol_button.clicked.connect(self.enrol)
        row.addWidget(self.enrol_button)
        layout.addLayout(row)
        layout.addStretch(1)
        if ctx.sync is not None:
            ctx.sync.enrolled_changed.connect(lambda *_: self._show_current())
        self._show_current()

    def _show_current(self) -> None:
        settings = self.ctx.sync.settings if self.ctx.sync is not None else None
        if settings is not None and settings.enrolled:
            self.current_label.setText(
                self.tr("本机已登记：{0}，设备号 {1}，登记时间 {2}。重新登记会换用新的登记码。").format(
                    settings.server_url, settings.device_id, settings.enrolled_at[:16].replace("T", " ")
                )
            )
            if not self.form.url_edit.text():
                self.form.url_edit.setText(settings.server_url)
        else:
            self.current_label.setText(self.tr("本机尚未登记。"))

    def enrol(self) -> None:
        if self.ctx.sync is None or not self.form.check_filled():
            return
        values = self.form.values()
        self.enrol_button.setEnabled(False)
        self.enrol_button.setText(self.tr("正在登记…"))

        def done(settings: Any) -> None:
            self.enrol_button.setEnabled(True)
            self.enrol_button.setText(self.tr("登记"))
            self.form.code_edit.clear()
            self._show_current()

        def failed(exc: BaseException) -> None:
            self.enrol_button.setEnabled(True)
            self.enrol_button.setText(self.tr("登记"))
            self.form.show_error(exc)

        self.ctx.sync.enrol(
            values.url,
            values.code,
            ca_path=values.ca_path,
            allow_insecure_http=values.allow_insecure_http,
            on_done=done,
            on_error=failed,
        )


class UsbTab(QWidget):
    """导出同步文件 (this device's changes, to carry to the county) and 导入回执文件 (the county's answer)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "没有网络时：1. 导出同步文件，用U盘带到县里，由县级管理员导入服务器；"
                "2. 把县里生成的回执文件带回，在这里导入。同一文件重复导入不会重复计算。"
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        row = QHBoxLayout()
        self.export_button = QPushButton(self.tr("导出同步文件…"), self)
        self.export_button.setObjectName("usb_export")
        self.export_button.clicked.connect(self.choose_export)
        self.import_button = QPushButton(self.tr("导入回执文件…"), self)
        self.import_button.setObjectName("usb_import")
        self.import_button.clicked.connect(self.choose_import)
        row.addWidget(self.export_button)
        row.addWidget(self.import_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.hide()
        layout.addWidget(self.progress)
        self.result_label = QLabel(self)
        self.result_label.setObjectName("usb_result")
        self.result_label.setWordWrap(True)
        layout.addWidget(self.result_label)
        layout.addStretch(1)
        if ctx.sync is None:
            self.export_button.setEnabled(False)
            self.import_button.setEnabled(False)

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.export_button.setEnabled(not busy)
        self.import_button.setEnabled(not busy)

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        self.result_label.setStyleSheet("color: #c62828;")
        self.result_label.setText("\n".join(error_messages(exc)))

    def _ok(self, text: str) -> None:
        self._busy(False)
        self.result_label.setStyleSheet("")
        self.result_label.setText(text)

    def choose_export(self) -> None:
        name = f"gov-sync-{datetime.now():%Y%m%d-%H%M}.govsync"
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("导出同步文件"),
            str(Path.home() / name),
            self.tr("同步文件 (*.govsync);;所有文件 (*)"),
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        assert self.ctx.sync is not None
        self._busy(True)
        self.ctx.sync.export_bundle(
            path,
            lambda r: self._ok(
                self.tr("已导出：{0} 批、{1} 条修改 → {2}").format(r.batches, r.changes, r.path)
            ),
            self._failed,
        )

    def choose_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("导入回执文件"),
            str(Path.home()),
            self.tr("同步文件 (*.govsync *.govreply);;所有文件 (*)"),
        )
        if path:
            self.import_from(Path(path))

    def import_from(self, path: Path) -> None:
        assert self.ctx.sync is not None
        self._busy(True)
        self.ctx.sync.import_reply(
            path,
            lambda r: self._ok(
                self.tr("已导入：确认上传 {0} 条，下载 {1} 条，冲突 {2} 处，被拒 {3} 条").format(
                    r.pushed, r.pulled, r.conflicts, r.quarantined
                )
            ),
            self._failed,
        )
