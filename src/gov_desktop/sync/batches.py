"""Push batches: formed from the outbox, stored before their first send, acknowledged or quarantined.

A batch is made once and then never changes: its exact gzip body is stored (``SyncBatch``) and its
outbox rows are marked with its id in the same local transaction, before anything is sent. Every retry,
online or through a USB bundle, sends the same bytes under the same id, so the server's idempotency on
``batch_id`` makes resending safe. The acknowledgement (outbox rows acked, batch acked, rejected changes
quarantined) is again one transaction.

Batches are capped in compressed bytes. ``BatchPlanner`` collapses the pending outbox (repeated writes to
a field keep the newest value, each field with its own stamp) and cuts it into batches of the size the
engine asks for.
"""

from __future__ import annotations

import gzip
import itertools
import json
import logging
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select, update
from sqlmodel import Session, col

from ..core.clock import utcnow
from ..core.ids import uuid7
from ..core.models import TABLES_BY_NAME
from ..core.wire import canonical_fields
from ..store.engine import Store
from ..store.tables import OutboxEntry, QuarantineEntry, StoreMeta, SyncBatch
from .errors import sync_message
from .merge import collapse
from .protocol import MAX_BODY_BYTES, MAX_CHANGES_PER_BATCH, PushRequest, PushResponse, WireChange
from .transport import gzip_json

logger = logging.getLogger(__name__)

STATE_PENDING = "pending"
STATE_BUNDLED = "bundled"  # written into a USB bundle, not yet acknowledged (still sent online)
STATE_ACKED = "acked"
UNSENT_STATES = (STATE_PENDING, STATE_BUNDLED)

META_HLC_SEEN = "hlc_seen"  # read by the store at open: the clock never restarts below it
#: the raw JSON of a batch stays well below the server's decompressed limit
MAX_RAW_BYTES = MAX_BODY_BYTES // 2
#: first guess of compressed/raw size; refined from every batch built and remembered (``META_RATIO``)
INITIAL_RATIO = 0.3
#: store_meta key: the compressed/raw ratio of the last batch built, the next run's first guess (a wrong
#: guess costs a round trip: 1,000 visits compress to 0.13 and fit one 64 KiB batch, at 0.3 they take two)
META_RATIO = "batch_gzip_ratio"
_CHUNK = 500  # ids per IN (...) list


class BatchRace(Exception):
    """Another sync run (another process) batched some of the same outbox rows first; plan again."""


@dataclass(frozen=True)
class _Planned:
    change: WireChange
    size: int  # bytes of its JSON
    seqs: tuple[int, ...]


def _chunks(items: Sequence[Any], size: int = _CHUNK) -> Iterable[Sequence[Any]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


class BatchPlanner:
    """The pending outbox rows not yet in a batch (as of construction), collapsed, cut into stored batches."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.ratio = _remembered_ratio(store)
        self._planned: list[_Planned] = []
        self._pos = 0
        self.batch_user = ""
        self.batch_township = ""
        self._load()

    @property
    def remaining(self) -> int:
        return len(self._planned) - self._pos

    def _load(self) -> None:
        with self.store.reader() as s:
            rows = s.execute(
                select(
                    col(OutboxEntry.seq),
                    col(OutboxEntry.tbl),
                    col(OutboxEntry.row_id),
                    col(OutboxEntry.op),
                    col(OutboxEntry.changes),
                    col(OutboxEntry.hlc),
                    col(OutboxEntry.user),
                )
                .where(col(OutboxEntry.acked) == False, col(OutboxEntry.batch_id).is_(None))
                .order_by(col(OutboxEntry.seq))
            ).all()
            if not rows:
                return
            # booleans as true/false: the triggers capture SQLite's 0/1 (see ``canonical_fields``)
            decoded = [(r, _canonical(r.tbl, json.loads(r.changes))) for r in rows]
            townships = _row_townships(
                s, {(r.tbl, r.row_id) for r, fields in decoded if "township_code" not in fields}
            )
        seqs: dict[tuple[str, str], list[int]] = {}
        by_row: dict[tuple[str, str], list[tuple[str, str, str, dict[str, Any], str, str, str]]] = {}
        for r, fields in decoded:
            key = (r.tbl, r.row_id)
            seqs.setdefault(key, []).append(int(r.seq))
            township = fields.get("township_code") or townships.get(key, "")
            by_row.setdefault(key, []).append((r.tbl, r.row_id, r.op, fields, r.hlc, r.user, township))
        # a row's insert leads its changes even when queued after an edit (a quarantined insert resent after
        # the fix): the receiver must create the row from it
        entries = [e for rows in by_row.values() for e in sorted(rows, key=lambda e: e[2] != "insert")]
        changes = collapse(entries)
        self.batch_user = _most_common(c.user for c in changes)
        self.batch_township = _most_common(c.township_code for c in changes)
        for change in changes:
            wire = change.to_wire(batch_user=self.batch_user, batch_township=self.batch_township)
            size = len(wire.model_dump_json(exclude_none=True).encode("utf-8")) + 1
            self._planned.append(_Planned(wire, size, tuple(seqs[(change.table, change.row_id)])))

    def form(
        self, cap_bytes: int, *, cursor: int, pull_limit_if_last: int = 0, max_changes: int | None = None
    ) -> SyncBatch | None:
        """Store the next batch of at most about ``cap_bytes`` compressed (always at least one change)."""
        if self.remaining <= 0:
            return None
        limit = min(MAX_CHANGES_PER_BATCH, max_changes or MAX_CHANGES_PER_BATCH)
        budget = cap_bytes / max(self.ratio, 0.01)
        count, raw = 0, 0
        for planned in itertools.islice(self._planned, self._pos, None):
            if count and (
                raw + planned.size > budget or raw + planned.size > MAX_RAW_BYTES or count >= limit
            ):
                break
            count += 1
            raw += planned.size
        batch_id = uuid7()
        for _ in range(6):
            last = self._pos + count >= len(self._planned)
            request = PushRequest(
                device_id=self.store.device_id,
                batch_id=batch_id,
                user=self.batch_user,
                township=self.batch_township,
                changes=[p.change for p in self._planned[self._pos : self._pos + count]],
                cursor=cursor,
                hlc=self.store.clock.now(),
                pull_limit=pull_limit_if_last if last else 0,
            )
            raw_body = request.model_dump_json(exclude_none=True).encode("utf-8")
            body = gzip_json(raw_body)
            self.ratio = min(1.0, max(0.01, len(body) / len(raw_body)))
            if len(body) <= cap_bytes * 1.15 or count == 1:
                break
            count = max(1, int(count * cap_bytes / len(body) * 0.9))
        chosen = self._planned[self._pos : self._pos + count]
        seqs = sorted(seq for p in chosen for seq in p.seqs)
        batch = store_batch(self.store, batch_id, body, seqs, count, ratio=self.ratio)
        self._pos += count
        return batch


def _remembered_ratio(store: Store) -> float:
    try:
        ratio = float(store.get_meta(META_RATIO, str(INITIAL_RATIO)))
    except ValueError:
        return INITIAL_RATIO
    return min(1.0, max(0.01, ratio))


def _canonical(table: str, fields: dict[str, Any]) -> dict[str, Any]:
    model = TABLES_BY_NAME.get(table)
    return canonical_fields(model, fields) if model is not None else fields


def _most_common(values: Iterable[str]) -> str:
    counts = Counter(values)
    return counts.most_common(1)[0][0] if counts else ""


def _row_townships(session: Session, keys: set[tuple[str, str]]) -> dict[tuple[str, str], str]:
    """township_code of existing rows (updates do not repeat it in the outbox)."""
    by_table: dict[str, list[str]] = {}
    for table, row_id in keys:
        by_table.setdefault(table, []).append(row_id)
    out: dict[tuple[str, str], str] = {}
    for table, ids in by_table.items():
        model = TABLES_BY_NAME.get(table)
        if model is None:
            continue
        for chunk in _chunks(ids):
            for row_id, township in session.execute(
                select(col(model.id), col(model.township_code)).where(col(model.id).in_(chunk))
            ):
                out[(table, row_id)] = township
    return out


# --- storing, listing, unforming --------------------------------------------------------------------


def store_batch(
    store: Store,
    batch_id: str,
    body: bytes,
    seqs: Sequence[int],
    change_count: int,
    *,
    ratio: float | None = None,
) -> SyncBatch:
    """Record the batch and claim its outbox rows, in one transaction, before the first send.

    ``ratio``: the batch's compressed/raw size, remembered as the next planner's first guess."""
    batch = SyncBatch(
        batch_id=batch_id,
        body=body,
        first_seq=seqs[0] if seqs else 0,
        last_seq=seqs[-1] if seqs else 0,
        change_count=change_count,
        state=STATE_PENDING,
    )
    with store.remote_session("sync") as s:
        s.add(batch)
        claimed = 0
        for chunk in _chunks(seqs):
            result = s.execute(
                update(OutboxEntry)
                .where(col(OutboxEntry.seq).in_(chunk), col(OutboxEntry.batch_id).is_(None))
                .values(batch_id=batch_id)
            )
            claimed += int(getattr(result, "rowcount", 0))
        if claimed != len(seqs):
            raise BatchRace(f"batch {batch_id}: claimed {claimed} of {len(seqs)} outbox rows")
        if ratio is not None:
            store.set_meta(META_RATIO, f"{ratio:.4f}", session=s)
    logger.debug("stored batch %s: %d changes, %d bytes", batch_id, change_count, len(body))
    return batch


def unsent_batches(store: Store) -> list[SyncBatch]:
    """Stored batches not yet acknowledged, oldest first (uuid7 ids sort by creation)."""
    with store.reader() as s:
        return list(
            s.execute(
                select(SyncBatch)
                .where(col(SyncBatch.state).in_(UNSENT_STATES))
                .order_by(col(SyncBatch.created_at), col(SyncBatch.batch_id))
            ).scalars()
        )


def has_unbatched(store: Store) -> bool:
    with store.reader() as s:
        return (
            s.execute(
                select(col(OutboxEntry.seq))
                .where(col(OutboxEntry.acked) == False, col(OutboxEntry.batch_id).is_(None))
                .limit(1)
            ).first()
            is not None
        )


def unform_from(store: Store, batch: SyncBatch) -> int:
    """Give ``batch`` and every unsent batch after it back to the outbox (to be planned again, smaller).

    Only for a batch the server refused as a whole without applying it (413), or one that keeps timing
    out: even if an earlier attempt was applied after all, resending its changes under new ids is harmless
    (the merge ignores a change it already holds: equal stamps). Later batches go back too, so the changes
    of one row stay in order.
    """
    unsent = [b.batch_id for b in unsent_batches(store)]
    start = unsent.index(batch.batch_id) if batch.batch_id in unsent else len(unsent)
    ids = sorted({batch.batch_id, *unsent[start:]})
    with store.remote_session("sync") as s:
        s.execute(
            update(OutboxEntry)
            .where(col(OutboxEntry.batch_id).in_(ids), col(OutboxEntry.acked) == False)
            .values(batch_id=None)
        )
        for batch_id in ids:
            row = s.get(SyncBatch, batch_id)
            if row is not None:
                s.delete(row)
    logger.info("unformed %d batch(es) from %s to split them", len(ids), batch.batch_id)
    return len(ids)


def note_attempt(store: Store, batch_id: str, error: str = "") -> None:
    """Count a send (before it goes out, so a crash mid-send still shows the batch was possibly sent)."""
    with store.remote_session("sync") as s:
        row = s.get(SyncBatch, batch_id)
        if row is None:
            return
        if error:
            row.last_error = error[:500]
        else:
            row.attempts += 1
            row.sent_at = row.sent_at or utcnow()


def mark_bundled(store: Store, batch_ids: Sequence[str]) -> None:
    with store.remote_session("sync") as s:
        for chunk in _chunks(batch_ids):
            s.execute(
                update(SyncBatch)
                .where(col(SyncBatch.batch_id).in_(chunk), col(SyncBatch.state) == STATE_PENDING)
                .values(state=STATE_BUNDLED)
            )


def batch_request(batch: SyncBatch) -> dict[str, Any]:
    """The stored body as the ``PushRequest`` dict it encodes."""
    doc: dict[str, Any] = json.loads(gzip.decompress(batch.body))
    return doc


# --- acknowledgement ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class AckResult:
    batch_id: str
    #: False: the batch was unknown or already acknowledged (a replayed answer); nothing changed
    acked: bool
    changes: int = 0
    quarantined: int = 0


def acknowledge(store: Store, response: PushResponse) -> AckResult:
    """Apply a push answer: outbox rows and batch acked, rejected changes quarantined, clock absorbed.

    One transaction; idempotent (a second answer for the same batch changes nothing).
    """
    with store.remote_session("sync") as s:
        batch = s.get(SyncBatch, response.batch_id)
        if batch is None or batch.state == STATE_ACKED:
            return AckResult(response.batch_id, acked=False)
        rejected = [r for r in response.results if r.s == "rejected"]
        if rejected:
            changes = batch_request(batch).get("changes", [])
            for result in rejected:
                wire = changes[result.i] if 0 <= result.i < len(changes) else {}
                code = result.code or "sync.rejected"
                _quarantine(s, batch.batch_id, wire, code, result.field or "", result.message or "")
        _ack_batch(s, batch)
        absorb(store, response.server_hlc, s)
        count = batch.change_count
    if rejected:
        logger.warning("batch %s: %d change(s) rejected and quarantined", response.batch_id, len(rejected))
    return AckResult(response.batch_id, acked=True, changes=count, quarantined=len(rejected))


def quarantine_batch(store: Store, batch: SyncBatch, code: str, message: str) -> AckResult:
    """The server refused the whole batch (a 4xx): quarantine every change so nothing behind it is blocked."""
    with store.remote_session("sync") as s:
        row = s.get(SyncBatch, batch.batch_id)
        if row is None or row.state == STATE_ACKED:
            return AckResult(batch.batch_id, acked=False)
        changes = batch_request(row).get("changes", [])
        for wire in changes:
            _quarantine(s, row.batch_id, wire, code, "", message)
        _ack_batch(s, row)
    logger.warning(
        "batch %s refused as a whole (%s): %d change(s) quarantined", batch.batch_id, code, len(changes)
    )
    return AckResult(batch.batch_id, acked=True, changes=len(changes), quarantined=len(changes))


def _quarantine(s: Session, batch_id: str, wire: dict[str, Any], code: str, field: str, message: str) -> None:
    s.add(
        QuarantineEntry(
            batch_id=batch_id,
            tbl=str(wire.get("t", "")),
            row_id=str(wire.get("id", "")),
            change=json.dumps(wire, ensure_ascii=False),
            code=code[:60],
            field=field[:60],
            message=(message or sync_message("sync.rejected", reason=code))[:500],
        )
    )


def _ack_batch(s: Session, batch: SyncBatch) -> None:
    s.execute(update(OutboxEntry).where(col(OutboxEntry.batch_id) == batch.batch_id).values(acked=True))
    batch.state = STATE_ACKED
    batch.acked_at = utcnow()
    batch.last_error = ""
    batch.body = b""  # the outbox keeps the history; the bytes were only needed for resending


def absorb(store: Store, stamp: str, session: Session | None = None) -> None:
    """Let the clock absorb a received stamp and persist how far it got (in ``session`` when given)."""
    if not stamp:
        return
    try:
        store.clock.absorb(stamp)
    except ValueError:
        logger.warning("unreadable HLC from the server: %r", stamp)
        return
    if session is not None:
        save_clock(store, session)


def save_clock(store: Store, session: Session) -> None:
    """Persist the clock's position: after a restart it continues above every stamp seen so far."""
    session.merge(StoreMeta(key=META_HLC_SEEN, value=store.clock.peek()))


def pending_count(session: Session) -> int:
    return int(
        session.execute(
            select(func.count()).select_from(OutboxEntry).where(col(OutboxEntry.acked) == False)
        ).scalar_one()
    )
