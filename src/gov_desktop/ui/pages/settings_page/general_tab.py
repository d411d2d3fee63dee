"""Language (applied at once), sync interval, and the server settings (address, CA file, plain HTTP)."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ....sync.settings import check_ca_path, check_server_url, load_settings, save_settings
from ...context import AppContext
from ...fonts import apply_language_font
from ...i18n import LANGUAGES, install_language
from ...settings import KEY_SYNC_INTERVAL, language, set_language, sync_interval
from ...tasks import Op
from ...widgets.forms import error_messages

logger = logging.getLogger(__name__)


class GeneralTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)

        lang_box = QGroupBox(self.tr("界面语言"), self)
        lang_layout = QHBoxLayout(lang_box)
        self.language_combo = QComboBox(lang_box)
        self.language_combo.setObjectName("language")
        for code, name in LANGUAGES.items():
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(language(ctx.settings))))
        self.language_combo.currentIndexChanged.connect(self._language_chosen)
        lang_layout.addWidget(self.language_combo)
        lang_layout.addStretch(1)
        layout.addWidget(lang_box)

        sync_box = QGroupBox(self.tr("同步"), self)
        form = QFormLayout(sync_box)
        self.interval_spin = QSpinBox(sync_box)
        self.interval_spin.setObjectName("sync_interval")
        self.interval_spin.setRange(1, 240)
        self.interval_spin.setSuffix(self.tr(" 分钟"))
        self.interval_spin.setValue(max(1, sync_interval(ctx.settings) // 60))
        self.interval_spin.valueChanged.connect(
            lambda v: ctx.settings.setValue(KEY_SYNC_INTERVAL, int(v) * 60)
        )
        form.addRow(self.tr("自动同步间隔（重新启动后生效）"), self.interval_spin)
        self.url_edit = QLineEdit(sync_box)
        self.url_edit.setObjectName("settings_server_url")
        self.ca_edit = QLineEdit(sync_box)
        self.ca_edit.setObjectName("settings_ca_path")
        self.http_check = QCheckBox(self.tr("允许明文HTTP连接（仅限内网测试）"), sync_box)
        form.addRow(self.tr("县级服务器地址"), self.url_edit)
        form.addRow(self.tr("CA证书文件"), self.ca_edit)
        form.addRow("", self.http_check)
        self.server_message = QLabel(sync_box)
        self.server_message.setWordWrap(True)
        form.addRow("", self.server_message)
        self.save_server = QPushButton(self.tr("保存服务器设置"), sync_box)
        self.save_server.setObjectName("save_server_settings")
        self.save_server.clicked.connect(self.save_server_settings)
        form.addRow("", self.save_server)
        admin = ctx.actor.can("users.admin")
        for widget in (self.url_edit, self.ca_edit, self.http_check, self.save_server):
            widget.setEnabled(admin)
        layout.addWidget(sync_box)

        where = QGroupBox(self.tr("数据位置"), self)
        where_layout = QFormLayout(where)
        where_layout.addRow(self.tr("数据库"), QLabel(str(ctx.store.path), where))
        where_layout.addRow(self.tr("日志"), QLabel(str(ctx.paths.logs), where))
        layout.addWidget(where)
        layout.addStretch(1)
        self._load_server()

    # -- language -------------------------------------------------------------------------------------
    def _language_chosen(self, _index: int) -> None:
        self.apply_language(str(self.language_combo.currentData()))

    def apply_language(self, code: str) -> None:
        """Switch the UI language now (pages are rebuilt in the new language) and remember it."""
        app = QApplication.instance()
        if app is None:
            return
        used = install_language(app, code)
        apply_language_font(app, used)
        set_language(self.ctx.settings, used)
        self.ctx.bus.language_changed.emit(used)

    # -- server settings ------------------------------------------------------------------------------
    def _load_server(self) -> None:
        store = self.ctx.store
        Op(self.ctx.runner, lambda: load_settings(store), owner=self).success(self._show_server).run()

    def _show_server(self, settings: object) -> None:
        self.url_edit.setText(getattr(settings, "server_url", ""))
        self.ca_edit.setText(getattr(settings, "ca_path", ""))
        self.http_check.setChecked(bool(getattr(settings, "allow_insecure_http", False)))

    def save_server_settings(self) -> None:
        from dataclasses import replace

        store, sync = self.ctx.store, self.ctx.sync
        url, ca, allow = self.url_edit.text(), self.ca_edit.text(), self.http_check.isChecked()

        def work() -> None:
            current = load_settings(store)
            checked_url = check_server_url(url, allow_insecure_http=allow) if url.strip() else ""
            save_settings(
                store,
                replace(
                    current, server_url=checked_url, ca_path=check_ca_path(ca), allow_insecure_http=allow
                ),
            )

        def done(_: object) -> None:
            self.server_message.setStyleSheet("color: #2e7d32;")
            self.server_message.setText(self.tr("已保存。"))
            if sync is not None:
                sync.stop()
                sync.start()

        def failed(exc: BaseException) -> None:
            self.server_message.setStyleSheet("color: #c62828;")
            self.server_message.setText("\n".join(error_messages(exc)))

        Op(self.ctx.runner, work, write=True, owner=self).success(done).failure(failed).run()
