"""The 网格管理 page: grids with their staff, joint groups, party duties and ratings; add through dialogs."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from gov_desktop.core.enums import DutyKind, GridRole, RatingCriterion
from gov_desktop.store.usecases import grids as uc
from gov_desktop.ui.models.grids import GridListModel, GridStaffModel, RatingListModel
from gov_desktop.ui.pages.grids import GridsPage

sys.path.insert(0, str(Path(__file__).parent))
import register_world as rw

world_template = rw.world_template
world = rw.world
ctx = rw.ctx

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture
def page(qtbot, ctx):
    widget = GridsPage(ctx)
    widget.quiet = True
    qtbot.addWidget(widget)
    widget.resize(1300, 700)
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.waitUntil(lambda: widget.staff_model.rowCount() == 1, timeout=10_000)
    return widget


def cell(model, row, column):
    return model.index(row, column).data()


def test_grid_list_and_staff(page, qtmodeltester):
    assert page.grid_model.rowCount() == 2
    assert cell(page.grid_model, 0, GridListModel.COL_NAME) == "第一网格"
    assert cell(page.grid_model, 0, GridListModel.COL_POLICE) == "八廓警务站"
    assert cell(page.grid_model, 0, GridListModel.COL_STAFF) == "1"
    assert cell(page.staff_model, 0, GridStaffModel.COL_NAME) == "格桑"
    assert cell(page.staff_model, 0, GridStaffModel.COL_ROLE) == "网格员"
    assert cell(page.staff_model, 0, GridStaffModel.COL_PARTY) == "中共党员"
    for model in (page.grid_model, page.staff_model, page.group_model, page.duty_model, page.rating_model):
        qtmodeltester.check(model)


def test_add_staff_through_the_dialog(qtbot, page):
    with qtbot.waitSignal(page.opener.dialog_opened, timeout=5000) as opened:
        page.staff_buttons["add_staff"].click()
    dialog = opened.args[0]
    rw.type_text(dialog.name_edit, "央金")
    dialog.role_combo.setCurrentIndex(dialog.role_combo.findData(GridRole.DOCTOR.value))
    qtbot.keyClicks(dialog.phone_edit, "12345")
    dialog.save()
    rw.wait_idle(qtbot, page.ctx)
    assert "手机号" in dialog.form.error_text("phone")  # refused at the field, nothing written
    assert page.staff_model.rowCount() == 1
    dialog.phone_edit.clear()
    qtbot.keyClicks(dialog.phone_edit, "13908905678")
    with qtbot.waitSignal(page.loaded, timeout=5000):
        qtbot.keyClick(dialog.phone_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.staff_model.rowCount() == 2, timeout=5000)
    assert cell(page.staff_model, 1, GridStaffModel.COL_ROLE) == "医生"


def test_a_rating_added_appears(qtbot, page):
    year = date.today().year
    assert page.year() == year
    with qtbot.waitSignal(page.opener.dialog_opened, timeout=5000) as opened:
        page.rating_buttons["add_rating"].click()
    dialog = opened.args[0]
    qtbot.keyClicks(dialog.picker.search_edit, "H001")
    qtbot.waitUntil(lambda: dialog.picker.current() is not None, timeout=5000)
    for code in (
        RatingCriterion.PATRIOTIC.value,
        RatingCriterion.HYGIENE.value,
        RatingCriterion.FILIAL.value,
    ):
        dialog.criteria_checks[code].setChecked(True)
    assert dialog.stars_label.text() == "★★★☆☆☆"
    with qtbot.waitSignal(page.loaded, timeout=5000):
        dialog.save_button.click()
    qtbot.waitUntil(lambda: page.rating_model.rowCount() == 1, timeout=5000)
    assert cell(page.rating_model, 0, RatingListModel.COL_HOUSEHOLD) == "H001"
    assert cell(page.rating_model, 0, RatingListModel.COL_STARS) == "★★★☆☆☆"
    assert "1 户评星，共 3 颗星" in page.rating_summary.text()


def add_group_and_duty(ctx, world):
    """A joint group 一组 headed by household H001, and 张晓华 looking after it (policy); the group's id."""
    group = uc.create_joint_group(
        ctx.store, ctx.actor, world.grid_a, name="一组", head_household_id=world.household_a
    )
    uc.assign_party_duty(
        ctx.store,
        ctx.actor,
        person_id=world.zhang,
        household_id=world.household_a,
        duty_kinds=[DutyKind.POLICY],
    )
    return group.id


def test_joint_group_with_households_and_a_party_duty(qtbot, page, ctx, world):
    add_group_and_duty(ctx, world)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.load_grid()
    assert page.group_model.rowCount() == 1
    assert "张晓华" in cell(page.group_model, 0, 3)
    qtbot.waitUntil(lambda: page.group_households.rowCount() == 1, timeout=5000)
    assert page.group_households.row_at(0).household_no == "H001"
    assert cell(page.duty_model, 0, 0) == "张晓华"
    assert cell(page.duty_model, 0, 3) == "包政策宣传"


def test_remove_staff_after_confirmation_and_export_the_staff(qtbot, page, tmp_path, monkeypatch):
    from gov_desktop.ui.pages.register.export import ListExport

    monkeypatch.setattr(page.editor, "confirm", lambda question: "格桑" in question)
    target = tmp_path / "staff.xlsx"
    monkeypatch.setattr(ListExport, "ask_path", lambda self: str(target))
    job = page.editor.export(page.staff_model, "网格工作人员")
    with qtbot.waitSignal(job.finished, timeout=10_000):
        pass
    import openpyxl

    values = [c.value for row in openpyxl.load_workbook(target).active.iter_rows() for c in row]
    assert "格桑" in values and "13800138000" in values
    page.staff_view.selectRow(0)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.staff_buttons["remove_staff"].click()
    qtbot.waitUntil(lambda: page.staff_model.rowCount() == 0, timeout=5000)


def test_staff_record_history(qtbot, page):
    page.staff_view.selectRow(0)
    with qtbot.waitSignal(page.opener.dialog_opened, timeout=5000) as opened:
        page.staff_buttons["staff_history"].click()
    history = opened.args[0]
    qtbot.waitUntil(lambda: history.model.rowCount() > 0, timeout=5000)
    fields = [history.model.index(r, 3).data() for r in range(history.model.rowCount())]
    assert "姓名" in fields and "联系电话" in fields


def test_joint_group_party_duty_and_rating_history(qtbot, page, ctx, world):
    """Every record of the grid page has its 修改记录: a joint group, a party duty, a rating."""
    group_id = add_group_and_duty(ctx, world)
    rating = uc.rate_household(
        ctx.store,
        ctx.actor,
        household_id=world.household_a,
        year=page.year(),
        criteria=[RatingCriterion.FILIAL.value],
    )
    uc.update_rating(
        ctx.store,
        ctx.actor,
        rating.id,
        criteria=[RatingCriterion.FILIAL.value, RatingCriterion.HYGIENE.value],
    )
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.load_grid()
    cases = (
        (page.group_view, page.group_buttons["group_history"], "一组", group_id),
        (page.duty_view, page.duty_buttons["duty_history"], "张晓华 包户 H001", None),
        (page.rating_view, page.rating_buttons["rating_history"], f"H001 户 {page.year()}年评星", rating.id),
    )
    for view, button, title, row_id in cases:
        view.selectRow(0)
        with qtbot.waitSignal(page.opener.dialog_opened, timeout=5000) as opened:
            button.click()
        history = opened.args[0]
        assert history.windowTitle() == f"修改记录 — {title}"
        assert row_id is None or history.row_id == row_id
        qtbot.waitUntil(lambda h=history: h.model.rowCount() > 0, timeout=5000)
        lines = [history.model.row_at(r) for r in range(history.model.rowCount())]
        history.reject()
    # the rating (the last one) was changed once after it was made: both writes show, the change first
    assert len({line.seq for line in lines}) == 2
    assert lines[0].op == "update" and lines[-1].op == "insert"


def test_print_the_grid_staff_list(qtbot, page, monkeypatch):
    """打印… on a grid tab: the staff of the grid as a table, the grid named under the heading."""
    jobs = []
    original = page.editor.print_list
    monkeypatch.setattr(page.editor, "print_list", lambda *a: jobs.append(original(*a)) or jobs[-1])
    page.staff_buttons["print_staff"].click()
    with qtbot.waitSignal(jobs[0].opened, timeout=10_000) as opened:
        pass
    text = opened.args[0]._document.toPlainText()
    assert "网格工作人员" in text and "共 1 条" in text and "格桑" in text
    assert page.grid_summary.text().split()[0] in text  # the grid it is the staff of
    opened.args[0].reject()
    assert {"print_grids", "print_groups", "print_duties", "print_ratings"} <= {
        *page.grid_buttons,
        *page.group_buttons,
        *page.duty_buttons,
        *page.rating_buttons,
    }
