"""A list as a printed table: cell texts, masked ID numbers, escaping, the repeated header row."""

from __future__ import annotations

from datetime import UTC, date, datetime

from gov_desktop.reports.list_print import cell_text, list_html, printed_row
from gov_desktop.reports.xlsx_export import Column


def test_cells_read_as_people_write_them() -> None:
    assert cell_text(None) == ""
    assert cell_text(date(2026, 3, 2)) == "2026-03-02"
    assert cell_text(datetime(2026, 3, 2, 1, 30, tzinfo=UTC)) == "2026-03-02 09:30"  # county time
    assert (cell_text(True), cell_text(False)) == ("是", "否")
    assert cell_text(3) == "3"


def test_id_numbers_are_masked_on_paper_and_nothing_else_is() -> None:
    columns = [
        Column("姓名", "name"),
        Column("身份证号", "id_number", "text"),
        Column("户主身份证号", "head", "text"),
        Column("联系电话", "phone", "text"),
    ]
    row = {
        "name": "张晓华",
        "id_number": "542525198001011234",
        "head": "54252519800101123X",
        "phone": "13800138000",
    }
    assert printed_row(columns, row) == ["张晓华", "542525********1234", "542525********123X", "13800138000"]


def test_the_table_escapes_what_users_typed_and_repeats_its_header() -> None:
    html = list_html(
        "走访记录",
        ["户号", "走访情况"],
        [["H001", "<b>房屋</b> & 院墙"], ["H002", "正常"]],
        printed_at=datetime(2026, 3, 2, 1, 30, tzinfo=UTC),
        note="待跟进",
    )
    assert "&lt;b&gt;房屋&lt;/b&gt; &amp; 院墙" in html and "<b>" not in html
    assert "<thead><tr" in html and html.count("<th>") == 2 and html.count("<tr>") == 2
    assert "打印时间 2026-03-02 09:30　共 2 条　待跟进" in html
