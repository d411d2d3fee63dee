"""Devices: one-time enrolment codes, enrolment, token authentication, revocation.

The county admin makes a code (``create_enrollment_code``) for a township (or the county); the device
exchanges it once for a device id and a token (``enroll``). The server keeps only SHA-256 hashes of codes and
tokens; the token's hash is also the key that signs the device's USB bundles (``sync.bundle``).
"""

from __future__ import annotations

import hashlib
import logging
import re
import secrets
from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlmodel import col

from ..core.clock import as_utc, utcnow
from ..core.errors import DomainError, FieldError, NotFound, ValidationFailed
from ..core.hlc import HybridClock
from ..core.models import COUNTY_SCOPE
from ..sync.bundle import token_hash
from ..sync.protocol import EnrollRequest, EnrollResponse
from .db import begin_write
from .tables import Device, EnrollmentCode

logger = logging.getLogger(__name__)

#: no I, L, O, 0, 1: a code read over the phone or copied from paper cannot be mistaken
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 8
DEFAULT_TTL_HOURS = 72


class AuthFailed(DomainError):
    """The request's device token is missing, unknown or revoked (HTTP 401)."""


class Conflict(DomainError):
    """The request collides with what exists (HTTP 409)."""


def normalize_code(code: str) -> str:
    return re.sub(r"[\s\-]", "", code).upper()


def code_hash(code: str) -> str:
    return hashlib.sha256(normalize_code(code).encode("utf-8")).hexdigest()


def _new_code() -> str:
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
    return f"{raw[:4]}-{raw[4:]}"


def create_enrollment_code(
    session: Session, township_code: str, is_county: bool = False, ttl_hours: float = DEFAULT_TTL_HOURS
) -> str:
    """Make and store (hashed) a one-time code for a device of ``township_code`` (or of the county).

    A county device with no township gets the scope ``county``. Returns the code as ``ABCD-EFGH``; commits.
    """
    township_code = township_code.strip()
    if is_county:
        township_code = township_code or COUNTY_SCOPE
    elif not re.fullmatch(r"\d{9}", township_code):
        raise ValidationFailed(FieldError("township_code", "enroll.township", {"value": township_code}))
    code = _new_code()
    now = utcnow()
    begin_write(session)
    session.add(
        EnrollmentCode(
            code_hash=code_hash(code),
            township_code=township_code,
            is_county=is_county,
            created_at=now,
            expires_at=now + timedelta(hours=ttl_hours),
        )
    )
    session.commit()
    logger.info("enrolment code made for %s (county: %s), valid %s h", township_code, is_county, ttl_hours)
    return code


def enroll(session: Session, request: EnrollRequest, *, clock: HybridClock) -> EnrollResponse:
    """Exchange a one-time code for a token. Unknown, used or expired codes and taken device ids are refused.

    Commits; the code is marked used in the same transaction that enrols the device.
    """
    begin_write(session)
    try:
        entry = session.get(EnrollmentCode, code_hash(request.code), with_for_update=True)
        if entry is None:
            raise ValidationFailed(FieldError("code", "enroll.code_invalid"))
        if entry.used_at is not None:
            raise ValidationFailed(FieldError("code", "enroll.code_used"))
        if as_utc(entry.expires_at) <= utcnow():
            raise ValidationFailed(FieldError("code", "enroll.code_expired"))
        if session.get(Device, request.device_id) is not None:
            raise Conflict(FieldError("device_id", "enroll.device_exists", {"device_id": request.device_id}))
        token = secrets.token_urlsafe(32)
        now = utcnow()
        session.add(
            Device(
                device_id=request.device_id,
                name=request.name,
                township_code=entry.township_code,
                is_county=entry.is_county,
                token_hash=token_hash(token),
                enrolled_at=now,
            )
        )
        entry.used_at = now
        entry.used_by_device = request.device_id
        response = EnrollResponse(
            device_id=request.device_id,
            token=token,
            township_code=entry.township_code,
            is_county=entry.is_county,
            server_hlc=clock.now(),
        )
        session.commit()
    except BaseException:
        session.rollback()
        raise
    logger.info("device %s enrolled for %s", request.device_id, entry.township_code)
    return response


def authenticate(session: Session, token: str) -> Device:
    """The device a bearer token belongs to (detached, loaded). Leaves no transaction open."""
    try:
        device = session.execute(
            select(Device).where(col(Device.token_hash) == token_hash(token))
        ).scalar_one_or_none()
        if device is not None:
            session.expunge(device)
    finally:
        session.rollback()
    if device is None:
        raise AuthFailed(FieldError("", "auth.token"))
    if device.revoked_at is not None:
        raise AuthFailed(FieldError("", "auth.revoked"))
    return device


def get_device(session: Session, device_id: str) -> Device:
    device = session.get(Device, device_id)
    if device is None:
        raise NotFound(FieldError("device_id", "device.not_found", {"device_id": device_id}))
    return device


def revoke(session: Session, device_id: str) -> Device:
    """Cut a device off: its token stops working at once. Commits; revoking twice keeps the first time."""
    begin_write(session)
    try:
        device = get_device(session, device_id)
        if device.revoked_at is None:
            device.revoked_at = utcnow()
        session.commit()
    except BaseException:
        session.rollback()
        raise
    logger.info("device %s revoked", device_id)
    return device


def list_devices(session: Session) -> list[Device]:
    """Every enrolled device (detached, loaded), by township."""
    devices = list(
        session.execute(select(Device).order_by(col(Device.township_code), col(Device.device_id))).scalars()
    )
    session.expunge_all()
    session.rollback()
    return devices
