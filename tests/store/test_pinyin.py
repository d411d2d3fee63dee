"""Pinyin search keys of person names, and the capture hook that keeps them current."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlmodel import select

from gov_desktop.core.models import Person
from gov_desktop.store import capture, pinyin
from gov_desktop.store.engine import open_store
from gov_desktop.store.tables import OutboxEntry


@pytest.mark.parametrize(
    ("name", "full", "initials"),
    [
        ("张晓华", "zhangxiaohua", "zxh"),
        ("王伟", "wangwei", "ww"),
        ("吕小红", "lvxiaohong", "lxh"),  # ü typed as v
        ("扎西次仁", "zhaxiciren", "zxcr"),  # a Tibetan name in Chinese transliteration
        ("央金卓玛", "yangjinzhuoma", "yjzm"),
        ("格桑", "gesang", "gs"),
        ("扎西·次仁", "zhaxiciren", "zxcr"),  # the middle dot gives nothing
        (" 次旦 ", "cidan", "cd"),
        ("长江", "changjiang", "cj"),  # a heteronym takes its most common reading in context
        ("Tom张", "tomzhang", "tz"),  # Latin letters kept, lower case, one initial per run
    ],
)
def test_keys_of_names(name: str, full: str, initials: str) -> None:
    assert pinyin.pinyin_keys(name) == (full, initials)


@pytest.mark.parametrize("name", ["བཀྲ་ཤིས་ཚེ་རིང་", "ཚེ་རིང་།", "", "·", "  "])
def test_tibetan_script_and_empty_names_give_empty_keys(name: str) -> None:
    assert pinyin.pinyin_keys(name) == ("", "")


def test_query_pinyin_drops_separators() -> None:
    assert pinyin.query_pinyin("Zhang Xiao'hua") == "zhangxiaohua"


def test_install_is_idempotent() -> None:
    pinyin.install()
    pinyin.install()
    assert capture._derived_hooks["person"] is pinyin.update_person_keys


def test_the_hook_keeps_keys_current_on_local_and_remote_writes(tmp_path: Path) -> None:
    store = open_store(tmp_path / "gov.db", key=None)
    try:
        with store.session("zhuoma") as s:
            person = Person(township_code="542525200", name="张晓华")
            s.add(person)
        with store.reader() as s:
            saved = s.get(Person, person.id)
            assert saved is not None
            assert (saved.name_pinyin, saved.name_initials) == ("zhangxiaohua", "zxh")
        with store.session("zhuoma") as s:
            row = s.get(Person, person.id)
            assert row is not None
            row.name = "扎西次仁"
        with store.remote_session() as s:
            s.add(
                Person(id="remote1", township_code="542525200", name="央金", hlc="000000000000001-00000-dev")
            )
        with store.reader() as s:
            renamed = s.get(Person, person.id)
            remote = s.get(Person, "remote1")
            assert renamed is not None and remote is not None
            assert (renamed.name_pinyin, renamed.name_initials) == ("zhaxiciren", "zxcr")
            assert (remote.name_pinyin, remote.name_initials) == ("yangjin", "yj")
            # derived keys are never captured: every replica computes them itself
            entries = s.exec(select(OutboxEntry).where(OutboxEntry.row_id == person.id)).all()
            assert len(entries) == 2
            for entry in entries:
                changes = json.loads(entry.changes)
                assert "name_pinyin" not in changes and "name_initials" not in changes
            assert json.loads(entries[1].changes)["name"] == "扎西次仁"
    finally:
        store.close()
