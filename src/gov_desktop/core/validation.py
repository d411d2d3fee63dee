"""Validation shared by the client and the server: resident ID numbers, phones, dates, required fields.

Every check returns ``FieldError`` values (empty list when fine), never raises on bad input.
"""

from __future__ import annotations

import operator
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from .enums import Gender
from .errors import FieldError

# GB 11643-1999: weights of the first 17 digits, and the check character for (sum mod 11)
_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHECK = "10X98765432"
#: first two digits of valid province-level codes (GB/T 2260)
_PROVINCES = frozenset(
    [
        "11",
        "12",
        "13",
        "14",
        "15",
        "21",
        "22",
        "23",
        "31",
        "32",
        "33",
        "34",
        "35",
        "36",
        "37",
        "41",
        "42",
        "43",
        "44",
        "45",
        "46",
        "50",
        "51",
        "52",
        "53",
        "54",
        "61",
        "62",
        "63",
        "64",
        "65",
        "71",
        "81",
        "82",
    ]
)
_MIN_BIRTH = date(1900, 1, 1)

_ID_SEPARATORS = re.compile(r"[\s\-]")
_SCIENTIFIC = re.compile(r"\d(\.\d+)?E\+?\d+")
_ID_CHARS = re.compile(r"\d{17}[\dX]")
_MOBILE = re.compile(r"^1[3-9]\d{9}$")
_LANDLINE = re.compile(r"^0\d{2,3}-?\d{7,8}$")


def normalize_text(value: Any) -> str:
    """Full-width characters to half-width (NFKC), stray and inner spaces of numbers removed at the ends."""
    if value is None:
        return ""
    text = unicodedata.normalize("NFKC", str(value))
    return text.replace("\u3000", " ").strip()


def normalize_id_number(value: Any) -> str:
    """Full-width digits, inner spaces and a lower-case x are normalised: '５４０１ 02…x' → '540102…X'."""
    text = normalize_text(value)
    return _ID_SEPARATORS.sub("", text).upper()


def check_digit(first17: str) -> str:
    if len(first17) != len(_WEIGHTS):
        raise ValueError(f"check_digit needs 17 digits, not {len(first17)}")
    total = sum(map(operator.mul, map(int, first17), _WEIGHTS))
    return _CHECK[total % 11]


@dataclass(frozen=True, slots=True)
class IdInfo:
    number: str
    birth_date: date
    gender: Gender
    region: str


def parse_id_number(
    value: Any, *, today: date | None = None, field: str = "id_number"
) -> IdInfo | FieldError:
    """Check an 18-digit resident ID number; on success return the facts it encodes."""
    if isinstance(value, float):
        # Excel stored the number as a float: the last digits are gone for good
        return FieldError(field, "id_number.scientific", {"value": f"{value:.6g}"})
    if isinstance(value, int):
        return FieldError(field, "id_number.numeric", {"value": str(value)})
    number = normalize_id_number(value)
    if _SCIENTIFIC.fullmatch(number):
        return FieldError(field, "id_number.scientific", {"value": number})
    if not number:
        return FieldError(field, "required")
    if len(number) != 18:
        return FieldError(field, "id_number.length", {"length": len(number)})
    if not _ID_CHARS.fullmatch(number):
        return FieldError(field, "id_number.chars")
    if number[:2] not in _PROVINCES:
        return FieldError(field, "id_number.region")
    birth_text = number[6:14]
    shown = f"{birth_text[:4]}-{birth_text[4:6]}-{birth_text[6:]}"
    try:
        birth = date(int(birth_text[:4]), int(birth_text[4:6]), int(birth_text[6:]))
    except ValueError:
        return FieldError(field, "id_number.birth_date", {"birth": shown})
    if birth > (today or date.today()):
        return FieldError(field, "id_number.future", {"birth": shown})
    if birth < _MIN_BIRTH:
        return FieldError(field, "id_number.too_old", {"birth": shown})
    expected = check_digit(number[:17])
    if number[17] != expected:
        return FieldError(field, "id_number.checksum", {"expected": expected})
    gender = Gender.MALE if int(number[16]) % 2 else Gender.FEMALE
    return IdInfo(number=number, birth_date=birth, gender=gender, region=number[:6])


def validate_id_number(
    value: Any, *, today: date | None = None, field: str = "id_number"
) -> list[FieldError]:
    result = parse_id_number(value, today=today, field=field)
    return [result] if isinstance(result, FieldError) else []


def make_id_number(region: str, birth: date, seq: int, gender: Gender) -> str:
    """Build a valid ID number (demo data and tests): region (6), birth date, 3-digit sequence, check."""
    seq = seq % 1000
    odd = gender is Gender.MALE
    if (seq % 2 == 1) != odd:
        seq = (seq + 1) % 1000
    first17 = f"{region}{birth:%Y%m%d}{seq:03d}"
    return first17 + check_digit(first17)


def normalize_phone(value: Any) -> str:
    text = normalize_text(value)
    text = re.sub(r"[\s()（）]", "", text)
    if text.startswith("+86"):
        text = text[3:]
    return text


def validate_phone(value: Any, *, field: str = "phone", required: bool = False) -> list[FieldError]:
    text = normalize_phone(value)
    if not text:
        return [FieldError(field, "required")] if required else []
    if _MOBILE.match(text) or _LANDLINE.match(text):
        return []
    return [FieldError(field, "phone.invalid", {"value": text})]


def validate_required(values: dict[str, Any], fields: list[str] | tuple[str, ...]) -> list[FieldError]:
    errors = []
    for name in fields:
        value = values.get(name)
        if value is None or (isinstance(value, str) and not value.strip()):
            errors.append(FieldError(name, "required"))
    return errors


def validate_length(value: str | None, max_len: int, *, field: str) -> list[FieldError]:
    if value is not None and len(value) > max_len:
        return [FieldError(field, "too_long", {"max": max_len})]
    return []


_DATE_PATTERNS = (
    re.compile(r"^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$"),
    re.compile(r"^(\d{4})(\d{2})(\d{2})$"),
)


def parse_date(value: Any, *, field: str = "date") -> date | FieldError:
    """Dates in the usual Chinese forms: 2024-03-15, 2024/3/15, 2024.3.15, 2024年3月15日, 20240315,
    and Excel's own date cells (datetime or date objects)."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = normalize_text(value)
    if not text:
        return FieldError(field, "required")
    text = text.split(" ")[0] if re.match(r"^\d{4}-\d{2}-\d{2} ", text) else text
    for pattern in _DATE_PATTERNS:
        m = pattern.match(text)
        if m:
            try:
                return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            except ValueError:
                break
    return FieldError(field, "date.invalid", {"value": text})


def validate_not_future(
    value: date | datetime | None, *, field: str, today: date | None = None
) -> list[FieldError]:
    if value is None:
        return []
    day = value.date() if isinstance(value, datetime) else value
    if day > (today or date.today()):
        return [FieldError(field, "date.future")]
    return []


def validate_choice(value: Any, enum_cls: Any, *, field: str, required: bool = True) -> list[FieldError]:
    if value is None or value == "":
        return [FieldError(field, "required")] if required else []
    try:
        enum_cls(str(value))
    except ValueError:
        return [FieldError(field, "invalid_choice", {"value": value})]
    return []
