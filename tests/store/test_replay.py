"""store/replay.py: outbox entries rebuild rows on another store; bad entries are reported, not guessed."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlmodel import select

from gov_desktop.core.enums import Role
from gov_desktop.core.models import Household
from gov_desktop.store.actor import Actor
from gov_desktop.store.engine import open_store
from gov_desktop.store.replay import ReplayError, read_outbox, replay_outbox
from gov_desktop.store.tables import OutboxEntry
from gov_desktop.store.usecases import register

ADMIN = Actor("admin", Role.TOWNSHIP_ADMIN, "540102001")


def test_replay_rebuilds_rows_and_is_idempotent(tmp_path: Path) -> None:
    source = open_store(tmp_path / "a.db", key=None)
    target = open_store(tmp_path / "b.db", key=None)
    created = register.register_household(source, ADMIN, register.HouseholdInput("H1", address="旧址"))
    register.update_household(source, ADMIN, created.id, register.HouseholdInput("H1", address="新址"))
    register.delete_household(source, ADMIN, created.id)
    entries = read_outbox(source)
    assert [e.op for e in entries] == ["insert", "update", "delete"]
    assert read_outbox(source, after_seq=entries[0].seq or 0) == entries[1:]
    assert replay_outbox(entries, target) == 3
    assert replay_outbox(entries, target) == 0
    assert replay_outbox(entries[:1], target) == 0  # an older insert does not undo later changes
    with source.reader() as s, target.reader() as t:
        mine, theirs = s.get(Household, created.id), t.get(Household, created.id)
        assert mine is not None and theirs is not None
        assert mine.model_dump() == theirs.model_dump()
        assert (theirs.address, theirs.deleted, theirs.hlc) == ("新址", True, entries[-1].hlc)
    assert read_outbox(target) == []
    source.close()
    target.close()


def _entry(**kwargs: object) -> OutboxEntry:
    values: dict[str, object] = {"seq": 1, "tbl": "household", "row_id": "x", "op": "update", "changes": "{}"}
    values.update(kwargs)
    values.setdefault("hlc", "000000000000001-00000-dev")
    return OutboxEntry(**values)


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        (_entry(tbl="nope"), "unknown table"),
        (_entry(changes='{"no_such_column": 1}'), "bad changes"),
        (_entry(op="update"), "missing household row"),
    ],
)
def test_bad_entries_are_refused_and_nothing_is_applied(
    tmp_path: Path, entry: OutboxEntry, message: str
) -> None:
    source = open_store(tmp_path / "a.db", key=None)
    target = open_store(tmp_path / "b.db", key=None)
    register.register_household(source, ADMIN, register.HouseholdInput("H1"))
    entries = [*read_outbox(source), entry.model_copy(update={"seq": 99})]
    with pytest.raises(ReplayError, match=message):
        replay_outbox(entries, target)
    with target.reader() as t:
        assert t.exec(select(Household)).all() == []  # one transaction: the good entry is not applied either
    source.close()
    target.close()
