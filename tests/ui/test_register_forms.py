"""The household and person forms: errors at the field, ID number → birth date and gender, duplicates."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from gov_desktop.core.enums import Gender
from gov_desktop.ui.pages.register.person_form import PersonFormDialog

sys.path.insert(0, str(Path(__file__).parent))
import register_world as rw

world_template = rw.world_template
world = rw.world
ctx = rw.ctx

# the offscreen platform warns when a top-level window is shown; nothing to do with the app
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def test_invalid_id_shows_checksum_message_at_the_field_and_fixing_it_saves(qtbot, ctx, world):
    dialog = PersonFormDialog(ctx, household_id=world.household_b)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    good = rw.id_number(40, Gender.FEMALE)
    bad = good[:17] + ("0" if good[17] != "0" else "1")
    rw.type_text(dialog.name_edit, "拉姆")
    qtbot.keyClicks(dialog.id_edit, bad)
    assert "校验位错误" in dialog.form.error_text("id_number")
    dialog.save()
    rw.wait_idle(qtbot, ctx)
    assert "校验位错误" in dialog.form.error_text("id_number")
    assert dialog.result() == 0  # still open, nothing written
    dialog.id_edit.clear()
    qtbot.keyClicks(dialog.id_edit, good)
    assert dialog.form.error_text("id_number") == ""
    assert dialog.birth_edit.text() == "1980-05-01"
    assert dialog.gender_combo.currentData() == Gender.FEMALE.value
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        qtbot.keyClick(dialog.id_edit, Qt.Key.Key_Return)
