"""Printing: HTML documents (receipts, lists) to a printer through a print preview, or to a PDF file.

Qt's rich text (QTextDocument) lays the page out; QPrintPreviewDialog lets the hall choose the printer and
see the pages first. ``print_html_to_pdf`` is the same document as a PDF (also what the tests check). A
receipt is an A5 slip (``RECEIPT``), a list A4 landscape (``LIST``).
"""

from __future__ import annotations

from dataclasses import dataclass
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


@dataclass(frozen=True)
class PageSetup:
    size: QPageSize.PageSizeId
    orientation: QPageLayout.Orientation
    #: page margins (mm)
    margin_mm: float = 10.0


#: a receipt slip: A5 upright, margins that leave its width to the table
RECEIPT = PageSetup(QPageSize.PageSizeId.A5, QPageLayout.Orientation.Portrait)
#: a list: A4 across, for its many columns
LIST = PageSetup(QPageSize.PageSizeId.A4, QPageLayout.Orientation.Landscape)


def _set_up(printer: QPrinter, page: PageSetup) -> None:
    printer.setPageSize(QPageSize(page.size))
    printer.setPageOrientation(page.orientation)
    m = page.margin_mm
    printer.setPageMargins(QMarginsF(m, m, m, m), QPageLayout.Unit.Millimeter)


def _print(doc: QTextDocument, printer: QPrinter) -> None:
    """Lay the document out on the printer's printable area (without a page size, QTextDocument would add
    margins of its own inside the printer's) and print it."""
    doc.setPageSize(printer.pageRect(QPrinter.Unit.Point).size())
    doc.print_(printer)


def print_html_to_pdf(html: str, path: str | Path, page: PageSetup = RECEIPT) -> Path:
    """The document as a PDF at ``path``."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    _set_up(printer, page)
    _print(_document(html), printer)
    return Path(path)


def preview_and_print(
    parent: QWidget, html: str, title: str, page: PageSetup = RECEIPT
) -> QPrintPreviewDialog:
    """A print preview of the document (its Print button prints); opened, not run modally."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    _set_up(printer, page)
    doc = _document(html)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(title)
    dialog.paintRequested.connect(lambda target: _print(doc, target))
    # the dialog owns neither: they live as long as it does (a collected printer crashes the preview)
    dialog._printer = printer  # type: ignore[attr-defined]
    dialog._document = doc  # type: ignore[attr-defined]
    dialog.open()
    return dialog
