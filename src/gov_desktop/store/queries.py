"""Read queries behind the lists and detail pages: paged, filtered, returning frozen rows.

Every function takes an open session (``store.reader()``) and returns frozen dataclasses — never ORM
objects — so a Qt model can hold them on the GUI thread after the session is gone. Lists page with
``offset``/``limit``; the register's two long lists also page by keyset (``after=cursor_of(last row)``),
which costs the same however deep the page. ``count_*`` gives the total for the same filters. ``order``
names a column from the function's ``*_ORDERS`` table, ``-`` in front for descending.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any, TypeVar

from sqlalchemy import Connection, bindparam
from sqlalchemy import text as sql_text
from sqlalchemy.orm import Session

from ..core.enums import PersonStatus, Relation, RequestStatus, split_codes
from ..core.hlc import hlc_datetime
from ..core.models import TABLES_BY_NAME
from ..core.wire import decode_for
from .rows import as_bool, as_date, as_datetime, as_list, sql_day, sql_time
from .search import SearchKind, classify

logger = logging.getLogger(__name__)

R = TypeVar("R")
_MAX = "\U0010ffff"
_OPEN_REQUEST = (RequestStatus.ACCEPTED.value, RequestStatus.IN_PROGRESS.value, RequestStatus.AT_COUNTY.value)


# --- rows ----------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PersonRow:
    id: str
    name: str
    name_bo: str
    gender: str
    ethnicity: str
    id_number: str
    birth_date: date | None
    relation: str
    phone: str
    is_party_member: bool
    party_branch: str
    education: str
    occupation: str
    special_groups: tuple[str, ...]
    status: str
    status_date: date | None
    township_code: str
    household_id: str | None
    household_no: str
    address: str
    village_name: str
    grid_name: str
    #: the value of the list's order column (``list_persons`` rows only): ``after=(sort_key, id)`` pages on
    sort_key: Any = field(default=None, compare=False, repr=False)


@dataclass(frozen=True, slots=True)
class HouseholdRow:
    id: str
    household_no: str
    address: str
    township_code: str
    village_id: str | None
    village_name: str
    grid_id: str | None
    grid_name: str
    head_person_id: str | None
    head_name: str
    head_id_number: str
    phone: str
    flags: tuple[str, ...]
    member_count: int
    joint_group_id: str | None
    joint_group_name: str
    #: the value of the list's order column (``list_households`` rows only): ``after=(sort_key, id)``
    sort_key: Any = field(default=None, compare=False, repr=False)


@dataclass(frozen=True, slots=True)
class GridRow:
    id: str
    code: str
    name: str
    kind: str
    police_area: str
    township_code: str
    village_id: str | None
    village_name: str
    household_count: int
    staff_count: int
    joint_group_count: int


@dataclass(frozen=True, slots=True)
class GridMemberRow:
    id: str
    grid_id: str
    person_id: str | None
    name: str
    role: str
    is_party_member: bool
    phone: str


@dataclass(frozen=True, slots=True)
class JointGroupRow:
    id: str
    name: str
    grid_id: str | None
    grid_name: str
    head_household_id: str | None
    head_household_no: str
    head_person_id: str | None
    head_name: str
    head_is_party_member: bool
    household_count: int


@dataclass(frozen=True, slots=True)
class PartyDutyRow:
    id: str
    person_id: str
    person_name: str
    household_id: str
    household_no: str
    head_name: str
    duty_kinds: tuple[str, ...]
    since: date | None


@dataclass(frozen=True, slots=True)
class RatingRow:
    id: str
    household_id: str
    household_no: str
    head_name: str
    grid_name: str
    year: int
    stars: int
    criteria: tuple[str, ...]
    rated_by: str


@dataclass(frozen=True, slots=True)
class RequestRow:
    id: str
    serial_no: str
    township_code: str
    applicant_name: str
    person_id: str | None
    household_id: str | None
    window_id: str
    window_name: str
    matter_id: str
    matter_name: str
    channel: str
    status: str
    accepted_at: datetime | None
    due_at: datetime | None
    done_at: datetime | None
    handler: str
    visits: int
    overdue: bool


@dataclass(frozen=True, slots=True)
class Receipt:
    """What the 受理回执 (the slip the applicant takes home) says about one request."""

    serial_no: str
    township_name: str
    window_name: str
    matter_name: str
    applicant_name: str
    id_number: str
    phone: str
    channel: str
    status: str
    accepted_at: datetime | None
    due_at: datetime | None
    promised_days: int
    needs_county: bool
    handler: str
    materials_required: tuple[str, ...]
    materials_received: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class VisitRow:
    id: str
    household_id: str
    household_no: str
    head_name: str
    grid_name: str
    visitor_id: str | None
    visitor_name: str
    visit_date: date | None
    kind: str
    findings: str
    follow_up_needed: bool
    follow_up_by: str
    follow_up_done: bool


@dataclass(frozen=True, slots=True)
class AppealRow:
    id: str
    kind: str
    township_code: str
    household_id: str | None
    household_no: str
    person_id: str | None
    person_name: str
    content: str
    category: str
    status: str
    org_id: str | None
    org_name: str
    created_at: datetime | None
    dispatched_at: datetime | None
    claimed_at: datetime | None
    done_at: datetime | None
    feedback: str
    satisfaction: str


@dataclass(frozen=True, slots=True)
class HouseholdDetail:
    """Everything the household page shows."""

    household: HouseholdRow
    members: tuple[PersonRow, ...]
    joint_group: JointGroupRow | None
    duties: tuple[PartyDutyRow, ...]
    visits: tuple[VisitRow, ...]
    requests: tuple[RequestRow, ...]
    ratings: tuple[RatingRow, ...]
    appeals: tuple[AppealRow, ...]


@dataclass(frozen=True, slots=True)
class FieldChange:
    field: str
    value: Any


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    """One change of a record: who, on which device, when, and the fields it set.

    ``seq`` numbers the entries of one source (``received``: pulled from the server, else captured here);
    ``hlc`` orders them all."""

    seq: int
    op: str
    at: datetime
    user: str
    device: str
    acked: bool
    changes: tuple[FieldChange, ...]
    hlc: str = ""
    received: bool = False


# --- filters -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RegisterFilter:
    """Filters of the person and household lists. ``flags``: households having all of these flags.

    ``status`` applies to persons (default: in the register; None: any); ``text`` is a search text as in
    ``store.search`` (name substring, pinyin prefix, ID/phone/户号 prefix)."""

    township_code: str | None = None
    village_id: str | None = None
    grid_id: str | None = None
    flags: tuple[str, ...] = ()
    status: str | None = PersonStatus.ACTIVE.value
    text: str = ""


def _conn(session: Session | Connection) -> Connection:
    return session.connection() if isinstance(session, Session) else session


def _fetch(
    session: Session | Connection, sql: str, params: Mapping[str, Any], make: Callable[[Any], R]
) -> list[R]:
    statement = sql_text(sql)
    expanding = [k for k, v in params.items() if isinstance(v, (list, tuple))]
    if expanding:
        statement = statement.bindparams(*(bindparam(k, expanding=True) for k in expanding))
    return [make(row) for row in _conn(session).execute(statement, dict(params))]


def _count(session: Session | Connection, sql: str, params: Mapping[str, Any]) -> int:
    statement = sql_text(sql)
    expanding = [k for k, v in params.items() if isinstance(v, (list, tuple))]
    if expanding:
        statement = statement.bindparams(*(bindparam(k, expanding=True) for k in expanding))
    return int(_conn(session).execute(statement, dict(params)).scalar() or 0)


def _codes(value: Any) -> tuple[str, ...]:
    return tuple(split_codes(str(value or "")))


def _text_condition(text: str, params: dict[str, Any]) -> str:
    """A condition on person ``p`` and household ``h`` for a search text (OR over the kinds it may mean)."""
    query = classify(text)
    if not query.kinds:
        return "1 = 0" if text.strip() else "1 = 1"
    params.update(t=query.text, t_hi=query.text + _MAX)
    parts = {
        SearchKind.NAME: "instr(p.name, :t) > 0",
        SearchKind.NAME_BO: "instr(p.name_bo, :t) > 0",
        SearchKind.PINYIN: "((p.name_initials >= :t AND p.name_initials < :t_hi) "
        "OR (p.name_pinyin >= :t AND p.name_pinyin < :t_hi))",
        SearchKind.ID_NUMBER: "(p.id_number >= :t AND p.id_number < :t_hi)",
        SearchKind.PHONE: "(p.phone >= :t AND p.phone < :t_hi)",
        SearchKind.HOUSEHOLD_NO: "(h.household_no >= :t AND h.household_no < :t_hi)",
    }
    return "(" + " OR ".join(parts[kind] for kind in query.kinds) + ")"


def _register_where(
    filters: RegisterFilter, params: dict[str, Any], *, persons: bool, listing: bool = False
) -> str:
    """The WHERE of the register's lists and counts for ``filters`` (``p`` person, ``h`` household).

    ``listing``: for a page in order. The terms that hold for most rows (not deleted, in the register, of
    the township) are written ``+column`` so SQLite does not pick their indexes: it walks the index of the
    order column instead and stops after one page, rather than reading every matching row and sorting
    them all (0.6 s for 100,000 persons). Selective filters (village, grid, search text) keep their indexes.
    """
    # with search text SQLite reads the candidates by the text's own indexes (or all rows) and sorts them:
    # walking the order index instead would visit most rows in random order before a page is full
    plus = "+" if listing and not filters.text.strip() else ""
    parts = [f"{plus}h.deleted = 0" if not persons else f"{plus}p.deleted = 0"]
    if filters.township_code:
        parts.append(plus + ("p" if persons else "h") + ".township_code = :township")
        params["township"] = filters.township_code
    if filters.village_id:
        parts.append("h.village_id = :village")
        params["village"] = filters.village_id
    if filters.grid_id:
        parts.append("h.grid_id = :grid")
        params["grid"] = filters.grid_id
    for i, flag in enumerate(filters.flags):
        parts.append(f"instr(',' || h.flags || ',', :flag{i}) > 0")
        params[f"flag{i}"] = f",{flag},"
    if persons and filters.status:
        # most persons are in the register; the other statuses are rare (and unindexed): let SQLite choose
        common = filters.status == PersonStatus.ACTIVE.value
        parts.append(f"{plus if common else ''}p.status = :status")
        params["status"] = filters.status
    if filters.text.strip():
        condition = _text_condition(filters.text, params)
        if persons:
            parts.append(condition)
        else:
            # a household matches by its number or address, or through any of its members
            params["address_t"] = filters.text.strip()
            parts.append(
                f"(h.id IN (SELECT p.household_id FROM person p LEFT JOIN household h ON h.id = p.household_id "
                f"WHERE p.deleted = 0 AND {condition}) OR instr(h.address, :address_t) > 0)"
            )
    return " AND ".join(parts)


#: a keyset cursor: the ``sort_key`` and ``id`` of the last row of the previous page
After = tuple[Any, str]


def cursor_of(row: PersonRow | HouseholdRow) -> After:
    """The ``after=`` value that continues a list after ``row`` (of ``list_persons``/``list_households``)."""
    return (row.sort_key, row.id)


def _after_condition(
    column: str, descending: bool, id_column: str, after: After, params: dict[str, Any]
) -> str:
    """Rows after ``after`` in the order ``column`` (ASC or DESC), then ``id_column`` ascending.

    SQLite puts NULLs first in ascending order and last in descending. The bound ``column >= :k`` (``<=``)
    lets SQLite start its walk of the column's index right at the cursor.
    """
    key, last_id = after
    params["after_id"] = last_id
    if key is None:
        nulls = f"({column} IS NULL AND {id_column} > :after_id)"
        return nulls if descending else f"({nulls} OR {column} IS NOT NULL)"
    params["after_key"] = key
    if descending:
        return (
            f"(({column} <= :after_key AND ({column} < :after_key OR {id_column} > :after_id)) "
            f"OR {column} IS NULL)"
        )
    return f"({column} >= :after_key AND ({column} > :after_key OR {id_column} > :after_id))"


def _order_column(order: str, allowed: Mapping[str, str], default: str) -> tuple[str, bool]:
    """(column, descending) of an ``order`` name (``-`` in front: descending)."""
    key = order or default
    column = allowed.get(key.lstrip("-"))
    if column is None:
        raise ValueError(f"unknown order {order!r}; one of {sorted(allowed)}")
    return column, key.startswith("-")


# --- persons -------------------------------------------------------------------------------------------

_PERSON_COLUMNS = """p.id, p.name, p.name_bo, p.gender, p.ethnicity, p.id_number, p.birth_date, p.relation, p.phone,
  p.is_party_member, p.party_branch, p.education, p.occupation, p.special_groups, p.status, p.status_date,
  p.township_code, p.household_id, h.household_no, h.address, v.name AS village_name, g.name AS grid_name"""
#: a person's household, village and grid (joined to person ``p``)
_PERSON_JOINS = """LEFT JOIN household h ON h.id = p.household_id
LEFT JOIN village v ON v.id = h.village_id
LEFT JOIN grid g ON g.id = h.grid_id"""
_PERSON_FROM = f"person p\n{_PERSON_JOINS}"

PERSON_ORDERS = {
    "name": "p.name_pinyin",
    "id_number": "p.id_number",
    "birth_date": "p.birth_date",
    "household_no": "h.household_no",
    "updated_at": "p.updated_at",
}

_RELATION_ORDER = (
    "CASE p.relation " + " ".join(f"WHEN '{r.value}' THEN {i}" for i, r in enumerate(Relation)) + " END"
)


def _person(row: Any) -> PersonRow:
    return PersonRow(
        id=row.id,
        name=row.name,
        name_bo=row.name_bo,
        gender=row.gender,
        ethnicity=row.ethnicity,
        id_number=row.id_number,
        birth_date=as_date(row.birth_date),
        relation=row.relation,
        phone=row.phone,
        is_party_member=as_bool(row.is_party_member),
        party_branch=row.party_branch,
        education=row.education,
        occupation=row.occupation,
        special_groups=_codes(row.special_groups),
        status=row.status,
        status_date=as_date(row.status_date),
        township_code=row.township_code,
        household_id=row.household_id,
        household_no=row.household_no or "",
        address=row.address or "",
        village_name=row.village_name or "",
        grid_name=row.grid_name or "",
        sort_key=getattr(row, "sort_key", None),
    )


def list_persons(
    session: Session | Connection,
    filters: RegisterFilter = RegisterFilter(),
    offset: int = 0,
    limit: int = 100,
    order: str = "name",
    *,
    after: After | None = None,
) -> list[PersonRow]:
    """A page of persons (with their household, village and grid) in ``order``, then by id.

    Pages by ``offset``, or — cheaper deep into a long list — by ``after=cursor_of(last row shown)`` (the
    rows after that one; ``offset`` then counts from there). The page's rows are found first (their rowids,
    through the order column's index where there is one) and only they are joined to their household,
    village and grid.
    """
    params: dict[str, Any] = {"offset": offset, "limit": limit}
    where = _register_where(filters, params, persons=True, listing=True)
    column, descending = _order_column(order, PERSON_ORDERS, "name")
    if after is not None:
        where += " AND " + _after_condition(column, descending, "p.id", after, params)
    direction = "DESC" if descending else "ASC"
    needs_household = column.startswith("h.") or bool(
        filters.village_id or filters.grid_id or filters.flags or filters.text.strip()
    )
    source = "person p LEFT JOIN household h ON h.id = p.household_id" if needs_household else "person p"
    sql = (
        f"SELECT {_PERSON_COLUMNS}, page.sort_key FROM ("
        f"SELECT p.rowid AS rid, {column} AS sort_key FROM {source} WHERE {where} "
        f"ORDER BY {column} {direction}, p.id LIMIT :limit OFFSET :offset"
        f") AS page JOIN person p ON p.rowid = page.rid {_PERSON_JOINS} "
        f"ORDER BY page.sort_key {direction}, p.id"
    )
    return _fetch(session, sql, params, _person)


def count_persons(session: Session | Connection, filters: RegisterFilter = RegisterFilter()) -> int:
    params: dict[str, Any] = {}
    where = _register_where(filters, params, persons=True)
    needs_household = bool(filters.village_id or filters.grid_id or filters.flags or filters.text.strip())
    source = "person p LEFT JOIN household h ON h.id = p.household_id" if needs_household else "person p"
    return _count(session, f"SELECT count(*) FROM {source} WHERE {where}", params)


def get_person(session: Session | Connection, person_id: str) -> PersonRow | None:
    rows = _fetch(
        session, f"SELECT {_PERSON_COLUMNS} FROM {_PERSON_FROM} WHERE p.id = :id", {"id": person_id}, _person
    )
    return rows[0] if rows else None


# --- households ----------------------------------------------------------------------------------------

_HOUSEHOLD_COLUMNS = f"""h.id, h.household_no, h.address, h.township_code, h.village_id, v.name AS village_name,
  h.grid_id, g.name AS grid_name, h.head_person_id, hp.name AS head_name, hp.id_number AS head_id_number,
  h.phone, hp.phone AS head_phone, h.flags, h.joint_group_id, j.name AS joint_group_name,
  (SELECT count(*) FROM person m WHERE m.household_id = h.id AND m.deleted = 0
     AND m.status = '{PersonStatus.ACTIVE.value}') AS member_count"""
#: a household's head, village, grid and joint group (joined to household ``h``)
_HOUSEHOLD_JOINS = """LEFT JOIN person hp ON hp.id = h.head_person_id
LEFT JOIN village v ON v.id = h.village_id
LEFT JOIN grid g ON g.id = h.grid_id
LEFT JOIN joint_group j ON j.id = h.joint_group_id"""
_HOUSEHOLD_FROM = f"household h\n{_HOUSEHOLD_JOINS}"

HOUSEHOLD_ORDERS = {
    "household_no": "h.household_no",
    "address": "h.address",
    "head_name": "hp.name_pinyin",
    "updated_at": "h.updated_at",
}


def _household(row: Any) -> HouseholdRow:
    return HouseholdRow(
        id=row.id,
        household_no=row.household_no,
        address=row.address,
        township_code=row.township_code,
        village_id=row.village_id,
        village_name=row.village_name or "",
        grid_id=row.grid_id,
        grid_name=row.grid_name or "",
        head_person_id=row.head_person_id,
        head_name=row.head_name or "",
        head_id_number=row.head_id_number or "",
        phone=row.phone or row.head_phone or "",
        flags=_codes(row.flags),
        member_count=int(row.member_count or 0),
        joint_group_id=row.joint_group_id,
        joint_group_name=row.joint_group_name or "",
        sort_key=getattr(row, "sort_key", None),
    )


def list_households(
    session: Session | Connection,
    filters: RegisterFilter = RegisterFilter(),
    offset: int = 0,
    limit: int = 100,
    order: str = "household_no",
    *,
    after: After | None = None,
) -> list[HouseholdRow]:
    """A page of households with head, active member count, flags, joint group, village and grid.

    Pages by ``offset`` or by ``after=cursor_of(last row shown)``, as ``list_persons``.
    """
    params: dict[str, Any] = {"offset": offset, "limit": limit}
    where = _register_where(filters, params, persons=False, listing=True)
    column, descending = _order_column(order, HOUSEHOLD_ORDERS, "household_no")
    if after is not None:
        where += " AND " + _after_condition(column, descending, "h.id", after, params)
    direction = "DESC" if descending else "ASC"
    source = (
        "household h LEFT JOIN person hp ON hp.id = h.head_person_id"
        if column.startswith("hp.")
        else "household h"
    )
    sql = (
        f"SELECT {_HOUSEHOLD_COLUMNS}, page.sort_key FROM ("
        f"SELECT h.rowid AS rid, {column} AS sort_key FROM {source} WHERE {where} "
        f"ORDER BY {column} {direction}, h.id LIMIT :limit OFFSET :offset"
        f") AS page JOIN household h ON h.rowid = page.rid {_HOUSEHOLD_JOINS} "
        f"ORDER BY page.sort_key {direction}, h.id"
    )
    return _fetch(session, sql, params, _household)


def count_households(session: Session | Connection, filters: RegisterFilter = RegisterFilter()) -> int:
    params: dict[str, Any] = {}
    where = _register_where(filters, params, persons=False)
    return _count(session, f"SELECT count(*) FROM household h WHERE {where}", params)


def household_detail(
    session: Session | Connection, household_id: str, *, history_limit: int = 50, now: datetime | None = None
) -> HouseholdDetail | None:
    """The household page: members (head first, then by relation), joint group, the party members on duty,
    visits, service requests, ratings and appeals (newest first, at most ``history_limit`` each)."""
    rows = _fetch(
        session,
        f"SELECT {_HOUSEHOLD_COLUMNS} FROM {_HOUSEHOLD_FROM} WHERE h.id = :id",
        {"id": household_id},
        _household,
    )
    if not rows:
        return None
    household = rows[0]
    members = _fetch(
        session,
        f"SELECT {_PERSON_COLUMNS} FROM {_PERSON_FROM} WHERE p.household_id = :id AND p.deleted = 0 "
        f"ORDER BY p.status <> '{PersonStatus.ACTIVE.value}', {_RELATION_ORDER}, p.birth_date",
        {"id": household_id},
        _person,
    )
    group = None
    if household.joint_group_id:
        found = _fetch(
            session, f"{_JOINT_GROUP_SELECT} WHERE j.id = :id", {"id": household.joint_group_id}, _joint_group
        )
        group = found[0] if found else None
    limit = {"id": household_id, "limit": history_limit}
    return HouseholdDetail(
        household=household,
        members=tuple(members),
        joint_group=group,
        duties=tuple(party_duties(session, household_id=household_id)),
        visits=tuple(
            _fetch(
                session,
                f"{_VISIT_SELECT} WHERE r.household_id = :id AND r.deleted = 0 "
                "ORDER BY r.visit_date DESC, r.id DESC LIMIT :limit",
                limit,
                _visit,
            )
        ),
        requests=tuple(list_requests(session, household_id=household_id, limit=history_limit, now=now)),
        ratings=tuple(
            _fetch(
                session,
                f"{_RATING_SELECT} WHERE r.household_id = :id AND r.deleted = 0 "
                "ORDER BY r.year DESC LIMIT :limit",
                limit,
                _rating,
            )
        ),
        appeals=tuple(list_appeals(session, household_id=household_id, limit=history_limit)),
    )


# --- grids ---------------------------------------------------------------------------------------------


def _grid(row: Any) -> GridRow:
    return GridRow(
        id=row.id,
        code=row.code,
        name=row.name,
        kind=row.kind,
        police_area=row.police_area,
        township_code=row.township_code,
        village_id=row.village_id,
        village_name=row.village_name or "",
        household_count=int(row.household_count or 0),
        staff_count=int(row.staff_count or 0),
        joint_group_count=int(row.joint_group_count or 0),
    )


def list_grids(
    session: Session | Connection,
    *,
    township_code: str | None = None,
    village_id: str | None = None,
    kind: str | None = None,
) -> list[GridRow]:
    """Grids by code, with their village and how many households, staff and joint groups they have."""
    params: dict[str, Any] = {"township": township_code, "village": village_id, "kind": kind}
    where = ["g.deleted = 0"]
    if township_code:
        where.append("g.township_code = :township")
    if village_id:
        where.append("g.village_id = :village")
    if kind:
        where.append("g.kind = :kind")
    sql = f"""SELECT g.id, g.code, g.name, g.kind, g.police_area, g.township_code, g.village_id,
  v.name AS village_name,
  (SELECT count(*) FROM household h WHERE h.grid_id = g.id AND h.deleted = 0) AS household_count,
  (SELECT count(*) FROM grid_member m WHERE m.grid_id = g.id AND m.deleted = 0) AS staff_count,
  (SELECT count(*) FROM joint_group j WHERE j.grid_id = g.id AND j.deleted = 0) AS joint_group_count
FROM grid g LEFT JOIN village v ON v.id = g.village_id
WHERE {" AND ".join(where)} ORDER BY g.code, g.id"""
    return _fetch(session, sql, params, _grid)


def grid_members(session: Session | Connection, grid_id: str) -> list[GridMemberRow]:
    """A grid's staff: 网格员 first, then liaisons, doctors, police, joint-group heads; by name."""
    return _fetch(
        session,
        "SELECT id, grid_id, person_id, name, role, is_party_member, phone FROM grid_member "
        "WHERE grid_id = :grid AND deleted = 0 ORDER BY CASE role WHEN 'grid_worker' THEN 0 "
        "WHEN 'liaison' THEN 1 WHEN 'doctor' THEN 2 WHEN 'police' THEN 3 ELSE 4 END, name, id",
        {"grid": grid_id},
        lambda r: GridMemberRow(
            id=r.id,
            grid_id=r.grid_id,
            person_id=r.person_id,
            name=r.name,
            role=r.role,
            is_party_member=as_bool(r.is_party_member),
            phone=r.phone,
        ),
    )


_JOINT_GROUP_SELECT = """SELECT j.id, j.name, j.grid_id, g.name AS grid_name, j.head_household_id,
  hh.household_no AS head_household_no, j.head_person_id, hp.name AS head_name,
  hp.is_party_member AS head_is_party_member,
  (SELECT count(*) FROM household m WHERE m.joint_group_id = j.id AND m.deleted = 0) AS household_count
FROM joint_group j
LEFT JOIN grid g ON g.id = j.grid_id
LEFT JOIN household hh ON hh.id = j.head_household_id
LEFT JOIN person hp ON hp.id = j.head_person_id"""


def _joint_group(row: Any) -> JointGroupRow:
    return JointGroupRow(
        id=row.id,
        name=row.name,
        grid_id=row.grid_id,
        grid_name=row.grid_name or "",
        head_household_id=row.head_household_id,
        head_household_no=row.head_household_no or "",
        head_person_id=row.head_person_id,
        head_name=row.head_name or "",
        head_is_party_member=as_bool(row.head_is_party_member or 0),
        household_count=int(row.household_count or 0),
    )


def joint_groups(
    session: Session | Connection, grid_id: str | None = None, *, township_code: str | None = None
) -> list[JointGroupRow]:
    """双联户 of a grid (or of a township, or all), with head and number of households, by name."""
    where = ["j.deleted = 0"]
    if grid_id:
        where.append("j.grid_id = :grid")
    if township_code:
        where.append("j.township_code = :township")
    sql = f"{_JOINT_GROUP_SELECT} WHERE {' AND '.join(where)} ORDER BY g.code, j.name, j.id"
    return _fetch(session, sql, {"grid": grid_id, "township": township_code}, _joint_group)


def party_duties(
    session: Session | Connection,
    *,
    person_id: str | None = None,
    household_id: str | None = None,
    grid_id: str | None = None,
    township_code: str | None = None,
) -> list[PartyDutyRow]:
    """党员包户: who looks after which household, by party member then household number."""
    where = ["d.deleted = 0"]
    if person_id:
        where.append("d.person_id = :person")
    if household_id:
        where.append("d.household_id = :household")
    if grid_id:
        where.append("h.grid_id = :grid")
    if township_code:
        where.append("d.township_code = :township")
    sql = f"""SELECT d.id, d.person_id, p.name AS person_name, d.household_id, h.household_no,
  hp.name AS head_name, d.duty_kinds, d.since
FROM party_duty d
LEFT JOIN person p ON p.id = d.person_id
LEFT JOIN household h ON h.id = d.household_id
LEFT JOIN person hp ON hp.id = h.head_person_id
WHERE {" AND ".join(where)} ORDER BY p.name_pinyin, h.household_no, d.id"""
    params = {"person": person_id, "household": household_id, "grid": grid_id, "township": township_code}
    return _fetch(
        session,
        sql,
        params,
        lambda r: PartyDutyRow(
            id=r.id,
            person_id=r.person_id,
            person_name=r.person_name or "",
            household_id=r.household_id,
            household_no=r.household_no or "",
            head_name=r.head_name or "",
            duty_kinds=_codes(r.duty_kinds),
            since=as_date(r.since),
        ),
    )


_RATING_SELECT = """SELECT r.id, r.household_id, h.household_no, hp.name AS head_name, g.name AS grid_name,
  r.year, r.stars, r.criteria, r.rated_by
FROM civilized_rating r
LEFT JOIN household h ON h.id = r.household_id
LEFT JOIN person hp ON hp.id = h.head_person_id
LEFT JOIN grid g ON g.id = h.grid_id"""


def _rating(row: Any) -> RatingRow:
    return RatingRow(
        id=row.id,
        household_id=row.household_id,
        household_no=row.household_no or "",
        head_name=row.head_name or "",
        grid_name=row.grid_name or "",
        year=int(row.year),
        stars=int(row.stars),
        criteria=_codes(row.criteria),
        rated_by=row.rated_by,
    )


def ratings(
    session: Session | Connection,
    year: int,
    *,
    township_code: str | None = None,
    grid_id: str | None = None,
    min_stars: int = 0,
    offset: int = 0,
    limit: int = 500,
) -> list[RatingRow]:
    """文明户评星 of ``year``: most stars first, then by household number."""
    where = ["r.deleted = 0", "r.year = :year", "r.stars >= :min_stars"]
    if township_code:
        where.append("r.township_code = :township")
    if grid_id:
        where.append("h.grid_id = :grid")
    sql = (
        f"{_RATING_SELECT} WHERE {' AND '.join(where)} "
        "ORDER BY r.stars DESC, h.household_no, r.id LIMIT :limit OFFSET :offset"
    )
    params = {
        "year": year,
        "min_stars": min_stars,
        "township": township_code,
        "grid": grid_id,
        "limit": limit,
        "offset": offset,
    }
    return _fetch(session, sql, params, _rating)


# --- the hall ------------------------------------------------------------------------------------------

_REQUEST_SELECT = """SELECT s.id, s.serial_no, s.township_code, s.applicant_name, s.person_id, s.household_id,
  s.window_id, w.name AS window_name, s.matter_id, m.name AS matter_name, s.channel, s.status,
  s.accepted_at, s.due_at, s.done_at, s.handler, s.visits
FROM service_request s
LEFT JOIN service_window w ON w.id = s.window_id
LEFT JOIN matter_type m ON m.id = s.matter_id"""


def _request_where(
    params: dict[str, Any],
    *,
    status: str | Sequence[str] | None,
    window_id: str | None,
    date_from: date | None,
    date_to: date | None,
    township_code: str | None,
    household_id: str | None,
    person_id: str | None,
    overdue_only: bool,
    now: datetime,
) -> str:
    where = ["s.deleted = 0"]
    if status:
        params["statuses"] = [status] if isinstance(status, str) else list(status)
        where.append("s.status IN :statuses")
    if window_id:
        params["window"] = window_id
        where.append("s.window_id = :window")
    if date_from:
        params["from"] = sql_time(_local_midnight(date_from))
        where.append("s.accepted_at >= :from")
    if date_to:
        params["to"] = sql_time(_local_midnight(date_to + timedelta(days=1)))
        where.append("s.accepted_at < :to")
    if township_code:
        params["township"] = township_code
        where.append("s.township_code = :township")
    if household_id:
        params["household"] = household_id
        where.append("s.household_id = :household")
    if person_id:
        params["person"] = person_id
        where.append("s.person_id = :person")
    if overdue_only:
        params["open"] = list(_OPEN_REQUEST)
        params["now"] = sql_time(now)
        where.append("s.status IN :open AND s.due_at < :now")
    return " AND ".join(where)


def _local_midnight(day: date) -> datetime:
    from .stats import LOCAL_TZ

    return datetime(day.year, day.month, day.day, tzinfo=LOCAL_TZ).astimezone(UTC)


def request_receipt(session: Session | Connection, request_id: str) -> Receipt | None:
    """The receipt of one request: its matter and window, the applicant (ID number and phone from the
    register when the request names a person), the materials required and received, the promised date."""
    rows = _fetch(
        session,
        "SELECT s.serial_no, coalesce(t.name, s.township_code) AS township_name, w.name AS window_name, "
        "m.name AS matter_name, s.applicant_name, p.id_number, p.phone, s.channel, s.status, s.accepted_at, "
        "s.due_at, m.promised_days, m.needs_county, s.handler, m.materials, s.materials_received "
        "FROM service_request s "
        "JOIN matter_type m ON m.id = s.matter_id JOIN service_window w ON w.id = s.window_id "
        "LEFT JOIN township t ON t.code = s.township_code AND t.deleted = 0 "
        "LEFT JOIN person p ON p.id = s.person_id "
        "WHERE s.id = :id AND s.deleted = 0",
        {"id": request_id},
        lambda r: Receipt(
            serial_no=r.serial_no,
            township_name=r.township_name or "",
            window_name=r.window_name or "",
            matter_name=r.matter_name or "",
            applicant_name=r.applicant_name or "",
            id_number=r.id_number or "",
            phone=r.phone or "",
            channel=r.channel or "",
            status=r.status,
            accepted_at=as_datetime(r.accepted_at),
            due_at=as_datetime(r.due_at),
            promised_days=int(r.promised_days or 0),
            needs_county=as_bool(r.needs_county),
            handler=r.handler or "",
            materials_required=tuple(as_list(r.materials)),
            materials_received=tuple(as_list(r.materials_received)),
        ),
    )
    return rows[0] if rows else None


def list_requests(
    session: Session | Connection,
    *,
    status: str | Sequence[str] | None = None,
    window_id: str | None = None,
    date_from: date | None = None,
    date_to: date | None = None,
    township_code: str | None = None,
    household_id: str | None = None,
    person_id: str | None = None,
    overdue_only: bool = False,
    offset: int = 0,
    limit: int = 100,
    now: datetime | None = None,
) -> list[RequestRow]:
    """办件, newest accepted first. Dates are Beijing calendar days of acceptance (``date_to`` included);
    ``overdue`` marks open requests past their due time."""
    now = now or datetime.now(UTC)
    params: dict[str, Any] = {"limit": limit, "offset": offset}
    where = _request_where(
        params,
        status=status,
        window_id=window_id,
        date_from=date_from,
        date_to=date_to,
        township_code=township_code,
        household_id=household_id,
        person_id=person_id,
        overdue_only=overdue_only,
        now=now,
    )
    sql = (
        f"{_REQUEST_SELECT} WHERE {where} ORDER BY s.accepted_at DESC, s.id DESC LIMIT :limit OFFSET :offset"
    )

    def make(r: Any) -> RequestRow:
        due = as_datetime(r.due_at)
        return RequestRow(
            id=r.id,
            serial_no=r.serial_no,
            township_code=r.township_code,
            applicant_name=r.applicant_name,
            person_id=r.person_id,
            household_id=r.household_id,
            window_id=r.window_id,
            window_name=r.window_name or "",
            matter_id=r.matter_id,
            matter_name=r.matter_name or "",
            channel=r.channel,
            status=r.status,
            accepted_at=as_datetime(r.accepted_at),
            due_at=due,
            done_at=as_datetime(r.done_at),
            handler=r.handler,
            visits=int(r.visits or 0),
            overdue=r.status in _OPEN_REQUEST and due is not None and due < now,
        )

    return _fetch(session, sql, params, make)


def count_requests(
    session: Session | Connection,
    *,
    status: str | Sequence[str] | None = None,
    window_id: str | None = None,
    date_from: date | None = None,
    date_to: date | None = None,
    township_code: str | None = None,
    overdue_only: bool = False,
    now: datetime | None = None,
) -> int:
    params: dict[str, Any] = {}
    where = _request_where(
        params,
        status=status,
        window_id=window_id,
        date_from=date_from,
        date_to=date_to,
        township_code=township_code,
        household_id=None,
        person_id=None,
        overdue_only=overdue_only,
        now=now or datetime.now(UTC),
    )
    return _count(session, f"SELECT count(*) FROM service_request s WHERE {where}", params)


# --- visits and appeals ----------------------------------------------------------------------------------

_VISIT_SELECT = """SELECT r.id, r.household_id, h.household_no, hp.name AS head_name, g.name AS grid_name,
  r.visitor_id, r.visitor_name, r.visit_date, r.kind, r.findings, r.follow_up_needed, r.follow_up_by,
  r.follow_up_done
FROM visit_record r
LEFT JOIN household h ON h.id = r.household_id
LEFT JOIN person hp ON hp.id = h.head_person_id
LEFT JOIN grid g ON g.id = h.grid_id"""


def _visit(r: Any) -> VisitRow:
    return VisitRow(
        id=r.id,
        household_id=r.household_id,
        household_no=r.household_no or "",
        head_name=r.head_name or "",
        grid_name=r.grid_name or "",
        visitor_id=r.visitor_id,
        visitor_name=r.visitor_name,
        visit_date=as_date(r.visit_date),
        kind=r.kind,
        findings=r.findings,
        follow_up_needed=as_bool(r.follow_up_needed),
        follow_up_by=r.follow_up_by,
        follow_up_done=as_bool(r.follow_up_done),
    )


def list_visits(
    session: Session | Connection,
    *,
    household_id: str | None = None,
    grid_id: str | None = None,
    visitor_id: str | None = None,
    township_code: str | None = None,
    date_from: date | None = None,
    date_to: date | None = None,
    follow_up_open: bool = False,
    offset: int = 0,
    limit: int = 100,
) -> list[VisitRow]:
    """走访记录, newest first; ``follow_up_open``: only visits whose follow-up is still to do."""
    where = ["r.deleted = 0"]
    params: dict[str, Any] = {"limit": limit, "offset": offset}
    for value, condition, key in (
        (household_id, "r.household_id = :household", "household"),
        (grid_id, "h.grid_id = :grid", "grid"),
        (visitor_id, "r.visitor_id = :visitor", "visitor"),
        (township_code, "r.township_code = :township", "township"),
    ):
        if value:
            where.append(condition)
            params[key] = value
    if date_from:
        where.append("r.visit_date >= :from")
        params["from"] = sql_day(date_from)
    if date_to:
        where.append("r.visit_date <= :to")
        params["to"] = sql_day(date_to)
    if follow_up_open:
        where.append("r.follow_up_needed = 1 AND r.follow_up_done = 0")
    sql = (
        f"{_VISIT_SELECT} WHERE {' AND '.join(where)} "
        "ORDER BY r.visit_date DESC, r.id DESC LIMIT :limit OFFSET :offset"
    )
    return _fetch(session, sql, params, _visit)


def list_appeals(
    session: Session | Connection,
    *,
    status: str | Sequence[str] | None = None,
    kind: str | None = None,
    category: str | None = None,
    org_id: str | None = None,
    household_id: str | None = None,
    township_code: str | None = None,
    offset: int = 0,
    limit: int = 100,
) -> list[AppealRow]:
    """群众诉求 (微心愿 and 问题), newest collected first."""
    where = ["a.deleted = 0"]
    params: dict[str, Any] = {"limit": limit, "offset": offset}
    if status:
        where.append("a.status IN :statuses")
        params["statuses"] = [status] if isinstance(status, str) else list(status)
    for value, condition, key in (
        (kind, "a.kind = :kind", "kind"),
        (category, "a.category = :category", "category"),
        (org_id, "a.org_id = :org", "org"),
        (household_id, "a.household_id = :household", "household"),
        (township_code, "a.township_code = :township", "township"),
    ):
        if value:
            where.append(condition)
            params[key] = value
    sql = f"""SELECT a.id, a.kind, a.township_code, a.household_id, h.household_no, a.person_id,
  p.name AS person_name, a.content, a.category, a.status, a.org_id, o.name AS org_name, a.created_at,
  a.dispatched_at, a.claimed_at, a.done_at, a.feedback, a.satisfaction
FROM appeal a
LEFT JOIN household h ON h.id = a.household_id
LEFT JOIN person p ON p.id = a.person_id
LEFT JOIN org o ON o.id = a.org_id
WHERE {" AND ".join(where)} ORDER BY a.created_at DESC, a.id DESC LIMIT :limit OFFSET :offset"""
    return _fetch(
        session,
        sql,
        params,
        lambda r: AppealRow(
            id=r.id,
            kind=r.kind,
            township_code=r.township_code,
            household_id=r.household_id,
            household_no=r.household_no or "",
            person_id=r.person_id,
            person_name=r.person_name or "",
            content=r.content,
            category=r.category,
            status=r.status,
            org_id=r.org_id,
            org_name=r.org_name or "",
            created_at=as_datetime(r.created_at),
            dispatched_at=as_datetime(r.dispatched_at),
            claimed_at=as_datetime(r.claimed_at),
            done_at=as_datetime(r.done_at),
            feedback=r.feedback,
            satisfaction=r.satisfaction,
        ),
    )


# --- audit ---------------------------------------------------------------------------------------------


def _decode(table: str, changes: dict[str, Any]) -> tuple[FieldChange, ...]:
    model = TABLES_BY_NAME.get(table)
    columns = model.__table__.columns if model is not None else {}  # type: ignore[attr-defined]
    decoded = []
    for name, value in changes.items():
        if name in ("updated_at", "updated_by"):
            continue  # the entry's own time and user say it
        column = columns.get(name) if columns else None
        try:
            decoded.append(FieldChange(name, decode_for(column, value) if column is not None else value))
        except (TypeError, ValueError):
            decoded.append(FieldChange(name, value))
    return tuple(decoded)


def record_history(
    session: Session | Connection, table: str, row_id: str, *, limit: int = 200
) -> list[HistoryEntry]:
    """Who changed which fields of a record when, newest first (by clock): this device's own changes (the
    outbox) and the changes pulled from the server as they were merged here (``received_change``).

    Values are decoded to Python values (dates, datetimes, booleans, lists). A record that arrived in a
    snapshot has no entries from before it."""

    def make(r: Any) -> HistoryEntry:
        try:
            changes = json.loads(r.changes) if r.changes else {}
        except ValueError:
            changes = {}
        try:
            at = hlc_datetime(r.hlc)
        except ValueError:
            at = as_datetime(r.created_at) or datetime.now(UTC)
        return HistoryEntry(
            seq=int(r.seq),
            op=r.op,
            at=at,
            user=r.user,
            device=r.device,
            acked=as_bool(r.acked),
            changes=_decode(table, changes if isinstance(changes, dict) else {}),
            hlc=r.hlc,
            received=as_bool(r.received),
        )

    return _fetch(
        session,
        "SELECT * FROM ("
        "SELECT seq, op, changes, hlc, user, device, created_at, acked, 0 AS received FROM outbox "
        "WHERE tbl = :tbl AND row_id = :row "
        "UNION ALL "
        "SELECT seq, op, changes, hlc, user, device, received_at, 1, 1 FROM received_change "
        "WHERE tbl = :tbl AND row_id = :row"
        ") ORDER BY hlc DESC, received, seq DESC LIMIT :limit",
        {"tbl": table, "row": row_id, "limit": limit},
        make,
    )


def distinct_ids(rows: Iterable[Any]) -> list[str]:
    """The ids of ``rows`` in order, each once (for lazily fetching models)."""
    seen: dict[str, None] = {}
    for row in rows:
        seen.setdefault(row.id, None)
    return list(seen)
