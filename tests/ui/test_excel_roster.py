"""Excel in and out from the register page: import a messy roster through the wizard, save the rejected
rows, download the template, export a filtered list whose ID numbers stay text."""

from __future__ import annotations

import dataclasses
import sys
import unicodedata
from pathlib import Path
from types import SimpleNamespace

import openpyxl
import pytest
from PySide6.QtCore import Qt

from gov_desktop.core.enums import Gender, Role
from gov_desktop.core.models import Household
from gov_desktop.store import queries
from gov_desktop.store.actor import Actor
from gov_desktop.store.usecases import reference
from gov_desktop.ui.models.roster_preview import RosterPreviewModel
from gov_desktop.ui.pages.register import RegisterPage
from gov_desktop.ui.pages.register.export import ListExport
from gov_desktop.ui.pages.register.roster_import import RosterImportDialog

sys.path.insert(0, str(Path(__file__).parent))
import register_world as rw

world_template = rw.world_template
world = rw.world
ctx = rw.ctx

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

OTHER_TOWNSHIP = "540102002"
FULL_WIDTH = str.maketrans("0123456789X", "０１２３４５６７８９Ｘ")


def messy_roster(path: Path) -> Path:
    """Title rows and merged cells above the header, an ID stored as a number, a bad check digit,
    full-width digits, a 户号 merged over a household's rows."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "花名册"
    sheet.append(["冲赛康社区户籍花名册"])
    sheet.merge_cells("A1:G1")
    sheet.append(["填报单位：八廓街道", None, None, "填报日期：2024年3月"])
    sheet.append(["序号", "户号", "姓名", "与户主关系", "公民身份号码", "性别", "联系电话"])
    bad = rw.id_number(74)
    bad = bad[:17] + ("1" if bad[17] != "1" else "2")
    rows = [
        (1, "H201", "洛桑", "户主", rw.id_number(70), "男", "13908900001"),
        (2, None, "德吉", "配偶", rw.id_number(72, Gender.FEMALE).translate(FULL_WIDTH), "女", None),
        (3, None, "格列", "子", bad, "男", None),
        (4, "H202", "平措", "户主", int(rw.id_number(76)), "男", None),
        (5, "H202", "次旦", "子", rw.id_number(78), "男", None),
        (6, "H203", " 尼 玛 ", "户主", rw.id_number(80), "男", "１３９０８９００００６"),
    ]
    for row in rows:
        sheet.append(list(row))
    sheet.merge_cells("B4:B6")  # 户号 H201 over its three rows
    book.save(path)
    return path


def test_import_a_messy_roster_through_the_wizard(qtbot, ctx, tmp_path, monkeypatch, qtmodeltester):
    roster = messy_roster(tmp_path / "花名册.xlsx")
    rejects = tmp_path / "未导入.xlsx"
    dialog = RosterImportDialog(ctx)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(dialog, "ask_open_path", lambda: str(roster))
    monkeypatch.setattr(dialog, "ask_save_path", lambda title, name: str(rejects))
    dialog.show()
    dialog.findChild(type(dialog.check_button), "browse").click()  # choose → parse on a worker
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() == dialog.PAGE_PREVIEW, timeout=10_000)
    qtmodeltester.check(dialog.model)
    counts = dialog.preview.counts
    assert (counts.rows, counts.valid_rows, counts.rejected_rows) == (6, 3, 3)
    assert "可导入 3 行" in dialog.counts_label.text()
    problems = {
        dialog.model.row_at(r).name: dialog.model.index(r, RosterPreviewModel.COL_PROBLEMS).data()
        for r in range(dialog.model.rowCount())
    }
    assert "校验位错误" in problems["格列"]
    assert "科学计数法" in problems["平措"] or "数字" in problems["平措"]  # the ID stored as a number
    assert "整户未导入" in problems["次旦"] or "户主" in problems["次旦"]
    assert problems["德吉"] == ""  # full-width digits normalised, 户号 from the merged cell
    red = dialog.model.index(list(problems).index("格列"), 0).data(0x8)  # BackgroundRole
    assert red is not None
    dialog.problems_only.setChecked(True)
    assert dialog.proxy.rowCount() == 3
    # import: only the valid rows, in one transaction
    assert dialog.import_button.text() == "导入 3 行"
    with qtbot.waitSignal(dialog.imported, timeout=10_000) as done:
        dialog.import_button.click()
    result = done.args[0]
    assert (result.households_created, result.persons_created) == (2, 3)
    assert dialog.stack.currentIndex() == dialog.PAGE_DONE
    assert "已导入 2 户、3 人" in dialog.done_label.text()
    with ctx.store.reader() as s:
        imported = queries.list_persons(s, queries.RegisterFilter(text="H20"), 0, 50)
        assert sorted(p.name for p in imported) == ["尼玛", "德吉", "洛桑"]
        nima = next(p for p in imported if p.name == "尼玛")
        assert nima.phone == "13908900006"
    # the rejected rows, saved as .xlsx
    dialog.rejects_button.click()
    rw.wait_idle(qtbot, ctx)
    qtbot.waitUntil(lambda: rejects.exists(), timeout=5000)
    sheet = openpyxl.load_workbook(rejects).active
    values = [[c for c in row] for row in sheet.iter_rows(values_only=True)]
    assert "问题说明" in values[0]
    names = {unicodedata.normalize("NFKC", str(r[2])).replace(" ", "") for r in values[1:]}
    assert names == {"格列", "平措", "次旦"}


def test_a_county_user_chooses_the_township_the_roster_goes_to(qtbot, ctx, world, tmp_path, monkeypatch):
    """County users work across townships: the wizard asks which one, offers only its villages and grids,
    and the households land there."""
    county = Actor("county", Role.COUNTY_ADMIN, "county", display_name="县管理员")
    reference.create_township(world.store, county, reference.TownshipInput(OTHER_TOWNSHIP, "冲赛乡"))
    county_ctx = dataclasses.replace(ctx, actor=county)
    with world.store.reader() as s:
        all_grids = queries.list_grids(s, township_code=None)
    village = SimpleNamespace(id=world.village_id, name="冲赛康社区")
    roster = messy_roster(tmp_path / "花名册.xlsx")
    dialog = RosterImportDialog(county_ctx, villages=[village], grids=all_grids)
    qtbot.addWidget(dialog)
    dialog.show()
    combo = dialog.township_combo
    assert combo is not None and combo.itemData(0) is None
    assert {combo.itemText(i): combo.itemData(i) for i in range(1, combo.count())} == {
        "八廓街道": rw.TOWNSHIP,
        "冲赛乡": OTHER_TOWNSHIP,
    }
    # no township chosen: refused at the field, nothing parsed
    dialog.path_edit.setText(str(roster))
    dialog.check_button.click()
    assert "请先选择导入到哪个乡镇" in dialog.choose_error.text()
    assert dialog.stack.currentIndex() == dialog.PAGE_CHOOSE and dialog.preview is None
    # the other township has no villages or grids yet; this one has its own
    combo.setCurrentIndex(combo.findData(OTHER_TOWNSHIP))
    assert dialog.village_combo.count() == 1 and dialog.grid_combo.count() == 1
    combo.setCurrentIndex(combo.findData(rw.TOWNSHIP))
    assert [dialog.village_combo.itemText(i) for i in range(1, dialog.village_combo.count())] == [
        "冲赛康社区"
    ]
    assert dialog.grid_combo.count() == 3
    dialog.grid_combo.setCurrentIndex(dialog.grid_combo.findData(world.grid_b))
    dialog.check_button.click()
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() == dialog.PAGE_PREVIEW, timeout=10_000)
    with qtbot.waitSignal(dialog.imported, timeout=10_000) as done:
        dialog.import_button.click()
    result = done.args[0]
    assert (result.households_created, result.persons_created) == (2, 3)
    with world.store.reader() as s:
        rows = [s.get(Household, household_id) for household_id in result.household_ids]
        assert {(r.township_code, r.grid_id) for r in rows} == {(rw.TOWNSHIP, world.grid_b)}


def test_unreadable_file_is_reported_on_the_first_page(qtbot, ctx, tmp_path):
    junk = tmp_path / "not-excel.xlsx"
    junk.write_text("hello")
    dialog = RosterImportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.path_edit.setText(str(junk))
    dialog.start_parse()
    qtbot.waitUntil(lambda: dialog.choose_error.text() != "", timeout=5000)
    assert dialog.stack.currentIndex() == dialog.PAGE_CHOOSE
    assert "不是" in dialog.choose_error.text() or "无法读取" in dialog.choose_error.text()


@pytest.fixture
def page(qtbot, ctx):
    widget = RegisterPage(ctx)
    widget.quiet = True
    qtbot.addWidget(widget)
    qtbot.waitUntil(lambda: widget.persons.model.rowCount() == 3, timeout=10_000)
    return widget


def test_download_the_template(qtbot, page, tmp_path, monkeypatch):
    target = tmp_path / "模板.xlsx"
    monkeypatch.setattr(page, "ask_template_path", lambda: str(target))
    with qtbot.waitSignal(page.template_saved, timeout=10_000):
        page.buttons["template"].click()
    headers = [c.value for c in openpyxl.load_workbook(target).active[2] if c.value]
    assert any("身份证号" in str(h) for h in headers)


def test_export_writes_the_current_filter_with_the_id_column_as_text(qtbot, page, tmp_path, monkeypatch):
    target = tmp_path / "人员.xlsx"
    monkeypatch.setattr(ListExport, "ask_path", lambda self: str(target))
    rw.type_text(page.search_edit, "zxh")
    qtbot.waitUntil(lambda: page.persons.model.rowCount() == 1, timeout=5000)
    job = page.export()
    assert job is not None
    with qtbot.waitSignal(job.finished, timeout=10_000) as done:
        pass
    assert done.args[1] == 1
    sheet = openpyxl.load_workbook(target).active
    rows = list(sheet.iter_rows())
    header_row = next(i for i, r in enumerate(rows) if any(c.value == "身份证号" for c in r))
    headers = [c.value for c in rows[header_row]]
    id_cell = rows[header_row + 1][headers.index("身份证号")]
    assert id_cell.value == rw.id_number(1)
    assert id_cell.data_type == "s" and id_cell.number_format == "@"
    assert rows[header_row + 1][headers.index("姓名")].value == "张晓华"
    assert len(rows) == header_row + 2  # only the filtered person


def test_print_the_list_shown_with_id_numbers_masked(qtbot, page, monkeypatch):
    """打印… (Ctrl+Shift+P) on the register: the filtered list through a print preview, A4 across, one table
    whose header row repeats on every page; ID numbers masked (the paper leaves the office)."""
    from PySide6.QtGui import QPageLayout, QTextTable
    from PySide6.QtPrintSupport import QPrintPreviewWidget

    from gov_desktop.ui.list_print import ListPrint

    page.show()
    qtbot.waitExposed(page)
    rw.type_text(page.search_edit, "zxh")
    qtbot.waitUntil(lambda: page.persons.model.rowCount() == 1, timeout=5000)
    jobs: list[ListPrint] = []
    original = ListPrint.start
    monkeypatch.setattr(ListPrint, "start", lambda self: (jobs.append(self), original(self))[1])
    page.persons.view.setFocus()
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(page.persons.view, Qt.Key.Key_P, ctrl_shift)
    assert len(jobs) == 1
    with qtbot.waitSignal(jobs[0].opened, timeout=10_000) as opened:
        pass
    dialog = opened.args[0]
    text = dialog._document.toPlainText()
    assert "人员名单" in text and "共 1 条" in text and "搜索：zxh" in text and "张晓华" in text
    full = rw.id_number(1)
    assert full not in text and full[:6] + "********" + full[-4:] in text
    tables = [f for f in dialog._document.rootFrame().childFrames() if isinstance(f, QTextTable)]
    assert len(tables) == 1 and tables[0].format().headerRowCount() == 1
    assert dialog._printer.pageLayout().orientation() == QPageLayout.Orientation.Landscape
    preview = dialog.findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: preview.pageCount() == 1, timeout=5000)
    dialog.reject()
