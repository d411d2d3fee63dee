"""Printing through the real print preview (offscreen): it opens, paints the pages and survives garbage
collection of everything but the dialog."""

from __future__ import annotations

import gc
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrintPreviewWidget
from PySide6.QtWidgets import QWidget

from gov_desktop.reports.receipt import receipt_html
from gov_desktop.ui.printing import preview_and_print, print_html_to_pdf

sys.path.insert(0, str(Path(__file__).parents[1] / "reports"))
from test_receipt import receipt

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def test_the_print_preview_paints_the_receipt(qtbot, tmp_path):
    long_matter = "城乡居民基本养老保险参保登记及待遇领取资格认证"
    html = receipt_html(
        receipt(needs_county=True, matter_name=long_matter),
        printed_at=datetime(2026, 3, 2, 1, 30, tzinfo=UTC),
    )
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = preview_and_print(parent, html, "打印受理回执")
    gc.collect()  # the printer and the document must outlive this
    dialog.resize(700, 700)
    qtbot.waitUntil(dialog.isVisible, timeout=3000)
    preview = dialog.findChild(QPrintPreviewWidget)
    preview.updatePreview()  # paints again, with the collected wrappers gone
    qtbot.waitUntil(lambda: preview.pageCount() > 0, timeout=5000)
    assert preview.pageCount() == 1  # one A5 slip, even with a long matter name and every note
    qtbot.wait(100)
    dialog.reject()
    pdf = print_html_to_pdf(html, tmp_path / "r.pdf")
    assert pdf.read_bytes()[:4] == b"%PDF"
