from datetime import date

import pytest

from gov_desktop.core.enums import Gender
from gov_desktop.core.errors import FieldError
from gov_desktop.core.validation import (
    check_digit,
    make_id_number,
    normalize_id_number,
    parse_date,
    parse_id_number,
    validate_phone,
    validate_required,
)

TODAY = date(2026, 11, 26)
# a known-valid number from the GB 11643-1999 worked example
VALID = "11010519491231002X"


def test_known_valid_number_and_derived_facts():
    info = parse_id_number(VALID, today=TODAY)
    assert not isinstance(info, FieldError)
    assert info.birth_date == date(1949, 12, 31)
    assert info.gender is Gender.FEMALE  # 17th digit 2 is even
    assert info.region == "110105"


def test_lower_case_x_full_width_and_spaces_are_normalised():
    messy = "１１０１０５ 1949 1231 002x"
    assert normalize_id_number(messy) == VALID
    assert not isinstance(parse_id_number(messy, today=TODAY), FieldError)


def test_wrong_check_digit_names_the_expected_one():
    bad = VALID[:17] + "1"
    err = parse_id_number(bad, today=TODAY)
    assert isinstance(err, FieldError)
    assert err.code == "id_number.checksum"
    assert err.field == "id_number"
    assert err.message == "身份证号校验位错误（应为X），请核对是否输错"


@pytest.mark.parametrize(
    ("birth", "code"),
    [
        ("19490230", "id_number.birth_date"),
        ("20991231", "id_number.future"),
        ("18991231", "id_number.too_old"),
    ],
)
def test_impossible_and_future_dates_rejected(birth, code):
    first17 = "110105" + birth + "002"
    err = parse_id_number(first17 + check_digit(first17), today=TODAY)
    assert isinstance(err, FieldError)
    assert err.code == code


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("", "required"),
        ("1101051949123100", "id_number.length"),
        ("11010519491231A02X", "id_number.chars"),
        ("99010519491231002X", "id_number.region"),
        (5.40102199001011e17, "id_number.scientific"),
        ("5.40102E+17", "id_number.scientific"),
        (540102199001010012, "id_number.numeric"),
    ],
)
def test_malformed_numbers(value, code):
    err = parse_id_number(value, today=TODAY)
    assert isinstance(err, FieldError)
    assert err.code == code
    assert err.message  # every code has a Chinese sentence


def test_made_numbers_are_valid_with_the_asked_gender():
    for seq in range(50):
        for gender in Gender:
            number = make_id_number("542525", date(1980, 5, 17), seq, gender)
            info = parse_id_number(number, today=TODAY)
            assert not isinstance(info, FieldError), number
            assert info.gender is gender
            assert info.birth_date == date(1980, 5, 17)


@pytest.mark.parametrize(
    "phone", ["13800138000", "+86 138 0013 8000", "0891-6321234", "08916321234", "１３８００１３８０００"]
)
def test_valid_phones(phone):
    assert validate_phone(phone) == []


@pytest.mark.parametrize("phone", ["12345", "23800138000", "1380013800a", "138001380001"])
def test_invalid_phones(phone):
    (err,) = validate_phone(phone)
    assert err.code == "phone.invalid"
    assert "手机号" in err.message


def test_phone_required_only_when_asked():
    assert validate_phone("") == []
    assert validate_phone("", required=True)[0].code == "required"


@pytest.mark.parametrize(
    "text",
    [
        "2024-03-15",
        "2024/3/15",
        "2024.3.15",
        "2024年3月15日",
        "20240315",
        "２０２４年３月１５日",
        "2024-03-15 00:00:00",
    ],
)
def test_dates_in_chinese_forms(text):
    assert parse_date(text) == date(2024, 3, 15)


def test_bad_date_has_a_message():
    err = parse_date("2024-02-30", field="birth_date")
    assert isinstance(err, FieldError)
    assert err.code == "date.invalid"
    assert "2024-02-30" in err.message


def test_required_collects_every_missing_field():
    errors = validate_required({"name": " ", "address": "x"}, ["name", "id_number", "address"])
    assert [e.field for e in errors] == ["name", "id_number"]
    assert errors[0].message == "姓名不能为空"
