"""The database is encrypted at rest: no name or ID number in its bytes; it opens only with its key."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlmodel import select

from gov_desktop.core.models import Person
from gov_desktop.store import keys
from gov_desktop.store.engine import Store, WrongKey, open_store

NAME = "张晓华"
TIBETAN = "བཀྲ་ཤིས་ཚེ་རིང་།"
ID_NUMBER = "540123198506120021"
PHONE = "13908901234"


def add_person(store: Store) -> None:
    with store.session(user="zhuoma") as s:
        s.add(Person(township_code="540123101", name=NAME, name_bo=TIBETAN, id_number=ID_NUMBER, phone=PHONE))


def secrets_in(path: Path) -> list[str]:
    """Which of the test values can be read in the file's plain bytes."""
    if not path.exists():
        return []
    data = path.read_bytes()
    values = (NAME, TIBETAN, ID_NUMBER, PHONE, "zhangxiaohua")
    return [v for v in values if v.encode("utf-8") in data or v.encode("utf-16-le") in data]


def checkpoint(store: Store) -> None:
    with store.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")


def test_plain_store_shows_what_the_check_looks_for(tmp_path: Path) -> None:
    """Control: without encryption the same check finds the values, so it would catch a leak."""
    store = open_store(tmp_path / "plain.db", key=None)
    add_person(store)
    checkpoint(store)
    store.close()
    assert NAME in secrets_in(tmp_path / "plain.db")
    assert ID_NUMBER in secrets_in(tmp_path / "plain.db")


def test_file_and_wal_reveal_no_name_nor_id_number(db_path: Path) -> None:
    store = open_store(db_path)
    try:
        add_person(store)
        wal = db_path.with_name(db_path.name + "-wal")
        assert wal.exists() and wal.stat().st_size > 0  # the row is in the WAL now
        assert secrets_in(wal) == []
        assert secrets_in(db_path) == []
        checkpoint(store)
        assert secrets_in(db_path) == []
        assert secrets_in(wal) == []
    finally:
        store.close()
    assert secrets_in(db_path) == []
    assert not db_path.read_bytes().startswith(b"SQLite format 3")


def test_the_key_is_not_stored_beside_the_database(db_path: Path) -> None:
    store = open_store(db_path)
    key = store.key
    store.close()
    assert key is not None
    for path in db_path.parent.iterdir():
        data = path.read_bytes()
        assert key not in data and key.hex().encode() not in data, path


def test_opens_with_the_keyring_key(db_path: Path) -> None:
    store = open_store(db_path)
    add_person(store)
    store.close()

    store = open_store(db_path)
    try:
        assert store.encrypted
        with store.reader() as s:
            person = s.exec(select(Person)).one()
            assert (person.name, person.id_number, person.name_bo) == (NAME, ID_NUMBER, TIBETAN)
    finally:
        store.close()


def test_a_wrong_key_is_refused(db_path: Path) -> None:
    store = open_store(db_path)
    add_person(store)
    store.close()
    with pytest.raises(WrongKey):
        open_store(db_path, key=keys.new_key())
    with pytest.raises(WrongKey):
        open_store(db_path, key=None)  # read as a plain SQLite file


def test_no_key_in_the_keyring_is_refused(db_path: Path) -> None:
    store = open_store(db_path)
    store.close()
    store_id = keys.store_id_for(db_path, create=False)
    assert store_id is not None
    keys.delete_key(store_id)
    with pytest.raises(keys.KeyMissing) as caught:
        open_store(db_path)
    assert caught.value.codes == ["key.missing"]


def test_a_missing_id_file_is_refused(db_path: Path) -> None:
    store = open_store(db_path)
    store.close()
    keys.sidecar_path(db_path).unlink()
    with pytest.raises(keys.KeyMissing):
        open_store(db_path)
