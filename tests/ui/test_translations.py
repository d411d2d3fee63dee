"""The translation catalogs (resources/translations/*.ts): current with the code, English complete, and no
translation that loses a placeholder the code fills in."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "resources" / "translations"
LANGS = ("zh_CN", "bo", "en")
#: {0} / {name} (str.format) and %1 / %n (Qt)
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n|%\d")


def messages(lang: str) -> list[tuple[str, str, ET.Element]]:
    """(context, source, translation element) of every message of a language's catalog."""
    tree = ET.parse(TS_DIR / f"gov_desktop_{lang}.ts")
    out = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            out.append((name, message.findtext("source") or "", translation))
    return out


def texts(translation: ET.Element) -> list[str]:
    forms = translation.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [translation.text or ""]


def test_every_language_has_the_same_messages() -> None:
    keys = {lang: sorted((c, s) for c, s, _t in messages(lang)) for lang in LANGS}
    assert keys["bo"] == keys["zh_CN"]
    assert keys["en"] == keys["zh_CN"]


def test_the_english_translation_is_complete() -> None:
    missing = [
        (c, s)
        for c, s, t in messages("en")
        if t.get("type") in ("unfinished", "obsolete", "vanished") or not all(x.strip() for x in texts(t))
    ]
    assert not missing, missing[:10]


@pytest.mark.parametrize("lang", ["bo", "en"])
def test_translations_keep_every_placeholder(lang: str) -> None:
    """A translation that drops {0} shows the user a sentence without its number; one that adds {3} crashes
    str.format."""
    wrong = []
    for context, source, translation in messages(lang):
        for text in texts(translation):
            if text.strip() and set(PLACEHOLDER.findall(text)) != set(PLACEHOLDER.findall(source)):
                wrong.append((context, source, text))
    assert not wrong, wrong[:10]


def test_tibetan_translations_are_in_tibetan_script() -> None:
    not_tibetan = [
        (s, t.text)
        for _c, s, t in messages("bo")
        if (t.text or "").strip()
        and not re.search("[\u0f00-\u0fff]", t.text or "")
        # texts with no words to translate (a shortcut, a format) may stay as they are
        and re.search(r"[\u4e00-\u9fff]", s)
    ]
    assert not not_tibetan, not_tibetan[:10]


def test_the_catalogs_hold_every_text_the_code_translates(tmp_path: Path) -> None:
    """Re-scan the code as `scripts/build-translations.sh update` does: no text of the code is missing from
    the catalogs (a new tr() that nobody ran `update` for would show Chinese in every language)."""
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    if not lupdate.exists():
        found = shutil.which("pyside6-lupdate")
        assert found, "pyside6-lupdate not installed (PySide6-Essentials provides it)"
        lupdate = Path(found)
    catalog = tmp_path / "catalog_noop.py"
    subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "translation_catalog.py"), str(catalog)], check=True
    )
    sources = sorted(str(p) for p in (ROOT / "src" / "gov_desktop" / "ui").rglob("*.py"))
    sources.append(str(ROOT / "src" / "gov_desktop" / "app.py"))
    ts = tmp_path / "scan.ts"
    subprocess.run(
        [
            str(lupdate),
            "-source-language",
            "zh_CN",
            "-target-language",
            "en",
            *sources,
            str(catalog),
            "-ts",
            str(ts),
        ],
        check=True,
        capture_output=True,
    )
    tree = ET.parse(ts)
    scanned = {
        (context.findtext("name") or "", message.findtext("source") or "")
        for context in tree.getroot().iter("context")
        for message in context.iter("message")
        if (message.find("translation") is None or message.find("translation").get("type") != "vanished")  # type: ignore[union-attr]
    }
    known = {(c, s) for c, s, _t in messages("zh_CN")}
    assert not scanned - known, sorted(scanned - known)[:10]


def test_a_label_two_enums_share_is_translated_for_each(qapp) -> None:
    """ "女" is a gender (female) and a relation to the head (daughter): each gets its own translation, in
    lists and in the form's drop-downs."""
    from PySide6.QtWidgets import QComboBox

    from gov_desktop.core.enums import Gender, Relation, shared_labels
    from gov_desktop.ui.i18n import install_language
    from gov_desktop.ui.models.labels import enum_text
    from gov_desktop.ui.widgets.forms import fill_enum_combo

    subprocess.run(["bash", str(ROOT / "scripts" / "build-translations.sh")], check=True, cwd=ROOT)
    assert "女" in shared_labels()
    try:
        assert install_language(qapp, "en") == "en"
        assert enum_text(Gender, Gender.FEMALE.value) == "Female"
        assert enum_text(Relation, Relation.DAUGHTER.value) == "Daughter"
        combo = QComboBox()
        fill_enum_combo(combo, Relation)
        assert combo.itemText(combo.findData(Relation.DAUGHTER.value)) == "Daughter"
        assert install_language(qapp, "bo") == "bo"
        assert enum_text(Relation, Relation.DAUGHTER.value) != enum_text(Gender, Gender.FEMALE.value)
    finally:
        install_language(qapp, "zh_CN")
    assert enum_text(Relation, Relation.DAUGHTER.value) == "女"
