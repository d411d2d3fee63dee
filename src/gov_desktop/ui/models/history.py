"""The history of one record (修改记录): who changed which field when, from the store's change log.

``history_lines(entries, names)`` flattens ``store.queries.HistoryEntry`` values (newest first) into one
line per changed field, with the value before (the previous entry that set the field) and after, shown as
the user reads them (labels of codes, 是/否, names of referenced rows when ``names`` knows them).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ...core.clock import LOCAL_TZ, as_utc
from ...core.enums import (
    DutyKind,
    Education,
    Gender,
    GridKind,
    GridRole,
    HouseholdFlag,
    LabeledEnum,
    PersonStatus,
    RatingCriterion,
    Relation,
    SpecialGroup,
)
from ...core.errors import field_label
from .labels import enum_text, enum_texts
from .paged import RowTableModel

#: fields whose values are enum codes (or sets of codes)
ENUM_FIELDS: dict[str, type[LabeledEnum]] = {
    "gender": Gender,
    "relation": Relation,
    "status": PersonStatus,
    "education": Education,
    "flags": HouseholdFlag,
    "special_groups": SpecialGroup,
    "role": GridRole,
    "duty_kinds": DutyKind,
    "criteria": RatingCriterion,
}
#: derived or bookkeeping fields not shown
HIDDEN_FIELDS = frozenset({"name_pinyin", "name_initials", "township_code", "created_at", "hlc"})
MULTI_FIELDS = frozenset({"flags", "special_groups", "duty_kinds", "criteria"})
OP_LABELS = {
    "insert": QT_TRANSLATE_NOOP("HistoryModel", "新增"),
    "update": QT_TRANSLATE_NOOP("HistoryModel", "修改"),
    "delete": QT_TRANSLATE_NOOP("HistoryModel", "删除"),
}


def yes_no(value: bool) -> str:
    if value:
        return QCoreApplication.translate("HistoryModel", "是")
    return QCoreApplication.translate("HistoryModel", "否")


@dataclass(frozen=True, slots=True)
class HistoryLine:
    seq: int
    at: datetime
    user: str
    device: str
    op: str
    field: str
    before: str
    after: str
    synced: bool


def show_value(field: str, value: Any, names: Mapping[str, str] | None = None, *, kind: Any = None) -> str:
    """A field value as the user reads it."""
    if value is None or value == "":
        return ""
    if field in ENUM_FIELDS or (field == "kind" and kind is GridKind):
        enum_cls = ENUM_FIELDS.get(field, GridKind)
        if field in MULTI_FIELDS:
            return enum_texts(enum_cls, value if isinstance(value, str) else ",".join(map(str, value)))
        return enum_text(enum_cls, value)
    if isinstance(value, bool):
        return yes_no(value)
    if isinstance(value, datetime):
        return as_utc(value).astimezone(LOCAL_TZ).strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return "、".join(str(v) for v in value)
    text = str(value)
    if names and field.endswith("_id") and text in names:
        return names[text]
    return text


def history_lines(
    entries: Sequence[Any], names: Mapping[str, str] | None = None, *, table: str = ""
) -> list[HistoryLine]:
    """One line per changed field, newest first (``entries`` as ``record_history`` returns them)."""
    kind = GridKind if table == "grid" else None
    last: dict[str, str] = {}  # field -> its value as last shown
    lines: list[HistoryLine] = []
    # oldest first by clock (own and pulled changes interleave); ``seq`` of a line is its place in that order
    ordered = sorted(entries, key=lambda e: (getattr(e, "hlc", ""), getattr(e, "received", False), e.seq))
    for order, entry in enumerate(ordered):
        for change in entry.changes:
            if change.field in HIDDEN_FIELDS:
                continue
            after = show_value(change.field, change.value, names, kind=kind)
            if change.field == "deleted":
                if not change.value and entry.op == "insert":
                    continue
                after = (
                    QCoreApplication.translate("HistoryModel", "已删除")
                    if change.value
                    else QCoreApplication.translate("HistoryModel", "恢复")
                )
            before = last.get(change.field)
            if entry.op == "update" and before == after:
                continue
            if before is None:  # set before this device saw the record (synced from the county)
                before = "—" if entry.op == "update" else ""
            if entry.op == "insert" and after == "":
                last[change.field] = after
                continue
            lines.append(
                HistoryLine(
                    seq=order,
                    at=entry.at,
                    user=entry.user,
                    device=entry.device,
                    op=entry.op,
                    field=change.field,
                    before=before,
                    after=after,
                    synced=bool(entry.acked),
                )
            )
            last[change.field] = after
    lines.reverse()
    return lines


class HistoryModel(RowTableModel):
    """``HistoryLine`` rows."""

    TR_CONTEXT = "HistoryModel"
    COL_TIME = 0
    COL_USER = 1
    COL_OP = 2
    COL_FIELD = 3
    COL_BEFORE = 4
    COL_AFTER = 5
    COL_SYNCED = 6
    HEADERS = (
        QT_TRANSLATE_NOOP("HistoryModel", "时间"),
        QT_TRANSLATE_NOOP("HistoryModel", "修改人"),
        QT_TRANSLATE_NOOP("HistoryModel", "操作"),
        QT_TRANSLATE_NOOP("HistoryModel", "字段"),
        QT_TRANSLATE_NOOP("HistoryModel", "原值"),
        QT_TRANSLATE_NOOP("HistoryModel", "新值"),
        QT_TRANSLATE_NOOP("HistoryModel", "已同步"),
    )

    def display(self, row: HistoryLine, column: int) -> Any:
        if column == self.COL_TIME:
            return as_utc(row.at).astimezone(LOCAL_TZ).strftime("%Y-%m-%d %H:%M:%S")
        if column == self.COL_USER:
            return row.user
        if column == self.COL_OP:
            return QCoreApplication.translate("HistoryModel", OP_LABELS.get(row.op, row.op))
        if column == self.COL_FIELD:
            return QCoreApplication.translate("fields", field_label(row.field))
        if column == self.COL_BEFORE:
            return row.before
        if column == self.COL_AFTER:
            return row.after
        if column == self.COL_SYNCED:
            return yes_no(row.synced)
        return None

    def sort_key(self, row: HistoryLine, column: int) -> Any:
        if column == self.COL_TIME:
            return row.seq
        return super().sort_key(row, column)
