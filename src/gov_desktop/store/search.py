"""Looking a resident up: one search box for names, pinyin, ID numbers, phones and household numbers.

``search_persons(store, "zxh")`` classifies the text and runs every search it may mean:

=================  =============================================  ==========================================
text               kind                                            how
=================  =============================================  ==========================================
张晓华, 晓华, 张     ``name``: substring of the Chinese name         ``person_name_gram`` (migration 0003)
བཀྲ་ཤིས, ཚེ་རིང       ``name_bo``: Tibetan name, from a syllable      ``person_name_gram``
zxh, zhangxiao     ``pinyin``: initials prefix or full pinyin      indexes on name_initials / name_pinyin
5425251985…        ``id_number``: ID prefix (≥ 6 characters)       index on id_number
1390897, 13908…    ``phone``: prefix (≥ 4 digits, or 0891-…)       index on phone
1002010023, KS-1   ``household_no``: 户号 prefix (≥ 3 characters)   index on household_no → the members
=================  =============================================  ==========================================

A digit string may be several kinds at once (an ID prefix and a 户号); all of them run. Results rank exact
matches first (the whole name, the whole ID number …), then prefix matches, then other substrings; each kind
reads only as many rows as it needs (``LIMIT`` on index ranges), so a one-character query over 100,000
persons costs no more than a rare one.

With a village or grid filter the search instead scans that scope's persons (a few thousand at most), which
beats walking a long index range to find the few that are in the scope. Without the 0003 index (a database
made by the provisional ``create_all``) the name kinds fall back to a scan.

Results are frozen rows (``PersonHit``, ``HouseholdHit``), never ORM objects.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.orm import Session

from ..core.enums import PersonStatus, Relation
from .engine import Store
from .pinyin import query_pinyin
from .rows import as_date

logger = logging.getLogger(__name__)

#: larger than any character: ``key <= x < key + _MAX`` is "x starts with key" on a BINARY index
_MAX = "\U0010ffff"
#: Tibetan syllable separators: tsheg, non-breaking tsheg, shad, space (as in migration 0003)
_BO_SEPARATORS = "་༌། "
_BO_SEP_RE = re.compile(f"[{_BO_SEPARATORS}]+")
_TIBETAN = re.compile(r"[\u0f00-\u0fff]")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")
_PINYIN = re.compile(r"[a-z]+")
_ID_PREFIX = re.compile(r"[1-9]\d{5,16}[\dX]?")
_MOBILE_PREFIX = re.compile(r"1\d{3,10}")
_LANDLINE_PREFIX = re.compile(r"0\d{2,3}(-\d{0,8})?")
_HOUSEHOLD_NO = re.compile(r"[0-9A-Za-z][0-9A-Za-z\-]{2,29}")
#: how many entries of a gram's list are counted when choosing the rarest gram of a query
_GRAM_COUNT_CAP = 1000
_INDEX_TRIGGER = "search_person_insert"


class SearchKind(StrEnum):
    NAME = "name"
    NAME_BO = "name_bo"
    PINYIN = "pinyin"
    ID_NUMBER = "id_number"
    PHONE = "phone"
    HOUSEHOLD_NO = "household_no"


#: how kinds rank against each other within a tier
_KIND_RANK = {kind: rank for rank, kind in enumerate(SearchKind)}


class Tier:
    EXACT = 0
    PREFIX = 1
    CONTAINS = 2


@dataclass(frozen=True, slots=True)
class PersonHit:
    """A person found, with their household and where they live."""

    id: str
    name: str
    name_bo: str
    gender: str
    id_number: str
    birth_date: date | None
    phone: str
    household_id: str | None
    household_no: str
    address: str
    status: str
    relation: str
    township_code: str
    village_name: str
    grid_name: str
    #: the kind of search that found the person, and whether it matched the whole value
    matched: SearchKind
    exact: bool


@dataclass(frozen=True, slots=True)
class HouseholdHit:
    """A household found (by its number, or through a member found by any kind of search)."""

    id: str
    household_no: str
    address: str
    township_code: str
    head_person_id: str | None
    head_name: str
    head_id_number: str
    phone: str
    flags: str
    member_count: int
    village_name: str
    grid_name: str
    matched: SearchKind
    exact: bool
    #: the member whose match found the household (None when found by its number)
    via_person_id: str | None = None


@dataclass(frozen=True, slots=True)
class Query:
    """A search text as typed, normalised, with the kinds of search it may mean."""

    text: str
    kinds: tuple[SearchKind, ...]


def classify(raw: str) -> Query:
    """What a search text may mean. Full-width characters are folded, spaces trimmed."""
    raw = (raw or "").strip()
    if not raw:
        return Query("", ())
    if _TIBETAN.search(raw):  # no NFKC: it would decompose stored stacked letters differently
        text_bo = _BO_SEP_RE.sub("་", raw).strip(_BO_SEPARATORS)
        return Query(text_bo, (SearchKind.NAME_BO,) if text_bo else ())
    folded = unicodedata.normalize("NFKC", raw).strip()
    if _HAN.search(folded):
        return Query(re.sub(r"[\s·•・.]", "", folded), (SearchKind.NAME,))
    letters = query_pinyin(folded).replace("ü", "v")
    if _PINYIN.fullmatch(letters):
        return Query(letters, (SearchKind.PINYIN,))
    compact = re.sub(r"\s", "", folded).upper()
    kinds: list[SearchKind] = []
    if _ID_PREFIX.fullmatch(compact) and len(compact) <= 18:
        kinds.append(SearchKind.ID_NUMBER)
    if _MOBILE_PREFIX.fullmatch(compact) or _LANDLINE_PREFIX.fullmatch(compact):
        kinds.append(SearchKind.PHONE)
    whole_id = len(compact) == 18 and SearchKind.ID_NUMBER in kinds
    if _HOUSEHOLD_NO.fullmatch(compact) and any(c.isdigit() for c in compact) and not whole_id:
        kinds.append(SearchKind.HOUSEHOLD_NO)
    return Query(compact, tuple(kinds))


# --- filters -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Scope:
    township_code: str | None
    village_id: str | None
    grid_id: str | None
    include_inactive: bool

    @property
    def narrow(self) -> bool:
        """A village or grid: few enough persons to scan."""
        return bool(self.village_id or self.grid_id)

    def person_sql(self) -> str:
        """Conditions on person ``p``."""
        parts = ["p.deleted = 0"]
        if not self.include_inactive:
            parts.append("p.status = :active")
        if self.township_code:
            parts.append("p.township_code = :township")
        return " AND ".join(parts)

    def household_sql(self) -> str:
        """Conditions on household ``h``."""
        parts = ["h.deleted = 0"]
        if self.township_code:
            parts.append("h.township_code = :township")
        if self.village_id:
            parts.append("h.village_id = :village")
        if self.grid_id:
            parts.append("h.grid_id = :grid")
        return " AND ".join(parts)

    def params(self) -> dict[str, Any]:
        return {
            "active": PersonStatus.ACTIVE.value,
            "township": self.township_code,
            "village": self.village_id,
            "grid": self.grid_id,
        }


@dataclass(order=True, frozen=True)
class _Candidate:
    tier: int
    kind_rank: int
    key: str
    person_id: str = field(compare=False)
    kind: SearchKind = field(compare=False)


# --- the searches ----------------------------------------------------------------------------------------


@contextmanager
def _connection(store_or_session: Store | Session) -> Iterator[Connection]:
    if isinstance(store_or_session, Store):
        with store_or_session.reader() as session:
            yield session.connection()
    else:
        yield store_or_session.connection()


def has_name_index(conn: Connection) -> bool:
    """Whether the name search index of migration 0003 is in place (its triggers keep it current)."""
    row = conn.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE type = 'trigger' AND name = ?", (_INDEX_TRIGGER,)
    ).first()
    return row is not None


def _cursor(conn: Connection) -> Any:
    """A DBAPI cursor on the connection's own transaction: the hot path skips SQLAlchemy's result layer
    (a third of a search's time); the SQL uses the same ``:name`` parameters."""
    raw = conn.connection.dbapi_connection
    if raw is None:  # pragma: no cover - an open Connection always has one
        raise RuntimeError("connection is closed")
    return raw.cursor()


def _rows(conn: Connection, sql: str, params: Mapping[str, Any]) -> list[tuple[Any, ...]]:
    cursor = _cursor(conn)
    try:
        cursor.execute(sql, params)
        return list(cursor.fetchall())
    finally:
        cursor.close()


def _in(name: str, values: Sequence[str], params: dict[str, Any]) -> str:
    """``:name0, :name1, …`` for an IN list, the values added to ``params``."""
    for i, value in enumerate(values):
        params[f"{name}{i}"] = value
    return ", ".join(f":{name}{i}" for i in range(len(values)))


def _gram_count(conn: Connection, gram: str, *, prefix: bool) -> int:
    condition = "gram >= :g AND gram < :hi" if prefix else "gram = :g"
    sql = f"SELECT count(*) FROM (SELECT 1 FROM person_name_gram WHERE {condition} LIMIT {_GRAM_COUNT_CAP})"
    return int(_rows(conn, sql, {"g": gram, "hi": gram + _MAX})[0][0])


def _query_grams(q: str, kind: SearchKind) -> list[tuple[str, bool]]:
    """(gram, is a prefix) the index holds for every person whose name contains ``q``."""
    if kind is SearchKind.NAME_BO:
        syllables = [s for s in _BO_SEP_RE.split(q) if s]
        return [(s[:2], len(s) < 2) for s in syllables]
    if len(q) == 1:
        return [(q, True)]
    return [(q[i : i + 2], False) for i in range(len(q) - 1)]


def _name_by_index(conn: Connection, kind: SearchKind, q: str, scope: _Scope, limit: int) -> list[_Candidate]:
    """Name kinds through ``person_name_gram``: exact and prefix by the whole-name key, then substrings."""
    column = "p.name" if kind is SearchKind.NAME else "p.name_bo"
    sort = "p.name_pinyin" if kind is SearchKind.NAME else "p.name_bo"
    where = scope.person_sql()
    params = {**scope.params(), "key": "=" + q, "hi": "=" + q + _MAX, "q": q, "lim": limit}
    base = f"SELECT p.id, {sort} FROM person_name_gram g CROSS JOIN person p ON p.id = g.person_id"
    found: list[_Candidate] = []
    rank = _KIND_RANK[kind]
    for tier, condition in ((Tier.EXACT, "g.gram = :key"), (Tier.PREFIX, "g.gram > :key AND g.gram < :hi")):
        for person_id, key in _rows(conn, f"{base} WHERE {condition} AND {where} LIMIT :lim", params):
            found.append(_Candidate(tier, rank, key or "", person_id, kind))
        if len(found) >= limit:
            return found
    grams = _query_grams(q, kind)
    if not grams:
        return found
    if len(grams) > 1:
        grams.sort(key=lambda g: _gram_count(conn, g[0], prefix=g[1]))
    (gram, prefix), others = grams[0], [g for g, is_prefix in grams[1:] if not is_prefix]
    condition = "g.gram >= :g AND g.gram < :ghi" if prefix else "g.gram = :g"
    # the other grams of the query, checked in the index alone: only real candidates reach the person table
    also = "".join(
        f" AND EXISTS (SELECT 1 FROM person_name_gram o{i} WHERE o{i}.gram = :o{i} AND o{i}.person_id = g.person_id)"
        for i in range(len(others))
    )
    sql = (
        f"SELECT DISTINCT p.id, {sort} FROM person_name_gram g CROSS JOIN person p ON p.id = g.person_id "
        f"WHERE {condition}{also} AND instr({column}, :q) > 1 AND {where} LIMIT :lim"
    )
    params.update(g=gram, ghi=gram + _MAX, lim=limit - len(found))
    params.update({f"o{i}": other for i, other in enumerate(others)})
    for person_id, key in _rows(conn, sql, params):
        found.append(_Candidate(Tier.CONTAINS, rank, key or "", person_id, kind))
    return found


#: per kind, for scans: (match condition, tier expression, sort key); ``p`` person, ``h`` household
_SCAN: dict[SearchKind, tuple[str, str, str]] = {
    SearchKind.NAME: (
        "instr(p.name, :q) > 0",
        "CASE WHEN p.name = :q THEN 0 WHEN substr(p.name, 1, :n) = :q THEN 1 ELSE 2 END",
        "p.name_pinyin",
    ),
    SearchKind.NAME_BO: (
        "(substr(p.name_bo, 1, :n) = :q OR instr(p.name_bo, '་' || :q) > 0 OR instr(p.name_bo, ' ' || :q) > 0)",
        "CASE WHEN rtrim(p.name_bo, :seps) = :q THEN 0 WHEN substr(p.name_bo, 1, :n) = :q THEN 1 ELSE 2 END",
        "p.name_bo",
    ),
    SearchKind.PINYIN: (
        "(substr(p.name_initials, 1, :n) = :q OR substr(p.name_pinyin, 1, :n) = :q)",
        "CASE WHEN p.name_initials = :q OR p.name_pinyin = :q THEN 0 ELSE 1 END",
        "p.name_pinyin",
    ),
    SearchKind.ID_NUMBER: (
        "substr(p.id_number, 1, :n) = :q",
        "CASE WHEN p.id_number = :q THEN 0 ELSE 1 END",
        "p.id_number",
    ),
    SearchKind.PHONE: (
        "substr(p.phone, 1, :n) = :q",
        "CASE WHEN p.phone = :q THEN 0 ELSE 1 END",
        "p.phone",
    ),
    SearchKind.HOUSEHOLD_NO: (
        "substr(h.household_no, 1, :n) = :q",
        "CASE WHEN h.household_no = :q THEN 0 ELSE 1 END",
        f"h.household_no || CASE WHEN p.relation = '{Relation.HEAD.value}' THEN '0' ELSE '1' END",
    ),
}


def _by_scan(conn: Connection, kind: SearchKind, q: str, scope: _Scope, limit: int) -> list[_Candidate]:
    """Scan the scope's persons (a village or grid), or every person when a name kind has no index."""
    condition, tier, sort = _SCAN[kind]
    if scope.narrow or kind is SearchKind.HOUSEHOLD_NO:
        source = "household h CROSS JOIN person p ON p.household_id = h.id"
        where = f"{scope.household_sql()} AND {scope.person_sql()}"
    else:
        source = "person p"
        where = scope.person_sql()
    sql = (
        f"SELECT p.id, {tier} AS tier, {sort} AS sort FROM {source} WHERE {where} AND {condition} "
        "ORDER BY tier, sort LIMIT :lim"
    )
    params = {**scope.params(), "q": q, "n": len(q), "seps": _BO_SEPARATORS, "lim": limit}
    rank = _KIND_RANK[kind]
    return [_Candidate(t, rank, s or "", pid, kind) for pid, t, s in _rows(conn, sql, params)]


def _by_key_range(conn: Connection, kind: SearchKind, q: str, scope: _Scope, limit: int) -> list[_Candidate]:
    """Pinyin, ID number, phone: prefix ranges on indexed person columns (the exact value sorts first)."""
    columns = {
        SearchKind.PINYIN: ("p.name_initials", "p.name_pinyin"),
        SearchKind.ID_NUMBER: ("p.id_number",),
        SearchKind.PHONE: ("p.phone",),
    }[kind]
    where = scope.person_sql()
    params = {**scope.params(), "q": q, "hi": q + _MAX, "lim": limit}
    rank = _KIND_RANK[kind]
    found: dict[str, _Candidate] = {}
    for column in columns:
        sql = (
            f"SELECT p.id, {column}, p.name_pinyin FROM person p "
            f"WHERE {column} >= :q AND {column} < :hi AND {where} ORDER BY {column} LIMIT :lim"
        )
        for person_id, value, pinyin in _rows(conn, sql, params):
            tier = Tier.EXACT if value == q else Tier.PREFIX
            key = (pinyin or "") if kind is SearchKind.PINYIN else value
            candidate = _Candidate(tier, rank, key, person_id, kind)
            if person_id not in found or candidate < found[person_id]:
                found[person_id] = candidate
    return list(found.values())


def _by_household_no(conn: Connection, q: str, scope: _Scope, limit: int) -> list[_Candidate]:
    """Households by 户号 prefix in number order, then their members (head first), until ``limit`` persons."""
    rank = _KIND_RANK[SearchKind.HOUSEHOLD_NO]
    found: list[_Candidate] = []
    after, after_id = "", ""  # the last household read: the next batch starts behind it
    batch = max(4, limit // 3)  # about four members a household
    while len(found) < limit:
        households = _rows(
            conn,
            "SELECT h.id, h.household_no FROM household h WHERE h.household_no >= :q AND h.household_no < :hi "
            "AND (h.household_no > :after OR (h.household_no = :after AND h.id > :after_id)) "
            f"AND {scope.household_sql()} ORDER BY h.household_no, h.id LIMIT :lim",
            {**scope.params(), "q": q, "hi": q + _MAX, "after": after, "after_id": after_id, "lim": batch},
        )
        if not households:
            break
        numbers = {hid: no for hid, no in households}
        after_id, after = households[-1]
        params = scope.params()
        in_list = _in("hh", list(numbers), params)
        rows = _rows(
            conn,
            "SELECT p.id, p.household_id, p.relation, p.name_pinyin FROM person p "
            f"WHERE p.household_id IN ({in_list}) AND {scope.person_sql()}",
            params,
        )
        for person_id, household_id, relation, pinyin in rows:
            number = numbers[household_id]
            tier = Tier.EXACT if number == q else Tier.PREFIX
            key = f"{number}\t{0 if relation == Relation.HEAD.value else 1}\t{pinyin}"
            found.append(_Candidate(tier, rank, key, person_id, SearchKind.HOUSEHOLD_NO))
        if len(households) < batch:
            break
        batch = limit
    return found


def _candidates(conn: Connection, query: Query, scope: _Scope, limit: int) -> list[_Candidate]:
    indexed: bool | None = None
    best: dict[str, _Candidate] = {}
    for kind in query.kinds:
        if scope.narrow:
            found = _by_scan(conn, kind, query.text, scope, limit)
        elif kind in (SearchKind.NAME, SearchKind.NAME_BO):
            if indexed is None:
                indexed = has_name_index(conn)
            if indexed:
                found = _name_by_index(conn, kind, query.text, scope, limit)
            else:
                found = _by_scan(conn, kind, query.text, scope, limit)
        elif kind is SearchKind.HOUSEHOLD_NO:
            found = _by_household_no(conn, query.text, scope, limit)
        else:
            found = _by_key_range(conn, kind, query.text, scope, limit)
        for candidate in found:
            known = best.get(candidate.person_id)
            if known is None or candidate < known:
                best[candidate.person_id] = candidate
    return sorted(best.values())


_PERSON_DETAIL = """SELECT p.id, p.name, p.name_bo, p.gender, p.id_number, p.birth_date, p.phone,
  p.household_id, p.status, p.relation, p.township_code, h.household_no, h.address,
  v.name AS village_name, g.name AS grid_name
FROM person p
LEFT JOIN household h ON h.id = p.household_id
LEFT JOIN village v ON v.id = h.village_id
LEFT JOIN grid g ON g.id = h.grid_id
WHERE p.id IN ({ids})"""


def _by_ids(conn: Connection, sql: str, ids: Iterable[str]) -> dict[str, dict[str, Any]]:
    """Rows of ``sql`` (with ``{ids}`` for the IN list) by their ``id`` column, as dicts."""
    wanted = list(dict.fromkeys(ids))
    if not wanted:
        return {}
    params: dict[str, Any] = {}
    cursor = _cursor(conn)
    try:
        cursor.execute(sql.format(ids=_in("id", wanted, params)), params)
        columns = [d[0] for d in cursor.description]
        rows = [dict(zip(columns, values, strict=True)) for values in cursor.fetchall()]
    finally:
        cursor.close()
    return {row["id"]: row for row in rows}


def search_persons(
    store_or_session: Store | Session,
    text: str,
    *,
    township_code: str | None = None,
    village_id: str | None = None,
    grid_id: str | None = None,
    include_inactive: bool = False,
    limit: int = 50,
) -> list[PersonHit]:
    """Persons matching ``text`` (see the module docstring), best first, at most ``limit``.

    Persons who moved out or died are left out unless ``include_inactive``; deleted rows always are.
    """
    query = classify(text)
    if not query.kinds or limit <= 0:
        return []
    scope = _Scope(township_code, village_id, grid_id, include_inactive)
    with _connection(store_or_session) as conn:
        ranked = _candidates(conn, query, scope, limit)[:limit]
        rows = _by_ids(conn, _PERSON_DETAIL, (c.person_id for c in ranked))
    hits = []
    for c in ranked:
        row = rows.get(c.person_id)
        if row is None:
            continue
        hits.append(
            PersonHit(
                id=row["id"],
                name=row["name"],
                name_bo=row["name_bo"],
                gender=row["gender"],
                id_number=row["id_number"],
                birth_date=as_date(row["birth_date"]),
                phone=row["phone"],
                household_id=row["household_id"],
                household_no=row["household_no"] or "",
                address=row["address"] or "",
                status=row["status"],
                relation=row["relation"],
                township_code=row["township_code"],
                village_name=row["village_name"] or "",
                grid_name=row["grid_name"] or "",
                matched=c.kind,
                exact=c.tier == Tier.EXACT,
            )
        )
    return hits


_HOUSEHOLD_DETAIL = f"""SELECT h.id, h.household_no, h.address, h.township_code, h.head_person_id, h.phone,
  h.flags, hp.name AS head_name, hp.id_number AS head_id_number, hp.phone AS head_phone,
  (SELECT count(*) FROM person m WHERE m.household_id = h.id AND m.deleted = 0
     AND m.status = '{PersonStatus.ACTIVE.value}') AS member_count,
  v.name AS village_name, g.name AS grid_name
FROM household h
LEFT JOIN person hp ON hp.id = h.head_person_id
LEFT JOIN village v ON v.id = h.village_id
LEFT JOIN grid g ON g.id = h.grid_id
WHERE h.id IN ({{ids}})"""


def search_households(
    store_or_session: Store | Session,
    text: str,
    *,
    township_code: str | None = None,
    village_id: str | None = None,
    grid_id: str | None = None,
    limit: int = 50,
) -> list[HouseholdHit]:
    """Households matching ``text``: by 户号, or as the household of a person found by any other kind
    (a member's name, pinyin, ID number or phone). Best first: exact matches, then the rest."""
    query = classify(text)
    if not query.kinds or limit <= 0:
        return []
    scope = _Scope(township_code, village_id, grid_id, include_inactive=False)
    with _connection(store_or_session) as conn:
        ranked = _candidates(conn, query, scope, limit * 3)
        if not ranked:
            return []
        owners = {
            row["id"]: row["household_id"]
            for row in _by_ids(
                conn, "SELECT id, household_id FROM person WHERE id IN ({ids})", (c.person_id for c in ranked)
            ).values()
        }
        order: dict[str, _Candidate] = {}
        for c in ranked:
            household_id = owners.get(c.person_id)
            if household_id and household_id not in order:
                order[household_id] = c
            if len(order) >= limit:
                break
        rows = _by_ids(conn, _HOUSEHOLD_DETAIL, order)
    hits = []
    for household_id, c in order.items():
        row = rows.get(household_id)
        if row is None:
            continue
        by_number = c.kind is SearchKind.HOUSEHOLD_NO
        hits.append(
            HouseholdHit(
                id=row["id"],
                household_no=row["household_no"],
                address=row["address"],
                township_code=row["township_code"],
                head_person_id=row["head_person_id"],
                head_name=row["head_name"] or "",
                head_id_number=row["head_id_number"] or "",
                phone=row["phone"] or row["head_phone"] or "",
                flags=row["flags"],
                member_count=int(row["member_count"] or 0),
                village_name=row["village_name"] or "",
                grid_name=row["grid_name"] or "",
                matched=c.kind,
                exact=c.tier == Tier.EXACT,
                via_person_id=None if by_number else c.person_id,
            )
        )
    return hits
