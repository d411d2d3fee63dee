"""Every list model of the shell passes Qt's model tester with real rows from a store."""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path

from gov_desktop.store import lookups, queries
from gov_desktop.store.backup import backup_now, list_backups
from gov_desktop.store.stats import stats
from gov_desktop.store.users import list_users
from gov_desktop.sync.conflicts import ConflictRow
from gov_desktop.sync.quarantine import QuarantinedChange
from gov_desktop.ui.models.admin_rows import BackupListModel, UserListModel
from gov_desktop.ui.models.appeals import AppealListModel
from gov_desktop.ui.models.indicators import IndicatorModel
from gov_desktop.ui.models.requests import RequestListModel
from gov_desktop.ui.models.sync_rows import (
    BatchListModel,
    ConflictListModel,
    PendingChangeModel,
    QuarantineListModel,
    RunHistoryModel,
)
from gov_desktop.ui.models.visit_records import VisitListModel
from gov_desktop.ui.pages.reports_page import indicator_rows
from gov_desktop.ui.sync_controller import RunRecord

sys.path.insert(0, str(Path(__file__).parent))
import shell_support as ss

demo_template = ss.demo_template
demo_store = ss.demo_store

NOW = datetime(2025, 3, 15, 9, 30, tzinfo=UTC)


def check(qtmodeltester, model, rows):
    model.set_rows(rows)
    assert model.rowCount() == len(rows) and rows
    qtmodeltester.check(model)
    for column in range(model.columnCount()):
        model.headerData(column, 1)
        model.index(0, column).data(model.SortRole)
    assert model.index(0, 0).data(model.RowRole) == rows[0]


def test_hall_models(qtmodeltester, demo_store):
    with demo_store.reader() as s:
        requests = queries.list_requests(s, limit=50)
        visits = queries.list_visits(s, limit=50)
        appeals = queries.list_appeals(s, limit=50)
    check(qtmodeltester, RequestListModel(), requests)
    check(qtmodeltester, VisitListModel(), visits)
    check(qtmodeltester, AppealListModel(), appeals)


def test_sync_models(qtmodeltester, demo_store):
    from gov_desktop.core.models import Household

    with demo_store.session("alice") as s:
        s.add(Household(township_code="542525101", household_no="H-1", address="一组"))
    with demo_store.reader() as s:
        pending = lookups.pending_changes(s)
    check(qtmodeltester, PendingChangeModel(), pending)
    conflict = ConflictRow(
        id="c1",
        table="household",
        table_label="户",
        row_id="h1",
        field="address",
        field_label="住址",
        mine="本机",
        theirs=["他", "的"],
        mine_by="alice",
        theirs_by="bob",
        mine_at=NOW,
        theirs_at=None,
        mine_won=True,
        current=None,
        detected_at=NOW,
        resolved=False,
        resolution="",
        resolved_by="",
        resolved_at=None,
    )
    check(qtmodeltester, ConflictListModel(), [conflict])
    refused = QuarantinedChange(
        id=1,
        table="person",
        table_label="人员",
        row_id="p1",
        field="id_number",
        field_label="身份证号",
        code="id_number.checksum",
        message="身份证号校验位错误",
        change={},
        created_at=NOW,
        resolved=False,
    )
    check(qtmodeltester, QuarantineListModel(), [refused])
    runs = [
        RunRecord(NOW, NOW, "manual", True, pushed=3, pulled=2, seconds=0.4),
        RunRecord(NOW, NOW, "scheduled", False, message="无法连接县级服务器"),
    ]
    check(qtmodeltester, RunHistoryModel(), runs)
    batch = lookups.BatchRow("b1", NOW, 3, "acked", 1, "", NOW, NOW)
    check(qtmodeltester, BatchListModel(), [batch])


def test_admin_and_report_models(qtmodeltester, demo_store, tmp_path):
    check(qtmodeltester, UserListModel(), list_users(demo_store))
    backup_now(demo_store, tmp_path / "backups")
    check(qtmodeltester, BackupListModel(), list_backups(tmp_path / "backups"))
    with demo_store.reader() as s:
        rows = indicator_rows(stats(s))
    model = IndicatorModel()
    model.set_rows(rows)
    qtmodeltester.check(model)
    assert ("户数", "40") in rows
