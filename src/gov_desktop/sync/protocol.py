"""Sync protocol v1: the wire schema, defined once and used by the client, the server and USB bundles.

Bodies are JSON, gzip-compressed both ways. Keys are short because every byte crosses links of a few
tens of kbit/s. A change carries only what the receiver cannot derive:

* ``updated_at`` and (for inserts) ``created_at`` are never sent: they are the physical time of the stamp;
* on inserts, fields equal to the column default are left out and filled in by the receiver;
* the user and the township are sent once per batch and only per change where they differ.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

PROTOCOL_VERSION = 1
#: the largest (decompressed) request body the server accepts; clients split batches below it
MAX_BODY_BYTES = 8 * 1024 * 1024
MAX_CHANGES_PER_BATCH = 5000
MAX_PULL_LIMIT = 5000

Op = Literal["i", "u", "d"]
OP_NAMES: dict[str, Op] = {"insert": "i", "update": "u", "delete": "d"}
OP_FROM_WIRE: dict[str, str] = {v: k for k, v in OP_NAMES.items()}


class _Wire(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class WireChange(_Wire):
    t: str = Field(max_length=40, description="table")
    id: str = Field(max_length=36, description="row id")
    op: Op
    f: dict[str, Any] = Field(default_factory=dict, description="changed fields → wire values")
    h: str = Field(max_length=80, description="HLC of the change (the newest of its fields)")
    fh: dict[str, str] | None = Field(default=None, description="per-field HLCs that differ from h")
    u: str | None = Field(default=None, max_length=64, description="user, when not the batch's")
    tc: str | None = Field(default=None, max_length=16, description="township, when not the batch's")
    s: int | None = Field(default=None, description="server sequence (pulled changes)")


class PushRequest(_Wire):
    v: int = PROTOCOL_VERSION
    device_id: str = Field(max_length=40)
    batch_id: str = Field(max_length=36)
    user: str = Field(default="", max_length=64)
    township: str = Field(default="", max_length=16)
    changes: list[WireChange] = Field(default_factory=list, max_length=MAX_CHANGES_PER_BATCH)
    #: the device's pull cursor when the batch was made: what it had seen (decides concurrency)
    cursor: int = 0
    #: the device's clock now, absorbed by the server
    hlc: str = Field(default="", max_length=80)
    #: > 0: answer with the first pull page too (saves a round trip)
    pull_limit: int = Field(default=0, ge=0, le=MAX_PULL_LIMIT)


ResultStatus = Literal["applied", "merged", "stale", "rejected"]


class ChangeResult(_Wire):
    i: int = Field(description="index of the change in the batch")
    s: ResultStatus
    lost: list[str] | None = Field(default=None, description="fields whose value lost to a newer one")
    code: str | None = None
    field: str | None = None
    message: str | None = None


class PullPage(_Wire):
    changes: list[WireChange] = Field(default_factory=list)
    #: the cursor after this page; commit it with the page
    next: int
    #: the server's newest sequence number when the page was read
    head: int
    more: bool = False
    #: the cursor is older than the server's retained log: take a snapshot
    refetch: bool = False


class PushResponse(_Wire):
    batch_id: str
    #: changes applied in full (results lists only the others)
    applied: int
    results: list[ChangeResult] = Field(default_factory=list)
    server_hlc: str
    pull: PullPage | None = None
    replayed: bool = False


class EnrollRequest(_Wire):
    code: str = Field(min_length=4, max_length=64)
    device_id: str = Field(min_length=4, max_length=40, pattern=r"^[0-9A-Za-z_]+$")
    name: str = Field(default="", max_length=80)


class EnrollResponse(_Wire):
    device_id: str
    token: str
    township_code: str
    is_county: bool
    server_hlc: str


class SnapshotRow(_Wire):
    t: str
    id: str
    f: dict[str, Any]
    fh: dict[str, str]
    h: str


class Snapshot(_Wire):
    """Every row in a device's scope with its per-field clocks, and the sequence it is consistent with."""

    seq: int
    rows: list[SnapshotRow]
    server_hlc: str


class ErrorBody(_Wire):
    code: str
    message: str
    details: list[dict[str, Any]] | None = None


class Health(_Wire):
    status: Literal["ok"] = "ok"
    version: int = PROTOCOL_VERSION
    server_hlc: str
