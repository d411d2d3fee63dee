"""The indicators of a county or township (基本情况), computed by queries every time, never stored.

``stats(session)`` returns a JSON-friendly dict: top-level numbers (counts and percentages, with their
Chinese labels under ``"labels"``) and breakdowns as nested dicts keyed by enum code (grids by kind,
households by flag, service requests by status and window, appeals by status). Percentages are rounded to
one decimal (278 of 350 grid staff are party members: 79.4).

"This year" and "today" are Beijing time, as everywhere in the hall.
"""

from __future__ import annotations

import logging
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection
from sqlalchemy import text as sql_text

from ..core.clock import LOCAL_TZ as LOCAL_TZ  # re-exported: pages show county time
from ..core.enums import (
    AppealStatus,
    GridKind,
    GridRole,
    HouseholdFlag,
    PersonStatus,
    RequestStatus,
    VillageKind,
)
from .lookups import count_open_follow_ups
from .rows import sql_time

if TYPE_CHECKING:  # sessions come from the store; the sign-in path reads figures without the ORM loaded
    from sqlalchemy.orm import Session

logger = logging.getLogger(__name__)

#: the hall's clock: China keeps one time zone

LABELS: dict[str, str] = {
    "townships": "乡镇",
    "villages": "行政村",
    "communities": "社区",
    "grids": "网格",
    "grids_pastoral": "农牧区网格",
    "grids_town": "县城网格",
    "grids_monastery": "寺管会网格",
    "households": "户数",
    "persons": "在册人口",
    "grid_staff": "网格工作人员",
    "grid_staff_party": "其中党员",
    "grid_staff_party_pct": "网格工作人员党员占比（%）",
    "joint_groups": "双联户",
    "joint_group_party_heads": "党员联户长",
    "joint_group_party_heads_pct": "党员联户长占比（%）",
    "party_members": "党员（在册人口）",
    "requests_this_year": "本年办件",
    "requests_done_this_year": "本年办结",
    "requests_open": "在办件",
    "requests_overdue": "超期未办结",
    "requests_avg_days_to_done": "平均办结天数",
    "visits_last_30_days": "近30天走访",
    "appeals": "群众诉求",
    "appeals_wishes": "微心愿",
    "appeals_problems": "问题",
    "appeals_open": "未办结诉求",
    "appeals_avg_days_to_done": "诉求平均办结天数",
}

_OPEN_REQUEST = (RequestStatus.ACCEPTED.value, RequestStatus.IN_PROGRESS.value, RequestStatus.AT_COUNTY.value)


def _pct(part: int, whole: int) -> float:
    return round(100.0 * part / whole, 1) if whole else 0.0


def year_start(today: date) -> datetime:
    """1 January of ``today``'s year, 00:00 Beijing time, as UTC."""
    return datetime.combine(date(today.year, 1, 1), time(0, 0), LOCAL_TZ).astimezone(UTC)


class _Reader:
    def __init__(self, conn: Connection, township_code: str | None) -> None:
        self.conn = conn
        self.township = township_code

    def scope(self, alias: str = "") -> str:
        prefix = f"{alias}." if alias else ""
        return f" AND {prefix}township_code = :township" if self.township else ""

    def scalar(self, sql: str, **params: Any) -> Any:
        return self.conn.execute(sql_text(sql), {"township": self.township, **params}).scalar()

    def count(self, sql: str, **params: Any) -> int:
        return int(self.scalar(sql, **params) or 0)

    def grouped(self, sql: str, **params: Any) -> dict[str, int]:
        rows = self.conn.execute(sql_text(sql), {"township": self.township, **params}).all()
        return {str(key): int(n) for key, n in rows if key is not None}


def _complete(counts: dict[str, int], codes: list[str]) -> dict[str, int]:
    """Every code in order, zero when absent (a stable shape for tables and charts)."""
    return {code: counts.get(code, 0) for code in codes}


_LIVE = "deleted = 0"
_FINISHED_APPEALS = (AppealStatus.DONE.value, AppealStatus.UNRESOLVABLE.value)


def _register_counts(r: _Reader) -> tuple[int, int]:
    """(households, persons in the register)."""
    households = r.count(f"SELECT count(*) FROM household WHERE {_LIVE}{r.scope()}")
    persons = r.count(
        f"SELECT count(*) FROM person WHERE {_LIVE} AND status = :active{r.scope()}",
        active=PersonStatus.ACTIVE.value,
    )
    return households, persons


def _hall_counts(r: _Reader, since: str, now_sql: str) -> tuple[dict[str, int], int, int]:
    """(this year's requests by status, requests open, requests overdue)."""
    by_status = _complete(
        r.grouped(
            f"SELECT status, count(*) FROM service_request WHERE {_LIVE} AND accepted_at >= :since{r.scope()} "
            "GROUP BY status",
            since=since,
        ),
        [s.value for s in RequestStatus],
    )
    open_list = ", ".join(f"'{s}'" for s in _OPEN_REQUEST)
    requests_open = r.count(
        f"SELECT count(*) FROM service_request WHERE {_LIVE} AND status IN ({open_list}){r.scope()}"
    )
    overdue = r.count(
        f"SELECT count(*) FROM service_request WHERE {_LIVE} AND status IN ({open_list}) "
        f"AND due_at IS NOT NULL AND due_at < :now{r.scope()}",
        now=now_sql,
    )
    return by_status, requests_open, overdue


def _visits_last_30_days(r: _Reader, today: date) -> int:
    return r.count(
        f"SELECT count(*) FROM visit_record WHERE {_LIVE} AND visit_date > :start AND visit_date <= :today"
        f"{r.scope()}",
        start=(today - timedelta(days=30)).isoformat(),
        today=today.isoformat(),
    )


def _appeals_by_status(r: _Reader) -> dict[str, int]:
    return _complete(
        r.grouped(f"SELECT status, count(*) FROM appeal WHERE {_LIVE}{r.scope()} GROUP BY status"),
        [s.value for s in AppealStatus],
    )


def _clock(today: date | None, now: datetime | None) -> tuple[date, datetime]:
    now = now or datetime.now(UTC)
    return today or now.astimezone(LOCAL_TZ).date(), now


def dashboard(
    session: Session | Connection,
    *,
    township_code: str | None = None,
    today: date | None = None,
    now: datetime | None = None,
) -> dict[str, Any]:
    """The few figures the 工作台 shows, as ``stats`` computes them, without the rest (a third of the time
    on a 100,000-person county): households, persons, this year's and open and overdue requests, visits of
    the last 30 days, follow-ups to do, appeals by status and open."""
    conn = session if isinstance(session, Connection) else session.connection()
    today, now = _clock(today, now)
    r = _Reader(conn, township_code)
    households, persons = _register_counts(r)
    by_status, requests_open, overdue = _hall_counts(r, sql_time(year_start(today)), sql_time(now))
    appeals_by_status = _appeals_by_status(r)
    return {
        "households": households,
        "persons": persons,
        "requests_this_year": sum(by_status.values()),
        "requests_done_this_year": by_status[RequestStatus.DONE.value],
        "requests_open": requests_open,
        "requests_overdue": overdue,
        "visits_last_30_days": _visits_last_30_days(r, today),
        "follow_ups_open": count_open_follow_ups(conn, township_code),
        "appeals_by_status": appeals_by_status,
        "appeals_open": sum(n for code, n in appeals_by_status.items() if code not in _FINISHED_APPEALS),
    }


def stats(
    session: Session | Connection,
    *,
    township_code: str | None = None,
    today: date | None = None,
    now: datetime | None = None,
) -> dict[str, Any]:
    """The indicators, over the whole store or one township (``township_code``)."""
    conn = session if isinstance(session, Connection) else session.connection()
    today, now = _clock(today, now)
    r = _Reader(conn, township_code)
    live = _LIVE

    # -- places
    if township_code:
        townships = r.count(f"SELECT count(*) FROM township WHERE {live} AND code = :township")
    else:
        townships = r.count(f"SELECT count(*) FROM township WHERE {live}")
    village_kinds = r.grouped(f"SELECT kind, count(*) FROM village WHERE {live}{r.scope()} GROUP BY kind")
    grid_kinds = _complete(
        r.grouped(f"SELECT kind, count(*) FROM grid WHERE {live}{r.scope()} GROUP BY kind"),
        [k.value for k in GridKind],
    )
    # -- register
    households, persons = _register_counts(r)
    party_members = r.count(
        f"SELECT count(*) FROM person WHERE {live} AND status = :active AND is_party_member = 1{r.scope()}",
        active=PersonStatus.ACTIVE.value,
    )
    flag_rows = conn.execute(
        sql_text(f"SELECT flags FROM household WHERE {live} AND flags <> ''{r.scope()}"),
        {"township": township_code},
    ).all()
    by_flag = {flag.value: 0 for flag in HouseholdFlag}
    for (flags,) in flag_rows:
        for code in str(flags).split(","):
            if code in by_flag:
                by_flag[code] += 1
    # -- grid work
    staff_sql = f"SELECT count(*) FROM grid_member WHERE {live} AND role <> :joint_head{r.scope()}"
    grid_staff = r.count(staff_sql, joint_head=GridRole.JOINT_HEAD.value)
    grid_staff_party = r.count(staff_sql + " AND is_party_member = 1", joint_head=GridRole.JOINT_HEAD.value)
    staff_by_role = r.grouped(
        f"SELECT role, count(*) FROM grid_member WHERE {live}{r.scope()} GROUP BY role",
    )
    joint_groups = r.count(f"SELECT count(*) FROM joint_group WHERE {live}{r.scope()}")
    joint_party_heads = r.count(
        f"SELECT count(*) FROM joint_group j JOIN person p ON p.id = j.head_person_id "
        f"WHERE j.deleted = 0 AND p.is_party_member = 1{r.scope('j')}"
    )
    # -- the hall
    since = sql_time(year_start(today))
    now_sql = sql_time(now)
    requests_by_status, requests_open, overdue = _hall_counts(r, since, now_sql)
    requests_by_window = r.grouped(
        f"SELECT w.name, count(*) FROM service_request s JOIN service_window w ON w.id = s.window_id "
        f"WHERE s.deleted = 0 AND s.accepted_at >= :since{r.scope('s')} GROUP BY w.name "
        "ORDER BY min(w.sort_order)",
        since=since,
    )
    avg_days = r.scalar(
        f"SELECT avg(julianday(done_at) - julianday(accepted_at)) FROM service_request "
        f"WHERE {live} AND status = :done AND done_at IS NOT NULL AND accepted_at >= :since{r.scope()}",
        done=RequestStatus.DONE.value,
        since=since,
    )
    # -- grid liaisons' work
    visits_30 = _visits_last_30_days(r, today)
    appeals_by_status = _appeals_by_status(r)
    appeals_by_kind = r.grouped(f"SELECT kind, count(*) FROM appeal WHERE {live}{r.scope()} GROUP BY kind")
    appeal_done_days = r.scalar(
        f"SELECT avg(julianday(done_at) - julianday(created_at)) FROM appeal "
        f"WHERE {live} AND status = :done AND done_at IS NOT NULL{r.scope()}",
        done=AppealStatus.DONE.value,
    )

    result: dict[str, Any] = {
        "meta": {
            "as_of": now.isoformat(timespec="seconds"),
            "today": today.isoformat(),
            "township_code": township_code or "",
        },
        "townships": townships,
        "villages": village_kinds.get(VillageKind.VILLAGE.value, 0),
        "communities": village_kinds.get(VillageKind.COMMUNITY.value, 0),
        "grids": sum(grid_kinds.values()),
        "grids_pastoral": grid_kinds[GridKind.PASTORAL.value],
        "grids_town": grid_kinds[GridKind.TOWN.value],
        "grids_monastery": grid_kinds[GridKind.MONASTERY.value],
        "households": households,
        "persons": persons,
        "party_members": party_members,
        "grid_staff": grid_staff,
        "grid_staff_party": grid_staff_party,
        "grid_staff_party_pct": _pct(grid_staff_party, grid_staff),
        "joint_groups": joint_groups,
        "joint_group_party_heads": joint_party_heads,
        "joint_group_party_heads_pct": _pct(joint_party_heads, joint_groups),
        "requests_this_year": sum(requests_by_status.values()),
        "requests_done_this_year": requests_by_status[RequestStatus.DONE.value],
        "requests_open": requests_open,
        "requests_overdue": overdue,
        "requests_avg_days_to_done": round(float(avg_days), 1) if avg_days is not None else None,
        "visits_last_30_days": visits_30,
        "appeals": sum(appeals_by_status.values()),
        "appeals_wishes": appeals_by_kind.get("wish", 0),
        "appeals_problems": appeals_by_kind.get("problem", 0),
        "appeals_open": sum(n for code, n in appeals_by_status.items() if code not in _FINISHED_APPEALS),
        "appeals_avg_days_to_done": round(float(appeal_done_days), 1)
        if appeal_done_days is not None
        else None,
        "grids_by_kind": grid_kinds,
        "grid_staff_by_role": _complete(staff_by_role, [role.value for role in GridRole]),
        "households_by_flag": by_flag,
        "requests_by_status": requests_by_status,
        "requests_by_window": requests_by_window,
        "appeals_by_status": appeals_by_status,
        "labels": LABELS,
    }
    return result
