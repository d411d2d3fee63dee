"""Unexpected exceptions: logged, written to a report file, shown in a Chinese dialog; the app keeps running.

Qt's own warnings are routed into logging too.
"""

from __future__ import annotations

import logging
import sys
import traceback
from datetime import datetime
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QMessageBox

logger = logging.getLogger(__name__)
qt_logger = logging.getLogger("qt")


def _qt_message(kind: QtMsgType, context: object, message: str) -> None:
    level = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
        QtMsgType.QtCriticalMsg: logging.ERROR,
        QtMsgType.QtFatalMsg: logging.CRITICAL,
    }.get(kind, logging.WARNING)
    qt_logger.log(level, "%s", message)


def write_report(
    reports_dir: Path, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> Path:
    reports_dir.mkdir(parents=True, exist_ok=True)
    path = reports_dir / f"error-{datetime.now():%Y%m%d-%H%M%S-%f}.txt"
    path.write_text("".join(traceback.format_exception(exc_type, exc, tb)), encoding="utf-8")
    return path


def install(reports_dir: Path, *, show_dialog: bool = True) -> None:
    qInstallMessageHandler(_qt_message)

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        logger.critical("unexpected error", exc_info=(exc_type, exc, tb))
        report = write_report(reports_dir, exc_type, exc, tb)
        if show_dialog and QApplication.instance() is not None:
            box = QMessageBox(QMessageBox.Icon.Critical, "程序出错", "")
            box.setText(
                QApplication.translate(
                    "crash", "程序遇到一个意外错误，刚才的操作可能没有完成。已保存的数据不受影响。"
                )
            )
            box.setInformativeText(
                QApplication.translate("crash", "错误报告已保存到：{0}\n请把该文件发给技术支持人员。").format(
                    report
                )
            )
            box.setDetailedText("".join(traceback.format_exception_only(exc_type, exc)))
            box.exec()

    sys.excepthook = hook
