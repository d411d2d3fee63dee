"""The 受理回执: the slip a hall window prints for the applicant when it accepts a request.

``receipt_html(receipt)`` lays a ``store.queries.Receipt`` out as simple HTML (what Qt's rich text renders and
prints): the serial number to quote when asking, the matter and window, the applicant (ID number masked: the
slip leaves the hall), the materials received and those still missing, and the date the hall promises.
Times are county time. Everything the user typed is escaped.
"""

from __future__ import annotations

from datetime import datetime
from html import escape

from ..core.clock import LOCAL_TZ
from ..core.enums import Channel
from ..store.queries import Receipt

#: characters of an ID number shown at each end; the rest is masked
ID_SHOWN_HEAD, ID_SHOWN_TAIL = 6, 4


def mask_id_number(number: str) -> str:
    """'542525198001011234' → '542525********1234' (too short to mask: shown as it is)."""
    if len(number) <= ID_SHOWN_HEAD + ID_SHOWN_TAIL:
        return number
    hidden = len(number) - ID_SHOWN_HEAD - ID_SHOWN_TAIL
    return number[:ID_SHOWN_HEAD] + "*" * hidden + number[-ID_SHOWN_TAIL:]


def _when(value: datetime | None, fmt: str = "%Y-%m-%d %H:%M") -> str:
    return value.astimezone(LOCAL_TZ).strftime(fmt) if value is not None else "—"


def receipt_html(receipt: Receipt, *, printed_at: datetime, hall_name: str = "便民服务大厅") -> str:
    """The receipt as HTML for QTextDocument (one A5 page)."""
    r = receipt
    channel = Channel.from_label(r.channel)
    missing = [m for m in r.materials_required if m not in r.materials_received]
    rows = [
        ("办理事项", escape(r.matter_name)),
        ("受理窗口", escape(r.window_name)),
        ("申请人", escape(r.applicant_name)),
    ]
    if r.id_number:
        rows.append(("身份证号", escape(mask_id_number(r.id_number))))
    if r.phone:
        rows.append(("联系电话", escape(r.phone)))
    rows += [
        ("受理方式", escape(channel.label if channel else r.channel)),
        ("受理时间", _when(r.accepted_at)),
        ("承诺办结", f"{_when(r.due_at, '%Y-%m-%d')} 前（受理后 {r.promised_days} 天）"),
        ("经办人", escape(r.handler) or "—"),
    ]
    received = "、".join(escape(m) for m in r.materials_received) or "无"
    lines = [
        '<html><body style="font-size: 10pt;">',
        f'<h2 align="center">{escape(r.township_name)}{escape(hall_name)}</h2>',
        '<h3 align="center">受理回执</h3>',
        # the serial number is quoted over the phone: a line of its own, never broken
        f'<p align="center">受理编号：<b>{escape(r.serial_no)}</b></p>',
        '<table width="100%" cellspacing="0" cellpadding="3" border="1" style="border-collapse: collapse;">',
        *(f'<tr><td width="20%">{label}</td><td>{value}</td></tr>' for label, value in rows),
        f"<tr><td>已收材料</td><td>{received}</td></tr>",
    ]
    if missing:
        lines.append(
            f"<tr><td>尚缺材料</td><td><b>{'、'.join(escape(m) for m in missing)}</b>"
            "（请补齐后凭本回执办理，无需重新排队）</td></tr>"
        )
    lines.append("</table>")
    notes = ["请妥善保管本回执，查询办理进度时请提供受理编号。"]
    if r.needs_county:
        notes.append("本事项需报县级部门审批，办结后将通知您领取结果。")
    lines += [f"<p>{n}</p>" for n in notes]
    lines.append(f'<p align="right">打印时间：{_when(printed_at)}</p>')
    lines.append("</body></html>")
    return "\n".join(lines)
