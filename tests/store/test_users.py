"""Local users: argon2 hashes, the first admin, who may manage whom, sign-in."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from sqlalchemy import func
from sqlmodel import select

from gov_desktop.core.enums import Role
from gov_desktop.core.errors import DomainError, PermissionDenied, ValidationFailed
from gov_desktop.core.models import User
from gov_desktop.store import signin, users
from gov_desktop.store.actor import SYSTEM, Actor
from gov_desktop.store.engine import Store, open_store
from gov_desktop.store.tables import OutboxEntry

TOWNSHIP = "540123101"
OTHER_TOWNSHIP = "540123102"
GOOD = "zhuoma2025"


@pytest.fixture(autouse=True)
def cheap_hashes(monkeypatch: pytest.MonkeyPatch) -> None:
    """argon2 with its real parameters takes ~0.25 s a hash here; the rules under test do not need that."""
    cheap = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    monkeypatch.setattr(signin, "hasher", lambda: cheap)


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    opened = open_store(db_path)
    yield opened
    opened.close()


@pytest.fixture
def admin(store: Store) -> Actor:
    users.create_first_admin(store, "zhuoma", GOOD, TOWNSHIP, display_name="卓玛")
    return users.authenticate(store, "zhuoma", GOOD)


def stored_user(store: Store, username: str) -> User:
    with store.reader() as s:
        return s.exec(select(User).where(User.username == username)).one()


def test_first_admin_then_no_more_first_admins(store: Store) -> None:
    assert not users.has_users(store)
    info = users.create_first_admin(store, " zhuoma ", GOOD, TOWNSHIP, display_name="卓玛")
    assert (info.username, info.role, info.township_code, info.display_name) == (
        "zhuoma",
        Role.TOWNSHIP_ADMIN,
        TOWNSHIP,
        "卓玛",
    )
    hashed = stored_user(store, "zhuoma").password_hash
    assert hashed.startswith("$argon2id$") and GOOD not in hashed
    with pytest.raises(PermissionDenied) as caught:
        users.create_first_admin(store, "gesang", GOOD, TOWNSHIP)
    assert caught.value.codes == ["auth.first_admin_exists"]


def test_first_admin_of_the_county(store: Store) -> None:
    info = users.create_first_admin(store, "county", GOOD, "county")
    assert info.role is Role.COUNTY_ADMIN
    actor = users.authenticate(store, "county", GOOD)
    assert actor.is_county and actor.can("reference.write")


def test_authenticate(store: Store, admin: Actor) -> None:
    assert (admin.username, admin.role, admin.township_code, admin.display_name) == (
        "zhuoma",
        Role.TOWNSHIP_ADMIN,
        TOWNSHIP,
        "卓玛",
    )
    assert stored_user(store, "zhuoma").last_login_at is not None
    assert users.authenticate(store, "ZhuoMa", GOOD).username == "zhuoma"  # names are case-insensitive
    for username, password in (("zhuoma", "zhuoma2024"), ("nobody", GOOD), ("zhuoma", "")):
        with pytest.raises(DomainError) as caught:
            users.authenticate(store, username, password)
        assert caught.value.codes == ["auth.bad_password"]


def test_deactivated_users_cannot_sign_in(store: Store, admin: Actor) -> None:
    users.create_user(store, admin, "gesang", "gesang2025", Role.GRID_LIAISON, TOWNSHIP, grid_id="g-1")
    users.deactivate_user(store, admin, "gesang")
    with pytest.raises(DomainError) as caught:
        users.authenticate(store, "gesang", "gesang2025")
    assert caught.value.codes == ["auth.inactive"]
    with pytest.raises(DomainError) as caught:  # the wrong password says nothing about the account
        users.authenticate(store, "gesang", "wrong2025")
    assert caught.value.codes == ["auth.bad_password"]
    assert [u.active for u in users.list_users(store)] == [False, True]
    assert [u.username for u in users.list_users(store, include_inactive=False)] == ["zhuoma"]


def test_create_user_needs_users_admin_and_stays_in_scope(store: Store, admin: Actor) -> None:
    staff_info = users.create_user(
        store, admin, "ciren", "ciren2025", "hall_staff", TOWNSHIP, display_name="次仁"
    )
    assert staff_info.role is Role.HALL_STAFF
    staff = users.authenticate(store, "ciren", "ciren2025")
    with pytest.raises(PermissionDenied) as caught:
        users.create_user(store, staff, "dawa", "dawa2025", Role.HALL_STAFF, TOWNSHIP)
    assert caught.value.codes == ["permission.role"]
    with pytest.raises(PermissionDenied) as caught:
        users.create_user(store, admin, "dawa", "dawa2025", Role.HALL_STAFF, OTHER_TOWNSHIP)
    assert caught.value.codes == ["permission.scope"]
    with pytest.raises(PermissionDenied) as caught:
        users.create_user(store, admin, "dawa", "dawa2025", Role.COUNTY_ADMIN, "county")
    assert caught.value.codes == ["permission.county_only"]
    # the county (and the command line's system actor) may create users anywhere
    users.create_user(store, SYSTEM, "dawa", "dawa2025", Role.VIEWER, OTHER_TOWNSHIP)
    users.create_user(store, SYSTEM, "county2", "county2025", Role.COUNTY_ADMIN, "county")
    assert [u.username for u in users.list_users(store)] == ["ciren", "county2", "dawa", "zhuoma"]


@pytest.mark.parametrize("password", ["short1", "onlyletters", "1234567890", "", "a1" * 100])
def test_weak_passwords_are_refused(store: Store, admin: Actor, password: str) -> None:
    with pytest.raises(ValidationFailed) as caught:
        users.create_user(store, admin, "dawa", password, Role.HALL_STAFF, TOWNSHIP)
    assert caught.value.codes == ["auth.weak_password"]
    assert "密码至少8位" in str(caught.value)


def test_chinese_letters_count_as_letters(store: Store, admin: Actor) -> None:
    users.create_user(store, admin, "达瓦", "达瓦次仁12345", Role.HALL_STAFF, TOWNSHIP)
    assert users.authenticate(store, "达瓦", "达瓦次仁12345").username == "达瓦"


def test_bad_input_is_reported_per_field(store: Store, admin: Actor) -> None:
    with pytest.raises(ValidationFailed) as caught:
        users.create_user(store, admin, "ZHUOMA", GOOD, Role.HALL_STAFF, TOWNSHIP)
    assert caught.value.codes == ["auth.username_taken"]
    with pytest.raises(ValidationFailed) as caught:
        users.create_user(store, admin, "", GOOD, "chief", "54012")
    assert sorted(caught.value.codes) == ["code.format", "invalid_choice", "required"]
    with pytest.raises(ValidationFailed) as caught:
        users.create_user(store, admin, "a b", GOOD, Role.HALL_STAFF, TOWNSHIP)
    assert caught.value.codes == ["invalid_choice"]


def test_set_password(store: Store, admin: Actor) -> None:
    users.create_user(store, admin, "ciren", "ciren2025", Role.HALL_STAFF, TOWNSHIP)
    users.create_user(store, admin, "dawa", "dawa2025", Role.HALL_STAFF, TOWNSHIP)
    ciren = users.authenticate(store, "ciren", "ciren2025")
    users.set_password(store, ciren, "ciren", "ciren2026")  # one's own
    assert users.authenticate(store, "ciren", "ciren2026").username == "ciren"
    with pytest.raises(PermissionDenied):
        users.set_password(store, ciren, "dawa", "dawa2026")  # someone else's, without users.admin
    users.set_password(store, admin, "dawa", "dawa2026")
    assert users.authenticate(store, "dawa", "dawa2026").username == "dawa"
    with pytest.raises(ValidationFailed):
        users.set_password(store, admin, "dawa", "weak")
    with pytest.raises(DomainError) as caught:
        users.set_password(store, admin, "nobody", "nobody2026")
    assert caught.value.codes == ["not_found"]


def test_a_township_admin_does_not_manage_county_admins(store: Store, admin: Actor) -> None:
    users.create_user(store, SYSTEM, "county", "county2025", Role.COUNTY_ADMIN, "county")
    with pytest.raises(PermissionDenied):
        users.set_password(store, admin, "county", "taken2025")
    with pytest.raises(PermissionDenied):
        users.deactivate_user(store, admin, "county")
    assert users.authenticate(store, "county", "county2025").is_county


def test_outdated_hashes_are_refreshed_at_sign_in(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    users.create_first_admin(store, "zhuoma", GOOD, TOWNSHIP)  # hashed with the cheap parameters
    old = stored_user(store, "zhuoma").password_hash
    assert "m=1024" in old
    monkeypatch.undo()  # back to the real hasher
    users.authenticate(store, "zhuoma", GOOD)
    new = stored_user(store, "zhuoma").password_hash
    assert new != old and "m=65536" in new
    assert users.authenticate(store, "zhuoma", GOOD).username == "zhuoma"


def test_users_are_never_captured_for_sync(store: Store, admin: Actor) -> None:
    users.create_user(store, admin, "ciren", "ciren2025", Role.HALL_STAFF, TOWNSHIP)
    users.set_password(store, admin, "ciren", "ciren2026")
    users.deactivate_user(store, admin, "ciren")
    with store.reader() as s:
        assert s.scalar(select(func.count()).select_from(OutboxEntry)) == 0
