"""Shared parts of the use cases: the unit of work, an input form that collects every field error, lookups
of referenced rows and the scope rules."""

from __future__ import annotations

import logging
import unicodedata
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from typing import TypeVar

from sqlmodel import Session

from ...core.enums import LabeledEnum, join_codes
from ...core.errors import FieldError, NotFound, ValidationFailed
from ...core.models import COUNTY_SCOPE, Household, SyncedTable
from ...core.validation import (
    normalize_phone,
    normalize_text,
    parse_date,
    validate_length,
    validate_not_future,
    validate_phone,
)
from ..actor import Actor
from ..engine import Store
from .changes import Changes, ChangeTracker

logger = logging.getLogger(__name__)

T = TypeVar("T", bound=SyncedTable)
E = TypeVar("E", bound=LabeledEnum)


# --- unit of work --------------------------------------------------------------------------------------


@dataclass
class Unit:
    """One write transaction of one actor; ``changes`` is complete once the ``with`` block has ended."""

    session: Session
    actor: Actor
    store: Store
    tracker: ChangeTracker

    @property
    def changes(self) -> Changes:
        return self.tracker.changes


@contextmanager
def unit_of_work(store: Store, actor: Actor) -> Iterator[Unit]:
    """A transaction by ``actor``: committed at the end of the block, rolled back (nothing written) on error.

    Several use cases can share one unit through their session-level functions (``*_in``), e.g. an import
    that registers a household with its members all or nothing.
    """
    tracker = ChangeTracker()
    with store.session(actor.username) as session:
        tracker.attach(session)
        yield Unit(session=session, actor=actor, store=store, tracker=tracker)


# --- input -------------------------------------------------------------------------------------------


def clean_text(value: object) -> str:
    """Free text as stored: canonical Unicode (NFC), ideographic spaces made plain, ends trimmed.

    Not NFKC (``normalize_text``): that would turn the full-width punctuation of Chinese prose
    (，：；（）) into ASCII.
    """
    if value is None:
        return ""
    return unicodedata.normalize("NFC", str(value)).replace("\u3000", " ").strip()


def _member(enum_cls: type[E], value: object) -> E | None:
    """The member named by code or label, as typed or with full-width characters made half-width."""
    return enum_cls.from_label(clean_text(value)) or enum_cls.from_label(normalize_text(value))


class Form:
    """Normalises input values one field at a time and collects every problem; ``check()`` raises them all.

    A value that fails comes back as a harmless placeholder so the caller can carry on collecting;
    ``check()`` raises before a placeholder could be written.
    """

    def __init__(self) -> None:
        self.errors: list[FieldError] = []

    def add(self, errors: FieldError | Iterable[FieldError]) -> None:
        if isinstance(errors, FieldError):
            self.errors.append(errors)
        else:
            self.errors.extend(errors)

    def check(self) -> None:
        if self.errors:
            raise ValidationFailed(self.errors)

    def text(self, value: object, field: str, *, max_len: int, required: bool = False) -> str:
        """Free text (names, addresses, notes): trimmed, Chinese punctuation kept as typed."""
        text = clean_text(value)
        if required and not text:
            self.add(FieldError(field, "required"))
        self.add(validate_length(text, max_len, field=field))
        return text

    def code(self, value: object, field: str, *, max_len: int, required: bool = False) -> str:
        """An identifier typed by hand (household number, grid code): full-width letters and digits become
        half-width, so "Ｈ００１" and "H001" are the same number."""
        text = normalize_text(value)
        if required and not text:
            self.add(FieldError(field, "required"))
        self.add(validate_length(text, max_len, field=field))
        return text

    def ref(self, value: object, field: str, *, required: bool = False) -> str | None:
        """An id referring to another row ("" and None mean none)."""
        text = normalize_text(value)
        if required and not text:
            self.add(FieldError(field, "required"))
        return text or None

    def choice(self, value: object, enum_cls: type[E], field: str, *, default: E | None = None) -> E:
        """A member of ``enum_cls`` given by code or by Chinese label; empty means ``default`` (else required)."""
        text = normalize_text(value)
        if not text:
            if default is not None:
                return default
            self.add(FieldError(field, "required"))
            return next(iter(enum_cls))
        member = _member(enum_cls, value)
        if member is None:
            self.add(FieldError(field, "invalid_choice", {"value": text}))
            return next(iter(enum_cls))
        return member

    def optional_choice(self, value: object, enum_cls: type[E], field: str) -> E | None:
        if not normalize_text(value):
            return None
        return self.choice(value, enum_cls, field)

    def codes(self, values: object, enum_cls: type[E], field: str, *, required: bool = False) -> str:
        """A set of enum codes (or labels), stored sorted and comma-joined."""
        items = values.split(",") if isinstance(values, str) else list(values or [])  # type: ignore[call-overload]
        members: list[str] = []
        for item in items:
            text = normalize_text(item)
            if not text:
                continue
            member = _member(enum_cls, item)
            if member is None:
                self.add(FieldError(field, "invalid_choice", {"value": text}))
            else:
                members.append(member.value)
        if required and not members:
            self.add(FieldError(field, "required"))
        return join_codes(members)

    def day(
        self, value: object, field: str, *, required: bool = False, not_future: bool = True
    ) -> date | None:
        """A calendar date in any of the usual forms; by default not later than today."""
        if value is None or (isinstance(value, str) and not normalize_text(value)):
            if required:
                self.add(FieldError(field, "required"))
            return None
        parsed = parse_date(value, field=field)
        if isinstance(parsed, FieldError):
            self.add(parsed)
            return None
        if not_future:
            self.add(validate_not_future(parsed, field=field))
        return parsed

    def phone(self, value: object, field: str = "phone", *, required: bool = False) -> str:
        self.add(validate_phone(value, field=field, required=required))
        return normalize_phone(value)

    def integer(self, value: object, field: str, *, minimum: int, maximum: int) -> int:
        try:
            number = int(normalize_text(value)) if not isinstance(value, int) else value
        except ValueError:
            self.add(FieldError(field, "number.range", {"min": minimum, "max": maximum}))
            return minimum
        if isinstance(number, bool) or not minimum <= number <= maximum:
            self.add(FieldError(field, "number.range", {"min": minimum, "max": maximum}))
            return minimum
        return number

    def digits(self, value: object, field: str, *, length: int) -> str:
        """A numeric code of exactly ``length`` digits (township, village codes)."""
        text = normalize_text(value).replace(" ", "")
        if not text:
            self.add(FieldError(field, "required"))
        elif not (text.isascii() and text.isdigit() and len(text) == length):
            self.add(FieldError(field, "code.format", {"length": length}))
        return text


def normalize_items(items: object) -> list[str]:
    """A list of names (materials): each normalised, blanks and repeats dropped, order kept."""
    seen: dict[str, None] = {}
    for item in items if isinstance(items, (list, tuple)) else [items]:
        text = clean_text(item)
        if text:
            seen.setdefault(text, None)
    return list(seen)


# --- lookups -------------------------------------------------------------------------------------------


def get_ref(session: Session, table: type[T], row_id: str | None, field: str) -> T:
    """The live row ``row_id`` of ``table`` that a write refers to; NotFound when missing or deleted."""
    row = session.get(table, row_id) if row_id else None
    if row is None or row.deleted:
        raise NotFound(FieldError(field, "not_found", {"value": row_id or ""}))
    return row


def get_for_update(session: Session, table: type[T], row_id: str, field: str) -> T:
    """The row a write changes; NotFound (``not_found``, or ``deleted`` for a tombstone)."""
    row = session.get(table, row_id) if row_id else None
    if row is None:
        raise NotFound(FieldError(field, "not_found", {"value": row_id}))
    if row.deleted:
        raise NotFound(FieldError(field, "deleted", {"value": row_id}))
    return row


# --- scope ---------------------------------------------------------------------------------------------


def target_township(actor: Actor, township_code: str | None) -> str:
    """The township a new row belongs to: the actor's own, or (county users) the one they name."""
    code = normalize_text(township_code)
    if not code:
        if actor.is_county:
            raise ValidationFailed(FieldError("township_code", "required"))
        return actor.township_code
    if code == COUNTY_SCOPE or not (code.isdigit() and len(code) == 9):
        raise ValidationFailed(FieldError("township_code", "code.format", {"length": 9}))
    actor.require_township(code)
    return code


def require_household_scope(actor: Actor, household: Household) -> None:
    """Writes about a household: its township, and for a grid-bound liaison its grid."""
    actor.require_township(household.township_code)
    actor.require_grid(household.grid_id)


def same_township(row: SyncedTable, township_code: str, field: str) -> None:
    """A township row may only refer to rows of the same township (others look missing)."""
    if row.township_code != township_code:
        raise NotFound(FieldError(field, "not_found", {"value": row.id}))
