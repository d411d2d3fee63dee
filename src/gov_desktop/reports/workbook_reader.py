"""Reading the rows of a spreadsheet file, .xlsx (openpyxl, read-only) or legacy .xls (xlrd), as plain values.

The format is told by the file's first bytes, not its name: offices often get an .xlsx named .xls, or a
web page saved as .xls by an online system. Cells come back as Python values: str, int, float, bool,
datetime (Excel date cells of both formats), None for empty. Numbers of .xls files that are whole and shorter
than 16 digits become int, as openpyxl gives them for .xlsx, so both formats report an ID number stored as a
number the same way.
"""

from __future__ import annotations

import logging
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..core.errors import FieldError

logger = logging.getLogger(__name__)

Row = tuple[Any, ...]

_ZIP_MAGIC = b"PK\x03\x04"
_OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
#: above this an integral number has lost digits in Excel (15 significant digits): keep it a float
_EXACT_LIMIT = 10**15


class UnreadableFile(Exception):
    """The file cannot be read as a spreadsheet; ``error`` says why, in the catalog's words."""

    def __init__(self, error: FieldError) -> None:
        self.error = error
        super().__init__(error.message)


@dataclass
class SheetRows:
    """One worksheet: its name, the row count the file declares (None when it does not say) and its rows
    as (1-based row number, values) in order, empty rows included."""

    name: str
    declared_rows: int | None
    rows: Iterator[tuple[int, Row]]


def sniff_format(path: Path) -> str:
    """ "xlsx", "xls", "html" (a web page saved with an Excel name) or "unknown"."""
    with open(path, "rb") as f:
        head = f.read(512)
    if head.startswith(_ZIP_MAGIC):
        return "xlsx"
    if head.startswith(_OLE2_MAGIC):
        return "xls"
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if text.startswith((b"<html", b"<!doctype", b"<table", b"<?xml", b"<meta")):
        return "html"
    return "unknown"


@contextmanager
def open_sheets(path: str | Path) -> Iterator[list[SheetRows]]:
    """The worksheets of ``path``, read lazily; the file is closed when the block ends.

    Raises ``UnreadableFile`` for a file that is missing, not a spreadsheet, damaged or password-protected.
    """
    path = Path(path)
    if not path.is_file():
        raise UnreadableFile(FieldError("file", "not_found", {"value": str(path)}))
    kind = sniff_format(path)
    if kind == "xlsx":
        with _open_xlsx(path) as sheets:
            yield sheets
    elif kind == "xls":
        with _open_xls(path) as sheets:
            yield sheets
    elif kind == "html":
        raise UnreadableFile(FieldError("file", "roster.html_xls", {"name": path.name}))
    else:
        raise UnreadableFile(FieldError("file", "roster.unsupported", {"name": path.name}))


def _unreadable(path: Path, exc: BaseException) -> UnreadableFile:
    logger.warning("cannot read %s: %r", path, exc)
    return UnreadableFile(FieldError("file", "roster.unreadable", {"name": path.name, "reason": str(exc)}))


@contextmanager
def _open_xlsx(path: Path) -> Iterator[list[SheetRows]]:
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise _unreadable(path, exc) from exc
    try:
        sheets = []
        for ws in book.worksheets:
            declared = ws.max_row if isinstance(ws.max_row, int) else None
            # a wrong <dimension> (some generators write A1:A1) would cut the rows short in read-only mode
            ws.reset_dimensions()
            sheets.append(SheetRows(ws.title, declared, _xlsx_rows(ws)))
        yield sheets
    finally:
        book.close()


def _xlsx_rows(ws: Any) -> Iterator[tuple[int, Row]]:
    for number, values in enumerate(ws.iter_rows(values_only=True), start=1):
        yield number, tuple(values)


@contextmanager
def _open_xls(path: Path) -> Iterator[list[SheetRows]]:
    import xlrd

    try:
        book = xlrd.open_workbook(str(path), on_demand=True)
    except Exception as exc:  # xlrd raises XLRDError, CompDocError, struct.error … for damaged files
        raise _unreadable(path, exc) from exc
    try:
        sheets = [
            SheetRows(name, book.sheet_by_index(i).nrows, _xls_rows(book, i))
            for i, name in enumerate(book.sheet_names())
        ]
        yield sheets
    finally:
        book.release_resources()


def _xls_rows(book: Any, index: int) -> Iterator[tuple[int, Row]]:
    import xlrd

    sheet = book.sheet_by_index(index)
    for r in range(sheet.nrows):
        values: list[Any] = []
        for cell in sheet.row(r):
            ctype, value = cell.ctype, cell.value
            if ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK, xlrd.XL_CELL_ERROR):
                values.append(None)
            elif ctype == xlrd.XL_CELL_DATE:
                try:
                    values.append(xlrd.xldate.xldate_as_datetime(value, book.datemode))
                except (xlrd.xldate.XLDateError, ValueError, OverflowError):
                    values.append(value)
            elif ctype == xlrd.XL_CELL_NUMBER:
                values.append(
                    int(value) if float(value).is_integer() and abs(value) < _EXACT_LIMIT else value
                )
            elif ctype == xlrd.XL_CELL_BOOLEAN:
                values.append(bool(value))
            else:
                values.append(value)
        yield r + 1, tuple(values)
