"""Concurrent edits that lost: listing them and resolving them (keep mine / take theirs / edit).

A ``ConflictEntry`` (table ``conflict_log``) records a value that lost a concurrent write to the same field,
with both values, their stamps and writers. It is a synced township row: made wherever the loss is detected
(the server, or a device pulling over its unsent edit) and seen by every device of the township.

"Mine" is the side this device wrote; when neither (or both) side is this device's, "mine" is the value the
record holds now (the winner) and "theirs" the value that lost. Resolving writes the chosen value to the
record through an ordinary capturing session (so it syncs like any edit) and marks the entry — and any other
open entry about the same field of the same record — resolved, in the same transaction.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

from sqlmodel import col, select

from ..core.clock import utcnow
from ..core.errors import FieldError, NotFound, ValidationFailed, field_label
from ..core.hlc import Timestamp, hlc_datetime
from ..core.models import TABLES_BY_NAME, ConflictEntry
from ..core.wire import decode_for, encode
from ..store.engine import Store
from .merge import NOT_ON_WIRE

logger = logging.getLogger(__name__)

Choice = Literal["keep_mine", "take_theirs", "edit"]
CHOICES: tuple[str, ...] = ("keep_mine", "take_theirs", "edit")
RESOLUTION_LABELS = {"keep_mine": "保留本机的值", "take_theirs": "采用对方的值", "edited": "改为新值"}

#: Chinese names of the synced tables, for lists of conflicts
TABLE_LABELS = {
    "township": "乡镇",
    "village": "村(居)",
    "grid": "网格",
    "grid_member": "网格工作人员",
    "household": "户",
    "person": "人员",
    "joint_group": "双联户",
    "party_duty": "党员包户",
    "civilized_rating": "文明户评星",
    "service_window": "服务窗口",
    "matter_type": "服务事项",
    "service_request": "办件",
    "visit_record": "走访记录",
    "appeal": "群众诉求",
    "org": "承办单位",
    "conflict_log": "冲突记录",
}


@dataclass(frozen=True)
class ConflictRow:
    """One conflict, decoded for display (plain values; nothing attached to a session)."""

    id: str
    table: str
    table_label: str
    row_id: str
    field: str
    field_label: str
    mine: Any
    theirs: Any
    mine_by: str
    theirs_by: str
    mine_at: datetime | None
    theirs_at: datetime | None
    #: True when "mine" is the value that won (the record holds it, unless edited since)
    mine_won: bool
    #: the record's value now (it may have changed since the conflict)
    current: Any
    detected_at: datetime
    resolved: bool
    resolution: str
    resolved_by: str
    resolved_at: datetime | None


def _loads(text: str | None) -> Any:
    if text is None:
        return None
    try:
        return json.loads(text)
    except ValueError:
        return text


def _node(stamp: str) -> str:
    try:
        return Timestamp.parse(stamp).node
    except ValueError:
        return ""


def _when(stamp: str) -> datetime | None:
    try:
        return hlc_datetime(stamp)
    except ValueError:
        return None


def _row_for(store: Store, entry: ConflictEntry, current: Any) -> ConflictRow:
    device = store.device_id
    loser_mine = _node(entry.loser_hlc) == device and _node(entry.winner_hlc) != device
    winner = (_loads(entry.winner_value), entry.winner_by, entry.winner_hlc)
    loser = (_loads(entry.loser_value), entry.loser_by, entry.loser_hlc)
    mine, theirs = (loser, winner) if loser_mine else (winner, loser)
    return ConflictRow(
        id=entry.id,
        table=entry.tbl,
        table_label=TABLE_LABELS.get(entry.tbl, entry.tbl),
        row_id=entry.row_id,
        field=entry.field,
        field_label=field_label(entry.field),
        mine=mine[0],
        theirs=theirs[0],
        mine_by=mine[1],
        theirs_by=theirs[1],
        mine_at=_when(mine[2]),
        theirs_at=_when(theirs[2]),
        mine_won=not loser_mine,
        current=current,
        detected_at=entry.created_at,
        resolved=entry.resolved,
        resolution=entry.resolution,
        resolved_by=entry.resolved_by,
        resolved_at=entry.resolved_at,
    )


def list_conflicts(store: Store, include_resolved: bool = False) -> list[ConflictRow]:
    """Conflicts of this store's data, newest first (open ones only unless ``include_resolved``)."""
    with store.reader() as s:
        query = select(ConflictEntry).where(col(ConflictEntry.deleted) == False)
        if not include_resolved:
            query = query.where(col(ConflictEntry.resolved) == False)
        entries = s.exec(query.order_by(col(ConflictEntry.hlc).desc())).all()
        rows = []
        for entry in entries:
            model = TABLES_BY_NAME.get(entry.tbl)
            record = s.get(model, entry.row_id) if model is not None else None
            current = encode(getattr(record, entry.field, None)) if record is not None else None
            rows.append(_row_for(store, entry, current))
    return rows


def find_conflict(store: Store, conflict_id: str) -> ConflictRow:
    """A conflict by its id or by a unique prefix of it (what a person types from a list)."""
    conflict_id = conflict_id.strip()
    matches = [c for c in list_conflicts(store, include_resolved=True) if c.id.startswith(conflict_id)]
    exact = [c for c in matches if c.id == conflict_id]
    if exact:
        return exact[0]
    if not matches or not conflict_id:
        raise NotFound(FieldError("conflict", "not_found", {"label": "冲突记录", "value": conflict_id}))
    if len(matches) > 1:
        raise ValidationFailed(
            FieldError("conflict", "invalid_choice", {"label": "冲突编号", "value": conflict_id})
        )
    return matches[0]


def resolve_conflict(
    store: Store,
    actor_username: str,
    conflict_id: str,
    choice: Choice | str,
    edited_value: Any = None,
) -> ConflictRow:
    """Settle a conflict: write the chosen value to the record (captured, so it syncs) and mark the entry
    resolved, all in one transaction. ``edited_value`` (choice ``edit``) is a wire value (text, number …).
    Returns the conflict as it is afterwards."""
    if choice not in CHOICES:
        raise ValidationFailed(FieldError("choice", "invalid_choice", {"label": "处理方式", "value": choice}))
    row = find_conflict(store, conflict_id)
    if choice == "edit" and edited_value is None:
        raise ValidationFailed(FieldError(row.field, "required"))
    value = {"keep_mine": row.mine, "take_theirs": row.theirs}.get(choice, edited_value)
    model = TABLES_BY_NAME.get(row.table)
    if model is None or row.field in NOT_ON_WIRE or row.field == "id":
        raise ValidationFailed(FieldError(row.field, "invalid_choice", {"value": row.field}))
    column = model.__table__.columns.get(row.field)  # type: ignore[attr-defined]
    if column is None:
        raise ValidationFailed(FieldError(row.field, "invalid_choice", {"value": row.field}))
    try:
        decoded = decode_for(column, value)
    except (TypeError, ValueError) as exc:
        raise ValidationFailed(FieldError(row.field, "invalid_choice", {"value": value})) from exc
    if decoded is None and not column.nullable:
        raise ValidationFailed(FieldError(row.field, "required"))
    max_len = getattr(column.type, "length", None)
    if isinstance(decoded, str) and max_len and len(decoded) > max_len:
        raise ValidationFailed(FieldError(row.field, "too_long", {"max": max_len}))
    resolution = "edited" if choice == "edit" else choice
    now = utcnow()
    with store.session(actor_username) as s:
        record = s.get(model, row.row_id)
        if record is None:
            raise NotFound(
                FieldError(
                    row.field,
                    "not_found",
                    {"label": TABLE_LABELS.get(row.table, row.table), "value": row.row_id},
                )
            )
        if getattr(record, row.field) != decoded:
            setattr(record, row.field, decoded)
        siblings = s.exec(
            select(ConflictEntry).where(
                col(ConflictEntry.tbl) == row.table,
                col(ConflictEntry.row_id) == row.row_id,
                col(ConflictEntry.field) == row.field,
                col(ConflictEntry.resolved) == False,
            )
        ).all()
        for entry in siblings:
            entry.resolved = True
            entry.resolution = resolution
            entry.resolved_by = actor_username
            entry.resolved_at = now
        if row.resolved and not any(e.id == row.id for e in siblings):
            again = s.get(ConflictEntry, row.id)
            if again is not None:
                again.resolution, again.resolved_by, again.resolved_at = resolution, actor_username, now
    logger.info(
        "conflict %s (%s.%s) resolved by %s: %s", row.id, row.table, row.field, actor_username, resolution
    )
    return find_conflict(store, row.id)
