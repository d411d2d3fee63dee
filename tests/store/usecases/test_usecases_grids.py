"""Grids, grid staff, joint-household groups, party duties and civilized ratings."""

from __future__ import annotations

from datetime import date

from gov_desktop.core.enums import RatingCriterion
from gov_desktop.core.errors import NotFound, PermissionDenied, ValidationFailed
from gov_desktop.core.models import CivilizedRating, Grid, GridMember, Household, JointGroup, PartyDuty
from gov_desktop.store.usecases import grids, register
from gov_desktop.store.usecases.grids import GridInput, GridMemberInput


def test_create_and_update_grid(world) -> None:
    a = world.actors
    created = grids.create_grid(
        world.store, a.admin, GridInput(" C01 ", "第三网格", kind="县城网格", police_area="八廓")
    )
    row = world.get(Grid, created.id)
    assert (row.code, row.kind, row.township_code) == ("C01", "town", world.TOWNSHIP)
    err = world.refused(ValidationFailed, grids.create_grid, a.admin, GridInput("A01", "重复"))
    assert err.codes == ["code.duplicate"] and err.errors[0].message == "编码A01已存在"
    err = world.refused(ValidationFailed, grids.update_grid, a.admin, created.id, GridInput("B01", "x"))
    assert err.codes == ["code.duplicate"]
    changes = grids.update_grid(
        world.store, a.admin, created.id, GridInput("C01", "第三网格（新）", kind="town")
    )
    assert changes.updated == {("grid", created.id)}
    # grid admin only: hall staff and liaisons may not
    world.refused(PermissionDenied, grids.create_grid, a.hall, GridInput("D01", "x"))
    world.refused(PermissionDenied, grids.update_grid, a.liaison, world.grid_a, GridInput("A01", "x"))
    world.refused(PermissionDenied, grids.update_grid, a.other_admin, world.grid_a, GridInput("A01", "x"))
    err = world.refused(ValidationFailed, grids.create_grid, a.admin, GridInput("", "", kind="森林"))
    assert sorted(err.codes) == ["invalid_choice", "required", "required"]


def test_grid_members(world) -> None:
    a = world.actors
    created = grids.assign_grid_member(
        world.store, a.admin, world.grid_a, GridMemberInput(role="联户长", person_id=world.head_a)
    )
    member = world.get(GridMember, created.id)
    assert (member.name, member.role, member.grid_id) == ("扎西", "joint_head", world.grid_a)
    err = world.refused(ValidationFailed, grids.assign_grid_member, a.admin, world.grid_a, GridMemberInput())
    assert err.errors[0].field == "name"
    world.refused(NotFound, grids.assign_grid_member, a.admin, "nope", GridMemberInput("某"))
    grids.update_grid_member(
        world.store, a.admin, created.id, GridMemberInput("扎西", role="网格员", phone="13800000000")
    )
    assert world.get(GridMember, created.id).role == "grid_worker"
    changes = grids.remove_grid_member(world.store, a.admin, created.id)
    assert changes.deleted == {("grid_member", created.id)}
    err = world.refused(NotFound, grids.remove_grid_member, a.admin, created.id)
    assert err.codes == ["deleted"]


def test_joint_groups(world) -> None:
    a = world.actors
    group = grids.create_joint_group(
        world.store, a.admin, world.grid_a, name="一组", head_household_id=world.household_a
    )
    row = world.get(JointGroup, group.id)
    assert (row.head_household_id, row.head_person_id) == (world.household_a, world.head_a)
    assert world.get(Household, world.household_a).joint_group_id == group.id
    assert group.changes.inserted == {("joint_group", group.id)}
    assert group.changes.updated == {("household", world.household_a)}
    # a household of another grid can't join
    err = world.refused(
        ValidationFailed, grids.add_household_to_joint_group, a.admin, group.id, world.household_b
    )
    assert err.errors[0].message == "该户不属于此双联户所在网格"
    other = register.register_household(
        world.store, a.admin, register.HouseholdInput("H020", grid_id=world.grid_a)
    )
    grids.add_household_to_joint_group(world.store, a.admin, group.id, other.id)
    assert world.get(Household, other.id).joint_group_id == group.id
    # the head person must live in the head household
    err = world.refused(
        ValidationFailed,
        grids.set_joint_group_head,
        a.admin,
        group.id,
        household_id=other.id,
        person_id=world.head_a,
    )
    assert err.codes == ["joint_group.head_not_member"]
    grids.set_joint_group_head(
        world.store, a.admin, group.id, household_id=world.household_a, person_id=world.member_a
    )
    assert world.get(JointGroup, group.id).head_person_id == world.member_a
    err = world.refused(
        ValidationFailed, grids.remove_household_from_joint_group, a.admin, group.id, world.household_b
    )
    assert err.codes == ["joint_group.not_member"]
    changes = grids.remove_household_from_joint_group(world.store, a.admin, group.id, world.household_a)
    assert changes.updated == {("household", world.household_a), ("joint_group", group.id)}
    row = world.get(JointGroup, group.id)
    assert (row.head_household_id, row.head_person_id) == (None, None)
    world.refused(PermissionDenied, grids.create_joint_group, a.liaison, world.grid_a, name="x")
    world.refused(PermissionDenied, grids.create_joint_group, a.other_admin, world.grid_a, name="x")


def test_party_duties(world) -> None:
    a = world.actors
    duty = grids.assign_party_duty(
        world.store,
        a.admin,
        person_id=world.head_a,
        household_id=world.household_b,
        duty_kinds=["包政策宣传", "assistance"],
        since="2024-01-01",
    )
    row = world.get(PartyDuty, duty.id)
    assert (row.duty_kinds, row.since) == ("assistance,policy", date(2024, 1, 1))
    err = world.refused(
        ValidationFailed,
        grids.assign_party_duty,
        a.admin,
        person_id=world.head_a,
        household_id=world.household_b,
        duty_kinds=["policy"],
    )
    assert err.codes == ["duty.duplicate"]
    err = world.refused(
        ValidationFailed,
        grids.assign_party_duty,
        a.admin,
        person_id=world.member_a,
        household_id=world.household_b,
        duty_kinds=["policy"],
    )
    assert err.errors[0].message == "卓玛不是党员，不能包户"
    err = world.refused(
        ValidationFailed,
        grids.assign_party_duty,
        a.admin,
        person_id=world.head_a,
        household_id="",
        duty_kinds=[],
    )
    assert sorted(e.field for e in err.errors) == ["duty_kinds", "household_id"]
    changes = grids.end_party_duty(world.store, a.admin, duty.id)
    assert changes.deleted == {("party_duty", duty.id)}
    # ended: the same duty can be taken on again
    grids.assign_party_duty(
        world.store, a.admin, person_id=world.head_a, household_id=world.household_b, duty_kinds="mediation"
    )


def test_ratings(world) -> None:
    a = world.actors
    year = date.today().year
    rating = grids.rate_household(
        world.store, a.admin, world.household_a, year=year, criteria=["爱国守法星", "hygiene"]
    )
    row = world.get(CivilizedRating, rating.id)
    assert (row.stars, row.criteria, row.rated_by) == (2, "hygiene,patriotic", "admin")
    err = world.refused(
        ValidationFailed, grids.rate_household, a.admin, world.household_a, year=year, stars=3
    )
    assert err.errors[0].message == f"该户{year}年已评星，请修改原记录"
    err = world.refused(
        ValidationFailed,
        grids.rate_household,
        a.admin,
        world.household_b,
        year=year,
        stars=len(RatingCriterion) + 1,
    )
    assert err.errors[0].message == "评星数应在0到6之间"
    err = world.refused(ValidationFailed, grids.rate_household, a.admin, world.household_b, year=year + 1)
    assert err.codes == ["number.range"]
    err = world.refused(
        ValidationFailed,
        grids.rate_household,
        a.admin,
        world.household_b,
        year=year,
        criteria=["unity"],
        stars=3,
    )
    assert err.codes == ["rating.criteria_count"]
    grids.rate_household(world.store, a.admin, world.household_b, year=year, stars=0)
    changes = grids.update_rating(world.store, a.county, rating.id, criteria=list(RatingCriterion))
    assert changes.updated == {("civilized_rating", rating.id)}
    row = world.get(CivilizedRating, rating.id)
    assert (row.stars, row.rated_by) == (6, "county")
    world.refused(PermissionDenied, grids.update_rating, a.other_admin, rating.id, stars=1)
    world.refused(PermissionDenied, grids.rate_household, a.viewer, world.household_b, year=year - 1)
