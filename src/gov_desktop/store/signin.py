"""Signing in: a user name and password checked against ``app_user`` (argon2), giving the ``Actor``.

Plain SQL on the store's engine, no ORM: the app signs in and shows its main window before the data model
is loaded (``Store.prepare``), which saves about half a second of every start. ``app_user`` is a local table,
never synced, so its writes need no change capture.
"""

from __future__ import annotations

import contextlib
import functools
import logging
from typing import TYPE_CHECKING

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import text

from ..core.clock import utcnow
from ..core.enums import Role
from ..core.errors import DomainError, FieldError
from .actor import Actor
from .rows import as_bool, sql_time

if TYPE_CHECKING:
    from .engine import Store

logger = logging.getLogger(__name__)

_FIND = text(
    "SELECT id, username, password_hash, active, role, township_code, grid_id, display_name"
    " FROM app_user WHERE lower(username) = :name"
)
_RECORD = text(
    "UPDATE app_user SET last_login_at = :now, password_hash = coalesce(:new_hash, password_hash) WHERE id = :id"
)


def has_users(store: Store) -> bool:
    """Whether this device has any user yet (none: the first-run wizard makes the first admin)."""
    with store.engine.connect() as conn:
        row = conn.execute(text("SELECT 1 FROM app_user LIMIT 1")).first()
        conn.rollback()
    return row is not None


@functools.cache
def hasher() -> PasswordHasher:
    """argon2id with the library's current recommended parameters (the one hasher of user passwords)."""
    return PasswordHasher()


@functools.cache
def dummy_hash() -> str:
    """Verified against when the user does not exist, so an unknown name takes as long as a wrong password."""
    return hasher().hash("gov-desktop-no-such-user")


def authenticate(store: Store, username: str, password: str) -> Actor:
    """The signed-in user as an ``Actor``; ``auth.bad_password`` or ``auth.inactive`` otherwise.

    Names are matched case-insensitively. Records the time of the login, and refreshes the hash when the
    hashing parameters changed, in one short transaction.
    """
    argon = hasher()
    with store.engine.connect() as conn:
        row = conn.execute(_FIND, {"name": username.strip().lower()}).mappings().first()
        conn.rollback()
    if row is None:
        with contextlib.suppress(VerificationError):
            argon.verify(dummy_hash(), password)
        raise DomainError(FieldError("password", "auth.bad_password"))
    try:
        argon.verify(row["password_hash"], password)
    except (VerificationError, InvalidHashError):
        logger.info("failed login for %s", row["username"])
        raise DomainError(FieldError("password", "auth.bad_password")) from None
    if not as_bool(row["active"]):
        raise DomainError(FieldError("username", "auth.inactive"))
    new_hash = argon.hash(password) if argon.check_needs_rehash(row["password_hash"]) else None
    with store.engine.begin() as conn:
        conn.execute(_RECORD, {"now": sql_time(utcnow()), "new_hash": new_hash, "id": row["id"]})
    return Actor(
        username=row["username"],
        role=Role(row["role"]),
        township_code=row["township_code"],
        grid_id=row["grid_id"],
        display_name=row["display_name"],
    )
