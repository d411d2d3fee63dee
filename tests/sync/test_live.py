"""Sync against the real county server (uvicorn on 127.0.0.1, SQLite): several devices converge, conflicts
are logged and visible everywhere, a revoked token stops sync without losing anything."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from sqlalchemy import select
from sqlmodel import Session

from gov_desktop.core.models import (
    COUNTY_SCOPE,
    SYNCED_TABLES,
    Appeal,
    ConflictEntry,
    Household,
    Org,
    Person,
    Township,
    row_dict,
)
from gov_desktop.core.wire import encode
from gov_desktop.store.capture import DERIVED_FIELDS
from gov_desktop.store.engine import Store
from gov_desktop.sync.conflicts import list_conflicts, resolve_conflict
from gov_desktop.sync.engine import read_state
from gov_desktop.sync.errors import AuthError
from gov_desktop.sync.settings import load_settings, load_token

from .conftest import TC, LiveServer, add_household, engine_for_store


def canonical(rows) -> dict:
    """Rows by (table, id) as wire values, without derived columns (search keys each replica computes)."""
    out = {}
    for table_name, row in rows:
        skip = DERIVED_FIELDS.get(table_name, frozenset())
        out[(table_name, row["id"])] = {k: encode(v) for k, v in row.items() if k not in skip}
    return out


def store_rows(store: Store) -> dict:
    with store.reader() as s:
        return canonical(
            (t.__tablename__, row_dict(r)) for t in SYNCED_TABLES for r in s.exec(select(t)).scalars().all()
        )


def server_rows(server: LiveServer) -> dict:
    with server.db.session() as s:
        assert isinstance(s, Session) or True
        rows = [
            (t.__tablename__, row_dict(r))
            for t in SYNCED_TABLES
            for r in s.execute(select(t)).scalars().all()
        ]
        s.rollback()
    return canonical(rows)


def sync_all(*stores: Store, rounds: int = 2) -> None:
    for _ in range(rounds):
        for store in stores:
            engine = engine_for_store(store)
            try:
                engine.run()
            finally:
                engine.transport.close()


def test_enrolment_keeps_the_token_in_the_keyring_only(live_server, make_store):
    store = make_store("a", township="")
    live_server.enroll_store(store)
    settings = load_settings(store)
    assert settings.enrolled and settings.township_code == TC and not settings.is_county
    assert store.township_code == TC and store.mode == "township"
    token = load_token(settings.device_id)
    assert token and len(token) > 20
    store.close()
    for path in store.path.parent.glob("a.db*"):
        assert token.encode() not in path.read_bytes()


def test_three_devices_edit_offline_and_converge(live_server, make_store):
    a, b, c = make_store("a"), make_store("b"), make_store("c", township="")
    live_server.enroll_store(a)
    live_server.enroll_store(b)
    live_server.enroll_store(c, county=True)
    assert c.mode == "county"

    # county reference data, township register
    with c.session("county_admin") as s:
        s.add(Township(township_code=COUNTY_SCOPE, code=TC, name="昆莎乡"))
        org = Org(township_code=COUNTY_SCOPE, name="县民政局")
        s.add(org)
    h1 = add_household(a, "H-001", address="一组")
    h2 = add_household(a, "H-002", address="二组")
    with a.session("alice") as s:
        s.add(Person(township_code=TC, household_id=h1, name="扎西次仁", id_number="11010519491231002X"))
        appeal = Appeal(township_code=TC, household_id=h1, content="村道路面破损，希望修缮")
        s.add(appeal)
    sync_all(c, a, b)
    assert store_rows(a) == store_rows(b) == store_rows(c) == server_rows(live_server)

    # offline, overlapping edits
    with a.session("alice") as s:
        s.get(Household, h1).address = "A写的地址"
        s.get(Household, h2).phone = "13800138000"
        s.get(Appeal, appeal.id).content = "村道路面破损严重，希望尽快修缮"
    with b.session("bob") as s:
        s.get(Household, h1).address = "B写的地址"  # same field, later stamp: wins
        s.get(Household, h1).phone = "13900139000"
        s.get(Household, h2).note = "B的备注"
    with c.session("county_admin") as s:
        s.get(Appeal, appeal.id).org_id = org.id
        s.get(Appeal, appeal.id).feedback = "已派县民政局办理"
        s.get(Org, org.id).name = "县民政局（社会救助股）"
    with a.session("alice") as s:
        s.add(Household(township_code=TC, household_no="H-003"))

    sync_all(a, b, c)
    rows = store_rows(a)
    assert rows == store_rows(b) == store_rows(c) == server_rows(live_server)
    with a.reader() as s:
        h = s.get(Household, h1)
        assert (h.address, h.phone) == ("B写的地址", "13900139000")
        assert s.get(Household, h2).phone == "13800138000" and s.get(Household, h2).note == "B的备注"
        ap = s.get(Appeal, appeal.id)
        assert ap.org_id == org.id and ap.feedback == "已派县民政局办理" and "尽快" in ap.content
        (entry,) = s.execute(select(ConflictEntry)).scalars().all()
    assert (entry.tbl, entry.row_id, entry.field) == ("household", h1, "address")
    assert json.loads(entry.loser_value) == "A写的地址" and json.loads(entry.winner_value) == "B写的地址"

    # visible on both sides, each seeing its own value as "mine"
    (on_a,) = list_conflicts(a)
    (on_b,) = list_conflicts(b)
    assert on_a.id == on_b.id == entry.id
    assert (on_a.mine, on_a.theirs, on_a.mine_won) == ("A写的地址", "B写的地址", False)
    assert (on_b.mine, on_b.theirs, on_b.mine_won) == ("B写的地址", "A写的地址", True)
    for state in (read_state(a), read_state(b), read_state(c)):
        assert state.conflicts == 1 and state.up_to_date

    # A keeps its value: it syncs like an edit, and the entry is resolved everywhere
    resolve_conflict(a, "alice", on_a.id[:13], "keep_mine")
    sync_all(a, b, c)
    assert store_rows(a) == store_rows(b) == store_rows(c) == server_rows(live_server)
    with b.reader() as s:
        assert s.get(Household, h1).address == "A写的地址"
    assert list_conflicts(b) == [] and list_conflicts(b, include_resolved=True)[0].resolved_by == "alice"


def test_conflict_found_on_the_device_is_pushed_to_the_server(live_server, make_store):
    a, b = make_store("a"), make_store("b")
    live_server.enroll_store(a)
    live_server.enroll_store(b)
    hid = add_household(a, "H-1")
    sync_all(a, b, rounds=1)
    with b.session("bob") as s:
        s.get(Household, hid).address = "B先写"
    with a.session("alice") as s:
        s.get(Household, hid).address = "A后写"
    engine_for_store(a).run()
    # b pulls A's value while its own edit is not yet sent: b logs the conflict itself (pull before push)
    from gov_desktop.sync.apply import apply_page

    engine = engine_for_store(b)
    page = engine.transport.pull(read_state(b).cursor or 0, 100)
    assert apply_page(b, page).conflicts == 1
    engine.run()
    sync_all(a, b, rounds=1)
    conflicts = [r for (t, _), r in server_rows(live_server).items() if t == "conflict_log"]
    assert len(conflicts) == 1 and json.loads(conflicts[0]["loser_value"]) == "B先写"
    assert store_rows(a) == store_rows(b) == server_rows(live_server)


def test_record_history_shows_edits_made_on_other_devices(live_server, make_store):
    """A record's history on a device names every edit it received, not only its own: who, where, which
    field, in clock order with its own edits; a pull replayed adds nothing."""
    from gov_desktop.store.queries import record_history
    from gov_desktop.sync.apply import apply_page

    a, b = make_store("a"), make_store("b")
    live_server.enroll_store(a)
    live_server.enroll_store(b)
    sync_all(
        a, b, rounds=1
    )  # both start from a (then empty) snapshot: what follows is pulled change by change
    hid = add_household(a, "H-7", address="旧址")
    sync_all(a, b, rounds=1)
    with a.session("alice") as s:
        s.get(Household, hid).address = "八廓街9号"
    sync_all(a, rounds=1)
    with b.session("bob") as s:
        s.get(Household, hid).phone = "13908900009"
    with a.session("alice") as s:
        s.get(Household, hid).note = "低保复核"
    sync_all(a, b, a, b, rounds=1)

    with b.reader() as s:
        history = record_history(s, "household", hid)
    fields = [
        ({c.field for c in e.changes} - {"updated_at", "updated_by"}, e.user, e.received) for e in history
    ]
    assert [f for f in fields if f[0] & {"address", "phone", "note"}][:3] == [
        ({"note"}, "alice", True),
        ({"phone"}, "bob", False),
        ({"address"}, "alice", True),
    ]
    insert = history[-1]
    assert insert.op == "insert" and insert.received and insert.device == a.device_id
    assert {c.field: c.value for c in insert.changes}["address"] == "旧址"
    assert [e.hlc for e in history] == sorted((e.hlc for e in history), reverse=True)

    # the same page applied again (a replayed answer): no second entry
    engine = engine_for_store(b)
    try:
        page = engine.transport.pull(0, 100)
    finally:
        engine.transport.close()
    assert apply_page(b, page).applied == 0
    with b.reader() as s:
        assert len(record_history(s, "household", hid)) == len(history)


def test_revoked_token_gives_a_clear_error_and_loses_nothing(live_server, make_store):
    a = make_store("a")
    live_server.enroll_store(a)
    engine_for_store(a).run()
    add_household(a, "H-1")
    live_server.revoke(load_settings(a).device_id)
    engine = engine_for_store(a)
    with pytest.raises(AuthError) as caught:
        engine.run()
    assert caught.value.code == "auth.revoked" and "停用" in caught.value.message
    state = read_state(a)
    assert state.pending == 1 and state.last_error == caught.value.message and not state.up_to_date
    with a.reader() as s:
        assert s.execute(select(Household)).scalars().one().household_no == "H-1"


def test_a_replayed_batch_changes_nothing(live_server, make_store):
    from gov_desktop.sync.batches import BatchPlanner, acknowledge

    a = make_store("a")
    live_server.enroll_store(a)
    engine = engine_for_store(a)
    engine.run()
    add_household(a, "H-1")
    batch = BatchPlanner(a).form(64 * 1024, cursor=read_state(a).cursor or 0)
    first = engine.transport.push(batch.body)
    before = server_rows(live_server)
    again = engine.transport.push(batch.body)
    assert again.replayed and again.applied == first.applied
    assert server_rows(live_server) == before
    assert acknowledge(a, again).acked and not acknowledge(a, first).acked


def test_last_success_and_up_to_date(live_server, make_store):
    a = make_store("a")
    live_server.enroll_store(a)
    assert not read_state(a).up_to_date
    add_household(a, "H-1")
    report = engine_for_store(a).run()
    state = read_state(a)
    assert report.up_to_date and state.up_to_date
    assert (datetime.now(UTC) - state.last_success).total_seconds() < 30
    add_household(a, "H-2")
    assert not read_state(a).up_to_date  # something pending again


def test_server_rejections_are_quarantined_and_block_nothing(live_server, make_store):
    from gov_desktop.sync.quarantine import list_quarantined

    a = make_store("a")
    live_server.enroll_store(a)
    engine_for_store(a).run()
    add_household(a, "H-1")
    with a.session("alice") as s:
        s.add(Org(township_code=COUNTY_SCOPE, name="township may not write county data"))
    add_household(a, "H-2")
    report = engine_for_store(a).run()
    assert report.quarantined == 1 and report.pushed == 2 and report.up_to_date
    (q,) = list_quarantined(a)
    assert q.table == "org" and q.code and q.message  # the server's reason, in Chinese
    assert any("\u4e00" <= ch <= "\u9fff" for ch in q.message)
    assert {r["household_no"] for (t, _), r in server_rows(live_server).items() if t == "household"} == {
        "H-1",
        "H-2",
    }
    state = read_state(a)
    assert state.pending == 0 and state.quarantined == 1
