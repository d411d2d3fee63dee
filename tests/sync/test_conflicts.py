"""Listing and resolving conflicts: decoded values from this device's point of view; the chosen value is
written as an ordinary captured edit and the entry is marked resolved in the same transaction."""

from __future__ import annotations

import json

import pytest
from sqlmodel import select

from gov_desktop.core.errors import NotFound, ValidationFailed
from gov_desktop.core.models import ConflictEntry, Household
from gov_desktop.store.tables import OutboxEntry
from gov_desktop.sync.apply import apply_page
from gov_desktop.sync.conflicts import find_conflict, list_conflicts, resolve_conflict
from gov_desktop.sync.protocol import PullPage

from .conftest import add_household
from .test_apply import take_changes


@pytest.fixture
def conflicted(make_store):
    """dst's unsent address edit lost to src's later one: one open conflict on dst."""
    src, dst = make_store("src"), make_store("dst")
    hid = add_household(src, "H-1", address="旧")
    apply_page(dst, PullPage(changes=take_changes(src, 1), next=1, head=1))
    with dst.session("dora") as s:
        s.get(Household, hid).address = "本机的值"
    with src.session("erik") as s:
        s.get(Household, hid).address = "对方的值"
    assert apply_page(dst, PullPage(changes=take_changes(src, 2), next=2, head=2)).conflicts == 1
    dst.shipped = take_changes(dst, 3)  # everything so far is "acknowledged" (and could reach src)
    return src, dst, hid


def unsent(store):
    with store.reader() as s:
        return s.exec(select(OutboxEntry).where(OutboxEntry.acked == False).order_by(OutboxEntry.seq)).all()


def test_list_shows_mine_and_theirs_decoded(conflicted):
    src, dst, hid = conflicted
    (row,) = list_conflicts(dst)
    assert (row.table, row.row_id, row.field) == ("household", hid, "address")
    assert (row.table_label, row.field_label) == ("户", "住址")
    assert (row.mine, row.theirs, row.current) == ("本机的值", "对方的值", "对方的值")
    assert (row.mine_by, row.theirs_by, row.mine_won) == ("dora", "erik", False)
    assert row.mine_at < row.theirs_at and not row.resolved
    # another device sees the winner as "mine" (its record holds it)
    apply_page(src, PullPage(changes=dst.shipped, next=5, head=5))
    (on_src,) = list_conflicts(src)
    assert on_src.id == row.id and (on_src.mine, on_src.theirs) == ("对方的值", "本机的值")


def test_keep_mine_writes_the_value_as_a_captured_edit(conflicted):
    _src, dst, hid = conflicted
    (row,) = list_conflicts(dst)
    after = resolve_conflict(dst, "dora", row.id, "keep_mine")
    assert after.resolved and after.resolution == "keep_mine" and after.resolved_by == "dora"
    assert after.current == "本机的值"
    with dst.reader() as s:
        assert s.get(Household, hid).address == "本机的值"
    changes = {(e.tbl, e.op): json.loads(e.changes) for e in unsent(dst)}
    assert changes[("household", "update")]["address"] == "本机的值"
    assert changes[("conflict_log", "update")]["resolved"] in (1, True)
    assert list_conflicts(dst) == [] and len(list_conflicts(dst, include_resolved=True)) == 1


def test_take_theirs_on_the_current_value_only_marks_resolved(conflicted):
    _src, dst, _hid = conflicted
    (row,) = list_conflicts(dst)
    resolve_conflict(dst, "dora", row.id[:20], "take_theirs")
    assert [e.tbl for e in unsent(dst)] == ["conflict_log"]


def test_edit_writes_a_new_value_and_checks_it(conflicted):
    _src, dst, hid = conflicted
    (row,) = list_conflicts(dst)
    with pytest.raises(ValidationFailed):
        resolve_conflict(dst, "dora", row.id, "edit")  # no value
    with pytest.raises(ValidationFailed):
        resolve_conflict(dst, "dora", row.id, "edit", "长" * 500)  # too long for 住址
    with pytest.raises(ValidationFailed):
        resolve_conflict(dst, "dora", row.id, "merge")
    assert unsent(dst) == []  # nothing half-written
    resolve_conflict(dst, "dora", row.id, "edit", "一组3号")
    with dst.reader() as s:
        assert s.get(Household, hid).address == "一组3号"
        assert s.get(ConflictEntry, row.id).resolution == "edited"


def test_unknown_or_ambiguous_ids(conflicted):
    _src, dst, _hid = conflicted
    with pytest.raises(NotFound):
        find_conflict(dst, "ffffffff")
    with pytest.raises(NotFound):
        resolve_conflict(dst, "dora", "", "keep_mine")


def test_open_entries_about_the_same_field_are_resolved_together(conflicted):
    _src, dst, _hid = conflicted
    (row,) = list_conflicts(dst)
    with dst.session("sync") as s:
        twin = s.get(ConflictEntry, row.id)
        s.add(
            ConflictEntry(
                township_code=twin.township_code,
                tbl=twin.tbl,
                row_id=twin.row_id,
                field=twin.field,
                winner_value=twin.winner_value,
                winner_hlc=twin.winner_hlc,
                loser_value=json.dumps("第三个值"),
                loser_hlc=twin.loser_hlc,
            )
        )
    assert len(list_conflicts(dst)) == 2
    resolve_conflict(dst, "dora", row.id, "take_theirs")
    assert list_conflicts(dst) == []
