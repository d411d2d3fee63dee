"""Field rules of a synced change, checked where a change arrives from elsewhere (the county server).

The client's use cases check their forms with ``validation``; a change received over the wire is checked
here with the very same functions, field by field, for the fields it carries:

* every field is a column of the table, with a value of the column's wire type (text, whole number,
  boolean, ``YYYY-MM-DD`` date, datetime, list of text) that fits the column (length, 32-bit range) and
  holds no NUL character or unpaired surrogate (PostgreSQL would refuse them);
* resident ID numbers pass GB 11643 (when not empty), phone numbers look like phone numbers;
* required fields are not empty (an insert must carry the table's required columns);
* codes of closed lists are valid codes of their ``LabeledEnum`` (comma-joined sets code by code);
* dates of events (birth, visit, status change, duty start) are not in the future.

Rules that need the database (duplicates, references, status transitions) stay in the use cases.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import JSON, BigInteger, Boolean, Date, DateTime, Integer, String

from .enums import (
    AppealCategory,
    AppealKind,
    AppealStatus,
    Channel,
    DutyKind,
    Education,
    Gender,
    GridKind,
    GridRole,
    HouseholdFlag,
    LabeledEnum,
    OrgKind,
    PersonStatus,
    RatingCriterion,
    Relation,
    RequestStatus,
    Satisfaction,
    SpecialGroup,
    VillageKind,
    VisitKind,
)
from .errors import FieldError
from .models import TABLES_BY_NAME
from .validation import parse_id_number, validate_phone

#: fields that never travel in a change's field map: the key and what is derived from the change's stamp
#: (kept in step with ``sync.merge.NOT_ON_WIRE``; core cannot import sync). They are ignored, not refused.
IGNORED_FIELDS = frozenset({"id", "hlc", "created_at", "updated_at", "updated_by", "township_code"})

#: closed lists: (table, field) → enum of its codes
CHOICES: dict[tuple[str, str], type[LabeledEnum]] = {
    ("village", "kind"): VillageKind,
    ("grid", "kind"): GridKind,
    ("grid_member", "role"): GridRole,
    ("person", "gender"): Gender,
    ("person", "relation"): Relation,
    ("person", "status"): PersonStatus,
    ("person", "education"): Education,
    ("service_request", "channel"): Channel,
    ("service_request", "status"): RequestStatus,
    ("visit_record", "kind"): VisitKind,
    ("appeal", "kind"): AppealKind,
    ("appeal", "category"): AppealCategory,
    ("appeal", "status"): AppealStatus,
    ("appeal", "satisfaction"): Satisfaction,
    ("org", "kind"): OrgKind,
}

#: sets of codes stored sorted and comma-joined (``enums.join_codes``)
CODE_SETS: dict[tuple[str, str], type[LabeledEnum]] = {
    ("household", "flags"): HouseholdFlag,
    ("person", "special_groups"): SpecialGroup,
    ("party_duty", "duty_kinds"): DutyKind,
    ("civilized_rating", "criteria"): RatingCriterion,
}

#: fields that may not be empty (on insert they must be present, too)
REQUIRED: dict[str, frozenset[str]] = {
    "township": frozenset({"code", "name"}),
    "village": frozenset({"code", "name"}),
    "grid": frozenset({"code", "name"}),
    "grid_member": frozenset({"grid_id"}),
    "household": frozenset({"household_no"}),
    "person": frozenset({"name"}),
    "joint_group": frozenset({"name"}),
    "party_duty": frozenset({"person_id", "household_id"}),
    "civilized_rating": frozenset({"household_id", "year"}),
    "service_window": frozenset({"code", "name"}),
    "matter_type": frozenset({"window_id", "code", "name"}),
    "service_request": frozenset({"serial_no", "window_id", "matter_id"}),
    "visit_record": frozenset({"household_id", "visit_date"}),
    "appeal": frozenset({"content"}),
    "org": frozenset({"name"}),
    "conflict_log": frozenset({"tbl", "row_id", "field", "winner_hlc", "loser_hlc"}),
}

PHONE_FIELDS = frozenset({("person", "phone"), ("household", "phone"), ("grid_member", "phone")})
ID_NUMBER_FIELDS = frozenset({("person", "id_number")})
#: dates of things that have happened
PAST_DATES = frozenset(
    {
        ("person", "birth_date"),
        ("person", "status_date"),
        ("visit_record", "visit_date"),
        ("party_duty", "since"),
    }
)
#: whole numbers with a domain range (others: the 32-bit range of the column)
RANGES: dict[tuple[str, str], tuple[int, int]] = {
    ("civilized_rating", "stars"): (0, len(RatingCriterion)),
    ("civilized_rating", "year"): (2000, 2100),
    ("service_request", "visits"): (0, 999),
    ("matter_type", "promised_days"): (0, 3650),
    ("service_window", "sort_order"): (0, 999),
}

INT32 = (-(2**31), 2**31 - 1)
INT64 = (-(2**63), 2**63 - 1)
MAX_LIST_ITEMS = 200
MAX_LIST_ITEM_CHARS = 200
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}(?:[ T].*)?", re.DOTALL)


def latest_today() -> date:
    """Today's date where it is latest on earth (UTC+14).

    The server runs in UTC while a township's day starts at 00:00 Beijing time, so "not in the future" must
    not refuse a visit recorded this morning in Tibet. A day of slack is the honest bound.
    """
    return (datetime.now(UTC) + timedelta(hours=14)).date()


def text_problem(value: str) -> bool:
    """True when ``value`` cannot be stored in every database: a NUL character or an unpaired surrogate."""
    if "\x00" in value:
        return True
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _type_error(name: str, value: Any) -> FieldError:
    shown = repr(value)
    return FieldError(name, "field.type", {"value": shown if len(shown) <= 40 else shown[:37] + "..."})


def _check_type(name: str, column: Any, value: Any) -> tuple[list[FieldError], Any]:
    """Errors of ``value`` against ``column``'s wire type, and the value as a Python value (date, int …)."""
    if value is None:
        if column.nullable:
            return [], None
        return [FieldError(name, "required")], None
    kind = getattr(column.type, "impl", column.type)
    if isinstance(kind, Boolean):
        if isinstance(value, bool) or (isinstance(value, int) and value in (0, 1)):
            return [], bool(value)
        return [_type_error(name, value)], None
    if isinstance(kind, Integer):  # BigInteger too
        low, high = INT64 if isinstance(kind, BigInteger) else INT32
        if isinstance(value, bool) or not isinstance(value, int):
            return [_type_error(name, value)], None
        if not low <= value <= high:
            return [FieldError(name, "number.range", {"min": low, "max": high})], None
        return [], value
    if isinstance(kind, DateTime):
        if not isinstance(value, str) or text_problem(value) or len(value) > 40:
            return [_type_error(name, value)], None
        try:
            return [], datetime.fromisoformat(value.replace(" ", "T"))
        except ValueError:
            return [FieldError(name, "date.invalid", {"value": value[:40]})], None
    if isinstance(kind, Date):
        if not isinstance(value, str) or text_problem(value) or len(value) > 40 or not _DATE.fullmatch(value):
            return [_type_error(name, value)], None
        try:
            return [], date.fromisoformat(value[:10])
        except ValueError:
            return [FieldError(name, "date.invalid", {"value": value[:40]})], None
    if isinstance(kind, JSON):
        if (
            not isinstance(value, list)
            or len(value) > MAX_LIST_ITEMS
            or not all(isinstance(v, str) and not text_problem(v) for v in value)
        ):
            return [_type_error(name, value)], None
        if any(len(v) > MAX_LIST_ITEM_CHARS for v in value):
            return [FieldError(name, "too_long", {"max": MAX_LIST_ITEM_CHARS})], None
        return [], value
    if isinstance(kind, String):
        if not isinstance(value, str) or text_problem(value):
            return [_type_error(name, value)], None
        if kind.length is not None and len(value) > kind.length:
            return [FieldError(name, "too_long", {"max": kind.length})], None
        return [], value
    return [_type_error(name, value)], None  # pragma: no cover - every column type is handled above


def _check_domain(table: str, name: str, value: Any, today: date) -> list[FieldError]:
    """Domain rules of one well-typed value."""
    key = (table, name)
    if name in REQUIRED.get(table, frozenset()) and (
        value is None or (isinstance(value, str) and not value.strip())
    ):
        return [FieldError(name, "required")]
    if key in ID_NUMBER_FIELDS and value:
        result = parse_id_number(value, today=today, field=name)
        return [result] if isinstance(result, FieldError) else []
    if key in PHONE_FIELDS:
        return validate_phone(value, field=name)
    if key in CHOICES:
        if not value:  # empty only where the column's default is empty (gender, education, satisfaction)
            return [] if _default(table, name) == "" else [FieldError(name, "required")]
        try:
            CHOICES[key](value)
        except ValueError:
            return [FieldError(name, "invalid_choice", {"value": value})]
        return []
    if key in CODE_SETS and value:
        enum_cls = CODE_SETS[key]
        for code in value.split(","):
            try:
                enum_cls(code)
            except ValueError:
                return [FieldError(name, "invalid_choice", {"value": code})]
        return []
    if key in PAST_DATES and isinstance(value, date) and value > today:
        return [FieldError(name, "date.future")]
    if key in RANGES and isinstance(value, int):
        low, high = RANGES[key]
        if not low <= value <= high:
            return [FieldError(name, "number.range", {"min": low, "max": high})]
    return []


def _default(table: str, name: str) -> Any:
    return TABLES_BY_NAME[table].model_fields[name].default


def _required_columns(table: str) -> list[str]:
    """Columns an insert must carry: not nullable, no default, and not derived from the change."""
    model = TABLES_BY_NAME[table]
    out = []
    for name, info in model.model_fields.items():
        if name in IGNORED_FIELDS or not info.is_required():
            continue
        out.append(name)
    return out


def validate_fields(
    table_name: str, fields: dict[str, Any], *, insert: bool = False, today: date | None = None
) -> list[FieldError]:
    """Every problem of the wire values ``fields`` of a change to ``table_name`` (empty list: fine).

    ``insert``: the change creates the row, so the table's required fields must be present. ``today``
    defaults to ``latest_today()``. An unknown table gives one error with code ``change.unknown_table``.
    """
    model = TABLES_BY_NAME.get(table_name)
    if model is None:
        return [FieldError("", "change.unknown_table", {"table": table_name[:40]})]
    day = today or latest_today()
    columns = model.__table__.columns  # type: ignore[attr-defined]
    errors: list[FieldError] = []
    for name, value in fields.items():
        if name in IGNORED_FIELDS:
            continue
        if name not in columns:
            shown = name if not text_problem(name) else repr(name)
            errors.append(FieldError(name[:60], "field.unknown", {"name": shown[:60]}))
            continue
        type_errors, typed = _check_type(name, columns[name], value)
        if type_errors:
            errors.extend(type_errors)
            continue
        errors.extend(_check_domain(table_name, name, typed, day))
    if insert:
        for name in _required_columns(table_name):
            if name not in fields:
                errors.append(FieldError(name, "required"))
        for name in REQUIRED.get(table_name, frozenset()):
            if name not in fields and not any(e.field == name for e in errors):
                errors.append(FieldError(name, "required"))
    return errors
