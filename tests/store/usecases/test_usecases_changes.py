"""The ``Changes`` value, and composing use cases in one unit of work (all or nothing)."""

from __future__ import annotations

import pytest
from sqlmodel import select

from gov_desktop.core.errors import ValidationFailed
from gov_desktop.core.models import Household, Person
from gov_desktop.store.usecases import Changes, register, unit_of_work
from gov_desktop.store.usecases.register import HouseholdInput, PersonInput


def test_changes_value() -> None:
    a = Changes(inserted=frozenset({("person", "p1")}), updated=frozenset({("household", "h1")}))
    b = Changes(
        updated=frozenset({("person", "p1"), ("household", "h2")}), deleted=frozenset({("grid", "g1")})
    )
    merged = a | b
    assert merged.inserted == {("person", "p1")}  # inserted then updated: still an insert
    assert merged.updated == {("household", "h1"), ("household", "h2")}
    assert merged.deleted == {("grid", "g1")}
    assert merged.tables == {"person", "household", "grid"}
    assert merged.touches("grid", "appeal") and not merged.touches("appeal")
    assert merged.ids("household") == {"h1", "h2"}
    assert not Changes() and merged


def test_an_import_registers_a_household_with_its_members_all_or_nothing(world) -> None:
    admin = world.actors.admin
    with unit_of_work(world.store, admin) as unit:
        household = register.register_household_in(
            unit.session, admin, HouseholdInput("H100", grid_id=world.grid_b)
        )
        head = register.register_person_in(
            unit.session, admin, household, PersonInput("多吉", relation="户主")
        )
        register.register_person_in(unit.session, admin, household, PersonInput("拉姆", relation="配偶"))
    assert world.get(Household, household).head_person_id == head
    assert unit.changes.inserted == {("household", household), ("person", head)} | {
        ("person", pid) for pid in unit.changes.ids("person")
    }
    assert len(unit.changes.ids("person")) == 2 and not unit.changes.updated
    # the second member's ID number is wrong: nothing of the household is written
    before = world.snapshot()
    with pytest.raises(ValidationFailed), unit_of_work(world.store, admin) as unit:
        household = register.register_household_in(unit.session, admin, HouseholdInput("H101"))
        register.register_person_in(unit.session, admin, household, PersonInput("多吉"))
        register.register_person_in(unit.session, admin, household, PersonInput("拉姆", id_number="540102"))
    assert world.snapshot() == before
    with world.store.reader() as s:
        assert s.get(Household, household) is None
        assert s.exec(select(Person).where(Person.household_id == household)).all() == []
