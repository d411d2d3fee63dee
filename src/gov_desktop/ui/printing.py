"""Printing: HTML documents (receipts) to a printer through a print preview, or to a PDF file.

Qt's rich text (QTextDocument) lays the page out; QPrintPreviewDialog lets the hall choose the printer and
see the slip first. ``print_html_to_pdf`` is the same document on an A5 PDF (also what the tests check).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from .fonts import scaled_font


def _document(html: str) -> QTextDocument:
    doc = QTextDocument()
    doc.setDefaultFont(scaled_font(1.0))
    doc.setDocumentMargin(0)  # the printer's page margins are the margins
    doc.setHtml(html)
    return doc


#: page margins (mm): a receipt slip wants its width for the table
MARGIN_MM = 10.0


def _a5(printer: QPrinter) -> None:
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A5))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setPageMargins(QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter)


def _print(doc: QTextDocument, printer: QPrinter) -> None:
    """Lay the document out on the printer's printable area (without a page size, QTextDocument would add
    margins of its own inside the printer's) and print it."""
    doc.setPageSize(printer.pageRect(QPrinter.Unit.Point).size())
    doc.print_(printer)


def print_html_to_pdf(html: str, path: str | Path) -> Path:
    """The document as an A5 PDF at ``path``."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    _a5(printer)
    _print(_document(html), printer)
    return Path(path)


def preview_and_print(parent: QWidget, html: str, title: str) -> QPrintPreviewDialog:
    """A print preview of the document (its Print button prints); opened, not run modally."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    _a5(printer)
    doc = _document(html)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(title)
    dialog.paintRequested.connect(lambda target: _print(doc, target))
    # the dialog owns neither: they live as long as it does (a collected printer crashes the preview)
    dialog._printer = printer  # type: ignore[attr-defined]
    dialog._document = doc  # type: ignore[attr-defined]
    dialog.open()
    return dialog
