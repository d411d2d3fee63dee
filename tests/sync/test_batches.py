"""Batch formation: collapse, byte caps, storage before the first send, acknowledgement, quarantine."""

from __future__ import annotations

import gzip
import json

import pytest
from sqlmodel import select

from gov_desktop.core.models import GridMember, Household
from gov_desktop.store.tables import OutboxEntry, QuarantineEntry, SyncBatch
from gov_desktop.sync.batches import (
    INITIAL_RATIO,
    META_RATIO,
    STATE_ACKED,
    BatchPlanner,
    acknowledge,
    store_batch,
    unform_from,
    unsent_batches,
)
from gov_desktop.sync.protocol import ChangeResult, PushResponse

from .conftest import TC, add_household, add_visits, decode_body


def outbox(store):
    with store.reader() as s:
        return s.exec(select(OutboxEntry).order_by(OutboxEntry.seq)).all()


def test_repeated_writes_to_a_field_collapse_into_one_change(store):
    hid = add_household(store, "H-001", address="一组")
    for n, user in ((2, "bob"), (3, "carol"), (4, "bob")):
        with store.session(user) as s:
            s.get(Household, hid).address = f"{n}组"
    with store.session("alice") as s:
        s.get(Household, hid).phone = "13800138000"
    assert len(outbox(store)) == 5

    batch = BatchPlanner(store).form(64 * 1024, cursor=0)
    request = decode_body(batch.body)
    (change,) = request.changes
    assert change.op == "i" and change.f["address"] == "4组" and change.f["phone"] == "13800138000"
    assert change.f["household_no"] == "H-001"
    assert batch.change_count == 1
    # the batch township and user are said once, not per change
    assert request.township == TC and change.tc is None
    assert {e.batch_id for e in outbox(store)} == {batch.batch_id}


def test_booleans_travel_as_json_booleans_not_sqlites_0_and_1(store):
    with store.session("alice") as s:
        s.add(GridMember(id="m1", township_code=TC, grid_id="g1", name="格桑", is_party_member=True))
    with store.session("alice") as s:
        s.get(GridMember, "m1").deleted = True
    assert [json.loads(e.changes)["is_party_member"] for e in outbox(store)[:1]] == [1]  # as captured
    request = decode_body(BatchPlanner(store).form(64 * 1024, cursor=0).body)
    (change,) = request.changes
    assert change.f["is_party_member"] is True and change.f["deleted"] is True


def test_updates_carry_the_rows_township_once_per_batch(store):
    hid = add_household(store, "H-1")
    with store.reader() as s:
        seqs = [e.seq for e in s.exec(select(OutboxEntry)).all()]
    with store.remote_session() as s:  # pretend the insert went out long ago
        for e in s.exec(select(OutboxEntry)).all():
            e.acked = True
    with store.session("bob") as s:
        s.get(Household, hid).phone = "13900139000"
    batch = BatchPlanner(store).form(64 * 1024, cursor=7)
    request = decode_body(batch.body)
    (change,) = request.changes
    assert change.op == "u" and change.f == {"phone": "13900139000"}
    assert request.township == TC and change.tc is None and request.user == "bob"
    assert request.cursor == 7 and batch.first_seq > max(seqs)


def test_batches_respect_the_byte_cap_and_cover_every_change_once(store):
    hid = add_household(store, "H-1")
    add_visits(store, hid, 400)
    planner = BatchPlanner(store)
    cap = 4 * 1024
    batches = []
    while (b := planner.form(cap, cursor=0)) is not None:
        batches.append(b)
    assert len(batches) > 3
    ids = []
    for b in batches:
        assert len(b.body) <= cap * 1.15
        ids.extend(c.id for c in decode_body(b.body).changes)
    assert len(ids) == len(set(ids)) == 401
    entries = outbox(store)
    assert all(e.batch_id for e in entries)
    assert {e.batch_id for e in entries} == {b.batch_id for b in batches}
    # stored in order, with their exact bodies
    assert [b.batch_id for b in unsent_batches(store)] == [b.batch_id for b in batches]
    assert [b.body for b in unsent_batches(store)] == [b.body for b in batches]


def test_a_big_cap_makes_one_compact_batch(store):
    hid = add_household(store, "H-1")
    add_visits(store, hid, 300)
    planner = BatchPlanner(store)
    batch = planner.form(1024 * 1024, cursor=0)
    assert planner.form(1024 * 1024, cursor=0) is None
    assert batch.change_count == 301
    per_change = len(batch.body) / batch.change_count
    assert per_change < 100, per_change  # gzip over a whole batch: well under 100 B per new record


def test_the_next_run_starts_from_the_compression_it_last_saw(store):
    """A run sizes its first batch by the ratio the last batch compressed to, not by the first guess: on a
    slow link a batch too small costs a round trip."""
    hid = add_household(store, "H-1")
    add_visits(store, hid, 600)
    first = BatchPlanner(store)
    assert first.ratio == INITIAL_RATIO
    batch = first.form(1024 * 1024, cursor=0)
    learned = float(store.get_meta(META_RATIO))
    assert learned == pytest.approx(first.ratio, abs=1e-4) and learned < INITIAL_RATIO / 2

    add_visits(store, hid, 600)
    later = BatchPlanner(store)
    assert later.ratio == pytest.approx(learned, abs=1e-4)
    # a cap just above what 600 such visits compress to takes them all at once
    following = later.form(int(len(batch.body) * 1.1), cursor=0)
    assert following.change_count == 600
    assert later.form(1024 * 1024, cursor=0) is None


def test_a_damaged_remembered_ratio_falls_back_to_the_first_guess(store):
    store.set_meta(META_RATIO, "not a number")
    assert BatchPlanner(store).ratio == INITIAL_RATIO
    store.set_meta(META_RATIO, "0")
    assert BatchPlanner(store).ratio == 0.01


def test_pull_limit_only_in_the_last_batch(store):
    hid = add_household(store, "H-1")
    add_visits(store, hid, 200)
    planner = BatchPlanner(store)
    bodies = []
    while (b := planner.form(2048, cursor=3, pull_limit_if_last=500)) is not None:
        bodies.append(decode_body(b.body))
    assert len(bodies) > 1
    assert [r.pull_limit for r in bodies] == [0] * (len(bodies) - 1) + [500]


def test_new_writes_after_planning_wait_for_the_next_plan(store):
    hid = add_household(store, "H-1")
    planner = BatchPlanner(store)
    with store.session("alice") as s:
        s.get(Household, hid).address = "later"
    batch = planner.form(64 * 1024, cursor=0)
    assert decode_body(batch.body).changes[0].f.get("address", "") == ""
    second = BatchPlanner(store).form(64 * 1024, cursor=0)
    assert decode_body(second.body).changes[0].f == {"address": "later"}


def test_acknowledge_marks_everything_in_one_go_and_is_idempotent(store):
    hid = add_household(store, "H-1")
    add_visits(store, hid, 3)
    batch = BatchPlanner(store).form(64 * 1024, cursor=0)
    request = decode_body(batch.body)
    response = PushResponse(
        batch_id=batch.batch_id,
        applied=3,
        results=[
            ChangeResult(
                i=2,
                s="rejected",
                code="visit_date.future",
                field="visit_date",
                message="走访日期不能晚于今天",
            )
        ],
        server_hlc="999999999999999-00000-server",
    )
    first = acknowledge(store, response)
    assert first.acked and first.quarantined == 1 and first.changes == 4
    assert all(e.acked for e in outbox(store))
    with store.reader() as s:
        stored = s.get(SyncBatch, batch.batch_id)
        assert stored.state == STATE_ACKED and stored.body == b""
        (q,) = s.exec(select(QuarantineEntry)).all()
    assert (
        q.row_id == request.changes[2].id and q.field == "visit_date" and q.message == "走访日期不能晚于今天"
    )
    assert json.loads(q.change)["id"] == q.row_id
    # the clock absorbed the server's stamp (clamped: it is far ahead)
    assert store.clock.peek() > "000000000000000"
    again = acknowledge(store, response)
    assert not again.acked
    with store.reader() as s:
        assert len(s.exec(select(QuarantineEntry)).all()) == 1


def test_unform_gives_the_batch_and_later_ones_back(store):
    hid = add_household(store, "H-1")
    add_visits(store, hid, 100)
    planner = BatchPlanner(store)
    batches = []
    while (b := planner.form(2048, cursor=0)) is not None:
        batches.append(b)
    assert len(batches) >= 3
    acknowledge(store, PushResponse(batch_id=batches[0].batch_id, applied=1, server_hlc=""))
    assert unform_from(store, batches[1]) == len(batches) - 1
    assert unsent_batches(store) == []
    free = [e for e in outbox(store) if e.batch_id is None]
    assert len(free) == sum(b.change_count for b in batches[1:])
    # planned again: the same changes, nothing lost, nothing doubled
    again = BatchPlanner(store).form(1024 * 1024, cursor=0)
    assert again.change_count == len(free)


def test_claiming_rows_twice_is_refused(store):
    add_household(store, "H-1")
    (entry,) = outbox(store)
    store_batch(store, "b1", gzip.compress(b"{}"), [entry.seq], 1)
    import pytest

    from gov_desktop.sync.batches import BatchRace

    with pytest.raises(BatchRace):
        store_batch(store, "b2", gzip.compress(b"{}"), [entry.seq], 1)
    with store.reader() as s:
        assert s.get(SyncBatch, "b2") is None
