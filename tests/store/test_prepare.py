"""A store opened with ``defer_model=True`` (the app's start): signing in works on plain SQL, and the first
session — or ``Store.prepare`` on a worker — brings the model's hooks and triggers before anything is written.
"""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from sqlmodel import select

from gov_desktop.core.errors import DomainError
from gov_desktop.core.models import COUNTY_SCOPE, Household, Person, User
from gov_desktop.store import schema, signin, users
from gov_desktop.store.engine import open_store, pending_count
from gov_desktop.store.tables import OutboxEntry

TC = "542525101"
GOOD = "zhuoma2025"
CHEAP = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)


@pytest.fixture(autouse=True)
def cheap_hashes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(signin, "hasher", lambda: CHEAP)


@pytest.fixture
def db(db_path: Path) -> Path:
    """An up-to-date store with one admin, closed."""
    store = open_store(db_path, key=None)
    users.create_first_admin(store, "zhuoma", GOOD, TC, display_name="卓玛")
    store.close()
    return db_path


def installed_triggers(store) -> set[str]:
    with store.engine.connect() as conn:
        return {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'trigger'")}


def test_a_deferred_store_signs_in_without_preparing_and_its_first_session_prepares(db: Path) -> None:
    store = open_store(db, key=None, defer_model=True)
    try:
        assert not store.prepared
        assert signin.has_users(store)
        actor = signin.authenticate(store, "ZhuoMa", GOOD)
        assert (actor.username, actor.township_code, actor.display_name) == ("zhuoma", TC, "卓玛")
        assert store.get_meta("device_id") == store.device_id
        assert pending_count(store) == 0
        assert not store.prepared  # none of that needed the model
        with store.session("zhuoma") as s:
            s.add(Household(id="h1", township_code=TC, household_no="H1", address="一组"))
            s.add(Person(id="p1", township_code=TC, household_id="h1", name="张小华"))
        assert store.prepared
        with store.reader() as s:
            entries = s.exec(select(OutboxEntry).order_by(OutboxEntry.seq)).all()
            person = s.get(Person, "p1")
            user = s.exec(select(User)).one()
        assert [(e.tbl, e.op, e.user) for e in entries] == [
            ("household", "insert", "zhuoma"),
            ("person", "insert", "zhuoma"),
        ]
        assert (person.name_pinyin, person.name_initials) == ("zhangxiaohua", "zxh")  # the derived-key hook
        assert user.last_login_at is not None  # the sign-in recorded it, without the ORM
        assert pending_count(store) == 2
    finally:
        store.close()


def test_preparing_rebuilds_capture_triggers_the_deferred_open_left_alone(db: Path) -> None:
    store = open_store(db, key=None)
    with store.engine.begin() as conn:
        conn.exec_driver_sql("DROP TRIGGER capture_household_update")
    store.close()

    store = open_store(db, key=None, defer_model=True)
    try:
        assert "capture_household_update" not in installed_triggers(store)  # opening did not look
        with store.session("a") as s:
            s.add(Household(id="h1", township_code=TC, household_no="H1", address="一组"))
        assert "capture_household_update" in installed_triggers(store)
        with store.session("b") as s:
            s.get(Household, "h1").address = "二组"
        with store.reader() as s:
            ops = [e.op for e in s.exec(select(OutboxEntry).order_by(OutboxEntry.seq)).all()]
        assert ops == ["insert", "update"]  # the edit was captured by the rebuilt trigger
    finally:
        store.close()


def test_a_new_or_outdated_database_is_migrated_at_open_even_when_the_model_is_deferred(
    db_path: Path,
) -> None:
    store = open_store(db_path, key=None, defer_model=True)
    try:
        assert schema.is_current(store)
        assert not signin.has_users(store)
        users.create_first_admin(store, "admin", GOOD, COUNTY_SCOPE)
        assert signin.authenticate(store, "admin", GOOD).is_county
    finally:
        store.close()


def test_concurrent_first_sessions_prepare_once(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    original = schema.refresh_triggers

    def counted(store) -> None:
        calls.append(1)
        original(store)

    monkeypatch.setattr(schema, "refresh_triggers", counted)
    store = open_store(db, key=None, defer_model=True)
    errors: list[BaseException] = []

    def write(n: int) -> None:
        try:
            with store.session(f"u{n}") as s:
                s.add(Household(id=f"h{n}", township_code=TC, household_no=f"H{n}", address="一组"))
        except BaseException as exc:  # pragma: no cover - reported by the assertion below
            errors.append(exc)

    try:
        threads = [threading.Thread(target=write, args=(n,)) for n in range(6)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert errors == []
        assert calls == [1]
        assert pending_count(store) == 6
    finally:
        store.close()


def test_sign_in_refreshes_an_outdated_hash_and_keeps_wrong_passwords_out(
    db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stronger = PasswordHasher(time_cost=2, memory_cost=2048, parallelism=1)
    monkeypatch.setattr(signin, "hasher", lambda: stronger)
    store = open_store(db, key=None, defer_model=True)
    try:
        with pytest.raises(DomainError) as refused:
            signin.authenticate(store, "zhuoma", "wrong2025")
        assert [e.code for e in refused.value.errors] == ["auth.bad_password"]
        with pytest.raises(DomainError):
            signin.authenticate(store, "nobody", GOOD)
        signin.authenticate(store, "zhuoma", GOOD)
        with store.engine.connect() as conn:
            stored = conn.exec_driver_sql("SELECT password_hash FROM app_user").scalar_one()
        assert "m=2048,t=2" in stored  # rehashed with the current parameters
        assert signin.authenticate(store, "zhuoma", GOOD).username == "zhuoma"
        with store.reader() as s:  # and the ORM reads the same row
            assert list(s.exec(select(User.username)).all()) == ["zhuoma"]
    finally:
        store.close()
