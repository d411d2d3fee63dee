"""The sync service of the county server: push, pull, snapshot, log retention. No HTTP in here: the FastAPI
routers and the CLI's bundle import call the same functions.

Sequence numbers and why a pull never skips a change
----------------------------------------------------
Every applied change gets the next number of one global sequence, and devices pull "everything after my
cursor". That is only safe if numbers become visible in order: a transaction that took number 11 but
commits after the one that took 12 would let a reader at that moment see 12, move its cursor past 11, and
never see 11. So pushes are serialized: each push transaction first takes the push lock — on PostgreSQL
``pg_advisory_xact_lock`` (held to the end of the transaction), on SQLite the database write lock
(``BEGIN IMMEDIATE``) — then reads the head and numbers its changes head+1, head+2, … The next push can only
read the head after this one has committed and released the lock, so numbers are gap-free and commit in
order, and any snapshot a reader takes holds a prefix 1…n of the sequence, never a hole. A pull reads its
page and the head in one snapshot (PostgreSQL REPEATABLE READ, SQLite's read transaction), so "next = head"
on a short page is never ahead of what the page saw.

The lock costs concurrency only for the few milliseconds of applying a batch; a county server has a few
hundred devices, and the validation that does not need the database runs before the lock is taken. A push
waits for the lock at most ``PUSH_LOCK_TIMEOUT_S`` (SQLite: the busy timeout), then gets 503 and is sent
again later: well before the device's read timeout, so a device that would have given up does not leave
the server waiting for the lock on its behalf.

Concurrency and the retained log
--------------------------------
A pushed field conflicts when another device changed it after the pushing device's cursor: the change log
after the cursor says who. When the cursor is below the retention floor that part of the log is gone, so
for fields the retained log does not mention the field's clock decides: a value last written by another
device (or the server) — its HLC ends in that node's id — counts as concurrent. That may log a conflict the
device had in fact seen (it pulled the value before going offline longer than the retention), never
lose one silently.
"""

from __future__ import annotations

import json
import logging
import re
import secrets
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import timedelta
from typing import Any

from sqlalchemy import Select, delete, func, insert, select, text
from sqlalchemy.exc import DataError, IntegrityError
from sqlalchemy.orm import Session
from sqlmodel import col

from ..core.clock import as_utc, utcnow
from ..core.errors import FieldError, PermissionDenied, ValidationFailed
from ..core.hlc import DEFAULT_MAX_DRIFT_MS, HybridClock, Timestamp, clamp, wall_ms
from ..core.models import COUNTY_SCOPE, SYNCED_TABLES, TABLES_BY_NAME, ConflictEntry, FieldClock, SyncedTable
from ..core.rules import text_problem, validate_fields
from ..core.wire import encode
from ..sync.merge import ROW_CLOCK, Change, MergeOutcome, apply_change, column_defaults
from ..sync.protocol import (
    MAX_PULL_LIMIT,
    OP_NAMES,
    PROTOCOL_VERSION,
    ChangeResult,
    PullPage,
    PushRequest,
    PushResponse,
    Snapshot,
    SnapshotRow,
    WireChange,
)
from .db import Database, begin_snapshot, begin_write, is_postgres
from .tables import ChangeLog, Device, PushBatch, ServerMeta

logger = logging.getLogger(__name__)

#: key of the PostgreSQL advisory lock that serializes pushes ("govsync")
PUSH_LOCK_KEY = 0x676F_7673_796E_63
#: PostgreSQL: the longest a push (or prune) waits for the push lock before it fails (503, retried);
#: below the client's read timeout (``sync.transport.DEFAULT_TIMEOUT``: 60 s)
PUSH_LOCK_TIMEOUT_S = 50
#: the longest a push of the HTTP API waits, from its arrival, for its turn (the push gate, then the push
#: lock) before it is answered 503 + Retry-After; with the apply itself it stays well below the client's
#: read timeout, so no device gives up on a push the server is still holding
PUSH_WAIT_S = 50.0
#: one push of this process at a time waits for the push lock; the others queue here, holding no database
#: connection, each for at most what is left of its wait (see ``PUSH_WAIT_S``)
_PUSH_GATE = threading.Lock()
#: cursors and sequence numbers above this are nonsense (BIGINT holds them all)
MAX_SEQ = 2**62
META_NODE = "node_id"
META_FLOOR = "retention_floor"
#: a pull records the device's cursor and visit at most this often
TOUCH_INTERVAL = timedelta(seconds=60)
HLC_PATTERN = re.compile(r"\d{15}-\d{5}-[0-9A-Za-z_.:]{1,40}")

TABLE_LABELS: dict[str, str] = {
    "township": "乡镇",
    "village": "村(居)",
    "org": "承办单位",
    "service_window": "服务窗口",
    "matter_type": "服务事项",
}


# --- meta: clock node, head, retention floor ---------------------------------------------------------------


def _meta(session: Session, key: str) -> str | None:
    return session.execute(
        select(col(ServerMeta.value)).where(col(ServerMeta.key) == key)
    ).scalar_one_or_none()


def _set_meta(session: Session, key: str, value: str) -> None:
    session.merge(ServerMeta(key=key, value=value))


def retention_floor(session: Session) -> int:
    """Changes up to this sequence number have been pruned from the log."""
    return int(_meta(session, META_FLOOR) or 0)


def head_seq(session: Session) -> int:
    """The newest sequence number handed out (kept by the floor when the log is pruned empty)."""
    newest = session.execute(select(func.max(col(ChangeLog.seq)))).scalar_one_or_none() or 0
    return max(int(newest), retention_floor(session))


def load_server_clock(db: Database) -> HybridClock:
    """The server's clock: node ``server…`` (made once, kept in ServerMeta), continued after the newest stamp
    in the change log so a restart never goes back."""
    with db.session() as session:
        node = _meta(session, META_NODE)
        session.rollback()
        if not node:
            begin_write(session)
            node = _meta(session, META_NODE) or f"server{secrets.token_hex(4)}"
            _set_meta(session, META_NODE, node)
            session.commit()
        last = session.execute(
            select(col(ChangeLog.hlc)).order_by(col(ChangeLog.seq).desc()).limit(1)
        ).scalar_one_or_none()
        session.rollback()
    return HybridClock(node, last=last or None)


class PushBusy(Exception):
    """A push waited its ``PUSH_WAIT_S`` for its turn: answered 503 + Retry-After, the device sends it again."""


@contextmanager
def _push_turn(deadline: float | None) -> Iterator[None]:
    """Wait in this process's push queue (no database connection held) until ``deadline`` (monotonic
    seconds; None: as long as it takes)."""
    wait = -1.0 if deadline is None else max(0.0, deadline - time.monotonic())
    if not _PUSH_GATE.acquire(timeout=wait):
        raise PushBusy(f"no turn to push within {PUSH_WAIT_S:.0f} s")
    try:
        yield
    finally:
        _PUSH_GATE.release()


def _lock_pushes(session: Session, deadline: float | None = None) -> None:
    """Start the push transaction holding the push lock (see the module docstring).

    A wait longer than ``PUSH_LOCK_TIMEOUT_S`` (or past ``deadline``, monotonic seconds) raises
    ``OperationalError`` (answered 503)."""
    begin_write(session)
    if is_postgres(session):
        timeout: float = PUSH_LOCK_TIMEOUT_S
        if deadline is not None:
            timeout = min(timeout, max(0.001, deadline - time.monotonic()))
        session.execute(text(f"SET LOCAL lock_timeout = '{max(1, int(timeout * 1000))}ms'"))
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": PUSH_LOCK_KEY})


# --- scope -------------------------------------------------------------------------------------------------


def scope_townships(device: Device) -> list[str] | None:
    """Township codes of the rows a device reads (None: all, for county devices).

    A township device reads its own township's rows (villages included: theirs carry its code) and the
    county's reference data (scope ``county``)."""
    if device.is_county:
        return None
    return [device.township_code, COUNTY_SCOPE]


def _scope_problem(
    device: Device, model: type[SyncedTable], change: Change, existing: SyncedTable | None
) -> FieldError | None:
    """Why ``device`` may not write ``change`` (None: it may)."""
    if device.is_county:
        if existing is None and not change.township_code:
            return FieldError("township_code", "scope.township_required")
        return None
    if model.__sync_owner__ == "county":
        return FieldError("", "scope.county_only", {"table": TABLE_LABELS.get(change.table, change.table)})
    township = existing.township_code if existing is not None else change.township_code
    if township != device.township_code:
        return FieldError("township_code", "scope.township", {"township": device.township_code})
    defaults = column_defaults(change.table)
    for name in sorted(model.__county_fields__ & change.fields.keys()):
        # an insert may carry a county field at its default (an uncompacted insert); nothing else may
        if existing is not None or change.fields[name] != defaults.get(name):
            return FieldError(name, "scope.county_field")
    return None


# --- push --------------------------------------------------------------------------------------------------


def _reject(index: int, errors: list[FieldError]) -> ChangeResult:
    first = errors[0]
    return ChangeResult(
        i=index,
        s="rejected",
        code=first.code,
        field=first.field or None,
        message="；".join(e.message for e in errors)[:1000],
    )


def _envelope_problem(wc: WireChange) -> FieldError | None:
    """Problems of a change's envelope (id, user, township, stamps) that no table rule covers."""
    if not wc.id or text_problem(wc.id):
        return FieldError("id", "field.type", {"value": repr(wc.id)[:40]})
    for name, value in (("u", wc.u), ("tc", wc.tc)):
        if value is not None and text_problem(value):
            return FieldError(name, "field.type", {"value": repr(value)[:40]})
    for stamp in [wc.h, *(wc.fh or {}).values()]:
        if not HLC_PATTERN.fullmatch(stamp):
            return FieldError("", "change.bad_hlc", {"value": stamp[:80] if not text_problem(stamp) else "?"})
    for name in wc.fh or {}:
        if name not in wc.f:
            return FieldError(name[:60], "field.unknown", {"name": repr(name)[:60]})
    return None


def _check_request(request: PushRequest, device: Device) -> None:
    """Refuse a whole request that cannot be a well-formed batch of this device (nothing is applied)."""
    if request.v != PROTOCOL_VERSION:
        raise ValidationFailed(FieldError("v", "request.version", {"version": request.v}))
    if request.device_id != device.device_id:
        raise PermissionDenied(FieldError("device_id", "push.device_mismatch"))
    for name in ("batch_id", "user", "township", "hlc"):
        value = getattr(request, name)
        if text_problem(value) or (name == "batch_id" and not value.strip()):
            raise ValidationFailed(FieldError(name, "push.malformed", {"reason": name}))
    if request.hlc and not HLC_PATTERN.fullmatch(request.hlc):
        raise ValidationFailed(FieldError("hlc", "push.malformed", {"reason": "hlc"}))


def _log_row(seq: int, change: Change, device_id: str) -> dict[str, Any]:
    """A change-log row (for a bulk insert) of ``change`` in its wire form."""
    wire = change.to_wire()
    return {
        "seq": seq,
        "tbl": change.table,
        "row_id": change.row_id,
        "township_code": change.township_code,
        "op": change.op,
        "fields": json.dumps(wire.f, ensure_ascii=False, separators=(",", ":")),
        "field_hlcs": json.dumps(wire.fh or {}, separators=(",", ":")),
        "hlc": wire.h,
        "device_id": device_id,
        "user": change.user,
        "created_at": utcnow(),
    }


def _conflict_change(entry: SyncedTable) -> Change:
    """A conflict-log row the merge made, as an insert change (it syncs like any township row)."""
    fields = {c.name: encode(getattr(entry, c.name)) for c in entry.__table__.columns}  # type: ignore[attr-defined]
    for name in ("id", "hlc", "created_at", "updated_at", "updated_by", "township_code"):
        fields.pop(name, None)
    return Change(
        table=str(entry.__tablename__),
        row_id=entry.id,
        op="insert",
        fields=fields,
        hlc=entry.hlc,
        user=entry.updated_by,
        township_code=entry.township_code,
    )


RowKey = tuple[str, str]
LOOKUP_CHUNK = 500
#: failures that belong to one change: its data breaks a constraint or the merge cannot take it. Anything
#: else (a lost connection, a lock timeout) fails the whole push, which the device simply retries.
CHANGE_FAILURES = (IntegrityError, DataError, ValueError, TypeError, KeyError)


@dataclass
class _Batch:
    """What one push needs while it applies its changes."""

    session: Session
    device: Device
    request: PushRequest
    cursor: int
    clock: HybridClock
    wall: int
    next_seq: int
    #: each change in its own savepoint (the slow path, after a change failed in the database)
    isolated: bool
    #: the rows the batch touches, loaded up front (None: not on the server)
    rows: dict[RowKey, SyncedTable | None] = field(default_factory=dict)
    #: row → field → the device that last changed it after the batch's cursor (the log, then this batch)
    writers: dict[RowKey, dict[str, str]] = field(default_factory=dict)
    #: the cursor is below the retention floor: the log after it is incomplete (see the module docstring)
    below_floor: bool = False
    #: below the floor only: row → field → node (device id) of the HLC of the field's value; "*": the insert
    clock_nodes: dict[RowKey, dict[str, str]] = field(default_factory=dict)
    #: change-log rows to insert at the end
    log: list[dict[str, Any]] = field(default_factory=list)
    #: the field clocks (field → HLC, field → writer) of the loaded rows as stored, while no change of
    #: this batch has touched the row (the merge then needs no lookup); dropped once one has
    clocks: dict[RowKey, tuple[dict[str, str], dict[str, str]]] = field(default_factory=dict)


def _load_rows(batch: _Batch) -> None:
    """Fetch the batch's rows and their change log after the cursor in a few queries instead of several
    per change. Ids that cannot be stored are skipped (those changes are rejected anyway)."""
    wanted: dict[str, set[str]] = {}
    for wc in batch.request.changes:
        if wc.t in TABLES_BY_NAME and wc.id and not text_problem(wc.id):
            wanted.setdefault(wc.t, set()).add(wc.id)
    session = batch.session
    for table, ids in wanted.items():
        model = TABLES_BY_NAME[table]
        ordered = sorted(ids)
        for start in range(0, len(ordered), LOOKUP_CHUNK):
            chunk = ordered[start : start + LOOKUP_CHUNK]
            found = {
                r.id: r for r in session.execute(select(model).where(col(model.id).in_(chunk))).scalars()
            }
            batch.rows.update({(table, row_id): found.get(row_id) for row_id in chunk})
            # loaded as objects: the merge updates them in the session without looking them up again
            clocks: dict[str, tuple[dict[str, str], dict[str, str]]] = {r: ({}, {}) for r in chunk}
            for entry in session.execute(
                select(FieldClock).where(col(FieldClock.tbl) == table, col(FieldClock.row_id).in_(chunk))
            ).scalars():
                stamps, by = clocks[entry.row_id]
                stamps[entry.field] = entry.hlc
                if entry.by:
                    by[entry.field] = entry.by
            batch.clocks.update({(table, row_id): c for row_id, c in clocks.items()})
            log = session.execute(
                select(col(ChangeLog.row_id), col(ChangeLog.fields), col(ChangeLog.device_id))
                .where(
                    col(ChangeLog.tbl) == table,
                    col(ChangeLog.row_id).in_(chunk),
                    col(ChangeLog.seq) > batch.cursor,
                )
                .order_by(col(ChangeLog.seq))
            )
            for row_id, fields_json, writer in log:
                slot = batch.writers.setdefault((table, row_id), {})
                for name in json.loads(fields_json):
                    slot[name] = writer
            if batch.below_floor:
                _load_clock_nodes(batch, table, chunk)


def _load_clock_nodes(batch: _Batch, table: str, ids: list[str]) -> None:
    """Who wrote the current value of each field of the rows ``ids`` (the node of its clock)."""
    for row_id, name, stamp in batch.session.execute(
        select(col(FieldClock.row_id), col(FieldClock.field), col(FieldClock.hlc)).where(
            col(FieldClock.tbl) == table, col(FieldClock.row_id).in_(ids)
        )
    ):
        batch.clock_nodes.setdefault((table, row_id), {})[name] = _node(stamp)
    for row_id in ids:
        row = batch.rows.get((table, row_id))
        if row is not None:  # a row without clocks: its stamp is the insert's
            batch.clock_nodes.setdefault((table, row_id), {}).setdefault(ROW_CLOCK, _node(row.hlc))


def _node(stamp: str) -> str:
    try:
        return Timestamp.parse(stamp).node
    except ValueError:
        return ""


def _decode(batch: _Batch, index: int, wc: WireChange) -> tuple[Change, type[SyncedTable]] | ChangeResult:
    """The change with its stamps clamped, or the result that rejects it before the database is asked."""
    problem = _envelope_problem(wc)
    if problem is not None:
        return _reject(index, [problem])
    model = TABLES_BY_NAME.get(wc.t)
    if model is None:
        return _reject(index, [FieldError("", "change.unknown_table", {"table": wc.t})])
    change = Change.from_wire(
        wc,
        batch_user=batch.request.user,
        batch_township=batch.request.township,
        device=batch.device.device_id,
    )
    # a device clock far ahead is clamped (the skew was logged for the batch), never refused
    change = replace(
        change,
        hlc=clamp(change.hlc, wall=batch.wall),
        field_hlcs={k: clamp(v, wall=batch.wall) for k, v in change.field_hlcs.items()},
    )
    return change, model


def _push_one(batch: _Batch, index: int, wc: WireChange) -> ChangeResult | None:
    """Check and merge one change; None when it applied in full, else its result.

    On the fast path a database failure propagates (the caller redoes the batch one savepoint per change);
    on the isolated path the change's savepoint is rolled back and the change alone is rejected.
    """
    session, device = batch.session, batch.device
    decoded = _decode(batch, index, wc)
    if isinstance(decoded, ChangeResult):
        return decoded
    change, model = decoded
    key = (change.table, change.row_id)
    known = key in batch.rows
    existing = batch.rows[key] if known else session.get(model, change.row_id)
    if existing is not None:
        change = replace(change, township_code=existing.township_code)
    elif not change.township_code and not device.is_county:
        change = replace(change, township_code=device.township_code)
    problem = _scope_problem(device, model, change, existing)
    if problem is not None:
        return _reject(index, [problem])
    if existing is None and change.op != "insert":
        return _reject(index, [FieldError("id", "change.unknown_row")])
    errors = validate_fields(change.table, change.fields, insert=existing is None)
    if errors:
        return _reject(index, errors)
    writers = batch.writers.get(key, {})
    nodes = batch.clock_nodes.get(key, {})

    def concurrent(name: str) -> bool:
        writer = writers.get(name)
        if writer is None and batch.below_floor:
            # the log that would say is pruned: the field's clock names the writer of its value
            writer = nodes.get(name, nodes.get(ROW_CLOCK))
        return writer is not None and writer != device.device_id

    def merge() -> tuple[MergeOutcome, list[ConflictEntry]]:
        # the row as loaded (or just fetched) and, while no change of the batch has touched it, its clocks
        return apply_change(
            session,
            change,
            concurrent=concurrent,
            stamp=batch.clock.now,
            row=existing,
            stored_clocks=batch.clocks.pop(key, None) if known else None,
        )

    if not batch.isolated:
        outcome, made = merge()
    else:
        try:
            with session.begin_nested():
                outcome, made = merge()
                session.flush()
        except IntegrityError as exc:
            logger.info(
                "change %d of batch %s refused by a constraint: %s", index, batch.request.batch_id, exc.orig
            )
            return _reject(index, [FieldError("", "change.duplicate")])
        except CHANGE_FAILURES:
            logger.exception("change %d of batch %s could not be applied", index, batch.request.batch_id)
            return _reject(index, [FieldError("", "change.failed")])
    _record_applied(batch, change, outcome, made)
    if outcome.status == "applied":
        return None
    return ChangeResult(i=index, s=outcome.status, lost=sorted(outcome.stale))  # type: ignore[arg-type]


def _record_applied(batch: _Batch, change: Change, outcome: MergeOutcome, made: list[ConflictEntry]) -> None:
    """Number what a change applied (and the conflict rows it made) for the change log."""
    key = (change.table, change.row_id)
    if outcome.created:
        batch.rows.pop(key, None)  # exists now: looked up again (from the session) if the batch has more
    if outcome.applied:
        if outcome.created:
            op, base = "insert", change.hlc
        else:
            deleting = change.op == "delete" and bool(outcome.applied.get("deleted"))
            op, base = ("delete" if deleting else "update"), max(outcome.applied_hlcs.values())
        applied = Change(
            table=change.table,
            row_id=change.row_id,
            op=op,
            fields=outcome.applied,
            hlc=base,
            field_hlcs=outcome.applied_hlcs,
            user=change.user,
            township_code=change.township_code,
        )
        batch.log.append(_log_row(batch.next_seq, applied, batch.device.device_id))
        batch.next_seq += 1
        slot = batch.writers.setdefault(key, {})
        for name in outcome.applied:
            slot[name] = batch.device.device_id
    for entry in made:
        batch.log.append(_log_row(batch.next_seq, _conflict_change(entry), ""))
        batch.next_seq += 1


def _apply_all(batch: _Batch) -> list[ChangeResult]:
    _load_rows(batch)
    results = []
    for index, wc in enumerate(batch.request.changes):
        result = _push_one(batch, index, wc)
        if result is not None:
            results.append(result)
    return results


def _apply_batch(session: Session, make: Callable[[bool], _Batch]) -> tuple[_Batch, list[ChangeResult]]:
    """Apply every change: first all in one savepoint (fast: no savepoint per change); if a change fails in
    the database (a unique constraint), roll that back and redo the batch with one savepoint per change, so
    the failing change is rejected alone. Checks that need no database run the same way on both paths."""
    try:
        with session.begin_nested():
            batch = make(False)
            results = _apply_all(batch)
            session.flush()
        return batch, results
    except CHANGE_FAILURES as exc:
        logger.info(
            "a change failed in the database (%s); applying the batch one change at a time",
            type(exc).__name__,
        )
    batch = make(True)
    return batch, _apply_all(batch)


def _record_device(
    session: Session, device_id: str, request: PushRequest, cursor: int, wall: int, clock: HybridClock
) -> None:
    """Note the device's visit, cursor and clock skew; a clock far ahead is logged (its stamps are clamped)."""
    device = session.get(Device, device_id)
    if device is None:  # pragma: no cover - authenticated a moment ago
        return
    device.last_seen_at = utcnow()
    device.last_cursor = cursor
    stamps = [request.hlc] if request.hlc else [c.h for c in request.changes]
    stamps = [s for s in stamps if HLC_PATTERN.fullmatch(s)]
    if not stamps:
        return
    newest = max(stamps)
    skew = Timestamp.parse(newest).ms - wall
    device.clock_skew_ms = max(-MAX_SEQ, min(skew, MAX_SEQ))
    if skew > DEFAULT_MAX_DRIFT_MS:
        logger.warning(
            "clock of device %s is %.1f s ahead of the server; its stamps are clamped",
            device.device_id,
            skew / 1000.0,
        )
    clock.absorb(clamp(newest, wall=wall))


def process_push(
    session: Session,
    device: Device,
    request: PushRequest,
    *,
    clock: HybridClock,
    deadline: float | None = None,
) -> PushResponse:
    """Apply a push batch in one transaction (committed here) and answer it.

    Idempotent on ``batch_id``: a batch seen before gets its stored answer back with ``replayed=True`` and
    nothing is applied again (the answer is stored in the same transaction as the changes, so this holds
    across restarts). Each change is checked — scope, ``core.rules`` validation — and merged on its own: a
    bad change is rejected alone and never aborts the others (see ``_apply_batch``). ``request.pull_limit``
    > 0 adds the first pull page after ``request.cursor``.

    ``deadline`` (monotonic seconds): the push waits for its turn at most until then, else ``PushBusy`` or
    ``OperationalError`` (both answered 503 + Retry-After). Pushes of this process queue for their turn
    in the process (``_push_turn``) before they ask the database for the push lock.
    """
    _check_request(request, device)
    with _push_turn(deadline):
        return _process_push(session, device, request, clock=clock, deadline=deadline)


def _process_push(
    session: Session, device: Device, request: PushRequest, *, clock: HybridClock, deadline: float | None
) -> PushResponse:
    _lock_pushes(session, deadline)
    try:
        stored = session.get(PushBatch, request.batch_id)
        if stored is not None:
            if stored.device_id != device.device_id:
                raise PermissionDenied(
                    FieldError("batch_id", "push.batch_foreign", {"batch_id": request.batch_id})
                )
            answer = PushResponse.model_validate_json(stored.response)
            pull = _page(session, device, request.cursor, request.pull_limit) if request.pull_limit else None
            session.commit()
            logger.info("batch %s of %s replayed", request.batch_id, device.device_id)
            return answer.model_copy(update={"replayed": True, "server_hlc": clock.now(), "pull": pull})
        cursor = max(0, min(request.cursor, MAX_SEQ))
        wall = wall_ms()
        head = head_seq(session)
        below_floor = cursor < retention_floor(session)
        _record_device(session, device.device_id, request, cursor, wall, clock)

        def make(isolated: bool) -> _Batch:
            return _Batch(
                session,
                device,
                request,
                cursor,
                clock,
                wall,
                next_seq=head + 1,
                isolated=isolated,
                below_floor=below_floor,
            )

        batch, results = _apply_batch(session, make)
        if batch.log:
            session.execute(insert(ChangeLog.__table__), batch.log)  # type: ignore[attr-defined]
        answer = PushResponse(
            batch_id=request.batch_id,
            applied=len(request.changes) - len(results),
            results=results,
            server_hlc=clock.now(),
        )
        session.add(
            PushBatch(
                batch_id=request.batch_id,
                device_id=device.device_id,
                response=answer.model_dump_json(exclude_none=True),
                created_at=utcnow(),
            )
        )
        pull = _page(session, device, request.cursor, request.pull_limit) if request.pull_limit else None
        session.commit()
    except BaseException:
        session.rollback()
        raise
    logger.info(
        "batch %s of %s: %d applied, %d other (seq up to %d)",
        request.batch_id,
        device.device_id,
        answer.applied,
        len(results),
        batch.next_seq - 1,
    )
    return answer.model_copy(update={"pull": pull}) if pull is not None else answer


# --- pull --------------------------------------------------------------------------------------------------


def _scoped(query: Select[Any], column: Any, device: Device) -> Select[Any]:
    townships = scope_townships(device)
    return query if townships is None else query.where(column.in_(townships))


def wire_change(entry: ChangeLog) -> WireChange:
    return WireChange(
        t=entry.tbl,
        id=entry.row_id,
        op=OP_NAMES[entry.op],
        f=json.loads(entry.fields),
        h=entry.hlc,
        fh=json.loads(entry.field_hlcs) or None,
        u=entry.user or None,
        tc=entry.township_code,
        s=entry.seq,
    )


def _page(session: Session, device: Device, since: int, limit: int) -> PullPage:
    """One page of changes after ``since`` in the device's scope, not its own, read in the caller's snapshot."""
    since = max(0, since)
    limit = max(1, min(limit, MAX_PULL_LIMIT))
    head = head_seq(session)
    if since < retention_floor(session) or since > head:
        # older than the retained log, or a cursor from before a server restore: load a snapshot
        return PullPage(changes=[], next=since, head=head, refetch=True)
    query = select(ChangeLog).where(col(ChangeLog.seq) > since, col(ChangeLog.device_id) != device.device_id)
    query = _scoped(query, col(ChangeLog.township_code), device).order_by(col(ChangeLog.seq)).limit(limit)
    entries = list(session.execute(query).scalars())
    if len(entries) < limit:
        return PullPage(changes=[wire_change(e) for e in entries], next=head, head=head, more=False)
    last = entries[-1].seq
    return PullPage(changes=[wire_change(e) for e in entries], next=last, head=head, more=last < head)


def read_pull(session: Session, device: Device, since: int, limit: int) -> PullPage:
    """The device's next page of changes after ``since`` (its cursor): by sequence, in its scope, without the
    changes it pushed itself. ``next`` is the cursor to commit with the page; ``refetch`` asks for a snapshot.
    """
    begin_snapshot(session)
    try:
        page = _page(session, device, since, limit)
    finally:
        session.rollback()
    _touch(session, device, since)
    return page


def _touch(session: Session, device: Device, cursor: int) -> None:
    """Record the device's cursor and visit, at most once a minute: pulls stay read-only on a busy server
    (pushes record both anyway)."""
    seen = as_utc(device.last_seen_at) if device.last_seen_at is not None else None
    if seen is not None and utcnow() - seen < TOUCH_INTERVAL:
        return
    begin_write(session)
    try:
        row = session.get(Device, device.device_id)
        if row is not None:
            row.last_cursor = cursor
            row.last_seen_at = utcnow()
        session.commit()
    except BaseException:
        session.rollback()
        raise


# --- snapshot ----------------------------------------------------------------------------------------------


def _snapshot_rows(session: Session, model: type[SyncedTable], device: Device) -> list[SnapshotRow]:
    name = str(model.__tablename__)
    rows = list(
        session.execute(
            _scoped(select(model), col(model.township_code), device).order_by(col(model.id))
        ).scalars()
    )
    if not rows:
        return []
    ids = _scoped(select(col(model.id)), col(model.township_code), device)
    clocks: dict[str, dict[str, str]] = {}
    for row_id, field_name, stamp in session.execute(
        select(col(FieldClock.row_id), col(FieldClock.field), col(FieldClock.hlc)).where(
            col(FieldClock.tbl) == name, col(FieldClock.row_id).in_(ids.scalar_subquery())
        )
    ):
        clocks.setdefault(row_id, {})[field_name] = stamp
    out = []
    columns = [c.name for c in model.__table__.columns if c.name != "id"]  # type: ignore[attr-defined]
    for row in rows:
        field_clocks = dict(clocks.get(row.id, {}))
        row_clock = field_clocks.pop(ROW_CLOCK, row.hlc)
        out.append(
            SnapshotRow(
                t=name,
                id=row.id,
                f={c: encode(getattr(row, c)) for c in columns},
                fh=field_clocks,
                h=row_clock,
            )
        )
    return out


def snapshot(session: Session, device: Device, *, clock: HybridClock) -> Snapshot:
    """Every row in the device's scope (tombstones too) with its field clocks, and the sequence number the
    rows are consistent with (read in one snapshot: a pull from ``seq`` continues exactly after them).

    ``f`` holds every column but ``id`` as wire values, bookkeeping columns included; ``h`` is the row's
    insert clock (``"*"``) and ``fh`` the clocks of fields written since.
    """
    begin_snapshot(session)
    try:
        head = head_seq(session)
        rows: list[SnapshotRow] = []
        for model in SYNCED_TABLES:
            rows.extend(_snapshot_rows(session, model, device))
    finally:
        session.rollback()
    logger.info("snapshot of %d rows at seq %d for %s", len(rows), head, device.device_id)
    return Snapshot(seq=head, rows=rows, server_hlc=clock.now())


# --- retention and status ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class PruneResult:
    deleted: int
    floor: int
    batches_deleted: int


def prune(session: Session, keep_days: float) -> PruneResult:
    """Drop change-log rows (and stored push answers) older than ``keep_days``; move the retention floor.

    A device whose cursor is below the floor is told to refetch a snapshot. Runs under the push lock.
    """
    if keep_days < 0:
        raise ValidationFailed(FieldError("keep_days", "number.range", {"min": 0, "max": "∞"}))
    cutoff = utcnow() - timedelta(days=keep_days)
    _lock_pushes(session)
    try:
        floor = retention_floor(session)
        newest_old = session.execute(
            select(func.max(col(ChangeLog.seq))).where(col(ChangeLog.created_at) < cutoff)
        ).scalar()
        deleted = 0
        if newest_old is not None and newest_old > floor:
            result = session.execute(delete(ChangeLog).where(col(ChangeLog.seq) <= newest_old))
            deleted = int(result.rowcount or 0)  # type: ignore[attr-defined]
            floor = int(newest_old)
            _set_meta(session, META_FLOOR, str(floor))
        batches = session.execute(delete(PushBatch).where(col(PushBatch.created_at) < cutoff))
        session.commit()
    except BaseException:
        session.rollback()
        raise
    logger.info("pruned %d log rows; retention floor now %d", deleted, floor)
    return PruneResult(deleted=deleted, floor=floor, batches_deleted=int(batches.rowcount or 0))  # type: ignore[attr-defined]


@dataclass(frozen=True)
class ServerStatus:
    head: int
    floor: int
    log_rows: int
    devices: int
    active_devices: int
    rows: dict[str, tuple[int, int]]  # table → (live rows, tombstones)


def server_status(session: Session) -> ServerStatus:
    begin_snapshot(session)
    try:
        counts: dict[str, tuple[int, int]] = {}
        for model in SYNCED_TABLES:
            live = session.execute(
                select(func.count()).select_from(model).where(col(model.deleted) == False)
            ).scalar_one()
            dead = session.execute(
                select(func.count()).select_from(model).where(col(model.deleted) == True)
            ).scalar_one()
            counts[str(model.__tablename__)] = (int(live), int(dead))
        status = ServerStatus(
            head=head_seq(session),
            floor=retention_floor(session),
            log_rows=int(session.execute(select(func.count()).select_from(ChangeLog)).scalar_one()),
            devices=int(session.execute(select(func.count()).select_from(Device)).scalar_one()),
            active_devices=int(
                session.execute(
                    select(func.count()).select_from(Device).where(col(Device.revoked_at).is_(None))
                ).scalar_one()
            ),
            rows=counts,
        )
    finally:
        session.rollback()
    return status


__all__ = [
    "MAX_SEQ",
    "PUSH_WAIT_S",
    "PruneResult",
    "PushBusy",
    "ServerStatus",
    "head_seq",
    "load_server_clock",
    "process_push",
    "prune",
    "read_pull",
    "retention_floor",
    "server_status",
    "snapshot",
]
