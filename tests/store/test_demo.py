"""The demo county: deterministic, valid, realistic, with the exact headline figures; the CLI commands."""

from __future__ import annotations

import json
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from gov_desktop import cli
from gov_desktop.core.enums import Relation
from gov_desktop.core.models import (
    GridMember,
    Household,
    JointGroup,
    MatterType,
    Person,
    ServiceWindow,
    Township,
    Village,
)
from gov_desktop.core.validation import parse_id_number, validate_phone
from gov_desktop.paths import Paths
from gov_desktop.store.backup import is_plain_sqlite
from gov_desktop.store.demo import DemoConfig, Row, build_demo, ensure_demo, generate
from gov_desktop.store.engine import open_store
from gov_desktop.store.pinyin import pinyin_keys

TODAY = date(2025, 6, 16)
SMALL = DemoConfig.for_households(200, seed=3, today=TODAY)


@pytest.fixture(scope="module")
def small() -> dict[type, list[Row]]:
    return generate(SMALL)


def test_the_same_seed_and_day_give_the_same_county(small: dict[type, list[Row]]) -> None:
    again = generate(SMALL)
    assert {m: [dict(r) for r in rows] for m, rows in again.items()} == {
        m: [dict(r) for r in rows] for m, rows in small.items()
    }
    other = generate(DemoConfig.for_households(200, seed=4, today=TODAY))
    assert [r["name"] for r in other[Person][:50]] != [r["name"] for r in small[Person][:50]]


def test_places(small: dict[type, list[Row]]) -> None:
    townships = small[Township]
    assert len(townships) == 7
    assert all(len(t.code) == 9 and t.code.startswith("542525") and t.name_bo for t in townships)
    villages = small[Village]
    assert len(villages) == 40
    codes = {t.code for t in townships}
    assert all(len(v.code) == 12 and v.code[:9] in codes and v.township_code == v.code[:9] for v in villages)
    communities = [v for v in villages if v.kind == "community"]
    assert len(communities) == 4 and {v.code[:9] for v in communities} == {"542525100"}  # the county seat
    assert len({v.code for v in villages}) == 40


def test_register_is_valid(small: dict[type, list[Row]]) -> None:
    persons = small[Person]
    households = small[Household]
    assert len(households) == 200
    assert 3.2 <= len(persons) / len(households) <= 4.8
    numbers = [p.id_number for p in persons]
    assert len(set(numbers)) == len(numbers)
    for p in persons:
        info = parse_id_number(p.id_number, today=TODAY)
        assert not hasattr(info, "code"), (p.name, p.id_number)
        assert info.birth_date == p.birth_date and info.gender.value == p.gender  # type: ignore[union-attr]
        assert (p.name_pinyin, p.name_initials) == pinyin_keys(p.name)
        if p.ethnicity == "藏族":
            assert p.name_bo.endswith("་")
    phones = [p.phone for p in persons if p.phone]
    assert len(set(phones)) == len(phones) and all(not validate_phone(x) for x in phones)
    ethnicities = Counter(p.ethnicity for p in persons)
    assert ethnicities.most_common(1)[0][0] == "藏族" and "汉族" in ethnicities
    by_household: dict[str, list[Row]] = {}
    for p in persons:
        by_household.setdefault(p.household_id, []).append(p)
    numbers_by_township = Counter((h.township_code, h.household_no) for h in households)
    assert max(numbers_by_township.values()) == 1
    for h in households:
        members = by_household[h.id]
        heads = [m for m in members if m.relation == Relation.HEAD.value]
        assert len(heads) == 1 and heads[0].id == h.head_person_id and heads[0].status == "active"
        assert h.grid_id and h.village_id and h.address


def test_grid_work_figures(small: dict[type, list[Row]]) -> None:
    staff = small[GridMember]
    assert len(staff) == 350 and sum(m.is_party_member for m in staff) == 278
    persons = {p.id: p for p in small[Person]}
    for member in staff:
        if member.person_id:
            assert persons[member.person_id].is_party_member == member.is_party_member
    groups = small[JointGroup]
    assert len(groups) == SMALL.joint_groups
    assert sum(persons[g.head_person_id].is_party_member for g in groups) == SMALL.joint_group_party_heads
    households = {h.id: h for h in small[Household]}
    for g in groups:
        assert households[g.head_household_id].joint_group_id == g.id
        assert households[g.head_household_id].grid_id == g.grid_id


def test_the_hall(small: dict[type, list[Row]]) -> None:
    windows = small[ServiceWindow]
    assert [w.name for w in windows] == [
        "民政",
        "就业",
        "医保",
        "社保",
        "退役军人事务",
        "残联",
        "农牧",
        "综合受理",
    ]
    matters = small[MatterType]
    assert 25 <= len(matters) <= 35
    assert any(m.needs_county for m in matters) and all(m.promised_days >= 1 for m in matters)


def test_the_default_county_has_the_exact_headline_figures() -> None:
    rows = generate(DemoConfig(today=TODAY))
    staff = rows[GridMember]
    assert (len(staff), sum(m.is_party_member for m in staff)) == (350, 278)
    persons = {p.id: p for p in rows[Person]}
    groups = rows[JointGroup]
    assert (len(groups), sum(persons[g.head_person_id].is_party_member for g in groups)) == (489, 209)
    assert len(rows[Household]) == 5000 and 18_000 <= len(persons) <= 22_000


def test_build_writes_without_capture_and_marks_the_county_view(tmp_path: Path) -> None:
    path = tmp_path / "demo.db"
    summary = build_demo(path, SMALL, key=None)
    assert summary.rows["household"] == 200
    store = open_store(path, key=None)
    try:
        assert (store.township_code, store.mode) == ("county", "county")
        with store.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM outbox").scalar() == 0  # as if from the county
            grams = conn.exec_driver_sql("SELECT count(DISTINCT person_id) FROM person_name_gram").scalar()
            assert grams == summary.rows["person"]  # the name search index was kept by its triggers
    finally:
        store.close()
    with pytest.raises(FileExistsError):
        build_demo(path, SMALL, key=None)


def test_ensure_demo_builds_once_encrypted(tmp_path: Path) -> None:
    paths = Paths(tmp_path / "data")
    config = DemoConfig.for_households(60, today=TODAY)
    db = ensure_demo(paths, config)
    assert db == paths.demo_db and db.exists() and not is_plain_sqlite(db)
    assert not list(db.parent.glob("*.building*"))
    stamp = db.stat().st_mtime_ns
    assert ensure_demo(paths, config) == db and db.stat().st_mtime_ns == stamp
    store = open_store(db)  # the key is in the keyring
    try:
        assert store.mode == "county"
    finally:
        store.close()


def test_cli_demo_and_stats(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "county.db"
    data = ["--data-dir", str(tmp_path / "data")]
    assert cli.main([*data, "demo", str(db), "--households", "120", "--plain", "--seed", "9"]) == 0
    assert "120 户" in capsys.readouterr().out
    assert cli.main([*data, "demo", str(db), "--households", "120", "--plain"]) == 2
    assert "已存在" in capsys.readouterr().err
    assert cli.main([*data, "stats", "--db", str(db), "--json"]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert (figures["grid_staff"], figures["grid_staff_party"], figures["grid_staff_party_pct"]) == (
        350,
        278,
        79.4,
    )
    assert figures["households"] == 120
    assert cli.main([*data, "stats", "--db", str(db)]) == 0
    table = capsys.readouterr().out
    assert "网格工作人员党员占比（%）" in table and "79.4%" in table and "综合受理" in table
    assert cli.main([*data, "demo", str(db), "--households", "80", "--force"]) == 0  # encrypted this time
    capsys.readouterr()
    assert not is_plain_sqlite(db)
    assert cli.main([*data, "stats", "--db", str(db), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["households"] == 80
