"""The pages the shell owns, driven through their widgets on a small demo county: dashboard, 便民服务,
走访记录, 群众诉求, 统计报表 and 系统设置."""

from __future__ import annotations

import sys
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from gov_desktop.core.enums import RequestStatus
from gov_desktop.store import queries
from gov_desktop.store.users import list_users

sys.path.insert(0, str(Path(__file__).parent))
import shell_support as ss

demo_template = ss.demo_template
demo_store = ss.demo_store
open_shell = ss.open_shell

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def first_person(store):
    with store.reader() as s:
        return queries.list_persons(s, limit=1)[0]


def test_dashboard_shows_todays_figures_and_quick_actions_open_forms(qtbot, demo_store, open_shell):
    shell = open_shell(demo_store)
    page = shell.window.pages["dashboard"]
    qtbot.waitUntil(lambda: page.figures is not None, timeout=10_000)
    assert page.cards["households"].number.text() == "40"
    assert page.cards["requests_open"].number.text() == str(page.figures.requests_open)
    assert "尚未登记" in page.sync_label.text()
    qtbot.mouseClick(page.quick_buttons["services:accept_request"], Qt.MouseButton.LeftButton)
    assert shell.window.current_page_key == "services"
    dialog = shell.window.pages["services"].accept_dialog
    assert dialog.isVisible()
    dialog.reject()
    ss.wait_idle(qtbot, shell.ctx)


def test_accept_a_request_then_complete_it(qtbot, demo_store, open_shell):
    shell = open_shell(demo_store)
    shell.window.show_page("services")
    page = shell.window.pages["services"]
    ss.wait_idle(qtbot, shell.ctx)
    before = page.model.rowCount()
    page.accept_request()
    dialog = page.accept_dialog
    qtbot.waitUntil(lambda: dialog.matter_combo.count() > 0, timeout=5000)
    # nobody named: the refusal is shown at the applicant's field, nothing written
    dialog.save()
    qtbot.waitUntil(lambda: bool(dialog.form.error_text("applicant_name")), timeout=5000)
    assert dialog.form.error_text("applicant_name") == "申请人不能为空"
    person = first_person(demo_store)
    ss.type_text(dialog.person_picker.search_edit, person.name)
    qtbot.waitUntil(lambda: dialog.person_picker.current() is not None, timeout=5000)
    assert dialog.person_picker.current().name == person.name
    dialog.check_all_materials()
    dialog.channel_combo.setFocus()
    with qtbot.waitSignal(dialog.saved, timeout=10_000) as saved:
        qtbot.keyClick(dialog.channel_combo, Qt.Key.Key_Return)  # Enter saves (from any field but the note)
    request_id = saved.args[0].id
    qtbot.waitUntil(lambda: page.model.row_of(request_id) >= 0, timeout=5000)
    assert page.model.rowCount() == before + 1
    row = page.model.row_at(page.model.row_of(request_id))
    assert row.applicant_name == person.name and row.status == RequestStatus.ACCEPTED.value

    page.select_id(request_id)
    assert page.done_button.isEnabled()
    page.close_request(False)
    close = page.close_dialog
    close.save()
    qtbot.waitUntil(lambda: bool(close.form.error_text("result")), timeout=5000)
    assert "不能为空" in close.form.error_text("result")
    ss.type_text(close.result_edit, "已办结，结果已告知申请人")
    with qtbot.waitSignal(close.saved, timeout=5000):
        close.save()
    qtbot.waitUntil(lambda: page.model.row_of(request_id) < 0, timeout=5000)  # no longer open
    with demo_store.reader() as s:
        (done,) = [r for r in queries.list_requests(s, limit=1000) if r.id == request_id]
    assert done.status == RequestStatus.DONE.value
    ss.wait_idle(qtbot, shell.ctx)


def test_accept_then_ctrl_p_prints_the_receipt(qtbot, demo_store, open_shell, tmp_path):
    """The hall's flow: accept a request with a material missing, the new request is selected, Ctrl+P shows
    its 受理回执 (masked ID, missing material, serial number), which prints to an A5 PDF."""
    from gov_desktop.ui.printing import print_html_to_pdf

    shell = open_shell(demo_store)
    shell.window.show_page("services")
    page = shell.window.pages["services"]
    ss.wait_idle(qtbot, shell.ctx)
    shown: list[str] = []
    page.show_receipt = shown.append
    page.accept_request()
    dialog = page.accept_dialog
    qtbot.waitUntil(lambda: dialog.matter_combo.count() > 0, timeout=5000)
    with demo_store.reader() as s:
        person = next(p for p in queries.list_persons(s, limit=50) if p.id_number)
    ss.type_text(dialog.person_picker.search_edit, person.id_number)
    qtbot.waitUntil(lambda: dialog.person_picker.current() is not None, timeout=5000)
    with qtbot.waitSignal(dialog.saved, timeout=10_000) as saved:
        dialog.save()  # no material ticked: all of them are still missing
    request_id = saved.args[0].id
    qtbot.waitUntil(
        lambda: page.current_row() is not None and page.current_row().id == request_id, timeout=5000
    )
    assert "Ctrl+P" in page.info_label.text() and page.print_button.isEnabled()
    shell.window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is shell.window, timeout=3000)
    qtbot.keyClick(page.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    html = shown[0]
    with demo_store.reader() as s:
        receipt = queries.request_receipt(s, request_id)
    assert receipt is not None and receipt.materials_required and not receipt.materials_received
    assert receipt.serial_no in html and receipt.matter_name in html and person.name in html
    assert person.id_number not in html and person.id_number[-4:] in html  # masked
    assert "尚缺材料" in html and receipt.materials_required[0] in html
    pdf = print_html_to_pdf(html, tmp_path / "回执.pdf")
    assert pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 2000
    ss.wait_idle(qtbot, shell.ctx)


def test_record_a_visit_with_follow_up_then_complete_it(qtbot, demo_store, open_shell):
    shell = open_shell(demo_store)
    shell.window.show_page("visits")
    page = shell.window.pages["visits"]
    ss.wait_idle(qtbot, shell.ctx)
    person = first_person(demo_store)
    page.record_visit()
    dialog = page.form_dialog
    qtbot.keyClicks(dialog.picker.search_edit, person.household_no)
    qtbot.waitUntil(lambda: dialog.picker.current() is not None, timeout=5000)
    qtbot.waitUntil(lambda: dialog.visitor_combo.count() > 1, timeout=5000)
    ss.type_text(dialog.findings_edit, "家中老人身体良好，已宣传医保政策")
    dialog.follow_check.setChecked(True)
    ss.type_text(dialog.follow_edit, "格桑")
    with qtbot.waitSignal(dialog.saved, timeout=5000) as saved:
        dialog.save()
    visit_id = saved.args[0].id
    qtbot.waitUntil(lambda: page.model.row_of(visit_id) >= 0, timeout=5000)
    page.filter_combo.setCurrentIndex(1)  # 待跟进
    qtbot.waitUntil(lambda: page.model.row_of(visit_id) >= 0, timeout=5000)
    page.select_id(visit_id)
    assert page.follow_button.isEnabled()
    qtbot.mouseClick(page.follow_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.row_of(visit_id) < 0, timeout=5000)
    ss.wait_idle(qtbot, shell.ctx)


def test_create_an_appeal_and_dispatch_it(qtbot, demo_store, open_shell):
    shell = open_shell(demo_store)
    shell.window.show_page("appeals")
    page = shell.window.pages["appeals"]
    ss.wait_idle(qtbot, shell.ctx)
    person = first_person(demo_store)
    page.create_appeal()
    dialog = page.form_dialog
    dialog.save()
    qtbot.waitUntil(lambda: bool(dialog.form.error_text("content")), timeout=5000)
    assert dialog.form.error_text("content") == "诉求内容不能为空"
    ss.type_text(dialog.content_edit, "村里路灯坏了，希望修理")
    qtbot.keyClicks(dialog.picker.search_edit, person.household_no)
    qtbot.waitUntil(lambda: dialog.picker.current() is not None, timeout=5000)
    with qtbot.waitSignal(dialog.saved, timeout=5000) as saved:
        dialog.save()
    appeal_id = saved.args[0].id
    qtbot.waitUntil(lambda: page.model.row_of(appeal_id) >= 0, timeout=5000)
    page.select_id(appeal_id)
    assert page.dispatch_button.isEnabled()
    page.dispatch()
    dispatch = page.form_dialog
    qtbot.waitUntil(lambda: dispatch.org_combo.count() > 0, timeout=5000)
    with qtbot.waitSignal(dispatch.saved, timeout=5000):
        dispatch.save()
    qtbot.waitUntil(
        lambda: (
            page.model.row_of(appeal_id) >= 0
            and page.model.row_at(page.model.row_of(appeal_id)).status == "dispatched"
        ),
        timeout=5000,
    )
    ss.wait_idle(qtbot, shell.ctx)


def test_reports_export_the_indicators_to_excel(qtbot, demo_store, open_shell, tmp_path):
    shell = open_shell(demo_store)
    shell.window.show_page("reports")
    page = shell.window.pages["reports"]
    qtbot.waitUntil(lambda: page.models[0].rowCount() > 10, timeout=10_000)
    target = tmp_path / "指标.xlsx"
    page.export_to(target, 0)
    qtbot.waitUntil(lambda: "已导出" in page.as_of.text(), timeout=10_000)
    sheet = openpyxl.load_workbook(target).active
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    assert ["指标", "数值"] in values
    assert ["户数", 40] in values
    ss.wait_idle(qtbot, shell.ctx)


def test_settings_add_user_backup_and_confirmed_restore_request(qtbot, demo_store, open_shell):
    shell = open_shell(demo_store)
    shell.window.show_page("settings")
    page = shell.window.pages["settings"]
    users = page.users_tab
    qtbot.waitUntil(lambda: users.model.rowCount() == 4, timeout=5000)
    users.add_user()
    dialog = users.dialog
    qtbot.keyClicks(dialog.username_edit, "lamu")
    ss.type_text(dialog.display_edit, "拉姆")
    dialog.role_combo.setCurrentIndex(dialog.role_combo.findData("township_admin"))
    qtbot.keyClicks(dialog.township_edit, "542525101")
    qtbot.keyClicks(dialog.password_edit, "weak")
    qtbot.keyClicks(dialog.confirm_edit, "weak")
    dialog.save()
    qtbot.waitUntil(lambda: bool(dialog.form.error_text("password")), timeout=5000)
    assert "至少8位" in dialog.form.error_text("password")
    dialog.password_edit.setText("lamu2024x")
    dialog.confirm_edit.setText("lamu2024x")
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        qtbot.keyClick(dialog.confirm_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: users.model.rowCount() == 5, timeout=5000)
    assert any(u.username == "lamu" and u.display_name == "拉姆" for u in list_users(demo_store))

    backups = page.backups_tab
    backups.backup()
    qtbot.waitUntil(lambda: backups.model.rowCount() == 1, timeout=10_000)
    chosen = backups.model.row_at(0).path
    with qtbot.waitSignal(page.restore_requested, timeout=10_000) as asked:
        backups.confirmed_restore(chosen)
    assert asked.args == [str(chosen)]
    backups.reload()
    qtbot.waitUntil(lambda: backups.model.rowCount() == 2, timeout=5000)
    assert {b.label for b in backups.model.rows()} == {"", "before-restore"}  # the undo exists
    ss.wait_idle(qtbot, shell.ctx)


def test_the_backups_tab_warns_when_the_key_is_kept_in_a_plain_file(qtbot, tmp_path, open_shell):
    """No OS keyring (keyring fell back to keyrings.alt's plaintext file): the administrator is told, with
    what to do. With an OS keyring the tab just says where the key is."""
    import keyring
    from keyring.backends import SecretService, chainer

    from gov_desktop.core.enums import COUNTY_SCOPE
    from gov_desktop.store.engine import open_store
    from gov_desktop.store.users import create_first_admin
    from gov_desktop.ui.pages.settings_page.backups_tab import BackupsTab

    store = open_store(tmp_path / "enc.db")  # encrypted: its key went to this test's plaintext keyring
    try:
        assert store.encrypted
        create_first_admin(store, "admin", ss.PASSWORD, COUNTY_SCOPE)
        shell = open_shell(store, window=False)
        plain = BackupsTab(shell.ctx)
        qtbot.addWidget(plain)
        assert not plain.storage_label.isHidden()
        assert plain.storage_label.text().startswith("警告：本机没有可用的系统密钥环")
        assert "keyring_pass.cfg" in plain.storage_label.text()  # the file to guard, named
        previous = keyring.get_keyring()
        try:  # an OS keyring first in a chain (only its type is looked at: nothing is read or written)

            class OsFirst(chainer.ChainerBackend):
                backends = [SecretService.Keyring(), previous]

            keyring.set_keyring(OsFirst())
            protected = BackupsTab(shell.ctx)
            qtbot.addWidget(protected)
        finally:
            keyring.set_keyring(previous)
        assert protected.storage_label.text() == "密钥保存在系统密钥环（SecretService Keyring）中。"
        ss.wait_idle(qtbot, shell.ctx)
    finally:
        store.close()


@pytest.mark.parametrize(
    ("key", "model", "field"),
    [
        ("services", "ServiceRequest", "note"),
        ("visits", "VisitRecord", "findings"),
        ("appeals", "Appeal", "content"),
    ],
)
def test_list_pages_show_the_selected_records_history(qtbot, demo_store, open_shell, key, model, field):
    """便民服务, 走访记录, 群众诉求: 修改记录 (button or Ctrl+H) shows the selected record's history."""
    from gov_desktop.core import models

    shell = open_shell(demo_store)
    shell.window.show_page(key)
    page = shell.window.pages[key]
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=10_000)
    assert page.history_button is not None and not page.history_button.isEnabled()  # nothing selected yet
    page.table.selectRow(0)
    assert page.history_button.isEnabled()
    row = page.current_row()
    with demo_store.session("admin") as session:  # the demo arrived as if synced: one edit here
        setattr(session.get(getattr(models, model), row.id), field, "补充说明")
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    dialog = page.history_dialog
    assert dialog is not None and dialog.isVisible()
    assert (dialog.table, dialog.row_id) == (page.HISTORY_TABLE, row.id)
    assert dialog.windowTitle() == f"修改记录 — {page.history_title(row)}"
    qtbot.waitUntil(lambda: dialog.model.rowCount() > 0, timeout=5000)
    line = dialog.model.row_at(0)
    assert (line.user, line.op, line.after) == ("admin", "update", "补充说明")
    dialog.reject()
    ss.wait_idle(qtbot, shell.ctx)


@pytest.mark.parametrize("key", ["services", "visits", "appeals"])
def test_list_pages_export_every_row_of_the_filter(qtbot, demo_store, open_shell, tmp_path, monkeypatch, key):
    """导出… (Ctrl+E) on 便民服务, 走访记录, 群众诉求: all rows of the current filter, not only the first page
    the list fetched, under the list's headers; the workbook is named after the page and its filters."""
    from gov_desktop.ui.pages import list_page
    from gov_desktop.ui.pages.register.export import ListExport

    shell = open_shell(demo_store)
    shell.window.show_page(key)
    page = shell.window.pages[key]
    page.quiet = True
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=10_000)

    def everything() -> list:  # what the filter holds, read the page's own way
        rows, offset = [], 0
        fetch = page.query()
        while batch := list(fetch(offset, 500)):
            rows += batch
            offset += 500
        return rows

    combo = page.filters[0]
    sizes = []
    for index in range(combo.count()):
        combo.setCurrentIndex(index)
        sizes.append(len(everything()))
    combo.setCurrentIndex(max(range(combo.count()), key=sizes.__getitem__))  # the widest choice
    qtbot.waitUntil(lambda: not page.feed.busy and page.model.rowCount() > 0, timeout=10_000)
    expected = everything()
    monkeypatch.setattr(list_page, "EXPORT_PAGE", 7)  # many reads, and a last one cut short
    titles: list[str] = []
    monkeypatch.setattr(
        ListExport, "ask_path", lambda self: titles.append(self.title) or str(tmp_path / "x.xlsx")
    )
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: (tmp_path / "x.xlsx").exists(), timeout=20_000)
    ss.wait_idle(qtbot, shell.ctx)
    assert titles == [page.export_title()] and combo.currentText() in titles[0]
    rows = [[c.value for c in r] for r in openpyxl.load_workbook(tmp_path / "x.xlsx").active.iter_rows()]
    header = next(i for i, r in enumerate(rows) if r[: len(page.model.HEADERS)] == list(page.model.HEADERS))
    data = rows[header + 1 :]
    assert len(data) == len(expected) > 7
    assert len(data) > page.model.rowCount() or not page.model.has_more  # beyond the rows fetched so far
    first = [page.model.display(expected[0], c) for c in range(len(page.model.HEADERS))]
    assert [("" if v is None else str(v)) for v in data[0][: len(first)]] == [str(v) for v in first]


def test_list_pages_print_the_filter_on_as_many_pages_as_it_takes(qtbot, demo_store, open_shell, monkeypatch):
    """打印… on 走访记录: every visit of the filter in one table over several A4 pages, its header row on each;
    a list too long for paper is refused with the way out (filter, or Excel)."""
    from PySide6.QtGui import QTextTable
    from PySide6.QtPrintSupport import QPrintPreviewWidget

    from gov_desktop.reports import list_print

    shell = open_shell(demo_store)
    shell.window.show_page("visits")
    page = shell.window.pages["visits"]
    page.quiet = True
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=10_000)
    total = sum(1 for _ in page.all_rows()())
    assert total > 40  # enough for more than one page

    job = page.print_list()
    with qtbot.waitSignal(job.opened, timeout=20_000) as opened:
        pass
    dialog = opened.args[0]
    assert f"共 {total} 条" in dialog._document.toPlainText()
    tables = [f for f in dialog._document.rootFrame().childFrames() if isinstance(f, QTextTable)]
    assert tables[0].rows() == total + 1 and tables[0].format().headerRowCount() == 1
    preview = dialog.findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: preview.pageCount() > 1, timeout=10_000)
    dialog.reject()

    monkeypatch.setattr(list_print, "MAX_ROWS", total - 1)
    job = page.print_list()
    with qtbot.waitSignal(job.too_long, timeout=20_000) as refused:
        pass
    assert refused.args == [total] and job.dialog is None
    ss.wait_idle(qtbot, shell.ctx)
