"""Every closed list of the domain, with its stable code (stored, sent on the wire) and Chinese label.

This module is the one place where a status or kind gets its label. Codes never change once shipped;
labels may. The UI translates the Chinese label (zh_CN is the source language of the .ts files).
"""

from __future__ import annotations

import functools
from enum import StrEnum
from typing import Any, Self

#: scope of reference data edited by the county and readable by every township (``township_code``)
COUNTY_SCOPE = "county"

#: per LabeledEnum class: code and label → member (built on first use)
_LOOKUPS: dict[type, dict[str, Any]] = {}


class LabeledEnum(StrEnum):
    """A ``StrEnum`` whose members are declared as ``CODE = "code", "中文标签"``."""

    _label_: str

    def __new__(cls, value: str, label: str = "") -> Self:
        obj = str.__new__(cls, value)
        obj._value_ = value
        obj._label_ = label or value
        return obj

    @property
    def label(self) -> str:
        """The Chinese label (the UI translates it)."""
        return self._label_

    @classmethod
    def choices(cls) -> list[tuple[str, str]]:
        return [(m.value, m.label) for m in cls]

    @classmethod
    def from_label(cls, label: str) -> Self | None:
        """The first member with this code or label, else None."""
        found = _LOOKUPS.get(cls)
        if found is None:
            found = {}
            for m in reversed(list(cls)):  # earlier members overwrite later ones: the first match wins
                found[m.value] = found[m.label] = m
            _LOOKUPS[cls] = found
        return found.get(label.strip())

    @classmethod
    def coerce(cls, value: Any) -> Self:
        if isinstance(value, cls):
            return value
        return cls(str(value))


class Gender(LabeledEnum):
    MALE = "male", "男"
    FEMALE = "female", "女"


class VillageKind(LabeledEnum):
    VILLAGE = "village", "村"
    COMMUNITY = "community", "社区"


class GridKind(LabeledEnum):
    PASTORAL = "pastoral", "农牧区网格"
    TOWN = "town", "县城网格"
    MONASTERY = "monastery", "寺管会网格"


class GridRole(LabeledEnum):
    GRID_WORKER = "grid_worker", "网格员"
    LIAISON = "liaison", "网格联络员"
    DOCTOR = "doctor", "医生"
    POLICE = "police", "民警"
    JOINT_HEAD = "joint_head", "联户长"


class HouseholdFlag(LabeledEnum):
    DIBAO = "dibao", "低保户"
    TEKUN = "tekun", "特困/五保户"
    TUOPIN = "tuopin", "脱贫户"
    JIANCE = "jiance", "监测户"
    JUNSHU = "junshu", "军属"
    CANJI = "canji", "残疾人家庭"


class SpecialGroup(LabeledEnum):
    VETERAN = "veteran", "退役军人"
    DISABLED = "disabled", "残疾人"
    LEFT_BEHIND_ELDER = "left_behind_elder", "留守老人"
    LEFT_BEHIND_CHILD = "left_behind_child", "留守儿童"
    LIVING_ALONE = "living_alone", "独居老人"
    SERIOUS_ILLNESS = "serious_illness", "大病患者"


class Relation(LabeledEnum):
    HEAD = "head", "户主"
    SPOUSE = "spouse", "配偶"
    SON = "son", "子"
    DAUGHTER = "daughter", "女"
    PARENT = "parent", "父母"
    GRANDCHILD = "grandchild", "孙子女"
    SIBLING = "sibling", "兄弟姐妹"
    CHILD_IN_LAW = "child_in_law", "儿媳/女婿"
    OTHER = "other", "其他"


class PersonStatus(LabeledEnum):
    ACTIVE = "active", "在册"
    MOVED_OUT = "moved_out", "迁出"
    DECEASED = "deceased", "死亡"


class Education(LabeledEnum):
    NONE = "none", "文盲或半文盲"
    PRIMARY = "primary", "小学"
    JUNIOR = "junior", "初中"
    SENIOR = "senior", "高中/中专"
    COLLEGE = "college", "大专"
    BACHELOR = "bachelor", "本科及以上"
    MONASTIC = "monastic", "寺院教育"


class DutyKind(LabeledEnum):
    """党员包户“三包”."""

    POLICY = "policy", "包政策宣传"
    MEDIATION = "mediation", "包矛盾调解"
    ASSISTANCE = "assistance", "包帮扶解困"


class RatingCriterion(LabeledEnum):
    """文明户评星 criteria: one star each."""

    PATRIOTIC = "patriotic", "爱国守法星"
    UNITY = "unity", "民族团结星"
    DILIGENT = "diligent", "勤劳致富星"
    HYGIENE = "hygiene", "卫生整洁星"
    FILIAL = "filial", "孝老爱亲星"
    CUSTOMS = "customs", "移风易俗星"


class Channel(LabeledEnum):
    WINDOW = "window", "窗口"
    PROXY = "proxy", "代办"
    DOORSTEP = "doorstep", "上门"


class RequestStatus(LabeledEnum):
    ACCEPTED = "accepted", "受理"
    IN_PROGRESS = "in_progress", "办理中"
    AT_COUNTY = "at_county", "转县级"
    DONE = "done", "办结"
    RETURNED = "returned", "退回"


#: allowed transitions of a service request (办件)
REQUEST_TRANSITIONS: dict[RequestStatus, frozenset[RequestStatus]] = {
    RequestStatus.ACCEPTED: frozenset(
        {RequestStatus.IN_PROGRESS, RequestStatus.AT_COUNTY, RequestStatus.DONE, RequestStatus.RETURNED}
    ),
    RequestStatus.IN_PROGRESS: frozenset(
        {RequestStatus.AT_COUNTY, RequestStatus.DONE, RequestStatus.RETURNED}
    ),
    RequestStatus.AT_COUNTY: frozenset(
        {RequestStatus.IN_PROGRESS, RequestStatus.DONE, RequestStatus.RETURNED}
    ),
    RequestStatus.DONE: frozenset(),
    RequestStatus.RETURNED: frozenset(),
}


class VisitKind(LabeledEnum):
    ROUTINE = "routine", "日常走访"
    POLICY = "policy", "政策宣传"
    MEDIATION = "mediation", "矛盾调解"
    SAFETY = "safety", "安全检查"
    ASSISTANCE = "assistance", "帮扶"


class AppealKind(LabeledEnum):
    WISH = "wish", "微心愿"
    PROBLEM = "problem", "问题"


class AppealCategory(LabeledEnum):
    HARDSHIP = "hardship", "困难帮扶"
    LIVELIHOOD = "livelihood", "民生实事"
    EMPLOYMENT = "employment", "就业"
    MEDICAL = "medical", "医疗"
    EDUCATION = "education", "教育"
    OTHER = "other", "其他"


class AppealStatus(LabeledEnum):
    COLLECTED = "collected", "已征集"
    DISPATCHED = "dispatched", "已派单"
    CLAIMED = "claimed", "已认领"
    DONE = "done", "已办结"
    UNRESOLVABLE = "unresolvable", "无法办理"


APPEAL_TRANSITIONS: dict[AppealStatus, frozenset[AppealStatus]] = {
    AppealStatus.COLLECTED: frozenset({AppealStatus.DISPATCHED, AppealStatus.UNRESOLVABLE}),
    AppealStatus.DISPATCHED: frozenset(
        {AppealStatus.CLAIMED, AppealStatus.DONE, AppealStatus.UNRESOLVABLE, AppealStatus.COLLECTED}
    ),
    AppealStatus.CLAIMED: frozenset({AppealStatus.DONE, AppealStatus.UNRESOLVABLE}),
    AppealStatus.DONE: frozenset(),
    AppealStatus.UNRESOLVABLE: frozenset(),
}


class Satisfaction(LabeledEnum):
    VERY_SATISFIED = "very_satisfied", "非常满意"
    SATISFIED = "satisfied", "满意"
    NEUTRAL = "neutral", "基本满意"
    UNSATISFIED = "unsatisfied", "不满意"


class OrgKind(LabeledEnum):
    COUNTY_DEPT = "county_dept", "县直部门"
    TOWNSHIP = "township", "乡镇"
    VILLAGE_PARTY = "village_party", "村居党组织"
    VOLUNTEERS = "volunteers", "志愿服务队"


class Role(LabeledEnum):
    HALL_STAFF = "hall_staff", "窗口工作人员"
    GRID_LIAISON = "grid_liaison", "网格员"
    TOWNSHIP_ADMIN = "township_admin", "乡镇管理员"
    COUNTY_ADMIN = "county_admin", "县级管理员"
    VIEWER = "viewer", "只读用户"


@functools.cache
def shared_labels() -> frozenset[str]:
    """Labels that more than one enum uses ("女" is a gender and a relation: female, daughter). The UI
    translates these with the enum's class name as the disambiguation, so each use gets its own."""
    seen: dict[str, int] = {}
    for cls in LabeledEnum.__subclasses__():
        for label in {m.label for m in cls}:
            seen[label] = seen.get(label, 0) + 1
    return frozenset(label for label, n in seen.items() if n > 1)


def join_codes(codes: object) -> str:
    """A set of enum codes as stored: sorted, comma-joined, no blanks ("" for none)."""
    if codes is None:
        return ""
    items = codes.split(",") if isinstance(codes, str) else [str(c) for c in codes]  # type: ignore[attr-defined]
    return ",".join(sorted({c.strip() for c in items if c and c.strip()}))


def split_codes(text: str | None) -> list[str]:
    return [c for c in (text or "").split(",") if c]
