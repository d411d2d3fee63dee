"""The merge rule on real stores: replication, per-field LWW, tie-break, tombstones, conflicts, idempotency."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlmodel import select

from gov_desktop.core.hlc import HybridClock, Timestamp
from gov_desktop.core.models import SYNCED_TABLES, ConflictEntry, GridMember, Household, Person, row_dict
from gov_desktop.store.engine import Store, open_store
from gov_desktop.store.tables import OutboxEntry
from gov_desktop.sync.merge import (
    Change,
    apply_change,
    collapse,
    compact_insert,
    load_field_clocks,
    merge_fields,
)

TC = "542525101"


@pytest.fixture
def stores(tmp_path: Path) -> tuple[Store, Store]:
    a = open_store(tmp_path / "a.db", key=None)
    b = open_store(tmp_path / "b.db", key=None)
    yield a, b
    a.close()
    b.close()


def pending_changes(store: Store) -> list[Change]:
    with store.reader() as s:
        entries = s.exec(
            select(OutboxEntry).where(OutboxEntry.acked == False).order_by(OutboxEntry.seq)
        ).all()
        for e in entries:
            e.acked = True
        rows = [
            (
                e.tbl,
                e.row_id,
                e.op,
                json.loads(e.changes),
                e.hlc,
                e.user,
                json.loads(e.changes).get("township_code", ""),
            )
            for e in entries
        ]
    with store.remote_session() as s:
        for e in entries:
            s.merge(e)
    return collapse(rows)


def ship(src: Store, dst: Store, *, concurrent=lambda f: False) -> list:
    """Send src's pending changes through the wire form into dst (as the server would apply them)."""
    outcomes = []
    for change in pending_changes(src):
        wire = change.to_wire(batch_user="", batch_township=TC)
        back = Change.from_wire(wire, batch_township=TC, device=src.device_id)
        dst.clock.absorb(back.hlc)
        with dst.remote_session() as s:
            outcomes.append(apply_change(s, back, concurrent=concurrent, stamp=dst.clock.now))
    return outcomes


def snapshot(store: Store) -> dict:
    out = {}
    with store.reader() as s:
        for table in SYNCED_TABLES:
            for row in s.exec(select(table)).all():
                out[(table.__tablename__, row.id)] = row_dict(row)
    return out


def test_replication_reproduces_rows_exactly(stores):
    a, b = stores
    with a.session("alice") as s:
        h = Household(township_code=TC, household_no="H-001", address="昆莎乡1组", flags="dibao")
        s.add(h)
        s.flush()
        s.add(Person(township_code=TC, household_id=h.id, name="扎西次仁", id_number="11010519491231002X"))
    with a.session("bob") as s:
        h2 = s.exec(select(Household)).one()
        h2.phone = "13800138000"
        h2.address = "昆莎乡2组"
    with a.session("alice") as s:
        h3 = s.exec(select(Household)).one()
        h3.address = "昆莎乡3组"
    ship(a, b)
    assert snapshot(a) == snapshot(b)
    # the derived times are the stamp's: equal on both sides to the microsecond
    with b.reader() as s:
        hb = s.exec(select(Household)).one()
        assert hb.updated_by == "alice"


def test_insert_is_compacted_on_the_wire():
    fields = {"household_no": "H1", "address": "", "flags": "", "deleted": 0, "phone": "", "note": ""}
    assert compact_insert("household", fields) == {"household_no": "H1"}


def test_last_writer_wins_per_field_and_both_edits_survive(stores):
    a, b = stores
    with a.session("a") as s:
        s.add(Household(id="h1", township_code=TC, household_no="H1", address="旧地址", phone=""))
    ship(a, b)
    with a.session("a") as s:
        s.get(Household, "h1").address = "A改的地址"
    with b.session("b") as s:
        s.get(Household, "h1").phone = "13900139000"
    ship(a, b)
    ship(b, a)
    assert snapshot(a) == snapshot(b)
    with a.reader() as s:
        h = s.get(Household, "h1")
        assert (h.address, h.phone) == ("A改的地址", "13900139000")


def test_concurrent_same_field_keeps_the_loser_in_the_conflict_log(stores):
    a, b = stores
    with a.session("a") as s:
        s.add(Household(id="h1", township_code=TC, household_no="H1", address="旧"))
    ship(a, b)
    with b.session("b") as s:
        s.get(Household, "h1").address = "B的值"  # earlier stamp
    with a.session("a") as s:
        s.get(Household, "h1").address = "A的值"  # later stamp: wins
    outcomes = ship(b, a, concurrent=lambda f: True)
    (outcome, made) = outcomes[0]
    assert outcome.status == "stale" and outcome.stale == ["address"]
    assert len(made) == 1
    with a.reader() as s:
        assert s.get(Household, "h1").address == "A的值"
        (entry,) = s.exec(select(ConflictEntry)).all()
        assert json.loads(entry.loser_value) == "B的值"
        assert json.loads(entry.winner_value) == "A的值"
        assert entry.loser_by == "b"


def test_a_conflict_names_the_writer_of_each_value_not_the_rows_last_writer(stores):
    a, b = stores
    with a.session("alice") as s:
        s.add(Household(id="h1", township_code=TC, household_no="H1", address="旧", phone=""))
    ship(a, b)
    with b.session("bob") as s:
        s.get(Household, "h1").phone = "13922222222"  # earlier stamp: loses
    with a.session("carol") as s:
        s.get(Household, "h1").phone = "13911111111"
    with a.session("dave") as s:
        s.get(Household, "h1").address = "新"  # the row's last writer is now dave
    (outcome, made) = ship(b, a, concurrent=lambda f: True)[0]
    assert outcome.stale == ["phone"]
    (entry,) = made
    assert (entry.winner_by, entry.loser_by) == ("carol", "bob")
    # the merge records the writer of what it applies (b got alice's insert from a), the triggers local edits
    with b.reader() as s:
        assert load_field_clocks(s, "household", "h1")[1] == {"*": "alice", "phone": "bob"}
    with a.reader() as s:
        assert load_field_clocks(s, "household", "h1")[1] == {
            "*": "alice",
            "phone": "carol",
            "address": "dave",
        }
    # a field without its own clock was written by the insert; where no writer is known, the row's last one
    change = Change("household", "h1", "update", {"note": "x", "phone": "y"}, "0" * 15 + "-00000-zzz")
    values = {"note": "", "phone": "z"}
    kept = merge_fields(
        change,
        values,
        {"*": "1", "phone": "2"},
        local_writers={"*": "alice"},
        local_by="dave",
        concurrent=lambda f: True,
    )
    assert sorted((c.field, c.winner_by) for c in kept.conflicts) == [("note", "alice"), ("phone", "dave")]


def test_a_conflict_on_a_boolean_field_records_both_values_as_json_booleans(stores):
    """SQLite gives 0/1 (the outbox), the model True/False: a conflict entry holds true/false for both."""
    a, b = stores
    with a.session("a") as s:
        s.add(GridMember(id="m1", township_code=TC, grid_id="g1", name="格桑"))
    ship(a, b)
    with b.session("b") as s:
        s.get(GridMember, "m1").is_party_member = True  # earlier stamp: loses
    with a.session("a") as s:
        s.get(GridMember, "m1").is_party_member = True
    with a.session("a") as s:
        s.get(GridMember, "m1").is_party_member = False
    (change,) = pending_changes(b)
    assert change.fields["is_party_member"] == 1  # as captured
    with a.remote_session() as s:
        _outcome, made = apply_change(s, change, concurrent=lambda f: True, stamp=a.clock.now)
        (entry,) = made
        assert (entry.winner_value, entry.loser_value) == ("false", "true")
    # the other way round: the winning value arrives as 0
    (change,) = pending_changes(a)
    assert change.fields["is_party_member"] == 0
    with b.remote_session() as s:
        _outcome, made = apply_change(s, change, concurrent=lambda f: True, stamp=b.clock.now)
        (entry,) = made
        assert (entry.winner_value, entry.loser_value) == ("false", "true")
    with b.reader() as s:
        assert s.get(GridMember, "m1").is_party_member is False


def test_same_stamp_orders_by_device_id():
    base = {"address": "x"}
    mine = str(Timestamp(1000, 0, "aaaa"))
    theirs = str(Timestamp(1000, 0, "bbbb"))
    change = Change("household", "h", "update", {"address": "y"}, theirs)
    outcome = merge_fields(change, base, {"*": mine})
    assert outcome.applied == {"address": "y"}  # "bbbb" > "aaaa"
    reverse = merge_fields(Change("household", "h", "update", {"address": "y"}, mine), base, {"*": theirs})
    assert reverse.stale == ["address"]


def test_tombstone_is_a_field_and_applying_twice_changes_nothing(stores):
    a, b = stores
    with a.session("a") as s:
        s.add(Household(id="h1", township_code=TC, household_no="H1"))
    ship(a, b)
    with a.session("a") as s:
        s.get(Household, "h1").deleted = True
    changes = pending_changes(a)
    assert changes[0].op == "delete"
    for _ in range(2):
        with b.remote_session() as s:
            apply_change(s, changes[0])
    before = snapshot(b)
    with b.remote_session() as s:
        outcome, made = apply_change(s, changes[0])
    assert outcome.applied == {} and made == []
    assert snapshot(b) == before == snapshot(a)
    assert before[("household", "h1")]["deleted"] is True


def test_remote_apply_writes_no_outbox(stores):
    a, b = stores
    with a.session("a") as s:
        s.add(Household(id="h1", township_code=TC, household_no="H1"))
    ship(a, b)
    with b.reader() as s:
        assert s.exec(select(OutboxEntry)).all() == []


def test_collapse_keeps_one_change_per_row_with_field_stamps():
    c = HybridClock("dev")
    h1, h2, h3 = c.now(), c.now(), c.now()
    entries = [
        (
            "household",
            "r",
            "insert",
            {"household_no": "H", "address": "a", "township_code": TC},
            h1,
            "u1",
            TC,
        ),
        ("household", "r", "update", {"address": "b"}, h2, "u2", TC),
        ("household", "r", "update", {"address": "c", "phone": "13800138000"}, h3, "u3", TC),
    ]
    (change,) = collapse(entries)
    assert change.op == "insert" and change.hlc == h1
    assert change.fields == {"household_no": "H", "address": "c", "phone": "13800138000"}
    assert change.field_hlcs == {"address": h3, "phone": h3}
    assert change.user == "u3"
