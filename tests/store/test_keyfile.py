"""The key's recovery file: export, lose the keyring, restore with the passphrase, data intact."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlmodel import select

from gov_desktop.core.errors import DomainError
from gov_desktop.core.models import Person
from gov_desktop.store import keyfile, keys
from gov_desktop.store.engine import open_store

PASSPHRASE = "曲水镇admin2025"


@pytest.fixture
def db_with_data(db_path: Path) -> Path:
    store = open_store(db_path)
    with store.session(user="zhuoma") as s:
        s.add(Person(township_code="540123101", name="张晓华", id_number="540123198506120021"))
    store.close()
    return db_path


def store_id(db_path: Path) -> str:
    found = keys.store_id_for(db_path, create=False)
    assert found is not None
    return found


def test_export_lose_the_keyring_restore(db_with_data: Path, tmp_path: Path) -> None:
    file = keyfile.export_key(db_with_data, tmp_path / "usb" / "gov-key.json", PASSPHRASE)
    key = keys.load_key(store_id(db_with_data))
    assert key is not None
    text = file.read_text(encoding="utf-8")
    assert key.hex() not in text and key.hex().upper() not in text
    document = json.loads(text)
    assert document["store_id"] == store_id(db_with_data)
    assert document["kdf"]["name"] == "scrypt" and document["cipher"]["name"] == "aes-256-gcm"
    assert file.stat().st_mode & 0o077 == 0

    keys.delete_key(store_id(db_with_data))
    with pytest.raises(keys.KeyMissing):
        open_store(db_with_data)

    assert keyfile.restore_key(file, PASSPHRASE, db_with_data) == store_id(db_with_data)
    assert keys.load_key(store_id(db_with_data)) == key
    store = open_store(db_with_data)
    try:
        with store.reader() as s:
            person = s.exec(select(Person)).one()
            assert (person.name, person.id_number) == ("张晓华", "540123198506120021")
    finally:
        store.close()


def test_a_wrong_passphrase_is_refused(db_with_data: Path, tmp_path: Path) -> None:
    file = keyfile.export_key(db_with_data, tmp_path / "gov-key.json", PASSPHRASE)
    keys.delete_key(store_id(db_with_data))
    with pytest.raises(DomainError) as caught:
        keyfile.restore_key(file, "曲水镇admin2024", db_with_data)
    assert caught.value.codes == ["key.wrong_passphrase"]
    assert keys.load_key(store_id(db_with_data)) is None


def test_a_damaged_file_is_refused_like_a_wrong_passphrase(db_with_data: Path, tmp_path: Path) -> None:
    file = keyfile.export_key(db_with_data, tmp_path / "gov-key.json", PASSPHRASE)
    document = json.loads(file.read_text(encoding="utf-8"))
    document["store_id"] = "another-store"  # authenticated data: tampering breaks the seal
    file.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(DomainError) as caught:
        keyfile.restore_key(file, PASSPHRASE, db_with_data)
    assert caught.value.codes == ["key.wrong_passphrase"]
    file.write_text("{not json", encoding="utf-8")
    with pytest.raises(DomainError) as caught:
        keyfile.restore_key(file, PASSPHRASE, db_with_data)
    assert caught.value.codes == ["key.wrong_passphrase"]


def test_restore_rewrites_a_lost_id_file(db_with_data: Path, tmp_path: Path) -> None:
    file = keyfile.export_key(db_with_data, tmp_path / "gov-key.json", PASSPHRASE)
    the_id = store_id(db_with_data)
    keys.delete_key(the_id)
    keys.sidecar_path(db_with_data).unlink()
    keyfile.restore_key(file, PASSPHRASE, db_with_data)
    assert store_id(db_with_data) == the_id
    open_store(db_with_data).close()


def test_a_key_file_of_another_store_is_refused(db_with_data: Path, tmp_path: Path) -> None:
    other = tmp_path / "other" / "gov.db"
    open_store(other).close()
    file = keyfile.export_key(other, tmp_path / "other-key.json", PASSPHRASE)
    with pytest.raises(DomainError) as caught:
        keyfile.restore_key(file, PASSPHRASE, db_with_data)
    assert caught.value.codes == ["key.wrong_key"]
    open_store(db_with_data).close()  # untouched: still opens with its own key


def test_export_needs_a_strong_passphrase_and_a_key(db_with_data: Path, tmp_path: Path) -> None:
    with pytest.raises(DomainError) as caught:
        keyfile.export_key(db_with_data, tmp_path / "k.json", "12345678")
    assert caught.value.codes == ["auth.weak_password"]
    keys.delete_key(store_id(db_with_data))
    with pytest.raises(keys.KeyMissing):
        keyfile.export_key(db_with_data, tmp_path / "k.json", PASSPHRASE)
    assert not (tmp_path / "k.json").exists()
