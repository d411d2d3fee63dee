"""Export to .xlsx: text IDs and phones, real dates, Chinese headers, a title, streaming of large lists."""

from __future__ import annotations

import tracemalloc
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from gov_desktop.core.enums import Gender, PersonStatus, Relation
from gov_desktop.core.models import Person
from gov_desktop.reports.xlsx_export import (
    HOUSEHOLD_COLUMNS,
    PERSON_COLUMNS,
    PERSON_DETAIL_COLUMNS,
    Column,
    column_letter,
    export_rows,
)

ID = "540102198503020119"


@dataclass(frozen=True)
class Row:
    name: str
    id_number: str
    phone: str
    birth_date: date | None
    accepted_at: datetime
    gender: Gender
    party: bool
    visits: int
    note: str


def sample_rows(n: int) -> Iterator[Row]:
    for i in range(n):
        yield Row(
            name=f"扎西{i}",
            id_number=ID,
            phone="013800138000" if i == 0 else "13800138000",
            birth_date=date(1985, 3, 2) if i % 2 == 0 else None,
            accepted_at=datetime(2024, 3, 15, 8, 30, tzinfo=UTC),
            gender=Gender.MALE,
            party=i == 0,
            visits=i,
            note="=1+1" if i == 0 else "a\x07b <&>",
        )


COLUMNS: list[Any] = [
    ("姓名", "name"),
    ("身份证号", "id_number"),
    ("联系电话", lambda r: r.phone),
    ("出生日期", "birth_date"),
    ("受理时间", "accepted_at"),
    ("性别", "gender"),
    ("党员", "party"),
    ("跑动次数", "visits"),
    ("备注", "note"),
]


def test_cells_are_typed_so_excel_keeps_them(tmp_path: Path) -> None:
    path = tmp_path / "办件.xlsx"
    assert export_rows(path, COLUMNS, list(sample_rows(3)), title="办件清单", sheet_name="办件") == 3
    book = load_workbook(path)
    sheet = book["办件"]
    assert sheet["A1"].value == "办件清单" and "A1:I1" in {str(r) for r in sheet.merged_cells.ranges}
    assert [c.value for c in sheet[2]] == [h for h, _ in COLUMNS]
    assert all(c.font.b for c in sheet[2])
    assert sheet.freeze_panes == "A3"
    assert sheet.auto_filter.ref == "A2:I5"
    _name, id_cell, phone, birth, accepted, gender, party, visits, note = sheet[3]
    assert id_cell.value == ID and id_cell.data_type == "s" and id_cell.number_format == "@"
    assert phone.value == "013800138000" and phone.data_type == "s"  # the leading 0 survives
    assert birth.value == datetime(1985, 3, 2) and birth.is_date and birth.number_format == "yyyy-mm-dd"
    assert accepted.is_date and accepted.number_format == "yyyy-mm-dd hh:mm"
    assert accepted.value == datetime(2024, 3, 15, 16, 30)  # county time (UTC+8), whatever the machine's zone
    assert (gender.value, party.value, visits.value) == ("男", "是", 0)
    assert note.value == "=1+1" and note.data_type == "s"  # text, never a formula
    assert sheet["I4"].value == "ab <&>"  # control character dropped, XML escaped
    assert sheet["D4"].value is None
    assert sheet.column_dimensions["B"].width >= 18


def test_person_and_household_columns(tmp_path: Path) -> None:
    person = Person(
        township_code="540102001",
        name="卓玛",
        gender="female",
        id_number="54010219870509022X",
        birth_date=date(1987, 5, 9),
        relation=Relation.SPOUSE.value,
        special_groups="disabled,veteran",
        education="junior",
        is_party_member=True,
        status=PersonStatus.ACTIVE.value,
    )
    path = tmp_path / "人员.xlsx"
    export_rows(path, PERSON_DETAIL_COLUMNS, [person])
    sheet = load_workbook(path).active
    values = dict(zip([c.value for c in sheet[1]], [c.value for c in sheet[2]], strict=True))
    assert values["性别"] == "女" and values["与户主关系"] == "配偶" and values["文化程度"] == "初中"
    assert values["特殊人群"] == "残疾人、退役军人" and values["政治面貌"] == "中共党员"
    assert values["身份证号"] == "54010219870509022X" and values["村（居）"] is None

    list_headers = "姓名 藏文姓名 性别 身份证号 出生日期 与户主关系 户号 村（居） 网格 住址 联系电话 状态"
    assert [c.header for c in PERSON_COLUMNS] == list_headers.split()
    household = {"household_no": "0012", "head_name": "扎西", "member_count": 4, "flags": "dibao,junshu"}
    export_rows(tmp_path / "户.xlsx", HOUSEHOLD_COLUMNS, [household])
    sheet = load_workbook(tmp_path / "户.xlsx").active
    values = dict(zip([c.value for c in sheet[1]], [c.value for c in sheet[2]], strict=True))
    assert values["户号"] == "0012" and values["人数"] == 4 and values["户类别"] == "低保户、军属"


def test_large_exports_stream_to_disk(tmp_path: Path) -> None:
    """20,000 rows (the same code path as 100,000): rows are pulled lazily and written as they come."""
    path = tmp_path / "big.xlsx"
    part = tmp_path / ".big.xlsx.part"
    seen_on_disk: list[int] = []

    def rows(n: int) -> Iterator[dict[str, Any]]:
        for i in range(n):
            if i == n - 1:
                seen_on_disk.append(part.stat().st_size)
            yield {"name": f"人员{i}", "id_number": ID, "birth_date": date(1985, 3, 2), "n": i}

    columns = [("姓名", "name"), ("身份证号", "id_number"), ("出生日期", "birth_date"), ("序号", "n")]
    progress: list[tuple[int, int]] = []
    written = export_rows(
        path, columns, rows(20_000), total=20_000, progress=lambda d, t: progress.append((d, t))
    )
    assert written == 20_000
    assert seen_on_disk[0] > 100_000  # most rows were already compressed into the file before the last one
    assert progress[0] == (1000, 20_000) and progress[-1] == (20_000, 20_000)
    assert not part.exists()
    with zipfile.ZipFile(path) as package:  # openpyxl would take seconds to read it all back
        xml = package.read("xl/worksheets/sheet1.xml").decode()
    assert xml.count("<row ") == 20_001
    last = xml[xml.rindex('<row r="20001"') :]
    assert ">人员19999<" in last and f">{ID}<" in last and "<v>31108</v>" in last  # 1985-03-02


def test_memory_does_not_grow_with_the_row_count(tmp_path: Path) -> None:
    def peak(n: int) -> int:
        rows = ({"a": f"张三{i}", "b": ID, "c": date(2000, 1, 1)} for i in range(n))
        tracemalloc.start()
        export_rows(tmp_path / f"m{n}.xlsx", [("姓名", "a"), ("身份证号", "b"), ("日期", "c")], rows)
        _, top = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        return top

    small, large = peak(500), peak(3_000)
    assert large < small * 1.5 + 200_000


def test_a_failed_export_leaves_no_file(tmp_path: Path) -> None:
    def rows() -> Iterator[dict[str, str]]:
        yield {"a": "1"}
        raise RuntimeError("query failed")

    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(RuntimeError):
        export_rows(folder / "x.xlsx", [Column("甲", "a")], rows())
    assert list(folder.iterdir()) == []


def test_column_letters() -> None:
    assert [column_letter(i) for i in (0, 25, 26, 701, 702)] == ["A", "Z", "AA", "ZZ", "AAA"]
