"""The 受理回执: what it says, masked and escaped."""

from __future__ import annotations

from datetime import UTC, datetime

from gov_desktop.reports.receipt import mask_id_number, receipt_html
from gov_desktop.store.queries import Receipt

NOW = datetime(2026, 3, 2, 1, 30, tzinfo=UTC)  # 09:30 in the county


def receipt(**changes: object) -> Receipt:
    values: dict[str, object] = {
        "serial_no": "542525100-20260302-a1b2c3-0007",
        "township_name": "八廓街道",
        "window_name": "民政",
        "matter_name": "最低生活保障申请",
        "applicant_name": "卓玛",
        "id_number": "54252519800101002X",
        "phone": "13908900001",
        "channel": "window",
        "status": "accepted",
        "accepted_at": NOW,
        "due_at": datetime(2026, 3, 12, 1, 30, tzinfo=UTC),
        "promised_days": 10,
        "needs_county": False,
        "handler": "次仁",
        "materials_required": ("身份证", "户口簿", "收入证明"),
        "materials_received": ("身份证", "户口簿"),
    }
    values.update(changes)
    return Receipt(**values)  # type: ignore[arg-type]


def test_mask_keeps_the_ends_only() -> None:
    assert mask_id_number("54252519800101002X") == "542525********002X"
    assert mask_id_number("1234") == "1234"


def test_the_receipt_names_the_request_and_what_is_missing() -> None:
    html = receipt_html(receipt(), printed_at=NOW)
    for text in (
        "八廓街道便民服务大厅",
        "受理回执",
        "542525100-20260302-a1b2c3-0007",
        "最低生活保障申请",
        "民政",
    ):
        assert text in html
    assert "54252519800101002X" not in html and "542525********002X" in html
    assert "2026-03-02 09:30" in html  # county time
    assert "2026-03-12 前（受理后 10 天）" in html
    assert "窗口" in html  # the channel's label, not its code
    assert "身份证、户口簿" in html
    assert "尚缺材料" in html and "<b>收入证明</b>" in html
    assert "报县级部门" not in html


def test_nothing_missing_county_matter_and_escaping() -> None:
    html = receipt_html(
        receipt(
            applicant_name="<script>扎西</script>",
            materials_received=("身份证", "户口簿", "收入证明"),
            needs_county=True,
            id_number="",
            phone="",
        ),
        printed_at=NOW,
    )
    assert "<script>" not in html and "&lt;script&gt;扎西&lt;/script&gt;" in html
    assert "尚缺材料" not in html and "身份证号" not in html and "联系电话" not in html
    assert "本事项需报县级部门审批" in html
