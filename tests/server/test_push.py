"""Push over HTTP: applying, idempotency on batch_id (also across a restart), scope, validation, conflicts,
clock skew."""

from __future__ import annotations

import json
import logging
import time
from datetime import date

import pytest
from sqlalchemy import func, select

from gov_desktop.core.enums import Gender
from gov_desktop.core.hlc import Timestamp, wall_ms
from gov_desktop.core.models import Appeal, ConflictEntry, Household, Person, Township
from gov_desktop.core.validation import make_id_number
from gov_desktop.server.tables import ChangeLog, Device

from .conftest import TC_A, TC_B, LiveServer, row_id

GOOD_ID = make_id_number("542525", date(1985, 3, 2), 21, Gender.MALE)


def log_count(server: LiveServer) -> int:
    with server.db.session() as session:
        return int(session.execute(select(func.count()).select_from(ChangeLog)).scalar_one())


def test_push_applies_and_a_replayed_batch_changes_nothing_even_after_a_restart(
    live_server: LiveServer,
) -> None:
    dev = live_server.enroll(TC_A)
    hh = row_id("hh")
    body = dev.batch(
        [
            dev.change("household", "i", {"household_no": "H-001", "address": "昆莎乡1组"}, rid=hh),
            dev.change("person", "i", {"name": "扎西", "household_id": hh, "id_number": GOOD_ID}),
        ]
    )
    first = dev.push_body(body)
    assert first == {
        "batch_id": body["batch_id"],
        "applied": 2,
        "results": [],
        "server_hlc": first["server_hlc"],
        "replayed": False,
    }
    assert log_count(live_server) == 2
    with live_server.db.session() as session:
        household = session.get(Household, hh)
        assert household is not None and household.address == "昆莎乡1组" and household.township_code == TC_A
        assert household.updated_by == "tester"
    replay = dev.push_body(body)
    assert replay["replayed"] is True
    assert {k: replay[k] for k in ("batch_id", "applied", "results")} == {
        k: first[k] for k in ("batch_id", "applied", "results")
    }
    assert replay["server_hlc"] > first["server_hlc"]
    live_server.restart()
    again = dev.push_body(body)
    assert again["replayed"] is True and again["applied"] == 2
    assert log_count(live_server) == 2
    with live_server.db.session() as session:
        assert session.execute(select(func.count()).select_from(Person)).scalar_one() == 1
        # the device's visit, cursor and clock were recorded
        device = session.get(Device, dev.device_id)
        assert device is not None and device.last_seen_at is not None
        assert abs(device.clock_skew_ms) < 60_000


def test_a_batch_id_of_another_device_is_refused(live_server: LiveServer) -> None:
    a, b = live_server.enroll(TC_A), live_server.enroll(TC_A)
    body = a.batch([a.change("household", "i", {"household_no": "H-1"})])
    a.push_body(body)
    stolen = {**body, "device_id": b.device_id}
    response = b.client.post("/api/v1/push", json=stolen)
    assert response.status_code == 409 and response.json()["code"] == "push.batch_foreign"
    response = b.client.post("/api/v1/push", json=body)  # a's device id with b's token
    assert response.status_code == 403 and response.json()["code"] == "push.device_mismatch"


def test_scope_rejects_per_change_while_the_rest_of_the_batch_applies(live_server: LiveServer) -> None:
    a = live_server.enroll(TC_A)
    b = live_server.enroll(TC_B)
    b_row = row_id("hh")
    b.push([b.change("household", "i", {"household_no": "B-1"}, rid=b_row)])
    appeal = row_id("ap")
    a.push([a.change("appeal", "i", {"content": "修路"}, rid=appeal)])
    mine = row_id("hh")
    answer = a.push(
        [
            a.change("household", "u", {"address": "越界"}, rid=b_row),  # another township's row
            a.change("household", "i", {"household_no": "X-1"}, tc=TC_B),  # inserting into another township
            a.change("township", "i", {"code": "542525199", "name": "新乡"}, tc="county"),  # reference data
            a.change("appeal", "u", {"feedback": "已办"}, rid=appeal),  # county-owned field of an appeal
            a.change("household", "i", {"household_no": "A-1"}, rid=mine),  # fine
            a.change("appeal", "u", {"status": "done"}, rid=appeal),  # fine: not a county field
        ]
    )
    assert answer["applied"] == 2
    rejected = {r["i"]: r for r in answer["results"]}
    assert set(rejected) == {0, 1, 2, 3}
    assert all(r["s"] == "rejected" for r in rejected.values())
    assert rejected[0]["code"] == rejected[1]["code"] == "scope.township"
    assert TC_A in rejected[0]["message"]
    assert rejected[2]["code"] == "scope.county_only"
    assert (rejected[3]["code"], rejected[3]["field"]) == ("scope.county_field", "feedback")
    assert "县级" in rejected[3]["message"]
    with live_server.db.session() as session:
        assert session.get(Household, b_row).address == ""
        assert session.get(Household, mine) is not None
        assert session.get(Appeal, appeal).status == "done"
        assert session.get(Appeal, appeal).feedback == ""
        assert session.execute(select(func.count()).select_from(Township)).scalar_one() == 0


def test_a_county_device_writes_reference_data_and_dispatches_appeals(live_server: LiveServer) -> None:
    a = live_server.enroll(TC_A)
    county = live_server.enroll("", county=True)
    appeal = row_id("ap")
    a.push([a.change("appeal", "i", {"content": "修水渠"}, rid=appeal)])
    answer = county.push(
        [
            county.change("township", "i", {"code": TC_A, "name": "昆莎乡"}, tc="county"),
            county.change(
                "appeal",
                "u",
                {"status": "dispatched", "org_id": "org-1", "feedback": "已派水利局"},
                rid=appeal,
            ),
            county.change("household", "u", {"address": "县里改的"}, rid=appeal),  # no such household
        ]
    )
    assert answer["applied"] == 2
    assert answer["results"] == [
        {
            "i": 2,
            "s": "rejected",
            "code": "change.unknown_row",
            "field": "id",
            "message": answer["results"][0]["message"],
        }
    ]
    with live_server.db.session() as session:
        stored = session.get(Appeal, appeal)
        assert (stored.status, stored.org_id, stored.feedback) == ("dispatched", "org-1", "已派水利局")
        assert stored.township_code == TC_A  # the row keeps its township


def test_validation_rejects_a_bad_id_number_with_the_chinese_message(live_server: LiveServer) -> None:
    dev = live_server.enroll(TC_A)
    bad = GOOD_ID[:-1] + ("0" if GOOD_ID[-1] != "0" else "1")
    answer = dev.push(
        [
            dev.change("person", "i", {"name": "次仁", "id_number": bad}),
            dev.change("person", "i", {"name": "", "phone": "123"}),
            dev.change("visit_record", "i", {"household_id": "h", "visit_date": "2999-01-01"}),
            dev.change("person", "i", {"name": "卓玛", "nickname": "x"}),
            dev.change("person", "i", {"name": "央金", "id_number": GOOD_ID}),
        ]
    )
    assert answer["applied"] == 1
    results = {r["i"]: r for r in answer["results"]}
    assert (results[0]["code"], results[0]["field"]) == ("id_number.checksum", "id_number")
    assert "身份证号校验位错误" in results[0]["message"]
    assert results[1]["code"] == "required" and "电话" in results[1]["message"]
    assert results[2]["code"] == "date.future"
    assert results[3]["code"] == "field.unknown"
    assert "nickname" in results[3]["message"]


def test_a_concurrent_change_of_the_same_field_lands_in_the_conflict_log_and_is_pulled(
    live_server: LiveServer,
) -> None:
    a, b = live_server.enroll(TC_A), live_server.enroll(TC_A)
    hh = row_id("hh")
    a.push([a.change("household", "i", {"household_no": "H-9", "address": "旧址"}, rid=hh)])
    b.pull_all()
    a.pull_all()
    b_stamp = b.clock.now()  # b edits first (earlier stamp) but pushes last, without having seen a's edit
    time.sleep(0.01)
    a.push([a.change("household", "u", {"address": "A的地址"}, rid=hh)])
    answer = b.push(
        [b.change("household", "u", {"address": "B的地址", "phone": "13800138000"}, rid=hh, h=b_stamp)]
    )
    assert answer["results"] == [{"i": 0, "s": "merged", "lost": ["address"]}]
    with live_server.db.session() as session:
        household = session.get(Household, hh)
        assert (household.address, household.phone) == ("A的地址", "13800138000")
        (entry,) = session.execute(select(ConflictEntry)).scalars().all()
        assert json.loads(entry.loser_value) == "B的地址" and json.loads(entry.winner_value) == "A的地址"
        assert entry.township_code == TC_A
    for device in (a, b):  # both sides get the conflict row
        pulled = device.pull_all()
        conflicts = [c for c in pulled if c["t"] == "conflict_log"]
        assert len(conflicts) == 1, device.device_id
        assert conflicts[0]["op"] == "i" and conflicts[0]["f"]["field"] == "address"
    # a later, informed edit by b (its cursor now covers a's change) is not a conflict
    answer = b.push([b.change("household", "u", {"address": "B再改"}, rid=hh)], cursor=b.cursor)
    assert answer["results"] == []
    with live_server.db.session() as session:
        assert session.execute(select(func.count()).select_from(ConflictEntry)).scalar_one() == 1


def test_a_device_clock_ten_days_ahead_is_clamped_and_logged_not_refused(
    live_server: LiveServer, caplog: pytest.LogCaptureFixture
) -> None:
    dev = live_server.enroll(TC_A)
    ahead = str(Timestamp(wall_ms() + 10 * 86_400_000, 0, dev.device_id))
    hh = row_id("hh")
    with caplog.at_level(logging.WARNING, logger="gov_desktop.server.service"):
        answer = dev.push([dev.change("household", "i", {"household_no": "H-7"}, rid=hh, h=ahead)], hlc=ahead)
    assert answer["applied"] == 1
    assert any("ahead" in r.getMessage() and dev.device_id in r.getMessage() for r in caplog.records)
    limit = wall_ms() + 5 * 60_000 + 1000
    with live_server.db.session() as session:
        assert Timestamp.parse(session.get(Household, hh).hlc).ms <= limit
        assert session.get(Device, dev.device_id).clock_skew_ms > 9 * 86_400_000
    assert Timestamp.parse(answer["server_hlc"]).ms <= limit
