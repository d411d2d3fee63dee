"""A list as a printed table: the households of a grid to take on visits, today's requests, open appeals.

``list_html(title, headers, rows)`` lays rows of cell texts out as HTML for Qt's rich text: a heading, when
it was printed and how many rows, and one table whose header row Qt repeats on every page (``<thead>``).
``printed_row`` turns a row into the texts of the export columns: dates, times and flags as people write
them, and ID numbers masked as on the receipt (paper leaves the office; Excel, which stays on the desk, has
them whole). Everything is escaped. Printing is for lists a person reads on paper: past ``MAX_ROWS`` the
app asks for a narrower filter or Excel instead.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from html import escape
from typing import Any

from ..core.clock import LOCAL_TZ
from .receipt import mask_id_number
from .xlsx_export import Column

#: the most rows a printed list may have (about 45 pages of A4; a grid's or a village's list). Qt lays the
#: whole table out and paints every page of the preview on the GUI thread: ~0.7 s for 500 rows. (A table
#: with ``border-collapse`` takes three times as long: its borders are drawn cell by cell.)
MAX_ROWS = 500


def cell_text(value: Any) -> str:
    """A column value as printed: county time for a time, ISO dates, 是/否, "" for nothing."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            value = value.astimezone(LOCAL_TZ)
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return "是" if value else "否"
    return str(value)


def printed_row(columns: Sequence[Column], row: Any) -> list[str]:
    """The cells of ``row`` as printed: ``cell_text`` of each column, ID numbers masked."""
    cells = []
    for column in columns:
        text = cell_text(column.value(row))
        cells.append(mask_id_number(text) if "身份证" in column.header else text)
    return cells


def list_html(
    title: str, headers: Sequence[str], rows: Sequence[Sequence[str]], *, printed_at: datetime, note: str = ""
) -> str:
    """The table as HTML for QTextDocument; ``note``: a line under the heading (the filter, say)."""
    when = printed_at.astimezone(LOCAL_TZ).strftime("%Y-%m-%d %H:%M")
    head = "".join(f"<th>{escape(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>" for row in rows)
    line = f"打印时间 {when}　共 {len(rows)} 条" + (f"　{escape(note)}" if note else "")
    return (
        "<html><body style='font-size: 9pt;'>"
        f"<h3 style='margin: 0 0 4px 0;'>{escape(title)}</h3>"
        f"<p style='margin: 0 0 6px 0; color: #444;'>{line}</p>"
        "<table border='1' cellspacing='0' cellpadding='3' width='100%'>"
        f"<thead><tr style='background: #eeeeee;'>{head}</tr></thead><tbody>{body}</tbody></table>"
        "</body></html>"
    )
