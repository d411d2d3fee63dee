"""Appeals (微心愿 / 问题): collected in the township, dispatched and answered by the county."""

from __future__ import annotations

from datetime import UTC, datetime

from gov_desktop.core.errors import NotFound, PermissionDenied, ValidationFailed
from gov_desktop.core.models import Appeal
from gov_desktop.store.usecases import appeals
from gov_desktop.store.usecases.appeals import AppealInput

WHEN = datetime(2024, 5, 1, 8, 0, tzinfo=UTC)


def _collect(world) -> str:
    data = AppealInput("想要一台洗衣机", kind="微心愿", category="困难帮扶", person_id=world.member_a)
    return appeals.create_appeal(world.store, world.actors.liaison, data).id


def test_create_appeal(world) -> None:
    appeal_id = _collect(world)
    row = world.get(Appeal, appeal_id)
    assert (row.kind, row.category, row.status, row.household_id, row.township_code) == (
        "wish",
        "hardship",
        "collected",
        world.household_a,
        world.TOWNSHIP,
    )
    a = world.actors
    err = world.refused(ValidationFailed, appeals.create_appeal, a.hall, AppealInput(" ", kind="愿望"))
    assert sorted(err.codes) == ["invalid_choice", "required"]
    err = world.refused(
        ValidationFailed,
        appeals.create_appeal,
        a.hall,
        AppealInput("路灯坏了", kind="问题", household_id=world.household_b, person_id=world.member_a),
    )
    assert err.errors[0].message == "卓玛不是该户成员"
    world.refused(
        PermissionDenied, appeals.create_appeal, a.liaison, AppealInput("x", household_id=world.household_b)
    )
    world.refused(PermissionDenied, appeals.create_appeal, a.viewer, AppealInput("x"))
    world.refused(NotFound, appeals.create_appeal, a.hall, AppealInput("x", household_id="nope"))
    created = appeals.create_appeal(world.store, a.hall, AppealInput("路灯坏了", kind="problem"))
    assert world.get(Appeal, created.id).household_id is None


def test_county_dispatches_claims_and_answers(world) -> None:
    a = world.actors
    appeal_id = _collect(world)
    err = world.refused(PermissionDenied, appeals.dispatch_appeal, a.admin, appeal_id, org_id=world.org_id)
    assert err.codes == ["permission.role"]
    world.refused(PermissionDenied, appeals.dispatch_appeal, a.hall, appeal_id, org_id=world.org_id)
    world.refused(NotFound, appeals.dispatch_appeal, a.county, appeal_id, org_id="nope")
    err = world.refused(ValidationFailed, appeals.complete_appeal, a.county, appeal_id, feedback="已送达")
    assert err.errors[0].message == "诉求状态不能从“已征集”改为“已办结”"
    changes = appeals.dispatch_appeal(world.store, a.county, appeal_id, org_id=world.org_id, now=WHEN)
    assert changes.updated == {("appeal", appeal_id)}
    appeals.claim_appeal(world.store, a.county, appeal_id, now=WHEN)
    err = world.refused(
        ValidationFailed, appeals.rate_satisfaction, a.liaison, appeal_id, satisfaction="满意"
    )
    assert err.codes == ["appeal.not_closed"]
    appeals.complete_appeal(world.store, a.county, appeal_id, feedback="洗衣机已送达", now=WHEN)
    row = world.get(Appeal, appeal_id)
    assert (row.status, row.org_id, row.dispatched_at, row.claimed_at, row.done_at, row.feedback) == (
        "done",
        world.org_id,
        WHEN,
        WHEN,
        WHEN,
        "洗衣机已送达",
    )
    world.refused(ValidationFailed, appeals.mark_unresolvable, a.county, appeal_id, reason="x")
    # the township side rates satisfaction; another grid's liaison or another township may not
    appeals.rate_satisfaction(world.store, a.liaison, appeal_id, satisfaction="非常满意")
    assert world.get(Appeal, appeal_id).satisfaction == "very_satisfied"
    world.refused(ValidationFailed, appeals.rate_satisfaction, a.liaison, appeal_id, satisfaction="还行")
    world.refused(PermissionDenied, appeals.rate_satisfaction, a.other_admin, appeal_id, satisfaction="满意")


def test_unresolvable(world) -> None:
    a = world.actors
    appeal_id = _collect(world)
    err = world.refused(ValidationFailed, appeals.mark_unresolvable, a.county, appeal_id, reason="")
    assert err.for_field("feedback")[0].message == "回音壁反馈不能为空"
    world.refused(PermissionDenied, appeals.mark_unresolvable, a.admin, appeal_id, reason="超出范围")
    appeals.mark_unresolvable(world.store, a.county, appeal_id, reason="超出范围")
    row = world.get(Appeal, appeal_id)
    assert (row.status, row.feedback) == ("unresolvable", "超出范围") and row.done_at is not None
    world.refused(ValidationFailed, appeals.dispatch_appeal, a.county, appeal_id, org_id=world.org_id)
