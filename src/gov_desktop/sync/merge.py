"""The merge rule, defined once for the client, the server and USB bundle imports.

Per-field last-writer-wins by hybrid logical clock. HLC stamps end in the writing device's id, so two
writes in the same millisecond and counter are ordered by device id: every replica picks the same winner.
A tombstone is the field ``deleted`` like any other, so a delete and a concurrent edit both survive in
the LWW sense (the row stays deleted or not by its own stamp, the edit lands either way).

When a write loses to a *concurrent* write of the same field — one its writer had not seen — the losing
value goes into the conflict log (``ConflictEntry``), which syncs like any township row. The entry names the
user who wrote each value: a field's clock (``FieldClock``) keeps its writer (``by``), since the row's
``updated_by`` is whoever changed any of its fields last. Who decides
"concurrent" depends on where the merge runs, so the caller passes a predicate:

* the server: the field was last changed by another device after the pushing device's pull cursor;
* a device pulling: the field has a local change not yet acknowledged by the server.
"""

from __future__ import annotations

import dataclasses
import json
import logging
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, field
from typing import Any

from pydantic_core import PydanticUndefined
from sqlalchemy import delete, select
from sqlalchemy.orm import Session
from sqlmodel import col

from ..core.hlc import hlc_datetime
from ..core.models import TABLES_BY_NAME, ConflictEntry, FieldClock, SyncedTable
from ..core.wire import canonical_fields, decode_fields, encode
from .protocol import OP_FROM_WIRE, OP_NAMES, WireChange

logger = logging.getLogger(__name__)

#: never sent: the key, the stamp and times derived from it, the writer (sent as the change's user)
NOT_ON_WIRE = frozenset({"id", "hlc", "created_at", "updated_at", "updated_by", "township_code"})
ROW_CLOCK = "*"


@dataclass(frozen=True)
class Change:
    """One change of one row, decoded from the wire or collapsed from the outbox."""

    table: str
    row_id: str
    op: str  # insert / update / delete
    fields: dict[str, Any]  # wire values
    hlc: str
    field_hlcs: dict[str, str] = field(default_factory=dict)
    user: str = ""
    device: str = ""
    township_code: str = ""

    def hlc_of(self, name: str) -> str:
        return self.field_hlcs.get(name, self.hlc)

    def to_wire(
        self, *, batch_user: str = "", batch_township: str = "", seq: int | None = None
    ) -> WireChange:
        fields = self.fields
        if self.op == "insert":
            fields = compact_insert(self.table, fields)
        fh = {k: v for k, v in self.field_hlcs.items() if k in fields and v != self.hlc} or None
        return WireChange(
            t=self.table,
            id=self.row_id,
            op=OP_NAMES[self.op],
            f=fields,
            h=self.hlc,
            fh=fh,
            u=self.user if self.user != batch_user else None,
            tc=self.township_code if self.township_code != batch_township else None,
            s=seq,
        )

    @classmethod
    def from_wire(
        cls, wc: WireChange, *, batch_user: str = "", batch_township: str = "", device: str = ""
    ) -> Change:
        return cls(
            table=wc.t,
            row_id=wc.id,
            op=OP_FROM_WIRE[wc.op],
            fields=dict(wc.f),
            hlc=wc.h,
            field_hlcs=dict(wc.fh or {}),
            user=wc.u if wc.u is not None else batch_user,
            device=device,
            township_code=wc.tc if wc.tc is not None else batch_township,
        )


def _defaults(table: type[SyncedTable]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, info in table.model_fields.items():
        if info.default is not PydanticUndefined:
            out[name] = encode(info.default)
        elif info.default_factory is not None and name not in ("id", "created_at", "updated_at"):
            out[name] = encode(info.default_factory())  # type: ignore[call-arg]
    return out


_DEFAULTS_CACHE: dict[str, dict[str, Any]] = {}


def column_defaults(table_name: str) -> dict[str, Any]:
    if table_name not in _DEFAULTS_CACHE:
        _DEFAULTS_CACHE[table_name] = _defaults(TABLES_BY_NAME[table_name])
    return _DEFAULTS_CACHE[table_name]


def compact_insert(table_name: str, fields: dict[str, Any]) -> dict[str, Any]:
    """Leave out fields equal to their column default (the receiver fills them back in)."""
    defaults = column_defaults(table_name)
    sentinel = object()
    return {k: v for k, v in fields.items() if defaults.get(k, sentinel) != v}


def wire_fields(fields: dict[str, Any]) -> dict[str, Any]:
    """The fields of a captured change that travel (see ``NOT_ON_WIRE``)."""
    return {k: v for k, v in fields.items() if k not in NOT_ON_WIRE}


@dataclass(frozen=True)
class LostValue:
    field: str
    winner_value: Any
    winner_hlc: str
    winner_by: str
    loser_value: Any
    loser_hlc: str
    loser_by: str


@dataclass
class MergeOutcome:
    applied: dict[str, Any] = field(default_factory=dict)
    applied_hlcs: dict[str, str] = field(default_factory=dict)
    #: incoming fields that lost to a newer local value
    stale: list[str] = field(default_factory=list)
    conflicts: list[LostValue] = field(default_factory=list)
    created: bool = False

    @property
    def status(self) -> str:
        if not self.stale:
            return "applied"
        return "merged" if self.applied else "stale"


def merge_fields(
    change: Change,
    local_values: dict[str, Any] | None,
    local_clocks: dict[str, str],
    *,
    local_writers: dict[str, str] | None = None,
    local_by: str = "",
    concurrent: Callable[[str], bool] = lambda _f: False,
) -> MergeOutcome:
    """Decide, field by field, whether ``change`` wins over the local row. Pure: touches no database.

    ``local_values`` are wire values (None: no local row); ``local_clocks`` maps field → HLC, with ``"*"``
    for fields last written by the row's insert. ``local_writers`` maps the same keys to the user who wrote
    that value; where it is unknown (entries older than the column) ``local_by``, the row's last writer, is
    named instead.
    """
    outcome = MergeOutcome(created=local_values is None)
    if local_values is None:
        values = {**column_defaults(change.table), **change.fields}
        for name, value in values.items():
            if name in NOT_ON_WIRE:
                continue
            outcome.applied[name] = value
            outcome.applied_hlcs[name] = change.hlc_of(name)
        return outcome
    base = local_clocks.get(ROW_CLOCK, "")
    writers = local_writers or {}

    def writer_of(name: str) -> str:
        # a field without its own clock was last written by the row's insert: that entry names the writer
        return writers.get(name if name in local_clocks else ROW_CLOCK) or local_by

    for name, value in change.fields.items():
        if name in NOT_ON_WIRE:
            continue
        theirs = change.hlc_of(name)
        mine = local_clocks.get(name, base)
        current = local_values.get(name)
        if theirs > mine:
            outcome.applied[name] = value
            outcome.applied_hlcs[name] = theirs
            if mine and current != value and concurrent(name):
                outcome.conflicts.append(
                    LostValue(name, value, theirs, change.user, current, mine, writer_of(name))
                )
        elif theirs < mine:
            outcome.stale.append(name)
            if current != value and concurrent(name):
                outcome.conflicts.append(
                    LostValue(name, current, mine, writer_of(name), value, theirs, change.user)
                )
        # equal stamps: the same write seen twice — nothing to do
    return outcome


def load_clocks(session: Session, table: str, row_id: str) -> dict[str, str]:
    """Field → HLC of the row's field clocks (``"*"``: the insert)."""
    return load_field_clocks(session, table, row_id)[0]


def load_field_clocks(session: Session, table: str, row_id: str) -> tuple[dict[str, str], dict[str, str]]:
    """(field → HLC, field → writer) of the row's field clocks; writers unknown ("") are left out."""
    rows = session.execute(
        select(col(FieldClock.field), col(FieldClock.hlc), col(FieldClock.by)).where(
            col(FieldClock.tbl) == table, col(FieldClock.row_id) == row_id
        )
    )
    clocks: dict[str, str] = {}
    writers: dict[str, str] = {}
    for name, stamp, by in rows:
        clocks[name] = stamp
        if by:
            writers[name] = by
    return clocks, writers


def save_clocks(
    session: Session,
    table: str,
    row_id: str,
    clocks: dict[str, str],
    *,
    replace: bool,
    by: str = "",
    stored: Collection[str] | None = None,
) -> None:
    """Record the stamps of fields just written by ``by`` (the change's user).

    ``stored``: the fields that have a clock in the database now, when the caller knows (after ``replace``
    there are none). A field known to have none is simply added (no lookup); the others are merged, which
    costs a lookup unless the caller loaded the clock into the session. Unknown (None): every one is merged.
    """
    if replace:
        if stored is None or stored:
            session.execute(
                delete(FieldClock).where(col(FieldClock.tbl) == table, col(FieldClock.row_id) == row_id)
            )
        stored = ()
    for name, stamp in clocks.items():
        entry = FieldClock(tbl=table, row_id=row_id, field=name, hlc=stamp, by=by)
        if stored is not None and name not in stored:
            session.add(entry)
        else:
            session.merge(entry)


class _Unknown:
    """The type of ``UNKNOWN``: no row passed, the merge fetches it."""


UNKNOWN = _Unknown()


def _wire_row(row: SyncedTable) -> dict[str, Any]:
    return {c.name: encode(getattr(row, c.name)) for c in row.__table__.columns}  # type: ignore[attr-defined]


def apply_change(
    session: Session,
    change: Change,
    *,
    concurrent: Callable[[str], bool] = lambda _f: False,
    stamp: Callable[[], str] | None = None,
    row: SyncedTable | _Unknown | None = UNKNOWN,
    stored_clocks: tuple[dict[str, str], dict[str, str]] | None = None,
) -> tuple[MergeOutcome, list[ConflictEntry]]:
    """Merge ``change`` into the database of ``session`` and return the outcome and the conflict rows made.

    The session must be one that does not capture (a store's remote session, or the server's).
    ``stamp`` gives HLC stamps for conflict rows (required when ``concurrent`` can say yes).

    A caller that has already fetched the row may pass it (``row``; None: there is none), and with it the
    row's field clocks as ``load_field_clocks`` would return them (``stored_clocks``; for a row that is
    not there: none left behind). Both must be current (nothing in the session has changed them since):
    the merge then asks the database nothing, and a new row's clocks are added without a delete first.
    """
    model = TABLES_BY_NAME[change.table]
    fields = canonical_fields(model, change.fields)
    if fields is not change.fields:
        change = dataclasses.replace(change, fields=fields)
    if isinstance(row, _Unknown):
        row = session.get(model, change.row_id)
        stored_clocks = None
    clocks: dict[str, str] = {}
    writers: dict[str, str] = {}
    if row is not None:
        clocks, writers = (
            (dict(stored_clocks[0]), stored_clocks[1])
            if stored_clocks is not None
            else load_field_clocks(session, change.table, change.row_id)
        )
    # the fields with a clock in the database (None: unknown); a missing row's are replaced wholesale
    stored = set(stored_clocks[0]) if stored_clocks is not None else None
    if row is not None and not clocks:
        clocks = {ROW_CLOCK: row.hlc}
    outcome = merge_fields(
        change,
        _wire_row(row) if row is not None else None,
        clocks,
        local_writers=writers,
        local_by=row.updated_by if row is not None else "",
        concurrent=concurrent,
    )
    if outcome.applied:
        decoded = decode_fields(model, outcome.applied)
        newest = max(outcome.applied_hlcs.values())
        if row is None:
            # every bookkeeping column given: no default factory runs
            row = model(
                **decoded,
                id=change.row_id,
                township_code=change.township_code,
                hlc=newest,
                created_at=hlc_datetime(change.hlc),
                updated_at=hlc_datetime(newest),
                updated_by=change.user,
            )
            session.add(row)
            per_field = {k: v for k, v in outcome.applied_hlcs.items() if v != change.hlc}
            save_clocks(
                session,
                change.table,
                change.row_id,
                {ROW_CLOCK: change.hlc, **per_field},
                replace=True,
                by=change.user,
                stored=stored,
            )
        else:
            for name, value in decoded.items():
                setattr(row, name, value)
            if newest > row.hlc:
                row.hlc = newest
                row.updated_at = hlc_datetime(newest)
                row.updated_by = change.user
            save_clocks(
                session,
                change.table,
                change.row_id,
                outcome.applied_hlcs,
                replace=False,
                by=change.user,
                stored=stored,
            )
    made: list[ConflictEntry] = []
    for lost in outcome.conflicts:
        if stamp is None:
            raise ValueError("a conflict needs a clock to stamp its log entry")
        hlc = stamp()
        made.append(
            ConflictEntry(
                township_code=row.township_code if row is not None else change.township_code,
                tbl=change.table,
                row_id=change.row_id,
                field=lost.field,
                winner_value=json.dumps(lost.winner_value, ensure_ascii=False),
                winner_hlc=lost.winner_hlc,
                winner_by=lost.winner_by,
                loser_value=json.dumps(lost.loser_value, ensure_ascii=False),
                loser_hlc=lost.loser_hlc,
                loser_by=lost.loser_by,
                hlc=hlc,
                created_at=hlc_datetime(hlc),
                updated_at=hlc_datetime(hlc),
                updated_by="sync",
            )
        )
    for entry in made:
        session.add(entry)
    return outcome, made


def collapse(entries: Iterable[tuple[str, str, str, dict[str, Any], str, str, str]]) -> list[Change]:
    """Collapse captured changes (table, row id, op, fields, hlc, user, township) into one change per row.

    Repeated writes to the same field keep only the newest value, each field with its own stamp. Order of
    first appearance is kept, so a row's insert still comes before changes that refer to it.
    """
    merged: dict[tuple[str, str], dict[str, Any]] = {}
    for table, row_id, op, fields, hlc, user, township in entries:
        key = (table, row_id)
        slot = merged.get(key)
        if slot is None:
            slot = merged[key] = {
                "op": op,
                "fields": {},
                "hlcs": {},
                "user": user,
                "tc": township,
                "hlc": hlc,
                "first_hlc": hlc,
            }
        elif op == "delete" and slot["op"] != "insert":
            slot["op"] = "delete"
        for name, value in wire_fields(fields).items():
            slot["fields"][name] = value
            slot["hlcs"][name] = hlc
        if hlc > slot["hlc"]:
            slot["hlc"] = hlc
            slot["user"] = user
        slot["tc"] = slot["tc"] or township
    changes = []
    for (table, row_id), slot in merged.items():
        # an insert is stamped with the insert's own clock (the receiver's row clock "*", and created_at);
        # fields written later carry theirs in field_hlcs. An update is stamped with its newest write.
        base = slot["first_hlc"] if slot["op"] == "insert" else slot["hlc"]
        changes.append(
            Change(
                table=table,
                row_id=row_id,
                op=slot["op"],
                fields=slot["fields"],
                hlc=base,
                field_hlcs={k: v for k, v in slot["hlcs"].items() if v != base},
                user=slot["user"],
                township_code=slot["tc"],
            )
        )
    return changes
