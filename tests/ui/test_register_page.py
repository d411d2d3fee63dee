"""The 人口户籍 page: lists, search as you type, the household page and its actions, record history."""

from __future__ import annotations

import sys
from datetime import UTC, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from gov_desktop.core.enums import HouseholdFlag, PersonStatus
from gov_desktop.store import queries
from gov_desktop.ui.models.history import HistoryModel
from gov_desktop.ui.models.households import HouseholdListModel, MemberListModel
from gov_desktop.ui.models.persons import PersonListModel
from gov_desktop.ui.pages.register import RegisterPage

sys.path.insert(0, str(Path(__file__).parent))
import register_world as rw

world_template = rw.world_template
world = rw.world
ctx = rw.ctx

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture
def page(qtbot, ctx):
    widget = RegisterPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.waitUntil(lambda: widget.persons.model.rowCount() == 3, timeout=10_000)
    return widget


def names(lst) -> list[str]:
    return [lst.model.row_at(i).name for i in range(lst.model.rowCount())]


def test_person_list_opens_with_every_active_person_and_models_pass_the_tester(page, qtmodeltester):
    assert sorted(names(page.persons)) == ["卓玛", "张晓华", "扎西次仁"]
    qtmodeltester.check(page.persons.model)
    assert page.persons.status.text() == "共 3 人"


def test_search_by_pinyin_initials_shows_the_right_person(qtbot, page):
    page.focus_search()
    qtbot.keyClicks(page.search_edit, "zxh")
    qtbot.waitUntil(lambda: names(page.persons) == ["张晓华"], timeout=5000)
    assert "找到 1 人" in page.persons.status.text()
    rw.type_text(page.search_edit, "")
    page.search_edit.clear()
    rw.type_text(page.search_edit, "扎西")
    qtbot.waitUntil(lambda: names(page.persons) == ["扎西次仁"], timeout=5000)


def test_flag_filter_and_household_tab(qtbot, page, qtmodeltester):
    page.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: page.households.model.rowCount() == 2, timeout=5000)
    qtmodeltester.check(page.households.model)
    page.filter_bar.flag_actions[HouseholdFlag.DIBAO.value].setChecked(True)
    qtbot.waitUntil(lambda: page.households.model.rowCount() == 1, timeout=5000)
    row = page.households.model.row_at(0)
    assert row.household_no == "H001"
    assert page.households.model.index(0, HouseholdListModel.COL_FLAGS).data() == "低保户"
    page.tabs.setCurrentIndex(0)
    qtbot.waitUntil(lambda: sorted(names(page.persons)) == ["卓玛", "张晓华"], timeout=5000)


def open_household_of(qtbot, page, person_name: str):
    """Search a person, press Enter, return the household page that opens."""
    page.search_edit.clear()
    rw.type_text(page.search_edit, person_name)
    with qtbot.waitSignal(page.opener.dialog_opened, timeout=5000) as opened:
        qtbot.keyClick(page.search_edit, Qt.Key.Key_Return)
    dialog = opened.args[0]
    qtbot.waitUntil(lambda: dialog.detail is not None, timeout=5000)
    return dialog


def test_enter_opens_the_household_page_with_members_flags_and_group(qtbot, page, qtmodeltester):
    dialog = open_household_of(qtbot, page, "卓玛")
    assert dialog.info_labels["household_no"].text() == "H001"
    assert dialog.info_labels["head"].text() == "张晓华"
    assert dialog.flag_checks[HouseholdFlag.DIBAO.value].isChecked()
    assert dialog.current_member().name == "卓玛"
    qtmodeltester.check(dialog.members_model)
    assert dialog.members_model.index(0, MemberListModel.COL_NAME).data() == "张晓华 ★"


def test_add_a_household_with_members_through_the_forms(qtbot, page, ctx, world):
    with qtbot.waitSignal(page.opener.dialog_opened, timeout=5000) as opened:
        qtbot.keyClick(page.search_edit, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = opened.args[0]
    assert form.objectName() == "household_form"
    qtbot.keyClicks(form.number_edit, "H100")
    rw.type_text(form.address_edit, "八廓街100号")
    form.grid_combo.setCurrentIndex(form.grid_combo.findData(world.grid_b))
    form.flag_checks[HouseholdFlag.TUOPIN.value].setChecked(True)
    # saving opens the household page, which opens the member form for the head
    with qtbot.waitSignal(page.opener.dialog_opened, timeout=5000) as opened:
        qtbot.keyClick(form.number_edit, Qt.Key.Key_Return)
    household_page = opened.args[0]
    assert household_page.objectName() == "household_page"
    with qtbot.waitSignal(page.opener.dialog_opened, timeout=5000) as opened:
        pass
    head_form = opened.args[0]
    assert head_form.objectName() == "person_form"
    assert head_form.relation_combo.currentData() == "head"
    rw.type_text(head_form.name_edit, "次仁多吉")
    qtbot.keyClicks(head_form.id_edit, rw.id_number(50))
    with qtbot.waitSignal(household_page.loaded, timeout=5000):
        qtbot.keyClick(head_form.name_edit, Qt.Key.Key_Return)
    assert household_page.info_labels["head"].text() == "次仁多吉"
    with qtbot.waitSignal(page.opener.dialog_opened, timeout=5000) as opened:
        household_page.member_buttons["add"].click()
    member_form = opened.args[0]
    rw.type_text(member_form.name_edit, "拉珍")
    qtbot.keyClicks(member_form.id_edit, rw.id_number(51, rw.Gender.FEMALE))
    member_form.relation_combo.setCurrentIndex(member_form.relation_combo.findData("spouse"))
    with qtbot.waitSignal(household_page.loaded, timeout=5000):
        member_form.save_button.click()
    assert [m.name for m in household_page.detail.members] == ["次仁多吉", "拉珍"]
    assert household_page.detail.household.flags == (HouseholdFlag.TUOPIN.value,)
    assert household_page.detail.household.grid_id == world.grid_b


def test_duplicate_id_offers_to_open_the_existing_person(qtbot, page, ctx, world):
    dialog = open_household_of(qtbot, page, "扎西次仁")
    with qtbot.waitSignal(page.opener.dialog_opened, timeout=5000) as opened:
        dialog.member_buttons["add"].click()
    form = opened.args[0]
    rw.type_text(form.name_edit, "张三")
    qtbot.keyClicks(form.id_edit, rw.id_number(1))  # 张晓华's number
    qtbot.waitUntil(lambda: form.duplicate_of == world.zhang, timeout=5000)
    assert "已登记给张晓华" in form.form.error_text("id_number")
    assert form.open_existing_button.isVisibleTo(form)
    with qtbot.waitSignal(page.opener.dialog_opened, timeout=5000) as opened:
        form.open_existing_button.click()
    existing = opened.args[0]
    qtbot.waitUntil(lambda: existing.detail is not None, timeout=5000)
    assert existing.current_member().id == world.zhang


def test_duplicate_id_caught_at_save_too(qtbot, page, ctx, world):
    dialog = open_household_of(qtbot, page, "扎西次仁")
    with qtbot.waitSignal(page.opener.dialog_opened, timeout=5000) as opened:
        dialog.member_buttons["add"].click()
    form = opened.args[0]
    rw.type_text(form.name_edit, "张三")
    form.id_edit.setText(rw.id_number(2, rw.Gender.FEMALE))  # 卓玛's number, pasted
    form.save()
    rw.wait_idle(qtbot, ctx)
    assert form.duplicate_of == world.zhuoma
    assert "已登记给卓玛" in form.form.error_text("id_number")
    with ctx.store.reader() as s:
        assert len(queries.household_detail(s, world.household_b).members) == 1  # nothing written


def test_move_a_person_to_another_household(qtbot, page, ctx, world):
    dialog = open_household_of(qtbot, page, "卓玛")
    with qtbot.waitSignal(page.opener.dialog_opened, timeout=5000) as opened:
        dialog.member_buttons["move"].click()
    move = opened.args[0]
    qtbot.keyClicks(move.picker.search_edit, "H002")
    qtbot.waitUntil(lambda: move.confirm_button.isEnabled(), timeout=5000)
    assert move.picker.current().household_no == "H002"
    move.relation_combo.setCurrentIndex(move.relation_combo.findData("spouse"))
    with qtbot.waitSignal(move.saved, timeout=5000):
        move.confirm_button.click()
    qtbot.waitUntil(lambda: [m.name for m in dialog.detail.members] == ["张晓华"], timeout=5000)
    with ctx.store.reader() as s:
        moved = queries.get_person(s, world.zhuoma)
    assert moved.household_no == "H002" and moved.relation == "spouse"


def test_mark_deceased_with_a_cancellable_confirmation_and_history(qtbot, page, ctx, world, qtmodeltester):
    dialog = open_household_of(qtbot, page, "卓玛")
    with qtbot.waitSignal(page.opener.dialog_opened, timeout=5000) as opened:
        dialog.member_buttons["deceased"].click()
    confirm = opened.args[0]
    assert "卓玛" in confirm.findChild(type(confirm.form.general_error), "question").text()
    confirm.cancel_button.click()  # cancelled: nothing written
    rw.wait_idle(qtbot, ctx)
    with ctx.store.reader() as s:
        assert queries.get_person(s, world.zhuoma).status == PersonStatus.ACTIVE.value
    with qtbot.waitSignal(page.opener.dialog_opened, timeout=5000) as opened:
        dialog.member_buttons["deceased"].click()
    confirm = opened.args[0]
    rw.type_text(confirm.note_edit, "病故")
    with qtbot.waitSignal(dialog.loaded, timeout=5000):
        confirm.confirm_button.click()
    zhuoma = next(m for m in dialog.detail.members if m.id == world.zhuoma)
    assert zhuoma.status == PersonStatus.DECEASED.value
    assert "死亡" in dialog.members_model.index(1, MemberListModel.COL_STATUS).data()
    dialog.select_member(world.zhuoma)
    assert not dialog.member_buttons["move"].isEnabled()
    # the record history shows who changed the status
    with qtbot.waitSignal(page.opener.dialog_opened, timeout=5000) as opened:
        dialog.member_buttons["history"].click()
    history = opened.args[0]
    qtbot.waitUntil(lambda: history.model.rowCount() > 0, timeout=5000)
    qtmodeltester.check(history.model)
    first = {
        history.model.index(0, c).data()
        for c in (HistoryModel.COL_FIELD, HistoryModel.COL_AFTER, HistoryModel.COL_USER)
    }
    fields = [history.model.index(r, HistoryModel.COL_FIELD).data() for r in range(history.model.rowCount())]
    assert "状态" in fields and "变动说明" in fields
    status_row = fields.index("状态")
    assert history.model.index(status_row, HistoryModel.COL_AFTER).data() == "死亡"
    assert history.model.index(status_row, HistoryModel.COL_BEFORE).data() == "在册"
    assert history.model.index(status_row, HistoryModel.COL_USER).data() == "admin"
    assert first
    # when, in county time (UTC+8) whatever the machine's zone
    at = history.model.row_at(status_row).at
    shown = history.model.index(status_row, HistoryModel.COL_TIME).data()
    assert shown == (at.astimezone(UTC) + timedelta(hours=8)).strftime("%Y-%m-%d %H:%M:%S")


def test_person_list_models_pass_the_model_tester(qtmodeltester, qapp):
    model = PersonListModel()
    qtmodeltester.check(model)
    QApplication.processEvents()


def test_ctrl_f_focuses_the_search_and_column_layout_is_remembered(qtbot, page, ctx):
    page.persons.view.setFocus()
    qtbot.keyClick(page.persons.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search_edit.hasFocus()
    header = page.persons.view.horizontalHeader()
    header.resizeSection(PersonListModel.COL_NAME, 321)
    header.moveSection(PersonListModel.COL_PHONE, 1)
    page.persons.save_columns()
    again = RegisterPage(ctx)
    qtbot.addWidget(again)
    restored = again.persons.view.horizontalHeader()
    assert restored.sectionSize(PersonListModel.COL_NAME) == 321
    assert restored.visualIndex(PersonListModel.COL_PHONE) == 1
    rw.wait_idle(qtbot, ctx)


def test_household_page_shows_visits_duties_and_ratings(qtbot, page, ctx, world, qtmodeltester):
    from datetime import date

    from gov_desktop.store.usecases import grids as grid_uc
    from gov_desktop.store.usecases import visits

    visits.record_visit(
        ctx.store,
        ctx.actor,
        visits.VisitInput(
            world.household_a,
            date.today(),
            findings="已宣传医保政策",
            visitor_name="格桑",
            follow_up_needed=True,
        ),
    )
    grid_uc.assign_party_duty(
        ctx.store, ctx.actor, person_id=world.zhang, household_id=world.household_a, duty_kinds=["policy"]
    )
    grid_uc.rate_household(ctx.store, ctx.actor, world.household_a, year=date.today().year, stars=4)
    dialog = open_household_of(qtbot, page, "张晓华")
    assert dialog.visits_model.rowCount() == 1
    assert dialog.visits_model.index(0, 3).data() == "已宣传医保政策"
    assert dialog.visits_model.index(0, 4).data() == "待跟进"
    assert "张晓华（包政策宣传）" in dialog.info_labels["duties"].text()
    assert dialog.ratings_model.index(0, 4).data() == "★★★★☆☆"
    assert dialog.tabs.tabText(0) == "走访记录（1）"
    for model in (dialog.visits_model, dialog.requests_model, dialog.ratings_model, dialog.appeals_model):
        qtmodeltester.check(model)
