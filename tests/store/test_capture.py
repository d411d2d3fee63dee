"""Change capture: every write path lands in the outbox, in the same transaction, or is refused."""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlmodel import select

from gov_desktop.core.models import SYNCED_TABLES, Household, Person
from gov_desktop.store.capture import NO_DELETE, STAMP_MISSING
from gov_desktop.store.engine import Store, open_store
from gov_desktop.store.tables import OutboxEntry

TC = "542525101"


@pytest.fixture
def store(tmp_path: Path):
    s = open_store(tmp_path / "c.db", key=None)
    yield s
    s.close()


def outbox(store: Store) -> list[OutboxEntry]:
    with store.reader() as s:
        return list(s.exec(select(OutboxEntry).order_by(OutboxEntry.seq)).all())


def test_every_synced_table_has_capture_triggers(store: Store):
    with store.engine.connect() as conn:
        names = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='trigger'")}
    for table in SYNCED_TABLES:
        for op in ("insert", "update", "delete"):
            assert f"capture_{table.__tablename__}_{op}" in names


def test_orm_insert_update_and_soft_delete_are_captured_with_user_and_fields(store: Store):
    with store.session("alice") as s:
        s.add(Household(id="h1", township_code=TC, household_no="H1", address="一组"))
    with store.session("bob") as s:
        s.get(Household, "h1").address = "二组"
    with store.session("carol") as s:
        s.get(Household, "h1").deleted = True
    ins, upd, dele = outbox(store)
    assert (ins.op, ins.user, ins.tbl, ins.row_id) == ("insert", "alice", "household", "h1")
    assert json.loads(ins.changes)["address"] == "一组"
    assert (upd.op, upd.user) == ("update", "bob")
    assert {k for k in json.loads(upd.changes) if k not in ("updated_at", "updated_by")} == {"address"}
    assert (dele.op, json.loads(dele.changes)["deleted"]) == ("delete", 1)
    assert ins.hlc < upd.hlc < dele.hlc
    with store.reader() as s:
        assert s.get(Household, "h1").hlc == dele.hlc  # the row carries its last stamp


def test_raw_sql_without_a_new_stamp_is_refused_and_with_one_is_captured(store: Store):
    with store.session("a") as s:
        s.add(Household(id="h1", township_code=TC, household_no="H1"))
    before = len(outbox(store))
    with pytest.raises(sa.exc.IntegrityError, match=STAMP_MISSING), store.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE household SET address = 'x'")
    with pytest.raises(sa.exc.IntegrityError, match=STAMP_MISSING), store.engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO household (id, township_code, created_at, updated_at, updated_by, hlc, deleted,"
            " household_no, address, flags, phone, note) VALUES ('h2', 't', '2026-01-01', '2026-01-01',"
            " '', '', 0, 'H2', '', '', '', '')"
        )
    assert len(outbox(store)) == before
    with store.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE household SET address = '三组', hlc = gd_hlc()")
    last = outbox(store)[-1]
    assert json.loads(last.changes) == {"address": "三组"}


def test_physical_delete_is_refused_on_every_path(store: Store):
    with store.session("a") as s:
        s.add(Household(id="h1", township_code=TC, household_no="H1"))
    with pytest.raises(sa.exc.IntegrityError, match=NO_DELETE), store.engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM household")
    with pytest.raises(ValueError, match="never deleted"), store.session("a") as s:
        s.delete(s.get(Household, "h1"))
    with store.reader() as s:
        assert s.get(Household, "h1") is not None


def test_a_failed_transaction_leaves_neither_row_nor_outbox(store: Store):
    with pytest.raises(RuntimeError), store.session("a") as s:
        s.add(Household(id="h1", township_code=TC, household_no="H1"))
        s.flush()
        raise RuntimeError("power cut before commit")
    with store.reader() as s:
        assert s.get(Household, "h1") is None
    assert outbox(store) == []


def test_remote_sessions_write_no_outbox(store: Store):
    with store.remote_session() as s:
        s.add(Household(id="h1", township_code=TC, household_no="H1", hlc="000000000000001-00000-zz"))
    assert outbox(store) == []


def test_concurrent_writers_wait_for_each_other_instead_of_failing(store: Store):
    """Write sessions begin IMMEDIATE: read-then-write transactions from several threads never hit SQLITE_BUSY."""
    with store.session("u") as s:
        s.add(Person(id="p", township_code=TC, name="央金"))
    errors: list[str] = []

    def work(i: int) -> None:
        for k in range(25):
            try:
                with store.session(f"w{i}") as s:
                    person = s.get(Person, "p")
                    time.sleep(0.001)
                    person.occupation = f"{i}-{k}"
            except Exception as exc:
                errors.append(repr(exc))

    threads = [threading.Thread(target=work, args=(i,)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert len(outbox(store)) == 1 + 100


def test_field_clocks_name_the_user_who_wrote_each_value(store: Store):
    with store.session("alice") as s:
        s.add(Household(id="h1", township_code=TC, household_no="H1", address="一组"))
    with store.session("bob") as s:
        s.get(Household, "h1").address = "二组"
    with store.session("carol") as s:
        s.get(Household, "h1").phone = "13900000000"
    with store.engine.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT field, \"by\" FROM field_clock WHERE tbl = 'household' AND row_id = 'h1'"
        ).all()
    writers = {name: by for name, by in rows}
    # the insert wrote every field it did not change later; each later value has its own writer
    assert writers == {"*": "alice", "address": "bob", "phone": "carol"}
