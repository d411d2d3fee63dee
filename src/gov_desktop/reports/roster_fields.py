"""The vocabulary of household rosters (户籍花名册) as people type them in Excel: header spellings and the
everyday words for relations, education, household categories and yes/no.

One place for it: the importer reads with it and the template (``templates.py``) writes its headers and its
drop-down lists from it, so a template filled in by hand always imports.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from ..core.enums import Education, HouseholdFlag, Relation, SpecialGroup

# --- headers ---------------------------------------------------------------------------------------------

#: field -> header spellings seen in real rosters (compared after ``header_key``: no spaces, NFKC, no "*")
HEADER_SPELLINGS: dict[str, tuple[str, ...]] = {
    "household_no": ("户号", "户编号", "户籍编号", "户口编号", "家庭编号", "户籍号", "户口号"),
    "name": ("姓名", "成员姓名", "人员姓名", "家庭成员姓名", "家庭成员", "居民姓名", "汉文姓名", "中文姓名"),
    "head_name": ("户主姓名", "户主"),
    "head_id_number": ("户主身份证号", "户主身份证号码", "户主公民身份号码", "户主身份证"),
    "head_phone": ("户主电话", "户主联系电话", "户主手机号", "户主手机号码"),
    "relation": ("与户主关系", "与户主的关系", "关系", "家庭关系", "与户主关系(称谓)", "称谓"),
    "id_number": (
        "身份证号",
        "身份证号码",
        "公民身份号码",
        "公民身份证号",
        "公民身份证号码",
        "身份证",
        "居民身份证号",
        "居民身份证号码",
        "身份证件号码",
        "证件号码",
        "证件号",
    ),
    "gender": ("性别",),
    "ethnicity": ("民族",),
    "birth_date": ("出生日期", "出生年月", "出生年月日", "生日", "出生时间"),
    "phone": ("联系电话", "电话", "手机号", "手机号码", "手机", "联系方式", "电话号码", "联系号码"),
    "address": (
        "住址",
        "家庭住址",
        "现住址",
        "地址",
        "户籍地址",
        "居住地址",
        "户籍地",
        "家庭地址",
        "现居住地",
    ),
    "village": (
        "村",
        "村(居)",
        "所属村",
        "所属村(居)",
        "村居",
        "行政村",
        "村委会",
        "社区",
        "村(社区)",
        "所在村",
    ),
    "grid": ("网格", "所属网格", "网格名称", "所在网格", "网格名"),
    "party": ("是否党员", "党员", "政治面貌", "是否中共党员"),
    "party_branch": ("所在党支部", "党支部", "所属党支部"),
    "education": ("文化程度", "学历", "文化水平"),
    "occupation": ("职业", "工作单位及职业", "从事职业", "职业/工作"),
    "name_bo": ("藏文姓名", "藏文名", "藏文名字"),
    "flags": ("户类别", "户属性", "家庭类别", "户类型", "家庭类型", "户类", "户别"),
    "special_groups": ("特殊人群", "人员类别", "特殊群体", "人员类型", "重点人群"),
    "note": ("备注", "说明"),
    # one yes/no column per household flag
    "flag:dibao": ("低保", "低保户", "是否低保", "是否低保户", "低保对象"),
    "flag:tekun": (
        "五保",
        "五保户",
        "特困",
        "特困户",
        "特困供养",
        "是否五保户",
        "是否特困",
        "特困/五保",
        "特困/五保户",
    ),
    "flag:tuopin": ("脱贫户", "是否脱贫户", "脱贫", "建档立卡户", "是否建档立卡户"),
    "flag:jiance": ("监测户", "是否监测户", "监测对象", "防返贫监测户"),
    "flag:junshu": ("军属", "是否军属", "军烈属"),
    "flag:canji": ("残疾人家庭", "是否残疾人家庭"),
    # one yes/no column per special group of a person
    "group:veteran": ("退役军人", "是否退役军人"),
    "group:disabled": ("残疾人", "是否残疾", "是否残疾人", "残疾"),
    "group:left_behind_elder": ("留守老人", "是否留守老人"),
    "group:left_behind_child": ("留守儿童", "是否留守儿童"),
    "group:living_alone": ("独居老人", "是否独居老人"),
    "group:serious_illness": ("大病患者", "是否大病患者"),
}

#: headers known not to carry data for the register (derived or bookkeeping); listed as "not imported"
IGNORED_HEADERS = frozenset(
    {"序号", "编号", "年龄", "周岁", "人口数", "家庭人口", "户人口数", "签字", "签名"}
    | {"网格员", "网格长", "网格联络员", "联户长", "包户党员", "包户干部"}
    | {"出生地", "出生地点", "籍贯", "身份证有效期", "身份证有效期限", "有效期限", "发证机关", "签发机关"}
)

#: loose rules for headers not spelled as above: (substring, field), first hit wins ("-": not imported).
#: Only for short cells, so a title such as "XX乡XX村户籍花名册" never looks like a header.
_HEADER_FRAGMENTS: tuple[tuple[str, str], ...] = (
    ("户主身份", "head_id_number"),
    ("户主姓名", "head_name"),
    ("有效期", "-"),
    ("住址", "address"),
    ("地址", "address"),
    ("身份证", "id_number"),
    ("身份号码", "id_number"),
    ("与户主", "relation"),
    ("户编号", "household_no"),
    ("户号", "household_no"),
    ("藏文", "name_bo"),
    ("姓名", "name"),
    ("出生", "birth_date"),
    ("手机", "phone"),
    ("电话", "phone"),
    ("政治面貌", "party"),
    ("文化程度", "education"),
    ("学历", "education"),
    ("党支部", "party_branch"),
    ("网格", "grid"),
)
_FRAGMENT_MAX_LEN = 12

_HEADER_NOISE = re.compile(r"[\s*＊※:：]|\((必填|选填|可选|必须)\)")


def header_key(value: Any) -> str:
    """A header cell as compared: NFKC (full-width brackets → half), no spaces, no required-field marks."""
    if value is None:
        return ""
    text = unicodedata.normalize("NFKC", str(value)).replace("\u3000", "")
    return _HEADER_NOISE.sub("", text).lower()


_EXACT: dict[str, str] = {header_key(s): f for f, spellings in HEADER_SPELLINGS.items() for s in spellings}


def match_header(value: Any) -> str | None:
    """The field a header cell stands for, or None."""
    key = header_key(value)
    if not key:
        return None
    if key in _EXACT:
        return _EXACT[key]
    if key in IGNORED_HEADERS or len(key) > _FRAGMENT_MAX_LEN:
        return None
    for fragment, field in _HEADER_FRAGMENTS:
        if fragment in key:
            return field if field != "-" else None
    return None


# --- values ----------------------------------------------------------------------------------------------

_YES = frozenset({"是", "√", "✓", "✔", "y", "yes", "有", "1", "true", "对", "☑"})
_NO = frozenset({"否", "×", "✗", "✘", "x", "n", "no", "无", "0", "false", "-", "—", "/", "不是", "非", "☐"})


def yes_no(value: Any) -> bool | None:
    """A yes/no cell: True, False, or None when empty. Anything written that is not a "no" counts as yes
    (a 低保 column often holds the category, e.g. "一类")."""
    if value is None:
        return None
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        return value != 0
    text = unicodedata.normalize("NFKC", str(value)).strip().lower()
    if not text:
        return None
    if text in _YES:
        return True
    return text not in _NO


def is_party_member(value: Any) -> bool | None:
    """政治面貌 (中共党员, 中共预备党员 → yes; 群众, 共青团员 → no) or a yes/no 是否党员 cell."""
    if isinstance(value, str):
        text = unicodedata.normalize("NFKC", value).strip()
        if "党员" in text:
            return not text.startswith(("非", "不是"))
        if text in {"群众", "共青团员", "团员", "无党派人士", "无党派", "民主党派"}:
            return False
    return yes_no(value)


_RELATION_WORDS: dict[str, Relation] = {
    "户主": Relation.HEAD,
    "本人": Relation.HEAD,
    "本人(户主)": Relation.HEAD,
    "配偶": Relation.SPOUSE,
    "妻": Relation.SPOUSE,
    "妻子": Relation.SPOUSE,
    "夫": Relation.SPOUSE,
    "丈夫": Relation.SPOUSE,
    "爱人": Relation.SPOUSE,
    "子": Relation.SON,
    "儿子": Relation.SON,
    "独子": Relation.SON,
    "养子": Relation.SON,
    "继子": Relation.SON,
    "女": Relation.DAUGHTER,
    "女儿": Relation.DAUGHTER,
    "独女": Relation.DAUGHTER,
    "养女": Relation.DAUGHTER,
    "继女": Relation.DAUGHTER,
    "父母": Relation.PARENT,
    "父": Relation.PARENT,
    "母": Relation.PARENT,
    "父亲": Relation.PARENT,
    "母亲": Relation.PARENT,
    "岳父": Relation.PARENT,
    "岳母": Relation.PARENT,
    "公公": Relation.PARENT,
    "婆婆": Relation.PARENT,
    "继父": Relation.PARENT,
    "继母": Relation.PARENT,
    "孙子女": Relation.GRANDCHILD,
    "孙子": Relation.GRANDCHILD,
    "孙女": Relation.GRANDCHILD,
    "外孙": Relation.GRANDCHILD,
    "外孙子": Relation.GRANDCHILD,
    "外孙女": Relation.GRANDCHILD,
    "兄弟姐妹": Relation.SIBLING,
    "兄": Relation.SIBLING,
    "弟": Relation.SIBLING,
    "姐": Relation.SIBLING,
    "妹": Relation.SIBLING,
    "哥哥": Relation.SIBLING,
    "弟弟": Relation.SIBLING,
    "姐姐": Relation.SIBLING,
    "妹妹": Relation.SIBLING,
    "儿媳/女婿": Relation.CHILD_IN_LAW,
    "儿媳": Relation.CHILD_IN_LAW,
    "儿媳妇": Relation.CHILD_IN_LAW,
    "媳妇": Relation.CHILD_IN_LAW,
    "女婿": Relation.CHILD_IN_LAW,
    "其他": Relation.OTHER,
    "其它": Relation.OTHER,
}
_ORDINAL_CHILD = re.compile(r"^(长|次|三|四|五|六|七|八|九|小|幼)(子|女)$")


def relation_from_text(value: Any) -> Relation | None:
    """与户主关系 in the words people use (长子, 妻, 岳母, 孙女 …); None when not recognised."""
    text = unicodedata.normalize("NFKC", str(value or "")).strip().replace(" ", "")
    if not text:
        return None
    if text in _RELATION_WORDS:
        return _RELATION_WORDS[text]
    m = _ORDINAL_CHILD.match(text)
    if m:
        return Relation.SON if m.group(2) == "子" else Relation.DAUGHTER
    return Relation.from_label(text)


_EDUCATION_WORDS: dict[str, Education] = {
    "文盲": Education.NONE,
    "半文盲": Education.NONE,
    "文盲或半文盲": Education.NONE,
    "未上学": Education.NONE,
    "不识字": Education.NONE,
    "小学": Education.PRIMARY,
    "初中": Education.JUNIOR,
    "高中": Education.SENIOR,
    "中专": Education.SENIOR,
    "高中/中专": Education.SENIOR,
    "职高": Education.SENIOR,
    "技校": Education.SENIOR,
    "中职": Education.SENIOR,
    "大专": Education.COLLEGE,
    "专科": Education.COLLEGE,
    "高职": Education.COLLEGE,
    "本科": Education.BACHELOR,
    "大学": Education.BACHELOR,
    "大学本科": Education.BACHELOR,
    "本科及以上": Education.BACHELOR,
    "研究生": Education.BACHELOR,
    "硕士": Education.BACHELOR,
    "博士": Education.BACHELOR,
    "寺院教育": Education.MONASTIC,
}
#: words meaning "nothing to record" in an optional column
BLANK_WORDS = frozenset({"无", "-", "—", "/", "学龄前", "未入学", "暂无"})


def education_from_text(value: Any) -> Education | None:
    text = unicodedata.normalize("NFKC", str(value or "")).strip()
    if text in _EDUCATION_WORDS:
        return _EDUCATION_WORDS[text]
    for word in ("研究生", "本科", "大专", "中专", "高中", "初中", "小学"):
        if word in text:  # "初中毕业", "小学在读"
            return _EDUCATION_WORDS[word]
    return Education.from_label(text)


_FLAG_WORDS: dict[str, HouseholdFlag] = {
    "低保": HouseholdFlag.DIBAO,
    "低保户": HouseholdFlag.DIBAO,
    "农村低保": HouseholdFlag.DIBAO,
    "城乡低保": HouseholdFlag.DIBAO,
    "城市低保": HouseholdFlag.DIBAO,
    "五保": HouseholdFlag.TEKUN,
    "五保户": HouseholdFlag.TEKUN,
    "特困": HouseholdFlag.TEKUN,
    "特困户": HouseholdFlag.TEKUN,
    "特困供养": HouseholdFlag.TEKUN,
    "特困/五保": HouseholdFlag.TEKUN,
    "脱贫": HouseholdFlag.TUOPIN,
    "脱贫户": HouseholdFlag.TUOPIN,
    "建档立卡户": HouseholdFlag.TUOPIN,
    "监测户": HouseholdFlag.JIANCE,
    "监测对象": HouseholdFlag.JIANCE,
    "防返贫监测户": HouseholdFlag.JIANCE,
    "军属": HouseholdFlag.JUNSHU,
    "军属户": HouseholdFlag.JUNSHU,
    "军烈属": HouseholdFlag.JUNSHU,
    "残疾人家庭": HouseholdFlag.CANJI,
    "残疾户": HouseholdFlag.CANJI,
}
_GROUP_WORDS: dict[str, SpecialGroup] = {
    "退役军人": SpecialGroup.VETERAN,
    "复员军人": SpecialGroup.VETERAN,
    "转业军人": SpecialGroup.VETERAN,
    "残疾": SpecialGroup.DISABLED,
    "残疾人": SpecialGroup.DISABLED,
    "持证残疾人": SpecialGroup.DISABLED,
    "留守老人": SpecialGroup.LEFT_BEHIND_ELDER,
    "留守儿童": SpecialGroup.LEFT_BEHIND_CHILD,
    "独居老人": SpecialGroup.LIVING_ALONE,
    "空巢老人": SpecialGroup.LIVING_ALONE,
    "大病": SpecialGroup.SERIOUS_ILLNESS,
    "大病患者": SpecialGroup.SERIOUS_ILLNESS,
    "重病": SpecialGroup.SERIOUS_ILLNESS,
}
#: words in a category column meaning "none of these"
_NONE_WORDS = frozenset({"一般户", "普通户", "无", "否", "-", "—", "/", "正常", "一般"})
_LIST_SPLIT = re.compile(r"[、,，;；/\s]+")


def split_list(value: Any) -> list[str]:
    """A cell holding several items: "低保户、军属", "留守老人,残疾人"."""
    text = unicodedata.normalize("NFKC", str(value or "")).strip()
    return [item for item in _LIST_SPLIT.split(text) if item]


def flag_from_text(text: str) -> HouseholdFlag | None:
    return _FLAG_WORDS.get(text) or HouseholdFlag.from_label(text)


def group_from_text(text: str) -> SpecialGroup | None:
    return _GROUP_WORDS.get(text) or SpecialGroup.from_label(text)


def is_none_word(text: str) -> bool:
    return text in _NONE_WORDS


# --- ethnicities -----------------------------------------------------------------------------------------

#: the 56 ethnic groups (民族) in the usual official order, for the template's list and for "藏" → "藏族"
ETHNICITIES: tuple[str, ...] = (
    "汉族",
    "蒙古族",
    "回族",
    "藏族",
    "维吾尔族",
    "苗族",
    "彝族",
    "壮族",
    "布依族",
    "朝鲜族",
    "满族",
    "侗族",
    "瑶族",
    "白族",
    "土家族",
    "哈尼族",
    "哈萨克族",
    "傣族",
    "黎族",
    "傈僳族",
    "佤族",
    "畲族",
    "高山族",
    "拉祜族",
    "水族",
    "东乡族",
    "纳西族",
    "景颇族",
    "柯尔克孜族",
    "土族",
    "达斡尔族",
    "仫佬族",
    "羌族",
    "布朗族",
    "撒拉族",
    "毛南族",
    "仡佬族",
    "锡伯族",
    "阿昌族",
    "普米族",
    "塔吉克族",
    "怒族",
    "乌孜别克族",
    "俄罗斯族",
    "鄂温克族",
    "德昂族",
    "保安族",
    "裕固族",
    "京族",
    "塔塔尔族",
    "独龙族",
    "鄂伦春族",
    "赫哲族",
    "门巴族",
    "珞巴族",
    "基诺族",
)
_ETHNIC_STEMS = {e[:-1]: e for e in ETHNICITIES}


def normalize_ethnicity(value: Any) -> str:
    """ "藏" → "藏族", "汉" → "汉族"; other text is kept as written (e.g. 夏尔巴人, 僜人)."""
    text = unicodedata.normalize("NFKC", str(value or "")).strip().replace(" ", "")
    return _ETHNIC_STEMS.get(text, text)
