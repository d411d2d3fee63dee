"""A small township for the register, grid and Excel GUI tests, and the AppContext the pages are given.

Imported by tests/ui/test_register*.py, test_grids*.py and test_excel*.py (``--import-mode=importlib``
forbids importing a conftest, so the fixtures live here and the test modules import them).
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget

from gov_desktop.core.enums import Gender, HouseholdFlag, Relation, Role
from gov_desktop.core.validation import make_id_number
from gov_desktop.paths import Paths
from gov_desktop.store.actor import Actor
from gov_desktop.store.engine import Store, open_store
from gov_desktop.store.usecases import grids, reference, register
from gov_desktop.ui.context import AppContext, ChangeBus
from gov_desktop.ui.tasks import TaskRunner

TOWNSHIP = "540102001"
REGION = "540102"


def id_number(seq: int, gender: Gender = Gender.MALE, birth: date = date(1980, 5, 1)) -> str:
    return make_id_number(REGION, birth, seq, gender)


@dataclass
class World:
    store: Store
    admin: Actor
    village_id: str
    grid_a: str
    grid_b: str
    household_a: str  # H001, grid A: 张晓华 (head), 卓玛 (spouse)
    household_b: str  # H002, grid B: 扎西次仁 (head)
    zhang: str
    zhuoma: str
    tashi: str
    worker_a: str  # GridMember 格桑 of grid A


def build_world(store: Store) -> World:
    county = Actor("county", Role.COUNTY_ADMIN, "county")
    admin = Actor("admin", Role.TOWNSHIP_ADMIN, TOWNSHIP, display_name="乡管理员")
    reference.create_township(store, county, reference.TownshipInput(TOWNSHIP, "八廓街道"))
    village = reference.create_village(store, county, reference.VillageInput(TOWNSHIP + "001", "冲赛康社区"))
    grid_a = grids.create_grid(
        store, admin, grids.GridInput("A01", "第一网格", police_area="八廓警务站", village_id=village.id)
    )
    grid_b = grids.create_grid(store, admin, grids.GridInput("B01", "第二网格", village_id=village.id))
    household_a = register.register_household(
        store,
        admin,
        register.HouseholdInput("H001", address="八廓街1号", village_id=village.id, grid_id=grid_a.id),
    )
    register.set_household_flags(store, admin, household_a.id, [HouseholdFlag.DIBAO.value])
    household_b = register.register_household(
        store,
        admin,
        register.HouseholdInput("H002", address="八廓街2号", village_id=village.id, grid_id=grid_b.id),
    )
    zhang = register.register_person(
        store,
        admin,
        household_a.id,
        register.PersonInput(
            "张晓华",
            id_number=id_number(1),
            relation=Relation.HEAD.value,
            is_party_member=True,
            phone="13908901234",
        ),
    )
    zhuoma = register.register_person(
        store,
        admin,
        household_a.id,
        register.PersonInput("卓玛", id_number=id_number(2, Gender.FEMALE), relation=Relation.SPOUSE.value),
    )
    tashi = register.register_person(
        store,
        admin,
        household_b.id,
        register.PersonInput("扎西次仁", id_number=id_number(3), relation=Relation.HEAD.value),
    )
    worker = grids.assign_grid_member(
        store,
        admin,
        grid_a.id,
        grids.GridMemberInput("格桑", phone="13800138000", is_party_member=True),
    )
    return World(
        store=store,
        admin=admin,
        village_id=village.id,
        grid_a=grid_a.id,
        grid_b=grid_b.id,
        household_a=household_a.id,
        household_b=household_b.id,
        zhang=zhang.id,
        zhuoma=zhuoma.id,
        tashi=tashi.id,
        worker_a=worker.id,
    )


@pytest.fixture(scope="session")
def world_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, World]:
    """The world built once per test session; each test gets a copy of its database file."""
    path = tmp_path_factory.mktemp("register-world") / "register.db"
    store = open_store(path, key=None)
    built = build_world(store)
    with store.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    return path, built


@pytest.fixture
def world(tmp_path: Path, world_template: tuple[Path, World]) -> Iterator[World]:
    template, built = world_template
    path = tmp_path / "register.db"
    shutil.copyfile(template, path)
    store = open_store(path, key=None)
    try:
        yield replace(built, store=store)
    finally:
        store.close()


@pytest.fixture
def ctx(world: World, tmp_path: Path, qapp: QApplication) -> Iterator[AppContext]:
    runner = TaskRunner()
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    context = AppContext(
        store=world.store,
        actor=world.admin,
        runner=runner,
        bus=ChangeBus(),
        settings=settings,
        paths=Paths(tmp_path / "data"),
    )
    yield context
    runner.wait_idle()
    QApplication.processEvents()


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` (Chinese too) into a focused line edit: an input-method commit, as a real IME does.

    ``qtbot.keyClicks`` with non-ASCII text aborts the process (QTest sends ASCII only)."""
    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def wait_idle(qtbot: Any, ctx: AppContext) -> None:
    """Let the runner's tasks finish and their results arrive on the GUI thread."""
    qtbot.waitUntil(lambda: ctx.runner._running == 0, timeout=10_000)


def press_enter(qtbot: Any, widget: QWidget) -> None:
    qtbot.keyClick(widget, Qt.Key.Key_Return)
