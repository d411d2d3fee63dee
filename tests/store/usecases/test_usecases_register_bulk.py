"""register_persons: the bulk path registers exactly what register_person would, item by item, all or nothing."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import col, select

from gov_desktop.core.enums import Gender, Relation, SpecialGroup
from gov_desktop.core.errors import NotFound, PermissionDenied, ValidationFailed
from gov_desktop.core.models import SYNCED_TABLES, Household, Person
from gov_desktop.store.engine import Store, open_store
from gov_desktop.store.replay import read_outbox, replay_outbox
from gov_desktop.store.tables import OutboxEntry
from gov_desktop.store.usecases import register, unit_of_work
from gov_desktop.store.usecases.register import PersonInput

#: columns that differ between two stores registering the same persons (keys, stamps, times)
VOLATILE = {"id", "hlc", "created_at", "updated_at", "household_id", "head_person_id"}


def _items(world: Any) -> list[tuple[str, PersonInput]]:
    """A batch touching every derived rule: values from the ID number, labels, pinyin keys, heads."""
    n = world.id_number
    return [
        (
            world.household_b,
            PersonInput("王晓华", id_number=n(21), relation="户主", phone="１３９ 0891 2345"),
        ),
        (world.household_b, PersonInput("扎西·次仁", id_number=n(23), relation=Relation.HEAD.value)),
        (world.household_a, PersonInput("卓玛", id_number=n(22, Gender.FEMALE), relation="配偶")),
        (
            world.household_a,
            PersonInput(
                "  次仁  ",
                gender="男",
                birth_date="2001年3月4日",
                education="本科及以上",
                special_groups=(SpecialGroup.DISABLED.value,),
                is_party_member=True,
                party_branch="第一支部",
                ethnicity="藏族",
            ),
        ),
        (world.household_b, PersonInput("ཀུན་བཟང", id_number=n(25, birth=date(1950, 2, 3)), name_bo="ཀུན་བཟང")),
        (world.household_a, PersonInput("lǚ Ming", relation=Relation.HEAD.value)),
    ]


def _rows(store: Store, ids: list[str]) -> list[dict[str, Any]]:
    """The persons ``ids`` as column values, with their household named by its number (ids differ)."""
    out = []
    with store.reader() as s:
        for person_id in ids:
            person = s.get(Person, person_id)
            assert person is not None
            household = s.get(Household, person.household_id)
            assert household is not None
            row = {k: v for k, v in person.model_dump().items() if k not in VOLATILE}
            row["household_no"] = household.household_no
            row["is_head"] = household.head_person_id == person.id
            out.append(row)
    return out


def _captured(store: Store, after_seq: int, index: dict[str, int]) -> list[tuple[str, str, Any]]:
    """The outbox entries after ``after_seq``: table, op, and the changes with row ids made positional."""
    out = []
    for entry in read_outbox(store, after_seq=after_seq):
        changes = json.loads(entry.changes)
        fields = {k: v for k, v in changes.items() if k not in VOLATILE}
        if "head_person_id" in changes:
            fields["head_person_id"] = index[changes["head_person_id"]]
        row = index.get(entry.row_id, entry.tbl)
        out.append((entry.tbl, entry.op, row, sorted(changes), fields))
    return sorted(out, key=repr)


def _last_seq(store: Store) -> int:
    entries = read_outbox(store)
    return entries[-1].seq or 0 if entries else 0


def test_bulk_registers_exactly_what_single_calls_do(world, another_world) -> None:
    single = another_world()
    single_store = single.store
    items = _items(world)
    single_items = _items(single)
    seq_bulk, seq_single = _last_seq(world.store), _last_seq(single_store)

    created = register.register_persons(world.store, world.actors.admin, items)
    single_ids = [
        register.register_person(single_store, single.actors.admin, h, data).id for h, data in single_items
    ]

    assert len(created.ids) == len(set(created.ids)) == len(items)
    assert _rows(world.store, list(created.ids)) == _rows(single_store, single_ids)
    bulk_index = {pid: i for i, pid in enumerate(created.ids)} | {world.household_b: -1}
    single_index = {pid: i for i, pid in enumerate(single_ids)} | {single.household_b: -1}
    assert _captured(world.store, seq_bulk, bulk_index) == _captured(single_store, seq_single, single_index)
    # the derived values, spelled out
    rows = _rows(world.store, list(created.ids))
    assert rows[0]["name_pinyin"] == "wangxiaohua" and rows[0]["phone"] == "13908912345"
    assert rows[0]["is_head"] and not rows[1]["is_head"]  # the first head of a headless household
    assert rows[2]["gender"] == Gender.FEMALE.value and rows[2]["birth_date"] == date(1980, 5, 1)
    assert rows[3]["name"] == "次仁" and rows[3]["birth_date"] == date(2001, 3, 4)
    assert not rows[5]["is_head"]  # household A has its head already
    # Changes: the persons inserted, household B (its new head) updated
    assert created.changes.inserted == {("person", i) for i in created.ids}
    assert created.changes.updated == {("household", world.household_b)}
    # every row stamped, each with its own HLC, by the actor; field clocks as the trigger writes them
    with world.store.reader() as s:
        persons = s.exec(select(Person).where(col(Person.id).in_(created.ids))).all()
        assert {p.updated_by for p in persons} == {"admin"}
        assert len({p.hlc for p in persons}) == len(items)
        assert all(p.created_at == p.updated_at for p in persons)
        entries = s.exec(select(OutboxEntry).where(col(OutboxEntry.row_id).in_(created.ids))).all()
        assert sorted((e.row_id, e.hlc, e.user) for e in entries) == sorted(
            (p.id, p.hlc, "admin") for p in persons
        )


def test_bulk_and_single_calls_share_one_unit(world) -> None:
    """Persons registered one by one earlier in the unit are seen by the batch's duplicate check."""
    admin = world.actors.admin
    number = world.id_number(71)
    before = world.snapshot()
    with pytest.raises(ValidationFailed) as info, unit_of_work(world.store, admin) as unit:
        first = register.register_person_in(
            unit.session, admin, world.household_a, PersonInput("甲", id_number=number)
        )
        register.register_persons_in(
            unit.session, admin, [(world.household_b, PersonInput("乙", id_number=number))]
        )
    assert info.value.codes == ["id_number.duplicate"]
    assert info.value.errors[0].params == {"value": number, "name": "甲", "person_id": first}
    assert world.snapshot() == before
    # and after a batch, a single registration sees the batch's rows
    with pytest.raises(ValidationFailed) as info, unit_of_work(world.store, admin) as unit:
        ids = register.register_persons_in(
            unit.session, admin, [(world.household_b, PersonInput("乙", id_number=number))]
        )
        register.register_person_in(
            unit.session, admin, world.household_a, PersonInput("甲", id_number=number)
        )
    assert info.value.errors[0].params["person_id"] == ids[0]
    assert world.snapshot() == before


def test_one_bad_item_refuses_the_batch_with_every_error(world) -> None:
    items = [
        (world.household_a, PersonInput("好人", id_number=world.id_number(73))),
        (world.household_a, PersonInput("", phone="123")),
        (world.household_b, PersonInput("错号", id_number="540102198005010000")),
    ]
    err = world.refused(ValidationFailed, register.register_persons, world.actors.admin, items)
    assert sorted(err.codes) == ["id_number.checksum", "phone.invalid", "required"]


def test_duplicates_within_the_batch_and_against_the_register_are_refused(world) -> None:
    admin = world.actors.admin
    number = world.id_number(75)
    err = world.refused(
        ValidationFailed,
        register.register_persons,
        admin,
        [
            (world.household_a, PersonInput("甲", id_number=number)),
            (world.household_b, PersonInput("乙", id_number=number)),
        ],
    )
    assert err.codes == ["id_number.duplicate"]
    assert err.errors[0].params["name"] == "甲"
    with world.store.reader() as s:
        assert s.get(Person, err.errors[0].params["person_id"]) is None  # the batch's own, never written
    err = world.refused(
        ValidationFailed,
        register.register_persons,
        admin,
        [
            (world.household_b, PersonInput("新人", id_number=world.id_number(77))),
            (world.household_b, PersonInput("重号", id_number=world.id_number(1))),
        ],
    )
    assert err.codes == ["id_number.duplicate"]
    assert err.errors[0].params == {"value": world.id_number(1), "name": "扎西", "person_id": world.head_a}
    assert err.errors[0].message == f"身份证号{world.id_number(1)}已登记给扎西"


def test_permission_and_scope_are_checked(world) -> None:
    a = world.actors
    ok = PersonInput("新人", id_number=world.id_number(79))
    world.refused(PermissionDenied, register.register_persons, a.viewer, [(world.household_a, ok)])
    world.refused(PermissionDenied, register.register_persons, a.viewer, [])
    # a liaison of grid A: household B is out of scope, even next to one in scope
    world.refused(
        PermissionDenied,
        register.register_persons,
        a.liaison,
        [(world.household_a, ok), (world.household_b, ok)],
    )
    world.refused(PermissionDenied, register.register_persons, a.other_admin, [(world.household_a, ok)])
    world.refused(NotFound, register.register_persons, a.admin, [(world.household_a, ok), ("nope", ok)])
    created = register.register_persons(world.store, a.liaison, [(world.household_a, ok)])
    assert world.get(Person, created.ids[0]).household_id == world.household_a


def test_empty_batch_writes_nothing(world) -> None:
    before = world.snapshot()
    created = register.register_persons(world.store, world.actors.admin, [])
    assert created.ids == () and not created.changes
    assert world.snapshot() == before


def test_replaying_the_outbox_rebuilds_the_bulk_rows(world, tmp_path: Path) -> None:
    created = register.register_persons(world.store, world.actors.admin, _items(world))
    target = open_store(tmp_path / "replica.db", key=None)
    try:
        replay_outbox(read_outbox(world.store), target)
        for table in SYNCED_TABLES:
            with world.store.reader() as s, target.reader() as t:
                mine = [r.model_dump() for r in s.exec(select(table).order_by(col(table.id))).all()]
                theirs = [r.model_dump() for r in t.exec(select(table).order_by(col(table.id))).all()]
            assert mine == theirs, table.__tablename__
        with target.reader() as t:
            assert {p.id for p in t.exec(select(Person)).all()} >= set(created.ids)
    finally:
        target.close()
