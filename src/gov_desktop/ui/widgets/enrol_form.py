"""The enrolment fields (server URL, one-time code, CA file, allow plain HTTP), shared by the first-run wizard
and the sync page; sync errors are shown at the field they concern."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QCheckBox, QFileDialog, QHBoxLayout, QLineEdit, QPushButton, QWidget

from ...sync.errors import SyncError
from .forms import FieldForm, set_tab_order

#: sync error codes → the field they are about
FIELD_OF_CODE = {
    "sync.bad_url": "url",
    "sync.insecure_url": "url",
    "sync.offline": "url",
    "sync.timeout": "url",
    "sync.tls": "url",
    "sync.ca_missing": "ca_path",
    "enroll.code_invalid": "code",
    "enroll.code_used": "code",
    "enroll.code_expired": "code",
}


@dataclass(frozen=True)
class EnrolValues:
    url: str
    code: str
    ca_path: str
    allow_insecure_http: bool


class EnrolForm(FieldForm):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.url_edit = QLineEdit(self)
        self.url_edit.setObjectName("server_url")
        self.url_edit.setPlaceholderText("https://county.example.gov.cn")
        self.code_edit = QLineEdit(self)
        self.code_edit.setObjectName("enrol_code")
        self.code_edit.setPlaceholderText(self.tr("县级管理员给的一次性登记码"))
        self.ca_edit = QLineEdit(self)
        self.ca_edit.setObjectName("ca_path")
        self.ca_edit.setPlaceholderText(self.tr("可不填：服务器使用自签名证书时选择其CA证书"))
        browse = QPushButton(self.tr("浏览…"), self)
        browse.clicked.connect(self._browse)
        ca_row = QWidget(self)
        box = QHBoxLayout(ca_row)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.ca_edit, 1)
        box.addWidget(browse)
        self.allow_http = QCheckBox(self.tr("允许明文HTTP连接（仅限内网测试）"), self)
        self.allow_http.setObjectName("allow_http")
        self.add("url", self.tr("服务器地址"), self.url_edit)
        self.add("code", self.tr("登记码"), self.code_edit)
        self.add("ca_path", self.tr("CA证书"), ca_row)
        self.add_row("", self.allow_http)
        set_tab_order([self.url_edit, self.code_edit, self.ca_edit, browse, self.allow_http])

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("选择CA证书"), "", self.tr("证书 (*.pem *.crt *.cer);;所有文件 (*)")
        )
        if path:
            self.ca_edit.setText(path)

    def values(self) -> EnrolValues:
        return EnrolValues(
            url=self.url_edit.text().strip(),
            code=self.code_edit.text().strip(),
            ca_path=self.ca_edit.text().strip(),
            allow_insecure_http=self.allow_http.isChecked(),
        )

    def check_filled(self) -> bool:
        """Both required fields filled; else their errors are shown."""
        self.clear_errors()
        values = self.values()
        if not values.url:
            self.set_error("url", self.tr("请填写服务器地址"))
        if not values.code:
            self.set_error("code", self.tr("请填写登记码"))
        return bool(values.url and values.code)

    def show_error(self, exc: BaseException) -> None:
        """A sync error at its field (URL, code, CA file) or on the general line."""
        self.clear_errors()
        if isinstance(exc, SyncError):
            self.set_error(FIELD_OF_CODE.get(exc.code, ""), exc.message)
        else:
            self.show_errors(exc)
