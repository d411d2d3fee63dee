"""Sync from the shell against a real county server on 127.0.0.1: enrol on the sync page, F5 with progress
in the status bar, conflicts resolved side by side (keep mine / take theirs), USB bundle export."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from gov_desktop.core.models import Household
from gov_desktop.store.users import create_first_admin
from gov_desktop.sync.conflicts import list_conflicts
from gov_desktop.sync.engine import SyncEngine
from gov_desktop.sync.enrol import enroll

sys.path.insert(0, str(Path(__file__).parent))
import shell_support as ss

empty_template = ss.empty_template
open_shell = ss.open_shell
county_server = ss.county_server

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture
def township_store(empty_template, tmp_path):
    store = ss.copy_empty(empty_template, tmp_path / "a.db")
    store.set_meta("township_code", ss.TOWNSHIP)
    create_first_admin(store, "admin", ss.PASSWORD, ss.TOWNSHIP, display_name="乡管理员")
    yield store
    store.close()


def add_household(store, no: str, address: str) -> str:
    with store.session("someone") as s:
        h = Household(township_code=ss.TOWNSHIP, household_no=no, address=address)
        s.add(h)
    return h.id


def set_address(store, household_id: str, address: str, user: str) -> None:
    with store.session(user) as s:
        s.get(Household, household_id).address = address


def run_sync(store) -> None:
    engine = SyncEngine.for_store(store)
    try:
        engine.run()
    finally:
        engine.transport.close()


def enrol_from_sync_page(qtbot, shell, server) -> None:
    window = shell.window
    window.show_page("sync")
    tab = window.pages["sync"].enrol_tab
    qtbot.keyClicks(tab.form.url_edit, server.url)
    qtbot.keyClicks(tab.form.code_edit, server.code())
    with qtbot.waitSignal(shell.ctx.sync.enrolled_changed, timeout=15_000) as enrolled:
        qtbot.mouseClick(tab.enrol_button, Qt.MouseButton.LeftButton)
    assert enrolled.args == [True]
    assert "本机已登记" in tab.current_label.text()


def test_enrol_then_f5_syncs_with_progress_in_the_status_bar(
    qtbot, township_store, open_shell, county_server
):
    shell = open_shell(township_store)
    window, sync = shell.window, shell.ctx.sync
    assert "未登记同步" in window.sync_status.link_label.text()
    enrol_from_sync_page(qtbot, shell, county_server)

    # a wrong code shows the server's Chinese message at the code field
    tab = window.pages["sync"].enrol_tab
    tab.form.code_edit.setText("WRONG-CODE")
    tab.enrol()
    qtbot.waitUntil(lambda: bool(tab.form.error_text("code")), timeout=10_000)
    assert "登记码" in tab.form.error_text("code")

    for n in range(3):
        add_household(township_store, f"H-{n:03d}", f"{n}组")
    shell.ctx.bus.changed.emit(type("C", (), {"tables": {"household"}})())
    qtbot.waitUntil(lambda: "待上传 3 条" in window.sync_status.pending_label.text(), timeout=5000)

    progress: list[tuple[int, int, str]] = []
    sync.progress.connect(lambda d, t, s: progress.append((d, t, s)))
    window.activateWindow()
    with qtbot.waitSignal(sync.finished, timeout=20_000) as finished:
        qtbot.keyClick(window, Qt.Key.Key_F5)
        assert window.sync_status.progress_bar.isVisible()
    report = finished.args[0]
    assert report.pushed == 3 and report.up_to_date
    assert progress and any("上传" in text for _, _, text in progress)
    qtbot.waitUntil(lambda: "待上传 0 条" in window.sync_status.pending_label.text(), timeout=5000)
    assert "在线" in window.sync_status.link_label.text()
    assert "上次同步" in window.sync_status.last_sync_label.text()
    assert not window.sync_status.progress_bar.isVisible()
    assert "同步完成" in window.statusBar().currentMessage()
    status_tab = window.pages["sync"].status_tab
    qtbot.waitUntil(lambda: status_tab.runs_model.rowCount() == 1, timeout=3000)
    qtbot.waitUntil(lambda: status_tab.batch_model.rowCount() >= 1, timeout=3000)
    ss.wait_idle(qtbot, shell.ctx)


def test_conflicts_resolved_from_the_sync_page(
    qtbot, township_store, empty_template, tmp_path, open_shell, county_server
):
    other = ss.copy_empty(empty_template, tmp_path / "b.db")
    try:
        enroll(township_store, county_server.url, county_server.code())
        enroll(other, county_server.url, county_server.code())
        h1 = add_household(township_store, "H-001", "一组")
        h2 = add_household(township_store, "H-002", "二组")
        run_sync(township_store)
        run_sync(other)
        # offline edits of the same fields; the other device sends first, this one (later stamps) wins
        set_address(other, h1, "对方写的一组", "bob")
        set_address(other, h2, "对方写的二组", "bob")
        run_sync(other)
        set_address(township_store, h1, "本机写的一组", "admin")
        set_address(township_store, h2, "本机写的二组", "admin")

        shell = open_shell(township_store)
        window, sync = shell.window, shell.ctx.sync
        qtbot.waitUntil(lambda: sync.enrolled, timeout=5000)
        window.show_page("sync")
        page = window.pages["sync"]
        with qtbot.waitSignal(sync.finished, timeout=20_000) as finished:
            window.start_sync()
        assert finished.args[0].pulled >= 2  # the server logged the conflicts; their entries come back
        tab = page.conflicts_tab
        qtbot.waitUntil(lambda: tab.model.rowCount() == 2, timeout=5000)
        assert "冲突（2）" in page.tabs.tabText(page.tabs.indexOf(tab))
        qtbot.waitUntil(lambda: "冲突 2 条" in window.sync_status.pending_label.text(), timeout=5000)

        def pick(address_mine: str) -> None:
            for row in range(tab.model.rowCount()):
                if tab.model.row_at(row).mine == address_mine:
                    tab.view.selectRow(row)
                    return
            raise AssertionError(address_mine)

        pick("本机写的一组")
        assert tab.mine_value.text() == "本机写的一组" and tab.theirs_value.text() == "对方写的一组"
        with qtbot.waitSignal(tab.resolved, timeout=5000):
            qtbot.mouseClick(tab.keep_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=5000)
        pick("本机写的二组")
        with qtbot.waitSignal(tab.resolved, timeout=5000):
            qtbot.mouseClick(tab.take_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: tab.model.rowCount() == 0, timeout=5000)
        with township_store.reader() as s:
            assert s.get(Household, h1).address == "本机写的一组"
            assert s.get(Household, h2).address == "对方写的二组"
        assert list_conflicts(township_store) == []
        # the choice travels: after the next sync the other device has the same values
        with qtbot.waitSignal(sync.finished, timeout=20_000):
            window.start_sync()
        run_sync(other)
        with other.reader() as s:
            assert s.get(Household, h1).address == "本机写的一组"
            assert s.get(Household, h2).address == "对方写的二组"
        ss.wait_idle(qtbot, shell.ctx)
    finally:
        other.close()


def test_usb_bundle_export_from_the_sync_page(qtbot, township_store, open_shell, county_server, tmp_path):
    enroll(township_store, county_server.url, county_server.code())
    add_household(township_store, "H-009", "九组")
    shell = open_shell(township_store)
    window = shell.window
    qtbot.waitUntil(lambda: shell.ctx.sync.enrolled, timeout=5000)
    window.show_page("sync")
    usb = window.pages["sync"].usb_tab
    target = tmp_path / "out.govsync"
    usb.export_to(target)
    qtbot.waitUntil(lambda: "已导出" in usb.result_label.text(), timeout=10_000)
    assert target.is_file() and target.stat().st_size > 0
    # a file that is not a reply shows the Chinese reason, nothing is imported
    usb.import_from(target)
    qtbot.waitUntil(lambda: not usb.progress.isVisible(), timeout=10_000)
    assert usb.result_label.text() and "已导入" not in usb.result_label.text()
    ss.wait_idle(qtbot, shell.ctx)


def test_background_scheduler_reports_through_qt_signals(qtbot, township_store, county_server, tmp_path):
    """The scheduler's thread runs at once when started; the controller hears it on the GUI thread."""
    from gov_desktop.store.users import authenticate
    from gov_desktop.ui.sync_controller import SyncController

    enroll(township_store, county_server.url, county_server.code())
    add_household(township_store, "H-010", "十组")
    ctx = ss.make_ctx(
        township_store, authenticate(township_store, "admin", ss.PASSWORD), tmp_path, sync=False
    )
    controller = SyncController(township_store, ctx.runner, ctx.bus, interval=300, auto=True)
    states = []
    controller.state_changed.connect(states.append)
    try:
        with qtbot.waitSignal(controller.finished, timeout=20_000) as finished:
            controller.start()
        assert finished.args[0].pushed == 1
        assert controller.history[0].kind == "scheduled" and controller.history[0].ok
        qtbot.waitUntil(lambda: bool(states) and states[-1].pending == 0 and states[-1].online, timeout=5000)
    finally:
        controller.stop()
        ctx.runner.wait_idle()
