"""Indicators computed by queries: they agree with the rows, percentages included."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from gov_desktop.core.enums import RequestStatus
from gov_desktop.core.models import MatterType, ServiceRequest, ServiceWindow
from gov_desktop.store.demo import DemoConfig, build_demo
from gov_desktop.store.engine import Store, open_store
from gov_desktop.store.stats import LABELS, dashboard, stats, year_start

TODAY = date(2025, 6, 16)
NOW = datetime(2025, 6, 16, 4, 0, tzinfo=UTC)
CONFIG = DemoConfig.for_households(300, seed=5, today=TODAY)


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    path = tmp_path_factory.mktemp("stats") / "demo.db"
    build_demo(path, CONFIG, key=None)
    store = open_store(path, key=None)
    try:
        yield store
    finally:
        store.close()


def count(store: Store, sql: str, *params: object) -> int:
    with store.engine.connect() as conn:
        return int(conn.exec_driver_sql(sql, params).scalar() or 0)


def test_the_figures_agree_with_the_rows(demo_store: Store) -> None:
    with demo_store.reader() as s:
        figures = stats(s, today=TODAY, now=NOW)
    assert figures["townships"] == 7
    assert figures["villages"] + figures["communities"] == 40 and figures["communities"] == 4
    assert figures["grids"] == count(demo_store, "SELECT count(*) FROM grid")
    assert figures["grids"] == sum(figures["grids_by_kind"].values())
    assert figures["grids_monastery"] == 5
    assert figures["households"] == 300
    assert figures["persons"] == count(demo_store, "SELECT count(*) FROM person WHERE status = 'active'")
    # the grid staff do not depend on the size of the build: exact as in the default county
    assert (figures["grid_staff"], figures["grid_staff_party"], figures["grid_staff_party_pct"]) == (
        350,
        278,
        79.4,
    )
    assert figures["joint_groups"] == CONFIG.joint_groups
    assert figures["joint_group_party_heads"] == CONFIG.joint_group_party_heads
    expected_pct = round(100 * CONFIG.joint_group_party_heads / CONFIG.joint_groups, 1)
    assert figures["joint_group_party_heads_pct"] == expected_pct
    assert figures["households_by_flag"]["dibao"] == count(
        demo_store, "SELECT count(*) FROM household WHERE ',' || flags || ',' LIKE '%,dibao,%'"
    )
    since = year_start(TODAY).strftime("%Y-%m-%d %H:%M:%S.%f")
    this_year = count(demo_store, "SELECT count(*) FROM service_request WHERE accepted_at >= ?", since)
    assert figures["requests_this_year"] == this_year == sum(figures["requests_by_status"].values())
    assert sum(figures["requests_by_window"].values()) == this_year
    assert list(figures["requests_by_window"]) == [
        "民政",
        "就业",
        "医保",
        "社保",
        "退役军人事务",
        "残联",
        "农牧",
        "综合受理",
    ]
    assert figures["requests_overdue"] == count(
        demo_store,
        "SELECT count(*) FROM service_request WHERE status IN ('accepted', 'in_progress', 'at_county') "
        "AND due_at < ?",
        NOW.strftime("%Y-%m-%d %H:%M:%S.%f"),
    )
    assert 0 < figures["requests_avg_days_to_done"] < 30
    assert figures["visits_last_30_days"] == count(
        demo_store,
        "SELECT count(*) FROM visit_record WHERE visit_date > ? AND visit_date <= ?",
        (TODAY - timedelta(days=30)).isoformat(),
        TODAY.isoformat(),
    )
    assert figures["appeals"] == CONFIG.appeals == sum(figures["appeals_by_status"].values())
    assert figures["appeals_wishes"] + figures["appeals_problems"] == figures["appeals"]
    assert set(figures["labels"]) == set(LABELS)
    json.dumps(figures)  # JSON-friendly


def test_one_township(demo_store: Store) -> None:
    with demo_store.reader() as s:
        whole = stats(s, today=TODAY, now=NOW)
        township = "542525200"
        part = stats(s, township_code=township, today=TODAY, now=NOW)
    assert part["townships"] == 1
    assert part["households"] == count(
        demo_store, "SELECT count(*) FROM household WHERE township_code = ?", township
    )
    assert 0 < part["persons"] < whole["persons"]
    assert 0 < part["grid_staff"] < whole["grid_staff"]
    assert part["meta"]["township_code"] == township


def test_an_empty_store(tmp_path: Path) -> None:
    store = open_store(tmp_path / "gov.db", key=None)
    try:
        with store.reader() as s:
            figures = stats(s)
    finally:
        store.close()
    assert figures["persons"] == figures["grid_staff"] == figures["requests_this_year"] == 0
    assert figures["grid_staff_party_pct"] == 0.0 and figures["requests_avg_days_to_done"] is None


def test_overdue_and_the_year_boundary(tmp_path: Path) -> None:
    """Open requests past due count as overdue; "this year" starts at midnight Beijing time."""
    store = open_store(tmp_path / "gov.db", key=None)
    jan1 = datetime(2025, 12, 31, 16, 0, tzinfo=UTC)  # 2026-01-01 00:00 in Beijing
    try:
        with store.session("hall") as s:
            window = ServiceWindow(township_code="county", code="mz", name="民政")
            matter = MatterType(township_code="county", window_id=window.id, code="mz-01", name="临时救助")
            s.add_all([window, matter])
            for serial, accepted, status, due in (
                ("a", jan1 - timedelta(minutes=1), RequestStatus.IN_PROGRESS, jan1 + timedelta(days=1)),
                ("b", jan1, RequestStatus.ACCEPTED, jan1 + timedelta(days=40)),
                ("c", jan1 + timedelta(days=2), RequestStatus.DONE, jan1 + timedelta(days=3)),
            ):
                s.add(
                    ServiceRequest(
                        township_code="542525200",
                        serial_no=serial,
                        window_id=window.id,
                        matter_id=matter.id,
                        status=status.value,
                        accepted_at=accepted,
                        due_at=due,
                        done_at=accepted + timedelta(days=1, hours=12)
                        if status is RequestStatus.DONE
                        else None,
                    )
                )
        with store.reader() as s:
            figures = stats(s, today=date(2026, 1, 20), now=jan1 + timedelta(days=19))
    finally:
        store.close()
    assert figures["requests_this_year"] == 2  # "a" was accepted in 2025 (Beijing time)
    assert figures["requests_open"] == 2
    assert figures["requests_overdue"] == 1  # "a": due on 2 January, still in progress
    assert figures["requests_avg_days_to_done"] == 1.5


@pytest.mark.parametrize("township", [None, "542525200"])
def test_the_dashboard_shows_what_the_full_indicators_say(demo_store: Store, township: str | None) -> None:
    """The 工作台's figures come from a lighter query set; they must be the very numbers of ``stats``."""
    with demo_store.reader() as s:
        full = stats(s, township_code=township, today=TODAY, now=NOW)
        figures = dashboard(s, township_code=township, today=TODAY, now=NOW)
    shared = set(figures) - {"follow_ups_open"}
    assert shared <= set(full)
    assert {k: figures[k] for k in shared} == {k: full[k] for k in shared}
    assert figures["requests_this_year"] > 0 and figures["persons"] > 0
    follow_ups = count(
        demo_store,
        "SELECT count(*) FROM visit_record WHERE deleted = 0 AND follow_up_needed = 1 AND follow_up_done = 0"
        + (" AND township_code = ?" if township else ""),
        *([township] if township else []),
    )
    assert figures["follow_ups_open"] == follow_ups > 0
