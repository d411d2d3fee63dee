"""Small reads the shell's pages need that ``queries`` does not have (yet): reference data for pickers,
a count of open follow-ups, and the sync bookkeeping (pending changes, sent batches) for the sync page.

Same conventions as ``queries``: a session in, frozen rows out, nothing attached to a session.
(Written by the shell's engineer; a candidate to merge into ``queries``.)
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection
from sqlalchemy import text as sql_text

from .rows import as_bool, as_datetime

if TYPE_CHECKING:  # sessions come from the store; the sign-in path reads figures without the ORM loaded
    from sqlalchemy.orm import Session


@dataclass(frozen=True, slots=True)
class TownshipOption:
    id: str
    code: str
    name: str
    name_bo: str


@dataclass(frozen=True, slots=True)
class WindowOption:
    id: str
    code: str
    name: str
    name_bo: str


@dataclass(frozen=True, slots=True)
class MatterOption:
    id: str
    window_id: str
    window_name: str
    code: str
    name: str
    materials: tuple[str, ...]
    promised_days: int
    needs_county: bool


@dataclass(frozen=True, slots=True)
class OrgOption:
    id: str
    name: str
    kind: str


@dataclass(frozen=True, slots=True)
class PendingChange:
    """One local change not yet acknowledged by the server (an outbox row)."""

    seq: int
    table: str
    row_id: str
    op: str
    fields: tuple[str, ...]
    user: str
    created_at: datetime | None
    batched: bool


@dataclass(frozen=True, slots=True)
class BatchRow:
    """One push batch: when made, sent and acknowledged, how many changes, its last error."""

    batch_id: str
    created_at: datetime | None
    change_count: int
    state: str
    attempts: int
    last_error: str
    sent_at: datetime | None
    acked_at: datetime | None


def _conn(session: Session | Connection) -> Connection:
    return session if isinstance(session, Connection) else session.connection()


def _rows(session: Session | Connection, sql: str, params: Mapping[str, Any] | None = None) -> list[Any]:
    return list(_conn(session).execute(sql_text(sql), dict(params or {})))


def townships(session: Session | Connection) -> list[TownshipOption]:
    """Every township known to the store, by code."""
    return [
        TownshipOption(r.id, r.code, r.name, r.name_bo or "")
        for r in _rows(
            session, "SELECT id, code, name, name_bo FROM township WHERE deleted = 0 ORDER BY code"
        )
    ]


def service_windows(session: Session | Connection) -> list[WindowOption]:
    """The hall's windows in their display order."""
    return [
        WindowOption(r.id, r.code, r.name, r.name_bo or "")
        for r in _rows(
            session,
            "SELECT id, code, name, name_bo FROM service_window WHERE deleted = 0 ORDER BY sort_order, code",
        )
    ]


def _materials(value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            return (value,) if value else ()
    return tuple(str(v) for v in value or ())


def matter_types(session: Session | Connection, window_id: str | None = None) -> list[MatterOption]:
    """Matter types (服务事项) with their window, materials and promised days, by window then code."""
    where = "m.deleted = 0" + (" AND m.window_id = :window" if window_id else "")
    return [
        MatterOption(
            id=r.id,
            window_id=r.window_id,
            window_name=r.window_name or "",
            code=r.code,
            name=r.name,
            materials=_materials(r.materials),
            promised_days=int(r.promised_days or 0),
            needs_county=as_bool(r.needs_county),
        )
        for r in _rows(
            session,
            "SELECT m.id, m.window_id, w.name AS window_name, m.code, m.name, m.materials, m.promised_days, "
            "m.needs_county FROM matter_type m LEFT JOIN service_window w ON w.id = m.window_id "
            f"WHERE {where} ORDER BY w.sort_order, w.code, m.code",
            {"window": window_id},
        )
    ]


def orgs(session: Session | Connection) -> list[OrgOption]:
    return [
        OrgOption(r.id, r.name, r.kind)
        for r in _rows(session, "SELECT id, name, kind FROM org WHERE deleted = 0 ORDER BY kind, name")
    ]


def count_open_follow_ups(session: Session | Connection, township_code: str | None = None) -> int:
    """Visits whose follow-up is still to do (走访待跟进)."""
    sql = (
        "SELECT count(*) FROM visit_record WHERE deleted = 0 AND follow_up_needed = 1 AND follow_up_done = 0"
        + (" AND township_code = :township" if township_code else "")
    )
    return int(_conn(session).execute(sql_text(sql), {"township": township_code}).scalar() or 0)


def pending_changes(session: Session | Connection, limit: int = 500) -> list[PendingChange]:
    """Local changes not yet acknowledged, oldest first."""

    def fields(text: str | None) -> tuple[str, ...]:
        try:
            data = json.loads(text) if text else {}
        except ValueError:
            return ()
        return (
            tuple(k for k in data if k not in ("updated_at", "updated_by")) if isinstance(data, dict) else ()
        )

    return [
        PendingChange(
            seq=int(r.seq),
            table=r.tbl,
            row_id=r.row_id,
            op=r.op,
            fields=fields(r.changes),
            user=r.user or "",
            created_at=as_datetime(r.created_at),
            batched=r.batch_id is not None,
        )
        for r in _rows(
            session,
            "SELECT seq, tbl, row_id, op, changes, user, created_at, batch_id FROM outbox "
            "WHERE acked = 0 ORDER BY seq LIMIT :limit",
            {"limit": limit},
        )
    ]


def sync_batches(session: Session | Connection, limit: int = 100) -> list[BatchRow]:
    """Push batches, newest first (the sync page's history of what was sent)."""
    return [
        BatchRow(
            batch_id=r.batch_id,
            created_at=as_datetime(r.created_at),
            change_count=int(r.change_count or 0),
            state=r.state,
            attempts=int(r.attempts or 0),
            last_error=r.last_error or "",
            sent_at=as_datetime(r.sent_at),
            acked_at=as_datetime(r.acked_at),
        )
        for r in _rows(
            session,
            "SELECT batch_id, created_at, change_count, state, attempts, last_error, sent_at, acked_at "
            "FROM sync_batch ORDER BY created_at DESC LIMIT :limit",
            {"limit": limit},
        )
    ]
