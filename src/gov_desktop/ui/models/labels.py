"""Enum codes shown as their (translated) Chinese labels in lists and forms."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from ...core.enums import LabeledEnum, shared_labels, split_codes


def enum_text(enum_cls: type[LabeledEnum], code: Any) -> str:
    """The translated label of an enum code ("" for none; an unknown code is shown as it is)."""
    if code in (None, ""):
        return ""
    try:
        label = enum_cls.coerce(code).label
    except ValueError:
        return str(code)
    return label_text(enum_cls, label)


def label_text(enum_cls: type[LabeledEnum], label: str) -> str:
    """The translation of one of ``enum_cls``'s labels (a label several enums share is disambiguated by the
    class name: see ``core.enums.shared_labels``)."""
    if label in shared_labels():
        return QCoreApplication.translate("enums", label, enum_cls.__name__)
    return QCoreApplication.translate("enums", label)


def enum_texts(enum_cls: type[LabeledEnum], codes: Any, sep: str = "、") -> str:
    """Labels of a comma-joined set of codes (flags, special groups)."""
    items = split_codes(codes) if isinstance(codes, str) or codes is None else list(codes)
    return sep.join(enum_text(enum_cls, c) for c in items)
