"""County reference data: townships, villages, windows, matter types, orgs."""

from __future__ import annotations

from gov_desktop.core.errors import NotFound, PermissionDenied, ValidationFailed
from gov_desktop.core.models import MatterType, Org, ServiceWindow, Township, Village
from gov_desktop.store.usecases import reference
from gov_desktop.store.usecases.reference import (
    MatterTypeInput,
    OrgInput,
    ServiceWindowInput,
    TownshipInput,
    VillageInput,
)


def test_townships_and_villages(world) -> None:
    a = world.actors
    created = reference.create_township(
        world.store, a.county, TownshipInput("５４０１０２００３", "扎细街道", "ཀ")
    )
    row = world.get(Township, created.id)
    assert (row.code, row.township_code) == ("540102003", "county")
    err = world.refused(ValidationFailed, reference.create_township, a.county, TownshipInput("54010200", ""))
    assert sorted(err.codes) == ["code.format", "required"]
    assert err.for_field("code")[0].message == "编码应为9位数字"
    err = world.refused(
        ValidationFailed, reference.create_township, a.county, TownshipInput(world.TOWNSHIP, "x")
    )
    assert err.codes == ["code.duplicate"]
    reference.update_township(world.store, a.county, created.id, TownshipInput("540102003", "扎细街道（新）"))
    assert world.get(Township, created.id).name == "扎细街道（新）"
    err = world.refused(
        ValidationFailed, reference.update_township, a.county, created.id, TownshipInput("540102004", "x")
    )
    assert err.codes == ["code.immutable"]
    village = reference.create_village(
        world.store, a.county, VillageInput("540102003002", "一村", kind="社区")
    )
    row = world.get(Village, village.id)
    assert (row.township_code, row.kind) == ("540102003", "community")
    err = world.refused(NotFound, reference.create_village, a.county, VillageInput("540102009001", "无主村"))
    assert err.errors[0].field == "township_code"
    reference.update_village(
        world.store, a.county, village.id, VillageInput("540102003002", "一村", kind="village")
    )
    # only the county writes reference data
    for actor in (a.admin, a.hall, a.viewer):
        world.refused(PermissionDenied, reference.create_township, actor, TownshipInput("540102005", "x"))
        world.refused(
            PermissionDenied, reference.update_village, actor, village.id, VillageInput("540102003002", "y")
        )


def test_windows_matters_orgs(world) -> None:
    a = world.actors
    window = reference.create_service_window(
        world.store, a.county, ServiceWindowInput("jy", "就业", sort_order=2)
    )
    assert world.get(ServiceWindow, window.id).township_code == "county"
    world.refused(
        ValidationFailed, reference.create_service_window, a.county, ServiceWindowInput("mz", "民政2")
    )
    reference.update_service_window(world.store, a.county, window.id, ServiceWindowInput("jy", "就业创业"))
    matter = reference.create_matter_type(
        world.store,
        a.county,
        MatterTypeInput(
            window.id,
            "jy-01",
            "失业登记",
            materials=(" 身份证 ", "身份证", "", "就业创业证"),
            promised_days=3,
        ),
    )
    row = world.get(MatterType, matter.id)
    assert (row.materials, row.promised_days) == (["身份证", "就业创业证"], 3)
    err = world.refused(
        ValidationFailed,
        reference.create_matter_type,
        a.county,
        MatterTypeInput(window.id, "jy-02", "x", promised_days=0),
    )
    assert err.errors[0].message == "承诺时限（天）应在1到365之间"
    world.refused(NotFound, reference.create_matter_type, a.county, MatterTypeInput("nope", "jy-03", "x"))
    changes = reference.update_matter_type(
        world.store,
        a.county,
        matter.id,
        MatterTypeInput(window.id, "jy-01", "失业登记", materials=["身份证"]),
    )
    assert changes.updated == {("matter_type", matter.id)}
    assert world.get(MatterType, matter.id).materials == ["身份证"]
    org = reference.create_org(world.store, a.county, OrgInput("志愿服务队", kind="志愿服务队"))
    assert world.get(Org, org.id).kind == "volunteers"
    reference.update_org(world.store, a.county, org.id, OrgInput("青年志愿服务队", kind="volunteers"))
    world.refused(ValidationFailed, reference.update_org, a.county, org.id, OrgInput("x", kind="公司"))
    world.refused(PermissionDenied, reference.create_org, a.admin, OrgInput("x"))
