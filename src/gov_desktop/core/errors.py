"""Error codes and their Chinese messages: the single catalog shared by store, sync, server and UI.

Lower layers report a code (and the field it concerns, with parameters); the catalog gives the Chinese
sentence. The server's 4xx bodies carry the same codes, so a client can show the message in its language.
"""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field as dc_field
from typing import Any

MESSAGES: dict[str, str] = {
    "required": "{label}不能为空",
    "too_long": "{label}不能超过{max}个字",
    "invalid_choice": "{label}的取值“{value}”无效",
    "id_number.length": "身份证号应为18位（现为{length}位）",
    "id_number.chars": "身份证号只能由数字和末位X组成",
    "id_number.region": "身份证号前6位不是有效的行政区划代码",
    "id_number.birth_date": "身份证号中的出生日期{birth}不存在",
    "id_number.future": "身份证号中的出生日期{birth}晚于今天",
    "id_number.too_old": "身份证号中的出生日期{birth}早于1900年",
    "id_number.checksum": "身份证号校验位错误（应为{expected}），请核对是否输错",
    "id_number.scientific": "身份证号被Excel转成了科学计数法（{value}），后几位已丢失，请将该列设为文本后重新录入",
    "id_number.numeric": "身份证号被Excel存成了数字，请将该列设为文本格式",
    "id_number.duplicate": "身份证号{value}已登记给{name}",
    "id_number.mismatch_gender": "性别与身份证号不符（身份证号显示为{gender}）",
    "id_number.mismatch_birth": "出生日期与身份证号不符（身份证号显示为{birth}）",
    "phone.invalid": "手机号应为1开头的11位数字，固定电话应带区号（如0891-1234567）",
    "date.invalid": "日期“{value}”无法识别，请写成2024-03-15或2024年3月15日",
    "date.future": "{label}不能晚于今天",
    "date.order": "{label}不能早于{other}",
    "number.range": "{label}应在{min}到{max}之间",
    "household_no.duplicate": "户号{value}已存在",
    "code.duplicate": "编码{value}已存在",
    "code.format": "{label}应为{length}位数字",
    "not_found": "找不到{label}（{value}）",
    "deleted": "{label}已删除，不能修改",
    "status.transition": "办件状态不能从“{from_label}”改为“{to_label}”",
    "appeal.transition": "诉求状态不能从“{from_label}”改为“{to_label}”",
    "person.inactive": "{name}的状态为“{status}”，不能办理此操作",
    "person.same_household": "此人已在该户中",
    "household.head_required": "户主必须是本户成员",
    "household.has_members": "该户仍有在册成员，不能删除",
    "joint_group.other_grid": "该户不属于此双联户所在网格",
    "duty.not_party_member": "{name}不是党员，不能包户",
    "rating.stars": "评星数应在0到{max}之间",
    "rating.duplicate": "该户{year}年已评星，请修改原记录",
    "materials.missing": "缺少材料：{items}",
    "permission.role": "当前用户（{role}）无权进行此操作",
    "permission.scope": "当前用户只能操作本乡镇（网格）的数据",
    "permission.county_only": "此项只能由县级用户修改",
    "auth.bad_password": "用户名或密码错误",
    "auth.inactive": "该用户已停用",
    "auth.weak_password": "密码至少8位，且须同时包含字母和数字",
    "auth.username_taken": "用户名{value}已被使用",
    "key.wrong_passphrase": "口令错误，或密钥文件已损坏",
    "key.missing": "本机密钥环中找不到数据库密钥，请用管理员口令从密钥备份文件恢复",
    "key.wrong_key": "数据库无法用此密钥打开",
    "backup.not_found": "找不到备份文件{value}",
    "sync.rejected": "服务器拒绝了此修改：{reason}",
}

#: Chinese names of fields, for messages (the UI shows its own, translated, labels at the field)
FIELD_LABELS: dict[str, str] = {
    "name": "姓名",
    "name_bo": "藏文姓名",
    "id_number": "身份证号",
    "birth_date": "出生日期",
    "gender": "性别",
    "ethnicity": "民族",
    "phone": "联系电话",
    "relation": "与户主关系",
    "household_no": "户号",
    "household_id": "所属户",
    "address": "住址",
    "grid_id": "网格",
    "village_id": "村（居）",
    "person_id": "人员",
    "window_id": "服务窗口",
    "matter_id": "服务事项",
    "visit_date": "走访日期",
    "visitor_id": "走访人",
    "content": "诉求内容",
    "code": "编码",
    "username": "用户名",
    "password": "密码",
    "year": "年度",
    "stars": "星级",
    "township_code": "乡镇",
    "org_id": "承办单位",
    "feedback": "回音壁反馈",
    "findings": "走访情况",
    "status": "状态",
    "kind": "类别",
    "category": "诉求分类",
    "role": "角色",
}


def field_label(field_name: str) -> str:
    return FIELD_LABELS.get(field_name, field_name)


@dataclass(frozen=True, slots=True)
class FieldError:
    """One problem with one field: a code from ``MESSAGES`` plus the values its message needs."""

    field: str
    code: str
    params: dict[str, Any] = dc_field(default_factory=dict)

    @property
    def message(self) -> str:
        template = MESSAGES.get(self.code, self.code)
        values = {"label": field_label(self.field), **self.params}
        try:
            return template.format(**values)
        except (KeyError, IndexError):
            return template

    def to_dict(self) -> dict[str, Any]:
        return {"field": self.field, "code": self.code, "params": self.params, "message": self.message}


class DomainError(Exception):
    """Raised by use cases when a write cannot go ahead; carries one or more ``FieldError`` values."""

    def __init__(self, errors: list[FieldError] | FieldError) -> None:
        self.errors = [errors] if isinstance(errors, FieldError) else list(errors)
        super().__init__("; ".join(e.message for e in self.errors))

    @property
    def codes(self) -> list[str]:
        return [e.code for e in self.errors]

    def for_field(self, name: str) -> list[FieldError]:
        return [e for e in self.errors if e.field == name]


class ValidationFailed(DomainError):
    """Input did not pass validation; nothing was written."""


class PermissionDenied(DomainError):
    """The signed-in user's role or scope does not allow this write."""


class NotFound(DomainError):
    """The record referred to does not exist (or is deleted)."""
