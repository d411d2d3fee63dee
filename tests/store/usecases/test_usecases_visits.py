"""Home visits (走访记录) and their follow-ups."""

from __future__ import annotations

from datetime import date, timedelta

from gov_desktop.core.errors import NotFound, PermissionDenied, ValidationFailed
from gov_desktop.core.models import VisitRecord
from gov_desktop.store.usecases import grids, visits
from gov_desktop.store.usecases.visits import VisitInput


def test_record_visit(world) -> None:
    a = world.actors
    created = visits.record_visit(
        world.store,
        a.liaison,
        VisitInput(
            world.household_a,
            "2024.3.1",
            kind="矛盾调解",
            findings="邻里纠纷",
            visitor_id=world.member_worker_a,
            follow_up_needed=True,
        ),
    )
    row = world.get(VisitRecord, created.id)
    assert (row.visit_date, row.kind, row.visitor_name, row.township_code) == (
        date(2024, 3, 1),
        "mediation",
        "格桑",
        world.TOWNSHIP,
    )
    assert created.changes.inserted == {("visit_record", created.id)}


def test_record_visit_refusals(world) -> None:
    a = world.actors
    tomorrow = date.today() + timedelta(days=1)
    err = world.refused(
        ValidationFailed, visits.record_visit, a.liaison, VisitInput(world.household_a, tomorrow)
    )
    assert {e.code for e in err.errors} == {"date.future", "required"}  # and no visitor
    assert err.for_field("visit_date")[0].message == "走访日期不能晚于今天"
    err = world.refused(
        ValidationFailed, visits.record_visit, a.liaison, VisitInput(world.household_a, "3月1日")
    )
    assert "date.invalid" in err.codes
    world.refused(
        NotFound, visits.record_visit, a.liaison, VisitInput("nope", date.today(), visitor_name="x")
    )
    err = world.refused(
        NotFound,
        visits.record_visit,
        a.liaison,
        VisitInput(world.household_a, date.today(), visitor_id="nope"),
    )
    assert err.errors[0].field == "visitor_id"
    removed = grids.assign_grid_member(world.store, a.admin, world.grid_a, grids.GridMemberInput("离职"))
    grids.remove_grid_member(world.store, a.admin, removed.id)
    world.refused(
        NotFound,
        visits.record_visit,
        a.liaison,
        VisitInput(world.household_a, date.today(), visitor_id=removed.id),
    )
    # out of the liaison's grid, out of the hall's permissions, out of another township's scope
    world.refused(
        PermissionDenied,
        visits.record_visit,
        a.liaison,
        VisitInput(world.household_b, date.today(), visitor_name="x"),
    )
    world.refused(
        PermissionDenied,
        visits.record_visit,
        a.hall,
        VisitInput(world.household_a, date.today(), visitor_name="x"),
    )
    world.refused(
        PermissionDenied,
        visits.record_visit,
        a.other_admin,
        VisitInput(world.household_a, date.today(), visitor_name="x"),
    )


def test_update_visit_and_follow_up(world) -> None:
    a = world.actors
    created = visits.record_visit(
        world.store, a.liaison, VisitInput(world.household_a, date.today(), visitor_name="格桑")
    )
    err = world.refused(ValidationFailed, visits.complete_follow_up, a.liaison, created.id)
    assert err.errors[0].message == "这条走访记录不需要后续跟进"
    changes = visits.update_visit(
        world.store,
        a.liaison,
        created.id,
        VisitInput(
            world.household_a, date.today(), visitor_name="格桑", follow_up_needed=True, follow_up_by="admin"
        ),
    )
    assert changes.updated == {("visit_record", created.id)}
    world.refused(
        PermissionDenied,
        visits.update_visit,
        a.liaison,
        created.id,
        VisitInput(world.household_b, date.today(), visitor_name="格桑"),
    )
    world.refused(PermissionDenied, visits.complete_follow_up, a.viewer, created.id)
    assert visits.complete_follow_up(world.store, a.admin, created.id).updated == {
        ("visit_record", created.id)
    }
    assert world.get(VisitRecord, created.id).follow_up_done
    assert not visits.complete_follow_up(world.store, a.admin, created.id)  # done already: nothing changes
