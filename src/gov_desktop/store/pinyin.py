"""Pinyin search keys of a person's name: full pinyin ("zhangxiaohua") and initials ("zxh").

The keys are derived columns of ``person`` (``name_pinyin``, ``name_initials``): never typed, never synced,
recomputed by a capture hook before every flush, local or remote, so each replica derives the same keys.

Rules:
- pypinyin's lazy style; a heteronym takes pypinyin's most common reading in context (曾 → ceng, 单 → dan);
- ü is written ``v`` as on a keyboard (吕 → lv);
- Chinese transliterations of Tibetan names are ordinary Chinese (扎西次仁 → zhaxiciren, zxcr);
- Tibetan script, punctuation (the middle dot of 扎西·次仁) and spaces give nothing; ASCII letters and
  digits in a name are kept, lower case, one initial per run.
"""

from __future__ import annotations

import logging
import re
from functools import lru_cache

from ..core.models import Person, SyncedTable
from . import capture

logger = logging.getLogger(__name__)

#: one CJK ideograph (basic block and extension A, compatibility ideographs)
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_ASCII_RUN = re.compile(r"[a-z0-9]+")
_NAME_PINYIN_MAX = 200
_NAME_INITIALS_MAX = 40


@lru_cache(maxsize=16384)
def pinyin_keys(name: str) -> tuple[str, str]:
    """(full pinyin, initials) of ``name``, lower case without spaces; ("", "") when nothing is Chinese
    or Latin (a name in Tibetan script)."""
    if not name:
        return "", ""
    # imported on the first name: loading pypinyin's dictionaries takes ~0.4 s, which a start-up that
    # writes no person (or only reads) need not pay
    from pypinyin import Style, lazy_pinyin

    full: list[str] = []
    initials: list[str] = []
    # pypinyin passes non-Chinese runs through unchanged as one item: keep only their ASCII letters/digits
    for item in lazy_pinyin(name, style=Style.NORMAL, errors="default", v_to_u=False):
        if _HAN.search(item):
            continue  # a rare ideograph pypinyin has no reading for
        text = item.lower()
        for run in _ASCII_RUN.findall(text):
            full.append(run)
            initials.append(run[0])
    return "".join(full)[:_NAME_PINYIN_MAX], "".join(initials)[:_NAME_INITIALS_MAX]


def query_pinyin(text: str) -> str:
    """A typed search text as pinyin letters: lower case, spaces, apostrophes and dots dropped."""
    return re.sub(r"[\s'’.·]", "", text).lower()


def update_person_keys(row: SyncedTable) -> None:
    """The derived-column hook of ``person``: refresh the pinyin keys from the name."""
    if not isinstance(row, Person):
        return
    full, initials = pinyin_keys(row.name or "")
    if row.name_pinyin != full:
        row.name_pinyin = full
    if row.name_initials != initials:
        row.name_initials = initials


def install() -> None:
    """Register the hook with change capture (idempotent; ``open_store`` calls it)."""
    capture.register_derived("person", update_person_keys)
