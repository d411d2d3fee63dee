"""Screenshots of the register, grid and roster-import pages on a demo county (docs/screenshots/).

    xvfb-run -a -s "-screen 0 1366x800x24" env QT_QPA_PLATFORM=xcb .venv/bin/python scripts/register_screenshots.py

Builds a small demo county (store.demo, plain SQLite in a temporary directory), signs in as the admin of its
first township and renders each page with ``widget.grab()``. Not a test: the waits below spin the event
loop, which the app itself never does.
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtGui import QFont  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from gov_desktop.core.enums import Role  # noqa: E402
from gov_desktop.paths import Paths  # noqa: E402
from gov_desktop.store import queries  # noqa: E402
from gov_desktop.store.actor import Actor  # noqa: E402
from gov_desktop.store.demo import DemoConfig, build_demo  # noqa: E402
from gov_desktop.store.engine import open_store  # noqa: E402
from gov_desktop.ui.context import AppContext, ChangeBus  # noqa: E402
from gov_desktop.ui.tasks import TaskRunner  # noqa: E402

OUT = ROOT / "docs" / "screenshots"


def wait_until(condition: Callable[[], bool], timeout: float = 15.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the page did not load in time")
        QApplication.processEvents()
        time.sleep(0.01)
    for _ in range(20):  # let layouts and paints settle
        QApplication.processEvents()
        time.sleep(0.005)


def save(widget: QWidget, name: str) -> None:
    path = OUT / name
    widget.grab().save(str(path))
    print("wrote", path)


def messy_roster(path: Path, people: list[queries.PersonRow]) -> Path:
    """A roster as offices send them: title rows, merged cells, an ID stored as a number, a bad check digit,
    full-width digits, a person already registered."""
    from datetime import date

    import openpyxl

    from gov_desktop.core.enums import Gender
    from gov_desktop.core.validation import make_id_number

    def pid(seq: int, gender: Gender = Gender.MALE, year: int = 1982) -> str:
        return make_id_number("542525", date(year, 3, 14), seq, gender)

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "花名册"
    sheet.append(["演示乡户籍花名册（2024年）"])
    sheet.merge_cells("A1:H1")
    sheet.append(["填报单位：演示村", None, None, None, "填报日期：2024年3月"])
    sheet.append(["序号", "户号", "姓名", "与户主关系", "公民身份号码", "性别", "出生日期", "联系电话"])
    bad = pid(903)
    bad = bad[:17] + ("1" if bad[17] != "1" else "2")
    full = str.maketrans("0123456789X", "０１２３４５６７８９Ｘ")
    rows = [
        (1, "XJ-9001", "旺堆", "户主", pid(901), "男", "1982.3.14", "13908911001"),
        (2, None, "白玛", "配偶", pid(902, Gender.FEMALE).translate(full), "女", "1982年3月14日", None),
        (3, None, "扎西", "子", bad, "男", None, None),
        (4, "XJ-9002", "边巴", "户主", int(pid(905)), "男", None, "0891-6331234"),
        (5, "XJ-9002", "普布", "子", pid(907), "男", None, None),
        (6, "XJ-9003", "次仁卓嘎", "户主", people[0].id_number, "女", None, "1390891"),
        (7, "XJ-9004", "达瓦", "户主", pid(909), "男", "1982-03-14", "13908911004"),
        (8, "XJ-9004", "拉巴", "外甥女", pid(910, Gender.FEMALE, 2008), "女", "2008.3", None),
        (9, "XJ-9004", "索朗", "子", pid(911, Gender.MALE, 2010), "男", None, "1390891100５"),
    ]
    for row in rows:
        sheet.append(list(row))
    sheet.merge_cells("B4:B6")
    book.save(path)
    return path


def main() -> int:
    app = QApplication(sys.argv[:1])
    font = QFont("Noto Sans CJK SC", 10)
    app.setFont(font)
    OUT.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="register-shots-"))
    db = work / "demo.db"
    build_demo(db, DemoConfig.for_households(600), key=None)
    store = open_store(db, key=None)
    with store.reader() as s:
        grids = queries.list_grids(s)
    township = grids[0].township_code
    actor = Actor("admin", Role.TOWNSHIP_ADMIN, township, display_name="乡镇管理员")
    runner = TaskRunner()
    ctx = AppContext(
        store=store,
        actor=actor,
        runner=runner,
        bus=ChangeBus(),
        settings=QSettings(str(work / "settings.ini"), QSettings.Format.IniFormat),
        paths=Paths(work),
    )

    from gov_desktop.ui.pages.grids import GridsPage
    from gov_desktop.ui.pages.register import RegisterPage
    from gov_desktop.ui.pages.register.household_view import HouseholdDialog
    from gov_desktop.ui.pages.register.person_form import PersonFormDialog
    from gov_desktop.ui.pages.register.roster_import import RosterImportDialog

    # 人口户籍: persons, filtered to a village, searched by pinyin initials
    page = RegisterPage(ctx)
    page.resize(1366, 760)
    page.show()
    wait_until(lambda: page.persons.model.rowCount() > 0 and page.persons.status.text() != "")
    page.search_edit.setText("zx")
    wait_until(lambda: "找到" in page.persons.status.text())
    save(page, "register-persons.png")

    # the household page of a household with a joint group, party duty and history
    with store.reader() as s:
        duties = queries.party_duties(s, township_code=township)
        candidates = [d.household_id for d in duties]
        best, best_score = candidates[0], -1
        for household_id in candidates[:60]:
            d = queries.household_detail(s, household_id)
            score = len(d.members) + 2 * bool(d.visits) + 2 * bool(d.requests) + 2 * bool(d.ratings)
            score += 2 * bool(d.household.flags) + 2 * bool(d.joint_group)
            if score > best_score:
                best, best_score = household_id, score
        people = queries.list_persons(s, queries.RegisterFilter(township_code=township), 0, 5)
    household = HouseholdDialog(ctx, page.opener, best)
    household.resize(1100, 760)
    household.show()
    wait_until(lambda: household.detail is not None)
    save(household, "register-household.png")
    household.close()

    # the record history of a person edited here (demo rows came "from the county": no local history)
    from gov_desktop.store.usecases.register import PersonInput, mark_person_moved_out, update_person
    from gov_desktop.ui.dialogs.history import HistoryDialog

    member = next(m for m in reversed(household.detail.members) if m.status == "active")
    edited = PersonInput(
        name=member.name,
        id_number=member.id_number,
        name_bo=member.name_bo,
        ethnicity=member.ethnicity,
        relation=member.relation,
        phone="13908917777",
        is_party_member=member.is_party_member,
        party_branch=member.party_branch,
        education="junior",
        occupation=member.occupation or "牧民",
        special_groups=member.special_groups,
    )
    update_person(store, actor, member.id, edited)
    mark_person_moved_out(store, actor, member.id, note="迁往拉萨市城关区")
    history = HistoryDialog(ctx, "person", member.id, member.name)
    history.show()
    wait_until(lambda: history.model.rowCount() > 0)
    save(history, "register-history.png")
    history.close()

    # the person form with an invalid ID number and a bad phone, refused at the fields
    form = PersonFormDialog(ctx, household_id=best)
    form.show()
    form.name_edit.setText("格桑曲珍")
    good = people[1].id_number
    form.id_edit.setText(good[:17] + ("0" if good[17] != "0" else "1"))
    form.phone_edit.setText("139089")
    form.save()
    wait_until(lambda: form.form.error_text("phone") != "")
    save(form, "person-form-error.png")
    form.close()

    # 网格管理
    grids_page = GridsPage(ctx)
    grids_page.resize(1366, 760)
    grids_page.show()
    wait_until(lambda: grids_page.staff_model.rowCount() > 0)
    save(grids_page, "grids.png")
    grids_page.tabs.setCurrentIndex(3)
    wait_until(lambda: True)
    grids_page.tabs.setCurrentIndex(1)
    wait_until(lambda: grids_page.group_households.rowCount() > 0)
    save(grids_page, "grids-joint-groups.png")

    # the roster import preview
    roster = messy_roster(work / "花名册.xlsx", people)
    dialog = RosterImportDialog(ctx, villages=page.opener.villages, grids=page.opener.grids)
    dialog.resize(1280, 620)
    dialog.show()
    dialog.path_edit.setText(str(roster))
    dialog.start_parse()
    wait_until(lambda: dialog.stack.currentIndex() == dialog.PAGE_PREVIEW)
    save(dialog, "roster-import-preview.png")

    runner.wait_idle()
    store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
