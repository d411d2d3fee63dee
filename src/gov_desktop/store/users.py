"""Local users of this device (table ``app_user``, never synced): argon2 password hashes, roles, scope.

Who may do what: creating users, resetting others' passwords and deactivating users need the permission
``users.admin``; a township admin manages only users of their own township and never county admins. Anyone
may change their own password. The very first user of a device is made with ``create_first_admin``.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import func
from sqlmodel import Session, col, select

from ..core.enums import Role
from ..core.errors import DomainError, FieldError, PermissionDenied, ValidationFailed
from ..core.models import COUNTY_SCOPE, User
from . import signin
from .actor import Actor
from .signin import authenticate as authenticate  # re-exported: the users API in one place
from .signin import has_users as has_users

if TYPE_CHECKING:
    from .engine import Store

logger = logging.getLogger(__name__)

MIN_PASSWORD_LENGTH = 8
MAX_PASSWORD_LENGTH = 128
USERNAME_MAX = 40
DISPLAY_NAME_MAX = 40
_TOWNSHIP_CODE = re.compile(r"^\d{9}$")
_LETTER = re.compile(r"[^\W\d_]")
_DIGIT = re.compile(r"\d")


@dataclass(frozen=True)
class UserInfo:
    """A user as lists show it (no password hash)."""

    id: str
    username: str
    display_name: str
    role: Role
    township_code: str
    grid_id: str | None
    active: bool
    created_at: datetime
    last_login_at: datetime | None

    @classmethod
    def of(cls, user: User) -> UserInfo:
        return cls(
            id=user.id,
            username=user.username,
            display_name=user.display_name,
            role=Role(user.role),
            township_code=user.township_code,
            grid_id=user.grid_id,
            active=user.active,
            created_at=user.created_at,
            last_login_at=user.last_login_at,
        )


def check_password_strength(password: str, *, field: str = "password") -> None:
    """At least 8 characters with both letters and digits (``auth.weak_password``)."""
    if (
        len(password) < MIN_PASSWORD_LENGTH
        or len(password) > MAX_PASSWORD_LENGTH
        or not _LETTER.search(password)
        or not _DIGIT.search(password)
    ):
        raise ValidationFailed(FieldError(field, "auth.weak_password"))


def _find(session: Session, username: str) -> User | None:
    name = username.strip().lower()
    return session.exec(select(User).where(func.lower(User.username) == name)).first()


def _require_user(session: Session, username: str) -> User:
    user = _find(session, username)
    if user is None:
        raise DomainError(FieldError("username", "not_found", {"label": "用户", "value": username}))
    return user


def _check_new_user(username: str, role: str | Role, township_code: str, display_name: str) -> Role:
    errors: list[FieldError] = []
    if not username:
        errors.append(FieldError("username", "required"))
    elif len(username) > USERNAME_MAX:
        errors.append(FieldError("username", "too_long", {"max": USERNAME_MAX}))
    elif any(c.isspace() or not c.isprintable() for c in username):
        errors.append(FieldError("username", "invalid_choice", {"value": username}))
    if len(display_name) > DISPLAY_NAME_MAX:
        errors.append(FieldError("display_name", "too_long", {"max": DISPLAY_NAME_MAX}))
    try:
        parsed = Role(str(role))
    except ValueError:
        errors.append(FieldError("role", "invalid_choice", {"value": role}))
        parsed = Role.VIEWER
    if not township_code:
        errors.append(FieldError("township_code", "required"))
    elif township_code != COUNTY_SCOPE and not _TOWNSHIP_CODE.match(township_code):
        errors.append(FieldError("township_code", "code.format", {"length": 9}))
    elif parsed is Role.COUNTY_ADMIN and township_code != COUNTY_SCOPE:
        errors.append(FieldError("township_code", "invalid_choice", {"value": township_code}))
    if errors:
        raise ValidationFailed(errors)
    return parsed


def _add_user(
    session: Session,
    username: str,
    password: str,
    role: Role,
    township_code: str,
    grid_id: str | None,
    display_name: str,
) -> User:
    if _find(session, username) is not None:
        raise ValidationFailed(FieldError("username", "auth.username_taken", {"value": username}))
    check_password_strength(password)
    user = User(
        username=username,
        display_name=display_name,
        role=role.value,
        password_hash=signin.hasher().hash(password),
        township_code=township_code,
        grid_id=grid_id or None,
    )
    session.add(user)
    session.flush()
    return user


def create_first_admin(
    store: Store, username: str, password: str, township_code: str, *, display_name: str = ""
) -> UserInfo:
    """The device's first user: a township admin, or a county admin when ``township_code`` is "county".

    Refused (``auth.first_admin_exists``) once any user exists.
    """
    username, township_code, display_name = username.strip(), township_code.strip(), display_name.strip()
    role = Role.COUNTY_ADMIN if township_code == COUNTY_SCOPE else Role.TOWNSHIP_ADMIN
    role = _check_new_user(username, role, township_code, display_name)
    with store.session(user=username) as s:
        if s.exec(select(User.id).limit(1)).first() is not None:
            raise PermissionDenied(FieldError("", "auth.first_admin_exists"))
        user = _add_user(s, username, password, role, township_code, None, display_name)
        info = UserInfo.of(user)
    logger.info("first admin %s (%s) created", info.username, info.role.value)
    return info


def create_user(
    store: Store,
    actor: Actor,
    username: str,
    password: str,
    role: str | Role,
    township_code: str,
    grid_id: str | None = None,
    display_name: str = "",
) -> UserInfo:
    """A new local user, made by an admin (``users.admin``) within the admin's scope."""
    actor.require("users.admin")
    username, township_code, display_name = username.strip(), township_code.strip(), display_name.strip()
    parsed = _check_new_user(username, role, township_code, display_name)
    if parsed is Role.COUNTY_ADMIN and not actor.is_county:
        raise PermissionDenied(FieldError("role", "permission.county_only"))
    actor.require_township(township_code)
    with store.session(user=actor.username) as s:
        info = UserInfo.of(_add_user(s, username, password, parsed, township_code, grid_id, display_name))
    logger.info(
        "user %s (%s, %s) created by %s", info.username, info.role.value, township_code, actor.username
    )
    return info


def list_users(store: Store, *, include_inactive: bool = True) -> list[UserInfo]:
    with store.reader() as s:
        query = select(User).order_by(User.username)
        if not include_inactive:
            query = query.where(col(User.active).is_(True))
        return [UserInfo.of(u) for u in s.exec(query).all()]


def _require_manage(actor: Actor, user: User) -> None:
    """An admin may manage users in their scope; a township admin never manages county admins."""
    actor.require("users.admin")
    if user.role == Role.COUNTY_ADMIN.value and not actor.is_county:
        raise PermissionDenied(FieldError("role", "permission.county_only"))
    actor.require_township(user.township_code)


def set_password(store: Store, actor: Actor, username: str, new_password: str) -> None:
    """Change a password: one's own, or (with ``users.admin``) that of a user in one's scope."""
    check_password_strength(new_password)
    with store.session(user=actor.username) as s:
        user = _require_user(s, username)
        if user.username != actor.username:
            _require_manage(actor, user)
        user.password_hash = signin.hasher().hash(new_password)
    logger.info("password of %s set by %s", username, actor.username)


def deactivate_user(store: Store, actor: Actor, username: str) -> None:
    """Stop a user from signing in (the row stays: changes remain attributed to it)."""
    with store.session(user=actor.username) as s:
        user = _require_user(s, username)
        _require_manage(actor, user)
        user.active = False
    logger.info("user %s deactivated by %s", username, actor.username)
