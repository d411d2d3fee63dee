"""The device side of USB-bundle sync: export pending batches, import the county's reply.

``export_bundle`` forms batches from the outbox exactly as an online run does (stored, with their ids and
exact bodies) and writes every unacknowledged batch plus the pull cursor into a request bundle signed with
the device key (SHA-256 of the token, see ``sync.bundle``). The batches stay stored: if the link comes back
before the reply does, the online run sends the very same batches and the server's batch idempotency keeps
them from counting twice.

``import_reply`` verifies the reply's signature and applies it with the online path's own code: push answers
(``acknowledge``: ack or quarantine), then a snapshot if the server sent one, then the pull pages. Importing
the same reply twice changes nothing: acknowledged batches are skipped, and pages and snapshots at or below
the cursor are skipped.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from ..store.engine import Store
from .apply import apply_page, apply_snapshot, cursor_of
from .batches import BatchPlanner, BatchRace, acknowledge, batch_request, mark_bundled, unsent_batches
from .bundle import KIND_REPLY, KIND_REQUEST, BundleError, read_bundle, signing_key_from_token, write_bundle
from .engine import META_BATCH_CAP, BatchSizer
from .protocol import PullPage, PushResponse, Snapshot
from .settings import load_settings, require_token

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class ExportResult:
    path: Path
    batches: int
    changes: int
    cursor: int


@dataclass(frozen=True)
class ImportResult:
    #: batches acknowledged by this import (0 when the reply was imported before)
    acked_batches: int
    pushed: int
    quarantined: int
    pulled: int
    conflicts: int
    snapshot: bool
    cursor: int


def _signing_key(store: Store, token: str | None) -> bytes:
    return signing_key_from_token(token or require_token(load_settings(store)))


def export_bundle(store: Store, path: Path | str, *, token: str | None = None) -> ExportResult:
    """Write every pending change (as stored batches) and the pull cursor into a signed request bundle."""
    path = Path(path)
    key = _signing_key(store, token)
    saved = store.get_meta(META_BATCH_CAP)
    cap = int(saved) if saved.isdigit() else BatchSizer().cap
    for _ in range(3):
        try:
            planner = BatchPlanner(store)
            while planner.form(cap, cursor=cursor_of(store) or 0) is not None:
                pass
            break
        except BatchRace:
            logger.info("another sync run batched the same changes; planning again")
    batches = unsent_batches(store)
    cursor = cursor_of(store) or 0
    payload = {"batches": [batch_request(b) for b in batches], "cursor": cursor}
    write_bundle(path, KIND_REQUEST, store.device_id, payload, key)
    mark_bundled(store, [b.batch_id for b in batches])
    changes = sum(b.change_count for b in batches)
    logger.info("exported %d batch(es), %d change(s), cursor %d to %s", len(batches), changes, cursor, path)
    return ExportResult(path=path, batches=len(batches), changes=changes, cursor=cursor)


def import_reply(store: Store, path: Path | str, *, token: str | None = None) -> ImportResult:
    """Verify and apply a reply bundle (``BundleError`` with a Chinese message if tampered or foreign)."""
    key = _signing_key(store, token)
    bundle = read_bundle(Path(path), key=key, expect_kind=KIND_REPLY, expect_device=store.device_id)
    try:
        responses = [PushResponse.model_validate(r) for r in bundle.payload.get("responses") or []]
        raw_snapshot = bundle.payload.get("snapshot")
        snapshot = Snapshot.model_validate(raw_snapshot) if raw_snapshot else None
        pages = [PullPage.model_validate(p) for p in bundle.payload.get("pages") or []]
    except (ValidationError, TypeError) as exc:
        raise BundleError("bundle.unreadable", "同步文件内容无法识别，请确认服务器版本") from exc
    acked = pushed = quarantined = pulled = conflicts = 0
    for response in responses:
        result = acknowledge(store, response)
        if result.acked:
            acked += 1
            pushed += result.changes - result.quarantined
            quarantined += result.quarantined
    took_snapshot = False
    if snapshot is not None:
        applied = apply_snapshot(store, snapshot)
        took_snapshot = not applied.skipped
        pulled += applied.applied
        conflicts += applied.conflicts
    for page in pages:
        if page.refetch:
            continue
        applied = apply_page(store, page)
        pulled += applied.applied
        conflicts += applied.conflicts
    cursor = cursor_of(store) or 0
    logger.info(
        "imported reply %s: %d batch(es) acked, %d pulled, %d conflict(s), cursor %d",
        path,
        acked,
        pulled,
        conflicts,
        cursor,
    )
    return ImportResult(
        acked_batches=acked,
        pushed=pushed,
        quarantined=quarantined,
        pulled=pulled,
        conflicts=conflicts,
        snapshot=took_snapshot,
        cursor=cursor,
    )
