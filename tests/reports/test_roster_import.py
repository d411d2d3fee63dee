"""Roster import: messy rosters made with openpyxl, a committed legacy .xls, the preview's problems, and the
one-transaction write through the register use cases."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import event, func
from sqlmodel import col, select

from gov_desktop.core.enums import Gender, Relation, Role
from gov_desktop.core.errors import DomainError, FieldError
from gov_desktop.core.models import Household, Person
from gov_desktop.core.validation import make_id_number
from gov_desktop.reports import roster_fields as vocab
from gov_desktop.reports import roster_import
from gov_desktop.reports.roster_import import (
    Grouping,
    Severity,
    import_roster,
    parse_birth,
    parse_roster,
    write_rejects_report,
)
from gov_desktop.store.actor import Actor
from gov_desktop.store.engine import Store, open_store
from gov_desktop.store.usecases import register as register_uc

TOWNSHIP = "540102001"
DATA = Path(__file__).parent / "data"


def ident(birth: date, seq: int, gender: Gender = Gender.MALE) -> str:
    return make_id_number("540102", birth, seq, gender)


def wrong_check_digit(number: str) -> str:
    last = "0" if number[-1] != "0" else "1"
    return number[:17] + last


# --- the messy roster ------------------------------------------------------------------------------------

ZHAXI = ident(date(1985, 3, 2), 11)
ZHUOMA = ident(date(1987, 5, 9), 22, Gender.FEMALE)
CIREN = ident(date(2010, 1, 20), 33)
LAMU_BAD = wrong_check_digit(ident(date(2012, 3, 5), 44, Gender.FEMALE))
SERIAL = 33000  # an Excel date serial: 1990-05-07
LIMEI = ident(date(1899, 12, 30) + timedelta(days=SERIAL), 56, Gender.FEMALE)
ZHANGWEI = ident(date(1980, 1, 1), 61)
ZHAOLIU = ident(date(1975, 6, 6), 71)
GESANG = ident(date(1991, 1, 1), 81)
EXPECTED_BAD = "0" if LAMU_BAD[-1] != "0" else "1"


def messy_roster(path: Path) -> Path:
    """A roster as offices send them: title and merged cells above the header, other header spellings,
    full-width digits, spaces in IDs, numbers where text belongs, four date forms, a footer."""
    book = Workbook()
    sheet = book.active
    sheet.title = "花名册"
    sheet["A1"] = "XX乡XX村户籍花名册"
    sheet.merge_cells("A1:N1")
    sheet["A2"] = "填报单位：XX村委会"
    sheet.merge_cells("A2:F2")
    sheet["G2"] = "填报日期：2024年3月"
    header = "序号 户编号 姓\u3000名 关系 公民身份号码 性别 民族 出生年月 现住址 手机号 户类别 政治面貌 文化程度 备注"
    sheet.append(header.split(" "))
    full_width = ZHUOMA.translate(str.maketrans("0123456789X", "０１２３４５６７８９Ｘ"))
    rows: list[list[Any]] = [
        # household 001: head, wife, son, daughter with a wrong check digit
        [
            1,
            "001",
            "扎西 次仁",
            "户主",
            f"{ZHAXI[:6]} {ZHAXI[6:14]} {ZHAXI[14:]}",
            "男",
            "藏",
            datetime(1985, 3, 2),
            "一组12号",
            13800138000,
            "低保户、军属",
            "中共党员",
            "初中",
            None,
        ],
        [2, None, "卓玛", "妻", full_width, "女", "藏族", "1987年5月9日", None, "13900139000", None, "群众"],
        [3, None, "次仁", "长子", CIREN, None, "藏族", "2010.1.20", None, None, None, None, "小学在读"],
        [4, None, "拉姆", "长女", LAMU_BAD, "女", "藏族", None],
        # household 002: the head's ID number was stored as a number → the whole household is skipped
        [5, "002", "王五", "户主", 540102198001011, "男", "汉族", None, "二组3号"],
        [6, "002", "李梅", "妻子", LIMEI, "女", "汉族", SERIAL],
        # household 003: members with a scientific-notation ID, a duplicate ID, an already registered ID
        [7, "003", "张伟", "户主", ZHANGWEI, "男", "汉族", "19800101", "三组8号", "0891-1234567"],
        [8, "003", "张强", "子", 5.40102200501010e17, "男", "汉族"],
        [9, "003", "张丽", "女儿", ZHUOMA, "女", "汉族"],
        [10, "003", "赵六", "其他", ZHAOLIU, "男", "汉族"],
        # household 004: the head's birth date disagrees with the ID number
        [11, "004", "格桑", "户主", GESANG, "男", "藏族", "1990-01-01"],
        ["合计：4户11人"],
        ["填表人：", None, None, "审核人："],
    ]
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def by_name(preview: roster_import.RosterPreview) -> dict[str, roster_import.RosterRow]:
    return {r.name: r for r in preview.rows}


def codes(row: roster_import.RosterRow, severity: Severity | None = None) -> set[str]:
    return {p.code for p in row.problems if severity is None or p.severity is severity}


def registered(name: str) -> roster_import.ExistsLookup:
    return lambda number: name if number == ZHAOLIU else None


@pytest.fixture
def messy(tmp_path: Path) -> Path:
    return messy_roster(tmp_path / "花名册.xlsx")


def test_header_row_is_found_below_title_and_merged_cells(messy: Path) -> None:
    preview = parse_roster(messy)
    assert preview.ok
    [layout] = preview.sheets
    assert layout.header_row == 3
    assert layout.grouping is Grouping.HOUSEHOLD_NO
    assert {
        "household_no",
        "name",
        "relation",
        "id_number",
        "birth_date",
        "address",
        "phone",
        "flags",
    } <= set(layout.columns)
    assert layout.ignored == ("序号",)


def test_every_row_gets_its_problems(messy: Path) -> None:
    preview = parse_roster(messy, exists=registered("赵六"), today=date(2026, 1, 1))
    rows = by_name(preview)
    assert list(rows) == [
        "扎西次仁",
        "卓玛",
        "次仁",
        "拉姆",
        "王五",
        "李梅",
        "张伟",
        "张强",
        "张丽",
        "赵六",
        "格桑",
    ]

    # spaces inside the ID, Excel date cell, phone stored as a number: fine
    head = rows["扎西次仁"]
    assert head.ok and head.id_number == ZHAXI and not head.problems
    assert head.person is not None and head.person.phone == "13800138000" and head.person.is_party_member
    assert head.person.ethnicity == "藏族" and head.person.education == "junior"
    # full-width digits; "1987年5月9日"; the later duplicate is reported back as a warning
    assert rows["卓玛"].ok and rows["卓玛"].id_number == ZHUOMA
    assert codes(rows["卓玛"]) == {"roster.duplicate_later"}
    assert rows["次仁"].ok and rows["次仁"].relation is Relation.SON  # "长子"; "2010.1.20"
    # wrong check digit: the exact message of core validation
    [problem] = rows["拉姆"].errors
    assert problem.code == "id_number.checksum"
    assert problem.message == f"身份证号校验位错误（应为{EXPECTED_BAD}），请核对是否输错"

    # ID stored as a number → the head is refused, so is the whole household
    assert codes(rows["王五"]) == {"id_number.numeric"}
    assert rows["王五"].errors[0].message == "身份证号被Excel存成了数字，请将该列设为文本格式"
    assert codes(rows["李梅"]) == {"roster.household_rejected"}  # her own row (date serial) is fine
    assert rows["李梅"].errors[0].message == "整户未导入：户主（第8行）有错误"

    assert rows["张伟"].ok  # "19800101"
    assert codes(rows["张强"]) == {"id_number.scientific"}
    assert "科学计数法" in rows["张强"].errors[0].message
    assert codes(rows["张丽"]) == {"roster.duplicate_in_file"}
    assert rows["张丽"].errors[0].message == f"身份证号{ZHUOMA}在表中重复，与“花名册”第5行相同"
    assert codes(rows["赵六"]) == {"id_number.duplicate"}
    assert rows["赵六"].errors[0].message == f"身份证号{ZHAOLIU}已登记给赵六"

    assert codes(rows["格桑"]) == {"id_number.mismatch_birth"}
    assert rows["格桑"].errors[0].message == "出生日期与身份证号不符（身份证号显示为1991-01-01）"


def test_households_and_counts(messy: Path) -> None:
    preview = parse_roster(messy, exists=registered("赵六"))
    households = {h.household_no: h for h in preview.households}
    assert list(households) == ["001", "002", "003", "004"]
    first = households["001"]
    assert first.ok and first.head is not None and first.head.name == "扎西次仁"
    assert [r.name for r in first.rows_to_import] == ["扎西次仁", "卓玛", "次仁"]  # 拉姆 is skipped alone
    assert first.flags == ("dibao", "junshu") and first.address == "一组12号"
    assert first.phone == "13800138000"
    assert not households["002"].ok and households["002"].rows_to_import == []
    assert [r.name for r in households["003"].rows_to_import] == ["张伟"]
    assert not households["004"].ok
    counts = preview.counts
    assert (counts.rows, counts.valid_rows, counts.rejected_rows, counts.warning_rows) == (11, 4, 7, 1)
    assert (counts.households, counts.valid_households, counts.skipped_households) == (4, 2, 2)


def test_progress_reports_done_and_total(messy: Path) -> None:
    calls: list[tuple[int, int]] = []
    parse_roster(messy, progress=lambda done, total: calls.append((done, total)))
    assert calls and calls[-1][0] == calls[-1][1] > 0


# --- writing ---------------------------------------------------------------------------------------------


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = open_store(tmp_path / "t.db", key=None)
    yield opened
    opened.close()


ADMIN = Actor("admin", Role.TOWNSHIP_ADMIN, TOWNSHIP)


def lookup(store: Store) -> roster_import.ExistsLookup:
    def exists(number: str) -> str | None:
        with store.reader() as s:
            person = s.exec(
                select(Person).where(col(Person.id_number) == number, col(Person.deleted).is_(False))
            ).first()
            return person.name if person else None

    return exists


def counts_in(store: Store) -> tuple[int, int]:
    with store.reader() as s:
        households = s.exec(select(func.count()).select_from(Household)).one()
        persons = s.exec(select(func.count()).select_from(Person)).one()
    return households, persons


def register_existing(store: Store, household_no: str = "900", id_number: str = ZHAOLIU) -> None:
    created = register_uc.register_household(store, ADMIN, register_uc.HouseholdInput(household_no))
    register_uc.register_person(
        store, ADMIN, created.id, register_uc.PersonInput("赵六", id_number, relation="户主")
    )


def test_import_writes_exactly_the_valid_rows_in_one_transaction(messy: Path, store: Store) -> None:
    register_existing(store)
    preview = parse_roster(messy, exists=lookup(store))
    commits: list[int] = []
    event.listen(store.engine, "commit", lambda conn: commits.append(1))
    progress: list[tuple[int, int]] = []
    result = import_roster(store, ADMIN, preview, progress=lambda d, t: progress.append((d, t)))

    assert len(commits) == 1
    assert (result.households_created, result.persons_created) == (2, 4)
    assert result.skipped_rows == 7 and result.write_refusals == ()
    assert progress[-1] == (4, 4)
    assert counts_in(store) == (3, 5)
    with store.reader() as s:
        households = {h.household_no: h for h in s.exec(select(Household)).all()}
        people = {p.name: p for p in s.exec(select(Person)).all()}
    first = households["001"]
    assert first.flags == "dibao,junshu" and first.address == "一组12号" and first.phone == "13800138000"
    assert first.head_person_id == people["扎西次仁"].id
    assert {n for n, p in people.items() if p.household_id == first.id} == {"扎西次仁", "卓玛", "次仁"}
    zhuoma = people["卓玛"]
    assert (zhuoma.gender, zhuoma.birth_date, zhuoma.relation) == ("female", date(1987, 5, 9), "spouse")
    assert people["次仁"].relation == "son" and people["扎西次仁"].is_party_member
    assert households["003"].head_person_id == people["张伟"].id
    assert result.changes.ids("person") == {people[n].id for n in ("扎西次仁", "卓玛", "次仁", "张伟")}
    assert preview.households[0].household_id == first.id


@pytest.mark.parametrize(
    ("function", "failing_call"),
    [
        ("register_person_in", 2),  # the second household's head: the first household is written
        ("register_persons_in", 1),  # the members, after every household and head
    ],
)
def test_nothing_is_written_when_the_import_fails_midway(
    messy: Path, store: Store, monkeypatch: pytest.MonkeyPatch, function: str, failing_call: int
) -> None:
    preview = parse_roster(messy)
    real = getattr(register_uc, function)
    calls = {"n": 0}

    def flaky(*args: Any, **kwargs: Any) -> Any:
        calls["n"] += 1
        if calls["n"] == failing_call:
            raise RuntimeError("disk full")
        return real(*args, **kwargs)

    monkeypatch.setattr(register_uc, function, flaky)
    with pytest.raises(RuntimeError):
        import_roster(store, ADMIN, preview)
    assert counts_in(store) == (0, 0)


def test_a_household_refused_while_writing_is_left_out_and_reported(
    messy: Path, store: Store, tmp_path: Path
) -> None:
    register_existing(store, household_no="003", id_number=ident(date(1960, 1, 1), 99))
    preview = parse_roster(messy)  # no lookups: the preview cannot know
    result = import_roster(store, ADMIN, preview)
    assert result.households_created == 1 and result.persons_created == 3
    assert [r.name for r in result.write_refusals] == ["张伟", "赵六"]
    zhangwei = by_name(preview)["张伟"]
    assert not zhangwei.ok
    assert zhangwei.errors[-1].message == "整户未导入：户号003已存在"
    assert counts_in(store) == (2, 4)
    report = tmp_path / "rejects.xlsx"
    assert write_rejects_report(preview, report) == 8


def test_household_lookup_in_the_preview(messy: Path) -> None:
    preview = parse_roster(messy, household_exists=lambda no: no == "001")
    rows = by_name(preview)
    assert codes(rows["扎西次仁"]) == {"roster.household_rejected"}
    assert rows["扎西次仁"].errors[0].message == "整户未导入：户号001已存在"
    assert rows["卓玛"].errors[0].message == "整户未导入：户号001已存在"


def test_import_needs_the_register_permission(messy: Path, store: Store) -> None:
    viewer = Actor("v", Role.VIEWER, TOWNSHIP)
    with pytest.raises(DomainError):
        import_roster(store, viewer, parse_roster(messy))
    assert counts_in(store) == (0, 0)


# --- other layouts ---------------------------------------------------------------------------------------


def write_sheet(
    path: Path, rows: list[list[Any]], *, extra_sheets: dict[str, list[list[Any]]] | None = None
) -> Path:
    book = Workbook()
    for name, content in (extra_sheets or {}).items():
        sheet = book.create_sheet(name, 0)
        for row in content:
            sheet.append(row)
    sheet = book.worksheets[-1]
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def test_households_by_head_rows_when_there_is_no_household_number(tmp_path: Path) -> None:
    a, b, c = (
        ident(date(1970, 1, 1), 1),
        ident(date(1972, 2, 2), 2, Gender.FEMALE),
        ident(date(1990, 3, 3), 3),
    )
    path = write_sheet(
        tmp_path / "r.xlsx",
        [
            ["姓名", "与户主关系", "身份证号"],
            ["孤儿", "子", ident(date(2000, 1, 1), 5)],
            ["甲", "户主", a],
            ["乙", "配偶", b],
            ["丙", "本人", c],
        ],
        extra_sheets={"填表说明": [["姓名", "必填"], ["身份证号", "18位"]]},
    )
    preview = parse_roster(path)
    assert [s.grouping for s in preview.sheets] == [Grouping.HEAD_ROW]  # the notes sheet has no header
    rows = by_name(preview)
    assert codes(rows["孤儿"]) == {"roster.no_household"}
    assert [[r.name for r in h.rows] for h in preview.households] == [["甲", "乙"], ["丙"]]
    assert [h.household_no for h in preview.households] == [a, c]
    assert "roster.household_no_generated" in codes(rows["甲"], Severity.WARNING)


def test_households_by_head_name_and_a_household_list(tmp_path: Path) -> None:
    a, b = ident(date(1970, 1, 1), 1), ident(date(1972, 2, 2), 2, Gender.FEMALE)
    path = write_sheet(
        tmp_path / "r.xlsx",
        [["户号", "户主姓名", "姓名", "身份证号"], ["7", "甲", "乙", b], [None, "甲", "甲", a]],
    )
    preview = parse_roster(path)
    [household] = preview.households
    assert household.ok and household.head is not None and household.head.name == "甲"
    assert [r.name for r in household.rows_to_import] == ["甲", "乙"]

    heads = write_sheet(
        tmp_path / "h.xlsx",
        [["户号", "户主姓名", "户主身份证号", "家庭住址"], [1, "甲", a, "一组"], [2, "乙", b, "二组"]],
    )
    preview = parse_roster(heads)
    assert [(h.household_no, h.head.name if h.head else None, h.ok) for h in preview.households] == [
        ("1", "甲", True),
        ("2", "乙", True),
    ]
    assert preview.rows[0].id_number == a


def test_a_file_without_header_or_not_excel_is_reported(tmp_path: Path) -> None:
    path = write_sheet(tmp_path / "r.xlsx", [["随便什么"], [1, 2, 3]])
    preview = parse_roster(path)
    assert not preview.ok and [p.code for p in preview.problems] == ["roster.no_header"]
    html = tmp_path / "export.xls"
    html.write_text("<html><table><tr><td>姓名</td></tr></table></html>", encoding="utf-8")
    preview = parse_roster(html)
    assert [p.code for p in preview.problems] == ["roster.html_xls"]
    assert "另存为.xlsx" in preview.problems[0].message
    junk = tmp_path / "x.xlsx"
    junk.write_bytes(b"PK\x03\x04 not really a zip")
    assert [p.code for p in parse_roster(junk).problems] == ["roster.unreadable"]


LEGACY_HEAD = make_id_number("540102", date(1980, 1, 15), 1, Gender.MALE)
LEGACY_CHILD = make_id_number("540102", date(2009, 3, 3), 3, Gender.MALE)


def test_legacy_xls(tmp_path: Path) -> None:
    """tests/reports/data/legacy_roster.xls, made by make_legacy_xls.py with xlwt: a merged title, a date
    cell, an ID stored as a number, full-width digits with spaces, 出生年月 as 200903."""
    preview = parse_roster(DATA / "legacy_roster.xls")
    assert [s.header_row for s in preview.sheets] == [2]
    rows = by_name(preview)
    assert rows["洛桑"].ok and rows["洛桑"].id_number == LEGACY_HEAD
    assert codes(rows["央金"]) == {"id_number.scientific"}
    assert rows["次旦"].ok and rows["次旦"].id_number == LEGACY_CHILD
    [household] = preview.households
    assert household.household_no == "7" and [r.name for r in household.rows_to_import] == ["洛桑", "次旦"]


# --- rejects report --------------------------------------------------------------------------------------


def test_rejects_report_lists_rejected_rows_with_their_problems(messy: Path, tmp_path: Path) -> None:
    preview = parse_roster(messy, exists=registered("赵六"))
    path = tmp_path / "问题行.xlsx"
    assert write_rejects_report(preview, path) == 7
    sheet = load_workbook(path)["花名册"]
    header = [c.value for c in sheet[1]]
    assert header[:3] == ["序号", "户编号", "姓 名"] and header[-2:] == ["原表行号", "问题说明"]
    problem_col = len(header)
    lines = {row[2].value: row for row in sheet.iter_rows(min_row=2)}
    assert set(lines) == {"拉姆", "王五", "李梅", "张强", "张丽", "赵六", "格桑"}
    wang = lines["王五"]
    assert wang[problem_col - 2].value == 8  # the source row
    assert wang[problem_col - 1].value == "身份证号被Excel存成了数字，请将该列设为文本格式"
    assert wang[problem_col - 1].fill.fgColor.rgb.endswith("FFC7CE")
    assert wang[4].value == "540102198001011" and wang[4].data_type == "s"  # the ID written back as text
    assert wang[4].fill.fgColor.rgb.endswith("FFC7CE")  # the cell at fault is tinted
    # the report imports again (its header row is the original one)
    again = parse_roster(path)
    assert again.counts.rows == 7


# --- vocabulary ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("身份证号", "id_number"),
        ("身份证号码", "id_number"),
        ("公民身份号码", "id_number"),
        ("身份证", "id_number"),
        ("居民身份证号码（18位）", "id_number"),
        ("姓  名", "name"),
        ("户主姓名", "head_name"),
        ("出生年月", "birth_date"),
        ("与户主关系", "relation"),
        ("关系", "relation"),
        ("户编号", "household_no"),
        ("现住址", "address"),
        ("手机号", "phone"),
        ("政治面貌", "party"),
        ("村（居）", "village"),
        ("所属网格", "grid"),
        ("低保户", "flag:dibao"),
        ("五保户", "flag:tekun"),
        ("户类别", "flags"),
        ("备注", "note"),
        ("*姓名", "name"),
        ("序号", None),
        ("网格员", None),
        ("出生地", None),
        ("身份证有效期限", None),
        ("身份证地址", "address"),
        ("XX乡XX村户籍花名册（2024年）", None),
    ],
)
def test_header_spellings(header: str, field: str | None) -> None:
    assert vocab.match_header(header) == field


def test_everyday_words() -> None:
    assert vocab.relation_from_text("长子") is Relation.SON
    assert vocab.relation_from_text("次女") is Relation.DAUGHTER
    assert vocab.relation_from_text("岳母") is Relation.PARENT
    assert vocab.relation_from_text("外孙女") is Relation.GRANDCHILD
    assert vocab.relation_from_text("干爹") is None
    assert vocab.is_party_member("中共预备党员") and vocab.is_party_member("群众") is False
    assert vocab.yes_no("√") and vocab.yes_no("否") is False and vocab.yes_no("") is None
    assert vocab.normalize_ethnicity("藏") == "藏族" and vocab.normalize_ethnicity("夏尔巴人") == "夏尔巴人"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("1985.3.2", date(1985, 3, 2)),
        ("1985年3月2日", date(1985, 3, 2)),
        ("19850302", date(1985, 3, 2)),
        (19850302, date(1985, 3, 2)),
        (datetime(1985, 3, 2), date(1985, 3, 2)),
        (31108, date(1985, 3, 2)),
        ("1985.03", (1985, 3)),
        ("1985年3月", (1985, 3)),
        (198503, (1985, 3)),
        ("", None),
    ],
)
def test_birth_dates(value: Any, expected: Any) -> None:
    assert parse_birth(value) == expected


def test_unparseable_birth_date_is_an_error() -> None:
    result = parse_birth("三月初二")
    assert isinstance(result, FieldError) and result.code == "date.invalid"
    assert isinstance(parse_birth(1985), FieldError)  # a year alone is not a date serial


def test_village_and_grid_names_and_a_ticked_head_column(tmp_path: Path) -> None:
    a, b = ident(date(1970, 1, 1), 1), ident(date(1972, 2, 2), 2, Gender.FEMALE)
    c = ident(date(1980, 1, 1), 3)
    path = write_sheet(
        tmp_path / "r.xlsx",
        [
            ["户号", "户主", "姓名", "身份证号", "村（居）", "网格", "是否低保户", "备注"],
            ["1", "√", "甲", a, "一村村委会", "第一网格", "是", "外出务工"],
            ["1", None, "乙", b, None, None, None, "在读"],
            ["2", "√", "丙", c, "九村", "第九网格", "否", None],
        ],
    )
    preview = parse_roster(path, villages={"一村": "v1"}, grids={"第一网格": "g1", "第二网格": "g2"})
    first, second = preview.households
    assert (first.village_id, first.grid_id, first.flags) == ("v1", "g1", ("dibao",))
    assert first.head is not None and first.head.name == "甲" and first.note == "外出务工；乙：在读"
    assert (second.village_id, second.grid_id, second.flags) == (None, None, ())
    assert second.ok  # unknown names are warnings: the defaults chosen at import apply
    assert codes(second.rows[0], Severity.WARNING) == {"roster.unknown_village", "roster.unknown_grid"}
    assert second.rows[0].warnings[0].message == (
        "村（居）“九村”不在本乡镇的村（居）名单中，将使用导入时选择的村（居）"
    )
