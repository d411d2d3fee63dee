"""The demo county: a deterministic, realistic database of one border county as the county office sees it.

``build_demo(path, DemoConfig(seed=…))`` writes 7 townships, 40 villages and communities, grids of the three
kinds, ~5,000 households with ~20,000 residents (valid ID numbers, Tibetan names with their Tibetan script,
Han names, phones, party members), grid staff, joint-household groups (双联户), party members' household
duties, civilized-household ratings, the hall's 8 windows with ~30 matter types, the county's orgs, and a
year of service requests, home visits and appeals (微心愿/问题) with feedback.

Everything comes from ``random.Random(seed)`` and the anchor date ``today``: the same seed and day give the
same database, ids included. Rows are written through the ORM in a remote session (capture off, as if the
data had come from the county), in a few big transactions.

Fixed figures of the default build (the indicators a demo shows):
350 grid staff of whom 278 are party members (79.4 %), 489 joint-household groups whose heads include 209
party members (42.7 %). Grid staff do not depend on the number of households; the joint groups scale with it
(``DemoConfig.for_households``) and are exact at the default size.
"""

from __future__ import annotations

import logging
import math
import random
import time
import uuid
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, timezone
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from pydantic_core import PydanticUndefined
from sqlalchemy import insert

from ..core.enums import (
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
    OrgKind,
    PersonStatus,
    RatingCriterion,
    Relation,
    RequestStatus,
    Satisfaction,
    SpecialGroup,
    VillageKind,
    VisitKind,
    join_codes,
)
from ..core.models import (
    COUNTY_SCOPE,
    Appeal,
    CivilizedRating,
    Grid,
    GridMember,
    Household,
    JointGroup,
    MatterType,
    Org,
    PartyDuty,
    Person,
    ServiceRequest,
    ServiceWindow,
    SyncedTable,
    Township,
    Village,
    VisitRecord,
)
from ..core.validation import make_id_number
from .pinyin import pinyin_keys

if TYPE_CHECKING:
    from ..paths import Paths
    from .engine import Store

logger = logging.getLogger(__name__)

T = TypeVar("T")

COUNTY_CODE = "542525"
COUNTY_NAME = "演示县"
COUNTY_NAME_BO = "དཔེ་སྟོན་རྫོང་"
BEIJING = timezone(timedelta(hours=8))
DEMO_USER = "county"
DEMO_NODE = "county"

#: page cache of the connection that writes the demo (KiB)
_BUILD_CACHE_KIB = 65536

DEFAULT_HOUSEHOLDS = 5000
DEFAULT_GRID_STAFF = 350
DEFAULT_GRID_STAFF_PARTY = 278
DEFAULT_JOINT_GROUPS = 489
DEFAULT_JOINT_GROUP_PARTY_HEADS = 209


@dataclass(frozen=True)
class DemoConfig:
    """What to build. ``for_households`` scales the activity and the joint groups with the register."""

    seed: int = 2024
    households: int = DEFAULT_HOUSEHOLDS
    grid_staff: int = DEFAULT_GRID_STAFF
    grid_staff_party: int = DEFAULT_GRID_STAFF_PARTY
    joint_groups: int = DEFAULT_JOINT_GROUPS
    joint_group_party_heads: int = DEFAULT_JOINT_GROUP_PARTY_HEADS
    service_requests: int = 6000
    visits: int = 8000
    appeals: int = 600
    #: the anchor day ("today" of the demo); None: the real today
    today: date | None = None

    @classmethod
    def for_households(cls, households: int, *, seed: int = 2024, today: date | None = None) -> DemoConfig:
        """A build of ``households`` households: activity and joint groups in proportion to the default."""
        ratio = households / DEFAULT_HOUSEHOLDS
        groups = max(1, min(households // 2, round(DEFAULT_JOINT_GROUPS * ratio)))
        party_heads = round(groups * DEFAULT_JOINT_GROUP_PARTY_HEADS / DEFAULT_JOINT_GROUPS)
        return cls(
            seed=seed,
            households=households,
            joint_groups=groups,
            joint_group_party_heads=party_heads,
            service_requests=max(10, round(6000 * ratio)),
            visits=max(10, round(8000 * ratio)),
            appeals=max(10, round(600 * ratio)),
            today=today,
        )


@dataclass(frozen=True)
class DemoSummary:
    """What a build wrote (row counts by table) and how long it took."""

    path: Path
    rows: dict[str, int]
    seconds: float


# --- names and places ----------------------------------------------------------------------------------


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


#: (Chinese, Tibetan) name parts: unisex (day names and common), male, female
TIBETAN_UNISEX: tuple[tuple[str, str], ...] = (
    ("次仁", "ཚེ་རིང"),
    ("尼玛", "ཉི་མ"),
    ("达瓦", "ཟླ་བ"),
    ("米玛", "མིག་དམར"),
    ("拉巴", "ལྷག་པ"),
    ("普布", "ཕུར་བུ"),
    ("巴桑", "པ་སངས"),
    ("边巴", "སྤེན་པ"),
    ("格桑", "སྐལ་བཟང"),
    ("德吉", "བདེ་སྐྱིད"),
    ("索朗", "བསོད་ནམས"),
    ("白玛", "པདྨ"),
    ("次旦", "ཚེ་བརྟན"),
    ("益西", "ཡེ་ཤེས"),
)
TIBETAN_MALE: tuple[tuple[str, str], ...] = (
    ("扎西", "བཀྲ་ཤིས"),
    ("多吉", "རྡོ་རྗེ"),
    ("平措", "ཕུན་ཚོགས"),
    ("旺堆", "དབང་འདུས"),
    ("顿珠", "དོན་གྲུབ"),
    ("罗布", "ནོར་བུ"),
    ("强巴", "བྱམས་པ"),
    ("丹增", "བསྟན་འཛིན"),
    ("贡布", "མགོན་པོ"),
    ("洛桑", "བློ་བཟང"),
    ("桑珠", "བསམ་གྲུབ"),
    ("土登", "ཐུབ་བསྟན"),
    ("晋美", "འཇིགས་མེད"),
    ("旺加", "དབང་རྒྱལ"),
    ("欧珠", "དངོས་གྲུབ"),
    ("加措", "རྒྱ་མཚོ"),
)
TIBETAN_FEMALE: tuple[tuple[str, str], ...] = (
    ("卓玛", "སྒྲོལ་མ"),
    ("央金", "དབྱངས་ཅན"),
    ("拉姆", "ལྷ་མོ"),
    ("曲珍", "ཆོས་སྒྲོན"),
    ("措姆", "མཚོ་མོ"),
    ("央宗", "དབྱངས་འཛོམས"),
    ("卓嘎", "སྒྲོལ་དཀར"),
    ("玉珍", "གཡུ་སྒྲོན"),
    ("旺姆", "དབང་མོ"),
    ("次珍", "ཚེ་སྒྲོན"),
    ("桑姆", "བཟང་མོ"),
    ("德庆", "བདེ་ཆེན"),
    ("仁珍", "རིན་སྒྲོན"),
    ("普赤", "ཕུར་ཁྲི"),
)
HAN_SURNAMES = _words(
    "王 李 张 刘 陈 杨 赵 黄 周 吴 徐 孙 马 朱 胡 郭 何 高 林 罗 郑 梁 谢 宋 唐 许 韩 冯 邓 曹 "
    "彭 曾 肖 田 董 袁 潘 蒋 蔡 余 杜 叶 程 苏 魏 吕 丁 任 沈 姚 卢 姜 崔 钟 谭 陆 汪 范 廖 石"
)
HAN_GIVEN_MALE = _words(
    "伟 强 磊 军 勇 杰 涛 明 超 刚 平 辉 鹏 华 飞 斌 宇 浩 凯 健 俊 帆 建国 志强 海涛 晓东 文斌 国庆"
)
HAN_GIVEN_FEMALE = _words(
    "芳 娜 敏 静 丽 艳 娟 霞 秀英 桂英 玉兰 燕 红 梅 琳 雪 婷 倩 晓华 丽萍 海燕 春梅 小红 佳"
)

#: (code suffix, name, Tibetan name, county seat?)
TOWNSHIPS: tuple[tuple[str, str, str, bool], ...] = (
    ("100", "狮泉河镇", "སེང་གེ་ཁ་འབབ་གྲོང་རྡལ་", True),
    ("200", "昆莎乡", "ཀུན་ས་ཤང་", False),
    ("201", "左左乡", "རྫོ་རྫོ་ཤང་", False),
    ("202", "门士乡", "མོན་ཚེ་ཤང་", False),
    ("203", "扎西岗乡", "བཀྲ་ཤིས་སྒང་ཤང་", False),
    ("204", "雄巴乡", "གཞུང་པ་ཤང་", False),
    ("205", "盐湖乡", "ཚྭ་མཚོ་ཤང་", False),
)
#: villages per township (the county seat also has the communities below)
VILLAGES_PER_TOWNSHIP = (3, 6, 5, 6, 5, 6, 5)
COMMUNITIES: tuple[tuple[str, str], ...] = (
    ("团结社区", "མཐུན་སྒྲིལ་སྡོད་ཁུལ་"),
    ("幸福社区", "བདེ་སྐྱིད་སྡོད་ཁུལ་"),
    ("阳光社区", "ཉི་འོད་སྡོད་ཁུལ་"),
    ("新城社区", "གྲོང་གསར་སྡོད་ཁུལ་"),
)
#: syllables of village names (Chinese transliteration, Tibetan)
VILLAGE_SYLLABLES: tuple[tuple[str, str], ...] = (
    ("加木", "སྒྱམ"),
    ("典角", "ལྡན་སྐྱོག"),
    ("岗沙", "སྒང་ས"),
    ("热角", "རེ་སྐྱོག"),
    ("巴尔", "འབར"),
    ("卡尔东", "མཁར་གདོང"),
    ("曲嘎", "ཆུ་དཀར"),
    ("那布", "ན་བོ"),
    ("多玛", "རྡོ་དམར"),
    ("帕如", "ཕ་རུ"),
    ("江巴", "ལྕང་པ"),
    ("日松", "རི་གསུམ"),
    ("措勤", "མཚོ་ཆེན"),
    ("达热", "སྟག་ར"),
    ("玛旁", "མ་ཕམ"),
    ("朗久", "གླང་ཆུ"),
    ("洞措", "དོང་མཚོ"),
    ("扎布", "བྲག་པོ"),
    ("吉隆", "སྐྱིད་གྲོང"),
    ("聂拉", "གཉའ་ལ"),
    ("索麦", "སོ་སྨད"),
    ("丁莫", "ལྡིང་མོ"),
    ("桑达", "བཟང་མདའ"),
    ("贡珠", "དགོན་གྲུབ"),
    ("玉巴", "གཡུ་པ"),
    ("色玛", "སེར་མ"),
    ("雄嘎", "གཞུང་དཀར"),
    ("冲巴", "ཚོང་པ"),
    ("拉木", "ལ་མོ"),
    ("亚热", "ཡ་ར"),
    ("热邦", "རབ་སྤང"),
    ("边坝", "དཔལ་འབར"),
    ("古如", "གུ་རུ"),
    ("查布", "ཁྲ་པོ"),
    ("鲁玛", "ཀླུ་མ"),
    ("琼果", "ཁྱུང་མགོ"),
    ("达巴", "མདའ་པ"),
    ("切热", "ཆེ་ར"),
)
MONASTERIES = ("古如江寺", "扎西岗寺", "曲嘎寺", "达巴寺", "热邦寺")

# ethnicity: (name, weight); Tibetan-style names for 藏族 and 门巴族
ETHNICITIES = (("藏族", 90.0), ("汉族", 7.0), ("门巴族", 1.5), ("回族", 1.0), ("珞巴族", 0.5))
HOUSEHOLD_SIZES = ((1, 6), (2, 14), (3, 22), (4, 24), (5, 17), (6, 10), (7, 5), (8, 2))
PHONE_PREFIXES = ("139", "138", "189", "180", "133", "150", "151", "152", "158", "178", "182", "187", "198")
OTHER_REGIONS = ("540102", "540103", "542521", "542523", "542527", "510107", "513321", "622901")

# (code, name, Tibetan name)
WINDOWS: tuple[tuple[str, str, str], ...] = (
    ("minzheng", "民政", "མི་དམངས་སྲིད་དོན་"),
    ("jiuye", "就业", "ལས་ཞུགས་"),
    ("yibao", "医保", "གསོ་བཅོས་འགན་ལེན་"),
    ("shebao", "社保", "སྤྱི་ཚོགས་འགན་ལེན་"),
    ("tuiyi", "退役军人事务", "དམག་མི་ཕྱིར་ཐོན་དོན་གཅོད་"),
    ("canlian", "残联", "དབང་པོ་སྐྱོན་ཅན་མཐུན་ཚོགས་"),
    ("nongmu", "农牧", "ཞིང་འབྲོག་"),
    ("zonghe", "综合受理", "ཕྱོགས་བསྡུས་ལེན་པ་"),
)
_ID = "居民身份证"
_HUKOU = "户口簿"
# window code -> (matter name, materials, promised days, needs county)
MATTERS: dict[str, tuple[tuple[str, tuple[str, ...], int, bool], ...]] = {
    "minzheng": (
        ("最低生活保障申请", (_ID, _HUKOU, "家庭经济状况核对授权书", "低保申请书"), 20, True),
        ("特困人员救助供养申请", (_ID, _HUKOU, "特困供养申请书"), 20, True),
        ("临时救助申请", (_ID, _HUKOU, "困难情况说明"), 10, False),
        ("高龄津贴申领", (_ID, _HUKOU, "银行卡"), 10, False),
        ("殡葬补贴申领", (_ID, "死亡证明", "银行卡"), 7, False),
    ),
    "jiuye": (
        ("就业登记", (_ID, "劳动合同"), 3, False),
        ("失业登记", (_ID, "解除劳动关系证明"), 3, False),
        ("创业补贴申请", (_ID, "营业执照", "创业补贴申请表"), 15, True),
        ("职业技能培训报名", (_ID,), 3, False),
    ),
    "yibao": (
        ("城乡居民医保参保登记", (_ID, _HUKOU), 1, False),
        ("医疗费用零星报销", (_ID, "医疗发票", "费用清单", "出院记录"), 15, True),
        ("门诊慢特病待遇申请", (_ID, "诊断证明", "病历"), 15, True),
        ("异地就医备案", (_ID, "备案表"), 3, False),
    ),
    "shebao": (
        ("城乡居民养老保险参保登记", (_ID, _HUKOU), 1, False),
        ("养老金领取资格认证", (_ID,), 1, False),
        ("社会保障卡申领", (_ID, "一寸照片"), 7, True),
        ("城乡居民养老保险待遇申领", (_ID, _HUKOU, "银行卡"), 10, True),
    ),
    "tuiyi": (
        ("退役军人信息采集", (_ID, "退伍证"), 3, False),
        ("退役军人优待证申领", (_ID, "退伍证", "一寸照片"), 15, True),
        ("优抚对象抚恤补助申请", (_ID, "优抚证明", "银行卡"), 20, True),
    ),
    "canlian": (
        ("残疾人证办理", (_ID, _HUKOU, "二寸照片", "残疾评定表"), 20, True),
        ("残疾人两项补贴申请", (_ID, "残疾人证", "银行卡"), 15, True),
        ("辅助器具适配申请", (_ID, "残疾人证"), 10, False),
    ),
    "nongmu": (
        ("草原生态保护补奖资金核实", (_ID, "草场承包证"), 10, False),
        ("农机购置补贴申请", (_ID, "购机发票", "农机合格证"), 20, True),
        ("牲畜防疫登记", (_ID, "牲畜存栏表"), 3, False),
        ("农资补贴申领", (_ID, "银行卡"), 7, False),
    ),
    "zonghe": (
        ("户籍证明开具", (_ID, _HUKOU), 1, False),
        ("居住证明开具", (_ID,), 1, False),
        ("计划生育奖励扶助申请", (_ID, _HUKOU, "独生子女证"), 15, True),
        ("政策咨询", (), 1, False),
    ),
}
COUNTY_DEPTS = (
    "县民政局",
    "县人力资源和社会保障局",
    "县医疗保障局",
    "县卫生健康委员会",
    "县教育局",
    "县农业农村局",
    "县住房和城乡建设局",
    "县水利局",
    "县交通运输局",
    "县退役军人事务局",
    "县残疾人联合会",
    "县自然资源局",
    "县市场监督管理局",
)
#: the county departments that take an appeal of each category
APPEAL_DEPTS: dict[AppealCategory, tuple[str, ...]] = {
    AppealCategory.HARDSHIP: ("县民政局", "县残疾人联合会"),
    AppealCategory.LIVELIHOOD: ("县住房和城乡建设局", "县水利局", "县交通运输局", "县自然资源局"),
    AppealCategory.EMPLOYMENT: ("县人力资源和社会保障局",),
    AppealCategory.MEDICAL: ("县卫生健康委员会", "县医疗保障局"),
    AppealCategory.EDUCATION: ("县教育局",),
    AppealCategory.OTHER: ("县市场监督管理局", "县农业农村局", "县退役军人事务局"),
}
VOLUNTEER_TEAMS = ("县青年志愿服务队", "县巾帼志愿服务队", "县医疗卫生志愿服务队")
OCCUPATIONS = (
    "农牧民",
    "农牧民",
    "农牧民",
    "农牧民",
    "个体工商户",
    "外出务工",
    "村干部",
    "公益性岗位",
    "司机",
    "教师",
)
WISHES: dict[AppealCategory, tuple[str, ...]] = {
    AppealCategory.HARDSHIP: (
        "希望为家中老人添置一床棉被",
        "冬季取暖需要一个新炉子",
        "孩子上学需要一个书包和文具",
    ),
    AppealCategory.LIVELIHOOD: (
        "希望村里安装几盏太阳能路灯",
        "希望修缮牧道上的小桥",
        "希望在村委会旁建一个晾晒场",
    ),
    AppealCategory.EMPLOYMENT: ("希望参加汽车驾驶技能培训", "希望学习唐卡绘画手艺", "希望联系县城的务工岗位"),
    AppealCategory.MEDICAL: ("老人需要一副老花眼镜", "希望医生定期上门量血压", "需要一台制氧机"),
    AppealCategory.EDUCATION: ("孩子需要一套初中辅导书", "希望开办双语学习班", "希望有人辅导孩子功课"),
    AppealCategory.OTHER: ("希望送一台收音机", "希望帮助办理残疾人证", "希望给村里送些图书"),
}
PROBLEMS: dict[AppealCategory, tuple[str, ...]] = {
    AppealCategory.HARDSHIP: ("房屋墙体开裂需要维修", "家中主要劳动力生病，生活困难"),
    AppealCategory.LIVELIHOOD: ("自来水冬季冻管停水", "村道路面破损，雨天难行", "电压不稳，用电器经常损坏"),
    AppealCategory.EMPLOYMENT: ("务工工资被拖欠三个月", "合作社分红迟迟未发放"),
    AppealCategory.MEDICAL: ("村卫生室缺少常用药品", "慢性病报销手续不清楚"),
    AppealCategory.EDUCATION: ("孩子转学手续办不下来", "寄宿学校接送不便"),
    AppealCategory.OTHER: ("草场边界有纠纷", "流浪犬较多，影响出行安全"),
}
FEEDBACK_DONE = (
    "已由承办单位落实，物品已送达群众手中",
    "经协调已解决，群众表示满意",
    "已安排专人上门处理完毕",
    "相关部门已现场办理，问题已解决",
)
FEEDBACK_UNRESOLVABLE = (
    "超出政策范围，已向群众解释说明",
    "经核实不符合条件，已做好解释工作",
    "需纳入明年计划统筹解决，已告知群众",
)
VISIT_FINDINGS: dict[VisitKind, tuple[str, ...]] = {
    VisitKind.ROUTINE: (
        "家庭情况稳定，无特殊困难",
        "了解家庭生产生活情况，牲畜越冬准备充分",
        "老人身体状况良好",
    ),
    VisitKind.POLICY: ("宣传医保参保政策", "宣传草原生态补奖政策", "宣传防范电信诈骗知识"),
    VisitKind.MEDIATION: ("调解邻里草场使用纠纷，双方达成一致", "调解家庭矛盾，已化解"),
    VisitKind.SAFETY: ("检查取暖炉具和用电安全，提醒通风防中毒", "检查房屋安全，未发现隐患"),
    VisitKind.ASSISTANCE: ("送去米面油等慰问物资", "帮助联系医生上门问诊", "协助申请临时救助"),
}
RESULTS_DONE = ("已办结，结果已告知申请人", "符合条件，已办结", "已出具证明")
RESULTS_RETURNED = ("材料不全，已一次性告知需补正材料", "不符合申请条件，已说明理由")


# --- helpers --------------------------------------------------------------------------------------------


class _Ids:
    """Deterministic UUIDv7 ids: the anchor's milliseconds plus a sequence, random bits from the seed."""

    def __init__(self, rng: random.Random, base_ms: int) -> None:
        self._rng = rng
        self._base_ms = base_ms
        self._n = 0

    def __call__(self) -> str:
        self._n += 1
        ms = self._base_ms + self._n // 64
        rand = self._rng.getrandbits(74)
        value = (
            (ms & ((1 << 48) - 1)) << 80
            | 0x7 << 76
            | (rand >> 62) << 64
            | 0b10 << 62
            | (rand & ((1 << 62) - 1))
        )
        return str(uuid.UUID(int=value))


def _stamp(moment: datetime) -> str:
    """An HLC stamp of the county node at ``moment`` (rows keep the stamps they "came" with)."""
    ms = int(moment.timestamp() * 1000)
    return f"{ms:015d}-00000-{DEMO_NODE}"


def _weighted(rng: random.Random, items: Sequence[tuple[T, float]]) -> T:
    total = 0.0
    pick = rng.random() * sum(w for _, w in items)
    for item, weight in items:
        total += weight
        if pick < total:
            return item
    return items[-1][0]


def _largest_remainder(total: int, weights: Sequence[float]) -> list[int]:
    """``total`` split in proportion to ``weights`` (integers summing to ``total``)."""
    whole = sum(weights)
    if whole <= 0:
        return [0] * len(weights)
    raw = [total * w / whole for w in weights]
    parts = [math.floor(r) for r in raw]
    order = sorted(range(len(raw)), key=lambda i: raw[i] - parts[i], reverse=True)
    for i in order[: total - sum(parts)]:
        parts[i] += 1
    return parts


def _years_before(day: date, years: int, rng: random.Random) -> date:
    """A birth date ``years`` whole years before ``day`` (random day within that year of age)."""
    try:
        anchor = day.replace(year=day.year - years)
    except ValueError:  # 29 February
        anchor = day.replace(year=day.year - years, day=28)
    return anchor - timedelta(days=rng.randrange(0, 365))


def _age(birth: date, today: date) -> int:
    return today.year - birth.year - ((today.month, today.day) < (birth.month, birth.day))


class Row(dict[str, Any]):
    """A row being built: its column values, also readable and writable as attributes.

    The demo writes plain values with the ORM's bulk INSERT: building 50,000 SQLModel objects alone would
    take longer than the whole build may.
    """

    def __getattr__(self, name: str) -> Any:
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None

    def __setattr__(self, name: str, value: Any) -> None:
        self[name] = value


@cache
def _column_defaults(model: type[SyncedTable]) -> tuple[tuple[str, Any], ...]:
    """(column, default) of the model's columns with a plain default (factories are always given)."""
    defaults = []
    for column in model.__table__.columns:  # type: ignore[attr-defined]
        info = model.model_fields.get(column.name)
        if info is not None and info.default is not PydanticUndefined and info.default_factory is None:
            defaults.append((column.name, info.default))
    return tuple(defaults)


@dataclass
class _Geo:
    township: Row
    villages: list[Row] = field(default_factory=list)


@dataclass
class _Home:
    """A household being built, with what later steps need."""

    household: Row
    village: Row
    grid: Row
    members: list[Row]
    tibetan: bool


class _Builder:
    def __init__(self, config: DemoConfig) -> None:
        self.config = config
        self.rng = random.Random(config.seed)
        self.today = config.today or date.today()
        # the county "sent" the data at noon of the anchor day (Beijing time)
        self.now = datetime(
            self.today.year, self.today.month, self.today.day, 12, 0, tzinfo=BEIJING
        ).astimezone(UTC)
        self.new_id = _Ids(
            random.Random(config.seed ^ 0x5EED), int(self.now.timestamp() * 1000) - 400 * 86_400_000
        )
        self.ref_time = self.now - timedelta(days=400)
        self.id_counters: dict[tuple[str, date, bool], int] = {}
        self.phones: set[str] = set()
        self.geo: list[_Geo] = []
        self.grids: list[Row] = []
        self.grid_village: dict[str, Row] = {}
        self.homes: list[_Home] = []
        self.household_grid: dict[str, str] = {}
        self.rows: dict[type[SyncedTable], list[Row]] = defaultdict(list)

    # -- row helpers -------------------------------------------------------------------------------------
    def make(self, model: type[SyncedTable], **values: Any) -> Row:
        """A new row of ``model``: its defaults, then ``values``; added to what the build writes."""
        row = Row(_column_defaults(model))
        row.update(values)
        if model is Person:
            row.name_pinyin, row.name_initials = pinyin_keys(row.name)
        self.rows[model].append(row)
        return row

    def meta(
        self, township_code: str, created: datetime | None = None, updated: datetime | None = None
    ) -> dict[str, Any]:
        created = created or self.ref_time
        updated = updated or created
        return {
            "id": self.new_id(),
            "township_code": township_code,
            "created_at": created,
            "updated_at": updated,
            "updated_by": DEMO_USER,
            "hlc": _stamp(updated),
        }

    def phone(self) -> str:
        while True:
            number = self.rng.choice(PHONE_PREFIXES) + f"{self.rng.randrange(10**8):08d}"
            if number not in self.phones:
                self.phones.add(number)
                return number

    def id_number(self, birth: date, gender: Gender) -> str:
        rng = self.rng
        region = COUNTY_CODE if rng.random() < 0.85 else rng.choice(OTHER_REGIONS)
        male = gender is Gender.MALE
        key = (region, birth, male)
        k = self.id_counters.get(key)
        k = rng.randrange(0, 40) if k is None else k + 1
        self.id_counters[key] = k
        return make_id_number(region, birth, (2 * k + (1 if male else 0)) % 1000, gender)

    def tibetan_name(self, gender: Gender) -> tuple[str, str]:
        rng = self.rng
        own = TIBETAN_MALE if gender is Gender.MALE else TIBETAN_FEMALE
        first = rng.choice(own + TIBETAN_UNISEX) if rng.random() < 0.55 else rng.choice(TIBETAN_UNISEX + own)
        parts = [first]
        if rng.random() < 0.6:
            second = rng.choice(own) if rng.random() < 0.7 else rng.choice(TIBETAN_UNISEX)
            if second != first:
                parts.append(second)
        return "".join(p[0] for p in parts), "་".join(p[1] for p in parts) + "་"

    def han_name(self, gender: Gender, surname: str | None = None) -> str:
        given = HAN_GIVEN_MALE if gender is Gender.MALE else HAN_GIVEN_FEMALE
        return (surname or self.rng.choice(HAN_SURNAMES)) + self.rng.choice(given)

    # -- steps ----------------------------------------------------------------------------------------------
    def build_geography(self) -> None:
        rng = self.rng
        syllables = list(VILLAGE_SYLLABLES)
        rng.shuffle(syllables)
        for (suffix, name, name_bo, seat), n_villages in zip(TOWNSHIPS, VILLAGES_PER_TOWNSHIP, strict=True):
            code = COUNTY_CODE + suffix
            township = self.make(Township, code=code, name=name, name_bo=name_bo, **self.meta(COUNTY_SCOPE))
            geo = _Geo(township)
            self.geo.append(geo)
            if seat:
                for i, (cname, cname_bo) in enumerate(COMMUNITIES, start=1):
                    geo.villages.append(
                        self.make(
                            Village,
                            code=f"{code}{i:03d}",
                            name=cname,
                            name_bo=cname_bo,
                            kind=VillageKind.COMMUNITY.value,
                            **self.meta(code),
                        )
                    )
            for i in range(n_villages):
                zh, bo = syllables.pop()
                geo.villages.append(
                    self.make(
                        Village,
                        code=f"{code}{200 + i + 1:03d}",
                        name=f"{zh}村",
                        name_bo=f"{bo}་གྲོང་ཚོ་",
                        kind=VillageKind.VILLAGE.value,
                        **self.meta(code),
                    )
                )
        # grids: 2–4 per village (pastoral), 3–4 per community (town), plus the monasteries' grids
        monastery_villages = rng.sample(
            [v for g in self.geo for v in g.villages if v.kind == "village"], len(MONASTERIES)
        )
        for geo in self.geo:
            short = geo.township.name[:-1]
            for village in geo.villages:
                community = village.kind == VillageKind.COMMUNITY.value
                count = rng.randint(3, 4) if community else rng.randint(2, 4)
                for n in range(1, count + 1):
                    self.add_grid(
                        village,
                        geo.township,
                        code=f"{village.code}{n:02d}",
                        name=f"{village.name}第{n}网格",
                        kind=GridKind.TOWN if community else GridKind.PASTORAL,
                        police_area=f"{short}便民警务站",
                    )
                if village in monastery_villages:
                    monastery = MONASTERIES[monastery_villages.index(village)]
                    self.add_grid(
                        village,
                        geo.township,
                        code=f"{village.code}90",
                        name=f"{monastery}寺管会网格",
                        kind=GridKind.MONASTERY,
                        police_area=f"{short}便民警务站",
                    )

    def add_grid(
        self, village: Row, township: Row, *, code: str, name: str, kind: GridKind, police_area: str
    ) -> None:
        grid = self.make(
            Grid,
            code=code,
            name=name,
            kind=kind.value,
            police_area=police_area,
            village_id=village.id,
            **self.meta(township.code),
        )
        self.grids.append(grid)
        self.grid_village[grid.id] = village

    def build_register(self) -> None:
        rng = self.rng
        grids_by_village: dict[str, list[Row]] = defaultdict(list)
        for grid in self.grids:
            grids_by_village[self.grid_village[grid.id].id].append(grid)
        villages = [(geo.township, v) for geo in self.geo for v in geo.villages]
        # communities in the county seat are bigger than villages
        weights = [
            2.2 if v.kind == VillageKind.COMMUNITY.value else rng.uniform(0.6, 1.4) for _, v in villages
        ]
        per_village = _largest_remainder(self.config.households, weights)
        for (township, village), n_households in zip(villages, per_village, strict=True):
            community = village.kind == VillageKind.COMMUNITY.value
            grids = grids_by_village[village.id]
            ordinary = [g for g in grids if g.kind != GridKind.MONASTERY.value]
            monastery = [g for g in grids if g.kind == GridKind.MONASTERY.value]
            for n in range(1, n_households + 1):
                if monastery and rng.random() < 0.05:
                    grid = monastery[0]
                else:
                    grid = ordinary[(n - 1) * len(ordinary) // max(1, n_households)]
                self.build_household(township, village, grid, n, community)

    def build_household(self, township: Row, village: Row, grid: Row, n: int, community: bool) -> None:
        rng = self.rng
        today = self.today
        han_share = 25.0 if community else 4.0
        ethnicity = _weighted(
            rng,
            (
                ("藏族", 95.0 - han_share),
                ("汉族", han_share),
                ("门巴族", 2.0),
                ("回族", 1.5),
                ("珞巴族", 0.5),
            ),
        )
        tibetan_names = ethnicity in ("藏族", "门巴族", "珞巴族")
        monastic = grid.kind == GridKind.MONASTERY.value
        size = 1 if monastic else _weighted(rng, HOUSEHOLD_SIZES)
        number = f"{village.code[6:]}{n:04d}"
        if community:
            address = f"{township.name}{village.name}{rng.choice(('团结路', '幸福路', '阳光路', '新城路', '象雄大道'))}{rng.randint(1, 180)}号"
        else:
            address = f"{township.name}{village.name}{rng.randint(1, 6)}组{n}号"
        household = self.make(
            Household,
            household_no=number,
            address=address,
            village_id=village.id,
            grid_id=grid.id,
            **self.meta(township.code),
        )
        head_gender = Gender.MALE if (monastic or rng.random() < 0.7) else Gender.FEMALE
        head_age = rng.randint(22, 45) if monastic else rng.randint(26, 80)
        surname = rng.choice(HAN_SURNAMES)
        members: list[Row] = []

        def person(relation: Relation, gender: Gender, age: int, own_surname: str | None = None) -> Row:
            birth = _years_before(today, max(0, age), rng)
            if tibetan_names:
                name, name_bo = self.tibetan_name(gender)
            else:
                name, name_bo = self.han_name(gender, own_surname), ""
            adult = age >= 18
            party = adult and rng.random() < (0.13 if age >= 40 else 0.06)
            education = self.education(age, monastic)
            groups: list[str] = []
            if age >= 65 and rng.random() < 0.08:
                groups.append(SpecialGroup.LEFT_BEHIND_ELDER.value)
            if age < 16 and rng.random() < 0.04:
                groups.append(SpecialGroup.LEFT_BEHIND_CHILD.value)
            if rng.random() < 0.02:
                groups.append(SpecialGroup.DISABLED.value)
            if adult and gender is Gender.MALE and rng.random() < 0.02:
                groups.append(SpecialGroup.VETERAN.value)
            if rng.random() < 0.01:
                groups.append(SpecialGroup.SERIOUS_ILLNESS.value)
            status, status_date, status_note = PersonStatus.ACTIVE.value, None, ""
            if relation is not Relation.HEAD:
                roll = rng.random()
                if roll < 0.02 and adult:
                    status, status_note = (
                        PersonStatus.MOVED_OUT.value,
                        rng.choice(("迁往拉萨市", "迁往外省", "婚迁")),
                    )
                    status_date = today - timedelta(days=rng.randrange(10, 900))
                elif roll < 0.03 and age >= 60:
                    status, status_note = PersonStatus.DECEASED.value, "病故"
                    status_date = today - timedelta(days=rng.randrange(10, 900))
            return self.make(
                Person,
                household_id=household.id,
                name=name,
                name_bo=name_bo,
                gender=gender.value,
                ethnicity=ethnicity,
                id_number=self.id_number(birth, gender),
                birth_date=birth,
                relation=relation.value,
                phone=self.phone() if 18 <= age <= 72 and rng.random() < 0.85 else "",
                is_party_member=party,
                party_branch=f"{village.name}党支部" if party else "",
                education=education,
                occupation="僧人" if monastic else self.occupation(age),
                special_groups=join_codes(groups),
                status=status,
                status_date=status_date,
                status_note=status_note,
                **self.meta(township.code),
            )

        head = person(Relation.HEAD, head_gender, head_age, surname)
        members.append(head)
        other = Gender.FEMALE if head_gender is Gender.MALE else Gender.MALE
        if size >= 2 and rng.random() < 0.85:
            members.append(person(Relation.SPOUSE, other, head_age + rng.randint(-6, 4), None))
        while len(members) < size:
            if head_age >= 55 and rng.random() < 0.45:
                relation = rng.choice((Relation.GRANDCHILD, Relation.GRANDCHILD, Relation.CHILD_IN_LAW))
                age = (
                    rng.randint(0, 16) if relation is Relation.GRANDCHILD else rng.randint(22, head_age - 20)
                )
            elif head_age <= 45 and rng.random() < 0.2:
                relation, age = Relation.PARENT, rng.randint(head_age + 20, min(95, head_age + 38))
            elif rng.random() < 0.06:
                relation, age = Relation.SIBLING, max(0, head_age + rng.randint(-10, 10))
            else:
                relation = rng.choice((Relation.SON, Relation.DAUGHTER))
                age = rng.randint(max(0, head_age - 42), max(0, head_age - 20))
            gender = {
                Relation.SON: Gender.MALE,
                Relation.DAUGHTER: Gender.FEMALE,
            }.get(relation) or rng.choice((Gender.MALE, Gender.FEMALE))
            members.append(
                person(
                    relation,
                    gender,
                    age,
                    surname if relation in (Relation.SON, Relation.DAUGHTER, Relation.GRANDCHILD) else None,
                )
            )
        household.head_person_id = head.id
        household.phone = head.phone
        flags: list[str] = []
        if any(SpecialGroup.DISABLED.value in m.special_groups for m in members):
            flags.append(HouseholdFlag.CANJI.value)
        if any(SpecialGroup.VETERAN.value in m.special_groups for m in members):
            flags.append(HouseholdFlag.JUNSHU.value)
        roll = rng.random()
        if roll < 0.07:
            flags.append(HouseholdFlag.DIBAO.value)
        elif roll < 0.09:
            flags.append(HouseholdFlag.TEKUN.value)
        if rng.random() < 0.24:
            flags.append(HouseholdFlag.TUOPIN.value)
        if rng.random() < 0.03:
            flags.append(HouseholdFlag.JIANCE.value)
        household.flags = join_codes(flags)
        self.homes.append(_Home(household, village, grid, members, tibetan_names))
        self.household_grid[household.id] = grid.id

    def education(self, age: int, monastic: bool) -> str:
        rng = self.rng
        if monastic:
            return Education.MONASTIC.value
        if age < 7:
            return ""
        if age < 13:
            return Education.PRIMARY.value
        if age >= 55:
            return _weighted(
                rng,
                (
                    (Education.NONE.value, 55.0),
                    (Education.PRIMARY.value, 35.0),
                    (Education.JUNIOR.value, 10.0),
                ),
            )
        return _weighted(
            rng,
            (
                (Education.NONE.value, 8.0),
                (Education.PRIMARY.value, 30.0),
                (Education.JUNIOR.value, 32.0),
                (Education.SENIOR.value, 16.0),
                (Education.COLLEGE.value, 8.0),
                (Education.BACHELOR.value, 6.0),
            ),
        )

    def occupation(self, age: int) -> str:
        if age < 18:
            return "学生" if age >= 6 else ""
        if age >= 70:
            return "无"
        return self.rng.choice(OCCUPATIONS)

    def build_grid_work(self) -> None:
        """Joint groups (exact count and party heads), then grid staff (exact count and party members)."""
        rng = self.rng
        config = self.config
        homes_by_grid: dict[str, list[_Home]] = defaultdict(list)
        for home in self.homes:
            homes_by_grid[home.grid.id].append(home)
        # -- 双联户: every household of the ordinary grids, in groups of about ten
        grouped_grids = [g for g in self.grids if g.kind != GridKind.MONASTERY.value and homes_by_grid[g.id]]
        per_grid = _largest_remainder(config.joint_groups, [len(homes_by_grid[g.id]) for g in grouped_grids])
        groups: list[Row] = []
        head_persons: list[Row] = []
        for grid, n_groups in zip(grouped_grids, per_grid, strict=True):
            homes = homes_by_grid[grid.id]
            n_groups = min(n_groups, len(homes))
            for k in range(n_groups):
                chunk = homes[k * len(homes) // n_groups : (k + 1) * len(homes) // n_groups]
                head_home = rng.choice(chunk)
                head = head_home.members[0]
                group = self.make(
                    JointGroup,
                    name=f"{grid.name}第{k + 1}联户",
                    grid_id=grid.id,
                    head_household_id=head_home.household.id,
                    head_person_id=head.id,
                    **self.meta(grid.township_code),
                )
                groups.append(group)
                head_persons.append(head)
                for home in chunk:
                    home.household.joint_group_id = group.id
        party_heads = set(rng.sample(range(len(groups)), min(config.joint_group_party_heads, len(groups))))
        for i, head in enumerate(head_persons):
            self.set_party(head, i in party_heads)
        # -- grid staff: a 网格员 and a 网格联络员 per grid (residents), doctors and police for the rest
        taken = {p.id for p in head_persons}
        roles: list[tuple[Row, GridRole]] = []
        for grid in self.grids:
            roles.append((grid, GridRole.GRID_WORKER))
        for grid in self.grids:
            roles.append((grid, GridRole.LIAISON))
        extra = [g for g in self.grids if g.kind != GridKind.MONASTERY.value]
        i = 0
        while len(roles) < config.grid_staff:
            roles.append((extra[i % len(extra)], GridRole.DOCTOR if i % 2 == 0 else GridRole.POLICE))
            i += 1
        roles = roles[: config.grid_staff]
        party = set(rng.sample(range(len(roles)), min(config.grid_staff_party, len(roles))))
        for i, (grid, role) in enumerate(roles):
            is_party = i in party
            resident: Row | None = None
            if role in (GridRole.GRID_WORKER, GridRole.LIAISON):
                candidates = [
                    p
                    for home in homes_by_grid[grid.id]
                    for p in home.members
                    if p.id not in taken
                    and p.status == PersonStatus.ACTIVE.value
                    and p.birth_date is not None
                    and 22 <= _age(p.birth_date, self.today) <= 58
                ]
                if candidates:
                    resident = rng.choice(candidates)
                    taken.add(resident.id)
                    self.set_party(resident, is_party)
                    if not resident.phone:
                        resident.phone = self.phone()
            if resident is not None:
                name, phone = resident.name, resident.phone
            else:
                gender = rng.choice((Gender.MALE, Gender.FEMALE))
                name = self.tibetan_name(gender)[0] if rng.random() < 0.7 else self.han_name(gender)
                phone = self.phone()
            self.make(
                GridMember,
                grid_id=grid.id,
                person_id=resident.id if resident else None,
                name=name,
                role=role.value,
                is_party_member=is_party,
                phone=phone,
                **self.meta(grid.township_code),
            )
        # -- 党员包户: each resident party member looks after 1–3 households of their grid
        for grid in self.grids:
            homes = homes_by_grid[grid.id]
            members = [
                p
                for home in homes
                for p in home.members
                if p.is_party_member and p.status == PersonStatus.ACTIVE.value
            ]
            for member in members:
                for home in rng.sample(homes, min(len(homes), rng.randint(1, 3))):
                    if member.household_id == home.household.id:
                        continue
                    kinds = rng.sample(list(DutyKind), rng.randint(1, 3))
                    since = self.today - timedelta(days=rng.randrange(30, 1500))
                    self.make(
                        PartyDuty,
                        person_id=member.id,
                        household_id=home.household.id,
                        duty_kinds=join_codes(k.value for k in kinds),
                        since=since,
                        **self.meta(grid.township_code),
                    )
        # -- 文明户评星: last year for nearly every household, this year for those already rated
        criteria = list(RatingCriterion)
        for home in self.homes:
            for year, share in ((self.today.year - 1, 0.95), (self.today.year, 0.35)):
                if rng.random() >= share:
                    continue
                earned = rng.sample(
                    criteria, _weighted(rng, ((6, 15.0), (5, 30.0), (4, 30.0), (3, 15.0), (2, 7.0), (1, 3.0)))
                )
                self.make(
                    CivilizedRating,
                    household_id=home.household.id,
                    year=year,
                    stars=len(earned),
                    criteria=join_codes(c.value for c in earned),
                    rated_by=f"{home.village.name}评星小组",
                    **self.meta(home.household.township_code),
                )

    def set_party(self, person: Row, party: bool) -> None:
        person.is_party_member = party
        village = self.grid_village.get(self.household_grid.get(person.household_id or "", ""))
        person.party_branch = f"{village.name}党支部" if party and village is not None else ""

    def build_services(self) -> None:
        rng = self.rng
        config = self.config
        windows: list[tuple[Row, list[Row]]] = []
        for order, (code, name, name_bo) in enumerate(WINDOWS, start=1):
            window = self.make(
                ServiceWindow,
                code=code,
                name=name,
                name_bo=name_bo,
                sort_order=order,
                **self.meta(COUNTY_SCOPE),
            )
            matters: list[Row] = []
            for n, (mname, materials, days, county) in enumerate(MATTERS[code], start=1):
                matters.append(
                    self.make(
                        MatterType,
                        window_id=window.id,
                        code=f"{code}-{n:02d}",
                        name=mname,
                        materials=list(materials),
                        promised_days=days,
                        needs_county=county,
                        **self.meta(COUNTY_SCOPE),
                    )
                )
            windows.append((window, matters))
        # windows are not equally busy: 综合受理, 医保 and 社保 take most of the work
        window_weights = (12.0, 8.0, 18.0, 18.0, 3.0, 4.0, 12.0, 25.0)
        devices = {geo.township.code: f"{rng.getrandbits(24):06x}" for geo in self.geo}
        adults_by_township: dict[str, list[tuple[Row, Row]]] = defaultdict(list)
        for home in self.homes:
            for p in home.members:
                if (
                    p.status == PersonStatus.ACTIVE.value
                    and p.birth_date
                    and _age(p.birth_date, self.today) >= 18
                ):
                    adults_by_township[home.household.township_code].append((p, home.household))
        townships = [geo.township.code for geo in self.geo if adults_by_township[geo.township.code]]
        township_weights = [len(adults_by_township[t]) for t in townships]
        handlers = {t: [self.han_name(Gender.FEMALE), self.tibetan_name(Gender.MALE)[0]] for t in townships}
        serial_seq: dict[tuple[str, str], int] = defaultdict(int)
        accepted_times = sorted(
            self.working_time(rng.randrange(0, 365)) for _ in range(config.service_requests)
        )
        for accepted in accepted_times:
            township = rng.choices(townships, weights=township_weights)[0]
            window, matters = windows[rng.choices(range(len(windows)), weights=window_weights)[0]]
            matter = rng.choice(matters)
            applicant, household = rng.choice(adults_by_township[township])
            age_days = (self.now - accepted).total_seconds() / 86400
            due = accepted + timedelta(days=matter.promised_days)
            status = self.request_status(age_days, matter.promised_days, matter.needs_county)
            done_at: datetime | None = None
            updated = accepted
            result = ""
            if status in (RequestStatus.DONE, RequestStatus.RETURNED):
                span = (
                    matter.promised_days * rng.uniform(0.05, 1.15)
                    if matter.promised_days > 1
                    else rng.uniform(0, 1.2)
                )
                done_at = max(accepted, min(self.now - timedelta(minutes=1), accepted + timedelta(days=span)))
                updated = done_at
                result = rng.choice(RESULTS_DONE if status is RequestStatus.DONE else RESULTS_RETURNED)
            elif status is not RequestStatus.ACCEPTED:
                updated = max(accepted, min(self.now, accepted + timedelta(days=rng.uniform(0.1, 3))))
            received: list[str] = list(matter.materials)
            if status is RequestStatus.RETURNED and received:
                received = received[:-1]
            local_day = accepted.astimezone(BEIJING).strftime("%Y%m%d")
            serial_seq[(township, local_day)] += 1
            self.make(
                ServiceRequest,
                serial_no=f"{township}-{local_day}-{devices[township]}-{serial_seq[(township, local_day)]:04d}",
                person_id=applicant.id,
                household_id=household.id,
                applicant_name=applicant.name,
                window_id=window.id,
                matter_id=matter.id,
                channel=_weighted(
                    rng,
                    (
                        (Channel.WINDOW.value, 75.0),
                        (Channel.PROXY.value, 15.0),
                        (Channel.DOORSTEP.value, 10.0),
                    ),
                ),
                status=status.value,
                accepted_at=accepted,
                due_at=due,
                done_at=done_at,
                handler=rng.choice(handlers[township]),
                visits=1 if rng.random() < 0.9 else 2,
                materials_received=received,
                result=result,
                **self.meta(township, accepted, updated),
            )

    def working_time(self, days_ago: int) -> datetime:
        """A moment in office hours (Beijing time) ``days_ago`` days before the anchor, as UTC."""
        day = self.today - timedelta(days=days_ago)
        while day.weekday() >= 5:
            day -= timedelta(days=1)
        # the anchor day's data left at noon: that day has a morning only
        minute = self.rng.randrange(9 * 60 + 30, 11 * 60 + 50 if day == self.today else 18 * 60)
        local = datetime(
            day.year, day.month, day.day, minute // 60, minute % 60, self.rng.randrange(60), tzinfo=BEIJING
        )
        return min(local.astimezone(UTC), self.now - timedelta(minutes=5))

    def request_status(self, age_days: float, promised: int, county: bool) -> RequestStatus:
        rng = self.rng
        if age_days < promised:  # still within the promised time
            return _weighted(
                rng,
                (
                    (RequestStatus.ACCEPTED, 20.0),
                    (RequestStatus.IN_PROGRESS, 30.0),
                    (RequestStatus.AT_COUNTY, 25.0 if county else 0.0),
                    (RequestStatus.DONE, 40.0),
                    (RequestStatus.RETURNED, 4.0),
                ),
            )
        return _weighted(
            rng,
            (
                (RequestStatus.DONE, 94.5),
                (RequestStatus.RETURNED, 4.5),
                (RequestStatus.IN_PROGRESS, 0.5),  # overdue
                (RequestStatus.AT_COUNTY, 0.5 if county else 0.0),
            ),
        )

    def build_visits_and_appeals(self) -> None:
        rng = self.rng
        config = self.config
        visitors: dict[str, list[Row]] = defaultdict(list)
        for row in self.rows[GridMember]:
            if row.role in (GridRole.GRID_WORKER.value, GridRole.LIAISON.value):
                visitors[row.grid_id].append(row)
        visit_kinds = (
            (VisitKind.ROUTINE, 50.0),
            (VisitKind.POLICY, 20.0),
            (VisitKind.SAFETY, 12.0),
            (VisitKind.ASSISTANCE, 12.0),
            (VisitKind.MEDIATION, 6.0),
        )
        for _ in range(config.visits):
            home = rng.choice(self.homes)
            day_ago = rng.randrange(0, 365)
            when = self.working_time(day_ago)
            visitor = rng.choice(visitors[home.grid.id]) if visitors[home.grid.id] else None
            kind = _weighted(rng, visit_kinds)
            follow = (
                kind in (VisitKind.MEDIATION, VisitKind.ASSISTANCE) and rng.random() < 0.4
            ) or rng.random() < 0.05
            self.make(
                VisitRecord,
                household_id=home.household.id,
                visitor_id=visitor.id if visitor else None,
                visitor_name=visitor.name if visitor else "",
                visit_date=when.astimezone(BEIJING).date(),
                kind=kind.value,
                findings=rng.choice(VISIT_FINDINGS[kind]),
                follow_up_needed=follow,
                follow_up_by=(visitor.name if visitor else "") if follow else "",
                follow_up_done=follow and day_ago > 20 and rng.random() < 0.85,
                **self.meta(home.household.township_code, when),
            )
        orgs: list[Row] = []
        for name in COUNTY_DEPTS:
            orgs.append(self.make(Org, name=name, kind=OrgKind.COUNTY_DEPT.value, **self.meta(COUNTY_SCOPE)))
        for geo in self.geo:
            orgs.append(
                self.make(
                    Org,
                    name=f"{geo.township.name}人民政府",
                    kind=OrgKind.TOWNSHIP.value,
                    **self.meta(COUNTY_SCOPE),
                )
            )
        for village in rng.sample([v for g in self.geo for v in g.villages], 8):
            orgs.append(
                self.make(
                    Org,
                    name=f"{village.name}党支部",
                    kind=OrgKind.VILLAGE_PARTY.value,
                    **self.meta(COUNTY_SCOPE),
                )
            )
        for name in VOLUNTEER_TEAMS:
            orgs.append(self.make(Org, name=name, kind=OrgKind.VOLUNTEERS.value, **self.meta(COUNTY_SCOPE)))
        statuses = (
            (AppealStatus.COLLECTED, 12.0),
            (AppealStatus.DISPATCHED, 13.0),
            (AppealStatus.CLAIMED, 15.0),
            (AppealStatus.DONE, 50.0),
            (AppealStatus.UNRESOLVABLE, 10.0),
        )
        for _ in range(config.appeals):
            home = rng.choice(self.homes)
            appeal_kind = AppealKind.WISH if rng.random() < 0.55 else AppealKind.PROBLEM
            category = rng.choice(list(AppealCategory))
            texts = (WISHES if appeal_kind is AppealKind.WISH else PROBLEMS)[category]
            active = [p for p in home.members if p.status == PersonStatus.ACTIVE.value] or home.members
            applicant = rng.choice(active)
            collected = self.working_time(rng.randrange(0, 365))
            age_days = (self.now - collected).days
            status = (
                _weighted(rng, statuses)
                if age_days > 45
                else _weighted(rng, (*statuses[:3], (AppealStatus.DONE, 20.0)))
            )
            dispatched = claimed = done = None
            org: Row | None = None
            feedback = satisfaction = ""
            latest = collected
            if status is not AppealStatus.COLLECTED:
                dispatched = min(self.now, collected + timedelta(days=rng.uniform(0.5, 6)))
                org = self.appeal_org(orgs, appeal_kind, category)
                latest = dispatched
            if status in (AppealStatus.CLAIMED, AppealStatus.DONE):
                assert dispatched is not None
                claimed = min(self.now, dispatched + timedelta(days=rng.uniform(0.2, 4)))
                latest = claimed
            if status is AppealStatus.DONE:
                assert claimed is not None
                done = min(self.now, claimed + timedelta(days=rng.uniform(1, 30)))
                feedback = rng.choice(FEEDBACK_DONE)
                satisfaction = _weighted(
                    rng,
                    (
                        (Satisfaction.VERY_SATISFIED.value, 45.0),
                        (Satisfaction.SATISFIED.value, 40.0),
                        (Satisfaction.NEUTRAL.value, 12.0),
                        (Satisfaction.UNSATISFIED.value, 3.0),
                        ("", 10.0),
                    ),
                )
                latest = done
            if status is AppealStatus.UNRESOLVABLE:
                done = min(self.now, latest + timedelta(days=rng.uniform(1, 15)))
                feedback = rng.choice(FEEDBACK_UNRESOLVABLE)
                latest = done
            self.make(
                Appeal,
                kind=appeal_kind.value,
                household_id=home.household.id,
                person_id=applicant.id,
                content=f"{applicant.name}：{rng.choice(texts)}",
                category=category.value,
                status=status.value,
                org_id=org.id if org else None,
                dispatched_at=dispatched,
                claimed_at=claimed,
                done_at=done,
                feedback=feedback,
                satisfaction=satisfaction,
                **self.meta(home.household.township_code, collected, latest),
            )

    def appeal_org(self, orgs: list[Row], kind: AppealKind, category: AppealCategory) -> Row:
        """Who takes an appeal on: the department of its field; wishes often a volunteer team or a branch."""
        rng = self.rng
        if kind is AppealKind.WISH and rng.random() < 0.6:
            helpers = [o for o in orgs if o.kind in (OrgKind.VOLUNTEERS.value, OrgKind.VILLAGE_PARTY.value)]
            return rng.choice(helpers)
        if rng.random() < 0.15:
            return rng.choice([o for o in orgs if o.kind == OrgKind.TOWNSHIP.value])
        wanted = APPEAL_DEPTS.get(category, ())
        fitting = [o for o in orgs if o.name in wanted] or orgs
        return rng.choice(fitting)

    def build(self) -> dict[type[SyncedTable], list[Row]]:
        self.build_geography()
        self.build_register()
        self.build_grid_work()
        self.build_services()
        self.build_visits_and_appeals()
        return self.rows


def generate(config: DemoConfig) -> dict[type[SyncedTable], list[Row]]:
    """The demo rows by table name (not yet written anywhere)."""
    return _Builder(config).build()


def write_rows(store: Store, rows: dict[type[SyncedTable], list[Row]], *, chunk: int = 20_000) -> None:
    """Insert ``rows`` with the ORM's bulk INSERT in remote sessions (capture off), a few big transactions.

    Derived columns (the pinyin keys of ``person``) were filled when the rows were made, by the same function
    the capture hook calls; the name search index is kept by its triggers as for any write. A larger page
    cache for the duration saves a fifth of the time (index pages stay in memory between inserts).
    """
    pending = [
        (model, table_rows[i : i + chunk])
        for model, table_rows in rows.items()
        for i in range(0, len(table_rows), chunk)
    ]
    while pending:
        size = 0
        with store.remote_session(DEMO_USER) as session:
            conn = session.connection()
            default_cache = conn.exec_driver_sql("PRAGMA cache_size").scalar()
            conn.exec_driver_sql(f"PRAGMA cache_size = {-_BUILD_CACHE_KIB}")
            try:
                while pending and size < chunk * 3:
                    model, part = pending.pop(0)
                    session.execute(insert(model), part)
                    size += len(part)
            finally:
                conn.exec_driver_sql(f"PRAGMA cache_size = {int(default_cache or -2000)}")


def build_demo(
    path: Path | str,
    config: DemoConfig | None = None,
    *,
    key: bytes | str | None = "keyring",
    progress: Callable[[str], None] | None = None,
) -> DemoSummary:
    """Build the demo county database at ``path`` (which must not exist yet)."""
    from .engine import open_store

    config = config or DemoConfig()
    path = Path(path)
    if path.exists() and path.stat().st_size > 0:
        raise FileExistsError(str(path))
    started = time.perf_counter()
    rows = generate(config)
    if progress:
        progress(
            f"generated {sum(len(v) for v in rows.values())} rows in {time.perf_counter() - started:.1f} s"
        )
    store = open_store(path, key=key)
    try:
        write_rows(store, rows)
        with store.session("system") as session:
            store.set_meta("township_code", COUNTY_SCOPE, session)
            store.set_meta("mode", "county", session)
            store.set_meta(
                "demo",
                f"seed={config.seed};households={config.households};today={(config.today or date.today()).isoformat()}",
                session,
            )
        with store.engine.begin() as conn:
            conn.exec_driver_sql("ANALYZE")  # statistics for the query planner
    finally:
        store.close()
    seconds = time.perf_counter() - started
    counts = {str(model.__tablename__): len(table_rows) for model, table_rows in rows.items()}
    logger.info("demo county built at %s in %.1f s: %s", path, seconds, counts)
    return DemoSummary(path=path, rows=counts, seconds=seconds)


def ensure_demo(paths: Paths, config: DemoConfig | None = None) -> Path:
    """The demo county database at ``paths.demo_db``, built (encrypted, key in the keyring) on first use.

    The build goes to a temporary name first, so an interrupted build is never taken for a finished one.
    """
    from .keys import sidecar_path

    target = paths.demo_db
    if target.exists() and target.stat().st_size > 0:
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".building")
    for leftover in (partial, sidecar_path(partial), Path(f"{partial}-wal"), Path(f"{partial}-shm")):
        leftover.unlink(missing_ok=True)
    build_demo(partial, config)
    sidecar = sidecar_path(partial)
    if sidecar.exists():
        sidecar.replace(sidecar_path(target))
    for suffix in ("-wal", "-shm"):
        Path(f"{partial}{suffix}").unlink(missing_ok=True)
    partial.replace(target)
    return target
