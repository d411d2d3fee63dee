"""Applying pulled pages and snapshots: page and cursor commit together, replays change nothing, a pulled
value over an unsent local edit is logged as a conflict that is itself pushed."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from sqlmodel import select

from gov_desktop.core.models import SYNCED_TABLES, ConflictEntry, Household, row_dict
from gov_desktop.store.engine import Store
from gov_desktop.store.tables import OutboxEntry
from gov_desktop.sync.apply import apply_page, apply_snapshot, cursor_of
from gov_desktop.sync.merge import collapse
from gov_desktop.sync.protocol import PullPage, Snapshot, SnapshotRow

from .conftest import TC, add_household

ROOT = Path(__file__).resolve().parents[2]


def take_changes(src: Store, first_seq: int = 1) -> list:
    """src's unacked outbox as wire changes numbered from first_seq (what the server would hand out)."""
    with src.reader() as s:
        entries = s.exec(
            select(OutboxEntry).where(OutboxEntry.acked == False).order_by(OutboxEntry.seq)
        ).all()
        rows = [(e.tbl, e.row_id, e.op, json.loads(e.changes), e.hlc, e.user, TC) for e in entries]
    with src.remote_session() as s:
        for e in entries:
            e.acked = True
            s.merge(e)
    return [c.to_wire(seq=first_seq + i) for i, c in enumerate(collapse(rows))]


def data(store: Store) -> dict:
    out = {}
    with store.reader() as s:
        for table in SYNCED_TABLES:
            if table is ConflictEntry:
                continue
            for row in s.exec(select(table)).all():
                out[(table.__tablename__, row.id)] = row_dict(row)
    return out


def test_page_and_cursor_commit_together(make_store):
    src, dst = make_store("src"), make_store("dst")
    add_household(src, "H-1")
    add_household(src, "H-2")
    changes = take_changes(src, 1)
    page = PullPage(changes=changes, next=2, head=2)

    def crash():
        raise RuntimeError("power cut")

    with pytest.raises(RuntimeError):
        apply_page(dst, page, before_commit=crash)
    assert cursor_of(dst) is None and data(dst) == {}
    result = apply_page(dst, page)
    assert result.applied == 2 and result.cursor == 2 and result.at_head
    assert data(dst) == data(src)


def test_replayed_and_stale_pages_change_nothing(make_store):
    src, dst = make_store("src"), make_store("dst")
    hid = add_household(src, "H-1")
    first = PullPage(changes=take_changes(src, 1), next=1, head=1)
    with src.session("bob") as s:
        s.get(Household, hid).address = "新地址"
    second = PullPage(changes=take_changes(src, 2), next=2, head=2)
    apply_page(dst, first)
    apply_page(dst, second)
    before = data(dst)
    assert apply_page(dst, first).skipped  # older than the cursor
    again = apply_page(dst, second)
    assert again.applied == 0 and again.cursor == 2
    assert data(dst) == before == data(src)


def test_sigkill_between_page_apply_and_commit_loses_nothing(make_store, tmp_path):
    src, dst = make_store("src"), make_store("dst")
    add_household(src, "H-1")
    add_household(src, "H-2")
    page = PullPage(changes=take_changes(src, 1), next=2, head=2)
    page_file = tmp_path / "page.json"
    page_file.write_text(page.model_dump_json(), encoding="utf-8")
    dst_path = dst.path
    dst.close()
    child = textwrap.dedent(
        f"""
        import os, signal, sys
        sys.path.insert(0, {str(ROOT / "src")!r})
        from gov_desktop.store.engine import open_store
        from gov_desktop.sync.apply import apply_page
        from gov_desktop.sync.protocol import PullPage
        store = open_store({str(dst_path)!r}, key=None)
        page = PullPage.model_validate_json(open({str(page_file)!r}, encoding="utf-8").read())
        apply_page(store, page, before_commit=lambda: os.kill(os.getpid(), signal.SIGKILL))
        """
    )
    proc = subprocess.run([sys.executable, "-c", child], capture_output=True, timeout=60, check=False)
    assert proc.returncode == -signal.SIGKILL, proc.stderr.decode()
    again = make_store("dst")
    assert cursor_of(again) is None and data(again) == {}
    assert apply_page(again, page).cursor == 2
    assert data(again) == data(src)


def test_pulled_value_over_an_unsent_edit_logs_a_conflict_that_is_pushed(make_store):
    src, dst = make_store("src"), make_store("dst")
    hid = add_household(src, "H-1", address="旧")
    apply_page(dst, PullPage(changes=take_changes(src, 1), next=1, head=1))
    with dst.session("dora") as s:
        s.get(Household, hid).address = "本机改的"  # earlier stamp, not yet pushed
    with src.session("erik") as s:
        s.get(Household, hid).address = "对方改的"  # later stamp: wins
    result = apply_page(dst, PullPage(changes=take_changes(src, 2), next=2, head=2))
    assert result.conflicts == 1
    with dst.reader() as s:
        assert s.get(Household, hid).address == "对方改的"
        (entry,) = s.exec(select(ConflictEntry)).all()
        assert json.loads(entry.loser_value) == "本机改的" and entry.loser_by == "dora"
        assert json.loads(entry.winner_value) == "对方改的" and entry.winner_by == "erik"
        pending = s.exec(select(OutboxEntry).where(OutboxEntry.acked == False)).all()
    # the conflict row goes to the server like a local edit; the merged household change does not
    assert sorted(e.tbl for e in pending) == ["conflict_log", "household"]
    (log_entry,) = [e for e in pending if e.tbl == "conflict_log"]
    assert log_entry.op == "insert" and log_entry.row_id == entry.id and log_entry.hlc == entry.hlc


def test_no_conflict_when_the_local_change_is_already_acknowledged(make_store):
    src, dst = make_store("src"), make_store("dst")
    hid = add_household(src, "H-1")
    apply_page(dst, PullPage(changes=take_changes(src, 1), next=1, head=1))
    with dst.session("dora") as s:
        s.get(Household, hid).address = "本机"
    take_changes(dst)  # acknowledged by the server
    with src.session("erik") as s:
        s.get(Household, hid).address = "对方"
    assert apply_page(dst, PullPage(changes=take_changes(src, 3), next=3, head=3)).conflicts == 0


def test_snapshot_keeps_unsent_local_changes_and_sets_the_cursor(make_store):
    src, dst = make_store("src"), make_store("dst")
    hid = add_household(src, "H-1", address="服务器的")
    add_household(src, "H-2")
    apply_page(dst, PullPage(changes=take_changes(src, 1), next=2, head=2))
    with dst.session("dora") as s:
        s.get(Household, hid).phone = "13800138000"  # unsent
    mine = add_household(dst, "H-3")  # unsent insert
    rows = []
    from gov_desktop.core.wire import encode
    from gov_desktop.sync.merge import load_clocks

    with src.reader() as s:
        for h in s.exec(select(Household)).all():
            clocks = load_clocks(s, "household", h.id)
            star = clocks.pop("*")
            rows.append(
                SnapshotRow(
                    t="household",
                    id=h.id,
                    f={k: encode(v) for k, v in row_dict(h).items() if k != "id"},
                    fh=clocks,
                    h=star,
                )
            )
    result = apply_snapshot(dst, Snapshot(seq=40, rows=rows, server_hlc=src.clock.now()))
    assert result.applied == 2 and cursor_of(dst) == 40
    with dst.reader() as s:
        assert s.get(Household, hid).phone == "13800138000"
        assert s.get(Household, hid).address == "服务器的"
        assert s.get(Household, mine) is not None
        assert len(s.exec(select(OutboxEntry).where(OutboxEntry.acked == False)).all()) == 2
    # an older snapshot than the cursor is ignored
    assert apply_snapshot(dst, Snapshot(seq=39, rows=[], server_hlc="")).skipped


def test_clock_never_restarts_below_a_pulled_stamp(make_store):
    src, dst = make_store("src"), make_store("dst")
    src.clock._ms += 3_600_000  # src's clock is an hour ahead (within the clamp: absorbed as is)
    hid = add_household(src, "H-1")
    pulled = take_changes(src, 1)
    apply_page(dst, PullPage(changes=pulled, next=1, head=1))
    dst.close()
    reopened = make_store("dst")
    assert reopened.clock.peek() > pulled[0].h
    with reopened.session("x") as s:
        s.get(Household, hid).address = "after restart"
    with reopened.reader() as s:
        h = s.get(Household, hid)
        assert h.address == "after restart" and h.hlc > pulled[0].h
