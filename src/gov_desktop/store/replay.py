"""Replaying captured changes (outbox rows) onto another store.

The outbox holds, for every write to a synced row, the changed fields with their wire values and the HLC of
the change. Applied in ``seq`` order to an empty store, the entries rebuild every synced row exactly, which
is what sync relies on (and what ``tests/store/test_replay_property.py`` proves for every write path).

Each entry is applied whole, row by row, with no conflict handling: an entry whose HLC is not newer than
the row's is skipped, so replaying the same entries twice changes nothing. The per-field merge of
concurrent writes from several devices is ``sync/merge.py``'s job.
"""

from __future__ import annotations

import json
import logging
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlmodel import Session, col, select

from ..core.models import TABLES_BY_NAME, SyncedTable
from ..core.wire import decode_fields
from .engine import Store
from .tables import OutboxEntry

logger = logging.getLogger(__name__)


class ReplayError(Exception):
    """An entry cannot be applied: unknown table or column, or a change to a row that does not exist."""


@dataclass
class RowCache:
    """The target rows a replay works on, loaded up front (one query per table, not one per entry)."""

    rows: dict[tuple[str, str], SyncedTable] = field(default_factory=dict)
    #: tables whose rows mentioned by the entries are all in ``rows`` (absent there = absent in the store)
    tables: set[str] = field(default_factory=set)

    @classmethod
    def load(cls, session: Session, entries: Sequence[OutboxEntry]) -> RowCache:
        cache = cls()
        wanted: dict[str, set[str]] = defaultdict(set)
        for entry in entries:
            wanted[entry.tbl].add(entry.row_id)
        for name, ids in wanted.items():
            table = TABLES_BY_NAME.get(name)
            if table is None:
                continue  # apply_entry reports it
            id_list = sorted(ids)
            for start in range(0, len(id_list), _CHUNK):
                chunk = id_list[start : start + _CHUNK]
                for row in session.exec(select(table).where(col(table.id).in_(chunk))).all():
                    cache.rows[(name, row.id)] = row
            cache.tables.add(name)
        return cache


_CHUNK = 500


def apply_entry(session: Session, entry: OutboxEntry, cache: RowCache | None = None) -> bool:
    """Apply one outbox entry in ``session`` (a remote session: capture off). True when it changed a row.

    ``cache`` (``RowCache.load`` of all the entries of one replay) spares a query and a flush per entry;
    the session writes every row at its next flush.
    """
    table = TABLES_BY_NAME.get(entry.tbl)
    if table is None:
        raise ReplayError(f"outbox entry {entry.seq}: unknown table {entry.tbl!r}")
    try:
        changes: dict[str, Any] = json.loads(entry.changes or "{}")
        fields = decode_fields(table, changes)
    except (KeyError, ValueError, TypeError) as exc:
        raise ReplayError(f"outbox entry {entry.seq} ({entry.tbl}): bad changes: {exc}") from exc
    fields.pop("id", None)
    fields.pop("hlc", None)
    key = (entry.tbl, entry.row_id)
    if cache is not None and entry.tbl in cache.tables:
        row = cache.rows.get(key)  # the cache holds every row of this table the entries mention
    else:
        with session.no_autoflush:
            row = session.get(table, entry.row_id)
    if row is None:
        if entry.op != "insert":
            raise ReplayError(
                f"outbox entry {entry.seq}: {entry.op} of a missing {entry.tbl} row {entry.row_id}"
            )
        row = table(id=entry.row_id, hlc=entry.hlc, **fields)
        session.add(row)
        applied = True
    elif row.hlc and row.hlc >= entry.hlc:
        applied = False  # applied already
    else:
        for name, value in fields.items():
            setattr(row, name, value)
        row.hlc = entry.hlc
        applied = True
    if cache is not None:
        cache.rows[key] = row
    return applied


def replay_outbox(entries: Iterable[OutboxEntry], target_store: Store) -> int:
    """Apply ``entries`` in ``seq`` order onto ``target_store`` in one remote transaction (all or nothing).

    Returns how many entries changed a row. The target's capture is off during the replay, so nothing lands
    in its outbox; derived columns (pinyin keys) are recomputed by the capture hook as rows are written.
    """
    applied = 0
    ordered = sorted(entries, key=lambda e: e.seq or 0)
    with target_store.remote_session() as session:
        cache = RowCache.load(session, ordered)
        for entry in ordered:
            if apply_entry(session, entry, cache):
                applied += 1
    logger.info("replayed %d outbox entries onto %s", applied, target_store.path)
    return applied


def read_outbox(store: Store, *, after_seq: int = 0) -> list[OutboxEntry]:
    """The store's outbox entries after ``after_seq``, oldest first (detached, safe to pass around)."""
    with store.reader() as session:
        query = select(OutboxEntry).where(col(OutboxEntry.seq) > after_seq).order_by(col(OutboxEntry.seq))
        return list(session.exec(query).all())
