"""The county server's own tables: devices, enrolment codes, the change log, push batches and meta facts.

They live in their own ``MetaData`` (``SERVER_METADATA``), not in ``SQLModel.metadata``: the client store's
migrations compare ``SQLModel.metadata`` with the local database, and the server's tables have no business
there. The synced domain tables and ``FieldClock`` come from ``core.models`` (see ``db.DOMAIN_TABLES``).
"""

from __future__ import annotations

import logging
from datetime import datetime

from sqlalchemy import BigInteger, Column, Index, Text
from sqlalchemy.orm import registry
from sqlmodel import Field, SQLModel

from ..core.clock import utcnow

logger = logging.getLogger(__name__)

server_registry = registry()
SERVER_METADATA = server_registry.metadata


class ServerTable(SQLModel, registry=server_registry):
    """Base of the server's tables (own registry and metadata)."""


class Device(ServerTable, table=True):
    """An enrolled device. Only the SHA-256 of its token is kept (also the key of its USB bundles)."""

    __tablename__ = "device"

    device_id: str = Field(primary_key=True, max_length=40)
    name: str = Field(default="", max_length=80)
    township_code: str = Field(default="", max_length=16)
    is_county: bool = False
    token_hash: str = Field(unique=True, max_length=64)
    enrolled_at: datetime = Field(default_factory=utcnow)
    revoked_at: datetime | None = None
    last_seen_at: datetime | None = None
    #: the pull cursor the device last reported (push) or read from (pull)
    last_cursor: int = Field(default=0, sa_column=Column(BigInteger, nullable=False, default=0))
    #: how far the device's clock was ahead of the server's (negative: behind) at its last push
    clock_skew_ms: int = Field(default=0, sa_column=Column(BigInteger, nullable=False, default=0))


class EnrollmentCode(ServerTable, table=True):
    """A one-time enrolment code; only its SHA-256 is kept."""

    __tablename__ = "enrollment_code"

    code_hash: str = Field(primary_key=True, max_length=64)
    township_code: str = Field(max_length=16)
    is_county: bool = False
    created_at: datetime = Field(default_factory=utcnow)
    expires_at: datetime
    used_at: datetime | None = None
    used_by_device: str | None = Field(default=None, max_length=40)


class ChangeLog(ServerTable, table=True):
    """One applied change, numbered by the server sequence that pulls page by.

    ``fields`` and ``field_hlcs`` are JSON text of the wire form (``WireChange.f`` and ``.fh``): only the
    fields the change actually applied, each with its stamp where it differs from ``hlc``.
    """

    __tablename__ = "change_log"
    __table_args__ = (
        Index("ix_change_log_township_seq", "township_code", "seq"),
        Index("ix_change_log_row_seq", "tbl", "row_id", "seq"),
    )

    seq: int = Field(sa_column=Column(BigInteger, primary_key=True, autoincrement=False))
    tbl: str = Field(max_length=40)
    row_id: str = Field(max_length=36)
    township_code: str = Field(max_length=16)
    op: str = Field(max_length=10)  # insert / update / delete
    fields: str = Field(sa_column=Column(Text, nullable=False))
    field_hlcs: str = Field(default="{}", sa_column=Column(Text, nullable=False, default="{}"))
    hlc: str = Field(max_length=80)
    #: the device that pushed the change ("" for rows the server made: conflict log entries)
    device_id: str = Field(default="", max_length=40)
    user: str = Field(default="", max_length=64)
    created_at: datetime = Field(default_factory=utcnow, index=True)


class PushBatch(ServerTable, table=True):
    """The stored answer to a push batch: a retried batch gets it back and nothing is applied twice."""

    __tablename__ = "push_batch"

    batch_id: str = Field(primary_key=True, max_length=36)
    device_id: str = Field(max_length=40)
    response: str = Field(sa_column=Column(Text, nullable=False))
    created_at: datetime = Field(default_factory=utcnow, index=True)


class ServerMeta(ServerTable, table=True):
    """Facts about this server: its clock's node id, the change-log retention floor."""

    __tablename__ = "server_meta"

    key: str = Field(primary_key=True, max_length=60)
    value: str = Field(default="", max_length=200)
