"""Applying what the server sends — pull pages and snapshots — to the local store.

A page and the cursor after it are committed in ONE remote (non-capturing) transaction: a crash either
keeps both or neither, so a change is never skipped and never applied under a stale cursor. A page (or a
snapshot) older than the cursor is skipped, and changes at or below the cursor are filtered out, so
applying the same page twice — a replayed push answer, a USB reply imported twice — changes nothing.

Concurrency on the device (``merge.apply_change``'s predicate): a pulled field conflicts with a local
change not yet acknowledged by the server, unless the pulled stamp is this device's own (an echo of a
change it pushed earlier). The conflict log rows the merge makes here must reach the server too, so they
are written through the capture triggers (``Store.capturing``) inside the same transaction.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlmodel import Session, col

from ..core.hlc import Timestamp
from ..core.models import ConflictEntry
from ..store.engine import Store
from ..store.tables import OutboxEntry, ReceivedChange, StoreMeta
from .batches import absorb, save_clock
from .merge import ROW_CLOCK, Change, apply_change, load_clocks
from .protocol import PullPage, Snapshot

logger = logging.getLogger(__name__)

META_CURSOR = "sync_cursor"
META_HEAD = "sync.head"
META_AT_HEAD = "sync.at_head"
_CHUNK = 500

PendingFields = dict[tuple[str, str], set[str]]


@dataclass(frozen=True)
class ApplyResult:
    #: changes (or snapshot rows) merged
    applied: int = 0
    #: conflict log rows made here
    conflicts: int = 0
    #: the cursor after the transaction
    cursor: int = 0
    #: True: the page/snapshot was older than the cursor, nothing was written
    skipped: bool = False
    at_head: bool = False


def read_cursor(session: Session) -> int | None:
    """The pull cursor; None when this store has never pulled (it starts from a snapshot)."""
    row = session.get(StoreMeta, META_CURSOR)
    return int(row.value) if row is not None and row.value else None


def cursor_of(store: Store) -> int | None:
    with store.reader() as s:
        return read_cursor(s)


def _set(session: Session, key: str, value: str) -> None:
    session.merge(StoreMeta(key=key, value=value))


def pending_fields(session: Session, row_ids: Iterable[str] | None = None) -> PendingFields:
    """Fields with a local change the server has not acknowledged, per (table, row id)."""
    out: PendingFields = {}
    query = select(col(OutboxEntry.tbl), col(OutboxEntry.row_id), col(OutboxEntry.changes)).where(
        col(OutboxEntry.acked) == False
    )
    if row_ids is None:
        batches: Iterable[Sequence[str] | None] = [None]
    else:
        ids = sorted(set(row_ids))
        batches = [ids[i : i + _CHUNK] for i in range(0, len(ids), _CHUNK)]
    for chunk in batches:
        q = query if chunk is None else query.where(col(OutboxEntry.row_id).in_(chunk))
        for tbl, row_id, changes in session.execute(q):
            out.setdefault((tbl, row_id), set()).update(json.loads(changes))
    return out


def _node(stamp: str) -> str:
    try:
        return Timestamp.parse(stamp).node
    except ValueError:
        return ""


def _concurrent(
    session: Session, change: Change, mine: set[str], device_id: str, *, snapshot: bool
) -> Callable[[str], bool]:
    """The device-side predicate: the field has an unsent local change, and the incoming value is not this
    device's own.

    A snapshot row carries every field, including values this device saw long ago and then edited: there
    only an incoming value that wins (newer than the local edit, so the editor cannot have seen it) counts.
    A local edit that wins over an older snapshot value is left for the server to judge when it arrives.
    """
    if not mine:
        return lambda _f: False
    local: dict[str, str] = load_clocks(session, change.table, change.row_id) if snapshot else {}

    def concurrent(name: str) -> bool:
        if name not in mine:
            return False
        theirs = change.hlc_of(name)
        if _node(theirs) == device_id:
            return False
        return not snapshot or theirs > local.get(name, local.get(ROW_CLOCK, ""))

    return concurrent


def merge_changes(
    store: Store,
    session: Session,
    changes: Sequence[Change],
    *,
    snapshot: bool = False,
    server_seqs: Sequence[int | None] | None = None,
) -> tuple[int, int]:
    """Merge ``changes`` in ``session`` (a remote session); returns (changes merged, conflict rows made).

    Pulled changes (not a snapshot's rows) that set anything here are kept in ``received_change`` for the
    record history, with ``server_seqs`` (one per change) when known."""
    pending = pending_fields(session, (c.row_id for c in changes))
    conflicts = 0
    received: list[ReceivedChange] = []
    for index, change in enumerate(changes):
        absorb(store, max([change.hlc, *change.field_hlcs.values()]))
        mine = pending.get((change.table, change.row_id), set())
        outcome, made = apply_change(
            session,
            change,
            concurrent=_concurrent(session, change, mine, store.device_id, snapshot=snapshot),
            stamp=store.clock.now,
        )
        if made:
            record_conflicts(store, session, made)
            conflicts += len(made)
        if not snapshot and outcome.applied:
            received.append(_received(change, outcome.applied, server_seqs[index] if server_seqs else None))
    session.add_all(received)
    return len(changes), conflicts


def _received(change: Change, applied: dict[str, object], server_seq: int | None) -> ReceivedChange:
    """The history entry of a pulled change: the fields it set, stamped with their newest clock."""
    newest = max(change.hlc_of(name) for name in applied)
    return ReceivedChange(
        tbl=change.table,
        row_id=change.row_id,
        op=change.op,
        changes=json.dumps(applied, ensure_ascii=False, separators=(",", ":"), default=str),
        hlc=newest,
        user=change.user,
        device=_node(newest),
        server_seq=server_seq,
    )


def record_conflicts(store: Store, session: Session, made: list[ConflictEntry]) -> None:
    """Write conflict rows the merge made through the capture triggers, so they are pushed like local edits.

    ``apply_change`` has added them to the session; they are taken out, the merge's own writes are flushed
    uncaptured, and the conflict rows are flushed again with capture on (same transaction).
    """
    for entry in made:
        session.expunge(entry)
    with store.capturing(session):
        session.add_all(made)
    for entry in made:
        logger.info(
            "conflict on %s %s.%s: kept %s, logged %s",
            entry.tbl,
            entry.row_id,
            entry.field,
            entry.winner_hlc,
            entry.loser_hlc,
        )


def apply_page(
    store: Store, page: PullPage, *, before_commit: Callable[[], object] | None = None
) -> ApplyResult:
    """Merge one pull page and move the cursor, in one transaction. ``refetch`` pages are not for here."""
    if page.refetch:
        raise ValueError("a refetch page carries no changes: take a snapshot")
    with store.remote_session("sync") as s:
        cursor = read_cursor(s) or 0
        if page.next < cursor:
            return ApplyResult(cursor=cursor, skipped=True)
        wanted = [wc for wc in page.changes if wc.s is None or wc.s > cursor]
        changes = [Change.from_wire(wc) for wc in wanted]
        applied, conflicts = merge_changes(store, s, changes, server_seqs=[wc.s for wc in wanted])
        new_cursor = max(cursor, page.next)
        at_head = not page.more and new_cursor >= page.head
        _set(s, META_CURSOR, str(new_cursor))
        _set(s, META_HEAD, str(page.head))
        _set(s, META_AT_HEAD, "1" if at_head else "0")
        save_clock(store, s)
        if before_commit is not None:
            before_commit()
    return ApplyResult(applied=applied, conflicts=conflicts, cursor=new_cursor, at_head=at_head)


def snapshot_changes(snapshot: Snapshot) -> list[Change]:
    changes = []
    for row in snapshot.rows:
        fields = dict(row.f)
        changes.append(
            Change(
                table=row.t,
                row_id=row.id,
                op="insert",
                fields=fields,
                hlc=row.h,
                field_hlcs={k: v for k, v in row.fh.items() if k != "*"},
                user=str(fields.get("updated_by") or ""),
                township_code=str(fields.get("township_code") or ""),
            )
        )
    return changes


def apply_snapshot(store: Store, snapshot: Snapshot) -> ApplyResult:
    """Merge every row of a snapshot (keeping local unsent changes: they are newer or stay pending) and set
    the cursor to the snapshot's sequence, in one transaction. An older snapshot than the cursor is skipped.
    """
    with store.remote_session("sync") as s:
        cursor = read_cursor(s)
        if cursor is not None and snapshot.seq < cursor:
            return ApplyResult(cursor=cursor, skipped=True)
        absorb(store, snapshot.server_hlc)
        applied, conflicts = merge_changes(store, s, snapshot_changes(snapshot), snapshot=True)
        _set(s, META_CURSOR, str(snapshot.seq))
        _set(s, META_HEAD, str(snapshot.seq))
        _set(s, META_AT_HEAD, "0")
        save_clock(store, s)
    logger.info("snapshot applied: %d rows, cursor %d", applied, snapshot.seq)
    return ApplyResult(applied=applied, conflicts=conflicts, cursor=snapshot.seq)
