"""Regenerates legacy_roster.xls, the committed .xls fixture of test_roster_import.py.

xlwt (which writes the legacy BIFF8 format) is not a dependency of the project; run this once in a throwaway
venv: ``python -m venv /tmp/xlwt && /tmp/xlwt/bin/pip install xlwt && /tmp/xlwt/bin/python
tests/reports/data/make_legacy_xls.py`` (it needs nothing from gov_desktop). The ID numbers are the ones
``core.validation.make_id_number`` gives for the same inputs (see LEGACY_* in the test).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import xlwt

HEAD_ID = "54010219800115001X"  # make_id_number("540102", date(1980, 1, 15), 1, MALE)
SPOUSE_ID = "540102198207200027"  # make_id_number("540102", date(1982, 7, 20), 2, FEMALE)
CHILD_ID = "540102200903030033"  # make_id_number("540102", date(2009, 3, 3), 3, MALE)


def main() -> None:
    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("Sheet1")
    sheet.write_merge(0, 0, 0, 6, "某某乡某某村户籍花名册（2008年版）")
    headers = ["序号", "户号", "姓名", "与户主关系", "身份证号码", "性别", "出生年月"]
    for col, header in enumerate(headers):
        sheet.write(1, col, header)
    date_style = xlwt.easyxf(num_format_str="yyyy-mm-dd")
    rows = [
        (1, 7, "洛桑", "户主", HEAD_ID, "男", datetime(1980, 1, 15)),
        (2, None, "央金", "妻子", float(SPOUSE_ID), "女", "1982.7.20"),
        (3, None, "次旦", "长子", "５４０１０２ ２００９０３０３ ００３３", "男", 200903),
    ]
    for r, values in enumerate(rows, start=2):
        for col, value in enumerate(values):
            if value is None:
                continue
            if isinstance(value, datetime):
                sheet.write(r, col, value, date_style)
            else:
                sheet.write(r, col, value)
    target = Path(__file__).with_name("legacy_roster.xls")
    book.save(str(target))
    print(target)


if __name__ == "__main__":
    main()
