"""Export any list to .xlsx with Chinese headers, streamed: 100,000 rows in a few seconds and flat memory.

``export_rows(path, columns, rows)`` writes one sheet: an optional title row merged across the columns, a
bold frozen header row with a filter, then one line per row. Columns are ``(header, getter)`` pairs (or
``Column`` values); a getter is a callable or the name of an attribute / mapping key of the row.

Cells are typed so that Excel keeps them right:
* ID numbers, phones, household numbers and other codes are TEXT (number format "@"), never numbers (Excel
  would turn 18 digits into 5.40102E+17 and drop leading zeros): columns whose header says so (身份证, 电话,
  户号, 编号 …) or declared ``kind="text"``;
* dates are real dates shown yyyy-mm-dd; datetimes (stored in UTC) are shown in local time;
* enum values show their Chinese label, booleans 是/否, lists joined with 、;
* text starting with "=" stays text (never a formula), control characters are dropped.

Ready-made columns: ``PERSON_COLUMNS`` and ``HOUSEHOLD_COLUMNS`` (the GUI's lists), ``PERSON_DETAIL_COLUMNS``
(every register field of a person).
"""

from __future__ import annotations

import logging
import math
import re
import zipfile
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence, Sized
from dataclasses import dataclass
from datetime import date, datetime
from itertools import islice
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape as xml_escape

from ..core.clock import LOCAL_TZ, as_utc
from ..core.enums import (
    Education,
    Gender,
    HouseholdFlag,
    LabeledEnum,
    PersonStatus,
    Relation,
    SpecialGroup,
    split_codes,
)

logger = logging.getLogger(__name__)

Getter = Callable[[Any], Any] | str
Progress = Callable[[int, int], None]

#: header words that make a column text (codes whose digits must survive)
TEXT_HEADER_WORDS = (
    "身份证",
    "证件号",
    "电话",
    "手机",
    "户号",
    "编号",
    "编码",
    "号码",
    "邮编",
    "账号",
    "卡号",
    "流水号",
)
DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
#: rows looked at to size the columns (the sheet is streamed, so widths are fixed before the rows)
WIDTH_SAMPLE_ROWS = 200
PROGRESS_EVERY = 1000
_MIN_WIDTH, _MAX_WIDTH = 6.0, 60.0


@dataclass(frozen=True)
class Column:
    """One column of an export. ``kind``: "auto" (by header and value), "text", "date", "datetime",
    "number"; ``width`` in Excel character units (None: sized from the header and the first rows)."""

    header: str
    get: Getter
    kind: str = "auto"
    width: float | None = None

    def value(self, row: Any) -> Any:
        if callable(self.get):
            return self.get(row)
        return field_of(row, self.get)


ColumnSpec = Column | tuple[str, Getter] | tuple[str, Getter, str]


def field_of(row: Any, name: str, default: Any = None) -> Any:
    """``row.name`` or ``row[name]`` (frozen rows, named tuples, dicts, model objects alike)."""
    if isinstance(row, dict):
        return row.get(name, default)
    value = getattr(row, name, _MISSING)
    if value is _MISSING:
        return row.get(name, default) if isinstance(row, Mapping) else default
    return value


_MISSING = object()


def _fast_getter(col: Column) -> Callable[[Any], Any]:
    if callable(col.get):
        return col.get
    name = col.get
    return lambda row: field_of(row, name)


def attr(name: str) -> Callable[[Any], Any]:
    """A getter for a field of the row; missing fields give an empty cell."""
    return lambda row: field_of(row, name)


def label_of(enum_cls: type[LabeledEnum], name: str) -> Callable[[Any], str]:
    """A getter showing the Chinese label of an enum code field (an unknown code is shown as it is)."""

    def get(row: Any) -> str:
        code = field_of(row, name)
        if code in (None, ""):
            return ""
        try:
            return enum_cls.coerce(code).label
        except ValueError:
            return str(code)

    return get


def labels_of(enum_cls: type[LabeledEnum], name: str) -> Callable[[Any], str]:
    """A getter for a comma-joined set of codes (flags, special groups) shown as labels joined with 、."""

    def get(row: Any) -> str:
        value = field_of(row, name)
        codes = split_codes(value) if isinstance(value, str) or value is None else [str(c) for c in value]
        out = []
        for code in codes:
            try:
                out.append(enum_cls.coerce(code).label)
            except ValueError:
                out.append(code)
        return "、".join(out)

    return get


# --- ready-made column sets ------------------------------------------------------------------------------
# The person and household lists: the columns of the GUI's lists (ui/models persons.py, households.py) over
# the store's frozen list rows (``store.search.PersonHit`` / ``HouseholdHit`` and the list rows of
# ``store.queries``). A field a row does not have gives an empty cell, so model objects and dicts work too.

PERSON_COLUMNS: list[Column] = [
    Column("姓名", "name"),
    Column("藏文姓名", "name_bo"),
    Column("性别", label_of(Gender, "gender")),
    Column("身份证号", "id_number", "text", 21),
    Column("出生日期", "birth_date", "date"),
    Column("与户主关系", label_of(Relation, "relation")),
    Column("户号", "household_no", "text"),
    Column("村（居）", "village_name"),
    Column("网格", "grid_name"),
    Column("住址", "address"),
    Column("联系电话", "phone", "text", 14),
    Column("状态", label_of(PersonStatus, "status")),
]

#: everything the register keeps about a person (``core.models.Person`` objects or rows with its fields)
PERSON_DETAIL_COLUMNS: list[Column] = [
    *PERSON_COLUMNS[:5],
    Column("民族", "ethnicity"),
    *PERSON_COLUMNS[5:11],
    Column("政治面貌", lambda r: "中共党员" if field_of(r, "is_party_member") else ""),
    Column("所在党支部", "party_branch"),
    Column("文化程度", label_of(Education, "education")),
    Column("职业", "occupation"),
    Column("特殊人群", labels_of(SpecialGroup, "special_groups")),
    PERSON_COLUMNS[11],
    Column("变动日期", "status_date", "date"),
    Column("变动说明", "status_note"),
]

HOUSEHOLD_COLUMNS: list[Column] = [
    Column("户号", "household_no", "text"),
    Column("户主", "head_name"),
    Column("户主身份证号", "head_id_number", "text", 21),
    Column("人数", "member_count", "number"),
    Column("村（居）", "village_name"),
    Column("网格", "grid_name"),
    Column("住址", "address"),
    Column("联系电话", "phone", "text", 14),
    Column("户类别", labels_of(HouseholdFlag, "flags")),
]


# --- writing ---------------------------------------------------------------------------------------------


def export_rows(
    path: str | Path,
    columns: Sequence[ColumnSpec],
    rows: Iterable[Any],
    *,
    title: str | None = None,
    sheet_name: str = "数据",
    total: int | None = None,
    progress: Progress | None = None,
) -> int:
    """Write ``rows`` to a new .xlsx at ``path``; returns the number of data rows written.

    ``rows`` is consumed once, lazily (a generator over a paged query keeps memory flat). ``progress(done,
    total)`` is called every ``PROGRESS_EVERY`` rows and at the end; ``total`` is ``len(rows)`` when rows
    has a length, else the ``total`` given, else 0 (unknown). The file is written under a temporary name
    next to ``path`` and renamed at the end, so a failed export never leaves a half-written file behind.
    """
    path = Path(path)
    cols = [_column(c) for c in columns]
    if total is None:
        total = len(rows) if isinstance(rows, Sized) else 0
    iterator = iter(rows)
    sample = list(islice(iterator, WIDTH_SAMPLE_ROWS))
    kinds = [_kind(c, sample) for c in cols]
    widths = [c.width or _width(c, k, sample) for c, k in zip(cols, kinds, strict=True)]
    writers = [_CELL_WRITERS[k] for k in kinds]
    getters = [_fast_getter(c) for c in cols]

    tmp = path.with_name(f".{path.name}.part")
    done = 0
    try:
        with _SheetWriter(tmp, _sheet_title(sheet_name), widths, title=title) as out:
            out.header([c.header for c in cols])
            for row in _chain(sample, iterator):
                out.row(writers, [get(row) for get in getters])
                done += 1
                if progress is not None and done % PROGRESS_EVERY == 0:
                    progress(done, max(total, done))
        tmp.replace(path)
    finally:
        tmp.unlink(missing_ok=True)
    if progress is not None:
        progress(done, done)
    logger.info("exported %d rows to %s", done, path)
    return done


def _chain(first: list[Any], rest: Iterator[Any]) -> Iterator[Any]:
    yield from first
    first.clear()  # the sample is not kept alive for the whole export
    yield from rest


def _column(spec: ColumnSpec) -> Column:
    if isinstance(spec, Column):
        return spec
    if len(spec) == 3:
        return Column(spec[0], spec[1], spec[2])
    return Column(spec[0], spec[1])


def _sheet_title(name: str) -> str:
    # Excel: at most 31 characters, none of []:*?/\
    cleaned = "".join("_" if ch in "[]:*?/\\" else ch for ch in name).strip() or "数据"
    return cleaned[:31]


def _kind(col: Column, sample: list[Any]) -> str:
    if col.kind != "auto":
        return col.kind
    if any(word in col.header for word in TEXT_HEADER_WORDS):
        return "text"
    for row in sample:
        value = col.value(row)
        if value is None or value == "":
            continue
        if isinstance(value, datetime):
            return "datetime"
        if isinstance(value, date):
            return "date"
        return "auto"
    return "auto"


def _display_width(text: str) -> float:
    return sum(2.0 if ord(ch) > 0x2E80 else 1.1 for ch in text)


def _width(col: Column, kind: str, sample: list[Any]) -> float:
    if kind == "date":
        widest = 11.0
    elif kind == "datetime":
        widest = 17.0
    else:
        widest = 0.0
        for row in sample:
            widest = max(widest, _display_width(_as_text(col.value(row))))
    widest = max(widest, _display_width(col.header) + 2)  # room for the filter button
    return round(min(max(widest + 1, _MIN_WIDTH), _MAX_WIDTH), 1)


def _as_text(value: Any) -> str:
    plain = _plain(value)
    if plain is None:
        return ""
    if isinstance(plain, datetime | date):
        return plain.isoformat()
    return str(plain)


def _plain(value: Any) -> Any:
    """A value as Excel takes it: labels for enums, 是/否, local naive datetimes, joined lists."""
    kind = type(value)
    if kind is str or kind is int or kind is float or value is None:
        return value
    if isinstance(value, LabeledEnum):
        return value.label
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, datetime):
        return as_utc(value).astimezone(LOCAL_TZ).replace(tzinfo=None)
    if isinstance(value, date | int | float | str):
        return value
    if isinstance(value, list | tuple | set | frozenset):
        return "、".join(str(_plain(v)) for v in value)
    return str(value)


# --- SpreadsheetML, streamed ------------------------------------------------------------------------------
# openpyxl's write-only mode spends ~50 µs per cell in its XML serialiser (a 100,000-person list took
# minutes); cells written as ready-made XML text cost a few µs. The package below is the minimal one Excel,
# WPS and LibreOffice open: workbook, one sheet, styles; strings inline (no shared-string table in memory).

_STYLE_TEXT, _STYLE_DATE, _STYLE_DATETIME, _STYLE_HEADER, _STYLE_TITLE = 1, 2, 3, 4, 5
_MAX_CELL_CHARS = 32767
_EXCEL_EPOCH = datetime(1899, 12, 30)
_LOTUS_BUG_END = datetime(1900, 3, 1)  # Excel counts a 29 Feb 1900 that never was
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _string_cell(ref: str, text: str, style: int = 0) -> str:
    if not text:
        return ""
    if _XML_ILLEGAL.search(text) is not None:
        text = _XML_ILLEGAL.sub("", text)
    if len(text) > _MAX_CELL_CHARS:
        text = text[:_MAX_CELL_CHARS]
    if "&" in text or "<" in text or ">" in text:
        text = xml_escape(text)
    s = f' s="{style}"' if style else ""
    if text[0].isspace() or text[-1].isspace():
        return f'<c r="{ref}"{s} t="inlineStr"><is><t xml:space="preserve">{text}</t></is></c>'
    return f'<c r="{ref}"{s} t="inlineStr"><is><t>{text}</t></is></c>'


def _serial(value: date) -> str:
    moment = value if isinstance(value, datetime) else datetime(value.year, value.month, value.day)
    delta = moment - _EXCEL_EPOCH
    days = delta.days - (1 if moment < _LOTUS_BUG_END else 0)
    if delta.seconds or delta.microseconds:
        return repr(days + (delta.seconds + delta.microseconds / 1e6) / 86400)
    return str(days)


def _cell_auto(ref: str, value: Any) -> str:
    value = _plain(value)
    if value is None:
        return ""
    if type(value) is str:
        return _string_cell(ref, value)
    if isinstance(value, datetime):
        return f'<c r="{ref}" s="{_STYLE_DATETIME}"><v>{_serial(value)}</v></c>'
    if isinstance(value, date):
        return f'<c r="{ref}" s="{_STYLE_DATE}"><v>{_serial(value)}</v></c>'
    if isinstance(value, float) and not math.isfinite(value):
        return _string_cell(ref, str(value))
    if isinstance(value, int | float):
        return f'<c r="{ref}"><v>{value!r}</v></c>'
    return _string_cell(ref, str(value))


def _cell_text(ref: str, value: Any) -> str:
    value = _plain(value)
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, datetime | date):
        value = value.isoformat()
    return _string_cell(ref, str(value), _STYLE_TEXT)


CellWriter = Callable[[str, Any], str]
_CELL_WRITERS: dict[str, CellWriter] = {
    "auto": _cell_auto,
    "text": _cell_text,
    "date": _cell_auto,
    "datetime": _cell_auto,
    "number": _cell_auto,
}


def column_letter(index: int) -> str:
    """0 → A, 25 → Z, 26 → AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


class _SheetWriter:
    """Writes a one-sheet .xlsx, the rows streamed into the zip as they come."""

    _FLUSH_ROWS = 500

    def __init__(self, path: Path, sheet_title: str, widths: list[float], *, title: str | None) -> None:
        self.path = path
        self.sheet_title = sheet_title
        self.widths = widths
        self.title = title
        self.letters = [column_letter(i) for i in range(max(len(widths), 1))]
        self.row_number = 0
        self.header_row = 0
        self._buffer: list[str] = []

    def __enter__(self) -> _SheetWriter:
        self.zip = zipfile.ZipFile(self.path, "w", zipfile.ZIP_DEFLATED, compresslevel=6)
        self.sheet = self.zip.open("xl/worksheets/sheet1.xml", "w", force_zip64=True)
        first_data_row = 3 if self.title else 2
        cols = "".join(
            f'<col min="{i}" max="{i}" width="{w}" customWidth="1"/>'
            for i, w in enumerate(self.widths, start=1)
        )
        self.sheet.write(
            (
                '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                f'<worksheet xmlns="{_NS_MAIN}" xmlns:r="{_NS_REL}">'
                '<sheetViews><sheetView workbookViewId="0">'
                f'<pane ySplit="{first_data_row - 1}" topLeftCell="A{first_data_row}" activePane="bottomLeft" state="frozen"/>'
                f'<selection pane="bottomLeft" activeCell="A{first_data_row}" sqref="A{first_data_row}"/>'
                "</sheetView></sheetViews>"
                '<sheetFormatPr defaultRowHeight="15"/>'
                f"{f'<cols>{cols}</cols>' if cols else ''}"
                "<sheetData>"
            ).encode()
        )
        if self.title:
            self._styled_row([self.title], _STYLE_TITLE, height=26)
        return self

    def header(self, headers: list[str]) -> None:
        self._styled_row(headers, _STYLE_HEADER, height=20)
        self.header_row = self.row_number

    def _styled_row(self, texts: list[str], style: int, height: float) -> None:
        self.row_number += 1
        n = self.row_number
        cells = "".join(_string_cell(f"{c}{n}", t, style) for c, t in zip(self.letters, texts, strict=False))
        self._buffer.append(f'<row r="{n}" ht="{height}" customHeight="1">{cells}</row>')

    def row(self, writers: list[CellWriter], values: list[Any]) -> None:
        self.row_number += 1
        n = self.row_number
        parts = [f'<row r="{n}">']
        for letter, write, value in zip(self.letters, writers, values, strict=False):
            if value is not None:
                parts.append(write(f"{letter}{n}", value))
        parts.append("</row>")
        self._buffer.append("".join(parts))
        if len(self._buffer) >= self._FLUSH_ROWS:
            self._flush()

    def _flush(self) -> None:
        self.sheet.write("".join(self._buffer).encode())
        self._buffer.clear()

    def __exit__(self, *exc: object) -> None:
        try:
            if exc[0] is None:
                self._finish()
        finally:
            if not self.sheet.closed:
                self.sheet.close()
            self.zip.close()

    def _finish(self) -> None:
        self._flush()
        last = self.letters[-1]
        filter_ref = f"A{self.header_row}:{last}{max(self.row_number, self.header_row + 1)}"
        merge = f'<mergeCells count="1"><mergeCell ref="A1:{last}1"/></mergeCells>' if self.title else ""
        self.sheet.write(
            (
                f'</sheetData><autoFilter ref="{filter_ref}"/>{merge}'
                '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>'
                "</worksheet>"
            ).encode()
        )
        self.sheet.close()
        name = xml_escape(self.sheet_title, {'"': "&quot;"})
        quoted = self.sheet_title.replace("'", "''")
        defined = _absolute(f"'{quoted}'!{filter_ref}")
        self.zip.writestr("[Content_Types].xml", _CONTENT_TYPES)
        self.zip.writestr("_rels/.rels", _ROOT_RELS)
        self.zip.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)
        self.zip.writestr("xl/styles.xml", _STYLES)
        self.zip.writestr(
            "xl/workbook.xml",
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<workbook xmlns="{_NS_MAIN}" xmlns:r="{_NS_REL}">'
            '<bookViews><workbookView activeTab="0"/></bookViews>'
            f'<sheets><sheet name="{name}" sheetId="1" r:id="rId1"/></sheets>'
            f'<definedNames><definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">'
            f"{xml_escape(defined)}</definedName></definedNames>"
            "</workbook>",
        )


def _absolute(ref: str) -> str:
    """'人员'!A2:P100 → '人员'!$A$2:$P$100."""
    sheet, _, cells = ref.rpartition("!")
    parts = []
    for part in cells.replace("$", "").split(":"):
        m = re.match(r"([A-Z]+)(\d+)", part)
        parts.append(f"${m.group(1)}${m.group(2)}" if m else part)
    return f"{sheet}!{':'.join(parts)}"


_NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    '<Override PartName="/xl/styles.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
    "</Types>"
)
_ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="xl/workbook.xml"/>'
    "</Relationships>"
)
_WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
    'Target="worksheets/sheet1.xml"/>'
    '<Relationship Id="rId2" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" '
    'Target="styles.xml"/>'
    "</Relationships>"
)
# cellXfs: 0 general, 1 text "@" (built-in 49), 2 date, 3 date-time, 4 header (bold, filled), 5 title
_STYLES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    f'<styleSheet xmlns="{_NS_MAIN}">'
    '<numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/>'
    '<numFmt numFmtId="165" formatCode="yyyy-mm-dd hh:mm"/></numFmts>'
    '<fonts count="3">'
    '<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>'
    '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font>'
    '<font><b/><sz val="14"/><name val="Calibri"/><family val="2"/></font>'
    "</fonts>"
    '<fills count="3"><fill><patternFill patternType="none"/></fill>'
    '<fill><patternFill patternType="gray125"/></fill>'
    '<fill><patternFill patternType="solid"><fgColor rgb="FFDDEBF7"/><bgColor indexed="64"/></patternFill></fill>'
    "</fills>"
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
    '<cellXfs count="6">'
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    '<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    '<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    '<xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1" applyAlignment="1">'
    '<alignment horizontal="center" vertical="center" wrapText="1"/></xf>'
    '<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1">'
    '<alignment horizontal="center" vertical="center"/></xf>'
    "</cellXfs>"
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
    "</styleSheet>"
)
