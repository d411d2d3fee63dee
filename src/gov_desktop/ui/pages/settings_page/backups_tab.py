"""Backups: the list, 立即备份, 恢复所选 (the current data is backed up first, so a restore can itself be
undone), and the key's recovery file (an encrypted store is unreadable without its key)."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ....store.backup import backup_now, list_backups
from ....store.keyfile import export_key
from ....store.keys import KeyStorage, key_storage
from ...context import AppContext
from ...models.admin_rows import BackupListModel
from ...tasks import Op
from ...widgets.forms import error_messages
from ...widgets.tables import make_table, selected_row

logger = logging.getLogger(__name__)

BEFORE_RESTORE_LABEL = "before-restore"


class BackupsTab(QWidget):
    restore_requested = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "每天第一次启动时自动备份，保留最近7份。备份文件已加密，只能在本机（或用密钥备份文件）恢复。"
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        bar = QHBoxLayout()
        self.backup_button = QPushButton(self.tr("立即备份"), self)
        self.backup_button.setObjectName("backup_now")
        self.backup_button.clicked.connect(self.backup)
        self.restore_button = QPushButton(self.tr("从所选备份恢复…"), self)
        self.restore_button.setObjectName("restore_backup")
        self.restore_button.clicked.connect(self.restore)
        bar.addWidget(self.backup_button)
        bar.addWidget(self.restore_button)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.model = BackupListModel(self)
        self.view = make_table(
            self, self.model, ctx.settings, "settings/backups", sortable=True, stretch_column=3
        )
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        layout.addWidget(self.view, 1)
        self.message = QLabel(self)
        self.message.setObjectName("backup_message")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)

        key_box = QGroupBox(self.tr("数据库密钥备份"), self)
        key_layout = QVBoxLayout(key_box)
        key_row = QHBoxLayout()
        key_text = QLabel(
            self.tr("电脑重装或密钥环丢失时，需要用密钥备份文件和口令才能打开数据。请导出并妥善保管。"),
            key_box,
        )
        key_text.setWordWrap(True)
        key_row.addWidget(key_text, 1)
        self.key_button = QPushButton(self.tr("导出密钥备份…"), key_box)
        self.key_button.setObjectName("export_key")
        self.key_button.clicked.connect(self.export_key)
        self.key_button.setEnabled(ctx.store.encrypted)
        key_row.addWidget(self.key_button)
        key_layout.addLayout(key_row)
        self.storage_label = QLabel(key_box)
        self.storage_label.setObjectName("key_storage")
        self.storage_label.setWordWrap(True)
        key_layout.addWidget(self.storage_label)
        self._show_key_storage(key_storage() if ctx.store.encrypted else None)
        layout.addWidget(key_box)
        self._enable()
        self.reload()

    def _show_key_storage(self, storage: KeyStorage | None) -> None:
        """Where the key is kept; a warning when that is a plain file (no OS keyring on this machine)."""
        if storage is None:
            self.storage_label.hide()
            return
        if storage.protected:
            self.storage_label.setText(self.tr("密钥保存在系统密钥环（{0}）中。").format(storage.name))
            self.storage_label.setStyleSheet("")
            return
        self.storage_label.setText(
            self.tr(
                "警告：本机没有可用的系统密钥环，数据库密钥保存在用户目录下的明文文件（{0}）中，"
                "拷走该文件和数据库即可读取数据。请先导出密钥备份；启用系统密钥环（如 GNOME 密钥环）后，"
                "用“gov-desktop key restore”把密钥移入其中。"
            ).format(storage.file or storage.name)
        )
        self.storage_label.setStyleSheet("color: #c62828;")

    def _folder(self) -> Path:
        return self.ctx.paths.backups

    def _enable(self) -> None:
        self.restore_button.setEnabled(selected_row(self.view) is not None)

    def reload(self) -> None:
        folder, stem = self._folder(), self.ctx.store.path.stem
        Op(self.ctx.runner, lambda: list_backups(folder, stem=stem), owner=self).success(self._show).run()

    def _show(self, backups: list[Any]) -> None:
        self.model.set_rows(backups)
        self._enable()

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet("color: #c62828;" if error else "color: #2e7d32;")
        self.message.setText(text)

    def backup(self) -> None:
        store, folder = self.ctx.store, self._folder()
        self.backup_button.setEnabled(False)

        def done(path: Path) -> None:
            self.backup_button.setEnabled(True)
            self._say(self.tr("已备份到 {0}").format(path))
            self.reload()

        def failed(exc: BaseException) -> None:
            self.backup_button.setEnabled(True)
            self._say("\n".join(error_messages(exc)), error=True)

        Op(self.ctx.runner, lambda: backup_now(store, folder), owner=self).success(done).failure(failed).run()

    def restore(self) -> None:
        row = selected_row(self.view)
        if row is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("从备份恢复"),
            self.tr(
                "将把数据恢复到 {0} 的备份。\n\n"
                "恢复前会先自动备份当前数据（类型为“恢复前自动备份”），如需撤销，可再从那份备份恢复。"
                "恢复后需要重新登录；此后尚未同步的修改以备份中的为准。\n\n确定要恢复吗？"
            ).format(row.created.strftime("%Y-%m-%d %H:%M")),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.confirmed_restore(row.path)

    def confirmed_restore(self, path: Path) -> None:
        """Back the current data up (the undo), then ask the composition root to restore ``path``."""
        store, folder = self.ctx.store, self._folder()

        def done(undo: Path) -> None:
            logger.info("before restoring %s, current data saved as %s", path, undo)
            self.restore_requested.emit(str(path))

        def failed(exc: BaseException) -> None:
            self._say(self.tr("未能先备份当前数据，没有恢复：{0}").format(error_messages(exc)[0]), error=True)

        Op(
            self.ctx.runner, lambda: backup_now(store, folder, label=BEFORE_RESTORE_LABEL), owner=self
        ).success(done).failure(failed).run()

    def export_key(self) -> None:
        passphrase, ok = QInputDialog.getText(
            self,
            self.tr("导出密钥备份"),
            self.tr("设置一个口令（至少8位，含字母和数字）。恢复时需要它："),
            QLineEdit.EchoMode.Password,
        )
        if not ok:
            return
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("保存密钥备份"),
            str(Path.home() / "gov-desktop-key.json"),
            self.tr("密钥备份 (*.json)"),
        )
        if not path:
            return
        db_path = self.ctx.store.path
        Op(self.ctx.runner, lambda: export_key(db_path, Path(path), passphrase), owner=self).success(
            lambda file: self._say(self.tr("密钥备份已保存到 {0}，请与数据分开保管。").format(file))
        ).failure(lambda exc: self._say("\n".join(error_messages(exc)), error=True)).run()
