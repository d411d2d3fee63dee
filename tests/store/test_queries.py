"""Paged list queries and detail pages over a small demo county; record history from the outbox."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Connection

from gov_desktop.core.enums import HouseholdFlag, PersonStatus, Relation, RequestStatus
from gov_desktop.core.models import Household, Person
from gov_desktop.store import queries as q
from gov_desktop.store.demo import DemoConfig, build_demo
from gov_desktop.store.engine import Store, open_store
from gov_desktop.store.pinyin import pinyin_keys
from gov_desktop.store.stats import LOCAL_TZ

TODAY = date(2025, 6, 16)
NOW = datetime(2025, 6, 16, 4, 0, tzinfo=UTC)  # noon in Beijing: when the demo "arrived"


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    path = tmp_path_factory.mktemp("queries") / "demo.db"
    build_demo(path, DemoConfig.for_households(240, seed=11, today=TODAY), key=None)
    store = open_store(path, key=None)
    try:
        yield store
    finally:
        store.close()


@pytest.fixture
def conn(demo_store: Store) -> Iterator[Connection]:
    with demo_store.reader() as session:
        yield session.connection()


def scalar(conn: Connection, sql: str, *params: object) -> int:
    return int(conn.exec_driver_sql(sql, params).scalar() or 0)


# --- persons and households ----------------------------------------------------------------------------


def test_person_pages_cover_the_register_once(conn: Connection) -> None:
    total = q.count_persons(conn)
    assert total == scalar(conn, "SELECT count(*) FROM person WHERE deleted = 0 AND status = 'active'")
    seen: list[str] = []
    for offset in range(0, total, 300):
        page = q.list_persons(conn, q.RegisterFilter(), offset, 300)
        seen += [p.id for p in page]
    assert len(seen) == len(set(seen)) == total
    by_pinyin = [pinyin_keys(p.name)[0] for p in q.list_persons(conn, limit=80)]
    assert by_pinyin == sorted(by_pinyin)
    keys = [p.id_number for p in q.list_persons(conn, order="-id_number", limit=50)]
    assert keys == sorted(keys, reverse=True)


def test_keyset_pages_follow_the_offset_pages_in_every_order(conn: Connection) -> None:
    filters = q.RegisterFilter(status=None)
    for order in (*q.PERSON_ORDERS, *(f"-{o}" for o in q.PERSON_ORDERS)):
        by_offset = q.list_persons(conn, filters, 0, 10_000, order)
        by_cursor: list[str] = []
        after = None
        while True:
            page = q.list_persons(conn, filters, limit=97, order=order, after=after)
            by_cursor += [p.id for p in page]
            if len(page) < 97:
                break
            after = q.cursor_of(page[-1])
        assert by_cursor == [p.id for p in by_offset], order
    for order in (*q.HOUSEHOLD_ORDERS, *(f"-{o}" for o in q.HOUSEHOLD_ORDERS)):
        households = q.list_households(conn, limit=10_000, order=order)
        first = q.list_households(conn, limit=60, order=order)
        rest = q.list_households(conn, limit=10_000, order=order, after=q.cursor_of(first[-1]))
        assert [h.id for h in first + rest] == [h.id for h in households], order


def test_keyset_pages_over_missing_values_and_equal_keys(tmp_path: Path) -> None:
    """NULL birth dates and 户号 (no household) sort first ascending, last descending; equal names by id."""
    store = open_store(tmp_path / "gov.db", key=None)
    try:
        with store.session("zhuoma") as s:
            households = [
                Household(township_code="542525200", household_no=f"20020100{i:02}") for i in range(4)
            ]
            s.add_all(households)
            for i in range(40):
                s.add(
                    Person(
                        township_code="542525200",
                        household_id=households[i % 4].id if i % 5 else None,
                        name=("扎西", "卓玛", "央金")[i % 3],
                        birth_date=date(1960 + i % 7, 1, 1) if i % 4 else None,
                        id_number=f"5425251960010{i:05}",
                    )
                )
        with store.reader() as s:
            for order in (*q.PERSON_ORDERS, *(f"-{o}" for o in q.PERSON_ORDERS)):
                everyone = [p.id for p in q.list_persons(s, limit=100, order=order)]
                assert len(everyone) == 40
                for size in (1, 3, 7):
                    seen: list[str] = []
                    after = None
                    while page := q.list_persons(s, limit=size, order=order, after=after):
                        seen += [p.id for p in page]
                        after = q.cursor_of(page[-1])
                    assert seen == everyone, (order, size)
                # offset and cursor combine: the offset counts from the cursor
                third = q.list_persons(s, limit=3, order=order)[-1]
                assert [
                    p.id for p in q.list_persons(s, offset=2, limit=5, order=order, after=q.cursor_of(third))
                ] == (everyone[5:10])
    finally:
        store.close()


def test_person_rows_are_complete_and_frozen(conn: Connection) -> None:
    row = q.list_persons(conn, limit=1)[0]
    assert row.household_no and row.village_name and row.grid_name and row.address
    assert isinstance(row.birth_date, date) and isinstance(row.special_groups, tuple)
    with pytest.raises(AttributeError):
        row.name = "x"  # type: ignore[misc]
    assert q.get_person(conn, row.id) == row
    assert q.get_person(conn, "missing") is None


def test_person_filters(conn: Connection) -> None:
    township = q.list_grids(conn)[0].township_code
    assert q.count_persons(conn, q.RegisterFilter(township_code=township)) == scalar(
        conn,
        "SELECT count(*) FROM person WHERE deleted = 0 AND status = 'active' AND township_code = ?",
        township,
    )
    grid = q.list_grids(conn)[3]
    in_grid = q.list_persons(conn, q.RegisterFilter(grid_id=grid.id), limit=1000)
    assert in_grid and {p.grid_name for p in in_grid} == {grid.name}
    everyone = q.count_persons(conn, q.RegisterFilter(status=None))
    moved = q.count_persons(conn, q.RegisterFilter(status=PersonStatus.MOVED_OUT.value))
    assert everyone > q.count_persons(conn) and moved > 0
    dibao = q.list_persons(conn, q.RegisterFilter(flags=(HouseholdFlag.DIBAO.value,)), limit=1000)
    assert dibao and all(
        HouseholdFlag.DIBAO.value
        in (q.household_detail(conn, p.household_id) or pytest.fail()).household.flags
        for p in dibao[:5]
        if p.household_id
    )


def test_person_text_filter(conn: Connection) -> None:
    someone = q.list_persons(conn, limit=1, order="-birth_date")[0]
    by_name = q.list_persons(conn, q.RegisterFilter(text=someone.name), limit=1000)
    assert someone.id in {p.id for p in by_name} and all(someone.name in p.name for p in by_name)
    assert [p.id for p in q.list_persons(conn, q.RegisterFilter(text=someone.id_number))] == [someone.id]
    by_household = q.list_persons(conn, q.RegisterFilter(text=someone.household_no), limit=100)
    assert someone.id in {p.id for p in by_household}
    assert q.count_persons(conn, q.RegisterFilter(text="!!")) == 0


def test_household_list_and_counts(conn: Connection) -> None:
    total = q.count_households(conn)
    assert total == 240
    page = q.list_households(conn, limit=500)
    assert len(page) == 240
    assert [h.household_no for h in page] == sorted(h.household_no for h in page)
    row = page[0]
    assert row.head_name and row.member_count >= 1 and row.grid_name and row.village_name
    assert row.member_count == scalar(
        conn,
        "SELECT count(*) FROM person WHERE household_id = ? AND status = 'active' AND deleted = 0",
        row.id,
    )
    flagged = q.list_households(conn, q.RegisterFilter(flags=(HouseholdFlag.TUOPIN.value,)), limit=500)
    assert flagged and all(HouseholdFlag.TUOPIN.value in h.flags for h in flagged)
    assert len(flagged) == q.count_households(conn, q.RegisterFilter(flags=(HouseholdFlag.TUOPIN.value,)))
    by_member = q.list_households(conn, q.RegisterFilter(text=row.head_name), limit=500)
    assert row.id in {h.id for h in by_member}


def test_household_detail(conn: Connection) -> None:
    busy = conn.exec_driver_sql(
        "SELECT household_id FROM service_request GROUP BY household_id ORDER BY count(*) DESC LIMIT 1"
    ).scalar()
    detail = q.household_detail(conn, busy, now=NOW)
    assert detail is not None
    assert detail.members[0].relation == Relation.HEAD.value
    assert detail.members[0].id == detail.household.head_person_id
    assert len(detail.requests) == scalar(
        conn, "SELECT count(*) FROM service_request WHERE household_id = ?", busy
    )
    accepted = [r.accepted_at for r in detail.requests]
    assert accepted == sorted(accepted, reverse=True)
    if detail.household.joint_group_id:
        assert detail.joint_group is not None and detail.joint_group.id == detail.household.joint_group_id
    assert all(d.household_id == busy for d in detail.duties)
    assert q.household_detail(conn, "missing") is None


# --- grids, joint groups, duties, ratings ----------------------------------------------------------------


def test_grids_members_and_joint_groups(conn: Connection) -> None:
    grids = q.list_grids(conn)
    assert len(grids) == scalar(conn, "SELECT count(*) FROM grid")
    assert sum(g.household_count for g in grids) == 240
    assert sum(g.staff_count for g in grids) == 350
    grid = max(grids, key=lambda g: g.joint_group_count)
    members = q.grid_members(conn, grid.id)
    assert len(members) == grid.staff_count and members[0].role == "grid_worker"
    groups = q.joint_groups(conn, grid.id)
    assert len(groups) == grid.joint_group_count > 0
    assert all(g.head_name and g.household_count > 0 for g in groups)
    assert sum(g.household_count for g in q.joint_groups(conn)) <= 240
    assert q.list_grids(conn, kind="monastery") and all(
        g.kind == "monastery" for g in q.list_grids(conn, kind="monastery")
    )


def test_party_duties_and_ratings(conn: Connection) -> None:
    duties = q.party_duties(conn)
    assert len(duties) == scalar(conn, "SELECT count(*) FROM party_duty")
    one = duties[0]
    assert one.person_name and one.household_no and one.duty_kinds
    assert {d.id for d in q.party_duties(conn, person_id=one.person_id)} >= {one.id}
    rated = q.ratings(conn, TODAY.year - 1)
    assert len(rated) == scalar(conn, "SELECT count(*) FROM civilized_rating WHERE year = ?", TODAY.year - 1)
    assert [r.stars for r in rated] == sorted((r.stars for r in rated), reverse=True)
    assert all(r.stars == len(r.criteria) for r in rated)
    assert all(r.stars >= 5 for r in q.ratings(conn, TODAY.year - 1, min_stars=5))


# --- the hall, visits, appeals ---------------------------------------------------------------------------


def test_requests_by_status_window_and_dates(conn: Connection) -> None:
    done = q.list_requests(conn, status=RequestStatus.DONE.value, limit=10_000, now=NOW)
    assert len(done) == q.count_requests(conn, status=RequestStatus.DONE.value)
    assert all(r.status == "done" and r.done_at is not None and not r.overdue for r in done)
    window = done[0].window_id
    assert all(r.window_id == window for r in q.list_requests(conn, window_id=window, limit=10_000))
    start, end = TODAY - timedelta(days=30), TODAY - timedelta(days=1)
    recent = q.list_requests(conn, date_from=start, date_to=end, limit=10_000)
    assert recent and len(recent) == q.count_requests(conn, date_from=start, date_to=end)
    beijing = [r.accepted_at.astimezone(LOCAL_TZ).date() for r in recent if r.accepted_at]
    assert all(start <= day <= end for day in beijing)
    overdue = q.list_requests(conn, overdue_only=True, limit=10_000, now=NOW)
    assert len(overdue) == q.count_requests(conn, overdue_only=True, now=NOW)
    assert all(r.overdue for r in overdue)
    rows = q.list_requests(conn, status=["accepted", "in_progress"], limit=5)
    assert {r.status for r in rows} <= {"accepted", "in_progress"}
    assert rows[0].window_name and rows[0].matter_name and rows[0].serial_no


def test_visits_and_appeals(conn: Connection) -> None:
    visits = q.list_visits(conn, limit=10_000)
    assert len(visits) == scalar(conn, "SELECT count(*) FROM visit_record")
    assert [v.visit_date for v in visits] == sorted((v.visit_date for v in visits), reverse=True)
    open_follow_ups = q.list_visits(conn, follow_up_open=True, limit=10_000)
    assert all(v.follow_up_needed and not v.follow_up_done for v in open_follow_ups)
    last_month = q.list_visits(conn, date_from=TODAY - timedelta(days=30), date_to=TODAY, limit=10_000)
    assert all(v.visit_date and v.visit_date >= TODAY - timedelta(days=30) for v in last_month)
    appeals = q.list_appeals(conn, limit=10_000)
    assert len(appeals) == scalar(conn, "SELECT count(*) FROM appeal")
    done = q.list_appeals(conn, status="done", limit=10_000)
    assert done and all(a.feedback and a.org_name and a.done_at for a in done)
    wishes = q.list_appeals(conn, kind="wish", limit=10_000)
    assert all(a.kind == "wish" for a in wishes)


def test_unknown_order_is_refused(conn: Connection) -> None:
    with pytest.raises(ValueError, match="unknown order"):
        q.list_persons(conn, order="name; DROP TABLE person")


# --- history -------------------------------------------------------------------------------------------


def test_record_history_newest_first_decoded(tmp_path: Path) -> None:
    store = open_store(tmp_path / "gov.db", key=None)
    try:
        with store.session("zhuoma") as s:
            household = Household(township_code="542525200", household_no="2002010001")
            s.add(household)
            person = Person(township_code="542525200", household_id=household.id, name="张晓华")
            s.add(person)
        with store.session("tashi") as s:
            row = s.get(Person, person.id)
            assert row is not None
            row.phone = "13908901234"
            row.birth_date = date(1985, 3, 1)
        with store.session("zhuoma") as s:
            row = s.get(Person, person.id)
            assert row is not None
            row.is_party_member = True
        with store.reader() as s:
            history = q.record_history(s, "person", person.id)
    finally:
        store.close()
    assert [h.op for h in history] == ["update", "update", "insert"]
    assert [h.user for h in history] == ["zhuoma", "tashi", "zhuoma"]
    assert [h.seq for h in history] == sorted((h.seq for h in history), reverse=True)
    latest = {c.field: c.value for c in history[0].changes}
    assert latest == {"is_party_member": True}
    middle = {c.field: c.value for c in history[1].changes}
    assert middle == {"phone": "13908901234", "birth_date": date(1985, 3, 1)}
    inserted = {c.field: c.value for c in history[2].changes}
    assert inserted["name"] == "张晓华" and "name_pinyin" not in inserted
    assert all(h.at.tzinfo is not None and h.device for h in history)
    assert history[0].at >= history[2].at
