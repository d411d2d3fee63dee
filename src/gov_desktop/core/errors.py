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
    "code.immutable": "编码{value}创建后不能修改",
    "move.other_township": "不能迁入其他乡镇的户，请在原乡镇办理迁出、在新乡镇重新登记",
    "person.other_household": "{name}不是该户成员",
    "joint_group.head_not_member": "联户长必须是联户长户的在册成员",
    "joint_group.not_member": "该户不在此双联户中",
    "duty.duplicate": "{name}已包此户",
    "rating.criteria_count": "星级数（{stars}）与所评星目数（{count}）不一致",
    "visit.no_follow_up": "这条走访记录不需要后续跟进",
    "appeal.not_closed": "诉求办结（或确认无法办理）后才能评价满意度",
    "permission.role": "当前用户（{role}）无权进行此操作",
    "permission.scope": "当前用户只能操作本乡镇（网格）的数据",
    "permission.county_only": "此项只能由县级用户修改",
    "auth.bad_password": "用户名或密码错误",
    "auth.inactive": "该用户已停用",
    "auth.weak_password": "密码至少8位，且须同时包含字母和数字",
    "auth.username_taken": "用户名{value}已被使用",
    "auth.first_admin_exists": "本机已有用户，新用户须由管理员登录后添加",
    "key.wrong_passphrase": "口令错误，或密钥文件已损坏",
    "key.missing": "本机密钥环中找不到数据库密钥，请用管理员口令从密钥备份文件恢复",
    "key.wrong_key": "数据库无法用此密钥打开",
    "backup.not_found": "找不到备份文件{value}",
    "backup.damaged": "备份文件{value}已损坏，不能用于恢复",
    "sync.rejected": "服务器拒绝了此修改：{reason}",
    # sync changes checked by core.rules and the county server
    "field.unknown": "未知字段“{name}”",
    "field.type": "{label}的值{value}类型或格式不对",
    "change.unknown_table": "未知的数据表“{table}”",
    "change.bad_hlc": "修改的时间戳“{value}”格式不对",
    "change.unknown_row": "服务器上没有这条记录（它的新增可能被拒绝过），不能修改",
    "change.duplicate": "与服务器上已有的数据重复（如户号、编号或办件号重复），未能保存",
    "change.failed": "服务器未能保存此修改",
    "scope.township": "本设备只能修改本乡镇（{township}）的数据",
    "scope.county_only": "基础数据（{table}）只能由县级设备修改",
    "scope.county_field": "{label}只能由县级设备修改",
    "scope.township_required": "修改没有注明所属乡镇",
    # county server: enrolment, device tokens, requests
    "auth.token": "设备令牌缺失或无效，请重新登记本设备",
    "auth.revoked": "本设备已被县级管理员停用，请联系县级管理员",
    "enroll.code_invalid": "登记码无效，请核对后重新输入",
    "enroll.code_used": "登记码已被使用过，请向县级管理员申请新的登记码",
    "enroll.code_expired": "登记码已过期，请向县级管理员申请新的登记码",
    "enroll.device_exists": "设备编号{device_id}已登记过",
    "enroll.township": "乡镇编码应为9位数字（现为“{value}”）",
    "device.not_found": "找不到设备{device_id}",
    "push.device_mismatch": "同步批次中的设备编号与登录的设备不符",
    "push.batch_foreign": "批次编号{batch_id}已被其他设备使用",
    "push.malformed": "同步批次格式不对：{reason}",
    "request.version": "同步协议版本{version}不受支持，请升级程序",
    "request.json": "请求内容不是有效的JSON",
    "request.gzip": "请求内容无法解压（gzip格式不对）",
    "request.encoding": "不支持的请求内容编码“{value}”，请用gzip",
    "request.too_large": "请求内容过大（解压后超过{max}字节），请分批发送",
    "request.invalid": "请求不符合同步协议：{reason}",
    "request.not_found": "接口不存在：{path}",
    "request.method": "接口不支持此请求方法",
    "server.error": "服务器内部错误，请稍后重试",
    "server.busy": "服务器繁忙，请稍后重试",
    "bundle.payload": "同步文件内容不符合格式：{reason}",
    # household roster import (reports.roster_import)
    "roster.unreadable": "无法读取文件“{name}”，文件可能已损坏或设有密码：{reason}",
    "roster.unsupported": "文件“{name}”不是Excel文件，请使用.xlsx或.xls格式",
    "roster.html_xls": "文件“{name}”不是真正的Excel文件（可能是从网页系统导出的），请用Excel或WPS打开后另存为.xlsx再导入",
    "roster.no_header": "在每个工作表的前{rows}行中都找不到表头：表头至少要有“姓名”列和“身份证号”“与户主关系”“户号”等列中的一列",
    "roster.no_id_column": "工作表“{sheet}”中没有“身份证号”列，无法核对身份和查重",
    "roster.no_household": "无法确定此人属于哪一户：表中没有“户号”“与户主关系”或“户主姓名”列，或此行之前没有户主行",
    "roster.id_missing": "未填写身份证号，无法查重",
    "roster.duplicate_in_file": "身份证号{value}在表中重复，与{other}相同",
    "roster.duplicate_later": "身份证号{value}在{other}再次出现，那一行不会导入，请核对",
    "roster.no_head": "户号{household}中没有户主：请在“与户主关系”列中为一人填写“户主”",
    "roster.extra_head": "一户只能有一个户主，本户户主已是{other}",
    "roster.head_assumed": "表中没有“与户主关系”列，已把本户第一行的{name}作为户主",
    "roster.household_no_generated": "未填写户号，暂以户主身份证号{value}作为户号",
    "roster.household_rejected": "整户未导入：{reason}",
    "roster.head_invalid": "户主（{where}）有错误",
    "roster.household_conflict": "{label}“{value}”与本户{first_where}的“{first}”不同，将以{first_where}为准",
    "roster.relation_unknown": "与户主关系“{value}”无法识别，将按“其他”导入",
    "roster.unknown_value": "{label}“{value}”无法识别，此项未导入",
    "roster.birth_month_only": "出生年月“{value}”没有写日，且没有身份证号可以补全，出生日期未导入",
    "roster.extra_phone": "填写了多个电话号码，只导入第一个（{value}）",
    "roster.unknown_village": "村（居）“{value}”不在本乡镇的村（居）名单中，将使用导入时选择的村（居）",
    "roster.unknown_grid": "网格“{value}”不在本乡镇的网格名单中，将使用导入时选择的网格",
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
    "passphrase": "口令",
    "display_name": "显示名称",
    "year": "年度",
    "stars": "星级",
    "township_code": "乡镇",
    "org_id": "承办单位",
    "feedback": "回音壁反馈",
    "dispatched_at": "派单时间",
    "claimed_at": "认领时间",
    "findings": "走访情况",
    "status": "状态",
    "kind": "类别",
    "category": "诉求分类",
    "role": "角色",
    "note": "备注",
    "flags": "户类别",
    "special_groups": "特殊人群",
    "education": "文化程度",
    "party_branch": "所在党支部",
    "occupation": "职业",
    "status_date": "变动日期",
    "status_note": "变动说明",
    "applicant_name": "申请人",
    "channel": "受理方式",
    "materials": "材料清单",
    "materials_received": "已收材料",
    "result": "办理结果",
    "promised_days": "承诺时限（天）",
    "sort_order": "排序",
    "satisfaction": "满意度",
    "visitor_name": "走访人",
    "follow_up_by": "跟进人",
    "police_area": "警务站片区",
    "criteria": "评星项目",
    "duty_kinds": "包户内容",
    "since": "包户开始日期",
    "member_id": "网格工作人员",
    "joint_group_id": "双联户",
    "head_household_id": "联户长户",
    "head_person_id": "联户长",
    "duty_id": "包户记录",
    "rating_id": "评星记录",
    "request_id": "办件",
    "visit_id": "走访记录",
    "appeal_id": "诉求",
    "township_id": "乡镇",
    "file": "文件",
    "is_party_member": "政治面貌",
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
