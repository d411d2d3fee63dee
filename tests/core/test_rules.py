"""core.rules: the field checks a change received over the wire must pass."""

from __future__ import annotations

from datetime import date

import pytest

from gov_desktop.core.enums import Gender
from gov_desktop.core.rules import latest_today, validate_fields
from gov_desktop.core.validation import make_id_number

TODAY = date(2026, 11, 26)
VALID_ID = "11010519491231002X"


def codes(table: str, fields: dict, **kw) -> list[tuple[str, str]]:
    return [(e.field, e.code) for e in validate_fields(table, fields, today=TODAY, **kw)]


def test_a_good_person_insert_passes():
    fields = {
        "name": "扎西次仁",
        "id_number": make_id_number("540102", date(1980, 5, 1), 12, Gender.MALE),
        "gender": "male",
        "birth_date": "1980-05-01",
        "relation": "head",
        "phone": "13800138000",
        "special_groups": "disabled,veteran",
        "is_party_member": 1,
        "deleted": False,
    }
    assert codes("person", fields, insert=True) == []


def test_id_number_is_checked_when_not_empty_with_a_chinese_message():
    assert codes("person", {"id_number": ""}) == []
    (error,) = validate_fields("person", {"id_number": VALID_ID[:-1] + "1"}, today=TODAY)
    assert error.code == "id_number.checksum"
    assert "校验位" in error.message


@pytest.mark.parametrize(
    ("table", "name"), [("person", "phone"), ("household", "phone"), ("grid_member", "phone")]
)
def test_phones(table: str, name: str):
    assert codes(table, {name: "0891-6321234"}) == []
    assert codes(table, {name: "12345"}) == [(name, "phone.invalid")]


def test_required_fields_on_insert_and_never_blank():
    assert ("name", "required") in codes("person", {}, insert=True)
    assert ("household_no", "required") in codes("household", {"address": "x"}, insert=True)
    assert codes("person", {"name": "  "}) == [("name", "required")]
    assert codes("household", {"address": "新地址"}) == []  # an update carries only what changed


def test_enum_codes_and_code_sets():
    assert codes("appeal", {"status": "dispatched", "kind": "wish"}) == []
    assert codes("appeal", {"status": "已派单"}) == [("status", "invalid_choice")]  # labels are not codes
    assert codes("person", {"gender": "", "education": ""}) == []  # optional choices
    assert codes("appeal", {"status": ""}) == [("status", "required")]  # a status is never empty
    assert codes("household", {"flags": "dibao,nonsense"}) == [("flags", "invalid_choice")]
    assert codes("grid_member", {"role": "boss"}) == [("role", "invalid_choice")]


def test_dates_not_in_the_future_with_a_day_of_slack_for_time_zones():
    assert codes("visit_record", {"visit_date": "2026-11-27"}) == [("visit_date", "date.future")]
    assert codes("person", {"birth_date": "2026-11-26"}) == []
    assert validate_fields("visit_record", {"visit_date": latest_today().isoformat()}) == []
    assert codes("visit_record", {"visit_date": "2026-02-30"}) == [("visit_date", "date.invalid")]


def test_lengths_types_and_unknown_fields():
    assert codes("person", {"name": "扎" * 41}) == [("name", "too_long")]
    assert codes("person", {"name": 5}) == [("name", "field.type")]
    assert codes("person", {"is_party_member": 2}) == [("is_party_member", "field.type")]
    assert codes("civilized_rating", {"stars": True}) == [("stars", "field.type")]
    assert codes("civilized_rating", {"stars": 9}) == [("stars", "number.range")]
    assert codes("service_request", {"visits": 10**12}) == [("visits", "number.range")]
    assert codes("person", {"nickname": "x"}) == [("nickname", "field.unknown")]
    assert codes("matter_type", {"materials": ["户口簿", 3]}) == [("materials", "field.type")]
    assert codes("matter_type", {"materials": ["户口簿", "身份证"]}) == []
    assert codes("service_request", {"done_at": "yesterday"}) == [("done_at", "date.invalid")]
    assert codes("service_request", {"done_at": "2024-03-15 08:00:00.000000"}) == []


def test_nul_and_lone_surrogates_are_refused():
    assert codes("person", {"name": "a\x00b"}) == [("name", "field.type")]
    assert codes("person", {"name": "\ud800"}) == [("name", "field.type")]


def test_bookkeeping_fields_are_ignored_and_unknown_tables_reported():
    assert codes("household", {"township_code": "x" * 100, "hlc": 1, "id": None}) == []
    (error,) = validate_fields("nonsense", {})
    assert error.code == "change.unknown_table"
    assert "nonsense" in error.message


def test_not_null_columns_refuse_null_and_nullable_accept_it():
    assert codes("person", {"name": None}) == [("name", "required")]
    assert codes("person", {"birth_date": None, "household_id": None}) == []
