"""Start-up: the first-run wizard, the sign-in dialog, and the composition root end to end."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QWizard

from gov_desktop.paths import init as init_paths
from gov_desktop.store.users import authenticate, has_users
from gov_desktop.ui.dialogs.first_run import CHOICE_DEMO, FirstRunWizard
from gov_desktop.ui.dialogs.signin import SignInDialog
from gov_desktop.ui.tasks import TaskRunner

sys.path.insert(0, str(Path(__file__).parent))
import shell_support as ss

empty_template = ss.empty_template

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")


@pytest.fixture
def empty_store(empty_template, tmp_path):
    store = ss.copy_empty(empty_template, tmp_path / "new.db")
    yield store
    store.close()


@pytest.fixture
def runner(qapp):
    r = TaskRunner()
    yield r
    r.wait_idle()


def fill_admin(qtbot, wizard: FirstRunWizard, password: str) -> None:
    page = wizard.admin_page
    qtbot.keyClicks(page.username_edit, "zhaxi")
    ss.type_text(page.display_edit, "扎西")
    qtbot.keyClicks(page.password_edit, password)
    qtbot.keyClicks(page.confirm_edit, password)


def test_first_run_wizard_creates_the_admin_and_the_township(qtbot, empty_store, runner):
    wizard = FirstRunWizard(empty_store, runner)
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.choice_page.township_radio.isChecked()
    wizard.next()
    assert wizard.currentId() == 1
    fill_admin(qtbot, wizard, "short")
    wizard.next()  # refused: the weak password is explained at its field
    assert wizard.currentId() == 1
    assert "至少8位" in wizard.admin_page.form.error_text("password")
    wizard.admin_page.password_edit.setText("gesang2024")
    wizard.admin_page.confirm_edit.setText("gesang2024")
    wizard.next()
    assert wizard.currentId() == 2
    qtbot.keyClicks(wizard.township_page.code_edit, "54252")
    wizard.next()
    assert "9位数字" in wizard.township_page.form.error_text("township_code")
    qtbot.keyClicks(wizard.township_page.code_edit, "5101")
    wizard.next()
    assert wizard.currentId() == 3  # enrolment: optional, left unchecked
    with qtbot.waitSignal(wizard.completed, timeout=10_000) as done:
        wizard.button(QWizard.WizardButton.FinishButton).click()
    result = done.args[0]
    assert result.choice == "township" and result.township_code == "542525101" and not result.enrolled
    assert has_users(empty_store)
    assert empty_store.township_code == "542525101" and empty_store.mode == "township"
    actor = authenticate(empty_store, "zhaxi", "gesang2024")
    assert actor.role.value == "township_admin" and actor.display_name == "扎西"


def test_first_run_can_open_the_demo_instead(qtbot, empty_store, runner):
    wizard = FirstRunWizard(empty_store, runner)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.choice_page.demo_radio.setChecked(True)
    assert wizard.button(QWizard.WizardButton.NextButton).text() == "打开演示县"
    with qtbot.waitSignal(wizard.completed, timeout=3000) as done:
        wizard.button(QWizard.WizardButton.NextButton).click()
    assert done.args[0].choice == CHOICE_DEMO
    assert not has_users(empty_store)


def test_sign_in_wrong_password_at_the_field_then_enter_signs_in(qtbot, demo_store, runner, tmp_path):
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    dialog = SignInDialog(demo_store, runner, settings, hint="演示账号 admin / abc12345")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.username_edit, "admin")
    qtbot.keyClicks(dialog.password_edit, "wrong-pass1")
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(dialog.form.error_text("password")), timeout=10_000)
    assert dialog.form.error_text("password") == "用户名或密码错误"
    assert dialog.password_edit.text() == "" and dialog.isVisible()
    qtbot.keyClicks(dialog.password_edit, ss.PASSWORD)
    with qtbot.waitSignal(dialog.signed_in, timeout=10_000) as signed:
        qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    assert signed.args[0].username == "admin"
    assert dialog.result() == dialog.DialogCode.Accepted
    assert settings.value("ui/last_username") == "admin"


demo_template = ss.demo_template
demo_store = ss.demo_store


def test_launcher_first_run_then_sign_in_then_main_window(qtbot, tmp_path, monkeypatch):
    """The composition root end to end on a new data directory (encrypted store, key in the file keyring)."""
    from gov_desktop.app import Launcher, make_application

    app = make_application()
    paths = init_paths(tmp_path / "data")
    settings = QSettings(str(paths.settings_file), QSettings.Format.IniFormat)
    monkeypatch.setattr(app, "quit", lambda: None)  # the launcher must not end the test's application
    launcher = Launcher(app, paths, settings)
    try:
        launcher.start()
        qtbot.waitUntil(lambda: any(isinstance(d, FirstRunWizard) for d in launcher._dialogs), timeout=20_000)
        wizard = next(d for d in launcher._dialogs if isinstance(d, FirstRunWizard))
        wizard.next()
        fill_admin(qtbot, wizard, "gesang2024")
        wizard.next()
        qtbot.keyClicks(wizard.township_page.code_edit, "542525101")
        wizard.next()
        wizard.button(QWizard.WizardButton.FinishButton).click()
        qtbot.waitUntil(lambda: any(isinstance(d, SignInDialog) for d in launcher._dialogs), timeout=20_000)
        dialog = next(d for d in launcher._dialogs if isinstance(d, SignInDialog))
        assert dialog.username_edit.text() == "zhaxi"
        qtbot.keyClicks(dialog.password_edit, "gesang2024")
        qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: launcher.window is not None and launcher.window.isVisible(), timeout=20_000)
        window = launcher.window
        assert window.ctx.actor.username == "zhaxi" and launcher.store.encrypted
        assert "扎西" in window.user_label.text()
        # sign out hides the window until someone signs in again
        window.sign_out_requested.emit()
        assert not window.isVisible()
        qtbot.waitUntil(
            lambda: any(isinstance(d, SignInDialog) and d.isVisible() for d in launcher._dialogs),
            timeout=5000,
        )
        again = next(d for d in launcher._dialogs if isinstance(d, SignInDialog) and d.isVisible())
        qtbot.keyClicks(again.password_edit, "gesang2024")
        qtbot.keyClick(again.password_edit, Qt.Key.Key_Return)
        qtbot.waitUntil(window.isVisible, timeout=10_000)
        qtbot.waitUntil(lambda: launcher.runner._running == 0, timeout=10_000)
        # the daily backup ran on a worker
        qtbot.waitUntil(lambda: any(paths.backups.glob("gov-*.db")), timeout=10_000)
    finally:
        if launcher.window is not None:
            launcher._close_main()
        launcher.shutdown()
        QApplication.processEvents()


def _data_dir_with_store(tmp_path: Path, *, admin: bool) -> tuple[object, QSettings]:
    """A data directory someone signed in on before: its (encrypted) store, with or without users."""
    from gov_desktop.store.engine import open_store
    from gov_desktop.store.users import create_first_admin
    from gov_desktop.ui.settings import KEY_LAST_USER

    paths = init_paths(tmp_path / "data")
    store = open_store(paths.db)
    if admin:
        create_first_admin(store, "zhaxi", "gesang2024", "542525101", display_name="扎西")
    store.close()
    settings = QSettings(str(paths.settings_file), QSettings.Format.IniFormat)
    settings.setValue(KEY_LAST_USER, "zhaxi")
    return paths, settings


def test_sign_in_shows_before_the_store_is_open_and_waits_for_it(qtbot, tmp_path, monkeypatch):
    """On a desk that has been used, the sign-in dialog comes up while the store still opens on the writer
    thread; a password entered meanwhile is checked once it is open."""
    import threading

    from gov_desktop.app import Launcher, make_application
    from gov_desktop.store import engine

    paths, settings = _data_dir_with_store(tmp_path, admin=True)
    release = threading.Event()
    real_open = engine.open_store

    def slow_open(*args, **kwargs):
        assert release.wait(20), "the test never released the store"
        return real_open(*args, **kwargs)

    monkeypatch.setattr(engine, "open_store", slow_open)
    app = make_application()
    monkeypatch.setattr(app, "quit", lambda: None)
    launcher = Launcher(app, paths, settings)
    try:
        launcher.start()
        qtbot.waitUntil(
            lambda: any(isinstance(d, SignInDialog) and d.isVisible() for d in launcher._dialogs),
            timeout=5000,
        )
        dialog = next(d for d in launcher._dialogs if isinstance(d, SignInDialog))
        assert launcher.store is None  # still opening
        assert dialog.username_edit.text() == "zhaxi" and not dialog.place_label.isVisible()
        placed: list[str] = []
        set_place = dialog.set_place
        dialog.set_place = lambda place: (placed.append(place), set_place(place))
        qtbot.keyClicks(dialog.password_edit, "gesang2024")
        qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
        qtbot.wait(200)
        assert launcher.window is None and not dialog.buttons.isEnabled()  # waiting for the store
        release.set()
        qtbot.waitUntil(lambda: launcher.window is not None and launcher.window.isVisible(), timeout=20_000)
        assert launcher.window.ctx.actor.username == "zhaxi"
        assert placed == ["县级"]  # filled in once the store was open (a store with no township: county)
    finally:
        release.set()
        if launcher.window is not None:
            launcher._close_main()
        launcher.shutdown()
        QApplication.processEvents()


def test_the_data_model_loads_while_the_sign_in_dialog_waits(qtbot, tmp_path, monkeypatch):
    """The store opens without its data model (fast); the launcher then loads the model on the writer while
    the user types, so the main window and its first page find it ready."""
    from gov_desktop.app import Launcher, make_application

    paths, settings = _data_dir_with_store(tmp_path, admin=True)
    app = make_application()
    monkeypatch.setattr(app, "quit", lambda: None)
    launcher = Launcher(app, paths, settings)
    try:
        launcher.start()
        qtbot.waitUntil(lambda: launcher.store is not None, timeout=20_000)
        assert launcher.runner.wait_idle(20_000)
        assert launcher.store.prepared and launcher.window is None  # nobody signed in, no page asked
    finally:
        launcher.shutdown()
        QApplication.processEvents()


def test_an_early_sign_in_gives_way_to_the_first_run_wizard_when_the_store_has_no_users(
    qtbot, tmp_path, monkeypatch
):
    from gov_desktop.app import Launcher, make_application

    paths, settings = _data_dir_with_store(tmp_path, admin=False)
    app = make_application()
    quits: list[bool] = []
    monkeypatch.setattr(app, "quit", lambda: quits.append(True))
    launcher = Launcher(app, paths, settings)
    try:
        launcher.start()
        qtbot.waitUntil(lambda: any(isinstance(d, FirstRunWizard) for d in launcher._dialogs), timeout=20_000)
        assert not any(isinstance(d, SignInDialog) and d.isVisible() for d in launcher._dialogs)
        assert not quits
    finally:
        launcher.shutdown()
        QApplication.processEvents()
