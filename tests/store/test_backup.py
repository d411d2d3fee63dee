"""Backups with the online backup API, daily rotation, and restoring a backup over the database."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func
from sqlmodel import select

from gov_desktop.core.errors import DomainError
from gov_desktop.core.models import Person
from gov_desktop.store import backup, schema
from gov_desktop.store.engine import Store, make_engine, open_store
from gov_desktop.store.tables import OutboxEntry


def add_person(store: Store, name: str) -> None:
    with store.session(user="zhuoma") as s:
        s.add(Person(township_code="540123101", name=name))


def names(store: Store) -> set[str]:
    with store.reader() as s:
        return set(s.exec(select(Person.name)).all())


def counts(path: Path, key: bytes | None) -> tuple[int, int]:
    """(persons, outbox rows) in a backup file, after checking its integrity."""
    engine = make_engine(path, key)
    try:
        with engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "delete"
            persons = int(conn.exec_driver_sql("SELECT count(*) FROM person").scalar_one())
            outbox = int(conn.exec_driver_sql("SELECT count(*) FROM outbox").scalar_one())
            return persons, outbox
    finally:
        engine.dispose()


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    opened = open_store(db_path)
    yield opened
    opened.close()


def test_backup_is_a_complete_encrypted_file(store: Store, tmp_path: Path) -> None:
    add_person(store, "张晓华")
    made = backup.backup_now(store, tmp_path / "bk")
    assert made.parent == tmp_path / "bk"
    assert sorted(p.name for p in made.parent.iterdir()) == [made.name]  # no -wal, no .part left behind
    assert "张晓华".encode() not in made.read_bytes()
    assert counts(made, store.key) == (1, 1)
    (listed,) = backup.list_backups(tmp_path / "bk")
    assert (listed.path, listed.stem, listed.label) == (made, "gov", "")


def test_backup_while_another_connection_writes(store: Store, tmp_path: Path) -> None:
    stop = threading.Event()
    written: list[int] = []
    failures: list[BaseException] = []

    def writer() -> None:
        try:
            i = 0
            while not stop.is_set() or i < 20:
                add_person(store, f"居民{i}")
                i += 1
                written.append(i)
        except BaseException as exc:  # surfaced below
            failures.append(exc)

    thread = threading.Thread(target=writer)
    thread.start()
    made: list[Path] = []
    try:
        while len(written) < 5:
            stop.wait(0.01)
        for _ in range(3):
            made.append(backup.backup_now(store, tmp_path / "bk"))
    finally:
        stop.set()
        thread.join(timeout=60)
    assert not failures
    total = len(written)
    seen = []
    for path in made:
        persons, outbox = counts(path, store.key)
        assert persons == outbox  # each insert and its outbox row: a consistent snapshot, never half a write
        assert 0 < persons <= total
        seen.append(persons)
    assert seen == sorted(seen)
    assert len(backup.list_backups(tmp_path / "bk")) == 3


def test_restore_gives_back_the_rows_and_keeps_the_replaced_database(store: Store, db_path: Path) -> None:
    add_person(store, "张晓华")
    made = backup.backup_now(store, db_path.parent / "backups")
    add_person(store, "扎西次仁")
    key = store.key
    store.close()

    kept = backup.restore(made, db_path)
    assert kept == db_path.with_name("gov.db.before-restore")
    assert not db_path.with_name("gov.db-wal").exists() or db_path.with_name("gov.db-wal").stat().st_size == 0

    restored = open_store(db_path)
    try:
        assert names(restored) == {"张晓华"}
        add_person(restored, "卓玛")  # the restored store works normally (triggers, outbox)
        with restored.reader() as s:
            assert s.scalar(select(func.count()).select_from(OutboxEntry)) == 2
    finally:
        restored.close()
    # the replaced database, with its last change, is still there
    before = open_store(kept, key=key)
    try:
        assert names(before) == {"张晓华", "扎西次仁"}
    finally:
        before.close()


def test_restore_into_a_lost_database_with_the_key_in_the_keyring(store: Store, db_path: Path) -> None:
    add_person(store, "张晓华")
    made = backup.backup_now(store, db_path.parent / "backups")
    store.close()
    for suffix in ("", "-wal", "-shm"):
        db_path.with_name(db_path.name + suffix).unlink(missing_ok=True)
    assert backup.restore(made, db_path) is None
    restored = open_store(db_path)
    try:
        assert names(restored) == {"张晓华"}
    finally:
        restored.close()


def test_restore_refuses_a_backup_of_another_store(store: Store, db_path: Path, tmp_path: Path) -> None:
    add_person(store, "张晓华")
    store.close()
    other = open_store(tmp_path / "other" / "gov.db")  # its own key
    made = backup.backup_now(other, tmp_path / "other-backups")
    other.close()
    before = db_path.read_bytes()
    with pytest.raises(DomainError) as caught:
        backup.restore(made, db_path)
    assert caught.value.codes == ["key.wrong_key"]
    assert db_path.read_bytes() == before
    assert not db_path.with_name("gov.db.before-restore").exists()
    assert sorted(p.name for p in db_path.parent.iterdir() if "restoring" in p.name) == []


def test_restore_of_a_missing_or_damaged_backup(store: Store, db_path: Path, tmp_path: Path) -> None:
    store.close()
    with pytest.raises(DomainError) as caught:
        backup.restore(tmp_path / "nope.db", db_path)
    assert caught.value.codes == ["backup.not_found"]
    damaged = tmp_path / "gov-20250101-000000-000.db"
    damaged.write_bytes(b"\0" * 8192)
    with pytest.raises(DomainError) as caught:
        backup.restore(damaged, db_path)
    assert caught.value.codes == ["key.wrong_key"]


def test_pruning_keeps_the_newest_n_and_every_labelled_backup(store: Store, tmp_path: Path) -> None:
    dest = tmp_path / "bk"
    labelled = backup.backup_now(store, dest, label=schema.BACKUP_LABEL)
    made = [backup.backup_now(store, dest) for _ in range(5)]
    (dest / "notes.txt").write_text("not a backup")
    removed = backup.prune_backups(dest, 2)
    assert sorted(removed) == sorted(made[:3])
    left = backup.list_backups(dest)
    assert [b.path for b in left] == [made[4], made[3], labelled]
    assert (dest / "notes.txt").exists()
    with pytest.raises(ValueError):
        backup.prune_backups(dest, 0)


def test_daily_backup_at_most_once_a_day(store: Store, tmp_path: Path) -> None:
    dest = tmp_path / "bk"
    first = backup.backup_daily(store, dest, keep=2)
    assert first is not None
    assert backup.backup_daily(store, dest, keep=2) is None
    tomorrow = date.today() + timedelta(days=1)
    # a backup "made" tomorrow: rename today's file as if it had been taken then
    fake = dest / first.name.replace(date.today().strftime("%Y%m%d"), tomorrow.strftime("%Y%m%d"))
    first.rename(fake)
    assert backup.backup_daily(store, dest, keep=2, today=tomorrow) is None
    assert backup.backup_daily(store, dest, keep=1, today=tomorrow + timedelta(days=1)) is not None
    assert len(backup.list_backups(dest)) == 1


def test_plain_store_backup_and_restore(tmp_path: Path) -> None:
    plain = open_store(tmp_path / "plain.db", key=None)
    add_person(plain, "张晓华")
    made = backup.backup_now(plain, tmp_path / "bk")
    plain.close()
    assert made.read_bytes().startswith(b"SQLite format 3")
    assert backup.is_plain_sqlite(made)
    backup.restore(made, tmp_path / "plain.db", key=None)
    reopened = open_store(tmp_path / "plain.db", key=None)
    try:
        assert names(reopened) == {"张晓华"}
    finally:
        reopened.close()
