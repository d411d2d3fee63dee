"""The roster template: expected columns, lists, text formats, instructions, and it imports as it is."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from gov_desktop.reports.roster_fields import match_header
from gov_desktop.reports.roster_import import parse_roster
from gov_desktop.reports.templates import (
    ROSTER_COLUMNS,
    ROSTER_TEMPLATE_NAME,
    build_roster_template,
    roster_template_path,
    save_roster_template,
)

HEADERS = [c.header for c in ROSTER_COLUMNS]


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_roster_template(tmp_path_factory.mktemp("template") / "t.xlsx")


def test_template_has_the_expected_sheet_layout(template: Path) -> None:
    book = load_workbook(template)
    assert book.sheetnames == ["户籍花名册", "选项", "填表说明"]
    assert book["选项"].sheet_state == "hidden"
    sheet = book["户籍花名册"]
    assert "户籍花名册" in sheet["A1"].value
    assert [c.value for c in sheet[2]] == HEADERS
    assert HEADERS[:5] == ["序号", "户号*", "姓名*", "与户主关系*", "身份证号*"]
    id_col = HEADERS.index("身份证号*") + 1
    assert sheet.cell(row=3, column=id_col).data_type == "s"  # the example ID is text
    assert all(sheet.cell(row=r, column=id_col).number_format == "@" for r in (3, 100, 2002))
    lists = {str(dv.sqref)[0]: dv for dv in sheet.data_validations.dataValidation}
    letters = {h.rstrip("*"): chr(ord("A") + i) for i, h in enumerate(HEADERS)}
    for header in ("性别", "与户主关系", "民族", "政治面貌", "文化程度"):
        assert lists[letters[header]].type == "list"
    options = book["选项"]
    columns = {options.cell(row=1, column=c).value: c for c in range(1, 6)}
    relations = [options.cell(row=r, column=columns["与户主关系"]).value for r in range(2, 11)]
    assert relations[0] == "户主" and "配偶" in relations
    assert options.cell(row=5, column=columns["民族"]).value == "藏族"
    notes = [c.value for row in book["填表说明"].iter_rows() for c in row if c.value]
    assert "填表说明" in notes and any("科学计数法" in str(n) for n in notes)


def test_every_template_header_is_understood_by_the_importer() -> None:
    for column in ROSTER_COLUMNS:
        assert match_header(column.header) == column.field


def test_template_imports_and_its_examples_are_skipped(template: Path, tmp_path: Path) -> None:
    preview = parse_roster(template)
    assert preview.ok and preview.counts.rows == 0 and [s.name for s in preview.sheets] == ["户籍花名册"]
    book = load_workbook(template)
    sheet = book["户籍花名册"]
    sheet["A3"], sheet["A4"] = 1, 2  # the examples, filled in for real
    path = tmp_path / "filled.xlsx"
    book.save(path)
    preview = parse_roster(path)
    assert preview.counts.valid_rows == 2 and preview.counts.valid_households == 1
    [household] = preview.households
    assert household.household_no == "0001" and household.flags == ("dibao",)
    assert household.head is not None and household.head.person is not None
    spouse = household.rows[1].person
    assert spouse is not None and spouse.is_party_member and spouse.name_bo == "སྒྲོལ་མ།"


def test_the_committed_template_is_current(tmp_path: Path) -> None:
    committed = roster_template_path()
    assert committed is not None and committed.name == ROSTER_TEMPLATE_NAME
    assert [c.value for c in load_workbook(committed)["户籍花名册"][2]] == HEADERS
    copy = save_roster_template(tmp_path / "下载" / "模板.xlsx")
    assert copy.read_bytes() == committed.read_bytes()
