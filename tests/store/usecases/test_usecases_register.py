"""Households and persons: the register's write paths, their refusals, and that a refusal writes nothing."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from sqlmodel import col, select

from gov_desktop.core.enums import Gender, HouseholdFlag, PersonStatus, Relation
from gov_desktop.core.errors import NotFound, PermissionDenied, ValidationFailed
from gov_desktop.core.models import Household, Person
from gov_desktop.store.tables import OutboxEntry
from gov_desktop.store.usecases import register
from gov_desktop.store.usecases.register import HouseholdInput, PersonInput

# --- households ----------------------------------------------------------------------------------------


def test_register_household_normalises_and_captures(world) -> None:
    a = world.actors
    created = register.register_household(
        world.store,
        a.admin,
        HouseholdInput("  Ｈ００９ ", address=" 八廓街1号 ", grid_id=world.grid_b, phone="１３９ 0891 2345"),
    )
    row = world.get(Household, created.id)
    assert (row.household_no, row.address, row.phone) == ("H009", "八廓街1号", "13908912345")
    assert row.township_code == world.TOWNSHIP and row.updated_by == "admin" and row.hlc
    assert created.changes.inserted == {("household", created.id)}
    assert not created.changes.updated and created.changes.touches("household")
    with world.store.reader() as s:
        entry = s.exec(select(OutboxEntry).where(OutboxEntry.row_id == created.id)).one()
    assert (entry.op, entry.user) == ("insert", "admin")


def test_household_no_is_unique_within_the_township_only(world) -> None:
    a = world.actors
    err = world.refused(ValidationFailed, register.register_household, a.admin, HouseholdInput("H001"))
    assert err.codes == ["household_no.duplicate"]
    assert err.errors[0].message == "户号H001已存在"
    # H001 also exists in the other township, which is fine there for the county naming the township
    created = register.register_household(
        world.store,
        a.county,
        HouseholdInput("H003", grid_id=world.other_grid),
        township_code=world.OTHER_TOWNSHIP,
    )
    assert world.get(Household, created.id).township_code == world.OTHER_TOWNSHIP


def test_all_field_errors_come_at_once(world) -> None:
    err = world.refused(
        ValidationFailed,
        register.register_household,
        world.actors.admin,
        HouseholdInput("", address="x" * 121, phone="12345"),
    )
    assert sorted(err.codes) == ["phone.invalid", "required", "too_long"]
    assert err.for_field("household_no")[0].message == "户号不能为空"


def test_county_user_must_name_the_township(world) -> None:
    err = world.refused(
        ValidationFailed, register.register_household, world.actors.county, HouseholdInput("H9")
    )
    assert err.errors[0].field == "township_code"


def test_household_refers_to_live_grid_and_village_of_its_township(world) -> None:
    a = world.actors
    err = world.refused(NotFound, register.register_household, a.admin, HouseholdInput("H9", grid_id="nope"))
    assert err.errors[0].code == "not_found" and err.errors[0].message == "找不到网格（nope）"
    err = world.refused(
        NotFound,
        register.register_household,
        a.admin,
        HouseholdInput("H9", village_id=world.other_village_id),
    )
    assert err.errors[0].field == "village_id"


def test_roles_and_scopes_for_households(world) -> None:
    a = world.actors
    err = world.refused(PermissionDenied, register.register_household, a.viewer, HouseholdInput("H9"))
    assert err.errors[0].message == "当前用户（只读用户）无权进行此操作"
    # a liaison bound to grid A can't register into grid B, nor edit grid B's households
    world.refused(
        PermissionDenied,
        register.register_household,
        a.liaison,
        HouseholdInput("H9", grid_id=world.grid_b),
    )
    world.refused(
        PermissionDenied, register.update_household, a.liaison, world.household_b, HouseholdInput("H002")
    )
    # another township's admin can't touch this township's household
    world.refused(
        PermissionDenied,
        register.set_household_flags,
        a.other_admin,
        world.household_a,
        ["dibao"],
    )
    # the liaison's own grid is the default
    created = register.register_household(world.store, a.liaison, HouseholdInput("H9"))
    assert world.get(Household, created.id).grid_id == world.grid_a


def test_update_household_writes_only_what_changed(world) -> None:
    a = world.actors
    changes = register.update_household(
        world.store,
        a.liaison,
        world.household_a,
        HouseholdInput("H001", address="新地址", grid_id=world.grid_a),
    )
    assert changes.updated == {("household", world.household_a)}
    with world.store.reader() as s:
        last = s.exec(select(OutboxEntry).order_by(col(OutboxEntry.seq).desc())).first()
    assert last is not None and last.op == "update"
    assert set(json.loads(last.changes)) == {"address", "updated_at", "updated_by"}
    # saving the same form again changes nothing at all
    before = world.snapshot()
    again = register.update_household(
        world.store,
        a.liaison,
        world.household_a,
        HouseholdInput("H001", address="新地址", grid_id=world.grid_a),
    )
    assert not again and world.snapshot() == before


def test_household_flags(world) -> None:
    changes = register.set_household_flags(
        world.store, world.actors.admin, world.household_a, ["tuopin", "低保户", "tuopin"]
    )
    assert changes.updated == {("household", world.household_a)}
    assert world.get(Household, world.household_a).flags == "dibao,tuopin"
    err = world.refused(
        ValidationFailed, register.set_household_flags, world.actors.admin, world.household_a, "rich"
    )
    assert err.errors[0].code == "invalid_choice"
    assert {f.value for f in HouseholdFlag} >= {"dibao", "tuopin"}


def test_delete_household_only_without_active_members(world) -> None:
    a = world.actors
    err = world.refused(ValidationFailed, register.delete_household, a.admin, world.household_b)
    assert err.codes == ["household.has_members"]
    register.mark_person_moved_out(world.store, a.admin, world.person_b, moved_on="2024-03-01")
    changes = register.delete_household(world.store, a.admin, world.household_b)
    assert changes.deleted == {("household", world.household_b)} and not changes.updated
    assert world.get(Household, world.household_b).deleted
    with world.store.reader() as s:
        last = s.exec(select(OutboxEntry).order_by(col(OutboxEntry.seq).desc())).first()
    assert last is not None and last.op == "delete"
    # a deleted household can't be edited or referred to, and its number is free again
    err = world.refused(
        NotFound, register.update_household, a.admin, world.household_b, HouseholdInput("H002")
    )
    assert err.codes == ["deleted"]
    world.refused(NotFound, register.register_person, a.admin, world.household_b, PersonInput("某人"))
    register.register_household(world.store, a.admin, HouseholdInput("H002"))


# --- persons -------------------------------------------------------------------------------------------


def test_register_person_derives_birth_date_and_gender(world) -> None:
    number = world.id_number(10, Gender.FEMALE, date(1990, 2, 28)).lower()  # a lower-case x must not matter
    created = register.register_person(
        world.store, world.actors.admin, world.household_b, PersonInput("央金", id_number=" " + number)
    )
    row = world.get(Person, created.id)
    assert row.id_number == number.upper()
    assert (row.birth_date, row.gender, row.status) == (
        date(1990, 2, 28),
        "female",
        PersonStatus.ACTIVE.value,
    )
    assert row.household_id == world.household_b and row.township_code == world.TOWNSHIP


def test_full_width_id_number_is_accepted(world) -> None:
    number = world.id_number(11)
    full_width = "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in number)
    created = register.register_person(
        world.store, world.actors.admin, world.household_b, PersonInput("顿珠", id_number=full_width)
    )
    assert world.get(Person, created.id).id_number == number


def test_bad_check_digit_is_refused_with_the_chinese_message(world) -> None:
    good = world.id_number(12)
    wrong = good[:17] + ("0" if good[17] != "0" else "1")
    err = world.refused(
        ValidationFailed,
        register.register_person,
        world.actors.admin,
        world.household_b,
        PersonInput("旺堆", id_number=wrong),
    )
    assert err.errors[0].field == "id_number"
    assert err.errors[0].message == f"身份证号校验位错误（应为{good[17]}），请核对是否输错"


def test_gender_and_birth_date_must_agree_with_the_id_number(world) -> None:
    err = world.refused(
        ValidationFailed,
        register.register_person,
        world.actors.admin,
        world.household_b,
        PersonInput(
            "旺堆", id_number=world.id_number(13), gender="女", birth_date="1980年5月2日", phone="123"
        ),
    )
    messages = {e.field: e.message for e in err.errors}
    assert messages == {
        "gender": "性别与身份证号不符（身份证号显示为男）",
        "birth_date": "出生日期与身份证号不符（身份证号显示为1980-05-01）",
        "phone": "手机号应为1开头的11位数字，固定电话应带区号（如0891-1234567）",
    }


def test_duplicate_active_id_number_names_the_holder(world) -> None:
    err = world.refused(
        ValidationFailed,
        register.register_person,
        world.actors.admin,
        world.household_b,
        PersonInput("冒名", id_number=world.id_number(1)),
    )
    e = err.errors[0]
    assert e.code == "id_number.duplicate"
    assert e.params["name"] == "扎西" and e.params["person_id"] == world.head_a
    assert e.message == f"身份证号{world.id_number(1)}已登记给扎西"
    # the number becomes free once its holder is no longer active
    register.mark_person_deceased(world.store, world.actors.admin, world.head_a, died_on=date.today())
    register.register_person(
        world.store, world.actors.admin, world.household_b, PersonInput("扎西", id_number=world.id_number(1))
    )


def test_duplicate_id_number_within_one_unit_of_work(world) -> None:
    """Persons registered earlier in the same unit count, written or not; a change pending in the unit too."""
    from gov_desktop.store.usecases._common import unit_of_work

    admin = world.actors.admin
    number = world.id_number(41)
    with pytest.raises(ValidationFailed) as refused, unit_of_work(world.store, admin) as unit:
        first = register.register_person_in(
            unit.session, admin, world.household_b, PersonInput("多吉", number)
        )
        register.register_person_in(unit.session, admin, world.household_a, PersonInput("冒名", number))
    assert refused.value.errors[0].code == "id_number.duplicate"
    assert refused.value.errors[0].params == {"value": number, "name": "多吉", "person_id": first}
    assert world.get(Person, first) is None  # the unit was rolled back
    # a savepoint undone: its person no longer holds the number
    with unit_of_work(world.store, admin) as unit:
        with pytest.raises(RuntimeError), unit.session.begin_nested():
            register.register_person_in(unit.session, admin, world.household_b, PersonInput("多吉", number))
            raise RuntimeError("undo")
        kept = register.register_person_in(
            unit.session, admin, world.household_b, PersonInput("多吉", number)
        )
    assert world.get(Person, kept).id_number == number
    # the holder leaves the register earlier in the same unit (not yet flushed): the number is free again
    other = world.id_number(42)
    with unit_of_work(world.store, admin) as unit:
        holder = unit.session.get(Person, kept)
        holder.status = PersonStatus.DECEASED.value
        again = register.register_person_in(
            unit.session, admin, world.household_b, PersonInput("多吉", number)
        )
        # a person added to the unit by other means is seen too
        unit.session.add(
            Person(township_code=world.TOWNSHIP, household_id=world.household_b, name="次仁", id_number=other)
        )
        with pytest.raises(ValidationFailed, match="次仁"):
            register.register_person_in(unit.session, admin, world.household_b, PersonInput("冒名", other))
    assert world.get(Person, again).status == PersonStatus.ACTIVE.value


def test_a_person_added_before_the_first_registration_is_seen(world) -> None:
    from gov_desktop.store.usecases._common import unit_of_work

    admin = world.actors.admin
    number = world.id_number(45)
    with pytest.raises(ValidationFailed, match="次仁"), unit_of_work(world.store, admin) as unit:
        unit.session.add(
            Person(
                township_code=world.TOWNSHIP, household_id=world.household_b, name="次仁", id_number=number
            )
        )
        register.register_person_in(unit.session, admin, world.household_b, PersonInput("冒名", number))


def test_members_registered_in_one_unit_are_written_with_it(world) -> None:
    from gov_desktop.store.usecases._common import unit_of_work

    admin = world.actors.admin
    household = register.register_household(world.store, admin, HouseholdInput("H011", grid_id=world.grid_b))
    with unit_of_work(world.store, admin) as unit:
        head = register.register_person_in(
            unit.session, admin, household.id, PersonInput("多吉", relation=Relation.HEAD.label)
        )
        members = [
            register.register_person_in(
                unit.session, admin, household.id, PersonInput(f"成员{i}", world.id_number(51 + 2 * i))
            )
            for i in range(5)
        ]
    assert unit.changes.inserted == {("person", p) for p in (head, *members)}
    assert unit.changes.updated == {("household", household.id)}
    assert world.get(Household, household.id).head_person_id == head
    with world.store.reader() as s:
        outbox = s.exec(select(OutboxEntry).where(col(OutboxEntry.row_id).in_([head, *members]))).all()
    assert len(outbox) == 6 and all(e.op == "insert" for e in outbox)
    # an unknown or deleted household is refused as before
    with pytest.raises(NotFound), unit_of_work(world.store, admin) as unit:
        register.register_person_in(unit.session, admin, "missing", PersonInput("多吉"))


def test_future_birth_date_and_enum_labels(world) -> None:
    err = world.refused(
        ValidationFailed,
        register.register_person,
        world.actors.admin,
        world.household_b,
        PersonInput("小孩", birth_date=date.today() + timedelta(days=1), relation="舅舅", education="小学"),
    )
    assert sorted(err.codes) == ["date.future", "invalid_choice"]
    created = register.register_person(
        world.store,
        world.actors.admin,
        world.household_b,
        PersonInput("小孩", relation="女", education="小学", special_groups=("留守儿童",)),
    )
    row = world.get(Person, created.id)
    assert (row.relation, row.education, row.special_groups, row.id_number) == (
        "daughter",
        "primary",
        "left_behind_child",
        "",
    )


def test_head_registered_into_a_household_without_one_becomes_its_head(world) -> None:
    a = world.actors
    household = register.register_household(
        world.store, a.admin, HouseholdInput("H010", grid_id=world.grid_b)
    )
    created = register.register_person(
        world.store, a.admin, household.id, PersonInput("多吉", relation=Relation.HEAD.label)
    )
    assert world.get(Household, household.id).head_person_id == created.id
    assert created.changes.inserted == {("person", created.id)}
    assert created.changes.updated == {("household", household.id)}


def test_update_person_and_duplicate_on_update(world) -> None:
    a = world.actors
    changes = register.update_person(
        world.store,
        a.admin,
        world.member_a,
        PersonInput("卓玛", id_number=world.id_number(2, Gender.FEMALE), phone="13912345678"),
    )
    assert changes.updated == {("person", world.member_a)}
    err = world.refused(
        ValidationFailed,
        register.update_person,
        a.admin,
        world.member_a,
        PersonInput("卓玛", id_number=world.id_number(3)),
    )
    assert err.codes == ["id_number.duplicate"] and err.errors[0].params["person_id"] == world.person_b
    world.refused(PermissionDenied, register.update_person, a.liaison, world.person_b, PersonInput("次仁"))


def test_move_person(world) -> None:
    a = world.actors
    changes = register.move_person(world.store, a.admin, world.head_a, world.household_b)
    assert changes.updated == {("person", world.head_a), ("household", world.household_a)}
    person = world.get(Person, world.head_a)
    assert person.household_id == world.household_b and person.relation == Relation.OTHER.value
    assert world.get(Household, world.household_a).head_person_id is None
    err = world.refused(ValidationFailed, register.move_person, a.admin, world.head_a, world.household_b)
    assert err.codes == ["person.same_household"]
    # liaison of grid A may not move someone into grid B
    world.refused(PermissionDenied, register.move_person, a.liaison, world.member_a, world.household_b)
    err = world.refused(
        ValidationFailed, register.move_person, a.county, world.member_a, world.other_household
    )
    assert err.codes == ["move.other_township"]
    world.refused(NotFound, register.move_person, a.admin, world.member_a, "nope")


def test_set_household_head(world) -> None:
    a = world.actors
    changes = register.set_household_head(world.store, a.admin, world.household_a, world.member_a)
    assert changes.updated == {
        ("household", world.household_a),
        ("person", world.member_a),
        ("person", world.head_a),
    }
    assert world.get(Household, world.household_a).head_person_id == world.member_a
    assert world.get(Person, world.member_a).relation == Relation.HEAD.value
    assert world.get(Person, world.head_a).relation == Relation.OTHER.value
    err = world.refused(
        ValidationFailed, register.set_household_head, a.admin, world.household_a, world.person_b
    )
    assert err.errors[0].message == "户主必须是本户成员"


def test_moved_out_and_deceased_are_status_changes_never_deletes(world) -> None:
    a = world.actors
    changes = register.mark_person_deceased(
        world.store, a.admin, world.head_a, died_on="2024年1月5日", note="病故"
    )
    assert changes.updated == {("person", world.head_a), ("household", world.household_a)}
    person = world.get(Person, world.head_a)
    assert (person.status, person.status_date, person.status_note, person.deleted) == (
        "deceased",
        date(2024, 1, 5),
        "病故",
        False,
    )
    assert world.get(Household, world.household_a).head_person_id is None
    err = world.refused(ValidationFailed, register.mark_person_moved_out, a.admin, world.head_a)
    assert err.errors[0].message == "扎西的状态为“死亡”，不能办理此操作"
    err = world.refused(
        ValidationFailed,
        register.mark_person_moved_out,
        a.admin,
        world.member_a,
        moved_on=date.today() + timedelta(days=3),
    )
    assert err.codes == ["date.future"]
    register.mark_person_moved_out(world.store, a.admin, world.member_a)
    assert world.get(Person, world.member_a).status_date == date.today()
    # the household can now be deleted; its people stay on record
    register.delete_household(world.store, a.admin, world.household_a)
    with world.store.reader() as s:
        assert len(s.exec(select(Person).where(Person.household_id == world.household_a)).all()) == 2
