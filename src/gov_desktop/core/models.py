"""The domain tables (ARCHITECTURE §3) as SQLModel classes.

Every synced table shares ``SyncedTable``: a UUIDv7 id made on the device, the township scope key,
timestamps, who changed it last, the hybrid-logical-clock stamp of the last change and a tombstone flag.
Rows are never physically deleted by users.

Cross-table references are plain indexed id columns, deliberately without database-level foreign keys:
changes of a replicated register arrive out of order (a household before its head person, a visit before
its household on another device), so referential checks live in the use cases, which see the whole write.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, ClassVar

from sqlalchemy import JSON, Column, Index
from sqlmodel import Field, SQLModel

from .clock import utcnow
from .enums import (
    COUNTY_SCOPE as COUNTY_SCOPE,  # re-exported: defined with the enums so the sign-in path needs no models
)
from .enums import (
    AppealCategory,
    AppealKind,
    AppealStatus,
    Channel,
    GridKind,
    GridRole,
    OrgKind,
    PersonStatus,
    Relation,
    RequestStatus,
    VillageKind,
    VisitKind,
)
from .ids import uuid7


class SyncedTable(SQLModel):
    """Columns every synced table carries (not a table itself)."""

    # pydantic builds a table's validator and serializer when first used, not at import: most tables are
    # never validated or dumped in a session, and building them all costs ~40 ms of every start
    model_config = {**SQLModel.model_config, "defer_build": True}

    #: "township": written by township devices of the row's township; "county": reference data
    __sync_owner__: ClassVar[str] = "township"
    #: fields only county devices may write even on township-owned rows (dispatch, feedback)
    __county_fields__: ClassVar[frozenset[str]] = frozenset()

    id: str = Field(default_factory=uuid7, primary_key=True, max_length=36)
    township_code: str = Field(index=True, max_length=16)
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)
    updated_by: str = Field(default="", max_length=64)
    hlc: str = Field(default="", index=True, max_length=80)
    deleted: bool = Field(default=False)


class Township(SyncedTable, table=True):
    """乡镇 — reference data (scope ``county``)."""

    __tablename__ = "township"

    __sync_owner__ = "county"
    code: str = Field(index=True, unique=True, max_length=9)
    name: str = Field(max_length=40)
    name_bo: str = Field(default="", max_length=80)


class Village(SyncedTable, table=True):
    """村(居) — reference data kept by the county, visible to its township."""

    __tablename__ = "village"

    __sync_owner__ = "county"
    code: str = Field(index=True, unique=True, max_length=12)
    name: str = Field(max_length=40)
    name_bo: str = Field(default="", max_length=80)
    kind: str = Field(default=VillageKind.VILLAGE.value, max_length=16)


class Grid(SyncedTable, table=True):
    """网格."""

    __tablename__ = "grid"

    code: str = Field(index=True, max_length=20)
    name: str = Field(max_length=60)
    kind: str = Field(default=GridKind.PASTORAL.value, max_length=16)
    police_area: str = Field(default="", max_length=60)  # 警务站片区
    village_id: str | None = Field(default=None, index=True, max_length=36)


class GridMember(SyncedTable, table=True):
    """网格工作人员: 网格员 / 网格联络员 / 医生 / 民警 / 联户长."""

    __tablename__ = "grid_member"

    grid_id: str = Field(index=True, max_length=36)
    person_id: str | None = Field(default=None, index=True, max_length=36)
    name: str = Field(max_length=40)
    role: str = Field(default=GridRole.GRID_WORKER.value, max_length=16)
    is_party_member: bool = False
    phone: str = Field(default="", max_length=20)


class Household(SyncedTable, table=True):
    """户."""

    __tablename__ = "household"
    __table_args__ = (
        Index("ix_household_township_deleted", "township_code", "deleted"),
        # 户号 lookups within a township. Deliberately NOT unique in the database: two devices may register the
        # same number offline, and a replicated row must never make a pull page fail. Uniqueness is checked
        # by the use case (local) and by the server (on push), which quarantines the later one for review.
        Index("ix_household_township_no", "township_code", "household_no"),
    )

    # no index of its own: ix_household_township_deleted leads with it
    township_code: str = Field(max_length=16)

    household_no: str = Field(index=True, max_length=30)
    address: str = Field(default="", max_length=120)
    village_id: str | None = Field(default=None, index=True, max_length=36)
    grid_id: str | None = Field(default=None, index=True, max_length=36)
    head_person_id: str | None = Field(default=None, index=True, max_length=36)
    joint_group_id: str | None = Field(default=None, index=True, max_length=36)
    #: HouseholdFlag codes, sorted and comma-joined (see enums.join_codes)
    flags: str = Field(default="", max_length=200)
    phone: str = Field(default="", max_length=20)
    note: str = Field(default="", max_length=500)


class Person(SyncedTable, table=True):
    """人员."""

    __tablename__ = "person"
    __table_args__ = (
        Index("ix_person_township_deleted", "township_code", "deleted"),
        Index("ix_person_household_status", "household_id", "status"),
    )

    # township_code and household_id have no index of their own: the two above lead with them, and every
    # index costs each insert (bulk registration, imports, pulls) and each commit
    township_code: str = Field(max_length=16)
    household_id: str | None = Field(default=None, max_length=36)
    name: str = Field(max_length=40)
    name_bo: str = Field(default="", max_length=80)
    #: search keys kept by the store: full pinyin ("zhangxiaohua") and initials ("zxh")
    name_pinyin: str = Field(default="", index=True, max_length=200)
    name_initials: str = Field(default="", index=True, max_length=40)
    gender: str = Field(default="", max_length=8)
    ethnicity: str = Field(default="", max_length=20)
    id_number: str = Field(default="", index=True, max_length=18)
    birth_date: date | None = None
    relation: str = Field(default=Relation.OTHER.value, max_length=16)
    phone: str = Field(default="", index=True, max_length=20)
    is_party_member: bool = False
    party_branch: str = Field(default="", max_length=60)
    education: str = Field(default="", max_length=16)
    occupation: str = Field(default="", max_length=40)
    #: SpecialGroup codes, sorted and comma-joined
    special_groups: str = Field(default="", max_length=200)
    status: str = Field(default=PersonStatus.ACTIVE.value, max_length=16)
    status_date: date | None = None
    status_note: str = Field(default="", max_length=200)


class JointGroup(SyncedTable, table=True):
    """双联户: households grouped under a head household (联户长户)."""

    __tablename__ = "joint_group"

    name: str = Field(max_length=60)
    grid_id: str | None = Field(default=None, index=True, max_length=36)
    head_household_id: str | None = Field(default=None, index=True, max_length=36)
    head_person_id: str | None = Field(default=None, index=True, max_length=36)


class PartyDuty(SyncedTable, table=True):
    """党员包户(“三包”): a party member looks after a household."""

    __tablename__ = "party_duty"

    person_id: str = Field(index=True, max_length=36)
    household_id: str = Field(index=True, max_length=36)
    #: DutyKind codes, comma-joined
    duty_kinds: str = Field(default="", max_length=100)
    since: date | None = None


class CivilizedRating(SyncedTable, table=True):
    """文明户评星: one rating per household and year."""

    __tablename__ = "civilized_rating"

    household_id: str = Field(index=True, max_length=36)
    year: int
    stars: int = 0
    #: RatingCriterion codes earned, comma-joined
    criteria: str = Field(default="", max_length=200)
    rated_by: str = Field(default="", max_length=64)


class ServiceWindow(SyncedTable, table=True):
    """服务窗口 — reference data."""

    __tablename__ = "service_window"

    __sync_owner__ = "county"
    code: str = Field(index=True, max_length=20)
    name: str = Field(max_length=40)
    name_bo: str = Field(default="", max_length=80)
    sort_order: int = 0


class MatterType(SyncedTable, table=True):
    """服务事项 — reference data: what a window handles, with its materials and promised days."""

    __tablename__ = "matter_type"

    __sync_owner__ = "county"
    window_id: str = Field(index=True, max_length=36)
    code: str = Field(index=True, max_length=20)
    name: str = Field(max_length=80)
    materials: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    promised_days: int = 5
    needs_county: bool = False


class ServiceRequest(SyncedTable, table=True):
    """办件."""

    __tablename__ = "service_request"

    __table_args__ = (
        # Deliberately NOT unique in the database (as 户号): a replicated row must never make a pull page
        # fail. Serial numbers carry the device id and are checked by the use case (``next_serial_no``).
        Index("ix_service_request_serial_no", "serial_no"),
        Index("ix_service_request_township_status_accepted", "township_code", "status", "accepted_at"),
        Index("ix_service_request_status_due", "status", "due_at"),
    )
    serial_no: str = Field(max_length=40)
    person_id: str | None = Field(default=None, index=True, max_length=36)
    household_id: str | None = Field(default=None, index=True, max_length=36)
    applicant_name: str = Field(default="", max_length=40)
    window_id: str = Field(index=True, max_length=36)
    matter_id: str = Field(index=True, max_length=36)
    channel: str = Field(default=Channel.WINDOW.value, max_length=16)
    status: str = Field(default=RequestStatus.ACCEPTED.value, index=True, max_length=16)
    accepted_at: datetime = Field(default_factory=utcnow, index=True)
    due_at: datetime | None = None
    done_at: datetime | None = None
    handler: str = Field(default="", max_length=64)
    visits: int = 1  # 跑动次数
    materials_received: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    result: str = Field(default="", max_length=500)
    note: str = Field(default="", max_length=500)


class VisitRecord(SyncedTable, table=True):
    """走访记录."""

    __tablename__ = "visit_record"
    __table_args__ = (Index("ix_visit_record_household_date", "household_id", "visit_date"),)

    household_id: str = Field(index=True, max_length=36)
    visitor_id: str | None = Field(default=None, index=True, max_length=36)
    visitor_name: str = Field(default="", max_length=40)
    visit_date: date = Field(index=True)
    kind: str = Field(default=VisitKind.ROUTINE.value, max_length=16)
    findings: str = Field(default="", max_length=1000)
    follow_up_needed: bool = False
    follow_up_by: str = Field(default="", max_length=64)
    follow_up_done: bool = False


class Appeal(SyncedTable, table=True):
    """群众诉求: 微心愿 or 问题, dispatched by the county to an org, with feedback (回音壁)."""

    __tablename__ = "appeal"
    __table_args__ = (Index("ix_appeal_township_status", "township_code", "status"),)

    __county_fields__ = frozenset({"org_id", "dispatched_at", "claimed_at", "feedback"})
    kind: str = Field(default=AppealKind.WISH.value, max_length=16)
    household_id: str | None = Field(default=None, index=True, max_length=36)
    person_id: str | None = Field(default=None, index=True, max_length=36)
    content: str = Field(max_length=1000)
    category: str = Field(default=AppealCategory.OTHER.value, max_length=16)
    status: str = Field(default=AppealStatus.COLLECTED.value, index=True, max_length=16)
    org_id: str | None = Field(default=None, index=True, max_length=36)
    dispatched_at: datetime | None = None
    claimed_at: datetime | None = None
    done_at: datetime | None = None
    feedback: str = Field(default="", max_length=1000)
    satisfaction: str = Field(default="", max_length=20)


class Org(SyncedTable, table=True):
    """承办单位 — reference data."""

    __tablename__ = "org"

    __sync_owner__ = "county"
    name: str = Field(max_length=80)
    kind: str = Field(default=OrgKind.COUNTY_DEPT.value, max_length=16)


class User(SQLModel, table=True):
    """A local user of this device. Not synced: password hashes never leave the machine."""

    __tablename__ = "app_user"

    id: str = Field(default_factory=uuid7, primary_key=True, max_length=36)
    username: str = Field(index=True, unique=True, max_length=40)
    display_name: str = Field(default="", max_length=40)
    role: str = Field(max_length=20)  # Role
    password_hash: str = Field(max_length=200)
    township_code: str = Field(default="", max_length=16)
    grid_id: str | None = Field(default=None, max_length=36)
    active: bool = True
    created_at: datetime = Field(default_factory=utcnow)
    last_login_at: datetime | None = None


class FieldClock(SQLModel, table=True):
    """HLC of the last write to one field of one row (per-field last-writer-wins).

    ``field == "*"`` holds the stamp of the row's insert: a field without its own entry was last written then.
    ``by`` is the user who wrote that value (the change's user), so a conflict names the writer of each value,
    not whoever touched another field of the row last; "" for entries written before it was kept.
    Bookkeeping, not synced; kept by the client store's capture triggers and by the merge on both sides.
    """

    __tablename__ = "field_clock"
    tbl: str = Field(primary_key=True, max_length=40)
    row_id: str = Field(primary_key=True, max_length=36)
    field: str = Field(primary_key=True, max_length=60)
    hlc: str = Field(max_length=80)
    by: str = Field(default="", max_length=64, sa_column_kwargs={"server_default": ""})


class ConflictEntry(SyncedTable, table=True):
    """A value that lost a concurrent write to the same field: kept for review, never silently dropped.

    Made by the merge wherever the loss is detected (the server, or a device whose unsent edit is overwritten
    by a pulled one) and synced like any township row, so every device of the township sees and can resolve it.
    """

    __tablename__ = "conflict_log"
    __table_args__ = (Index("ix_conflict_log_township_resolved", "township_code", "resolved"),)
    tbl: str = Field(index=True, max_length=40)
    row_id: str = Field(index=True, max_length=36)
    field: str = Field(max_length=60)
    winner_value: str | None = None  # JSON text of the wire value
    winner_hlc: str = Field(max_length=80)
    winner_by: str = Field(default="", max_length=64)
    loser_value: str | None = None  # JSON text of the wire value
    loser_hlc: str = Field(max_length=80)
    loser_by: str = Field(default="", max_length=64)
    resolved: bool = False
    resolution: str = Field(default="", max_length=20)  # keep_mine / take_theirs / edited
    resolved_by: str = Field(default="", max_length=64)
    resolved_at: datetime | None = None


#: every synced table, in an order where referenced tables come first (for snapshots and replays)
SYNCED_TABLES: tuple[type[SyncedTable], ...] = (
    Township,
    Village,
    Org,
    ServiceWindow,
    MatterType,
    Grid,
    Household,
    Person,
    GridMember,
    JointGroup,
    PartyDuty,
    CivilizedRating,
    ServiceRequest,
    VisitRecord,
    Appeal,
    ConflictEntry,
)

TABLES_BY_NAME: dict[str, type[SyncedTable]] = {str(t.__tablename__): t for t in SYNCED_TABLES}

#: bookkeeping columns every synced table has; sync sends them with every change
META_FIELDS = ("township_code", "created_at", "updated_at", "updated_by", "hlc", "deleted")


def data_fields(table: type[SyncedTable]) -> list[str]:
    """The table's column names other than ``id``."""
    return [c.name for c in table.__table__.columns if c.name != "id"]  # type: ignore[attr-defined]


def row_dict(row: SQLModel) -> dict[str, Any]:
    return {c.name: getattr(row, c.name) for c in row.__table__.columns}  # type: ignore[attr-defined]
