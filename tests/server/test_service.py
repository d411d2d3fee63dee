"""The sync service called directly (no HTTP): batches that touch a row twice, the fallback to one savepoint
per change, conflicts inside one batch."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select, text

from gov_desktop.core.hlc import HybridClock, Timestamp, wall_ms
from gov_desktop.core.models import ConflictEntry, Household
from gov_desktop.server import devices, service
from gov_desktop.server.db import Database, begin_snapshot, open_database
from gov_desktop.server.tables import ChangeLog, Device
from gov_desktop.sync.protocol import EnrollRequest, PushRequest, PushResponse, WireChange

TC_A = "542525101"


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(f"sqlite:///{tmp_path / 'server.db'}")
    yield database
    database.dispose()


@pytest.fixture
def clock(db: Database) -> HybridClock:
    return service.load_server_clock(db)


def enrol(db: Database, clock: HybridClock, township: str = TC_A, *, county: bool = False) -> Device:
    with db.session() as session:
        code = devices.create_enrollment_code(session, township, is_county=county)
    device_id = f"d{uuid.uuid4().hex[:10]}"
    with db.session() as session:
        devices.enroll(session, EnrollRequest(code=code, device_id=device_id), clock=clock)
    with db.session() as session:
        return devices.get_device(session, device_id)


def push(
    db: Database,
    clock: HybridClock,
    device: Device,
    changes: list[WireChange],
    *,
    cursor: int = 0,
    user: str = "",
) -> PushResponse:
    request = PushRequest(
        device_id=device.device_id,
        batch_id=str(uuid.uuid4()),
        user=user,
        township=device.township_code if not device.is_county else "",
        changes=changes,
        cursor=cursor,
    )
    with db.session() as session:
        return service.process_push(session, device, request, clock=clock)


def seqs(db: Database) -> list[int]:
    with db.session() as session:
        return list(session.execute(select(ChangeLog.seq).order_by(ChangeLog.seq)).scalars())


def test_a_row_inserted_and_changed_in_one_batch_and_a_failing_change_alone_rejected(
    db: Database, clock: HybridClock
) -> None:
    county = enrol(db, clock, "", county=True)
    c = HybridClock(county.device_id)
    answer = push(
        db,
        clock,
        county,
        [
            WireChange(
                t="township", id="t1", op="i", f={"code": TC_A, "name": "昆莎乡"}, h=c.now(), tc="county"
            ),
            WireChange(t="household", id="h1", op="i", f={"household_no": "H-1"}, h=c.now(), tc=TC_A),
            WireChange(t="household", id="h1", op="u", f={"address": "二组"}, h=c.now()),
            WireChange(
                t="township", id="t2", op="i", f={"code": TC_A, "name": "重复"}, h=c.now(), tc="county"
            ),
            WireChange(t="household", id="h1", op="u", f={"address": "三组"}, h=c.now()),
        ],
    )
    # the duplicate township code fails in the database: the batch is redone change by change
    assert answer.applied == 4
    assert [(r.i, r.code) for r in answer.results] == [(3, "change.duplicate")]
    assert seqs(db) == [1, 2, 3, 4]
    with db.session() as session:
        household = session.get(Household, "h1")
        assert household is not None and household.address == "三组" and household.township_code == TC_A
        ops = list(session.execute(select(ChangeLog.op).order_by(ChangeLog.seq)).scalars())
    assert ops == ["insert", "insert", "update", "update"]


def test_two_edits_of_one_field_in_one_batch_log_one_conflict(db: Database, clock: HybridClock) -> None:
    a, b = enrol(db, clock), enrol(db, clock)
    t = wall_ms()

    def at(ms: int, device: Device) -> str:
        return str(Timestamp(t + ms, 0, device.device_id))

    push(db, clock, a, [WireChange(t="household", id="h1", op="i", f={"household_no": "H-1"}, h=at(0, a))])
    push(
        db,
        clock,
        a,
        [WireChange(t="household", id="h1", op="u", f={"address": "A的"}, h=at(10, a))],
        cursor=1,
    )
    # b had seen only the insert (cursor 1): its first edit wins over a's concurrent one (logged), its second
    # overwrites its own first (not a conflict)
    answer = push(
        db,
        clock,
        b,
        [
            WireChange(t="household", id="h1", op="u", f={"address": "B的"}, h=at(20, b)),
            WireChange(t="household", id="h1", op="u", f={"address": "B再改"}, h=at(30, b)),
        ],
        cursor=1,
    )
    assert answer.applied == 2 and answer.results == []
    with db.session() as session:
        (entry,) = session.execute(select(ConflictEntry)).scalars().all()
        assert (entry.loser_value, entry.winner_value) == ('"A的"', '"B的"')
        assert session.get(Household, "h1").address == "B再改"
    assert seqs(db) == [1, 2, 3, 4, 5]  # insert, a's edit, b's two edits, the conflict row


def test_below_the_retention_floor_the_field_clock_says_who_wrote_a_value(
    db: Database, clock: HybridClock
) -> None:
    a, b = enrol(db, clock), enrol(db, clock)
    t = wall_ms()

    def at(ms: int, device: Device) -> str:
        return str(Timestamp(t + ms, 0, device.device_id))

    def edit(device: Device, ms: int, cursor: int, **fields: str) -> PushResponse:
        change = WireChange(t="household", id="h1", op="u", f=fields, h=at(ms, device))
        return push(db, clock, device, [change], cursor=cursor, user=f"u-{device.device_id}")

    insert = WireChange(t="household", id="h1", op="i", f={"household_no": "H-1"}, h=at(0, a))
    push(db, clock, a, [insert], user="u-a")
    edit(b, 5, 1, note="b的备注")  # seq 2
    edit(a, 20, 2, phone="13911111111")  # seq 3: b (cursor 1, offline) never sees it
    with db.session() as session:
        assert service.prune(session, keep_days=0).floor == 3
    # b comes back with cursor 1, below the floor: its older phone loses to a's — concurrent, logged;
    # its newer note overwrites its own earlier note — not a conflict
    answer = edit(b, 10, 1, phone="13922222222", note="b又改")
    assert [(r.s, r.lost) for r in answer.results] == [("merged", ["phone"])]
    with db.session() as session:
        (entry,) = session.execute(select(ConflictEntry)).scalars().all()
        assert (entry.field, entry.loser_value, entry.winner_value) == (
            "phone",
            '"13922222222"',
            '"13911111111"',
        )
        assert (entry.loser_by, entry.winner_by) == (f"u-{b.device_id}", f"u-{a.device_id}")
    # a push from at or above the floor is judged by the log as before: a saw everything up to its cursor
    head = seqs(db)[-1]
    answer = edit(a, 30, head, note="a改的备注")
    assert answer.applied == 1
    with db.session() as session:
        assert len(session.execute(select(ConflictEntry)).scalars().all()) == 1


@pytest.mark.postgres
def test_reads_take_one_snapshot_and_pushes_the_lock_on_postgresql(server_postgres_url: str) -> None:
    database = open_database(server_postgres_url)
    try:
        with database.session() as session:
            begin_snapshot(session)
            assert session.execute(text("SHOW transaction_isolation")).scalar_one() == "repeatable read"
            session.rollback()
            service._lock_pushes(session)
            held = session.execute(
                text("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND pid = pg_backend_pid()")
            ).scalar_one()
            assert held == 1
            session.rollback()
    finally:
        database.dispose()


def test_a_server_database_from_before_field_writers_gets_the_column(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'old.db'}"
    old = open_database(url)
    with old.engine.begin() as conn:  # as made before field_clock.by existed, with a clock in it
        conn.exec_driver_sql("DROP TABLE field_clock")
        conn.exec_driver_sql(
            "CREATE TABLE field_clock (tbl VARCHAR(40) NOT NULL, row_id VARCHAR(36) NOT NULL, "
            "field VARCHAR(60) NOT NULL, hlc VARCHAR(80) NOT NULL, PRIMARY KEY (tbl, row_id, field))"
        )
        conn.exec_driver_sql("INSERT INTO field_clock VALUES ('household', 'h1', '*', 'x')")
    old.dispose()
    for _ in range(2):  # idempotent
        database = open_database(url)
        with database.engine.connect() as conn:
            rows = conn.exec_driver_sql('SELECT field, hlc, "by" FROM field_clock').all()
        database.dispose()
        assert [tuple(r) for r in rows] == [("*", "x", "")]


def test_a_push_that_gets_no_turn_before_its_deadline_is_busy_and_applies_nothing(
    db: Database, clock: HybridClock
) -> None:
    import time

    device = enrol(db, clock)
    c = HybridClock(device.device_id)
    change = WireChange(t="household", id="h-busy", op="i", f={"household_no": "H-9"}, h=c.now())
    request = PushRequest(
        device_id=device.device_id, batch_id=str(uuid.uuid4()), township=TC_A, changes=[change], cursor=0
    )
    with service._PUSH_GATE, db.session() as session, pytest.raises(service.PushBusy):
        service.process_push(session, device, request, clock=clock, deadline=time.monotonic() + 0.05)
    assert seqs(db) == []
