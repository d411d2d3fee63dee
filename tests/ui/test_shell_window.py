"""The main window: role-filtered sidebar, Ctrl+1…9, lazily built pages, language switch, crash dialog."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from gov_desktop.ui import crash
from gov_desktop.ui.fonts import apply_language_font
from gov_desktop.ui.i18n import install_language
from gov_desktop.ui.shell.navigation import PAGES, PlaceholderPage

sys.path.insert(0, str(Path(__file__).parent))
import shell_support as ss

demo_template = ss.demo_template
demo_store = ss.demo_store
open_shell = ss.open_shell
compiled_translations = ss.compiled_translations

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def sidebar_texts(window) -> list[str]:
    return [window.sidebar.item(i).text() for i in range(window.sidebar.count())]


def test_pages_are_built_lazily_and_ctrl_digits_navigate(qtbot, demo_store, open_shell):
    shell = open_shell(demo_store)
    window = shell.window
    assert list(window.pages) == ["dashboard"]  # only what was shown
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    for n, spec in enumerate(PAGES, start=1):
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0 + n), Qt.KeyboardModifier.ControlModifier)
        assert window.current_page_key == spec.key
        assert window.stack.currentWidget() is window.pages[spec.key]
        assert not isinstance(window.pages[spec.key], PlaceholderPage) or spec.key in ("register", "grids")
    assert set(window.pages) == {spec.key for spec in PAGES}
    ss.wait_idle(qtbot, shell.ctx)
    # the sidebar is the other way in
    window.sidebar.setCurrentRow(3)
    assert window.current_page_key == "services"


def test_viewer_sees_no_write_actions(qtbot, demo_store, open_shell):
    shell = open_shell(demo_store, "viewer")
    window = shell.window
    assert "sync" not in window.visible_page_keys()
    assert not window.sync_action.isEnabled()
    assert "查看员" in window.user_label.text() and "只读用户" in window.user_label.text()
    for key in ("services", "visits", "appeals", "dashboard", "settings"):
        window.show_page(key)
    page = window.pages["services"]
    assert not page.accept_button.isVisible() and not page.done_button.isVisible()
    assert not window.pages["visits"].record_button.isVisible()
    assert not window.pages["appeals"].create_button.isVisible()
    assert not [
        b
        for b in window.pages["dashboard"].findChildren(QPushButton)
        if b.objectName().startswith("quick_")
        and b.objectName() != "quick_register"
        and b.objectName() != "quick_reports"
    ]
    assert window.pages["settings"].backups_tab is None
    assert not window.pages["settings"].users_tab.add_button.isVisible()
    ss.wait_idle(qtbot, shell.ctx)


def test_roles_see_their_own_pages(qtbot, demo_store, open_shell):
    hall = open_shell(demo_store, "hall").window
    assert {"services", "appeals"} <= set(hall.visible_page_keys())
    assert "visits" not in hall.visible_page_keys()
    liaison = open_shell(demo_store, "liaison").window
    assert "visits" in liaison.visible_page_keys() and "services" not in liaison.visible_page_keys()
    liaison.show_page("services")  # a shortcut to a hidden page does nothing
    assert liaison.current_page_key != "services"


def test_switching_user_rebuilds_pages_for_the_new_role(qtbot, demo_store, open_shell):
    from gov_desktop.store.users import authenticate

    shell = open_shell(demo_store)
    window = shell.window
    window.show_page("services")
    old = window.pages["services"]
    assert old.accept_button.isVisibleTo(window)
    viewer = authenticate(demo_store, "viewer", ss.PASSWORD)
    shell.ctx.actor = viewer
    shell.ctx.bus.actor_changed.emit(viewer)
    assert window.pages.get("services") is not old
    assert "只读用户" in window.user_label.text()
    assert "sync" not in window.visible_page_keys()
    ss.wait_idle(qtbot, shell.ctx)


def test_language_switch_changes_the_sidebar(qtbot, demo_store, open_shell, compiled_translations):
    shell = open_shell(demo_store)
    window = shell.window
    window.show_page("settings")
    general = window.pages["settings"].general_tab
    app = QApplication.instance()
    base_size = app.font().pointSizeF()
    try:
        general.apply_language("bo")
        texts = sidebar_texts(window)
        assert texts[0] == "ལས་ཀའི་སྟེགས།" and texts[1] == "མི་འབོར་ཐོ་འགོད།"
        assert window.sync_action.text() == "མཉམ་འགྲིག"
        # Tibetan script is drawn small: the whole UI grows a little
        assert QApplication.font().pointSizeF() == pytest.approx(base_size * 1.35)
        general = window.page("settings").general_tab  # pages were rebuilt in the new language
        general.apply_language("en")
        assert sidebar_texts(window)[:3] == ["Dashboard", "Residents", "Grids"]
        assert window.sync_action.text() == "Sync"
        assert "Not enrolled" in window.sync_status.link_label.text()
        assert str(shell.ctx.settings.value("ui/language")) == "en"
    finally:
        install_language(app, "zh_CN")
        apply_language_font(app, "zh_CN")
        shell.ctx.bus.language_changed.emit("zh_CN")
    assert sidebar_texts(window)[0] == "工作台"
    ss.wait_idle(qtbot, shell.ctx)


@pytest.mark.qt_no_exception_capture
def test_exception_in_a_slot_shows_the_chinese_dialog_and_writes_a_report(qtbot, tmp_path, monkeypatch):
    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self) or 0)
    previous = sys.excepthook
    crash.install(tmp_path / "reports")
    try:
        button = QPushButton("boom")
        qtbot.addWidget(button)

        def broken() -> None:
            raise RuntimeError("a bug in a slot")

        button.clicked.connect(broken)
        button.click()
        qtbot.waitUntil(lambda: bool(shown), timeout=3000)
        button.click()  # the app kept running: the same slot fails again and is reported again
        qtbot.waitUntil(lambda: len(shown) == 2, timeout=3000)
    finally:
        sys.excepthook = previous
    assert "意外错误" in shown[0].text()
    reports = sorted((tmp_path / "reports").glob("error-*.txt"))
    assert len(reports) == 2 and "a bug in a slot" in reports[0].read_text(encoding="utf-8")


def test_f1_shows_the_shortcuts_and_every_key_it_names_is_bound(qtbot, demo_store, open_shell):
    """帮助 → 快捷键 (F1) lists the keyboard shortcuts; each key it names is bound in the window or a page,
    so the card cannot drift from the code."""
    from PySide6.QtGui import QAction, QKeySequence, QShortcut

    from gov_desktop.ui.dialogs.shortcuts import SHORTCUTS

    shell = open_shell(demo_store)
    window = shell.window
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    dialog = window.shortcuts_dialog
    assert dialog.isVisible() and dialog.table.rowCount() == len(SHORTCUTS)
    assert dialog.table.item(1, 0).text() == "F5" and "同步" in dialog.table.item(1, 1).text()
    dialog.reject()

    for key in window.visible_page_keys():
        window.show_page(key)  # builds every page, with its shortcuts
    ss.wait_idle(qtbot, shell.ctx)
    bound = {a.shortcut().toString() for a in window.findChildren(QAction)}
    bound |= {s.key().toString() for s in window.findChildren(QShortcut)}
    for keys, _what in SHORTCUTS:
        if keys == "Ctrl+1 … Ctrl+9":
            assert {f"Ctrl+{n}" for n in range(1, 10)} <= bound
        elif keys != "Enter / Esc":
            assert QKeySequence(keys).toString() in bound, keys
