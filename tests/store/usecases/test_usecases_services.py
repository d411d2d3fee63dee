"""Service requests (办件): acceptance with offline-unique serial numbers, transitions, closing, visits."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from gov_desktop.core.enums import RequestStatus
from gov_desktop.core.errors import NotFound, PermissionDenied, ValidationFailed
from gov_desktop.core.models import ServiceRequest
from gov_desktop.store.tables import StoreMeta
from gov_desktop.store.usecases import register, services, unit_of_work
from gov_desktop.store.usecases.services import RequestInput

NOON = datetime(2024, 3, 15, 4, 0, tzinfo=UTC)  # the same calendar day in any time zone from UTC-4 to UTC+14


def _accept(world, **kwargs):
    data = RequestInput(world.matter_id, person_id=world.head_a, materials_received=("身份证", "户口簿"))
    return services.accept_request(
        world.store, world.actors.hall, data, now=kwargs.pop("now", NOON), **kwargs
    )


def test_accept_request(world) -> None:
    created = _accept(world)
    row = world.get(ServiceRequest, created.id)
    assert row.serial_no == f"{world.TOWNSHIP}-20240315-{world.store.device_id[:6]}-0001"
    assert (row.status, row.applicant_name, row.household_id, row.window_id) == (
        "accepted",
        "扎西",
        world.household_a,
        world.window_id,
    )
    assert row.accepted_at == NOON and row.due_at == NOON + timedelta(days=5)
    assert (row.handler, row.visits, row.materials_received, row.note) == (
        "hall",
        1,
        ["身份证", "户口簿"],
        "",
    )
    assert created.changes.inserted == {("service_request", created.id)}


def test_serial_date_is_county_time_whatever_the_pc_zone(world, monkeypatch) -> None:
    monkeypatch.setenv("TZ", "UTC")  # a PC left on UTC: 20:30 UTC is already the next morning in the county
    late = datetime(2024, 3, 15, 20, 30, tzinfo=UTC)
    serial = world.get(ServiceRequest, _accept(world, now=late).id).serial_no
    assert serial.split("-")[1] == "20240316"


def test_serial_numbers_count_per_day_and_survive_a_rollback(world) -> None:
    first = world.get(ServiceRequest, _accept(world).id).serial_no
    second = world.get(ServiceRequest, _accept(world).id).serial_no
    assert (first[-4:], second[-4:]) == ("0001", "0002")
    # a unit that fails after taking a number gives it back (the counter is written in the same transaction)
    with pytest.raises(RuntimeError), unit_of_work(world.store, world.actors.hall) as unit:
        assert services.next_serial_no(unit.session, world.store, world.TOWNSHIP, NOON).endswith("-0003")
        raise RuntimeError("power cut")
    third = world.get(ServiceRequest, _accept(world).id).serial_no
    assert third[-4:] == "0003"
    next_day = world.get(ServiceRequest, _accept(world, now=NOON + timedelta(days=1)).id).serial_no
    assert next_day[-4:] == "0001" and next_day != first
    assert world.store.get_meta(services.SERIAL_META_KEY).endswith(":1")


def test_serial_number_taken_already_is_skipped(world) -> None:
    """A store restored from an older backup has an older counter: the next free number is used."""
    _accept(world)
    _accept(world)
    with world.store.session() as s:
        meta = s.get(StoreMeta, services.SERIAL_META_KEY)
        assert meta is not None
        meta.value = meta.value.split(":")[0] + ":0"
    assert world.get(ServiceRequest, _accept(world).id).serial_no.endswith("-0003")


def test_missing_materials_are_noted_or_refused(world) -> None:
    a = world.actors
    data = RequestInput(world.matter_id, applicant_name="路人", materials_received=("身份证",), note="急")
    created = services.accept_request(world.store, a.hall, data)
    row = world.get(ServiceRequest, created.id)
    assert row.note == "急；缺少材料：户口簿" and row.person_id is None and row.applicant_name == "路人"
    err = world.refused(ValidationFailed, services.accept_request, a.hall, data, on_missing="reject")
    assert err.errors[0].message == "缺少材料：户口簿"


def test_accept_request_refusals(world) -> None:
    a = world.actors
    err = world.refused(ValidationFailed, services.accept_request, a.hall, RequestInput("", channel="信件"))
    assert sorted(e.field for e in err.errors) == ["applicant_name", "channel", "matter_id"]
    world.refused(NotFound, services.accept_request, a.hall, RequestInput("nope", applicant_name="x"))
    # the person must be of the hall's township, and active
    world.refused(
        NotFound,
        services.accept_request,
        a.other_admin,
        RequestInput(world.matter_id, person_id=world.head_a),
    )
    register.mark_person_deceased(world.store, a.admin, world.person_b)
    err = world.refused(
        ValidationFailed,
        services.accept_request,
        a.hall,
        RequestInput(world.matter_id, person_id=world.person_b),
    )
    assert err.codes == ["person.inactive"]
    # a viewer and a grid liaison have no service.write
    world.refused(
        PermissionDenied, services.accept_request, a.viewer, RequestInput(world.matter_id, applicant_name="x")
    )
    world.refused(
        PermissionDenied,
        services.accept_request,
        a.liaison,
        RequestInput(world.matter_id, applicant_name="x"),
    )


def test_transitions(world) -> None:
    a = world.actors
    request_id = _accept(world).id
    services.advance_request(world.store, a.hall, request_id, to_status="办理中")
    services.advance_request(world.store, a.hall, request_id, to_status=RequestStatus.AT_COUNTY.value)
    done_at = NOON + timedelta(days=2)
    changes = services.complete_request(world.store, a.hall, request_id, result="已批准", now=done_at)
    assert changes.updated == {("service_request", request_id)}
    row = world.get(ServiceRequest, request_id)
    assert (row.status, row.result, row.done_at) == ("done", "已批准", done_at)
    err = world.refused(
        ValidationFailed, services.advance_request, a.hall, request_id, to_status="in_progress"
    )
    assert err.errors[0].message == "办件状态不能从“办结”改为“办理中”"
    world.refused(ValidationFailed, services.return_request, a.hall, request_id, reason="材料不全")
    err = world.refused(ValidationFailed, services.advance_request, a.hall, request_id, to_status="飞走")
    assert err.codes == ["invalid_choice"]
    world.refused(NotFound, services.advance_request, a.hall, "nope", to_status="in_progress")
    world.refused(
        PermissionDenied, services.advance_request, a.other_admin, request_id, to_status="in_progress"
    )


def test_return_request_and_extra_visits(world) -> None:
    a = world.actors
    request_id = _accept(world).id
    changes = services.record_extra_visit(world.store, a.hall, request_id, materials=("户口簿", "照片"))
    assert changes.updated == {("service_request", request_id)}
    row = world.get(ServiceRequest, request_id)
    assert row.visits == 2 and row.materials_received == ["身份证", "户口簿", "照片"]
    err = world.refused(ValidationFailed, services.return_request, a.hall, request_id, reason=" ")
    assert err.errors[0].message == "办理结果不能为空"
    services.return_request(world.store, a.hall, request_id, reason="不符合条件")
    row = world.get(ServiceRequest, request_id)
    assert (row.status, row.result) == ("returned", "不符合条件") and row.done_at is not None
    world.refused(PermissionDenied, services.record_extra_visit, a.viewer, request_id)
