"""USB bundle import on the county server: the device's request bundle in, a signed reply bundle out.

The batches inside go through ``service.process_push`` exactly like online pushes (same scope checks, same
merge, same idempotency on batch ids: importing a bundle twice changes nothing), and the reply carries the
pull pages (or a snapshot) the device is missing.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from ..core.errors import DomainError, FieldError
from ..core.hlc import HybridClock
from ..sync.bundle import KIND_REPLY, KIND_REQUEST, peek_device, read_bundle, write_bundle
from ..sync.protocol import MAX_PULL_LIMIT, PullPage, PushRequest, PushResponse, Snapshot
from . import service
from .db import Database
from .devices import AuthFailed, get_device
from .tables import Device

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class ImportResult:
    device_id: str
    responses: list[PushResponse]
    pages: list[PullPage]
    snapshot: Snapshot | None
    reply_path: Path

    @property
    def applied(self) -> int:
        return sum(r.applied for r in self.responses if not r.replayed)

    @property
    def rejected(self) -> int:
        return sum(1 for r in self.responses if not r.replayed for c in r.results if c.s == "rejected")


def default_reply_path(path: Path) -> Path:
    return path.with_name(path.name + ".reply")


def _load_device(db: Database, device_id: str) -> Device:
    with db.session() as session:
        device = get_device(session, device_id)
        session.expunge(device)
        session.rollback()
    if device.revoked_at is not None:
        raise AuthFailed(FieldError("", "auth.revoked"))
    return device


def _payload(payload: dict[str, Any]) -> tuple[list[PushRequest], int]:
    try:
        batches = [PushRequest.model_validate(b) for b in payload.get("batches") or []]
    except ValidationError as exc:
        raise DomainError(FieldError("", "bundle.payload", {"reason": "batches"})) from exc
    cursor = payload.get("cursor", 0)
    if isinstance(cursor, bool) or not isinstance(cursor, int) or not 0 <= cursor <= service.MAX_SEQ:
        raise DomainError(FieldError("", "bundle.payload", {"reason": "cursor"}))
    return batches, cursor


def import_bundle(
    db: Database, clock: HybridClock, path: Path, reply_path: Path | None = None
) -> ImportResult:
    """Verify and apply a device's request bundle; write the signed reply bundle (default ``FILE.reply``).

    Raises ``sync.bundle.BundleError`` for an unreadable, tampered or foreign bundle, ``DomainError`` for an
    unknown or revoked device or a malformed payload. Nothing is applied from a bundle that fails verification.
    """
    device = _load_device(db, peek_device(path))
    key = bytes.fromhex(device.token_hash)
    bundle = read_bundle(path, key=key, expect_kind=KIND_REQUEST, expect_device=device.device_id)
    batches, cursor = _payload(bundle.payload)
    responses = []
    for request in batches:
        with db.session() as session:
            responses.append(
                service.process_push(
                    session, device, request.model_copy(update={"pull_limit": 0}), clock=clock
                )
            )
    pages: list[PullPage] = []
    snap: Snapshot | None = None
    since = cursor
    while True:
        with db.session() as session:
            page = service.read_pull(session, device, since, MAX_PULL_LIMIT)
        if page.refetch:
            with db.session() as session:
                snap = service.snapshot(session, device, clock=clock)
            break
        pages.append(page)
        since = page.next
        if not page.more:
            break
    reply = {
        "responses": [r.model_dump(mode="json", exclude_none=True) for r in responses],
        "pages": [p.model_dump(mode="json", exclude_none=True) for p in pages],
        "snapshot": snap.model_dump(mode="json", exclude_none=True) if snap is not None else None,
    }
    out = reply_path or default_reply_path(path)
    write_bundle(out, KIND_REPLY, device.device_id, reply, key)
    result = ImportResult(device.device_id, responses, pages, snap, out)
    logger.info(
        "bundle %s of %s: %d batches, %d changes applied, reply %s",
        path,
        device.device_id,
        len(batches),
        result.applied,
        out,
    )
    return result
