"""The store's own bookkeeping tables (not synced): the outbox of local changes and a key/value meta table."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index
from sqlmodel import Field, SQLModel

from ..core.clock import utcnow


class OutboxEntry(SQLModel, table=True):
    """One captured local change: written by the capture triggers in the transaction of the change itself.

    Rows stay after they are acknowledged by the server: the outbox is also the record history (audit).
    """

    __tablename__ = "outbox"
    __table_args__ = (
        Index("ix_outbox_row", "tbl", "row_id"),
        Index("ix_outbox_pending", "acked", "seq"),
    )
    seq: int | None = Field(default=None, primary_key=True)
    tbl: str = Field(max_length=40)
    row_id: str = Field(max_length=36)
    op: str = Field(max_length=10)  # insert / update / delete
    changes: str  # JSON object: field -> wire value (hlc excluded, it has its own column)
    hlc: str = Field(index=True, max_length=80)
    user: str = Field(default="", max_length=64)
    device: str = Field(default="", max_length=40)
    created_at: datetime = Field(default_factory=utcnow)
    batch_id: str | None = Field(default=None, index=True, max_length=36)
    acked: bool = False


class ReceivedChange(SQLModel, table=True):
    """A change pulled from the server (another device's or the county's edit) as it was merged here: the
    fields it set on this device, who wrote them, when, on which device. With the outbox it makes the record
    history of every row, whoever edited it. Written by ``sync.apply`` in the pull page's transaction; rows
    that arrive in a snapshot have no history here (they predate what this device saw).
    """

    __tablename__ = "received_change"
    __table_args__ = (Index("ix_received_change_row", "tbl", "row_id"),)
    seq: int | None = Field(default=None, primary_key=True)
    tbl: str = Field(max_length=40)
    row_id: str = Field(max_length=36)
    op: str = Field(max_length=10)  # insert / update / delete
    changes: str  # JSON object: the fields this change set here -> wire values (the ones that won the merge)
    hlc: str = Field(max_length=80)
    user: str = Field(default="", max_length=64)
    device: str = Field(default="", max_length=40)
    server_seq: int | None = None
    received_at: datetime = Field(default_factory=utcnow)


class StoreMeta(SQLModel, table=True):
    """Facts about this store: device id, township, mode, sync cursor, last clock stamp …"""

    __tablename__ = "store_meta"
    key: str = Field(primary_key=True, max_length=60)
    value: str = ""


class SyncBatch(SQLModel, table=True):
    """A push batch, stored with its id and exact body before its first send so a retry is identical."""

    __tablename__ = "sync_batch"
    batch_id: str = Field(primary_key=True, max_length=36)
    created_at: datetime = Field(default_factory=utcnow)
    #: the gzip-compressed JSON body exactly as sent (bytes of protocol.PushRequest)
    body: bytes
    first_seq: int  # outbox range covered
    last_seq: int
    change_count: int = 0
    state: str = Field(default="pending", index=True, max_length=16)  # pending / acked / bundled
    attempts: int = 0
    last_error: str = Field(default="", max_length=500)
    sent_at: datetime | None = None
    acked_at: datetime | None = None


class QuarantineEntry(SQLModel, table=True):
    """A local change the server rejected: kept with its reason for the user to fix and resend.

    It never blocks the changes behind it."""

    __tablename__ = "quarantine"
    id: int | None = Field(default=None, primary_key=True)
    batch_id: str = Field(max_length=36)
    tbl: str = Field(max_length=40)
    row_id: str = Field(index=True, max_length=36)
    change: str  # JSON of the wire change as sent
    code: str = Field(default="", max_length=60)
    field: str = Field(default="", max_length=60)
    message: str = Field(default="", max_length=500)
    created_at: datetime = Field(default_factory=utcnow)
    resolved: bool = Field(default=False, index=True)
    resolved_at: datetime | None = None


class PersonNameGram(SQLModel, table=True):
    """The name search index of ``store.search``: keys of each person's names, kept by SQLite triggers.

    For ``name`` every one- and two-character gram (``"张晓"``, ``"晓华"``, ``"华"``); for ``name_bo`` the first
    two code points of every syllable; for both the whole name behind ``=`` (``"=张晓华"``) for exact and
    prefix matches. Made by migration 0003 with its triggers, which also see raw SQL and remote writes.
    Derived, local, not synced.
    """

    __tablename__ = "person_name_gram"
    __table_args__ = {"sqlite_with_rowid": False}
    gram: str = Field(primary_key=True, max_length=100)
    person_id: str = Field(primary_key=True, max_length=36)
