"""What a use case changed: the value the GUI broadcasts so each page refreshes only when it cares."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, ClassVar

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session

from ...core.models import SyncedTable

#: one changed row: (table name, row id)
RowKey = tuple[str, str]


@dataclass(frozen=True, slots=True)
class Changes:
    """Rows a unit of work wrote, by kind of write.

    A row inserted and then changed in the same unit counts as inserted only. A soft delete (``deleted``
    set to true) counts as deleted, not as updated.
    """

    inserted: frozenset[RowKey] = frozenset()
    updated: frozenset[RowKey] = frozenset()
    deleted: frozenset[RowKey] = frozenset()

    @property
    def tables(self) -> frozenset[str]:
        return frozenset(t for t, _ in self.inserted | self.updated | self.deleted)

    def touches(self, *tables: str) -> bool:
        """True when any row of any of ``tables`` was written."""
        return not self.tables.isdisjoint(tables)

    def ids(self, table: str) -> frozenset[str]:
        """Ids of ``table``'s rows written in any way."""
        return frozenset(i for t, i in self.inserted | self.updated | self.deleted if t == table)

    def __bool__(self) -> bool:
        return bool(self.inserted or self.updated or self.deleted)

    def __or__(self, other: Changes) -> Changes:
        inserted = self.inserted | other.inserted
        deleted = self.deleted | other.deleted
        return Changes(inserted, (self.updated | other.updated) - inserted - deleted, deleted - inserted)


@dataclass(frozen=True, slots=True)
class Created:
    """The result of a use case that makes a row: the new row's id, and everything the unit wrote."""

    id: str
    changes: Changes


@dataclass(frozen=True)
class CreatedMany:
    """The result of a use case that makes several rows: their ids in input order, and what the unit wrote."""

    ids: tuple[str, ...]
    changes: Changes


@dataclass
class ChangeTracker:
    """Collects what a session writes (an ``after_flush`` listener); ``changes`` gives the result.

    Rows written with Core statements (bulk inserts) are not seen by the listener: the code writing them
    reports them with ``record_inserted`` on the session's tracker (``ChangeTracker.of``).
    """

    KEY: ClassVar[str] = "gd_change_tracker"

    _inserted: set[RowKey] = field(default_factory=set)
    _updated: set[RowKey] = field(default_factory=set)
    _deleted: set[RowKey] = field(default_factory=set)

    def attach(self, session: Session) -> None:
        event.listen(session, "after_flush", self._after_flush)
        session.info[self.KEY] = self

    @classmethod
    def of(cls, session: Session) -> ChangeTracker | None:
        """The tracker attached to ``session`` (None outside a unit of work)."""
        found = session.info.get(cls.KEY)
        return found if isinstance(found, ChangeTracker) else None

    def record_inserted(self, table: str, ids: Iterable[str]) -> None:
        """Rows of ``table`` inserted without the ORM."""
        self._inserted.update((table, i) for i in ids)

    def _after_flush(self, session: Session, flush_context: Any) -> None:
        for obj in session.new:
            if isinstance(obj, SyncedTable):
                self._inserted.add((str(obj.__tablename__), obj.id))
        for obj in session.dirty:
            if not isinstance(obj, SyncedTable) or not session.is_modified(obj):
                continue
            key = (str(obj.__tablename__), obj.id)
            history = inspect(obj).attrs["deleted"].history
            if history.added and bool(history.added[0]) and not any(history.deleted):
                self._deleted.add(key)
            else:
                self._updated.add(key)

    @property
    def changes(self) -> Changes:
        inserted = frozenset(self._inserted)
        deleted = frozenset(self._deleted) - inserted
        return Changes(inserted, frozenset(self._updated) - inserted - deleted, deleted)
