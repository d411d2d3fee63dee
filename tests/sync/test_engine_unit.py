"""The engine's bookkeeping against a scripted transport: retries resend identical bodies, quarantine does not
block, 413 splits, timeouts shrink batches, failures are recorded in Chinese, state is honest."""

from __future__ import annotations

import random

import pytest
from sqlmodel import select

from gov_desktop.core.models import Household
from gov_desktop.store.tables import OutboxEntry, QuarantineEntry
from gov_desktop.sync.engine import Backoff, BatchSizer, SyncEngine, read_state
from gov_desktop.sync.errors import AuthError, Offline, Rejected, ServerError, TooLarge
from gov_desktop.sync.protocol import ChangeResult, PullPage, PushResponse

from .conftest import ScriptedTransport, add_household, add_visits, decode_body, sent_changes


def engine_for(store, transport, **kw):
    store.set_meta("sync_cursor", "0")  # has pulled before: no snapshot
    kw.setdefault("sleep", lambda _s: None)
    return SyncEngine(store, transport, **kw)


def raise_(exc):
    def step(_request):
        raise exc

    return step


def pending(store):
    with store.reader() as s:
        return len(s.exec(select(OutboxEntry).where(OutboxEntry.acked == False)).all())


def test_a_run_pushes_everything_and_reports(store):
    hid = add_household(store, "H-1")
    add_visits(store, hid, 20)
    transport = ScriptedTransport()
    report = engine_for(store, transport).run()
    assert report.pushed == 21 and report.batches == 1 and report.up_to_date
    assert pending(store) == 0
    state = read_state(store)
    assert state.up_to_date and state.last_error == "" and state.last_success is not None


def test_retry_sends_the_identical_stored_body(store):
    add_household(store, "H-1")
    transport = ScriptedTransport([raise_(Offline("sync.dropped")), raise_(ServerError(status=502))])
    report = engine_for(store, transport).run()
    assert len(transport.sent) == 3
    assert transport.sent[0] == transport.sent[1] == transport.sent[2]
    assert report.pushed == 1


def test_a_failed_run_resumes_with_the_same_batch_and_nothing_is_lost(store):
    hid = add_household(store, "H-1")
    add_visits(store, hid, 5)
    transport = ScriptedTransport([raise_(Offline())] * 4)
    engine = engine_for(store, transport, max_attempts=4)
    with pytest.raises(Offline) as caught:
        engine.run()
    assert caught.value.report.pushed == 0
    state = read_state(store)
    assert state.pending == 6 and not state.up_to_date
    assert "无法连接" in state.last_error
    assert engine.online is False
    # a new engine (the app restarted): the stored batch goes again, byte for byte, then nothing else
    with store.session("bob") as s:
        s.get(Household, hid).phone = "13800138000"
    second = ScriptedTransport()
    report = engine_for(store, second).run()
    assert second.sent[0] == transport.sent[0]
    assert len(second.sent) == 2 and decode_body(second.sent[1]).changes[0].f == {"phone": "13800138000"}
    assert report.pushed == 7 and read_state(store).up_to_date


def test_a_rejected_change_is_quarantined_and_blocks_nothing(store):
    hid = add_household(store, "H-1")
    add_visits(store, hid, 3)

    def reject_first(request):
        return ScriptedTransport().applied(
            request,
            results=[
                ChangeResult(
                    i=0,
                    s="rejected",
                    code="household_no.duplicate",
                    field="household_no",
                    message="户号H-1已存在",
                )
            ],
        )

    transport = ScriptedTransport([reject_first])
    report = engine_for(store, transport).run()
    assert report.quarantined == 1 and report.pushed == 3
    with store.reader() as s:
        (q,) = s.exec(select(QuarantineEntry)).all()
    assert q.row_id == hid and q.message == "户号H-1已存在"
    state = read_state(store)
    assert state.pending == 0 and state.quarantined == 1
    # later changes flow as usual
    add_visits(store, hid, 1)
    assert engine_for(store, ScriptedTransport()).run().pushed == 1


def test_a_batch_refused_as_a_whole_is_quarantined_not_retried_forever(store):
    add_household(store, "H-1")
    transport = ScriptedTransport([raise_(Rejected("permission.scope", "只能操作本乡镇的数据", status=403))])
    report = engine_for(store, transport).run()
    assert report.quarantined == 1 and len(transport.sent) == 1
    assert read_state(store).pending == 0


def test_413_splits_the_batch_and_every_change_arrives_once(store):
    hid = add_household(store, "H-1")
    add_visits(store, hid, 200)

    def limit(request):
        if len(request.changes) > 40:
            raise TooLarge()
        return ScriptedTransport().applied(request)

    transport = ScriptedTransport(default=limit)
    engine = engine_for(store, transport, sizer=BatchSizer(cap=1024 * 1024))
    report = engine.run()
    accepted = [b for b in transport.sent if len(decode_body(b).changes) <= 40]
    ids = [c.id for b in accepted for c in decode_body(b).changes]
    assert len(ids) == len(set(ids)) == 201
    assert report.pushed == 201 and pending(store) == 0
    assert engine.sizer.cap < 1024 * 1024


def test_timeouts_shrink_the_cap_and_repeated_timeouts_split(store):
    hid = add_household(store, "H-1")
    add_visits(store, hid, 300)
    timeout = Offline("sync.timeout")
    transport = ScriptedTransport([raise_(timeout)] * 3)
    engine = engine_for(store, transport, sizer=BatchSizer(cap=256 * 1024), max_attempts=10)
    report = engine.run()
    assert engine.sizer.cap == 32 * 1024  # halved three times
    assert transport.sent[0] == transport.sent[1] == transport.sent[2]
    assert report.pushed == 301 and pending(store) == 0
    ids = [c["id"] for c in sent_changes(transport)[len(decode_body(transport.sent[0]).changes) * 3 :]]
    assert len(ids) == len(set(ids)) == 301


def test_fast_round_trips_grow_the_cap():
    sizer = BatchSizer(cap=64 * 1024, fast=5.0)
    sizer.on_success(0.2, 60 * 1024)
    assert sizer.cap == 128 * 1024
    sizer.on_success(0.2, 1000)  # a small batch says nothing about the link
    assert sizer.cap == 128 * 1024
    sizer.on_success(40.0, 100 * 1024)
    assert sizer.cap == 64 * 1024
    for _ in range(20):
        sizer.on_success(0.1, sizer.cap)
    assert sizer.cap == sizer.maximum


def test_auth_error_stops_the_run_and_keeps_everything(store):
    add_household(store, "H-1")
    transport = ScriptedTransport([raise_(AuthError())])
    with pytest.raises(AuthError):
        engine_for(store, transport).run()
    assert len(transport.sent) == 1
    state = read_state(store)
    assert state.pending == 1 and "撤销" in state.last_error


def test_backoff_is_exponential_jittered_and_bounded():
    backoff = Backoff(base=1.0, factor=2.0, cap=30.0, jitter=0.5, rng=random.Random(7))
    for attempt in range(12):
        ceiling = min(30.0, 2.0**attempt)
        for _ in range(50):
            d = backoff.delay(attempt)
            assert ceiling * 0.5 <= d <= ceiling
    delays = {round(backoff.delay(3), 6) for _ in range(20)}
    assert len(delays) > 10  # jitter: retries of many devices do not line up


def test_retries_wait_with_backoff_and_give_up_after_max_attempts(store):
    add_household(store, "H-1")
    waits = []
    transport = ScriptedTransport([raise_(ServerError(status=503))] * 10)
    engine = engine_for(
        store, transport, sleep=waits.append, max_attempts=5, backoff=Backoff(base=1, cap=4, jitter=0)
    )
    with pytest.raises(ServerError):
        engine.run()
    assert waits == [1, 2, 4, 4]
    assert len(transport.sent) == 5


def test_a_busy_servers_retry_after_is_waited_up_to_the_backoff_cap(store):
    add_household(store, "H-1")
    waits = []
    transport = ScriptedTransport([raise_(ServerError("sync.server_busy", status=503, retry_after=3))] * 10)
    engine = engine_for(
        store, transport, sleep=waits.append, max_attempts=4, backoff=Backoff(base=1, cap=4, jitter=0)
    )
    with pytest.raises(ServerError):
        engine.run()
    assert waits == [3, 3, 4]  # at least Retry-After; the backoff when it is longer


def test_the_last_batch_brings_the_first_pull_page(store):
    add_household(store, "H-1")
    page = PullPage(changes=[], next=12, head=12)

    def with_page(request):
        assert request.pull_limit > 0
        return ScriptedTransport().applied(request, pull=page)

    transport = ScriptedTransport([with_page])
    report = engine_for(store, transport).run()
    assert transport.pulls == []  # the push's answer carried everything: no extra round trip
    assert report.up_to_date and read_state(store).cursor == 12


def test_changes_by_several_users_all_go(store):
    """Signing in as another user discards nothing: the queue is the device's, not a user's."""
    add_household(store, "H-1", user="alice")
    add_household(store, "H-2", user="bob")
    transport = ScriptedTransport()
    engine_for(store, transport).run()
    request = decode_body(transport.sent[0])
    users = {c.u or request.user for c in request.changes}
    assert users == {"alice", "bob"}


def test_progress_is_reported(store):
    hid = add_household(store, "H-1")
    add_visits(store, hid, 50)
    seen = []
    engine_for(store, ScriptedTransport(), sizer=BatchSizer(cap=2048, minimum=1024)).run(progress=seen.append)
    pushes = [p for p in seen if p.phase == "push"]
    assert pushes[0].done == 0 and pushes[-1].done == pushes[-1].total == 51
    assert any(p.phase == "pull" for p in seen)


def test_only_one_run_at_a_time(store):
    engine = engine_for(store, ScriptedTransport())
    engine._run_lock.acquire()
    try:
        from gov_desktop.sync.errors import SyncError

        with pytest.raises(SyncError) as caught:
            engine.run()
        assert caught.value.code == "sync.busy"
    finally:
        engine._run_lock.release()


def test_a_rejected_insert_is_fixed_and_resent_whole(store):
    from gov_desktop.sync.quarantine import list_quarantined, resend_quarantined

    hid = add_household(store, "H-1", address="一组")
    with store.session("alice") as s:
        s.get(Household, hid).phone = "13800138000"

    def reject_all(request):
        results = [
            ChangeResult(i=i, s="rejected", code="household_no.duplicate", field="household_no")
            for i in range(len(request.changes))
        ]
        return PushResponse(batch_id=request.batch_id, applied=0, results=results, server_hlc="")

    engine_for(store, ScriptedTransport([reject_all])).run()
    (q,) = list_quarantined(store)
    assert (q.table_label, q.field_label, q.row_id) == ("户", "户号", hid)
    with store.session("alice") as s:  # the user fixes the record …
        s.get(Household, hid).household_no = "H-1A"
    assert resend_quarantined(store, "alice", q.id) == 1  # … and resends it
    assert list_quarantined(store) == []
    transport = ScriptedTransport()
    engine_for(store, transport).run()
    (sent,) = sent_changes(transport)
    assert sent["op"] == "i" and sent["f"]["household_no"] == "H-1A"
    assert sent["f"]["address"] == "一组" and sent["f"]["phone"] == "13800138000"
    with store.reader() as s:
        h = s.get(Household, hid)
    assert sent["h"] < h.hlc and set(sent["fh"]) == {"phone", "household_no"}
    assert read_state(store).pending == 0
