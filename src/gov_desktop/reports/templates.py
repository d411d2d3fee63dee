"""The roster template (户籍花名册模板.xlsx) users download, fill in and import.

``build_roster_template(path)`` writes it: a title row, the header row the importer expects, two example rows
(序号 "示例": the importer skips them), drop-down lists for 性别 / 与户主关系 / 民族 / 政治面貌 / 文化程度,
the 身份证号, 户号 and 联系电话 columns formatted as text, and an instructions sheet (填表说明).

The committed copy lives in resources/templates/ and is regenerated with
``python -m gov_desktop.reports.templates`` (from a source checkout). ``roster_template_path()`` finds it;
``save_roster_template(dest)`` gives the user a copy (built afresh when the resource is missing).
"""

from __future__ import annotations

import logging
import shutil
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ..core.enums import Education, Gender, HouseholdFlag, Relation, SpecialGroup
from ..core.validation import make_id_number
from ..paths import resource_path
from .roster_fields import ETHNICITIES, match_header

logger = logging.getLogger(__name__)

ROSTER_TEMPLATE_NAME = "户籍花名册模板.xlsx"
TEMPLATE_TITLE = "XX乡（镇）XX村（居）户籍花名册"
#: rows below the header that get the text format and the drop-down lists
TEMPLATE_ROWS = 2000
PARTY_CHOICES = ("中共党员", "中共预备党员", "共青团员", "群众")


@dataclass(frozen=True)
class TemplateColumn:
    header: str  # as shown; a trailing * marks a required column (the importer ignores the *)
    field: str | None  # the importer's field for it (None: not imported, e.g. 序号)
    width: float
    help: str
    text: bool = False  # formatted as text (codes whose digits must survive)


ROSTER_COLUMNS: tuple[TemplateColumn, ...] = (
    TemplateColumn("序号", None, 6, "可不填。写“示例”的行是示例，导入时自动跳过。"),
    TemplateColumn("户号*", "household_no", 12, "必填。同一户的每个成员填写相同的户号。", text=True),
    TemplateColumn("姓名*", "name", 12, "必填。"),
    TemplateColumn("与户主关系*", "relation", 12, "必填。每户有且只有一个“户主”；其他成员从下拉列表中选择。"),
    TemplateColumn(
        "身份证号*",
        "id_number",
        21,
        "18位居民身份证号，末位X大写或小写均可。该列已设为文本格式；从别处粘贴时请用“选择性粘贴→数值”，"
        "不要让它变成5.40102E+17这样的科学计数法（后几位会丢失）。",
        text=True,
    ),
    TemplateColumn("性别", "gender", 6, "可不填：有身份证号时从身份证号读取；填写时须与身份证号一致。"),
    TemplateColumn("民族", "ethnicity", 10, "从下拉列表中选择，如“藏族”“汉族”；列表以外的也可以填写。"),
    TemplateColumn(
        "出生日期",
        "birth_date",
        12,
        "可不填：有身份证号时从身份证号读取。可写成1985-03-02、1985.3.2、1985年3月2日或19850302。",
    ),
    TemplateColumn("联系电话", "phone", 14, "手机号11位；固定电话带区号，如0891-1234567。", text=True),
    TemplateColumn("家庭住址", "address", 24, "同一户只需在户主一行填写。"),
    TemplateColumn("所属村（居）", "village", 12, "可不填：导入时可统一选择。须与系统中的村（居）名称一致。"),
    TemplateColumn("所属网格", "grid", 12, "可不填：导入时可统一选择。须与系统中的网格名称一致。"),
    TemplateColumn("政治面貌", "party", 12, "从下拉列表中选择；“中共党员”“中共预备党员”记为党员。"),
    TemplateColumn("文化程度", "education", 12, "从下拉列表中选择。"),
    TemplateColumn("职业", "occupation", 12, "如：农牧民、个体、务工、学生。"),
    TemplateColumn(
        "户类别",
        "flags",
        16,
        "可填多个，用顿号（、）分隔："
        + "、".join(f.label for f in HouseholdFlag)
        + "。同一户只需在户主一行填写。",
    ),
    TemplateColumn(
        "特殊人群",
        "special_groups",
        16,
        "可填多个，用顿号（、）分隔：" + "、".join(g.label for g in SpecialGroup) + "。",
    ),
    TemplateColumn("藏文姓名", "name_bo", 14, "可不填。"),
    TemplateColumn("备注", "note", 20, "可不填。"),
)

_EXAMPLE_HEAD_ID = make_id_number("540102", date(1985, 3, 2), 11, Gender.MALE)
_EXAMPLE_SPOUSE_ID = make_id_number("540102", date(1987, 5, 9), 22, Gender.FEMALE)
_EXAMPLE_HEAD: dict[str, object] = {
    "序号": "示例",
    "户号*": "0001",
    "姓名*": "扎西",
    "与户主关系*": "户主",
    "身份证号*": _EXAMPLE_HEAD_ID,
    "性别": "男",
    "民族": "藏族",
    "出生日期": "1985-03-02",
    "联系电话": "13800138000",
    "家庭住址": "XX村一组12号",
    "所属村（居）": "XX村",
    "所属网格": "第一网格",
    "政治面貌": "群众",
    "文化程度": "初中",
    "职业": "农牧民",
    "户类别": "低保户",
    "藏文姓名": "བཀྲ་ཤིས།",
    "备注": "示例行，导入时自动跳过",
}
_EXAMPLE_SPOUSE: dict[str, object] = {
    "序号": "示例",
    "户号*": "0001",
    "姓名*": "卓玛",
    "与户主关系*": "配偶",
    "身份证号*": _EXAMPLE_SPOUSE_ID,
    "性别": "女",
    "民族": "藏族",
    "出生日期": "1987-05-09",
    "联系电话": "13900139000",
    "政治面貌": "中共党员",
    "文化程度": "小学",
    "职业": "农牧民",
    "藏文姓名": "སྒྲོལ་མ།",
}
#: two example rows (序号 "示例": skipped by the importer), in column order
EXAMPLE_ROWS: tuple[tuple[object, ...], ...] = tuple(
    tuple(example.get(c.header) for c in ROSTER_COLUMNS) for example in (_EXAMPLE_HEAD, _EXAMPLE_SPOUSE)
)

GENERAL_NOTES = (
    "第2行是表头，请不要修改表头文字；不需要的列可以删除，列的顺序可以调整。",
    "每一行填写一个人；同一户的成员填写相同的户号，每户有且只有一个“户主”。",
    "带*的列必须填写。序号为“示例”的两行是示例，导入时自动跳过，也可以删除。",
    "身份证号、户号、联系电话三列已设为文本格式。身份证号被Excel转成数字或科学计数法后，后几位会丢失，导入时会被拒绝。",
    "导入前系统会逐行检查并列出问题；有错误的行不导入，可以把“问题行报告”修改后重新导入。",
)


def _validation_choices() -> dict[str, tuple[str, ...]]:
    return {
        "性别": tuple(g.label for g in Gender),
        "与户主关系": tuple(r.label for r in Relation),
        "民族": ETHNICITIES,
        "政治面貌": PARTY_CHOICES,
        "文化程度": tuple(e.label for e in Education),
    }


def build_roster_template(path: str | Path) -> Path:
    """Write the roster template to ``path`` (.xlsx) and return the path."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    path = Path(path)
    book = Workbook()
    sheet = book.active
    sheet.title = "户籍花名册"
    last = get_column_letter(len(ROSTER_COLUMNS))
    first_data, last_data = 3, 2 + TEMPLATE_ROWS

    sheet["A1"] = TEMPLATE_TITLE
    sheet["A1"].font = Font(bold=True, size=16)
    sheet["A1"].alignment = Alignment(horizontal="center", vertical="center")
    sheet.merge_cells(f"A1:{last}1")
    sheet.row_dimensions[1].height = 30

    thin = Side(style="thin", color="999999")
    header_fill = PatternFill("solid", fgColor="DDEBF7")
    required_font, plain_font = Font(bold=True, color="C00000"), Font(bold=True)
    for index, col in enumerate(ROSTER_COLUMNS, start=1):
        cell = sheet.cell(row=2, column=index, value=col.header)
        cell.font = required_font if col.header.endswith("*") else plain_font
        cell.fill = header_fill
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.border = Border(left=thin, right=thin, top=thin, bottom=thin)
        sheet.column_dimensions[get_column_letter(index)].width = col.width
    sheet.row_dimensions[2].height = 22
    sheet.freeze_panes = "C3"

    example_font = Font(italic=True, color="808080")
    for offset, values in enumerate(EXAMPLE_ROWS):
        for index, value in enumerate(values, start=1):
            cell = sheet.cell(row=first_data + offset, column=index, value=value)
            cell.font = example_font
    for index, col in enumerate(ROSTER_COLUMNS, start=1):
        if col.text:
            for row in range(first_data, last_data + 1):
                sheet.cell(row=row, column=index).number_format = "@"

    # drop-down lists, kept on a hidden sheet (the 民族 list is too long for an inline list)
    options = book.create_sheet("选项")
    choices = _validation_choices()
    headers = [c.header.rstrip("*") for c in ROSTER_COLUMNS]
    for list_index, (header, values) in enumerate(choices.items(), start=1):
        letter = get_column_letter(list_index)
        options.cell(row=1, column=list_index, value=header)
        for row, value in enumerate(values, start=2):
            options.cell(row=row, column=list_index, value=value)
        strict = header in ("性别", "与户主关系")
        validation = DataValidation(
            type="list",
            formula1=f"'选项'!${letter}$2:${letter}${len(values) + 1}",
            allow_blank=True,
            showErrorMessage=True,
            errorStyle="stop" if strict else "warning",
            errorTitle="请从列表中选择",
            error=f"“{header}”请从下拉列表中选择。" + ("" if strict else "确实不在列表中的，可点“是”保留。"),
        )
        column = get_column_letter(headers.index(header) + 1)
        validation.add(f"{column}{first_data}:{column}{last_data}")
        sheet.add_data_validation(validation)
    options.sheet_state = "hidden"

    notes = book.create_sheet("填表说明")
    notes.column_dimensions["A"].width = 16
    notes.column_dimensions["B"].width = 10
    notes.column_dimensions["C"].width = 90
    notes["A1"] = "填表说明"
    notes["A1"].font = Font(bold=True, size=14)
    row = 2
    for number, text in enumerate(GENERAL_NOTES, start=1):
        notes.cell(row=row, column=1, value=f"{number}. {text}")
        notes.merge_cells(start_row=row, start_column=1, end_row=row, end_column=3)
        row += 1
    row += 1
    for index, title in enumerate(("列名", "是否必填", "填写说明"), start=1):
        cell = notes.cell(row=row, column=index, value=title)
        cell.font, cell.fill = plain_font, header_fill
    for col in ROSTER_COLUMNS:
        row += 1
        notes.cell(row=row, column=1, value=col.header.rstrip("*"))
        notes.cell(row=row, column=2, value="必填" if col.header.endswith("*") else "")
        cell = notes.cell(row=row, column=3, value=col.help)
        cell.alignment = Alignment(wrap_text=True, vertical="top")

    book.properties.creator = "gov-desktop"
    book.properties.title = "户籍花名册模板"
    path.parent.mkdir(parents=True, exist_ok=True)
    book.save(path)
    return path


def _check_columns() -> None:
    """Every template header must be one the importer understands (guards edits of either list)."""
    for col in ROSTER_COLUMNS:
        found = match_header(col.header)
        if found != col.field and not (col.field is None and found is None):
            raise AssertionError(f"template header {col.header!r} reads as {found!r}, not {col.field!r}")


def roster_template_path() -> Path | None:
    """The committed template: package data in an installed or frozen app, resources/ in a checkout."""
    path = resource_path("templates", ROSTER_TEMPLATE_NAME)
    return path if path.is_file() else None


def save_roster_template(dest: str | Path) -> Path:
    """Give the user a copy of the template at ``dest`` (the "下载模板" action)."""
    dest = Path(dest)
    source = roster_template_path()
    if source is None:
        logger.warning("roster template resource missing; building it at %s", dest)
        return build_roster_template(dest)
    dest.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, dest)
    return dest


def main(argv: list[str] | None = None) -> int:
    """Regenerate the committed template: ``python -m gov_desktop.reports.templates [PATH]``."""
    args = sys.argv[1:] if argv is None else argv
    _check_columns()
    default = Path(__file__).resolve().parents[3] / "resources" / "templates" / ROSTER_TEMPLATE_NAME
    target = Path(args[0]) if args else default
    build_roster_template(target)
    print(target)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
