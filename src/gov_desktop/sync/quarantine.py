"""Changes the server rejected: listed with their reason, fixed by the user, then resent (or dismissed).

A rejected change never blocks the queue: its outbox rows are acknowledged and a ``QuarantineEntry`` keeps the
change as sent with the server's code, field and Chinese message. The record itself keeps the rejected value
locally, so the UI shows the entry next to the record; the user corrects the record (an ordinary edit) and
resends. Resending queues the record's whole current state — every field with the stamp it already has — as
one insert-shaped change: if the server never got the row (a rejected insert), it gets all of it; if it has
the row, the per-field merge keeps whatever is newer on either side. Nothing is restamped, so every replica
derives the same times from the same stamps.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session, col, select

from ..core.clock import utcnow
from ..core.errors import FieldError, NotFound, field_label
from ..core.models import TABLES_BY_NAME
from ..core.wire import encode
from ..store.capture import captured_columns
from ..store.engine import Store
from ..store.tables import OutboxEntry, QuarantineEntry
from .conflicts import TABLE_LABELS
from .merge import ROW_CLOCK, load_clocks

logger = logging.getLogger(__name__)

#: sent with the insert's own stamp (the receiver derives created/updated times from stamps)
_ROW_FIELDS = frozenset({"township_code", "created_at", "updated_at", "updated_by"})


@dataclass(frozen=True)
class QuarantinedChange:
    id: int
    table: str
    table_label: str
    row_id: str
    field: str
    field_label: str
    code: str
    message: str
    change: dict[str, object]
    created_at: datetime
    resolved: bool


def list_quarantined(store: Store, include_resolved: bool = False) -> list[QuarantinedChange]:
    with store.reader() as s:
        query = select(QuarantineEntry)
        if not include_resolved:
            query = query.where(col(QuarantineEntry.resolved) == False)
        entries = s.exec(query.order_by(col(QuarantineEntry.id))).all()
    return [
        QuarantinedChange(
            id=int(e.id or 0),
            table=e.tbl,
            table_label=TABLE_LABELS.get(e.tbl, e.tbl),
            row_id=e.row_id,
            field=e.field,
            field_label=field_label(e.field) if e.field else "",
            code=e.code,
            message=e.message,
            change=json.loads(e.change) if e.change else {},
            created_at=e.created_at,
            resolved=e.resolved,
        )
        for e in entries
    ]


def _entry(store: Store, quarantine_id: int) -> QuarantineEntry:
    with store.reader() as s:
        entry = s.get(QuarantineEntry, quarantine_id)
    if entry is None:
        raise NotFound(
            FieldError("quarantine", "not_found", {"label": "被拒绝的修改", "value": quarantine_id})
        )
    return entry


def _resolve_row_entries(s: Session, table: str, row_id: str) -> int:
    entries = s.exec(
        select(QuarantineEntry).where(
            col(QuarantineEntry.tbl) == table,
            col(QuarantineEntry.row_id) == row_id,
            col(QuarantineEntry.resolved) == False,
        )
    ).all()
    now = utcnow()
    for e in entries:
        e.resolved = True
        e.resolved_at = now
    return len(entries)


def dismiss_quarantined(store: Store, actor_username: str, quarantine_id: int) -> None:
    """Mark one rejected change as dealt with, sending nothing (e.g. the user fixed it by a later edit)."""
    entry = _entry(store, quarantine_id)
    with store.remote_session(actor_username) as s:
        row = s.get(QuarantineEntry, entry.id)
        if row is not None and not row.resolved:
            row.resolved = True
            row.resolved_at = utcnow()
    logger.info("quarantined change %s dismissed by %s", quarantine_id, actor_username)


def resend_quarantined(store: Store, actor_username: str, quarantine_id: int) -> int:
    """Queue the record's current state again (see the module doc) and resolve every open quarantine entry
    of that record; returns how many were resolved. The next sync run sends it."""
    entry = _entry(store, quarantine_id)
    model = TABLES_BY_NAME.get(entry.tbl)
    if model is None:
        dismiss_quarantined(store, actor_username, quarantine_id)
        return 1
    with store.remote_session(actor_username) as s:
        row = s.get(model, entry.row_id)
        if row is not None:
            clocks = load_clocks(s, entry.tbl, entry.row_id)
            star = clocks.get(ROW_CLOCK, row.hlc)
            groups: dict[str, dict[str, object]] = {star: {}}
            for name, _is_json in captured_columns(model):
                stamp = star if name in _ROW_FIELDS else clocks.get(name, star)
                groups.setdefault(stamp, {})[name] = encode(getattr(row, name))
            for n, stamp in enumerate(sorted(groups, key=lambda h: (h != star, h))):
                s.add(
                    OutboxEntry(
                        tbl=entry.tbl,
                        row_id=entry.row_id,
                        op="insert" if n == 0 else "update",
                        changes=json.dumps(groups[stamp], ensure_ascii=False, default=str),
                        hlc=stamp,
                        user=row.updated_by or actor_username,
                        device=store.device_id,
                    )
                )
        resolved = _resolve_row_entries(s, entry.tbl, entry.row_id)
    logger.info("record %s %s queued again by %s", entry.tbl, entry.row_id, actor_username)
    return resolved
