"""Alembic migrations of the store: upgrades keep every row, back up first, and match the model exactly."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from alembic import command
from sqlmodel import SQLModel, select

from gov_desktop.core.models import Household, Person, ServiceRequest, User
from gov_desktop.store import backup, keys, schema
from gov_desktop.store.capture import STAMP_MISSING, installed_triggers
from gov_desktop.store.engine import make_engine, open_engine, open_store
from gov_desktop.store.tables import OutboxEntry

T0 = "2025-03-01 08:30:00.000000"
HLC = "000001740817800000-00000-dev0001"


def synced(row_id: str, township: str = "540123101", /, **fields: Any) -> dict[str, Any]:
    """A raw row of a synced table with the shared columns filled in."""
    return {
        "id": row_id,
        "township_code": township,
        "created_at": T0,
        "updated_at": T0,
        "updated_by": "卓玛",
        "hlc": HLC,
        "deleted": 0,
        **fields,
    }


ROWS: dict[str, list[dict[str, Any]]] = {
    "township": [
        synced("tw1", "county", code="540123101", name="曲水镇", name_bo="ཆུ་ཤུར་གྲོང་རྡལ།"),
    ],
    "village": [
        synced("vi1", "county", code="540123101001", name="茶巴朗村", name_bo="ཚ་པ་རང་།", kind="village"),
    ],
    "org": [synced("og1", "county", name="县残疾人联合会", kind="county_dept")],
    "grid": [
        synced(
            "gr1",
            code="G-03",
            name="茶巴朗村第三网格",
            kind="pastoral",
            police_area="茶巴朗警务站",
            village_id="vi1",
        )
    ],
    "grid_member": [
        synced(
            "gm1",
            grid_id="gr1",
            person_id=None,
            name="格桑",
            role="grid_worker",
            is_party_member=1,
            phone="13908907777",
        )
    ],
    "joint_group": [
        synced("jg1", name="茶巴朗第一双联户", grid_id="gr1", head_household_id="hh1", head_person_id="pe1")
    ],
    "party_duty": [
        synced("pd1", person_id="pe1", household_id="hh1", duty_kinds="policy,assistance", since="2024-07-01")
    ],
    "civilized_rating": [
        synced(
            "cr1",
            household_id="hh1",
            year=2024,
            stars=5,
            criteria="diligent,filial,hygiene,patriotic,unity",
            rated_by="村两委",
        )
    ],
    "household": [
        synced(
            "hh1",
            household_no="5401231010010001",
            address="曲水镇茶巴朗村3组12号",
            village_id="vi1",
            grid_id=None,
            head_person_id="pe1",
            joint_group_id=None,
            flags="dibao,tuopin",
            phone="13908901234",
            note="户主常年在拉萨务工",
        ),
        # a tombstone with the same 户号: allowed beside the live household by the unique index of 0002
        synced(
            "hh0",
            household_no="5401231010010001",
            address="旧址",
            village_id="vi1",
            grid_id=None,
            head_person_id=None,
            joint_group_id=None,
            flags="",
            phone="",
            note="",
            deleted=1,
        ),
    ],
    "person": [
        synced(
            "pe1",
            household_id="hh1",
            name="张晓华",
            name_bo="",
            name_pinyin="zhangxiaohua",
            name_initials="zxh",
            gender="female",
            ethnicity="汉族",
            id_number="540123198506120021",
            birth_date="1985-06-12",
            relation="head",
            phone="13908901234",
            is_party_member=1,
            party_branch="茶巴朗村党支部",
            education="senior",
            occupation="个体经营",
            special_groups="",
            status="active",
            status_date=None,
            status_note="",
        ),
        synced(
            "pe2",
            household_id="hh1",
            name="扎西次仁",
            name_bo="བཀྲ་ཤིས་ཚེ་རིང་།",
            name_pinyin="zhaxiciren",
            name_initials="zxcr",
            gender="male",
            ethnicity="藏族",
            id_number="54012319500101003X",
            birth_date="1950-01-01",
            relation="parent",
            phone="",
            is_party_member=0,
            party_branch="",
            education="monastic",
            occupation="牧民",
            special_groups="left_behind_elder,veteran",
            status="active",
            status_date=None,
            status_note="",
        ),
    ],
    "service_window": [synced("sw1", "county", code="minzheng", name="民政", name_bo="", sort_order=1)],
    "matter_type": [
        synced(
            "mt1",
            "county",
            window_id="sw1",
            code="dibao",
            name="最低生活保障申请",
            materials=json.dumps(["户口簿", "身份证复印件", "收入证明"], ensure_ascii=False),
            promised_days=20,
            needs_county=1,
        )
    ],
    "service_request": [
        synced(
            "sr1",
            serial_no="540123101-20250301-dev0001-0001",
            person_id="pe1",
            household_id="hh1",
            applicant_name="张晓华",
            window_id="sw1",
            matter_id="mt1",
            channel="window",
            status="at_county",
            accepted_at=T0,
            due_at="2025-03-29 08:30:00.000000",
            done_at=None,
            handler="窗口一 次仁卓嘎",
            visits=1,
            materials_received=json.dumps(["户口簿", "身份证复印件"], ensure_ascii=False),
            result="",
            note="已转县民政局审核",
        )
    ],
    "visit_record": [
        synced(
            "vr1",
            household_id="hh1",
            visitor_id=None,
            visitor_name="格桑",
            visit_date="2025-02-27",
            kind="assistance",
            findings="老人腿脚不便，需要轮椅",
            follow_up_needed=1,
            follow_up_by="格桑",
            follow_up_done=0,
        )
    ],
    "appeal": [
        synced(
            "ap1",
            kind="wish",
            household_id="hh1",
            person_id="pe2",
            content="希望得到一辆轮椅",
            category="hardship",
            status="dispatched",
            org_id=None,
            dispatched_at=T0,
            claimed_at=None,
            done_at=None,
            feedback="县残联已受理",
            satisfaction="",
        )
    ],
    "conflict_log": [
        synced(
            "cf1",
            tbl="person",
            row_id="pe1",
            field="phone",
            winner_value=json.dumps("13908901234"),
            winner_hlc=HLC,
            winner_by="卓玛",
            loser_value=json.dumps("13800000000"),
            loser_hlc="000001740817700000-00000-dev0002",
            loser_by="格桑",
            resolved=0,
            resolution="",
            resolved_by="",
            resolved_at=None,
        )
    ],
    "field_clock": [{"tbl": "person", "row_id": "pe1", "field": "phone", "hlc": HLC}],
    "app_user": [
        {
            "id": "us1",
            "username": "zhuoma",
            "display_name": "卓玛",
            "role": "township_admin",
            "password_hash": "$argon2id$v=19$m=65536,t=3,p=4$c2FsdHNhbHQ$aGFzaGhhc2g",
            "township_code": "540123101",
            "grid_id": None,
            "active": 1,
            "created_at": T0,
            "last_login_at": None,
        }
    ],
    "store_meta": [{"key": "township_code", "value": "540123101"}, {"key": "mode", "value": "township"}],
    "outbox": [
        {
            "seq": 1,
            "tbl": "person",
            "row_id": "pe1",
            "op": "insert",
            "changes": json.dumps({"name": "张晓华"}, ensure_ascii=False),
            "hlc": HLC,
            "user": "zhuoma",
            "device": "dev0001",
            "created_at": T0,
            "batch_id": None,
            "acked": 0,
        }
    ],
    "sync_batch": [
        {
            "batch_id": "b1",
            "created_at": T0,
            "body": "张晓华".encode(),
            "first_seq": 1,
            "last_seq": 1,
            "change_count": 1,
            "state": "pending",
            "attempts": 0,
            "last_error": "",
            "sent_at": None,
            "acked_at": None,
        }
    ],
    "quarantine": [
        {
            "id": 1,
            "batch_id": "b1",
            "tbl": "person",
            "row_id": "pe2",
            "change": json.dumps({"name": "扎西次仁"}, ensure_ascii=False),
            "code": "id_number.checksum",
            "field": "id_number",
            "message": "身份证号校验位错误",
            "created_at": T0,
            "resolved": 0,
            "resolved_at": None,
        }
    ],
}

PRIMARY_KEYS = {"field_clock": ("tbl", "row_id", "field"), "store_meta": ("key",), "outbox": ("seq",)}
PRIMARY_KEYS["sync_batch"] = ("batch_id",)


def insert(conn: sa.Connection, table: str, row: dict[str, Any]) -> None:
    cols = ", ".join(f'"{c}"' for c in row)
    marks = ", ".join(f":{c}" for c in row)
    conn.execute(sa.text(f'INSERT INTO "{table}" ({cols}) VALUES ({marks})'), row)


def insert_rows(conn: sa.Connection) -> None:
    for table, rows in ROWS.items():
        for row in rows:
            insert(conn, table, row)


def read_rows(conn: sa.Connection, table: str) -> dict[tuple[Any, ...], dict[str, Any]]:
    key = PRIMARY_KEYS.get(table, ("id",))
    result = conn.execute(sa.text(f'SELECT * FROM "{table}"')).mappings()
    return {tuple(r[k] for k in key): dict(r) for r in result}


def assert_every_row_intact(conn: sa.Connection) -> None:
    for table, rows in ROWS.items():
        found = read_rows(conn, table)
        if table != "store_meta":  # opening a store records its device id there
            assert len(found) == len(rows), table
        key = PRIMARY_KEYS.get(table, ("id",))
        for row in rows:
            stored = found[tuple(row[k] for k in key)]
            assert {c: stored[c] for c in row} == row, table


def make_at_0001(db_path: Path) -> bytes:
    """A keyring-keyed store at revision 0001 holding ROWS (no capture triggers exist at 0001)."""
    key = keys.key_for(db_path)
    engine, _clock, _device = open_engine(db_path, key)
    with engine.begin() as conn:
        schema.upgrade(conn, "0001")
        assert schema.current_revision(conn) == "0001"
        assert not {t for t in installed_triggers(conn) if t.startswith("capture_")}
        inspector = sa.inspect(conn)
        assert set(ROWS) == set(inspector.get_table_names()) - {"alembic_version"}  # every table …
        for table, rows in ROWS.items():  # … with a value in every column
            assert all(set(row) == {c["name"] for c in inspector.get_columns(table)} for row in rows), table
        insert_rows(conn)
    engine.dispose()
    return key


def test_a_new_store_is_at_head_with_capture_triggers_and_no_backup(db_path: Path) -> None:
    store = open_store(db_path)
    try:
        with store.engine.connect() as conn:
            assert schema.current_revision(conn) == schema.head_revision()
            assert "capture_person_insert" in installed_triggers(conn)
    finally:
        store.close()
    assert backup.list_backups(db_path.parent / "backups") == []


def test_upgrade_from_0001_keeps_every_row_and_backs_up_first(db_path: Path) -> None:
    key = make_at_0001(db_path)

    store = open_store(db_path)
    try:
        with store.engine.connect() as conn:
            assert schema.current_revision(conn) == schema.head_revision()
            assert_every_row_intact(conn)
            indexes = {i["name"] for i in sa.inspect(conn).get_indexes("household")}
            assert {"ix_household_township_no", "ix_household_township_deleted"} <= indexes
        # the model reads the migrated rows
        with store.reader() as s:
            person = s.get(Person, "pe2")
            assert person is not None
            assert (person.name, person.name_bo, person.birth_date) == (
                "扎西次仁",
                "བཀྲ་ཤིས་ཚེ་རིང་།",
                date(1950, 1, 1),
            )
            request = s.get(ServiceRequest, "sr1")
            assert request is not None and request.materials_received == ["户口簿", "身份证复印件"]
            assert request.accepted_at.tzinfo is not None
            household = s.get(Household, "hh1")
            assert household is not None and household.address == "曲水镇茶巴朗村3组12号"
            user = s.exec(select(User).where(User.username == "zhuoma")).one()
            assert user.display_name == "卓玛"
        # the capture triggers exist now: an ORM write is captured, a raw write without a new stamp refused
        with store.session(user="zhuoma") as s:
            person = s.get(Person, "pe1")
            assert person is not None
            person.phone = "13908905678"
        with store.reader() as s:
            captured = s.exec(
                select(OutboxEntry).where(OutboxEntry.row_id == "pe1", OutboxEntry.seq > 1)
            ).all()
            assert [json.loads(e.changes).get("phone") for e in captured] == ["13908905678"]
        with pytest.raises(sa.exc.DatabaseError, match=STAMP_MISSING), store.engine.begin() as conn:
            conn.exec_driver_sql("UPDATE person SET name = '张小华' WHERE id = 'pe1'")
    finally:
        store.close()

    # the backup was taken before the upgrade: revision 0001 with every row
    (saved,) = backup.list_backups(db_path.parent / "backups")
    assert saved.label == schema.BACKUP_LABEL
    engine = make_engine(saved.path, key)
    with engine.connect() as conn:
        assert schema.current_revision(conn) == "0001"
        assert_every_row_intact(conn)
    engine.dispose()


def test_reopening_at_head_changes_nothing(db_path: Path) -> None:
    open_store(db_path).close()
    before = db_path.read_bytes()
    open_store(db_path).close()
    assert backup.list_backups(db_path.parent / "backups") == []
    assert db_path.read_bytes() == before  # no trigger rebuild, no backup, no write


def test_a_failed_upgrade_rolls_back_and_leaves_the_backup(db_path: Path) -> None:
    key = make_at_0001(db_path)
    engine, _clock, _device = open_engine(db_path, key)
    with engine.begin() as conn:  # an index of that name already exists: 0002 cannot create it
        conn.exec_driver_sql("CREATE INDEX ix_person_township_deleted ON household (address)")
    engine.dispose()

    with pytest.raises(sa.exc.OperationalError):
        open_store(db_path)

    engine, _clock, _device = open_engine(db_path, key)
    with engine.connect() as conn:
        assert schema.current_revision(conn) == "0001"
        assert "ix_household_township_no" not in {
            i["name"] for i in sa.inspect(conn).get_indexes("household")
        }
        assert len(read_rows(conn, "household")) == 2
    engine.dispose()
    assert [b.label for b in backup.list_backups(db_path.parent / "backups")] == [schema.BACKUP_LABEL]


def test_a_database_from_a_newer_program_is_refused(db_path: Path) -> None:
    open_store(db_path).close()
    engine, _clock, _device = open_engine(db_path, keys.key_for(db_path))
    with engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999'")
    engine.dispose()
    with pytest.raises(schema.SchemaTooNew):
        open_store(db_path)


def test_a_pre_alembic_database_is_adopted(db_path: Path) -> None:
    """A database made by the provisional create_all schema: stamped, backed up, rows kept."""
    engine, _clock, _device = open_engine(db_path, keys.key_for(db_path))
    SQLModel.metadata.create_all(engine)
    with engine.begin() as conn:
        insert_rows(conn)
    engine.dispose()

    store = open_store(db_path)
    try:
        with store.engine.connect() as conn:
            assert schema.current_revision(conn) == schema.head_revision()
            assert_every_row_intact(conn)
            assert "capture_person_update" in installed_triggers(conn)
    finally:
        store.close()
    assert [b.label for b in backup.list_backups(db_path.parent / "backups")] == [schema.BACKUP_LABEL]


def insert_same_serial_twice(conn: sa.Connection) -> None:
    """Two requests (from two devices) with one serial number: replicated rows must always apply."""
    table = SQLModel.metadata.tables["service_request"]
    first = ServiceRequest(
        township_code="540123101", serial_no="540123101-20250301-dev000-0001", window_id="w", matter_id="m"
    )
    conn.execute(table.insert(), [first.model_dump(), {**first.model_dump(), "id": "same-serial"}])
    assert conn.execute(sa.select(sa.func.count()).select_from(table)).scalar_one() == 2


def test_migrations_match_the_model_on_sqlite(tmp_path: Path) -> None:
    engine = sa.create_engine(f"sqlite:///{tmp_path / 'plain.db'}")
    with engine.begin() as conn:
        schema.upgrade(conn)
        assert schema.schema_differences(conn) == []
    with engine.begin() as conn:
        insert_same_serial_twice(conn)
        conn.execute(sa.text("DELETE FROM service_request"))
    # and every revision goes back down cleanly
    with engine.begin() as conn:
        command.downgrade(schema.alembic_config(conn), "base")
        assert set(sa.inspect(conn).get_table_names()) == {"alembic_version"}
    engine.dispose()


@pytest.mark.postgres
def test_migrations_match_the_model_on_postgresql(fresh_postgres_url: str) -> None:
    engine = sa.create_engine(fresh_postgres_url)
    household = SQLModel.metadata.tables["household"]
    live = Household(township_code="540123101", household_no="5401231010010001", address="茶巴朗村")
    try:
        with engine.begin() as conn:
            schema.upgrade(conn)
        with engine.connect() as conn:
            assert schema.current_revision(conn) == schema.head_revision()
            assert schema.schema_differences(conn) == []
        # 户号 is indexed but not unique in the database: replicated rows must always apply
        with engine.begin() as conn:
            conn.execute(household.insert(), [live.model_dump(), {**live.model_dump(), "id": "dup"}])
            insert_same_serial_twice(conn)
            conn.execute(sa.text("DELETE FROM service_request"))
        with engine.begin() as conn:
            command.downgrade(schema.alembic_config(conn), "base")
        with engine.connect() as conn:
            assert set(sa.inspect(conn).get_table_names()) == {"alembic_version"}
    finally:
        engine.dispose()
